// The guarded migration runner on populated databases: backup first, child rows kept through a table
// rebuild, a migration that breaks links rolled back whole, a database from a newer version refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { backupNames, backupsFolder } from '../helpers/backup';
import { REGISTER } from '../helpers/members';
import { migrationsWithExtra, newestShippedMigration, REBUILD_PEOPLE, shippedMigrationCount } from '../helpers/migrations';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';

const { newOffice, backendAt } = useOffices();

function counts(backend: Backend): Record<string, number> {
  const { sqlite } = backend.session.context();
  const n = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { people: n('people'), roles: n('person_roles'), involvements: n('person_involvements'), migrations: n('__drizzle_migrations') };
}

/** A locked office holding the small register, each with roles and an involvement. */
async function populatedOffice() {
  const office = await newOffice();
  for (const m of REGISTER) expectOk(await office.backend.invoke('members:create', { ...m, involvements: ['Training'] }));
  const before = counts(office.backend);
  expect(before).toMatchObject({ people: 4, roles: 6, involvements: 4, migrations: shippedMigrationCount() });
  office.backend.close();
  return { ...office, before };
}

const backups = (dir: string) => backupNames(backupsFolder(dir)).filter((f) => f.includes('-before-migration'));

describe('migrations', () => {
  it('make no backup when there is nothing to apply', async () => {
    const office = await populatedOffice();
    expectOk(await backendAt({ dir: office.dir }).invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(backups(office.dir)).toEqual([]);
  });

  it('rebuild a parent table without losing its child rows, after backing the database up', async () => {
    const office = await populatedOffice();
    const migrationsDir = migrationsWithExtra(office.dir, '0099_people_gift_aid', REBUILD_PEOPLE);
    const backend = backendAt({ dir: office.dir, migrationsDir });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));

    expect(counts(backend)).toEqual({ ...office.before, migrations: shippedMigrationCount() + 1 });
    const { sqlite } = backend.session.context();
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect((sqlite.pragma('table_info(people)') as { name: string }[]).map((c) => c.name)).toContain('gift_aid');
    expect(expectOk(await backend.invoke('members:get', { id: 1 })).roles).toHaveLength(2);

    // The backup is the database as it was: restored, it opens with the shipped migrations and has everyone.
    const [backup] = backups(office.dir);
    expect(backup).toBeDefined();
    const old = backendAt({ dir: office.dir, dbPath: join(office.dir, 'restored.db') });
    expectOk(await old.invoke('backup:restore', { file: join(backupsFolder(office.dir), backup!), passphrase: PASSPHRASE }));
    expectOk(await old.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(counts(old)).toEqual(office.before);
  });

  it('roll back whole when a migration would leave broken links', async () => {
    const office = await populatedOffice();
    const migrationsDir = migrationsWithExtra(office.dir, '0099_bad', [
      'CREATE TABLE `extra` (`id` integer PRIMARY KEY NOT NULL);',
      'DELETE FROM `people` WHERE `member_number` = 1001;', // leaves that person's roles pointing nowhere
    ]);
    const failed = await backendAt({ dir: office.dir, migrationsDir }).invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(failed.ok).toBe(false);

    const backend = backendAt({ dir: office.dir });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(counts(backend)).toEqual(office.before);
    const { sqlite } = backend.session.context();
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'extra'`).get()).toBeUndefined();
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuse a database saved by a newer version, changing nothing', async () => {
    const office = await newOffice();
    office.backend.session.context().sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('from-the-future', newestShippedMigration() + 86_400_000);
    office.backend.close();
    const bytes = readFileSync(office.dbPath);
    const files = readdirSync(office.dir).sort();

    const backend = backendAt({ dir: office.dir });
    const r = await backend.invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(r.ok || r.error.code).toBe('TOO_NEW');
    if (!r.ok) expect(r.error.message).toMatch(/newer version/);
    expect(expectOk(await backend.invoke('office:status', {})).state).toBe('locked');
    expect(readFileSync(office.dbPath).equals(bytes)).toBe(true);
    expect(readdirSync(office.dir).sort()).toEqual(files);
  });
});
