// The records the audit log names, as the office knows them: the log keeps internal numbers, the screen
// shows membership and works numbers, pay periods and names of places, looked up when it is read (never
// stored), and says when a record is no longer there. The "Record" filter takes what the screen shows.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { AuditFilters, ListedAuditEntry } from '../../shared/contract/audit';
import { memberInput } from '../helpers/members';
import { expectOk, useOffices } from '../helpers/office';
import { at, book, defaults, worker } from '../helpers/rota';
import { readWorkbook } from '../helpers/spreadsheets';

const { newOffice } = useOffices();

const listed = async (backend: Backend, filters: Partial<AuditFilters> = {}): Promise<ListedAuditEntry[]> =>
  expectOk(await backend.invoke('audit:list', { ...filters, pageSize: 100 })).entries;
const shown = (entries: ListedAuditEntry[]) => entries.map((e) => [e.channel, e.record.words, e.record.personId, e.record.gone]).reverse();

/** Alba (M01001, PS001) with a pay rate and a session, Bryony (M01002, works number 1001), a member deleted, a place and an approved period. */
async function officeWithRecords() {
  const { backend } = await newOffice();
  const { officeId, groupId } = await defaults(backend);
  const alba = await worker(backend, 'Alba');
  // Bryony's works number is bare digits, as some payroll systems have them: the same digits as Alba's membership number.
  const bryony = await worker(backend, 'Bryony', { staff: { worksNumber: '1001' }, rates: [{ from: '2026-02-02', pence: 1350 }] });
  await book(backend, { staffId: alba.id, date: '2026-10-05', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(12) });
  const odo = expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Odo', lastName: 'Brimblecombe', email: '' })));
  expectOk(await backend.invoke('members:delete', { id: odo.id }));
  expectOk(await backend.invoke('places:save', { name: 'Oaklands Ward', site: 'Swandean', kind: 'ward' }));
  expectOk(await backend.invoke('payroll:approve', { key: '2026-10', by: 'Morwenna Testworth' }));
  return { backend, alba, bryony };
}

describe('the record an entry names', () => {
  it('is shown by its membership or works number, pay period or name, with the member’s page, and said to be gone once deleted', async () => {
    const { backend, alba, bryony } = await officeWithRecords();
    expect(shown(await listed(backend))).toEqual([
      ['office:create', 'office', null, false],
      ['members:create', 'member M01001', alba.personId, false],
      ['staff:save', 'staff record, works number PS001', alba.personId, false],
      ['staff:addRate', 'pay rate, works number PS001', alba.personId, false],
      ['members:create', 'member M01002', bryony.personId, false],
      ['staff:save', 'staff record, works number 1001', bryony.personId, false],
      ['staff:addRate', 'pay rate, works number 1001', bryony.personId, false],
      ['sessions:save', 'session, works number PS001', alba.personId, false],
      ['members:create', 'member (not in the database now)', null, true],
      ['members:delete', 'member (not in the database now)', null, true],
      ['places:save', 'place Oaklands Ward', null, false],
      ['payroll:approve', 'pay period 2026-10', null, false],
    ]);
    // Looked up, never stored: the log itself holds only the internal numbers.
    const stored = JSON.stringify(backend.session.context().sqlite.prepare('SELECT * FROM audit_log').all());
    for (const shownOnly of ['M01001', 'PS001', 'Oaklands']) expect(stored).not.toContain(shownOnly);
  });
});

describe('the Record filter', () => {
  it('takes a membership number or a works number, in any form the screen shows, and finds everything of that person’s', async () => {
    const { backend } = await officeWithRecords();
    const albas = ['members:create', 'staff:save', 'staff:addRate', 'sessions:save'];
    for (const typed of ['M01001', 'm1001', 'M1001', 'PS001', 'ps001', ' PS001 ']) {
      expect((await listed(backend, { record: typed })).map((e) => e.channel).reverse(), typed).toEqual(albas);
    }
    // Digits that are someone's works number mean that person, as typed for payroll; with an M, the membership number.
    expect((await listed(backend, { record: '1001' })).map((e) => e.record.words).reverse()).toEqual(['member M01002', 'staff record, works number 1001', 'pay rate, works number 1001']);
    // With a kind of record: only those of that person.
    expect((await listed(backend, { record: '1001', recordType: 'pay rate' })).map((e) => e.record.words)).toEqual(['pay rate, works number 1001']);
    expect((await listed(backend, { record: '2026-10' })).map((e) => e.channel)).toEqual(['payroll:approve']);
    // A number nobody has finds nothing, rather than everything.
    const none = expectOk(await backend.invoke('audit:list', { record: 'M09999' }));
    expect([none.total, none.entries]).toEqual([0, []]);
    expect(expectOk(await backend.invoke('audit:list', { record: 'PS999' })).total).toBe(0);
  });

  it('exports what it finds, saying the filter at the top', async () => {
    const { backend } = await officeWithRecords();
    const file = expectOk(await backend.invoke('audit:export', { record: 'PS001' }));
    expect(file.rows).toBe(4);
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Audit log')!;
    expect(sheet.getCell('A3').value).toBe('Showing record: PS001: 4 entries, newest first');
    expect([7, 8, 9, 10].map((r) => sheet.getCell(r, 4).value)).toEqual(['Session, works number PS001', 'Pay rate, works number PS001', 'Staff record, works number PS001', 'Member M01001']);
  });
});
