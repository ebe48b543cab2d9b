// The weekly statement as a person reads it: which sessions it counts, a week still under way marked on
// its row, and the dates it starts with (the last thirteen complete weeks).
import { render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import type { StatementWeek, WeeklyStatement } from '../../shared/contract/payroll-model';
import { defaultStatementDates } from '../../renderer/src/features/payroll/StatementPage';
import { SSP_NOTE, StatementTable, weekNotOverWords } from '../../renderer/src/features/payroll/StatementTable';
import { SSP_NOTE as WORKBOOK_SSP_NOTE } from '../../electron/backend/payroll/statement-workbook';
import { theme } from '../../renderer/src/app/theme';

const week = (weekStart: string, weekEnd: string, minutes: number): StatementWeek => ({
  weekStart, weekEnd, sessions: minutes ? 3 : 0, minutes, pence: minutes * 21, averageMinutes: null, averagePence: null, overHours: false, overEarnings: false,
});

const STATEMENT: WeeklyStatement = {
  officeName: 'Example Peer Support', name: 'Cordelia Dunstable', worksNumber: '1003', from: '2026-11-09', to: '2026-11-29',
  permittedWork: 'Permitted work (higher limit)', totalMinutes: 2250, totalPence: 47_250, weeksOverLimit: 0, generatedAt: '2026-11-27T12:00:00.000Z',
  weeks: [week('2026-11-09', '2026-11-15', 900), week('2026-11-16', '2026-11-22', 630), week('2026-11-23', '2026-11-29', 720)],
};

describe('the weekly statement', () => {
  it('starts at the last thirteen complete weeks: Monday thirteen weeks ago to last Sunday', () => {
    expect(defaultStatementDates('2026-11-27')).toEqual({ from: '2026-08-24', to: '2026-11-22' });
    // On a Monday, the week just begun is not complete: it ends the day before.
    expect(defaultStatementDates('2026-11-23')).toEqual({ from: '2026-08-24', to: '2026-11-22' });
    expect(defaultStatementDates('2026-11-29')).toEqual({ from: '2026-08-24', to: '2026-11-22' });
  });

  it('marks the week still under way (Sunday included) and a week to come, and no other', () => {
    expect(weekNotOverWords({ weekStart: '2026-11-23', weekEnd: '2026-11-29' }, '2026-11-29')).toBe('week not finished');
    expect(weekNotOverWords({ weekStart: '2026-11-23', weekEnd: '2026-11-29' }, '2026-11-23')).toBe('week not finished');
    expect(weekNotOverWords({ weekStart: '2026-11-30', weekEnd: '2026-12-06' }, '2026-11-29')).toBe('week not started');
    expect(weekNotOverWords({ weekStart: '2026-11-16', weekEnd: '2026-11-22' }, '2026-11-23')).toBe('');
  });

  it('says it counts only sessions marked worked, and marks the row of the week not finished', () => {
    render(<MantineProvider theme={theme}><StatementTable statement={STATEMENT} today="2026-11-27" /></MantineProvider>);
    const table = screen.getByRole('table', { name: 'Weekly hours and earnings' });
    const rows = within(table).getAllByRole('row').slice(1, 4);
    expect(rows.map((r) => r.textContent?.includes('week not finished'))).toEqual([false, false, true]);
    expect(screen.getAllByTestId('week-not-over')).toHaveLength(1);
    expect(screen.getByTestId('statement').textContent).toContain('Only sessions marked worked on the rota are counted: planned sessions are not.');
    expect(screen.getByText('Printed on 27/11/2026')).toBeTruthy();
    // No week off sick: no SSP column and no SSP note.
    expect(within(table).queryByRole('columnheader', { name: 'SSP qualifying days' })).toBeNull();
    expect(screen.queryByTestId('ssp-note')).toBeNull();
  });

  it('shows the SSP qualifying days of each week when some week has them, and says SSP is not in the gross pay', () => {
    const sick: WeeklyStatement = { ...STATEMENT, weeks: [{ ...STATEMENT.weeks[0]!, sspDays: 0 }, { ...STATEMENT.weeks[1]!, sspDays: 2 }, { ...STATEMENT.weeks[2]!, sspDays: 3 }] };
    render(<MantineProvider theme={theme}><StatementTable statement={sick} today="2026-11-27" /></MantineProvider>);
    const table = screen.getByRole('table', { name: 'Weekly hours and earnings' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    // Where the workbook puts it: after the averages, before the permitted-work column.
    expect(headers.slice(-2)).toEqual(['SSP qualifying days', 'Over the limit?']);
    const column = headers.indexOf('SSP qualifying days');
    const rows = within(table).getAllByRole('row').slice(1, 4);
    // 0, not empty, for the week with none: it was looked at.
    expect(rows.map((r) => within(r).getAllByRole('cell')[column]!.textContent)).toEqual(['0', '2', '3']);
    expect(screen.getByTestId('statement-total-ssp-days').textContent).toBe('5');
    // SSP is not in the pay: the totals are the sessions' alone.
    expect(screen.getByTestId('statement-total-pay').textContent).toBe('£472.50');
    expect(screen.getByTestId('ssp-note').textContent).toBe(SSP_NOTE);
    expect(SSP_NOTE).toContain('SSP is not in the gross pay');
    // The screen and the workbook say the same.
    expect(SSP_NOTE).toBe(WORKBOOK_SSP_NOTE);
  });
});
