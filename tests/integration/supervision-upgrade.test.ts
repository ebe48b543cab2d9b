// Offices made before supervision existed (migration 0003): every staff record gets an arrangement,
// and those whose probation had already ended are taken as confirmed on paper, so the home screen does
// not list every long-serving worker as "no decision recorded".
import { describe, expect, it } from 'vitest';
import { REGISTER } from '../helpers/members';
import { migrationsUpTo, shippedMigrationCount } from '../helpers/migrations';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';

const { backendAt, tempDir } = useOffices();

describe('an office made before supervision', () => {
  it('is upgraded: arrangements for everyone, past probations confirmed, current ones left to decide, leavers in probation left alone', async () => {
    const dir = tempDir();
    const old = backendAt({ dir, migrationsDir: migrationsUpTo(dir, 3) });
    expectOk(await old.invoke('office:create', { officeName: 'Old office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
    // Written as the version before wrote its rows (today's services expect today's tables): people, then
    // staff who are long-serving, a recent starter still in probation, and one who left in probation.
    const sqlite = old.session.context().sqlite;
    const addPerson = sqlite.prepare(`INSERT INTO people (member_number, first_name, last_name, joined_on, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z')`);
    const ids = REGISTER.slice(0, 3).map((m, i) => Number(addPerson.run(1001 + i, m.firstName, m.lastName, m.joinedOn, m.status).lastInsertRowid));
    const addStaff = sqlite.prepare(
      `INSERT INTO staff (person_id, works_number, job_role, contract_type, weekly_minutes, start_date, probation_end_date, holiday_scheme, created_at, updated_at)
       VALUES (?, ?, 'Peer supporter', 'bank', NULL, ?, ?, 'irregular', '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z')`);
    addStaff.run(ids[0], '101', '2023-02-01', '2023-08-01');
    addStaff.run(ids[1], '102', '2099-01-04', '2099-07-04'); // probation ends long after any day this test runs
    addStaff.run(ids[2], '103', '2024-01-08', '2024-07-08');
    sqlite.prepare(`UPDATE staff SET end_date = '2024-03-29' WHERE works_number = '103'`).run(); // left in probation
    old.close();

    const backend = backendAt({ dir });
    expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const upgraded = backend.session.context().sqlite;
    expect((upgraded.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(shippedMigrationCount());
    expect(upgraded.prepare('SELECT staff_id, supervisor_staff_id, cadence_weeks FROM supervision_arrangements ORDER BY staff_id').all()).toEqual([
      { staff_id: 1, supervisor_staff_id: null, cadence_weeks: 6 },
      { staff_id: 2, supervisor_staff_id: null, cadence_weeks: 6 },
      { staff_id: 3, supervisor_staff_id: null, cadence_weeks: 6 },
    ]);
    expect(upgraded.prepare('SELECT staff_id, kind, on_date FROM probation_events').all()).toEqual([{ staff_id: 1, kind: 'confirmed', on_date: '2023-08-01' }]);
    expect(upgraded.pragma('foreign_key_check')).toEqual([]);

    const longServing = expectOk(await backend.invoke('supervision:person', { staffId: 1 }));
    expect(longServing.probation.state).toBe('confirmed');
    expect(longServing.probation.hasPlan).toBe(false);
    const starter = expectOk(await backend.invoke('supervision:person', { staffId: 2 }));
    expect(starter.probation.state).toBe('not-started');
    // The starter's plan is one click away, made from their dates.
    const planned = expectOk(await backend.invoke('supervision:createPlan', { staffId: 2 }));
    expect(planned.probation.hasPlan).toBe(true);
    // Ends Saturday 4 July 2099; less the week's notice is Saturday 27 June, so the final review is the Friday before.
    expect(planned.supervisions.at(-1)).toMatchObject({ planItem: 'final-review', plannedOn: '2099-06-26' });
  });
});
