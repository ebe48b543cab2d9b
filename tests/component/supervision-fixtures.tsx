// Made-up people and meetings for the supervision screens' tests, a window.peerOffice that answers from a
// map as the backend does, and a screen rendered at an address in the app's providers.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { Channel, PeerOfficeApi } from '../../shared/contract/channels';
import type { AppError, Result } from '../../shared/contract/result';
import type { StaffRow } from '../../shared/contract/staff';
import type { PersonSupervision, StaffName, SupervisionRow } from '../../shared/contract/supervision';
import { cssVariablesResolver, theme } from '../../renderer/src/app/theme';
import { YourNameProvider } from '../../renderer/src/features/payroll/yourName';

export const staffRow = (staffId: number, name: string, endDate = ''): StaffRow => ({
  staffId, personId: staffId + 100, name, memberNumber: staffId, worksNumber: `W${staffId}`, jobRole: 'Peer supporter', contractType: 'bank',
  startDate: '2026-06-15', endDate, isCurrent: !endDate, currentRatePence: 1300, dbsRenewalDueOn: '', warningCount: 0,
});
export const STAFF: StaffRow[] = [
  staffRow(1, 'Alba Quaintance'), staffRow(2, 'Bram Grimsditch'), staffRow(3, 'Cato Pennyfeather'), staffRow(4, 'Dora Thistlewood', '2026-10-31'),
];
export const name = (staffId: number): StaffName => {
  const s = STAFF.find((x) => x.staffId === staffId)!;
  return { staffId, personId: s.personId, name: s.name };
};

export const meeting = (over: Partial<SupervisionRow> & { id: number }): SupervisionRow => ({
  supervisee: name(1), supervisor: name(2), type: 'one-to-one', planItem: 'supervision', plannedOn: '2026-07-15', startMinutes: 600,
  status: 'planned', heldOn: '', outcome: '', rescheduledTo: '', rescheduledFrom: '', overdue: false, actions: [], ...over,
});

/** Alba, in probation since 15/06/2026 until 15/12/2026, supervised by Bram: two held, a review overdue, the final review to come. */
export const ALBA: PersonSupervision = {
  staff: { ...name(1), startDate: '2026-06-15', endDate: '', jobRole: 'Peer supporter', isCurrent: true },
  probation: {
    startDate: '2026-06-15', endDate: '2026-12-15', originalEndDate: '2026-12-15', state: 'in-probation', hasPlan: true, events: [],
    warnings: [{ kind: 'final-review-due', message: "Alba Quaintance's probation ends on 15/12/2026. Hold the final review and record the decision by 08/12/2026." }],
  },
  supervisor: name(2),
  cadenceWeeks: 6,
  nextDue: '',
  supervisions: [
    meeting({ id: 11, plannedOn: '2026-07-15', status: 'held', heldOn: '2026-07-15', actions: [{ id: 501, text: 'Shadow a ward visit at another site', raisedOn: '2026-07-15', doneOn: '' }] }),
    meeting({ id: 12, plannedOn: '2026-08-14', status: 'held', heldOn: '2026-08-14', actions: [{ id: 502, text: 'Send last month’s mileage claim', raisedOn: '2026-08-14', doneOn: '' }] }),
    meeting({ id: 13, plannedOn: '2026-09-14', planItem: 'mid-point-review', overdue: true }),
    meeting({ id: 14, plannedOn: '2026-12-15', planItem: 'final-review', startMinutes: null }),
  ],
  openActions: [
    { id: 501, text: 'Shadow a ward visit at another site', raisedOn: '2026-07-15', doneOn: '' },
    { id: 502, text: 'Send last month’s mileage claim', raisedOn: '2026-08-14', doneOn: '' },
  ],
};

/** ALBA with one meeting replaced (as the backend answers after a write). */
export const withMeeting = (person: PersonSupervision, row: SupervisionRow, more: Partial<PersonSupervision> = {}): PersonSupervision => ({
  ...person, ...more, supervisions: [...person.supervisions.filter((s) => s.id !== row.id), row].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn)),
});

export type Answer = (input: unknown) => Result<unknown>;
export const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
export const refused = (error: AppError): Result<unknown> => ({ ok: false, error });

export function fakeBackend(answers: Partial<Record<Channel, Answer>>) {
  const all: Partial<Record<Channel, Answer>> = { 'staff:list': () => ok(STAFF), ...answers };
  const invoke = vi.fn(async (channel: Channel, input: unknown) => {
    const answer = all[channel];
    if (!answer) throw new Error(`unexpected call ${channel}`);
    return answer(input);
  });
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

/** A screen at an address, in the app's providers (a data router, and "your name" as while unlocked). */
export function renderAt(ui: ReactElement, address = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element: <YourNameProvider>{ui}</YourNameProvider> }], { initialEntries: [address] });
  render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={client}><RouterProvider router={router} /></QueryClientProvider>
    </MantineProvider>,
  );
  return { router, user: userEvent.setup() };
}
