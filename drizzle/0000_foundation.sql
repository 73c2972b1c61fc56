CREATE TABLE `download` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`media_id` integer NOT NULL,
	`path` text NOT NULL,
	`file_name` text NOT NULL,
	`size` integer NOT NULL,
	`resolution` text,
	`file_format` text,
	`video_format` text,
	`audio_format` text,
	`audio_language` text,
	`subtitle_format` text,
	`subtitle_language` text,
	`duration` real,
	`youtube_id` text,
	`file_exists` integer DEFAULT true NOT NULL,
	`profile_name` text NOT NULL,
	`file_mtime_ms` integer,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `download_path_idx` ON `download` (`path`);--> statement-breakpoint
CREATE INDEX `download_media_id_idx` ON `download` (`media_id`,`added_at`);--> statement-breakpoint
CREATE INDEX `download_media_exists_idx` ON `download` (`media_id`,`file_exists`);--> statement-breakpoint
CREATE TABLE `library_root` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`path` text NOT NULL,
	`kind` text NOT NULL,
	`kind_source` text DEFAULT 'auto' NOT NULL,
	`reachable` integer DEFAULT true NOT NULL,
	`last_scan_at` text,
	`last_scan_summary` text,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `library_root_path_unique` ON `library_root` (`path`);--> statement-breakpoint
CREATE TABLE `media` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`root_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`sort_title` text NOT NULL,
	`year` integer,
	`folder_path` text NOT NULL,
	`imdb_id` text,
	`tmdb_id` text,
	`tvdb_id` text,
	`nfo_trailer_id` text,
	`poster_path` text,
	`monitored` integer DEFAULT true NOT NULL,
	`missing_since` text,
	`scan_signature` text,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`root_id`) REFERENCES `library_root`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `media_folder_path_unique` ON `media` (`folder_path`);--> statement-breakpoint
CREATE INDEX `media_root_id_idx` ON `media` (`root_id`);--> statement-breakpoint
CREATE INDEX `media_sort_title_idx` ON `media` (`sort_title`);--> statement-breakpoint
CREATE INDEX `media_year_idx` ON `media` (`year`);--> statement-breakpoint
CREATE INDEX `media_added_at_idx` ON `media` (`added_at`);