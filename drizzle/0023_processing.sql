ALTER TABLE `download` ADD `original_video_format` text;--> statement-breakpoint
ALTER TABLE `download` ADD `original_audio_format` text;--> statement-breakpoint
ALTER TABLE `download` ADD `encoder` text;--> statement-breakpoint
ALTER TABLE `download` ADD `original_loudness` real;--> statement-breakpoint
ALTER TABLE `download` ADD `loudness` real;--> statement-breakpoint
ALTER TABLE `download` ADD `trimmed_seconds` real;--> statement-breakpoint
ALTER TABLE `download` ADD `picture_width` integer;--> statement-breakpoint
ALTER TABLE `download` ADD `picture_height` integer;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `processing` text DEFAULT '{}' NOT NULL;