-- Custom SQL migration file, put your code below! --
-- The Activity tabs, newest first (src-main/core/downloads/job-window.ts spells the same expression,
-- which is how SQLite matches its queries to this index). The index holds (tab, rowid): a page deep
-- in a tab is found by walking ids in the index only, then its rows are read by id.
CREATE INDEX `download_job_tab_idx` ON `download_job` ((CASE WHEN status IN ('queued', 'downloading', 'processing', 'paused') THEN 1 WHEN status = 'completed' THEN 2 ELSE 3 END));
