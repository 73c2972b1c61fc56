ALTER TABLE `arr_sync_state` ADD `titles_digest` text;--> statement-breakpoint
ALTER TABLE `arr_sync_state` ADD `sync_mark` text;