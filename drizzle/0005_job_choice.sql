ALTER TABLE `download_job` ADD `choice_source` text;--> statement-breakpoint
ALTER TABLE `download_job` ADD `chosen_by` text;--> statement-breakpoint
ALTER TABLE `download_job` ADD `choice_title` text;--> statement-breakpoint
ALTER TABLE `download_job` ADD `choice_score` integer;--> statement-breakpoint
ALTER TABLE `download_job` ADD `choice_min_score` integer;--> statement-breakpoint
ALTER TABLE `download_job` ADD `choice_reasons` text;