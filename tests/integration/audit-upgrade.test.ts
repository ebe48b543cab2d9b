// Offices made before the audit log (migration 0005): the upgrade adds the log and its append-only
// triggers, keeps every record, and the first entries are the wrong passphrase typed before the upgrade
// and the unlock that ran it.
import { describe, expect, it } from 'vitest';
import { REGISTER } from '../helpers/members';
import { migrationsUpTo, shippedMigrationCount } from '../helpers/migrations';
import { expectOk, MINUTE, FakeClock, PASSPHRASE, useOffices } from '../helpers/office';

const { backendAt, tempDir } = useOffices();

const TABLES = ['people', 'person_roles', 'staff', 'office_settings', 'list_items', 'absence_types'];

describe('an office made before the audit log', () => {
  it('is upgraded: every record kept, the log added with its guards, and the upgrade’s unlock its first entry', async () => {
    const dir = tempDir();
    const clock = new FakeClock();
    const old = backendAt({ dir, clock, migrationsDir: migrationsUpTo(dir, 5) });
    expectOk(await old.invoke('office:create', { officeName: 'Old office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
    // Written as the version before wrote its rows (today's services log to a table it did not have).
    const sqlite = old.session.context().sqlite;
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'audit_log'`).get()).toBeUndefined();
    const addPerson = sqlite.prepare(`INSERT INTO people (member_number, first_name, last_name, joined_on, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z')`);
    const addRole = sqlite.prepare('INSERT INTO person_roles (person_id, role, started_on) VALUES (?, ?, ?)');
    REGISTER.forEach((m, i) => addRole.run(addPerson.run(1001 + i, m.firstName, m.lastName, m.joinedOn, m.status).lastInsertRowid, 'member', m.joinedOn));
    const count = (s: typeof sqlite, table: string) => (s.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const before = Object.fromEntries(TABLES.map((t) => [t, count(sqlite, t)]));
    old.close();

    const backend = backendAt({ dir, clock });
    clock.advance(5 * MINUTE);
    expect((await backend.invoke('office:unlock', { passphrase: 'the old passphrase, misremembered' })).ok).toBe(false);
    clock.advance(MINUTE);
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const upgraded = backend.session.context().sqlite;
    expect(count(upgraded, '__drizzle_migrations')).toBe(shippedMigrationCount());
    expect(Object.fromEntries(TABLES.map((t) => [t, count(upgraded, t)]))).toEqual(before);
    expect(upgraded.pragma('foreign_key_check')).toEqual([]);
    expect(upgraded.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name`).pluck().all())
      .toEqual(['audit_log_no_delete', 'audit_log_no_replace', 'audit_log_no_update']);

    const log = () => (upgraded.prepare('SELECT at, action, summary FROM audit_log ORDER BY id').all() as { at: string; action: string; summary: string }[])
      .map((e) => [e.at.slice(11, 16), e.action, e.summary]);
    expect(log()).toEqual([['10:05', 'unlock-failed', 'the passphrase did not match'], ['10:06', 'unlock', 'with the passphrase']]);

    // The records from before are logged like any other from now on, and the log refuses to be rewritten.
    const [first] = expectOk(await backend.invoke('members:search', { query: REGISTER[0]!.lastName })).rows;
    const member = expectOk(await backend.invoke('members:get', { id: first!.id }));
    expectOk(await backend.invoke('members:archive', { id: member.id, leftOn: '2026-11-27' }));
    expect(log().at(-1)).toEqual(['10:06', 'change', expect.stringMatching(/^archived; changed .*status/)]);
    expect(() => upgraded.prepare('DELETE FROM audit_log').run()).toThrow(/cannot be changed/);
  });
});
