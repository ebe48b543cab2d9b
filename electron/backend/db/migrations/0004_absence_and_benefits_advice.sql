CREATE TABLE `absence_adjustments` (
	`staff_id` integer PRIMARY KEY NOT NULL,
	`leave_out_disability_related` integer DEFAULT false NOT NULL,
	`review_points` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `absence_types` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`is_sickness` integer DEFAULT false NOT NULL,
	`is_disability_related` integer DEFAULT false NOT NULL,
	`position` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	CONSTRAINT "absence_types_disability_is_sickness" CHECK("absence_types"."is_disability_related" = 0 OR "absence_types"."is_sickness" = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `absence_types_name_unique` ON `absence_types` (`name`);--> statement-breakpoint
CREATE TABLE `absences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`type_id` integer NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text DEFAULT '' NOT NULL,
	`part_day_minutes` integer,
	`reported_by` text DEFAULT '' NOT NULL,
	`reported_at` text DEFAULT '' NOT NULL,
	`certification` text DEFAULT 'self' NOT NULL,
	`fit_note_from` text DEFAULT '' NOT NULL,
	`fit_note_to` text DEFAULT '' NOT NULL,
	`returned_on` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`rtw_held_on` text DEFAULT '' NOT NULL,
	`rtw_by` text DEFAULT '' NOT NULL,
	`rtw_support` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`type_id`) REFERENCES `absence_types`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "absences_dates_check" CHECK("absences"."last_day" = '' OR "absences"."last_day" >= "absences"."first_day"),
	CONSTRAINT "absences_part_day_check" CHECK("absences"."part_day_minutes" IS NULL OR ("absences"."part_day_minutes" > 0 AND "absences"."last_day" = "absences"."first_day")),
	CONSTRAINT "absences_certification_check" CHECK("absences"."certification" in ('self', 'fit-note'))
);
--> statement-breakpoint
CREATE INDEX `absences_staff_idx` ON `absences` (`staff_id`,`first_day`);--> statement-breakpoint
CREATE INDEX `absences_first_day_idx` ON `absences` (`first_day`);--> statement-breakpoint
CREATE TABLE `referral_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`referral_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`file_name` text NOT NULL,
	`content` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referral_attachments_referral_idx` ON `referral_attachments` (`referral_id`);--> statement-breakpoint
CREATE TABLE `referral_prompts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`kind` text NOT NULL,
	`on_date` text NOT NULL,
	`detail` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`referral_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "referral_prompts_kind_check" CHECK("referral_prompts"."kind" in ('hours-changed', 'rate-changed')),
	CONSTRAINT "referral_prompts_status_check" CHECK("referral_prompts"."status" in ('open', 'referred', 'dismissed'))
);
--> statement-breakpoint
CREATE INDEX `referral_prompts_staff_idx` ON `referral_prompts` (`staff_id`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`referred_on` text NOT NULL,
	`service` text NOT NULL,
	`reason` text NOT NULL,
	`consent_to_share` integer DEFAULT false NOT NULL,
	`consent_on` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`follow_up_on` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "referrals_consent_check" CHECK(("referrals"."consent_to_share" = 1) = ("referrals"."consent_on" <> '')),
	CONSTRAINT "referrals_status_check" CHECK("referrals"."status" in ('to-refer', 'referred', 'appointment-booked', 'advice-given', 'closed')),
	CONSTRAINT "referrals_reason_check" CHECK("referrals"."reason" in ('starting-work', 'change-in-hours', 'permitted-work', 'universal-credit', 'pip', 'other'))
);
--> statement-breakpoint
CREATE INDEX `referrals_person_idx` ON `referrals` (`person_id`);--> statement-breakpoint
CREATE INDEX `referrals_status_idx` ON `referrals` (`status`,`follow_up_on`);--> statement-breakpoint
CREATE TABLE `wellbeing_checkins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`review_point` integer NOT NULL,
	`reached_on` text NOT NULL,
	`score` integer NOT NULL,
	`status` text DEFAULT 'to-do' NOT NULL,
	`held_on` text DEFAULT '' NOT NULL,
	`held_by` text DEFAULT '' NOT NULL,
	`support_agreed` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "wellbeing_checkins_status_check" CHECK("wellbeing_checkins"."status" in ('to-do', 'held', 'declined', 'not-needed'))
);
--> statement-breakpoint
CREATE INDEX `wellbeing_checkins_staff_idx` ON `wellbeing_checkins` (`staff_id`,`reached_on`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_pay_elements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`sage_code` text DEFAULT '' NOT NULL,
	`brightpay_code` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	CONSTRAINT "pay_elements_kind_check" CHECK("__new_pay_elements"."kind" in ('hours', 'mileage', 'holiday-accrued', 'rolled-up-holiday', 'ssp-days'))
);
--> statement-breakpoint
INSERT INTO `__new_pay_elements`("id", "name", "kind", "sage_code", "brightpay_code", "position", "active") SELECT "id", "name", "kind", "sage_code", "brightpay_code", "position", "active" FROM `pay_elements`;--> statement-breakpoint
DROP TABLE `pay_elements`;--> statement-breakpoint
ALTER TABLE `__new_pay_elements` RENAME TO `pay_elements`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `pay_elements_name_unique` ON `pay_elements` (`name`);--> statement-breakpoint
-- Seeds, written by hand before this migration landed. The kinds of absence (editable): sickness kinds count
-- for SSP and the Bradford factor; disability-related absence is kept apart so an adjustment can leave it out.
INSERT INTO `absence_types` (`name`, `is_sickness`, `is_disability_related`, `position`) VALUES
	('Sickness', 1, 0, 0),
	('Disability-related', 1, 1, 1),
	('Dependants (time off for dependants)', 0, 0, 2),
	('Compassionate', 0, 0, 3),
	('Unpaid leave', 0, 0, 4),
	('Other', 0, 0, 5);
--> statement-breakpoint
-- The days of sickness payroll pays SSP for, made by the calculation like mileage. Its code starts empty.
INSERT INTO `pay_elements` (`name`, `kind`, `position`)
	SELECT 'Statutory Sick Pay (qualifying days)', 'ssp-days', coalesce(max(`position`), -1) + 1 FROM `pay_elements`;
--> statement-breakpoint
-- Where people are referred for benefits advice (editable in Settings).
INSERT OR IGNORE INTO `list_items` (`kind`, `name`, `position`) VALUES
	('adviceServices', 'Citizens Advice', 0),
	('adviceServices', 'Welfare rights service', 1),
	('adviceServices', 'Jobcentre Plus work coach', 2);
