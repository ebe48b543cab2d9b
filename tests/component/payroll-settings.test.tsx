// Settings for payroll against a window.peerOffice that answers as the backend does: the pay schedule
// refused once a period was approved (the backend's words shown, the choice kept), and pay elements.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Channel, PeerOfficeApi } from '../../shared/contract/channels';
import type { PayElement } from '../../shared/contract/rota';
import type { Result } from '../../shared/contract/result';
import { PayElementsEditor } from '../../renderer/src/features/settings/PayElementsEditor';
import { PayScheduleEditor } from '../../renderer/src/features/settings/PayScheduleEditor';
import { renderScreen } from './render';

function fakeBackend(answers: Partial<Record<Channel, (input: unknown) => Result<unknown>>>) {
  const invoke = vi.fn(async (channel: Channel, input: unknown) => {
    const answer = answers[channel];
    if (!answer) throw new Error(`unexpected call ${channel}`);
    return answer(input);
  });
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

const REFUSAL = 'The pay schedule cannot change once a period has been approved: periods already paid would move. Keep the schedule, or start a new office file.';

describe('PayScheduleEditor', () => {
  it('checks four-weekly details first, then shows the backend refusing a change and keeps what was chosen', async () => {
    const invoke = fakeBackend({
      'payroll:schedule': () => ({ ok: true, value: { kind: 'monthly', payDay: 'last', payMonthOffset: 0 } }),
      'payroll:saveSchedule': () => ({ ok: false, error: { code: 'CONFLICT', message: REFUSAL } }),
    });
    renderScreen(<PayScheduleEditor />);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Every four weeks'));
    await user.click(screen.getByRole('button', { name: 'Save the pay schedule' }));
    expect((await screen.findByRole('alert')).textContent).toContain('First day of a period');
    expect(invoke).not.toHaveBeenCalledWith('payroll:saveSchedule', expect.anything());

    await user.type(screen.getByLabelText(/^First day of any one period/), '05/01/2026');
    await user.clear(screen.getByLabelText(/^Days from the end of a period/));
    await user.type(screen.getByLabelText(/^Days from the end of a period/), '5');
    // Before saving, the schedule shows what it would make: four weeks from a Monday, paid the Friday after.
    expect(screen.getByTestId('schedule-preview').textContent).toMatch(/runs from \d\d\/\d\d\/\d{4} to \d\d\/\d\d\/\d{4}/);
    await user.click(screen.getByRole('button', { name: 'Save the pay schedule' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(REFUSAL));
    expect(invoke).toHaveBeenCalledWith('payroll:saveSchedule', { schedule: { kind: 'four-weekly', anchor: '2026-01-05', payDaysAfterEnd: 5 } });
    expect(screen.getByLabelText('Every four weeks')).toHaveProperty('checked', true);
    expect(screen.getByLabelText(/^First day of any one period/)).toHaveProperty('value', '05/01/2026');
  });
});

describe('PayElementsEditor', () => {
  const elements: PayElement[] = [
    { id: 1, name: 'Admin', kind: 'hours', sageCode: '', brightpayCode: '', position: 0, active: true },
    { id: 2, name: 'Mileage', kind: 'mileage', sageCode: '30', brightpayCode: 'MILES', position: 1, active: true },
  ];

  it('offers Retire for activities only, and adds an activity with its payroll codes', async () => {
    const invoke = fakeBackend({
      'payElements:list': () => ({ ok: true, value: elements }),
      'payElements:save': (input) => ({ ok: true, value: [...elements, { ...(input as PayElement), id: 3, kind: 'hours', position: 2, active: true }] }),
    });
    renderScreen(<PayElementsEditor />);
    const table = await screen.findByRole('table', { name: 'Pay elements' });
    await within(table).findByText('Mileage');
    expect(within(table).getByRole('button', { name: 'Retire Admin' })).toBeTruthy();
    expect(within(table).queryByRole('button', { name: 'Retire Mileage' })).toBeNull();

    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Add an activity' });
    await user.type(within(form).getByLabelText(/^Name/), 'Supervision');
    await user.type(within(form).getByLabelText(/^Sage payment number/), '1000');
    await user.click(within(form).getByRole('button', { name: 'Add the activity' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('Sage payment number');
    expect(invoke).not.toHaveBeenCalledWith('payElements:save', expect.anything());

    await user.clear(within(form).getByLabelText(/^Sage payment number/));
    await user.type(within(form).getByLabelText(/^Sage payment number/), '12');
    await user.type(within(form).getByLabelText(/^BrightPay code/), 'SUPER');
    await user.click(within(form).getByRole('button', { name: 'Add the activity' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('payElements:save', { name: 'Supervision', sageCode: '12', brightpayCode: 'SUPER', active: true }));
    expect(await screen.findByText('Supervision added.')).toBeTruthy();
  });
});
