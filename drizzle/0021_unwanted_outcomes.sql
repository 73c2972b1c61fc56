-- Hand-written: a season folder that leaves the disk (its media_season row is deleted) takes the
-- Review rows of that season's slots with it ('trailer/s2', 'trailer/s2@de'): no profile wants a
-- trailer for a season the title no longer has. Probes discovery_result_media_profile_idx.
CREATE TRIGGER `media_season_delete_outcomes` AFTER DELETE ON `media_season` BEGIN
  DELETE FROM `discovery_result`
  WHERE `media_id` = OLD.`media_id` AND `outcome` != 'queued'
    AND (`slot` = 'trailer/s' || OLD.`season` OR `slot` LIKE 'trailer/s' || OLD.`season` || '@%');
END;
