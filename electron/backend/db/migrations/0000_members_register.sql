CREATE TABLE `list_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `list_items_kind_name_unique` ON `list_items` (`kind`,`name`);--> statement-breakpoint
CREATE TABLE `office_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_number` integer NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`preferred_name` text DEFAULT '' NOT NULL,
	`pronouns` text DEFAULT '' NOT NULL,
	`date_of_birth` text DEFAULT '' NOT NULL,
	`address_line1` text DEFAULT '' NOT NULL,
	`address_line2` text DEFAULT '' NOT NULL,
	`town` text DEFAULT '' NOT NULL,
	`postcode` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`locality` text DEFAULT '' NOT NULL,
	`joined_on` text NOT NULL,
	`left_on` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`contact_methods` text DEFAULT '' NOT NULL,
	`contact_consent` integer DEFAULT false NOT NULL,
	`contact_consent_on` text DEFAULT '' NOT NULL,
	`emergency_contact_name` text DEFAULT '' NOT NULL,
	`emergency_contact_phone` text DEFAULT '' NOT NULL,
	`emergency_contact_relationship` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "people_status_check" CHECK("people"."status" in ('active', 'lapsed', 'left'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_member_number_unique` ON `people` (`member_number`);--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`last_name`,`first_name`);--> statement-breakpoint
CREATE TABLE `person_involvements` (
	`person_id` integer NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`person_id`, `name`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `person_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`started_on` text NOT NULL,
	`ended_on` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_roles_person_idx` ON `person_roles` (`person_id`);