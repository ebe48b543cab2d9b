// Importing an office's own spreadsheet: column suggestions, every row's problems, likely duplicates,
// then all or nothing.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { memberInput } from '../helpers/members';
import { expectOk, useOffices } from '../helpers/office';
import { csvFile, xlsxFile, type Cell } from '../helpers/spreadsheets';

const { newOffice } = useOffices();

const HEADER: Cell[] = ['First name', 'Surname', 'Postcode', 'Phone', 'Email', 'Date joined', 'Status', 'Locality', 'Notes', 'Date left'];
const OTTOLINE: Cell[] = ['Ottoline', 'Fairweather', 'PO19 1AA', '07700 900321', 'ottoline@example.org', '14/02/2021', 'active', 'chichester', '', ''];
const BARNABY_BAD: Cell[] = ['Barnaby', 'Quill', 'XX1', '07700 900789', '', '31/02/2024', 'left', 'Horsham', '', ''];
const BARNABY_FIXED: Cell[] = ['Barnaby', 'Quill', 'RH12 1AB', '07700 900789', '', new Date(Date.UTC(2015, 8, 1)), 'left', 'Horsham', '', '30/06/2022'];
const ZEBEDEE_AGAIN: Cell[] = ['zebedee', 'QUAINTANCE', 'bn111aa', '', '', '01/03/2024', '', 'Worthing', 'already on the register', ''];
const PIP: Cell[] = ['Philippa', 'Ormerod-Strand', 'BN12 4ZZ', '', 'pip.ormerod@example.org', '20/05/2019', 'lapsed', 'Worthing', '', ''];
const PIP_AGAIN: Cell[] = ['Pip', 'Ormerod', '', '', 'Pip.Ormerod@example.org', '', '', '', 'same email as the row above', ''];

async function peopleCount(backend: Backend): Promise<number> {
  return expectOk(await backend.invoke('members:search', {})).counts.all;
}

async function officeWithZebedee() {
  const office = await newOffice();
  expectOk(await office.backend.invoke('members:create', memberInput()));
  return office;
}

describe('import preview', () => {
  it('suggests which column fills which field from the headers', async () => {
    const { backend } = await officeWithZebedee();
    const preview = expectOk(await backend.invoke('members:importPreview', await xlsxFile([HEADER, OTTOLINE])));
    expect(preview.columns).toEqual(HEADER);
    expect(preview.mapping).toEqual({ firstName: 0, lastName: 1, postcode: 2, phone: 3, email: 4, joinedOn: 5, status: 6, locality: 7, leftOn: 9 });
    expect(preview.rows[0]).toMatchObject({ rowNumber: 2, errors: [], duplicateOf: null, values: { firstName: 'Ottoline', joinedOn: '14/02/2021' } });
  });

  it('shows each row’s problems, duplicates of people already on the register and repeats within the file', async () => {
    const { backend } = await officeWithZebedee();
    const preview = expectOk(await backend.invoke('members:importPreview', await xlsxFile([HEADER, OTTOLINE, BARNABY_BAD, ZEBEDEE_AGAIN, PIP, PIP_AGAIN])));
    const [ottoline, barnaby, zebedee, pip, pipAgain] = preview.rows;
    expect(ottoline!.errors).toEqual([]);
    expect(barnaby!.errors.map((e) => e.field).sort()).toEqual(['joinedOn', 'leftOn', 'postcode']);
    expect(barnaby!.errors.find((e) => e.field === 'joinedOn')!.message).toMatch(/"31\/02\/2024" is not a date/);
    expect(barnaby!.errors.find((e) => e.field === 'postcode')!.message).toMatch(/like BN11 1AA/);
    expect(zebedee).toMatchObject({ errors: [], duplicateOf: { memberNumber: 1001, name: 'Zebedee Quaintance' } });
    expect(pip!.errors).toEqual([]);
    // A blank in the "Date joined" column is asked for, not guessed.
    expect(pipAgain!.errors).toEqual([
      { field: 'joinedOn', message: 'Enter the date they joined, like 27/11/2026' },
      { field: 'row', message: 'Same person as row 5 (same email)' },
    ]);
    expect(preview.summary).toEqual({ rows: 5, withErrors: 2, duplicates: 1, toImport: 2 });
  });

  it('says when the file has no join dates or roles, and what will be recorded instead', async () => {
    const { backend } = await newOffice();
    const preview = expectOk(await backend.invoke('members:importPreview', await xlsxFile([['First name', 'Last name'], ['Ottoline', 'Fairweather']])));
    expect(preview.rows[0]!.errors).toEqual([]);
    expect(preview.notices).toEqual([
      'No column is chosen for the date people joined, so everyone will be recorded as joining today (27/11/2026). Choose the column if your file has one.',
      'No column is chosen for roles, so everyone will be recorded as a member.',
    ]);
    const withDates = expectOk(await backend.invoke('members:importPreview', await xlsxFile([HEADER, OTTOLINE])));
    expect(withDates.notices).toEqual(['No column is chosen for roles, so everyone will be recorded as a member.']);
  });

  it('names values that are not on the office’s lists or are not roles', async () => {
    const { backend } = await newOffice();
    const file = await xlsxFile([['First name', 'Last name', 'Locality', 'Roles', 'Involvement'], ['Ottoline', 'Fairweather', 'Atlantis', 'member; wizard', 'Training, Knitting']]);
    const [row] = expectOk(await backend.invoke('members:importPreview', file)).rows;
    expect(row!.errors.map((e) => e.field).sort()).toEqual(['involvements', 'locality', 'roles']);
    expect(row!.errors.find((e) => e.field === 'roles')!.message).toMatch(/^wizard: not a role/);
  });

  it('asks for the name columns when it cannot find them', async () => {
    const { backend } = await newOffice();
    const r = await backend.invoke('members:importPreview', csvFile('Who,Where\nOttoline Fairweather,PO19 1AA\n'));
    expect(r.ok || r.error.code).toBe('VALIDATION');
    if (!r.ok) expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['mapping.firstName', 'mapping.lastName']);
  });

  it('follows a mapping the person chose, and refuses a column that is not there', async () => {
    const { backend } = await newOffice();
    const file = csvFile('Col A,Col B\nFairweather,Ottoline\n');
    const [row] = expectOk(await backend.invoke('members:importPreview', { ...file, mapping: { firstName: 1, lastName: 0 } })).rows;
    expect(row!.values).toEqual({ firstName: 'Ottoline', lastName: 'Fairweather' });
    const r = await backend.invoke('members:importPreview', { ...file, mapping: { firstName: 1, lastName: 7 } });
    expect(r.ok || r.error.fields).toHaveProperty(['mapping.lastName']);
  });

  it('says plainly when a file cannot be read', async () => {
    const { backend } = await newOffice();
    const r = await backend.invoke('members:importPreview', { fileName: 'members.xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') });
    expect(r.ok || r.error.code).toBe('VALIDATION');
    if (!r.ok) expect(r.error.message).toMatch(/could not be read/);
  });
});

describe('import commit', () => {
  it('adds nobody when any row has a problem', async () => {
    const { backend } = await officeWithZebedee();
    const before = await peopleCount(backend);
    const r = await backend.invoke('members:importCommit', await xlsxFile([HEADER, OTTOLINE, BARNABY_BAD, PIP]));
    expect(r.ok || r.error.code).toBe('VALIDATION');
    if (!r.ok) expect(r.error.message).toMatch(/1 row has a problem, so nothing was imported/);
    expect(await peopleCount(backend)).toBe(before);
  });

  it('imports the corrected file whole, leaving out people already on the register', async () => {
    const { backend } = await officeWithZebedee();
    const file = await xlsxFile([HEADER, OTTOLINE, BARNABY_FIXED, ZEBEDEE_AGAIN, PIP]);
    expect(expectOk(await backend.invoke('members:importCommit', file))).toEqual({ imported: 3, skippedDuplicates: 1 });
    expect(await peopleCount(backend)).toBe(4);

    const { rows } = expectOk(await backend.invoke('members:search', { sort: 'memberNumber' }));
    expect(rows.map((r) => [r.memberNumber, r.name, r.postcode, r.locality, r.status, r.joinedOn])).toEqual([
      [1001, 'Zebedee Quaintance', 'BN11 1AA', 'Worthing', 'active', '2024-03-01'],
      [1002, 'Ottoline Fairweather', 'PO19 1AA', 'Chichester', 'active', '2021-02-14'],
      [1003, 'Barnaby Quill', 'RH12 1AB', 'Horsham', 'left', '2015-09-01'],
      [1004, 'Philippa Ormerod-Strand', 'BN12 4ZZ', 'Worthing', 'lapsed', '2019-05-20'],
    ]);
    const barnaby = expectOk(await backend.invoke('members:get', { id: rows[2]!.id }));
    expect(barnaby).toMatchObject({ leftOn: '2022-06-30', roles: [{ role: 'member', startedOn: '2015-09-01', endedOn: '2022-06-30' }] });
  });

  it('imports a duplicate too when asked not to skip them', async () => {
    const { backend } = await officeWithZebedee();
    const r = expectOk(await backend.invoke('members:importCommit', { ...(await xlsxFile([HEADER, ZEBEDEE_AGAIN])), skipDuplicates: false }));
    expect(r).toEqual({ imported: 1, skippedDuplicates: 0 });
    expect(await peopleCount(backend)).toBe(2);
  });

  it('says so when there is nobody new in the file', async () => {
    const { backend } = await officeWithZebedee();
    const r = await backend.invoke('members:importCommit', await xlsxFile([HEADER, ZEBEDEE_AGAIN]));
    expect(r.ok || r.error.message).toMatch(/nobody new/);
  });

  it('keeps a CSV’s values as typed: leading zeros, UK dates, a byte-order mark', async () => {
    const { backend } = await newOffice();
    const csv = '\uFEFFFirst name,Last name,Phone,Date joined,Member number\nZebedee,Quaintance,07700900123,01/02/2020,M00042\nOttoline,Fairweather,01243 869662,2021-02-14,\n';
    const preview = expectOk(await backend.invoke('members:importPreview', csvFile(csv)));
    expect(preview.rows.map((r) => r.values.phone)).toEqual(['07700900123', '01243 869662']);
    expect(expectOk(await backend.invoke('members:importCommit', csvFile(csv)))).toEqual({ imported: 2, skippedDuplicates: 0 });
    const { rows } = expectOk(await backend.invoke('members:search', { sort: 'memberNumber' }));
    // Numbers handed out automatically start at 1001, as for people added by hand.
    expect(rows.map((r) => [r.memberNumber, r.phone, r.joinedOn])).toEqual([[42, '07700 900123', '2020-02-01'], [1001, '01243 869662', '2021-02-14']]);
  });

  it('keeps the member numbers a file brings, whatever order its rows are in', async () => {
    const { backend } = await newOffice();
    const csv = 'First name,Last name,Member number\nOttoline,Fairweather,\nZebedee,Quaintance,M01001\nBarnaby,Quill,1002\n';
    expect(expectOk(await backend.invoke('members:importCommit', csvFile(csv)))).toEqual({ imported: 3, skippedDuplicates: 0 });
    const { rows } = expectOk(await backend.invoke('members:search', { sort: 'memberNumber' }));
    expect(rows.map((r) => [r.memberNumber, r.name])).toEqual([[1001, 'Zebedee Quaintance'], [1002, 'Barnaby Quill'], [1003, 'Ottoline Fairweather']]);
  });

  it('treats a member number already on the register as a duplicate', async () => {
    const { backend } = await officeWithZebedee();
    const [row] = expectOk(await backend.invoke('members:importPreview', csvFile('First name,Last name,Member number\nOttoline,Fairweather,M01001\n'))).rows;
    expect(row!.duplicateOf).toEqual({ memberNumber: 1001, name: 'Zebedee Quaintance' });
  });
});
