// The payroll calculation (payroll:model) against a real encrypted office: hours rounded once per line,
// a rise mid-period, 12.07% holiday accrual and rolled-up holiday pay, mileage across the 10,000-mile
// band and the tax year, and only worked sessions paid. The fake clock reads 27 November 2026 unless
// a test sets another.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { SummaryLine } from '../../shared/contract/payroll-model';
import { at, book, defaults, elementId, worker } from '../helpers/rota';
import { expectOk, FakeClock, useOffices } from '../helpers/office';

const { newOffice } = useOffices();

const model = async (backend: Backend, key: string) => expectOk(await backend.invoke('payroll:model', { key }));
/** The parts of a line the calculation decides. */
const pay = (l: SummaryLine) => ({ element: l.elementName, unit: l.unit, quantity: l.quantity, hundredths: l.hundredths, rate: l.ratePence, amount: l.amountPence });

describe('the payroll calculation', () => {
  it('rounds hours once, on the line: three 20-minute sessions are 1.00 hour', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const cora = await worker(backend, 'Cora', { staff: { holidayScheme: 'fixed', worksNumber: '7' }, rates: [{ from: '2026-01-05', pence: 1271 }] });
    for (const date of ['2026-10-05', '2026-10-06', '2026-10-07']) {
      await book(backend, { staffId: cora.id, date, placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(9, 20) });
    }
    const m = await model(backend, '2026-10');
    expect(m).toMatchObject({ officeName: 'Quaintance Peer Support', generatedAt: '2026-11-27T10:00:00.000Z', period: { key: '2026-10', status: 'draft' } });
    expect(m.lines).toEqual([{
      staffId: cora.id, worksNumber: '7', niNumber: '', name: 'Cora Testworth', elementId: groupId, elementName: 'Wellbeing group', unit: 'hours',
      quantity: 60, hundredths: 100, ratePence: 1271, amountPence: 1271, sageCode: '', brightpayCode: '', accruesHoliday: false,
    }]);
    // Each session is shown to the penny for reading; the summary line is what is paid.
    expect(m.sessions.map((s) => [s.date, s.start, s.end, s.workedMinutes, s.ratePence, s.amountPence])).toEqual([
      ['2026-10-05', '09:00', '09:20', 20, 1271, 424], ['2026-10-06', '09:00', '09:20', 20, 1271, 424], ['2026-10-07', '09:00', '09:20', 20, 1271, 424],
    ]);
    expect(expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).totalPence).toBe(1271);
  });

  it('pays a rise mid-period as a second line, and each activity on its own line', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const training = await elementId(backend, 'Training delivery');
    const cora = await worker(backend, 'Cora', { staff: { holidayScheme: 'fixed' }, rates: [{ from: '2026-01-05', pence: 1271 }, { from: '2026-10-15', pence: 1300 }] });
    await book(backend, { staffId: cora.id, date: '2026-10-05', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(11) });
    await book(backend, { staffId: cora.id, date: '2026-10-20', placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(12) });
    await book(backend, { staffId: cora.id, date: '2026-10-21', placeId: officeId, elementId: training, startMinutes: at(9), endMinutes: at(10, 10) });
    expect((await model(backend, '2026-10')).lines.map(pay)).toEqual([
      { element: 'Wellbeing group', unit: 'hours', quantity: 120, hundredths: 200, rate: 1271, amount: 2542 },
      { element: 'Wellbeing group', unit: 'hours', quantity: 180, hundredths: 300, rate: 1300, amount: 3900 },
      { element: 'Training delivery', unit: 'hours', quantity: 70, hundredths: 117, rate: 1300, amount: 1521 }, // 1.17 x £13.00
    ]);
  });

  it('accrues 12.07% holiday for irregular hours, pays rolled-up holiday instead where agreed, and neither for fixed holiday', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba', { staff: { worksNumber: '1' } });
    const bryn = await worker(backend, 'Bryn', { staff: { worksNumber: '2', rolledUpHoliday: true } });
    const cora = await worker(backend, 'Cora', { staff: { worksNumber: '3', holidayScheme: 'fixed' } });
    for (const person of [alba, bryn, cora]) {
      for (const date of ['2026-10-05', '2026-10-06']) await book(backend, { staffId: person.id, date, placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(14) });
    }
    const lines = (await model(backend, '2026-10')).lines;
    expect(lines.map((l) => [l.worksNumber, l.unit, l.quantity, l.hundredths, l.ratePence, l.amountPence, l.accruesHoliday, l.elementName])).toEqual([
      // 10 hours: 600 x 12.07% = 72.42 minutes, rounded once to 72 (1.20 hours); information, not pay.
      ['1', 'hours', 600, 1000, 1300, 13000, true, 'Wellbeing group'],
      ['1', 'holiday-accrued', 72, 120, null, 0, false, 'Holiday hours accrued'],
      // £130.00 x 12.07% = £15.691, paid as £15.69: one payment of the sum.
      ['2', 'hours', 600, 1000, 1300, 13000, false, 'Wellbeing group'],
      ['2', 'amount', 0, 100, 1569, 1569, false, 'Rolled-up holiday pay'],
      ['3', 'hours', 600, 1000, 1300, 13000, false, 'Wellbeing group'],
    ]);
    expect(expectOk(await backend.invoke('payroll:period', { key: '2026-10' })).totalPence).toBe(3 * 13000 + 1569);
  });

  it('pays mileage at 45p to 10,000 miles in the tax year, then 25p, counting miles of earlier periods', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const dewi = await worker(backend, 'Dewi', { staff: { holidayScheme: 'fixed' } });
    const trip = (date: string, milesTenths: number) => book(backend, { staffId: dewi.id, date, placeId: officeId, elementId: groupId, milesTenths });
    await trip('2026-04-02', 10_000); // the tax year before: does not count
    await trip('2026-04-05', 10_000);
    await tripsOf(trip, ['2026-05-04', '2026-05-11', '2026-05-18', '2026-06-01', '2026-06-08', '2026-06-15', '2026-07-06', '2026-07-13', '2026-07-20'], 10_000);
    await trip('2026-09-07', 9_950); // 9,995 miles this tax year so far
    expectOk(await backend.invoke('payroll:approve', { key: '2026-09', by: 'Morwenna Testworth' }));
    expectOk(await backend.invoke('payroll:export', { key: '2026-09', format: 'xlsx', by: 'Morwenna Testworth' }));
    await trip('2026-10-05', 100); // 5 miles left in the band, 5 after
    await trip('2026-10-06', 200);
    const miles = (await model(backend, '2026-10')).lines.filter((l) => l.unit === 'miles').map(pay);
    expect(miles).toEqual([
      { element: 'Mileage', unit: 'miles', quantity: 250, hundredths: 2500, rate: 25, amount: 625 },
      { element: 'Mileage', unit: 'miles', quantity: 50, hundredths: 500, rate: 45, amount: 225 },
    ]);
    // September itself, before the band ran out: all at 45p.
    expect((await model(backend, '2026-09')).lines.filter((l) => l.unit === 'miles').map(pay)).toEqual([
      { element: 'Mileage', unit: 'miles', quantity: 9950, hundredths: 99500, rate: 45, amount: 44775 },
    ]);
  });

  it('starts the mileage band again on 6 April, inside one pay period', async () => {
    const { backend } = await newOffice({ clock: new FakeClock(Date.parse('2027-05-10T09:00:00Z')) });
    const { officeId, groupId } = await defaults(backend);
    const dewi = await worker(backend, 'Dewi', { staff: { holidayScheme: 'fixed' } });
    const trip = (date: string, milesTenths: number) => book(backend, { staffId: dewi.id, date, placeId: officeId, elementId: groupId, milesTenths });
    await tripsOf(trip, ['2026-05-04', '2026-06-01', '2026-07-06', '2026-08-03', '2026-09-07', '2026-10-05', '2026-11-02', '2026-12-07', '2027-01-04'], 10_000);
    await trip('2027-02-01', 9_950);
    await trip('2027-04-02', 100); // tax year 2026-27: 5 miles at 45p, 5 at 25p
    await trip('2027-04-07', 200); // tax year 2027-28: a fresh band
    expect((await model(backend, '2027-04')).lines.filter((l) => l.unit === 'miles').map(pay)).toEqual([
      { element: 'Mileage', unit: 'miles', quantity: 50, hundredths: 500, rate: 25, amount: 125 },
      { element: 'Mileage', unit: 'miles', quantity: 250, hundredths: 2500, rate: 45, amount: 1125 },
    ]);
  });

  it('pays worked sessions only: cancelled and planned ones are counted but not paid', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const alba = await worker(backend, 'Alba', { staff: { holidayScheme: 'fixed' } });
    const on = (date: string, more = {}) => ({ staffId: alba.id, date, placeId: officeId, elementId: groupId, milesTenths: 50, ...more });
    const worked = (await book(backend, on('2026-11-02', { startMinutes: at(22), endMinutes: at(6) }))).session;
    await book(backend, on('2026-11-03', { status: 'cancelled', cancelledAt: '2026-11-02T18:00' }));
    await book(backend, on('2026-11-04', { status: 'planned' }));
    await book(backend, on('2026-11-30', { status: 'planned' }));
    const m = await model(backend, '2026-11');
    expect(m.lines.map(pay)).toEqual([
      { element: 'Wellbeing group', unit: 'hours', quantity: 480, hundredths: 800, rate: 1300, amount: 10400 },
      { element: 'Mileage', unit: 'miles', quantity: 50, hundredths: 500, rate: 45, amount: 225 },
    ]);
    expect(m.sessions).toEqual([{
      sessionId: worked.id, staffId: alba.id, worksNumber: alba.worksNumber, name: 'Alba Testworth', date: '2026-11-02', start: '22:00', end: '06:00',
      breakMinutes: 0, workedMinutes: 480, placeName: 'Office', elementName: 'Wellbeing group', ratePence: 1300, amountPence: 10400, milesTenths: 50,
    }]);
    expect(expectOk(await backend.invoke('payroll:period', { key: '2026-11' }))).toMatchObject({ workedSessions: 1, plannedSessions: 2, workedMinutes: 480, totalPence: 10625 });
  });
});

/** The same trip on each date, one after another (the booking calls must not overlap). */
async function tripsOf(trip: (date: string, tenths: number) => Promise<unknown>, dates: string[], tenths: number): Promise<void> {
  for (const date of dates) await trip(date, tenths);
}
