// The staff form's probation end against a window.peerOffice that answers as the backend does: the hint
// gives the latest end the start date allows, and a first probation past 12 months is named beside the
// field before anything is sent; a record kept from before that rule still saves its other details.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Channel, PeerOfficeApi } from '../../shared/contract/channels';
import type { SaveStaffInput, StaffRecord } from '../../shared/contract/staff';
import { StaffForm } from '../../renderer/src/features/staff/StaffForm';
import { renderScreen } from './render';

/** Answers staff:save with the record saved, as the backend does. */
function fakeBackend() {
  const invoke = vi.fn(async (channel: Channel, input: unknown) => {
    if (channel !== 'staff:save') throw new Error(`unexpected call ${channel}`);
    const saved = input as SaveStaffInput;
    return { ok: true, value: { id: 1, ...saved } };
  });
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

const describedBy = (input: HTMLElement) => (input.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');

async function type(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

describe('StaffForm, probation end', () => {
  it('says how late the first probation may end, and refuses a later end beside the field without sending it', async () => {
    const invoke = fakeBackend();
    renderScreen(<StaffForm personId={7} record={null} jobRoles={['Peer supporter']} today="2026-11-27" />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Staff record' });
    const field = (label: RegExp) => within(form).getByLabelText(label);
    await type(user, field(/^Works number/), 'PS007');
    await type(user, field(/^Start date/), '05/01/2026');
    expect(describedBy(field(/^Probation ends/))).toContain('Leave empty for six months after the start; at most 12 months, to 05/01/2027');
    await type(user, field(/^Probation ends/), '06/01/2027');
    await user.click(within(form).getByRole('button', { name: 'Make them staff' }));

    const message = 'Probation must end on or before 05/01/2027: it can last at most 12 months from the start date, extensions included';
    const summary = await within(form).findByRole('alert');
    const link = within(summary).getByRole('link', { name: `Probation ends: ${message}` });
    expect(document.getElementById(link.getAttribute('href')!.slice(1))).toBe(field(/^Probation ends/));
    expect(field(/^Probation ends/).getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(field(/^Probation ends/))).toContain(message);
    expect(invoke).not.toHaveBeenCalled();
    expect((field(/^Works number/) as HTMLInputElement).value).toBe('PS007');

    await type(user, field(/^Probation ends/), '05/01/2027');
    await user.click(within(form).getByRole('button', { name: 'Make them staff' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('staff:save', expect.objectContaining({ personId: 7, startDate: '2026-01-05', probationEndDate: '2027-01-05' })));
  });

  it('saves other changes to a record kept from before the cap, whose probation runs longer', async () => {
    const invoke = fakeBackend();
    // Only what the form reads of a record; the rest of StaffRecord plays no part here.
    const record = {
      personId: 7, worksNumber: 'PS007', niNumber: '', jobRole: 'Peer supporter', contractType: 'part-time', weeklyMinutes: 960,
      startDate: '2026-01-05', probationEndDate: '2027-07-05', endDate: '', leavingReason: '', holidayScheme: 'irregular',
      rolledUpHoliday: false, ageBand: '', apprenticeshipStartDate: '',
    } as unknown as StaffRecord;
    renderScreen(<StaffForm personId={7} record={record} jobRoles={['Peer supporter', 'Trainer']} today="2026-11-27" />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Staff record' });
    await user.selectOptions(within(form).getByLabelText(/^Job role/), 'Trainer');
    await user.click(within(form).getByRole('button', { name: 'Save the staff record' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('staff:save', expect.objectContaining({ jobRole: 'Trainer', probationEndDate: '2027-07-05' })));

    // Moving its end is checked like a new one.
    await type(user, within(form).getByLabelText(/^Probation ends/), '06/07/2027');
    await user.click(within(form).getByRole('button', { name: 'Save the staff record' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});
