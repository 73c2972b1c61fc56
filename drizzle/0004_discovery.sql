CREATE TABLE `discovery_result` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`media_id` integer NOT NULL,
	`profile_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`best_score` integer,
	`best_title` text,
	`message` text,
	`checked_at` text NOT NULL,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`profile_id`) REFERENCES `trailer_profile`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discovery_result_media_profile_idx` ON `discovery_result` (`media_id`,`profile_id`);--> statement-breakpoint
CREATE INDEX `discovery_result_profile_idx` ON `discovery_result` (`profile_id`);--> statement-breakpoint
CREATE INDEX `discovery_result_outcome_idx` ON `discovery_result` (`outcome`);--> statement-breakpoint
CREATE TABLE `rejected_candidate` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`media_id` integer NOT NULL,
	`candidate_key` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rejected_candidate_media_key_idx` ON `rejected_candidate` (`media_id`,`candidate_key`);--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `search_template` text DEFAULT '{title} {year} official trailer' NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `exclude_words` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `channel_allow_list` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `min_score` integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `accept_detected_trailers` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- Profiles made before discovery start with the same excluded words as new ones.
UPDATE `trailer_profile` SET `exclude_words` = '["reaction","review","breakdown","explained","fan-made","fan made","fanmade","concept","parody","tv spot","clip","featurette","behind the scenes","making of","music video","reaktion","réaction","reacción","kritik","critique","crítica","analyse","análisis","erklärt","explication","extrait"]';
