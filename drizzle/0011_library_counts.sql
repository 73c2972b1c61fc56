CREATE TABLE `library_count` (
	`root_id` integer NOT NULL,
	`kind` text NOT NULL,
	`present` integer NOT NULL,
	`has_trailer` integer NOT NULL,
	`titles` integer DEFAULT 0 NOT NULL,
	`trailers` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`root_id`, `kind`, `present`, `has_trailer`),
	FOREIGN KEY (`root_id`) REFERENCES `library_root`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Hand-written below (drizzle-kit has no triggers): library_count follows every change of a title's
-- folder, kind, presence or trailer count (the download triggers of 0009 write trailer_count, so
-- trailers added, removed or broken reach it too). Rows of a removed folder go by ON DELETE CASCADE.
CREATE TRIGGER `media_counts_insert` AFTER INSERT ON `media` BEGIN
  INSERT INTO `library_count` (`root_id`, `kind`, `present`, `has_trailer`, `titles`, `trailers`)
  VALUES (NEW.`root_id`, NEW.`kind`, NEW.`missing_since` IS NULL, NEW.`trailer_count` > 0, 1, NEW.`trailer_count`)
  ON CONFLICT DO UPDATE SET `titles` = `titles` + 1, `trailers` = `trailers` + excluded.`trailers`;
END;--> statement-breakpoint
CREATE TRIGGER `media_counts_update` AFTER UPDATE OF `root_id`, `kind`, `missing_since`, `trailer_count` ON `media`
WHEN OLD.`root_id` IS NOT NEW.`root_id` OR OLD.`kind` IS NOT NEW.`kind`
  OR (OLD.`missing_since` IS NULL) IS NOT (NEW.`missing_since` IS NULL) OR OLD.`trailer_count` IS NOT NEW.`trailer_count`
BEGIN
  UPDATE `library_count` SET `titles` = `titles` - 1, `trailers` = `trailers` - OLD.`trailer_count`
  WHERE `root_id` = OLD.`root_id` AND `kind` = OLD.`kind` AND `present` = (OLD.`missing_since` IS NULL)
    AND `has_trailer` = (OLD.`trailer_count` > 0);
  INSERT INTO `library_count` (`root_id`, `kind`, `present`, `has_trailer`, `titles`, `trailers`)
  VALUES (NEW.`root_id`, NEW.`kind`, NEW.`missing_since` IS NULL, NEW.`trailer_count` > 0, 1, NEW.`trailer_count`)
  ON CONFLICT DO UPDATE SET `titles` = `titles` + 1, `trailers` = `trailers` + excluded.`trailers`;
END;--> statement-breakpoint
CREATE TRIGGER `media_counts_delete` AFTER DELETE ON `media` BEGIN
  UPDATE `library_count` SET `titles` = `titles` - 1, `trailers` = `trailers` - OLD.`trailer_count`
  WHERE `root_id` = OLD.`root_id` AND `kind` = OLD.`kind` AND `present` = (OLD.`missing_since` IS NULL)
    AND `has_trailer` = (OLD.`trailer_count` > 0);
END;--> statement-breakpoint
INSERT INTO `library_count` (`root_id`, `kind`, `present`, `has_trailer`, `titles`, `trailers`)
SELECT `root_id`, `kind`, `missing_since` IS NULL, `trailer_count` > 0, count(*), sum(`trailer_count`)
FROM `media` GROUP BY 1, 2, 3, 4;
