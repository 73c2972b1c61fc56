DROP INDEX `download_media_exists_idx`;--> statement-breakpoint
ALTER TABLE `download` ADD `problem` text;--> statement-breakpoint
CREATE INDEX `download_media_exists_idx` ON `download` (`media_id`,`file_exists`,`problem`);--> statement-breakpoint
-- Trailers recorded before this change without their details (ffprobe could not read them) are
-- looked at again by the next scan, which now records why they are broken.
UPDATE `media` SET `scan_signature` = NULL WHERE `id` IN (SELECT `media_id` FROM `download` WHERE `video_format` IS NULL AND `file_exists` = 1);--> statement-breakpoint
UPDATE `download` SET `file_mtime_ms` = NULL WHERE `video_format` IS NULL AND `file_exists` = 1;
