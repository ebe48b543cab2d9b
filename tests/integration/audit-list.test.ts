// Reading the audit log: pages newest first, filters by days in England, area, action and record, and the
// workbook read back. Reading it writes nothing to it; exporting it is itself logged.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { addEntries, type NewAuditEntry } from '../../electron/backend/audit/log';
import { memberInput } from '../helpers/members';
import { expectOk, useOffices } from '../helpers/office';
import { expectRefused } from '../helpers/rota';
import { readWorkbook } from '../helpers/spreadsheets';

const { newOffice } = useOffices();

/** The workbook's one sheet, row by row from row 1 (empty rows kept), each as its cells from column A. */
async function sheetRows(base64: string): Promise<unknown[][]> {
  const sheet = (await readWorkbook(base64)).getWorksheet('Audit log')!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const entry = (at: string, overrides: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  at, action: 'change', area: 'members', channel: 'members:update', recordType: 'member', recordId: '1', summary: 'changed phone', by: 'the office', ...overrides,
});

/** An office whose log holds, besides its creation, entries either side of midnight in summer and winter. */
async function officeWithEntries(): Promise<Backend> {
  const { backend } = await newOffice();
  addEntries(backend.session.context().db, [
    entry('2026-06-30T22:59:59.000Z'), // 30 June 23:59 in England (BST)
    entry('2026-06-30T23:00:00.000Z', { area: 'rota', channel: 'sessions:save', recordType: 'session', recordId: '7' }), // 1 July 00:00
    entry('2026-12-01T23:59:59.000Z', { action: 'delete', recordId: '2' }), // 1 December 23:59 (GMT)
    entry('2026-12-02T00:00:00.000Z', { action: 'export', area: 'payroll', recordType: 'pay period', recordId: '2026-11' }), // 2 December 00:00
  ]);
  return backend;
}

describe('audit:list', () => {
  it('pages newest first and filters by days in England, area, action and record', async () => {
    const backend = await officeWithEntries();
    const all = expectOk(await backend.invoke('audit:list', {}));
    expect(all.total).toBe(5);
    expect(all.entries.map((e) => e.at)).toEqual([
      '2026-12-02T00:00:00.000Z', '2026-12-01T23:59:59.000Z', '2026-11-27T10:00:00.000Z', '2026-06-30T23:00:00.000Z', '2026-06-30T22:59:59.000Z',
    ]);
    const ats = async (filters: object) => expectOk(await backend.invoke('audit:list', filters)).entries.map((e) => e.at);
    expect(await ats({ from: '2026-07-01', to: '2026-07-01' })).toEqual(['2026-06-30T23:00:00.000Z']);
    expect(await ats({ to: '2026-06-30' })).toEqual(['2026-06-30T22:59:59.000Z']);
    expect(await ats({ from: '2026-12-01', to: '2026-12-01' })).toEqual(['2026-12-01T23:59:59.000Z']);
    expect(await ats({ from: '2026-12-02' })).toEqual(['2026-12-02T00:00:00.000Z']);
    expect(await ats({ area: 'rota' })).toEqual(['2026-06-30T23:00:00.000Z']);
    expect(await ats({ action: 'delete' })).toEqual(['2026-12-01T23:59:59.000Z']);
    expect(await ats({ recordType: 'pay period', record: '2026-11' })).toEqual(['2026-12-02T00:00:00.000Z']);
    expect(await ats({ record: '2026-11' })).toEqual(['2026-12-02T00:00:00.000Z']);
    expect(await ats({ area: 'members', action: 'change', from: '2026-06-01', to: '2026-06-30' })).toEqual(['2026-06-30T22:59:59.000Z']);
    expect(await ats({ area: 'staff' })).toEqual([]);
  });

  it('pages through a long log, and shows the last page for a page past the end', async () => {
    const { backend } = await newOffice();
    addEntries(backend.session.context().db, Array.from({ length: 120 }, (_, i) => entry(new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(), { recordId: String(i) })));
    const first = expectOk(await backend.invoke('audit:list', { pageSize: 50 }));
    expect([first.total, first.page, first.entries.length]).toEqual([121, 1, 50]);
    const third = expectOk(await backend.invoke('audit:list', { page: 3, pageSize: 50 }));
    expect([third.page, third.entries.length, third.entries.at(-1)!.recordId]).toEqual([3, 21, '0']);
    const pastTheEnd = expectOk(await backend.invoke('audit:list', { page: 9, pageSize: 50 }));
    expect(pastTheEnd.page).toBe(3);
    // Every entry once, in order.
    const ids = [first, expectOk(await backend.invoke('audit:list', { page: 2, pageSize: 50 })), third].flatMap((p) => p.entries.map((e) => e.id));
    expect(new Set(ids).size).toBe(121);
    // Reading is not logged.
    expect(expectOk(await backend.invoke('audit:list', {})).total).toBe(121);
  });

  it('refuses a range that ends before it starts, and filters not on the lists', async () => {
    const { backend } = await newOffice();
    expectRefused(await backend.invoke('audit:list', { from: '2026-12-02', to: '2026-12-01' }), 'VALIDATION', 'to');
    expectRefused(await backend.invoke('audit:list', { area: 'kitchen' as never }), 'VALIDATION', 'area');
    expectRefused(await backend.invoke('audit:list', { pageSize: 1000 as never }), 'VALIDATION', 'pageSize');
  });
});

describe('audit:export', () => {
  it('writes the filtered log to a workbook, newest first, with the filters said at the top, and logs the export', async () => {
    const backend = await officeWithEntries();
    expectOk(await backend.invoke('members:create', memberInput()));
    const file = expectOk(await backend.invoke('audit:export', { area: 'members' }));
    expect(file.fileName).toBe('audit-log-2026-11-27.xlsx');
    expect(file.rows).toBe(3);
    const rows = await sheetRows(file.contentBase64);
    expect(rows.slice(0, 4).map((r) => r[0])).toEqual(['Audit log', 'Quaintance Peer Support', 'Showing area: Members: 3 entries, newest first', 'Exported 27/11/2026 at 10:00']);
    expect(rows[5]).toEqual(['When (UK time)', 'What was done', 'Area', 'Record', 'What changed', 'By', 'When (UTC)', 'Request']);
    // Records as the screen names them: the member made now is person 1 (M01001); there has never been a person 2.
    expect(rows.slice(6).map((r) => [r[1], r[3], r[4], r[6]])).toEqual([
      ['Added', 'Member M01001', 'Added 1 member record and 1 role', '2026-11-27T10:00:00.000Z'],
      ['Deleted', 'Member (not in the database now)', 'Changed phone', '2026-12-01T23:59:59.000Z'],
      ['Changed', 'Member M01001', 'Changed phone', '2026-06-30T22:59:59.000Z'],
    ].sort((a, b) => b[3]!.localeCompare(a[3]!)));
    // Times as the office's clock read them: 22:59:59 UTC on 30 June was 23:59:59 in England.
    expect(rows.at(-1)![0]).toEqual(new Date(Date.UTC(2026, 5, 30, 23, 59, 59)));
    expect(rows.every((r) => !JSON.stringify(r).includes('Quaintance') || r[0] === 'Quaintance Peer Support')).toBe(true);
    const list = expectOk(await backend.invoke('audit:list', { area: 'audit' }));
    expect(list.entries.map((e) => [e.action, e.recordType, e.summary])).toEqual([['export', 'audit log', 'Excel workbook, 3 entries, filtered']]);
  });
});
