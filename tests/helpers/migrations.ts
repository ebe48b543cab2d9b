// A migrations folder for tests: the real one, copied, plus one extra migration written the way
// drizzle-kit writes them (journal entry + SQL with statement breakpoints).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from './office';

interface Journal { entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[] }

const shippedJournal = (): Journal => JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as Journal;

/** How many migrations the app ships: a fresh office has this many rows in __drizzle_migrations. */
export const shippedMigrationCount = (): number => shippedJournal().entries.length;

export function newestShippedMigration(): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as Journal;
  return Math.max(...journal.entries.map((e) => e.when));
}

export function migrationsWithExtra(dir: string, tag: string, statements: string[]): string {
  const target = join(dir, 'migrations');
  cpSync(MIGRATIONS_DIR, target, { recursive: true });
  const journalPath = join(target, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  journal.entries.push({ idx: journal.entries.length, version: '6', when: newestShippedMigration() + 60_000, tag, breakpoints: true });
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  writeFileSync(join(target, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  return target;
}

const PEOPLE_COLUMNS = [
  'id', 'member_number', 'first_name', 'last_name', 'preferred_name', 'pronouns', 'date_of_birth', 'address_line1', 'address_line2',
  'town', 'postcode', 'phone', 'email', 'locality', 'joined_on', 'left_on', 'status', 'contact_methods', 'contact_consent',
  'contact_consent_on', 'emergency_contact_name', 'emergency_contact_phone', 'emergency_contact_relationship', 'created_at', 'updated_at',
].map((c) => `"${c}"`).join(', ');

/** drizzle-kit's table rebuild, as it writes one for a change SQLite's ALTER TABLE cannot make. */
export const REBUILD_PEOPLE = [
  'PRAGMA foreign_keys=OFF;',
  `CREATE TABLE \`__new_people\` (
	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	\`member_number\` integer NOT NULL,
	\`first_name\` text NOT NULL,
	\`last_name\` text NOT NULL,
	\`preferred_name\` text DEFAULT '' NOT NULL,
	\`pronouns\` text DEFAULT '' NOT NULL,
	\`date_of_birth\` text DEFAULT '' NOT NULL,
	\`address_line1\` text DEFAULT '' NOT NULL,
	\`address_line2\` text DEFAULT '' NOT NULL,
	\`town\` text DEFAULT '' NOT NULL,
	\`postcode\` text DEFAULT '' NOT NULL,
	\`phone\` text DEFAULT '' NOT NULL,
	\`email\` text DEFAULT '' NOT NULL,
	\`locality\` text DEFAULT '' NOT NULL,
	\`joined_on\` text NOT NULL,
	\`left_on\` text DEFAULT '' NOT NULL,
	\`status\` text NOT NULL,
	\`contact_methods\` text DEFAULT '' NOT NULL,
	\`contact_consent\` integer DEFAULT false NOT NULL,
	\`contact_consent_on\` text DEFAULT '' NOT NULL,
	\`emergency_contact_name\` text DEFAULT '' NOT NULL,
	\`emergency_contact_phone\` text DEFAULT '' NOT NULL,
	\`emergency_contact_relationship\` text DEFAULT '' NOT NULL,
	\`created_at\` text NOT NULL,
	\`updated_at\` text NOT NULL,
	\`gift_aid\` integer DEFAULT false NOT NULL,
	CONSTRAINT "people_status_check" CHECK("__new_people"."status" in ('active', 'lapsed', 'left'))
);`,
  `INSERT INTO \`__new_people\`(${PEOPLE_COLUMNS}) SELECT ${PEOPLE_COLUMNS} FROM \`people\`;`,
  'DROP TABLE `people`;',
  'ALTER TABLE `__new_people` RENAME TO `people`;',
  'PRAGMA foreign_keys=ON;',
  'CREATE UNIQUE INDEX `people_member_number_unique` ON `people` (`member_number`);',
  'CREATE INDEX `people_name_idx` ON `people` (`last_name`,`first_name`);',
];

/** The real migrations folder as an older version shipped it: only the first `count` migrations. */
export function migrationsUpTo(dir: string, count: number): string {
  const target = join(dir, `migrations-${count}`);
  cpSync(MIGRATIONS_DIR, target, { recursive: true });
  const journalPath = join(target, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  for (const later of journal.entries.slice(count)) rmSync(join(target, `${later.tag}.sql`));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  return target;
}
