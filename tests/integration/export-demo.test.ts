// Export to .xlsx (the list as the office sees it) and the demo office's synthetic register.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Backend } from '../../electron/backend/backend';
import { REGISTER } from '../helpers/members';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';
import { readWorkbook } from '../helpers/spreadsheets';

const { newOffice, backendAt, tempDir } = useOffices();

describe('export', () => {
  it('writes a workbook with a header row and the filtered rows in the list’s order', async () => {
    const { backend } = await newOffice();
    for (const m of REGISTER) expectOk(await backend.invoke('members:create', m));
    const file = expectOk(await backend.invoke('members:export', { status: 'active', sort: 'joinedOn', direction: 'desc' }));
    expect(file).toMatchObject({ fileName: 'members-2026-11-27.xlsx', rows: 2 });

    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Members')!;
    expect(sheet.rowCount).toBe(3);
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1) as string[];
    expect(header).toEqual([
      'Member number', 'Name', 'First name', 'Last name', 'Pronouns', 'Status', 'Current roles', 'Locality', 'Address', 'Address line 2',
      'Town', 'Postcode', 'Phone', 'Email', 'Happy to be contacted by', 'Consent given on', 'Joined', 'Left',
    ]);
    const cell = (row: number, column: string) => sheet.getRow(row).getCell(header.indexOf(column) + 1).value;
    expect(['Member number', 'Name', 'Status', 'Current roles', 'Locality', 'Postcode', 'Phone', 'Email'].map((c) => cell(2, c))).toEqual([
      'M01001', 'Zebedee Quaintance', 'Active', 'member, peer supporter', 'Worthing', 'BN11 1AA', '07700 900123', 'zebedee.quaintance@example.org',
    ]);
    const joined = sheet.getRow(2).getCell(header.indexOf('Joined') + 1);
    expect(joined.value).toBeInstanceOf(Date);
    expect((joined.value as Date).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(joined.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getRow(3).getCell(2).value).toBe('Ottoline Fairweather');
  });

  it('exports a search with no matches as a header row alone', async () => {
    const { backend } = await newOffice();
    const file = expectOk(await backend.invoke('members:export', { query: 'nobody by this name' }));
    expect(file.rows).toBe(0);
    expect((await readWorkbook(file.contentBase64)).getWorksheet('Members')!.rowCount).toBe(1);
  });
});

async function demoOffice(): Promise<Backend> {
  const backend = backendAt({ dir: tempDir() });
  expect(expectOk(await backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }))).toEqual({
    state: 'unlocked', officeName: 'Demo Peer Support Office', isDemo: true,
  });
  return backend;
}

describe('the demo office', () => {
  it('holds 300 synthetic members, the same ones every time', async () => {
    const [a, b] = [await demoOffice(), await demoOffice()];
    const listA = expectOk(await a.invoke('members:search', { sort: 'memberNumber' }));
    const listB = expectOk(await b.invoke('members:search', { sort: 'memberNumber' }));
    expect(listA.total).toBe(300);
    expect(listA.counts.all).toBe(300);
    expect(listA.rows.map((r) => r.name)).toEqual(listB.rows.map((r) => r.name));
    expect(listA.rows.map((r) => r.postcode)).toEqual(listB.rows.map((r) => r.postcode));
    expect(listA.rows[0]!.memberNumber).toBe(1001);
    expect(new Set(listA.rows.map((r) => r.status))).toEqual(new Set(['active', 'lapsed', 'left']));
  });

  it('can reach nobody: example.org emails, drama-range phone numbers only', async () => {
    const backend = await demoOffice();
    const { rows } = expectOk(await backend.invoke('members:search', {}));
    for (const row of rows) {
      if (row.email) expect(row.email).toMatch(/@example\.org$/);
      if (row.phone) expect(row.phone).toMatch(/^07700 900\d{3}$/);
    }
    for (const { id } of rows) {
      const m = expectOk(await backend.invoke('members:get', { id }));
      if (m.emergencyContactPhone) expect(m.emergencyContactPhone).toMatch(/^01632 960\d{3}$/);
      expect(m.phone === '' || m.phone.startsWith('07700 900')).toBe(true);
    }
    expect(rows.some((r) => r.email) && rows.some((r) => r.phone)).toBe(true);
  });

  it('passes the same rules as anyone typed in, with current roles consistent with status', async () => {
    const backend = await demoOffice();
    const { rows } = expectOk(await backend.invoke('members:search', { status: 'left' }));
    expect(rows.length).toBeGreaterThan(0);
    for (const { id } of rows) {
      const m = expectOk(await backend.invoke('members:get', { id }));
      expect(m.leftOn >= m.joinedOn).toBe(true);
      expect(m.roles.every((r) => r.endedOn !== '')).toBe(true);
    }
    const { sqlite } = backend.session.context();
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});
