ALTER TABLE `download` ADD `width` integer;--> statement-breakpoint
ALTER TABLE `download` ADD `height` integer;