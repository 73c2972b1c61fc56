ALTER TABLE `connection` ADD `last_refresh` text;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `skip_when_plex_has_trailer` integer DEFAULT false NOT NULL;