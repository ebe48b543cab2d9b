import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PayElement, Place, RotaSession } from '../../shared/contract/rota';
import type { StaffRow } from '../../shared/contract/staff';
import { ApiError } from '../../renderer/src/api/client';
import { SessionForm } from '../../renderer/src/features/rota/SessionForm';
import { emptySession, formToInput, sessionToForm, type SessionFormValues } from '../../renderer/src/features/rota/sessionForm';
import { renderScreen } from './render';

const staffRow = (staffId: number, name: string, isCurrent = true): StaffRow => ({
  staffId, personId: staffId + 100, name, memberNumber: staffId, worksNumber: `W${staffId}`, jobRole: 'Peer supporter', contractType: 'bank',
  startDate: '2025-01-06', endDate: isCurrent ? '' : '2025-06-30', isCurrent, currentRatePence: 1300, dbsRenewalDueOn: '', warningCount: 0,
});
const STAFF = [staffRow(1, 'Zebedee Quaintance'), staffRow(2, 'Philippa Grimsditch'), staffRow(3, 'Ottoline Pennyfeather', false)];
const PLACES: Place[] = [
  { id: 1, name: 'Office', site: '', kind: 'office', active: true, label: 'Office' },
  { id: 2, name: 'Oaklands Ward', site: 'Meadowfield Hospital', kind: 'ward', active: true, label: 'Oaklands Ward, Meadowfield Hospital' },
  { id: 3, name: 'Old Chapel', site: '', kind: 'group-venue', active: false, label: 'Old Chapel' },
];
const ELEMENTS: PayElement[] = [
  { id: 1, name: 'Ward one-to-one and groups', kind: 'hours', sageCode: '', brightpayCode: '', position: 0, active: true },
  { id: 2, name: 'Admin', kind: 'hours', sageCode: '', brightpayCode: '', position: 1, active: true },
  { id: 7, name: 'Mileage', kind: 'mileage', sageCode: '', brightpayCode: '', position: 6, active: true },
];

function renderForm(initial: SessionFormValues = emptySession({ date: '2026-11-27' }), onSave = vi.fn()) {
  renderScreen(<SessionForm initial={initial} staff={STAFF} places={PLACES} elements={ELEMENTS} saving={false} onSave={onSave} onCancel={() => {}} />);
  return { onSave, user: userEvent.setup() };
}

async function fillBasics(user: ReturnType<typeof userEvent.setup>, start: string, end: string) {
  await user.selectOptions(screen.getByLabelText(/^Person/), 'Zebedee Quaintance');
  await user.selectOptions(screen.getByLabelText(/^Place/), 'Oaklands Ward, Meadowfield Hospital');
  await user.selectOptions(screen.getByLabelText(/^Activity/), 'Ward one-to-one and groups');
  await user.type(screen.getByLabelText(/^Starts/), start);
  await user.type(screen.getByLabelText(/^Ends/), end);
}

describe('SessionForm', () => {
  it('reads times typed as 930, 13.00 or 9:30, miles to tenths, and shows the length as it is typed', async () => {
    const { onSave, user } = renderForm();
    await fillBasics(user, '930', '13.00');
    await user.clear(screen.getByLabelText(/^Unpaid break/));
    await user.type(screen.getByLabelText(/^Unpaid break/), '30');
    expect(screen.getByTestId('session-length').textContent).toBe('3:00 worked after a 30-minute break');
    await user.type(screen.getByLabelText(/^Business miles/), '12.5');
    await user.click(screen.getByRole('button', { name: 'Book the session' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      staffId: 1, date: '2026-11-27', placeId: 2, elementId: 1, startMinutes: 570, endMinutes: 780, breakMinutes: 30,
      status: 'planned', cancelledAt: '', offeredAt: '', milesTenths: 125, supportedOneToOne: null, supportedInGroups: null,
    });
  });

  it('offers current staff, places in use and activities paid by the hour only', () => {
    renderForm();
    const options = (label: RegExp) => [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => o.text);
    expect(options(/^Person/)).toEqual(['Choose a person', 'Zebedee Quaintance', 'Philippa Grimsditch']);
    expect(options(/^Place/)).toEqual(['Choose a place', 'Office', 'Oaklands Ward, Meadowfield Hospital']);
    expect(options(/^Activity/)).toEqual(['Choose an activity', 'Ward one-to-one and groups', 'Admin']);
  });

  it('lists every problem, links to the fields, keeps what was typed and does not save', async () => {
    const { onSave, user } = renderForm();
    await user.type(screen.getByLabelText(/^Starts/), 'half nine');
    await user.type(screen.getByLabelText(/^Ends/), '25:00');
    await user.type(screen.getByLabelText(/^Business miles/), '12.55');
    await user.click(screen.getByRole('button', { name: 'Book the session' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Person: Choose who the session is for');
    expect(summary.textContent).toContain('Place: Choose where the session is');
    expect(summary.textContent).toContain('Activity: Choose the activity');
    expect(summary.textContent).toContain('Starts: Enter the start as a 24-hour time, like 09:30');
    expect(summary.textContent).toContain('Ends: Enter the end as a 24-hour time, like 09:30');
    expect(summary.textContent).toContain('Business miles: Enter miles to one decimal place, like 12.5');
    // In the order of the form, as the GOV.UK pattern asks, not the schema's.
    expect(within(summary).getAllByRole('link').map((l) => l.textContent!.split(':')[0])).toEqual(['Person', 'Place', 'Activity', 'Starts', 'Ends', 'Business miles']);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Starts/)).toHaveProperty('value', 'half nine');
    expect(screen.getByLabelText(/^Business miles/)).toHaveProperty('value', '12.55');
    expect(document.getElementById('field-startMinutes')!.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('link', { name: /^Business miles:/ }));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Business miles/));
  });

  it('reads an end before the start as the next morning, an hour short across the March clock change', async () => {
    const { user } = renderForm(emptySession({ date: '2026-03-28' }));
    await user.type(screen.getByLabelText(/^Starts/), '22:00');
    await user.type(screen.getByLabelText(/^Ends/), '0600');
    expect(screen.getByTestId('session-length').textContent).toBe('7:00 worked, ending the next morning');
  });

  it('says when a time does not exist because the clocks went forward', async () => {
    const { user } = renderForm(emptySession({ date: '2026-03-29' }));
    await user.type(screen.getByLabelText(/^Starts/), '01:30');
    await user.type(screen.getByLabelText(/^Ends/), '05:00');
    expect(screen.getByTestId('session-length').textContent).toBe('No clock showed 01:30 on 29/03/2026: the clocks went forward from 01:00 to 02:00. Check the time.');
  });

  it('asks for counts only on a worked ward session, saying never to write who they were', async () => {
    const { onSave, user } = renderForm();
    await fillBasics(user, '10:00', '12:00');
    expect(screen.queryByLabelText(/^One-to-one/)).toBeNull();
    await user.click(screen.getByLabelText('Worked'));
    expect(screen.getByText('Counts only: never write who they were.')).toBeTruthy();
    await user.type(screen.getByLabelText(/^One-to-one/), '3');
    await user.type(screen.getByLabelText(/^In groups/), 'two');
    await user.click(screen.getByRole('button', { name: 'Book the session' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter the number of people supported in groups as a whole number');
    expect(onSave).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText(/^In groups/));
    await user.type(screen.getByLabelText(/^In groups/), '5');
    // Counts typed stay on show when the place changes, so nothing is dropped unseen.
    await user.selectOptions(screen.getByLabelText(/^Place/), 'Office');
    expect(screen.getByLabelText(/^One-to-one/)).toHaveProperty('value', '3');
    await user.click(screen.getByRole('button', { name: 'Book the session' }));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ status: 'worked', placeId: 1, supportedOneToOne: 3, supportedInGroups: 5 });
  });

  it('shows what the backend refused beside the field, and keeps the form as typed', async () => {
    const refusal = 'Counts of people supported are kept for ward sessions only. Clear them, or choose a ward.';
    const onSave = vi.fn((_input: unknown, onError: (err: unknown) => void) => onError(new ApiError({ code: 'VALIDATION', message: refusal, fields: { supportedOneToOne: refusal } })));
    const initial = { ...emptySession({ date: '2026-11-20', staffId: 1, placeId: 1, elementId: 2 }), start: '09:00', end: '11:00', status: 'worked' as const, oneToOne: '2' };
    const { user } = renderForm(initial, onSave);
    await user.click(screen.getByRole('button', { name: 'Book the session' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toContain(`People supported one-to-one: ${refusal}`);
    expect(document.getElementById('field-supportedOneToOne')!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/^One-to-one/)).toHaveProperty('value', '2');
  });

  it('needs when notice came for a cancelled session, and sends it as a local date and time', async () => {
    const { onSave, user } = renderForm();
    await fillBasics(user, '09:00', '10:00');
    await user.click(screen.getByLabelText('Cancelled'));
    await user.click(screen.getByRole('button', { name: 'Book the session' }));
    expect(screen.getByRole('alert').textContent).toContain('When notice was given: Enter when notice of cancelling was given, like 27/11/2026 14:30');
    await user.type(screen.getByLabelText(/^Date of notice/), '26/11/2026');
    await user.type(screen.getByLabelText(/^Time of notice/), '16.45');
    await user.click(screen.getByRole('button', { name: 'Book the session' }));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ status: 'cancelled', cancelledAt: '2026-11-26T16:45' });
  });
});

describe('sessionToForm and formToInput', () => {
  it('give back a stored session unchanged', () => {
    const stored: RotaSession = {
      id: 9, staffId: 2, personId: 102, name: 'Philippa Grimsditch', date: '2026-10-24', startMinutes: 1320, endMinutes: 360, breakMinutes: 45,
      workedMinutes: 480, placeId: 2, placeLabel: 'Oaklands Ward, Meadowfield Hospital', placeKind: 'ward', elementId: 1, elementName: 'Ward one-to-one and groups',
      status: 'worked', cancelledAt: '', offeredAt: '2026-10-01T09:05', milesTenths: 37, supportedOneToOne: 4, supportedInGroups: 0,
      locked: false, createdAt: '', updatedAt: '',
    };
    expect(formToInput(sessionToForm(stored))).toEqual({
      id: 9, staffId: 2, date: '2026-10-24', placeId: 2, elementId: 1, startMinutes: 1320, endMinutes: 360, breakMinutes: 45, status: 'worked',
      cancelledAt: '', offeredAt: '2026-10-01T09:05', milesTenths: 37, supportedOneToOne: 4, supportedInGroups: 0,
    });
  });
});
