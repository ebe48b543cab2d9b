CREATE TABLE `pay_elements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`sage_code` text DEFAULT '' NOT NULL,
	`brightpay_code` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	CONSTRAINT "pay_elements_kind_check" CHECK("pay_elements"."kind" in ('hours', 'mileage', 'holiday-accrued', 'rolled-up-holiday'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pay_elements_name_unique` ON `pay_elements` (`name`);--> statement-breakpoint
CREATE TABLE `pay_period_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period_id` integer NOT NULL,
	`action` text NOT NULL,
	`at` text NOT NULL,
	`by` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`period_id`) REFERENCES `pay_periods`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "pay_period_events_action_check" CHECK("pay_period_events"."action" in ('approved', 'exported', 'reopened'))
);
--> statement-breakpoint
CREATE INDEX `pay_period_events_period_idx` ON `pay_period_events` (`period_id`);--> statement-breakpoint
CREATE TABLE `pay_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`pay_date` text NOT NULL,
	`status` text NOT NULL,
	`approved_lines` text DEFAULT '' NOT NULL,
	CONSTRAINT "pay_periods_status_check" CHECK("pay_periods"."status" in ('draft', 'approved', 'exported'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pay_periods_key_unique` ON `pay_periods` (`key`);--> statement-breakpoint
CREATE INDEX `pay_periods_dates_idx` ON `pay_periods` (`start_date`,`end_date`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`site` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	CONSTRAINT "places_kind_check" CHECK("places"."kind" in ('ward', 'group-venue', 'office', 'other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `places_site_name_unique` ON `places` (`site`,`name`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_minutes` integer NOT NULL,
	`end_minutes` integer NOT NULL,
	`break_minutes` integer DEFAULT 0 NOT NULL,
	`worked_minutes` integer NOT NULL,
	`start_utc_ms` integer NOT NULL,
	`end_utc_ms` integer NOT NULL,
	`place_id` integer NOT NULL,
	`element_id` integer NOT NULL,
	`status` text NOT NULL,
	`cancelled_at` text DEFAULT '' NOT NULL,
	`offered_at` text DEFAULT '' NOT NULL,
	`miles_tenths` integer DEFAULT 0 NOT NULL,
	`supported_one_to_one` integer,
	`supported_in_groups` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`element_id`) REFERENCES `pay_elements`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sessions_status_check" CHECK("sessions"."status" in ('planned', 'worked', 'cancelled')),
	CONSTRAINT "sessions_minutes_check" CHECK("sessions"."worked_minutes" > 0 AND "sessions"."break_minutes" >= 0 AND "sessions"."miles_tenths" >= 0),
	CONSTRAINT "sessions_counts_check" CHECK(coalesce("sessions"."supported_one_to_one", 0) >= 0 AND coalesce("sessions"."supported_in_groups", 0) >= 0)
);
--> statement-breakpoint
CREATE INDEX `sessions_date_idx` ON `sessions` (`date`);--> statement-breakpoint
CREATE INDEX `sessions_staff_date_idx` ON `sessions` (`staff_id`,`date`);--> statement-breakpoint
CREATE INDEX `sessions_place_date_idx` ON `sessions` (`place_id`,`date`);--> statement-breakpoint
-- Seeds, written by hand before this migration landed (as in 0001): the activities a session is booked as,
-- and the elements the payroll calculation makes. Payroll codes start empty: each office's Sage or BrightPay
-- numbers its payments its own way, and the Sage export refuses to run until they are set in Settings.
INSERT INTO `pay_elements` (`name`, `kind`, `position`) VALUES
	('Ward one-to-one and groups', 'hours', 0),
	('Wellbeing group', 'hours', 1),
	('Training delivery', 'hours', 2),
	('County-wide support session', 'hours', 3),
	('Admin', 'hours', 4),
	('Travel', 'hours', 5),
	('Mileage', 'mileage', 6),
	('Holiday hours accrued', 'holiday-accrued', 7),
	('Rolled-up holiday pay', 'rolled-up-holiday', 8);
--> statement-breakpoint
INSERT INTO `places` (`name`, `site`, `kind`) VALUES ('Office', '', 'office');
