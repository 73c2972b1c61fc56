-- Custom SQL migration file, put your code below! --
-- A broken extra (a featurette the scan could not read) is not a broken trailer: the title's card
-- says "Broken trailer" only for the title's own trailers, as trailer_count counts only those.
DROP TRIGGER `download_counts_insert`;--> statement-breakpoint
DROP TRIGGER `download_counts_update`;--> statement-breakpoint
DROP TRIGGER `download_counts_delete`;--> statement-breakpoint
CREATE TRIGGER `download_counts_insert` AFTER INSERT ON `download` BEGIN
  UPDATE `media` SET
    `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL),
    `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL),
    `extra_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` <> 'trailer'),
    `season_trailer_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id` AND EXISTS (SELECT 1 FROM `download` d WHERE d.`media_id` = s.`media_id` AND d.`season` = s.`season` AND d.`video_type` = 'trailer' AND d.`file_exists` = 1 AND d.`problem` IS NULL))
  WHERE `id` = NEW.`media_id`;
END;--> statement-breakpoint
CREATE TRIGGER `download_counts_update` AFTER UPDATE OF `media_id`, `file_exists`, `problem`, `video_type`, `season` ON `download` BEGIN
  UPDATE `media` SET
    `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL),
    `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL),
    `extra_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` <> 'trailer'),
    `season_trailer_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id` AND EXISTS (SELECT 1 FROM `download` d WHERE d.`media_id` = s.`media_id` AND d.`season` = s.`season` AND d.`video_type` = 'trailer' AND d.`file_exists` = 1 AND d.`problem` IS NULL))
  WHERE `id` IN (OLD.`media_id`, NEW.`media_id`);
END;--> statement-breakpoint
CREATE TRIGGER `download_counts_delete` AFTER DELETE ON `download` BEGIN
  UPDATE `media` SET
    `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL),
    `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL),
    `extra_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL AND d.`video_type` <> 'trailer'),
    `season_trailer_count` = (SELECT count(*) FROM `media_season` s WHERE s.`media_id` = `media`.`id` AND EXISTS (SELECT 1 FROM `download` d WHERE d.`media_id` = s.`media_id` AND d.`season` = s.`season` AND d.`video_type` = 'trailer' AND d.`file_exists` = 1 AND d.`problem` IS NULL))
  WHERE `id` = OLD.`media_id`;
END;--> statement-breakpoint
UPDATE `media` SET `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL AND d.`video_type` = 'trailer' AND d.`season` IS NULL);
