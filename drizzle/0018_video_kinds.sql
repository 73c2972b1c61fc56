CREATE TABLE `media_season` (
	`media_id` integer NOT NULL,
	`season` integer NOT NULL,
	`folder_name` text NOT NULL,
	PRIMARY KEY(`media_id`, `season`),
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `discovery_result_media_profile_idx`;--> statement-breakpoint
ALTER TABLE `discovery_result` ADD `slot` text DEFAULT 'trailer' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `discovery_result_media_profile_idx` ON `discovery_result` (`media_id`,`profile_id`,`slot`);--> statement-breakpoint
DROP INDEX `download_job_active_idx`;--> statement-breakpoint
ALTER TABLE `download_job` ADD `slot` text DEFAULT 'trailer' NOT NULL;--> statement-breakpoint
ALTER TABLE `download_job` ADD `video_type` text DEFAULT 'trailer' NOT NULL;--> statement-breakpoint
ALTER TABLE `download_job` ADD `season` integer;--> statement-breakpoint
ALTER TABLE `download_job` ADD `language` text;--> statement-breakpoint
CREATE UNIQUE INDEX `download_job_active_idx` ON `download_job` (`media_id`,`profile_id`,`slot`) WHERE "download_job"."status" IN ('queued', 'downloading', 'processing', 'paused');--> statement-breakpoint
ALTER TABLE `download` ADD `video_type` text DEFAULT 'trailer' NOT NULL;--> statement-breakpoint
ALTER TABLE `download` ADD `season` integer;--> statement-breakpoint
ALTER TABLE `download` ADD `language` text;--> statement-breakpoint
ALTER TABLE `media` ADD `extra_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `season_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `season_trailer_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `wanted_videos` text DEFAULT '{"trailer":1}' NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `max_videos_per_title` integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `season_trailers` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `languages` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `one_per_language` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `trailer_profile` ADD `prefer_dubbed` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- Hand-written below (drizzle-kit has no triggers). A title's trailer_count now counts only its own
-- trailers (type trailer, no season): a teaser, a featurette or a season's trailer is not "the
-- trailer". Other usable videos are counted in extra_count; seasons with a trailer of their own in
-- season_trailer_count, against season_count (the season folders on disk, from media_season).
DROP TRIGGER `download_counts_insert`;--> statement-breakpoint
DROP TRIGGER `download_counts_update`;--> statement-breakpoint
DROP TRIGGER `download_counts_delete`;--> statement-breakpoint
CREATE TRIGGER `download_counts_insert` AFTER INSERT ON `download` BEGIN
  UPDATE `media` SET
    `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL),
    `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL),
    `extra_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` <> 'trailer'),
    `season_trailer_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id` AND EXISTS (SELECT 1 FROM `download` d WHERE d.`media_id` = s.`media_id` AND d.`season` = s.`season` AND d.`video_type` = 'trailer' AND d.`file_exists` = 1 AND d.`problem` IS NULL))
  WHERE `id` = NEW.`media_id`;
END;--> statement-breakpoint
CREATE TRIGGER `download_counts_update` AFTER UPDATE OF `media_id`, `file_exists`, `problem`, `video_type`, `season` ON `download` BEGIN
  UPDATE `media` SET
    `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL),
    `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL),
    `extra_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` <> 'trailer'),
    `season_trailer_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id` AND EXISTS (SELECT 1 FROM `download` d WHERE d.`media_id` = s.`media_id` AND d.`season` = s.`season` AND d.`video_type` = 'trailer' AND d.`file_exists` = 1 AND d.`problem` IS NULL))
  WHERE `id` IN (OLD.`media_id`, NEW.`media_id`);
END;--> statement-breakpoint
CREATE TRIGGER `download_counts_delete` AFTER DELETE ON `download` BEGIN
  UPDATE `media` SET
    `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL),
    `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL),
    `extra_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` <> 'trailer'),
    `season_trailer_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id` AND EXISTS (SELECT 1 FROM `download` d WHERE d.`media_id` = s.`media_id` AND d.`season` = s.`season` AND d.`video_type` = 'trailer' AND d.`file_exists` = 1 AND d.`problem` IS NULL))
  WHERE `id` = OLD.`media_id`;
END;--> statement-breakpoint
CREATE TRIGGER `media_season_insert` AFTER INSERT ON `media_season` BEGIN
  UPDATE `media` SET
    `season_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id`),
    `season_trailer_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id` AND EXISTS (SELECT 1 FROM `download` d WHERE d.`media_id` = s.`media_id` AND d.`season` = s.`season` AND d.`video_type` = 'trailer' AND d.`file_exists` = 1 AND d.`problem` IS NULL))
  WHERE `id` = NEW.`media_id`;
END;--> statement-breakpoint
CREATE TRIGGER `media_season_delete` AFTER DELETE ON `media_season` BEGIN
  UPDATE `media` SET
    `season_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id`),
    `season_trailer_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id` AND EXISTS (SELECT 1 FROM `download` d WHERE d.`media_id` = s.`media_id` AND d.`season` = s.`season` AND d.`video_type` = 'trailer' AND d.`file_exists` = 1 AND d.`problem` IS NULL))
  WHERE `id` = OLD.`media_id`;
END;
-- No backfill: every file so far is a trailer of the whole title (the new columns' defaults), so
-- the counts already stored stay right and the new ones are 0.
