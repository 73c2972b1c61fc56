CREATE TABLE `arr_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`connection_id` integer NOT NULL,
	`arr_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`year` integer,
	`tmdb_id` text,
	`imdb_id` text,
	`tvdb_id` text,
	`remote_path` text NOT NULL,
	`local_path` text,
	`monitored` integer NOT NULL,
	`has_file` integer NOT NULL,
	`youtube_trailer_id` text,
	`media_id` integer,
	`not_on_disk` text,
	`skipped` integer DEFAULT false NOT NULL,
	`removed_at` text,
	`signature` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`connection_id`) REFERENCES `connection`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `arr_item_connection_arr_idx` ON `arr_item` (`connection_id`,`arr_id`);--> statement-breakpoint
CREATE INDEX `arr_item_media_id_idx` ON `arr_item` (`media_id`);--> statement-breakpoint
CREATE INDEX `arr_item_not_on_disk_idx` ON `arr_item` (`connection_id`,`not_on_disk`,`title`,`id`);--> statement-breakpoint
CREATE TABLE `arr_sync_state` (
	`connection_id` integer PRIMARY KEY NOT NULL,
	`last_sync` text,
	`last_sync_at` text,
	`webhook_fetch_trailers` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`connection_id`) REFERENCES `connection`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `media_tmdb_id_idx` ON `media` (`tmdb_id`);--> statement-breakpoint
CREATE INDEX `media_imdb_id_idx` ON `media` (`imdb_id`);--> statement-breakpoint
CREATE INDEX `media_tvdb_id_idx` ON `media` (`tvdb_id`);