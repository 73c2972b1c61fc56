DROP INDEX `media_root_id_idx`;--> statement-breakpoint
DROP INDEX `media_year_idx`;--> statement-breakpoint
DROP INDEX `media_added_at_idx`;--> statement-breakpoint
ALTER TABLE `media` ADD `sort_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `trailer_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `broken_trailer_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `media_sort_key_idx` ON `media` (`sort_key`,`id`,`kind`,`trailer_count`);--> statement-breakpoint
CREATE INDEX `media_kind_trailers_idx` ON `media` (`kind`,`trailer_count`);--> statement-breakpoint
CREATE INDEX `media_root_id_idx` ON `media` (`root_id`,`missing_since`,`trailer_count`);--> statement-breakpoint
CREATE INDEX `media_year_idx` ON `media` ("year" DESC,`sort_key`,`id`,`kind`,`trailer_count`);--> statement-breakpoint
CREATE INDEX `media_added_at_idx` ON `media` (`added_at`,`id`,`kind`,`trailer_count`);--> statement-breakpoint
-- Hand-written below (drizzle-kit has no triggers or virtual tables). td_sort_key and td_search_key
-- are registered on every connection by db/open-database.ts (db/title-keys.ts).
CREATE VIRTUAL TABLE `media_search` USING fts5(`key`, tokenize = 'trigram');--> statement-breakpoint
CREATE TRIGGER `media_keys_insert` AFTER INSERT ON `media` BEGIN
  UPDATE `media` SET `sort_key` = td_sort_key(NEW.`title`) WHERE `id` = NEW.`id`;
  INSERT INTO `media_search` (`rowid`, `key`) VALUES (NEW.`id`, td_search_key(NEW.`title`, NEW.`year`));
END;--> statement-breakpoint
CREATE TRIGGER `media_keys_update` AFTER UPDATE OF `title`, `year` ON `media` BEGIN
  UPDATE `media` SET `sort_key` = td_sort_key(NEW.`title`) WHERE `id` = NEW.`id`;
  DELETE FROM `media_search` WHERE `rowid` = OLD.`id`;
  INSERT INTO `media_search` (`rowid`, `key`) VALUES (NEW.`id`, td_search_key(NEW.`title`, NEW.`year`));
END;--> statement-breakpoint
CREATE TRIGGER `media_keys_delete` AFTER DELETE ON `media` BEGIN
  DELETE FROM `media_search` WHERE `rowid` = OLD.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `download_counts_insert` AFTER INSERT ON `download` BEGIN
  UPDATE `media` SET
    `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL),
    `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL)
  WHERE `id` = NEW.`media_id`;
END;--> statement-breakpoint
CREATE TRIGGER `download_counts_update` AFTER UPDATE OF `media_id`, `file_exists`, `problem` ON `download` BEGIN
  UPDATE `media` SET
    `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL),
    `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL)
  WHERE `id` IN (OLD.`media_id`, NEW.`media_id`);
END;--> statement-breakpoint
CREATE TRIGGER `download_counts_delete` AFTER DELETE ON `download` BEGIN
  UPDATE `media` SET
    `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL),
    `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL)
  WHERE `id` = OLD.`media_id`;
END;--> statement-breakpoint
UPDATE `media` SET `sort_key` = td_sort_key(`title`),
  `trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NULL),
  `broken_trailer_count` = (SELECT count(*) FROM `download` d WHERE d.`media_id` = `media`.`id` AND d.`file_exists` = 1 AND d.`problem` IS NOT NULL);--> statement-breakpoint
INSERT INTO `media_search` (`rowid`, `key`) SELECT `id`, td_search_key(`title`, `year`) FROM `media`;
