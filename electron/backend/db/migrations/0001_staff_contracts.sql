CREATE TABLE `benefit_statuses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`kind` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "benefit_statuses_kind_check" CHECK("benefit_statuses"."kind" in ('none', 'permitted-work-lower', 'permitted-work-higher', 'permitted-work-supported', 'universal-credit'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `benefit_statuses_staff_from_unique` ON `benefit_statuses` (`staff_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `dated_settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`effective_from` text NOT NULL,
	`values_json` text NOT NULL,
	CONSTRAINT "dated_settings_kind_check" CHECK("dated_settings"."kind" in ('minimum-wage', 'permitted-work', 'ssp', 'holiday', 'mileage'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dated_settings_kind_from_unique` ON `dated_settings` (`kind`,`effective_from`);--> statement-breakpoint
CREATE TABLE `dbs_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`level` text NOT NULL,
	`certificate_number` text NOT NULL,
	`issued_on` text NOT NULL,
	`update_service` integer DEFAULT false NOT NULL,
	`renewal_due_on` text DEFAULT '' NOT NULL,
	`last_status_check_on` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "dbs_checks_level_check" CHECK("dbs_checks"."level" in ('basic', 'standard', 'enhanced', 'enhanced-barred'))
);
--> statement-breakpoint
CREATE INDEX `dbs_checks_staff_idx` ON `dbs_checks` (`staff_id`);--> statement-breakpoint
CREATE TABLE `pay_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`effective_from` text NOT NULL,
	`hourly_pence` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "pay_rates_positive_check" CHECK("pay_rates"."hourly_pence" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pay_rates_staff_from_unique` ON `pay_rates` (`staff_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`works_number` text NOT NULL,
	`ni_number` text DEFAULT '' NOT NULL,
	`job_role` text NOT NULL,
	`contract_type` text NOT NULL,
	`weekly_minutes` integer,
	`start_date` text NOT NULL,
	`probation_end_date` text NOT NULL,
	`end_date` text DEFAULT '' NOT NULL,
	`leaving_reason` text DEFAULT '' NOT NULL,
	`holiday_scheme` text NOT NULL,
	`rolled_up_holiday` integer DEFAULT false NOT NULL,
	`age_band` text DEFAULT '' NOT NULL,
	`apprenticeship_start_date` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "staff_contract_check" CHECK(("staff"."contract_type" = 'part-time' AND "staff"."weekly_minutes" IS NOT NULL AND "staff"."weekly_minutes" > 0) OR ("staff"."contract_type" = 'bank' AND "staff"."weekly_minutes" IS NULL)),
	CONSTRAINT "staff_holiday_check" CHECK("staff"."holiday_scheme" in ('irregular', 'fixed') AND ("staff"."rolled_up_holiday" = 0 OR "staff"."holiday_scheme" = 'irregular')),
	CONSTRAINT "staff_age_band_check" CHECK("staff"."age_band" in ('', '21-and-over', '18-20', 'under-18'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_person_unique` ON `staff` (`person_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_works_number_unique` ON `staff` (`works_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_ni_number_unique` ON `staff` (`ni_number`) WHERE "staff"."ni_number" <> '';--> statement-breakpoint
-- Seeds, written by hand before this migration landed: the shipped figures of shared/domain/pay/uk-defaults.ts
-- and the shipped job roles. Seeding here, inside the migration, gives every office them exactly once: new offices
-- (created by running the migrations) and existing ones alike, in the same transaction and after the same backup.
-- Seeding in code "when missing" would bring back rows the office had removed. tests/integration/dated-settings.test.ts
-- checks these rows equal uk-defaults.ts.
INSERT INTO `dated_settings` (`kind`, `effective_from`, `values_json`) VALUES
	('minimum-wage', '2025-04-01', '{"age21AndOverPence":1221,"age18To20Pence":1000,"under18Pence":755,"apprenticePence":755}'),
	('minimum-wage', '2026-04-01', '{"age21AndOverPence":1271,"age18To20Pence":1085,"under18Pence":800,"apprenticePence":800}'),
	('permitted-work', '2024-04-06', '{"lowerEarningsPence":2000,"higherEarningsPence":18350,"hoursLimitMinutes":960}'),
	('permitted-work', '2025-04-06', '{"lowerEarningsPence":2000,"higherEarningsPence":19550,"hoursLimitMinutes":960}'),
	('permitted-work', '2026-04-06', '{"lowerEarningsPence":2000,"higherEarningsPence":20350,"hoursLimitMinutes":960}'),
	('ssp', '2025-04-06', '{"weeklyRatePence":11875,"waitingDays":3,"lowerEarningsLimitPence":12500,"earningsShareBasisPoints":null,"minSpellDays":4,"linkingWeeks":8}'),
	('ssp', '2026-04-06', '{"weeklyRatePence":12325,"waitingDays":0,"lowerEarningsLimitPence":null,"earningsShareBasisPoints":8000,"minSpellDays":1,"linkingWeeks":8}'),
	('holiday', '2024-04-01', '{"accrualBasisPoints":1207,"statutoryWeeksTenths":56}'),
	('mileage', '2011-04-06', '{"firstBandPencePerMile":45,"laterPencePerMile":25,"firstBandMiles":10000}');
--> statement-breakpoint
INSERT INTO `list_items` (`kind`, `name`, `position`) VALUES
	('jobRoles', 'Peer supporter', 0),
	('jobRoles', 'Coordinator', 1),
	('jobRoles', 'Regional coordinator', 2),
	('jobRoles', 'Trainer', 3);
