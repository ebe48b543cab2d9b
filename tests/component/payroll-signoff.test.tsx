// One worker's A4 sign-off sheet: the pay table reads each line in its own unit, and lines that are a
// record rather than pay (holiday accrued, SSP qualifying days) show no rate or amount and stay out of
// the gross pay.
import { render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import type { PayrollModel, SessionLine, SummaryLine } from '../../shared/contract/payroll-model';
import { WorkerSheet, workersOf } from '../../renderer/src/features/payroll/WorkerSheet';
import { theme } from '../../renderer/src/app/theme';

const who = { staffId: 3, worksNumber: '1003', niNumber: 'QQ123456C', name: 'Cordelia Dunstable' };
const codes = { sageCode: '', brightpayCode: '', accruesHoliday: false };

const HOURS: SummaryLine = {
  ...who, ...codes, elementId: 1, elementName: 'Ward one-to-one and groups', unit: 'hours', quantity: 630, hundredths: 1050, ratePence: 1320, amountPence: 13_860,
};
const MILES: SummaryLine = {
  ...who, ...codes, elementId: 7, elementName: 'Mileage', unit: 'miles', quantity: 123, hundredths: 1230, ratePence: 45, amountPence: 554,
};
const HOLIDAY: SummaryLine = {
  ...who, ...codes, elementId: 8, elementName: 'Holiday hours accrued', unit: 'holiday-accrued', quantity: 76, hundredths: 127, ratePence: null, amountPence: 0,
};
const SSP: SummaryLine = {
  ...who, ...codes, elementId: 10, elementName: 'Statutory Sick Pay (qualifying days)', unit: 'ssp-days', quantity: 3, hundredths: 300, ratePence: null, amountPence: 0,
  sickDates: ['2026-11-09', '2026-11-10', '2026-11-12'],
};
const SESSION: SessionLine = {
  sessionId: 41, staffId: 3, worksNumber: '1003', name: 'Cordelia Dunstable', date: '2026-11-03', start: '10:00', end: '13:30', breakMinutes: 0,
  workedMinutes: 210, placeName: 'Oak Ward, Brambleford Hospital', elementName: 'Ward one-to-one and groups', ratePence: 1320, amountPence: 4620, milesTenths: 123,
};

const model = (lines: SummaryLine[], sessions: SessionLine[] = [SESSION]): PayrollModel => ({
  officeName: 'Example Peer Support', generatedAt: '2026-11-27T10:00:00.000Z', lines, sessions,
  period: { key: '2026-11', start: '2026-11-01', end: '2026-11-30', payDate: '2026-11-30', status: 'draft' },
});

function renderSheet(m: PayrollModel) {
  const [worker] = workersOf(m);
  render(<MantineProvider theme={theme}><WorkerSheet model={m} worker={worker!} sheet={1} of={1} printedOn="27/11/2026" /></MantineProvider>);
  const table = screen.getByRole('table', { name: 'Pay' });
  const cells = (name: RegExp) => within(within(table).getByText(name).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
  return { table, cells };
}

describe('the sign-off sheet’s pay', () => {
  it('reads SSP days as days, with no rate and no amount, and keeps them out of the gross pay', () => {
    const { table, cells } = renderSheet(model([HOURS, MILES, HOLIDAY, SSP]));
    const [name, quantity, rate, amount] = cells(/^Statutory Sick Pay/);
    expect(name).toBe('Statutory Sick Pay (qualifying days) (days off sick: payroll works out the Statutory Sick Pay, so it is not in the gross pay below)');
    expect([quantity, rate, amount]).toEqual(['3 days', '', '']);
    // The other units as before: hours at an hourly rate, miles at a rate a mile, holiday a record only.
    expect(cells(/^Ward one-to-one/).slice(1)).toEqual(['10.50', '£13.20 an hour', '£138.60']);
    expect(cells(/^Mileage/).slice(1)).toEqual(['12.3 miles', '£0.45 a mile', '£5.54']);
    expect(cells(/^Holiday hours accrued/).slice(1)).toEqual(['1.27', '', '']);
    expect(within(table).queryByText('£0.00')).toBeNull();
    // £138.60 + £5.54: neither the holiday record nor the SSP days add anything.
    expect(within(table).getByText(/^Gross pay/).closest('tr')!.textContent).toContain('£144.14');
  });

  it('says one day in the singular, and gives a sheet to someone off sick all period with no session', () => {
    const { cells, table } = renderSheet(model([{ ...SSP, quantity: 1, hundredths: 100, sickDates: ['2026-11-09'] }], []));
    expect(cells(/^Statutory Sick Pay/).slice(1)).toEqual(['1 day', '', '']);
    expect(screen.getByRole('region', { name: 'Timesheet for Cordelia Dunstable' })).toBeTruthy();
    expect(within(table).getByText(/^Gross pay/).closest('tr')!.textContent).toContain('£0.00');
  });
});
