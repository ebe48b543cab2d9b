// The "Absence" panel of a staff record against a window.peerOffice that answers as the backend does: the
// figures in words (worded as support), recording an absence with the fit-note hint and the error summary,
// a part day, a refusal that keeps what was typed, the return-to-work conversation, deleting, the
// adjustment and a wellbeing check-in.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonAbsence } from '../../shared/contract/absence';
import { AbsencePanel } from '../../renderer/src/features/absence/AbsencePanel';
import { ALBA, absence, TYPES } from './absence-fixtures';
import { fakeBackend, ok, refused, renderAt } from './supervision-fixtures';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const SETTINGS = { reviewPoints: [51, 201, 401, 601] };

function backend(person: PersonAbsence = ALBA, more: Parameters<typeof fakeBackend>[0] = {}) {
  return fakeBackend({
    'absence:person': () => ok(person),
    'absence:types': () => ok(TYPES),
    'absence:settings': () => ok(SETTINGS),
    ...more,
  });
}

describe('AbsencePanel', () => {
  it('says the figures in words, as support, lands on its heading from a link, and lists the absences', async () => {
    backend();
    renderAt(<AbsencePanel staffId={1} today="2026-11-27" />, '/members/101?section=absence');
    // The heading takes the focus once the record has loaded, so nothing loading above pushes it away.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Absence', level: 3 })));
    const panel = screen.getByRole('region', { name: 'Absence' });
    const facts = within(panel).getByTestId('absence-figures');
    expect(facts.textContent).toContain('Sickness3 spells, 6 days');
    expect(facts.textContent).toContain('Bradford score54 (3 × 3 × 6)');
    expect(facts.textContent).toContain('Absence rate5.0%: 6 days lost of 120 days due');
    expect(facts.textContent).toContain('Review point51 reached: offer a wellbeing check-in');
    expect(within(panel).getByTestId('checkin-to-offer').textContent)
      .toContain('Offer Alba Quaintance a wellbeing check-in: a conversation about how they are and what would help.');
    // Support, never a step towards discipline.
    expect(panel.textContent).not.toMatch(/warning|trigger|disciplin/i);

    const rows = within(screen.getByRole('table', { name: 'Absences' })).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['16/11/2026 to 20/11/2026', 'Sickness', '3', 'Self-certified', 'To hold', 'Unwell'],
      ['11/08/2026 (3 hours 30 minutes)', 'Sickness', '0.5', 'Self-certified', 'Held on 12/08/2026 by Rowan Ashdown', ''],
      ['13/07/2026 to 17/07/2026', 'Compassionate', '3', 'Not needed', 'When they are back', 'Family bereavement'],
    ]);
  });

  it('records an absence: checked first, the fit-note hint past day 7, then sent as typed', async () => {
    const saved = { ...ALBA, absences: [absence({ id: 34, firstDay: '2026-11-09', lastDay: '', daysLost: 9, calendarDays: 19, fitNoteNeeded: true }), ...ALBA.absences] };
    const invoke = backend(ALBA, { 'absence:save': () => ok(saved) });
    const { user } = renderAt(<AbsencePanel staffId={1} today="2026-11-27" />);
    await user.click(await screen.findByRole('button', { name: 'Record an absence' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record an absence for Alba Quaintance' });
    const kind = within(dialog).getByLabelText('Kind of absence') as HTMLSelectElement;
    // A retired kind is not offered for a new absence.
    expect([...kind.options].map((o) => o.textContent)).toEqual(['Choose the kind', 'Sickness', 'Disability-related', 'Dependants', 'Compassionate']);

    await user.click(within(dialog).getByRole('button', { name: 'Record the absence' }));
    const summary = await within(dialog).findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Kind of absence: Choose the kind of absence');
    expect(invoke).not.toHaveBeenCalledWith('absence:save', expect.anything());

    await user.selectOptions(kind, 'Sickness');
    const first = within(dialog).getByLabelText(/^First day off/);
    await user.clear(first);
    await user.type(first, '09/11/2026');
    // Still off since 09/11: day 19 today, past the 7 days of self-certification.
    expect(within(dialog).getByTestId('fit-note-hint').textContent).toContain('a fit note is needed from day 8 (16/11/2026)');
    await user.click(within(dialog).getByRole('radio', { name: 'Fit note' }));
    expect(within(dialog).queryByTestId('fit-note-hint')).toBeNull();
    expect(within(dialog).getByLabelText(/^Fit note from/)).toBeTruthy();
    await user.click(within(dialog).getByRole('radio', { name: 'Self-certified (up to 7 days)' }));
    // Pasted rather than typed key by key: the words matter here, not the keystrokes.
    await user.click(within(dialog).getByLabelText(/^Reported by/));
    await user.paste('Their partner');
    await user.type(within(dialog).getByLabelText(/^Date reported/), '09/11/2026');
    await user.type(within(dialog).getByLabelText(/^Time reported/), '8:15');
    expect(within(dialog).getByText('In plain words, like “unwell” or “family emergency”. No diagnosis or medical details.')).toBeTruthy();
    await user.click(within(dialog).getByLabelText(/^Reason/));
    await user.paste('Unwell');
    await user.click(within(dialog).getByRole('button', { name: 'Record the absence' }));

    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:save', {
      staffId: 1, typeId: 1, firstDay: '2026-11-09', lastDay: '', partDayMinutes: null, reportedBy: 'Their partner', reportedAt: '2026-11-09T08:15',
      certification: 'self', fitNoteFrom: '', fitNoteTo: '', returnedOn: '', reason: 'Unwell',
    }));
    expect((await screen.findByRole('status')).textContent).toContain('Absence recorded for Alba Quaintance.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(screen.getByRole('table', { name: 'Absences' })).getByText('From 09/11/2026: still off')).toBeTruthy();
  });

  it('sends part of a day as minutes on one date, and keeps what was typed when the backend refuses', async () => {
    const invoke = backend(ALBA, {
      'absence:save': () => refused({ code: 'CONFLICT', message: 'Check the details below.', fields: { firstDay: 'Alba Quaintance already has an absence recorded on 02/11/2026. Change that one, or choose days that do not overlap it.' } }),
    });
    const { user } = renderAt(<AbsencePanel staffId={1} today="2026-11-27" />);
    await user.click(await screen.findByRole('button', { name: 'Record an absence' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Kind of absence'), 'Dependants');
    const first = within(dialog).getByLabelText(/^First day off/);
    await user.clear(first);
    await user.type(first, '02/11/2026');
    await user.click(within(dialog).getByRole('radio', { name: 'Part of one day' }));
    await user.type(within(dialog).getByLabelText(/^Hours off/), '3.5');
    await user.click(within(dialog).getByRole('button', { name: 'Record the absence' }));

    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:save', expect.objectContaining({ typeId: 3, firstDay: '2026-11-02', lastDay: '2026-11-02', partDayMinutes: 210 })));
    const summary = await within(dialog).findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toBe('First day off: Alba Quaintance already has an absence recorded on 02/11/2026. Change that one, or choose days that do not overlap it.');
    expect((within(dialog).getByLabelText(/^First day off/) as HTMLInputElement).value).toBe('02/11/2026');
    expect((within(dialog).getByLabelText(/^Hours off/) as HTMLInputElement).value).toBe('3.5');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('puts a part day’s problem with its one date on that date, and says a one-field refusal once', async () => {
    const message = 'Alba Quaintance’s employment ended on 01/11/2026: enter a last day off up to then.';
    backend(ALBA, { 'absence:save': () => refused({ code: 'VALIDATION', message, fields: { lastDay: message } }) });
    const { user } = renderAt(<AbsencePanel staffId={1} today="2026-11-27" />);
    await user.click(await screen.findByRole('button', { name: 'Record an absence' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Kind of absence'), 'Dependants');
    await user.click(within(dialog).getByRole('radio', { name: 'Part of one day' }));
    await user.type(within(dialog).getByLabelText(/^Hours off/), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Record the absence' }));
    const summary = await within(dialog).findByRole('alert');
    // No "Last day off" on a form that shows none: the problem is with the one date it has.
    expect(summary.textContent).not.toContain('Last day off');
    expect(within(summary).getByRole('link').textContent).toBe('First day off: Alba Quaintance’s employment ended on 01/11/2026: enter a day off up to then.');
    expect(summary.textContent!.split('employment ended').length - 1).toBe(1);
  });

  it('holds the return-to-work conversation for someone back, and deletes an absence only when asked twice', async () => {
    let person = ALBA;
    const invoke = backend(undefined, {
      'absence:person': () => ok(person),
      'absence:returnToWork': (input) => {
        const i = input as { id: number; heldOn: string; by: string; support: string };
        person = { ...ALBA, absences: ALBA.absences.map((a) => (a.id === i.id ? { ...a, rtwHeldOn: i.heldOn, rtwBy: i.by, rtwSupport: i.support, rtwToChase: false } : a)) };
        return ok(person);
      },
      'absence:delete': () => {
        person = { ...ALBA, absences: ALBA.absences.filter((a) => a.id !== 33) };
        return ok(person);
      },
    });
    const { user } = renderAt(<AbsencePanel staffId={1} today="2026-11-27" />);
    await user.click(await screen.findByRole('button', { name: 'Sickness, 16/11/2026 to 20/11/2026: open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Alba Quaintance: Sickness, 16/11/2026 to 20/11/2026' });
    expect(within(dialog).getByTestId('absence-facts').textContent).toContain('Came back on23/11/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Hold the return-to-work conversation' }));
    const form = within(dialog).getByRole('form', { name: 'Return-to-work conversation' });
    expect((within(form).getByLabelText(/^Date of the conversation/) as HTMLInputElement).value).toBe('27/11/2026');
    await user.click(within(form).getByRole('button', { name: 'Record the conversation' }));
    expect(within(await within(form).findByRole('alert')).getByRole('link').textContent).toBe('Held by: Enter who held the conversation');
    await user.type(within(form).getByLabelText(/^Held by/), 'Rowan Ashdown');
    await user.type(within(form).getByLabelText(/^Support agreed/), 'Phased return over two weeks');
    await user.click(within(form).getByRole('button', { name: 'Record the conversation' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:returnToWork', { id: 31, heldOn: '2026-11-27', by: 'Rowan Ashdown', support: 'Phased return over two weeks' }));
    expect(await within(dialog).findByText('Held on 27/11/2026 by Rowan Ashdown.')).toBeTruthy();
    expect(within(dialog).getByText('Support agreed: Phased return over two weeks')).toBeTruthy();
    // The last of the two: the button under the dialog, not the cross in its corner.
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);

    await user.click(screen.getByRole('button', { name: 'Compassionate, 13/07/2026 to 17/07/2026: open' }));
    const other = await screen.findByRole('dialog', { name: 'Alba Quaintance: Compassionate, 13/07/2026 to 17/07/2026' });
    await user.click(within(other).getByRole('button', { name: 'Delete this absence' }));
    const ask = within(other).getByRole('alertdialog', { name: 'Delete this absence?' });
    expect(invoke).not.toHaveBeenCalledWith('absence:delete', expect.anything());
    await user.click(within(ask).getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:delete', { id: 33 }));
    expect((await screen.findByRole('status')).textContent).toContain('Absence deleted: Compassionate, 13/07/2026 to 17/07/2026.');
    await waitFor(() => expect(screen.queryByRole('button', { name: /Compassionate.*: open/ })).toBeNull());
  });

  it('counts their absence their way: disability-related left out and their own review points, checked first', async () => {
    const invoke = backend(ALBA, {
      'absence:saveAdjustment': (input) => ok({ ...ALBA, adjustment: { leaveOutDisabilityRelated: true, reviewPoints: (input as { reviewPoints: number[] }).reviewPoints } }),
    });
    const { user } = renderAt(<AbsencePanel staffId={1} today="2026-11-27" />);
    const form = await screen.findByRole('form', { name: 'How their absence is counted' });
    await waitFor(() => expect(within(form).getByRole('radio', { name: 'The office’s (51, 201, 401 and 601)' })).toBeTruthy());
    await user.click(within(form).getByLabelText('Leave disability-related absence out of their Bradford score'));
    await user.click(within(form).getByRole('radio', { name: 'Their own, higher points' }));
    const points = within(form).getByLabelText(/^Their review points/);
    // Their own start from the office's, to be raised.
    expect((points as HTMLInputElement).value).toBe('51, 201, 401, 601');
    await user.clear(points);
    await user.type(points, '301, 101');
    await user.click(within(form).getByRole('button', { name: 'Save how their absence is counted' }));
    expect(within(await within(form).findByRole('alert')).getByRole('link').textContent).toBe('Their review points: Enter the review points from lowest to highest, each once');
    await user.clear(points);
    await user.type(points, '101, 301, lots');
    await user.click(within(form).getByRole('button', { name: 'Save how their absence is counted' }));
    await waitFor(() => expect(within(within(form).getByRole('alert')).getByRole('link').textContent).toBe('Their review points: Enter each review point as a whole number'));
    expect(invoke).not.toHaveBeenCalledWith('absence:saveAdjustment', expect.anything());
    await user.clear(points);
    await user.type(points, '101, 301, 601');
    await user.click(within(form).getByRole('button', { name: 'Save how their absence is counted' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:saveAdjustment', { staffId: 1, leaveOutDisabilityRelated: true, reviewPoints: [101, 301, 601] }));
    expect((await within(form).findByRole('status')).textContent).toContain('Saved');
  });

  it('records what came of a wellbeing check-in', async () => {
    const invoke = backend(ALBA, {
      'absence:recordCheckin': (input) => {
        const i = input as { status: 'held'; heldOn: string; by: string; supportAgreed: string };
        return ok({ ...ALBA, checkins: [{ ...ALBA.checkins[0]!, status: i.status, heldOn: i.heldOn, heldBy: i.by, supportAgreed: i.supportAgreed }] });
      },
    });
    const { user } = renderAt(<AbsencePanel staffId={1} today="2026-11-27" />);
    const card = await screen.findByTestId('checkin-41');
    expect(card.textContent).toContain('Review point 51 reached on 20/11/2026 (score 54)');
    await user.click(within(card).getByRole('button', { name: 'Record the check-in' }));
    const form = within(card).getByRole('form', { name: 'Record the wellbeing check-in' });
    await user.click(within(form).getByRole('button', { name: 'Record the check-in' }));
    expect(within(await within(form).findByRole('alert')).getByRole('link').textContent).toBe('What happened: Choose held, offered but declined, or not needed');
    await user.click(within(form).getByRole('radio', { name: 'Held: we talked' }));
    await user.click(within(form).getByRole('button', { name: 'Record the check-in' }));
    await waitFor(() => expect(within(within(form).getByRole('alert')).getByRole('link').textContent).toBe('Who held or offered it: Enter who held or offered it'));
    expect(invoke).not.toHaveBeenCalledWith('absence:recordCheckin', expect.anything());
    await user.type(within(form).getByLabelText(/^Who held or offered it/), 'Rowan Ashdown');
    await user.type(within(form).getByLabelText(/^Support agreed/), 'Fewer ward sessions for a month');
    await user.click(within(form).getByRole('button', { name: 'Record the check-in' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('absence:recordCheckin', { id: 41, status: 'held', heldOn: '2026-11-27', by: 'Rowan Ashdown', supportAgreed: 'Fewer ward sessions for a month' }));
    expect((await screen.findByTestId('checkin-41')).textContent).toContain('Held on 27/11/2026 by Rowan Ashdown. Support agreed: Fewer ward sessions for a month');
    expect(screen.getByTestId('absence-figures').textContent).toContain('51 reached: wellbeing check-in held on 27/11/2026');
  });
});
