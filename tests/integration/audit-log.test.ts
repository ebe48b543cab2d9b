// The audit log against a real encrypted office: each write leaves exactly one entry naming what was done
// to which record and which fields, never a value; a refused call leaves none; the database itself
// refuses to change or remove an entry. The fake clock reads Friday 27 November 2026, 10:00 UTC.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { AuditEntry } from '../../shared/contract/audit';
import { memberInput } from '../helpers/members';
import { expectOk, useOffices } from '../helpers/office';
import { at, book, defaults, expectRefused, worker } from '../helpers/rota';

const { newOffice } = useOffices();

/** Every entry, oldest first, as stored. */
const entries = (backend: Backend): AuditEntry[] =>
  backend.session.context().sqlite.prepare('SELECT id, at, action, area, channel, record_type AS recordType, record_id AS recordId, summary, by FROM audit_log ORDER BY id').all() as AuditEntry[];

/** Runs the call and returns the entries it added. */
async function added(backend: Backend, run: () => Promise<unknown>): Promise<AuditEntry[]> {
  const before = entries(backend).length;
  await run();
  return entries(backend).slice(before);
}

// Made up for this test and nowhere else, so finding any of them in the log can only mean a leak.
const PERSONAL = {
  firstName: 'Ysolde', lastName: 'Pettifork', phone: '07700 900417', email: 'ysolde.pettifork@example.org',
  addressLine1: '14 Quillet Mews', postcode: 'BN11 3QQ', emergencyContactName: 'Ambrose Pettifork',
};
const REASON = 'Rota for Ysolde Pettifork was entered twice';

describe('each write', () => {
  it('leaves exactly one entry with its action, area and record, and none of the values', async () => {
    const { backend } = await newOffice();
    expect(entries(backend).map((e) => [e.action, e.area, e.channel])).toEqual([['create', 'office', 'office:create']]);

    const [created] = await added(backend, async () => expectOk(await backend.invoke('members:create', memberInput(PERSONAL))));
    const member = expectOk(await backend.invoke('members:search', { query: 'Pettifork' })).rows[0]!;
    expect(created).toMatchObject({ action: 'create', area: 'members', channel: 'members:create', recordType: 'member', recordId: String(member.id), by: 'the office' });
    expect(created!.summary).toBe('added 1 member record and 1 role');

    const full = expectOk(await backend.invoke('members:get', { id: member.id }));
    const changed = await added(backend, async () => expectOk(await backend.invoke('members:update', {
      id: member.id,
      member: { ...memberInput(PERSONAL), phone: '07700 900999', town: 'Lancing', roles: [...full.roles, { role: 'trustee', startedOn: '2026-11-01' }] },
    })));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ action: 'change', recordType: 'member', recordId: String(member.id) });
    // Roles are saved whole (the old rows go, the new set is written): the ones written again unchanged do not count.
    expect(changed[0]!.summary).toBe('changed town and phone; added 1 role');

    // A save that changes nothing still says it was saved.
    const same = await added(backend, async () => expectOk(await backend.invoke('members:update', {
      id: member.id, member: { ...memberInput(PERSONAL), phone: '07700 900999', town: 'Lancing', roles: [...full.roles, { role: 'trustee', startedOn: '2026-11-01' }] },
    })));
    expect(same.map((e) => [e.action, e.summary])).toEqual([['change', 'saved with no changes']]);

    const staff = expectOk(await backend.invoke('staff:save', { personId: member.id, worksNumber: 'PS900', jobRole: 'Peer supporter', contractType: 'bank', startDate: '2026-01-05', holidayScheme: 'irregular' }));
    const benefit = await added(backend, async () => expectOk(await backend.invoke('staff:setBenefitStatus', { staffId: staff.id, fromDate: '2026-04-01', kind: 'permitted-work-lower' })));
    expect(benefit).toHaveLength(1);
    expect(benefit[0]).toMatchObject({ action: 'create', area: 'staff', recordType: 'benefit status' });

    const exported = await added(backend, async () => expectOk(await backend.invoke('members:export', {})));
    expect(exported.map((e) => [e.action, e.area, e.summary])).toEqual([['export', 'members', 'Excel workbook, 1 row']]);

    // Refused (they have a staff record): nothing logged. Someone without one can go.
    const refused = await added(backend, async () => expectRefused(await backend.invoke('members:delete', { id: member.id }), 'CONFLICT'));
    expect(refused).toEqual([]);
    const other = expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Odo', lastName: 'Brimblecombe', email: '' })));
    const deleted = await added(backend, async () => expectOk(await backend.invoke('members:delete', { id: other.id })));
    expect(deleted.map((e) => [e.action, e.recordType, e.recordId, e.summary])).toEqual([['delete', 'member', String(other.id), 'removed 1 member record and 1 role']]);

    const log = JSON.stringify(entries(backend));
    for (const value of [...Object.values(PERSONAL), 'Lancing', '07700 900999', 'PS900', 'permitted-work', 'Peer supporter']) expect(log).not.toContain(value);
  });

  it('records payroll approval, export and reopening with the name given, and only the length of the reason', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba');
    await book(backend, { staffId: alba.id, date: '2026-10-05', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(12) });
    let lines = 0;
    const payroll = await added(backend, async () => {
      expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: 'Morwenna Testworth' }));
      lines = expectOk(await backend.invoke('payroll:export', { key: '2026-10', format: 'xlsx', by: 'Morwenna Testworth' })).rows;
      expectOk(await backend.invoke('payroll:reopen', { key: '2026-10', by: 'Morwenna Testworth', reason: REASON }));
    });
    expect(payroll.map((e) => [e.action, e.area, e.recordType, e.recordId, e.by])).toEqual([
      ['approve', 'payroll', 'pay period', '2026-10', 'Morwenna Testworth'],
      ['export', 'payroll', 'pay period', '2026-10', 'Morwenna Testworth'],
      ['reopen', 'payroll', 'pay period', '2026-10', 'Morwenna Testworth'],
    ]);
    expect(payroll[1]!.summary).toBe(`Excel workbook, ${lines} lines; changed status; added 1 pay period history entry`);
    expect(payroll[2]!.summary).toContain(`reason given (${REASON.length} characters)`);
    expect(JSON.stringify(entries(backend))).not.toContain('Pettifork');
  });
});

describe('a refused or failed call', () => {
  it('leaves no entry', async () => {
    const { backend } = await newOffice();
    const before = entries(backend);
    expectRefused(await backend.invoke('members:update', { id: 999, member: memberInput() }), 'NOT_FOUND');
    expectRefused(await backend.invoke('members:create', { ...memberInput(), joinedOn: 'yesterday' }), 'VALIDATION');
    expectRefused(await backend.invoke('payroll:export', { key: '2026-10', format: 'xlsx', by: 'Morwenna Testworth' }), 'CONFLICT');
    expectRefused(await backend.invoke('sessions:delete', { id: 42 }), 'NOT_FOUND');
    expect(entries(backend)).toEqual(before);
  });
});

describe('the log in the database', () => {
  it('refuses any UPDATE or DELETE, even straight in SQL', async () => {
    const { backend } = await newOffice();
    expectOk(await backend.invoke('members:create', memberInput()));
    const { sqlite } = backend.session.context();
    const before = entries(backend);
    expect(before.length).toBeGreaterThan(1);
    expect(() => sqlite.prepare(`UPDATE audit_log SET summary = 'nothing happened'`).run()).toThrow(/audit log cannot be changed/);
    expect(() => sqlite.prepare(`UPDATE audit_log SET by = 'someone else' WHERE id = 1`).run()).toThrow(/audit log cannot be changed/);
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/audit log cannot be changed/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/audit log cannot be changed/);
    // REPLACE deletes without firing DELETE triggers, and an upsert updates: both refused too.
    expect(() => sqlite.prepare(`INSERT OR REPLACE INTO audit_log (id, at, action, area, channel, by) VALUES (1, 'x', 'x', 'x', 'x', 'x')`).run()).toThrow(/audit log cannot be changed/);
    expect(() => sqlite.prepare(`INSERT INTO audit_log (id, at, action, area, channel, by) VALUES (1, 'x', 'x', 'x', 'x', 'x') ON CONFLICT (id) DO UPDATE SET summary = 'x'`).run()).toThrow(/audit log cannot be changed/);
    expect(entries(backend)).toEqual(before);
  });
});
