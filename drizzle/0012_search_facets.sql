-- Hand-written (drizzle-kit has no virtual tables or triggers). media_search gains a `tags` column
-- holding the title's kind (MOV, SER) and trailer state (TRY: has a usable trailer, TRN: none), so
-- a search's total and facets are counts of the trigram index alone, cheap even for a word found
-- in a third of the library, instead of a read of `media` per match. Each tag is one trigram in
-- upper case: the keys are folded to lower case (db/title-keys.ts), so with case_sensitive 1 no
-- title shares a tag's trigram and its list holds exactly the titles with that tag.
DROP TRIGGER `media_keys_insert`;--> statement-breakpoint
DROP TRIGGER `media_keys_update`;--> statement-breakpoint
DROP TRIGGER `media_keys_delete`;--> statement-breakpoint
DROP TABLE `media_search`;--> statement-breakpoint
CREATE VIRTUAL TABLE `media_search` USING fts5(`key`, `tags`, tokenize = 'trigram case_sensitive 1');--> statement-breakpoint
CREATE TRIGGER `media_keys_insert` AFTER INSERT ON `media` BEGIN
  UPDATE `media` SET `sort_key` = td_sort_key(NEW.`title`) WHERE `id` = NEW.`id`;
  INSERT INTO `media_search` (`rowid`, `key`, `tags`) VALUES (NEW.`id`, td_search_key(NEW.`title`, NEW.`year`),
    CASE NEW.`kind` WHEN 'movie' THEN 'MOV' ELSE 'SER' END || CASE WHEN NEW.`trailer_count` > 0 THEN ' TRY' ELSE ' TRN' END);
END;--> statement-breakpoint
CREATE TRIGGER `media_keys_update` AFTER UPDATE OF `title`, `year`, `kind`, `trailer_count` ON `media`
WHEN OLD.`title` IS NOT NEW.`title` OR OLD.`year` IS NOT NEW.`year` OR OLD.`kind` IS NOT NEW.`kind`
  OR (OLD.`trailer_count` > 0) IS NOT (NEW.`trailer_count` > 0)
BEGIN
  UPDATE `media` SET `sort_key` = td_sort_key(NEW.`title`) WHERE `id` = NEW.`id`;
  DELETE FROM `media_search` WHERE `rowid` = OLD.`id`;
  INSERT INTO `media_search` (`rowid`, `key`, `tags`) VALUES (NEW.`id`, td_search_key(NEW.`title`, NEW.`year`),
    CASE NEW.`kind` WHEN 'movie' THEN 'MOV' ELSE 'SER' END || CASE WHEN NEW.`trailer_count` > 0 THEN ' TRY' ELSE ' TRN' END);
END;--> statement-breakpoint
CREATE TRIGGER `media_keys_delete` AFTER DELETE ON `media` BEGIN
  DELETE FROM `media_search` WHERE `rowid` = OLD.`id`;
END;--> statement-breakpoint
INSERT INTO `media_search` (`rowid`, `key`, `tags`)
SELECT `id`, td_search_key(`title`, `year`),
  CASE `kind` WHEN 'movie' THEN 'MOV' ELSE 'SER' END || CASE WHEN `trailer_count` > 0 THEN ' TRY' ELSE ' TRN' END
FROM `media`;
