CREATE TABLE `probation_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`kind` text NOT NULL,
	`on_date` text NOT NULL,
	`previous_end_date` text DEFAULT '' NOT NULL,
	`new_end_date` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`by` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "probation_events_kind_check" CHECK("probation_events"."kind" in ('extended', 'confirmed', 'ended'))
);
--> statement-breakpoint
CREATE INDEX `probation_events_staff_idx` ON `probation_events` (`staff_id`);--> statement-breakpoint
CREATE TABLE `supervision_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`supervisee_staff_id` integer NOT NULL,
	`raised_in_id` integer NOT NULL,
	`text` text NOT NULL,
	`done_in_id` integer,
	FOREIGN KEY (`supervisee_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`raised_in_id`) REFERENCES `supervisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_in_id`) REFERENCES `supervisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_actions_supervisee_idx` ON `supervision_actions` (`supervisee_staff_id`);--> statement-breakpoint
CREATE TABLE `supervision_arrangements` (
	`staff_id` integer PRIMARY KEY NOT NULL,
	`supervisor_staff_id` integer,
	`cadence_weeks` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supervisor_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "supervision_arrangements_not_self" CHECK("supervision_arrangements"."supervisor_staff_id" IS NULL OR "supervision_arrangements"."supervisor_staff_id" <> "supervision_arrangements"."staff_id"),
	CONSTRAINT "supervision_arrangements_cadence" CHECK("supervision_arrangements"."cadence_weeks" IS NULL OR ("supervision_arrangements"."cadence_weeks" BETWEEN 1 AND 52))
);
--> statement-breakpoint
CREATE TABLE `supervisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`supervisee_staff_id` integer NOT NULL,
	`supervisor_staff_id` integer,
	`type` text NOT NULL,
	`plan_item` text DEFAULT '' NOT NULL,
	`planned_on` text NOT NULL,
	`start_minutes` integer,
	`status` text NOT NULL,
	`held_on` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`rescheduled_from_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supervisee_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supervisor_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "supervisions_status_check" CHECK("supervisions"."status" in ('planned', 'held', 'cancelled', 'missed', 'rescheduled')),
	CONSTRAINT "supervisions_type_check" CHECK("supervisions"."type" in ('one-to-one', 'reflective', 'group')),
	CONSTRAINT "supervisions_plan_item_check" CHECK("supervisions"."plan_item" in ('', 'supervision', 'mid-point-review', 'final-review')),
	CONSTRAINT "supervisions_held_check" CHECK(("supervisions"."status" = 'held') = ("supervisions"."held_on" <> '')),
	CONSTRAINT "supervisions_not_self" CHECK("supervisions"."supervisor_staff_id" IS NULL OR "supervisions"."supervisor_staff_id" <> "supervisions"."supervisee_staff_id")
);
--> statement-breakpoint
CREATE INDEX `supervisions_supervisee_idx` ON `supervisions` (`supervisee_staff_id`,`planned_on`);--> statement-breakpoint
CREATE INDEX `supervisions_supervisor_idx` ON `supervisions` (`supervisor_staff_id`,`planned_on`);--> statement-breakpoint
CREATE INDEX `supervisions_planned_idx` ON `supervisions` (`planned_on`);--> statement-breakpoint
CREATE TABLE `support_attendance` (
	`support_session_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`status` text NOT NULL,
	`invited_on` text NOT NULL,
	PRIMARY KEY(`support_session_id`, `staff_id`),
	FOREIGN KEY (`support_session_id`) REFERENCES `support_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "support_attendance_status_check" CHECK("support_attendance"."status" in ('invited', 'attended', 'apologies', 'did-not-attend'))
);
--> statement-breakpoint
CREATE INDEX `support_attendance_staff_idx` ON `support_attendance` (`staff_id`);--> statement-breakpoint
CREATE TABLE `support_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`start_minutes` integer NOT NULL,
	`end_minutes` integer NOT NULL,
	`place_id` integer NOT NULL,
	`theme` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "support_sessions_times_check" CHECK("support_sessions"."end_minutes" > "support_sessions"."start_minutes")
);
--> statement-breakpoint
CREATE INDEX `support_sessions_date_idx` ON `support_sessions` (`date`);--> statement-breakpoint
-- Written by hand before this migration landed: staff recorded before supervision existed get an
-- arrangement with no supervisor named yet, seen after probation every 6 weeks (the office's default).
INSERT INTO `supervision_arrangements` (`staff_id`, `supervisor_staff_id`, `cadence_weeks`, `updated_at`)
	SELECT `id`, NULL, 6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `staff`;
--> statement-breakpoint
-- Staff who worked past the end of a probation that ended before this version was installed were confirmed
-- on paper: record that, dated their probation end, so the home screen does not list every long-serving
-- worker as undecided. Anyone who left before their probation ended gets no decision: it is not known.
INSERT INTO `probation_events` (`staff_id`, `kind`, `on_date`, `reason`, `by`, `recorded_at`)
	SELECT `id`, 'confirmed', `probation_end_date`, 'Recorded before Peer Office kept probation decisions', 'Peer Office (upgrade)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	FROM `staff` WHERE `probation_end_date` < date('now') AND (`end_date` = '' OR `end_date` >= `probation_end_date`);
