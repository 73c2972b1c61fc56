CREATE TABLE `trailer_profile` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`max_resolution` text NOT NULL,
	`video_codec` text NOT NULL,
	`audio_codec` text NOT NULL,
	`container` text NOT NULL,
	`audio_language` text,
	`subtitles_enabled` integer DEFAULT false NOT NULL,
	`subtitle_languages` text DEFAULT '[]' NOT NULL,
	`include_auto_subtitles` integer DEFAULT false NOT NULL,
	`placement` text NOT NULL,
	`custom_template` text,
	`min_duration_seconds` integer,
	`max_duration_seconds` integer,
	`embed_metadata` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trailer_profile_name_idx` ON `trailer_profile` (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX `trailer_profile_default_idx` ON `trailer_profile` (`is_default`) WHERE "trailer_profile"."is_default" = 1;