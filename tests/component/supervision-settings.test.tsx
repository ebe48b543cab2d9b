// The office's supervision settings against a window.peerOffice that answers as the backend does: numbers
// checked before saving, "as required" saved as no cadence, and the saved values shown back.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SupervisionSettings } from '../../shared/contract/supervision';
import { SupervisionSettingsForm } from '../../renderer/src/features/supervision/SupervisionSettingsForm';
import { fakeBackend, ok, renderAt } from './supervision-fixtures';

describe('SupervisionSettingsForm', () => {
  it('checks the numbers, then saves as required as no cadence', async () => {
    let settings: SupervisionSettings = { probationIntervalMonths: 1, defaultCadenceWeeks: 6, probationNoticeDays: 7 };
    const invoke = fakeBackend({
      'supervision:settings': () => ok(settings),
      'supervision:saveSettings': (input) => {
        settings = input as SupervisionSettings;
        return ok(settings);
      },
    });
    const { user } = renderAt(<SupervisionSettingsForm />);
    const form = await screen.findByRole('form', { name: 'Supervision' });
    const months = within(form).getByLabelText(/^During probation, a supervision every/);
    expect(months).toHaveProperty('value', '1');
    expect(within(form).getByLabelText('Weeks between supervisions')).toHaveProperty('value', '6');
    await user.clear(months);
    await user.type(months, '9');
    await user.clear(within(form).getByLabelText(/^Notice in probation/));
    await user.type(within(form).getByLabelText(/^Notice in probation/), 'a week');
    await user.click(within(form).getByRole('button', { name: 'Save the supervision settings' }));
    expect(within(await within(form).findByRole('alert')).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Months between probation supervisions: Enter 6 months or fewer',
      'Notice in probation: Enter the notice period in days',
    ]);
    expect(invoke).not.toHaveBeenCalledWith('supervision:saveSettings', expect.anything());

    await user.clear(months);
    await user.type(months, '2');
    await user.clear(within(form).getByLabelText(/^Notice in probation/));
    await user.type(within(form).getByLabelText(/^Notice in probation/), '14');
    await user.click(within(form).getByLabelText('As required'));
    await user.click(within(form).getByRole('button', { name: 'Save the supervision settings' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('supervision:saveSettings', { probationIntervalMonths: 2, defaultCadenceWeeks: null, probationNoticeDays: 14 }));
    expect((await screen.findByRole('status')).textContent).toBe('Supervision settings saved.');
    expect(screen.getByLabelText('As required')).toHaveProperty('checked', true);
  });
});
