CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`action` text NOT NULL,
	`area` text NOT NULL,
	`channel` text NOT NULL,
	`record_type` text DEFAULT '' NOT NULL,
	`record_id` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_area_at_idx` ON `audit_log` (`area`,`at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_at_idx` ON `audit_log` (`action`,`at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_record_at_idx` ON `audit_log` (`record_type`,`record_id`,`at`,`id`);--> statement-breakpoint
-- Written by hand before this migration landed: the audit log is append-only in the database itself, so
-- not even a bug in the app can change or remove an entry. (DROP TABLE fires no DELETE trigger; a later
-- migration that rebuilds audit_log must create these three again.)
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'The audit log cannot be changed: entries are only ever added.');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'The audit log cannot be changed: entries are only ever added.');
END;
--> statement-breakpoint
-- INSERT OR REPLACE removes the row it replaces without firing the DELETE trigger: refuse reusing an id.
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log`
WHEN NEW.`id` IS NOT NULL AND EXISTS (SELECT 1 FROM `audit_log` WHERE `id` = NEW.`id`)
BEGIN
	SELECT RAISE(ABORT, 'The audit log cannot be changed: entries are only ever added.');
END;
