CREATE TABLE `download_job` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`media_id` integer NOT NULL,
	`profile_id` integer,
	`profile_name` text NOT NULL,
	`source_url` text NOT NULL,
	`video_id` text,
	`site` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer NOT NULL,
	`error_code` text,
	`error_message` text,
	`error_hint` text,
	`created_at` text NOT NULL,
	`started_at` text,
	`finished_at` text,
	`next_attempt_at` text,
	`temp_dir` text NOT NULL,
	`final_path` text,
	`holder` text,
	`held_since` text,
	`worker_pid` integer,
	`download_id` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`profile_id`) REFERENCES `trailer_profile`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`download_id`) REFERENCES `download`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `download_job_media_id_idx` ON `download_job` (`media_id`);--> statement-breakpoint
CREATE INDEX `download_job_profile_id_idx` ON `download_job` (`profile_id`);--> statement-breakpoint
CREATE INDEX `download_job_download_id_idx` ON `download_job` (`download_id`);--> statement-breakpoint
CREATE INDEX `download_job_status_idx` ON `download_job` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `download_job_created_at_idx` ON `download_job` (`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `download_job_active_idx` ON `download_job` (`media_id`,`profile_id`) WHERE "download_job"."status" IN ('queued', 'downloading', 'processing', 'paused');--> statement-breakpoint
ALTER TABLE `media` ADD `trailer_source` text;