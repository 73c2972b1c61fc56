ALTER TABLE `media` ADD `search_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `media_search_key_idx` ON `media` (`search_key`,`kind`,`trailer_count`);--> statement-breakpoint
-- Hand-written below (drizzle-kit has no triggers): the key triggers of search_facets also keep
-- media.search_key, the same td_search_key(title, year) the trigram table holds, then a backfill.
DROP TRIGGER `media_keys_insert`;--> statement-breakpoint
DROP TRIGGER `media_keys_update`;--> statement-breakpoint
CREATE TRIGGER `media_keys_insert` AFTER INSERT ON `media` BEGIN
  UPDATE `media` SET `sort_key` = td_sort_key(NEW.`title`), `search_key` = td_search_key(NEW.`title`, NEW.`year`)
  WHERE `id` = NEW.`id`;
  INSERT INTO `media_search` (`rowid`, `key`, `tags`) VALUES (NEW.`id`, td_search_key(NEW.`title`, NEW.`year`),
    CASE NEW.`kind` WHEN 'movie' THEN 'MOV' ELSE 'SER' END || CASE WHEN NEW.`trailer_count` > 0 THEN ' TRY' ELSE ' TRN' END);
END;--> statement-breakpoint
CREATE TRIGGER `media_keys_update` AFTER UPDATE OF `title`, `year`, `kind`, `trailer_count` ON `media`
WHEN OLD.`title` IS NOT NEW.`title` OR OLD.`year` IS NOT NEW.`year` OR OLD.`kind` IS NOT NEW.`kind`
  OR (OLD.`trailer_count` > 0) IS NOT (NEW.`trailer_count` > 0)
BEGIN
  UPDATE `media` SET `sort_key` = td_sort_key(NEW.`title`), `search_key` = td_search_key(NEW.`title`, NEW.`year`)
  WHERE `id` = NEW.`id`;
  DELETE FROM `media_search` WHERE `rowid` = OLD.`id`;
  INSERT INTO `media_search` (`rowid`, `key`, `tags`) VALUES (NEW.`id`, td_search_key(NEW.`title`, NEW.`year`),
    CASE NEW.`kind` WHEN 'movie' THEN 'MOV' ELSE 'SER' END || CASE WHEN NEW.`trailer_count` > 0 THEN ' TRY' ELSE ' TRN' END);
END;--> statement-breakpoint
UPDATE `media` SET `search_key` = td_search_key(`title`, `year`);
