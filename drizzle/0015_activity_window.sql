CREATE TABLE `download_job_status_count` (
	`status` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
-- Hand-written (issue 11, the Activity window). The Activity tabs, newest first: job-window.ts spells
-- the same expression, which is how SQLite matches its queries to this index. The index holds
-- (tab, rowid): a page deep in a tab is found by walking ids in the index only, then read by id.
CREATE INDEX `download_job_tab_idx` ON `download_job` ((CASE WHEN status IN ('queued', 'downloading', 'processing', 'paused') THEN 1 WHEN status = 'completed' THEN 2 ELSE 3 END));--> statement-breakpoint
-- Jobs per status, kept by triggers, so counting is a read of a few rows whatever the queue holds.
CREATE TRIGGER `download_job_count_insert` AFTER INSERT ON `download_job` BEGIN
  INSERT INTO `download_job_status_count` (`status`, `count`) VALUES (NEW.`status`, 1)
    ON CONFLICT (`status`) DO UPDATE SET `count` = `count` + 1;
END;--> statement-breakpoint
CREATE TRIGGER `download_job_count_delete` AFTER DELETE ON `download_job` BEGIN
  UPDATE `download_job_status_count` SET `count` = `count` - 1 WHERE `status` = OLD.`status`;
END;--> statement-breakpoint
CREATE TRIGGER `download_job_count_status` AFTER UPDATE OF `status` ON `download_job`
WHEN NEW.`status` IS NOT OLD.`status` BEGIN
  UPDATE `download_job_status_count` SET `count` = `count` - 1 WHERE `status` = OLD.`status`;
  INSERT INTO `download_job_status_count` (`status`, `count`) VALUES (NEW.`status`, 1)
    ON CONFLICT (`status`) DO UPDATE SET `count` = `count` + 1;
END;--> statement-breakpoint
INSERT INTO `download_job_status_count` (`status`, `count`)
  SELECT `status`, count(*) FROM `download_job` GROUP BY `status`;
