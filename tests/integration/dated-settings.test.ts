// Dated settings: shipped with uk-defaults.ts for new offices and, through migration 0001, for offices
// made by the version before; added to by date, never rewritten; and used by the staff warnings.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { DATED_KINDS, type DatedKind } from '../../shared/contract/dated-settings';
import { UK_HOLIDAY_RULES, UK_MILEAGE_RATES, UK_MINIMUM_WAGE, UK_PERMITTED_WORK_LIMITS, UK_SSP_RULES } from '../../shared/domain/pay/uk-defaults';
import { DEFAULT_JOB_ROLES } from '../../shared/domain/staff';
import { backupNames, backupsFolder } from '../helpers/backup';
import { REGISTER } from '../helpers/members';
import { migrationsUpTo, shippedMigrationCount } from '../helpers/migrations';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';
import { staffInput } from '../helpers/staff';

const { newOffice, backendAt, tempDir } = useOffices();

const SHIPPED: Record<DatedKind, readonly { from: string }[]> = {
  'minimum-wage': UK_MINIMUM_WAGE, 'permitted-work': UK_PERMITTED_WORK_LIMITS, ssp: UK_SSP_RULES, holiday: UK_HOLIDAY_RULES, mileage: UK_MILEAGE_RATES,
};

/** Every kind's rows as uk-defaults.ts writes them: values plus `from`. */
async function tables(backend: Backend): Promise<Record<DatedKind, { from: string }[]>> {
  const out = {} as Record<DatedKind, { from: string }[]>;
  for (const kind of DATED_KINDS) out[kind] = expectOk(await backend.invoke('settings:datedRates', { kind })).map((r) => ({ from: r.effectiveFrom, ...r.values }));
  return out;
}

describe('dated settings', () => {
  it('are seeded with the shipped UK figures in a new office', async () => {
    const { backend } = await newOffice();
    expect(await tables(backend)).toEqual(SHIPPED);
  });

  it('gain a row for a change, leaving earlier rows as they were, and refuse a second row for the same day', async () => {
    const { backend } = await newOffice();
    const values = { age21AndOverPence: 1320, age18To20Pence: 1120, under18Pence: 830, apprenticePence: 830 };
    const rows = expectOk(await backend.invoke('settings:addDatedRate', { kind: 'minimum-wage', effectiveFrom: '2027-04-01', values }));
    expect(rows.map((r) => r.effectiveFrom)).toEqual(['2025-04-01', '2026-04-01', '2027-04-01']);
    expect(rows[2]).toEqual({ id: expect.any(Number), kind: 'minimum-wage', effectiveFrom: '2027-04-01', values });
    expect(rows[1]!.values).toMatchObject({ age21AndOverPence: 1271 });

    const again = await backend.invoke('settings:addDatedRate', { kind: 'minimum-wage', effectiveFrom: '2026-04-01', values });
    expect(again.ok || again.error.code).toBe('CONFLICT');
    if (!again.ok) expect(again.error.fields?.['effectiveFrom']).toMatch(/Minimum wage already has figures from 01\/04\/2026/);
    // Another kind on the same day is no clash.
    expectOk(await backend.invoke('settings:addDatedRate', { kind: 'holiday', effectiveFrom: '2026-04-01', values: { accrualBasisPoints: 1207, statutoryWeeksTenths: 56 } }));
  });

  it('are what the minimum-wage warnings use: a new April figure flags a rate from that day', async () => {
    const { backend } = await newOffice();
    const personId = expectOk(await backend.invoke('members:create', { ...REGISTER[0]!, dateOfBirth: '1990-05-17' })).id;
    const s = expectOk(await backend.invoke('staff:save', staffInput(personId)));
    const fine = expectOk(await backend.invoke('staff:addRate', { staffId: s.id, effectiveFrom: '2026-04-01', hourlyPence: 1271 }));
    expect(fine.warnings.filter((w) => w.kind === 'below-minimum-wage')).toEqual([]);
    expectOk(await backend.invoke('settings:addDatedRate', { kind: 'minimum-wage', effectiveFrom: '2027-04-01', values: { age21AndOverPence: 1320, age18To20Pence: 1120, under18Pence: 830, apprenticePence: 830 } }));
    const record = expectOk(await backend.invoke('staff:get', { personId }))!;
    expect(record.warnings.filter((w) => w.kind === 'below-minimum-wage')).toMatchObject([{ date: '2027-04-01', message: expect.stringMatching(/£13\.20/) }]);
  });
});

describe('an office made before staff records', () => {
  it('is upgraded on unlock: backed up first, then given the new tables, the shipped figures and job roles', async () => {
    const dir = tempDir();
    const old = backendAt({ dir, migrationsDir: migrationsUpTo(dir, 1) });
    expectOk(await old.invoke('office:create', { officeName: 'Old office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
    // Filled as the version before would have: today's services already expect the staff tables.
    const before = old.session.context().sqlite;
    const addPerson = before.prepare(`INSERT INTO people (member_number, first_name, last_name, joined_on, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const addRole = before.prepare('INSERT INTO person_roles (person_id, role, started_on) VALUES (?, ?, ?)');
    REGISTER.forEach((m, i) => {
      const { lastInsertRowid } = addPerson.run(1001 + i, m.firstName, m.lastName, m.joinedOn, m.status, '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z');
      addRole.run(lastInsertRowid, 'member', m.joinedOn);
    });
    expect(before.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name IN ('staff', 'dated_settings')`).get()).toEqual({ n: 0 });
    old.close();

    const backend = backendAt({ dir });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(backupNames(backupsFolder(dir)).filter((f) => f.includes('-before-migration'))).toHaveLength(1);
    const { sqlite } = backend.session.context();
    expect((sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(shippedMigrationCount());
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);

    expect(await tables(backend)).toEqual(SHIPPED);
    expect(expectOk(await backend.invoke('office:settings', {})).jobRoles).toEqual(DEFAULT_JOB_ROLES);
    expect(expectOk(await backend.invoke('members:search', {})).total).toBe(REGISTER.length);

    // The register's people can become staff at once, and the new links hold.
    const personId = expectOk(await backend.invoke('members:search', {})).rows[0]!.id;
    const s = expectOk(await backend.invoke('staff:save', staffInput(personId)));
    expectOk(await backend.invoke('staff:addRate', { staffId: s.id, effectiveFrom: '2026-04-01', hourlyPence: 1300 }));
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const refused = await backend.invoke('members:delete', { id: personId });
    expect(refused.ok || refused.error.code).toBe('CONFLICT');
  });
});
