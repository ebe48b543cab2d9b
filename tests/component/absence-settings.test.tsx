// The Absence section of Settings against a window.peerOffice that answers as the backend does: the
// office's review points, checked before saving, and the kinds of absence (add, change, retire).
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AbsenceType } from '../../shared/contract/absence';
import { AbsenceSettings } from '../../renderer/src/features/absence/AbsenceSettings';
import { TYPES } from './absence-fixtures';
import { fakeBackend, ok, refused, renderAt } from './supervision-fixtures';

describe('AbsenceSettings', () => {
  it('saves the office’s review points, lowest first, and says what is wrong with them', async () => {
    const invoke = fakeBackend({
      'absence:settings': () => ok({ reviewPoints: [51, 201, 401, 601] }),
      'absence:saveSettings': (input) => ok(input),
      'absence:types': () => ok(TYPES),
    });
    const { user } = renderAt(<AbsenceSettings />);
    const form = await screen.findByRole('form', { name: 'Review points' });
    const points = within(form).getByLabelText(/^The office’s review points/) as HTMLInputElement;
    expect(points.value).toBe('51, 201, 401, 601');
    await user.clear(points);
    await user.type(points, '101, 51');
    await user.click(within(form).getByRole('button', { name: 'Save the review points' }));
    expect(within(await within(form).findByRole('alert')).getByRole('link').textContent)
      .toBe('The office’s review points: Enter the review points from lowest to highest, each once');
    await user.clear(points);
    await user.click(within(form).getByRole('button', { name: 'Save the review points' }));
    await waitFor(() => expect(within(within(form).getByRole('alert')).getByRole('link').textContent).toBe('The office’s review points: Enter at least one review point'));
    expect(invoke).not.toHaveBeenCalledWith('absence:saveSettings', expect.anything());
    await user.type(points, '101, 301, 601,');
    await user.click(within(form).getByRole('button', { name: 'Save the review points' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:saveSettings', { reviewPoints: [101, 301, 601] }));
    expect((await within(form).findByRole('status')).textContent).toBe('Review points saved.');
  });

  it('adds a kind of absence, changes one, retires one from its row, and shows a refusal beside the field', async () => {
    let types: AbsenceType[] = TYPES;
    const invoke = fakeBackend({
      'absence:settings': () => ok({ reviewPoints: [51, 201, 401, 601] }),
      'absence:types': () => ok(types),
      'absence:saveType': (input) => {
        const t = input as AbsenceType;
        if (t.name === 'Sickness' && t.id === undefined) {
          return refused({ code: 'CONFLICT', message: 'Check the details below.', fields: { name: 'Sickness is already a kind of absence: choose another name' } });
        }
        types = t.id === undefined ? [...types, { ...t, id: 9, position: 9 }] : types.map((x) => (x.id === t.id ? { ...x, ...t } : x));
        return ok(types);
      },
    });
    const { user } = renderAt(<AbsenceSettings />);
    const table = await screen.findByRole('table', { name: 'Kinds of absence' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(6));
    expect(within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').slice(0, 4).map((c) => c.textContent))).toEqual([
      ['Sickness', 'Yes', 'No', 'In use'],
      ['Disability-related', 'Yes', 'Yes', 'In use'],
      ['Dependants', 'No', 'No', 'In use'],
      ['Compassionate', 'No', 'No', 'In use'],
      ['Jury service', 'No', 'No', 'Retired'],
    ]);

    const add = screen.getByRole('form', { name: 'Add a kind of absence' });
    await user.type(within(add).getByLabelText(/^Name/), 'Sickness');
    await user.click(within(add).getByRole('button', { name: 'Add the kind of absence' }));
    expect(within(await within(add).findByRole('alert')).getByRole('link').textContent).toBe('Name: Sickness is already a kind of absence: choose another name');
    // A disability-related kind is a kind of sickness: the contract says so before anything is sent.
    await user.clear(within(add).getByLabelText(/^Name/));
    await user.type(within(add).getByLabelText(/^Name/), 'Long Covid');
    await user.click(within(add).getByLabelText(/^Disability-related/));
    await user.click(within(add).getByRole('button', { name: 'Add the kind of absence' }));
    await waitFor(() => expect(within(within(add).getByRole('alert')).getByRole('link').textContent)
      .toBe('Counts as sickness: Disability-related absence is a kind of sickness absence: tick sickness too'));
    expect(invoke).not.toHaveBeenCalledWith('absence:saveType', expect.objectContaining({ name: 'Long Covid' }));
    await user.click(within(add).getByLabelText(/^Counts as sickness/));
    await user.click(within(add).getByRole('button', { name: 'Add the kind of absence' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:saveType', { name: 'Long Covid', isSickness: true, isDisabilityRelated: true, active: true }));
    expect((await screen.findByRole('status')).textContent).toBe('Long Covid added.');

    await user.click(screen.getByRole('button', { name: 'Change Dependants' }));
    const change = screen.getByRole('form', { name: 'Change a kind of absence' });
    const name = within(change).getByLabelText(/^Name/);
    expect(document.activeElement).toBe(name);
    await user.type(name, ' (time off)');
    await user.click(within(change).getByRole('button', { name: 'Save the kind of absence' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:saveType', { id: 3, name: 'Dependants (time off)', isSickness: false, isDisabilityRelated: false, active: true }));
    expect(await within(table).findByText('Dependants (time off)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Retire Compassionate' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:saveType', { id: 4, name: 'Compassionate', isSickness: false, isDisabilityRelated: false, active: false }));
    expect((await screen.findByRole('status')).textContent).toBe('Compassionate retired: new absences cannot be recorded as it.');
    expect(screen.getByRole('button', { name: 'Bring back Compassionate' })).toBeTruthy();
  });
});
