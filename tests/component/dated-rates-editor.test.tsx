// Settings, Pay and rates: the dated figures for Statutory Sick Pay, holiday and mileage, against a
// window.peerOffice that answers as the backend does. Figures are typed in pounds, percent, weeks and
// pence a mile and sent in the stored units; an empty optional figure is "none"; each error stands
// beside its own field (and the summary links to it); the backend's refusal keeps what was typed.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Channel, PeerOfficeApi } from '../../shared/contract/channels';
import type { DatedSettingRow } from '../../shared/contract/dated-settings';
import type { Result } from '../../shared/contract/result';
import { DatedRatesEditor } from '../../renderer/src/features/settings/DatedRatesEditor';
import { PaySettings } from '../../renderer/src/features/settings/PaySettings';
import { UK_HOLIDAY_RULES, UK_MILEAGE_RATES, UK_MINIMUM_WAGE, UK_PERMITTED_WORK_LIMITS, UK_SSP_RULES } from '../../shared/domain/pay/uk-defaults';
import { renderScreen } from './render';

const asRows = (kind: DatedSettingRow['kind'], table: readonly ({ from: string } & object)[]) =>
  table.map(({ from, ...values }, i) => ({ id: i + 1, kind, effectiveFrom: from, values })) as DatedSettingRow[];

const SHIPPED: Record<DatedSettingRow['kind'], DatedSettingRow[]> = {
  'minimum-wage': asRows('minimum-wage', UK_MINIMUM_WAGE), 'permitted-work': asRows('permitted-work', UK_PERMITTED_WORK_LIMITS),
  ssp: asRows('ssp', UK_SSP_RULES), holiday: asRows('holiday', UK_HOLIDAY_RULES), mileage: asRows('mileage', UK_MILEAGE_RATES),
};

type Answers = Partial<Record<Channel, (input: never) => Result<unknown>>>;

/** A backend holding the shipped rows, adding a row as settings:addDatedRate does, or refusing with `refusal`. */
function fakeBackend(other: Answers = {}, refusal?: { message: string; fields: Record<string, string> }, start = SHIPPED) {
  const rows = structuredClone(start);
  const answers: Answers = {
    ...other,
    'settings:datedRates': ({ kind }: { kind: DatedSettingRow['kind'] }) => ({ ok: true, value: rows[kind] }),
    'settings:addDatedRate': (input: Omit<DatedSettingRow, 'id'>) => {
      if (refusal) return { ok: false, error: { code: 'CONFLICT', ...refusal } };
      rows[input.kind].push({ ...input, id: 99 } as DatedSettingRow);
      return { ok: true, value: rows[input.kind] };
    },
  };
  const invoke = vi.fn(async (channel: Channel, input: unknown) => {
    const answer = answers[channel];
    if (!answer) throw new Error(`unexpected call ${channel}`);
    return answer(input as never);
  });
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

/** Types as a paste does: the keystrokes of userEvent.type are slow, and nothing here is about single keys. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

/** The text the input is described by: its hint and, after a refusal, its error. */
const describedBy = (input: HTMLElement) => (input.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');

const cellsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));

describe('DatedRatesEditor for Statutory Sick Pay', () => {
  it('lists the rows in the units the office types, with "None" for no lower earnings limit', async () => {
    fakeBackend();
    renderScreen(<DatedRatesEditor kind="ssp" />);
    const table = await screen.findByRole('table', { name: 'Statutory Sick Pay' });
    await within(table).findByText('06/04/2026');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['From', 'Weekly rate', 'Waiting days', 'Lower earnings limit', 'Share of earnings', 'Shortest spell', 'Linking period']);
    expect(cellsOf(table).slice(1)).toEqual([
      ['06/04/2025', '£118.75', '3 days', '£125.00', 'None', '4 days', '8 weeks'],
      ['06/04/2026', '£123.25', '0 days', 'None', '80%', '1 day', '8 weeks'],
    ]);
  });

  it('shows each mistake beside its field, in the units typed, and sends nothing until all are right', async () => {
    const invoke = fakeBackend();
    renderScreen(<DatedRatesEditor kind="ssp" />);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Add new statutory sick pay' });
    const field = (label: RegExp) => within(form).getByLabelText(label);
    await fill(user, field(/^From/), '06/04/2027');
    await fill(user, field(/^Weekly rate/), '126.40');
    await fill(user, field(/^Share of earnings/), '80.125');
    await fill(user, field(/^Waiting days/), '0');
    await fill(user, field(/^Shortest spell/), '1.5');
    await fill(user, field(/^Linking period/), 'eight');
    await user.click(within(form).getByRole('button', { name: 'Add these figures' }));

    const summary = await within(form).findByRole('alert');
    expect(describedBy(field(/^Share of earnings/))).toContain('Enter the share of earnings to at most two decimal places, like 80');
    expect(describedBy(field(/^Shortest spell/))).toContain('Enter the shortest spell as a whole number of days from 1 to 7');
    expect(describedBy(field(/^Linking period/))).toContain('Enter the linking period as a whole number of weeks');
    // Fields typed well, and the empty lower earnings limit ("none"), have no error.
    for (const ok of [/^Weekly rate/, /^Waiting days/, /^Lower earnings limit/, /^From/]) expect(field(ok).getAttribute('aria-invalid'), String(ok)).not.toBe('true');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toHaveLength(3);
    // Each summary link goes to its own field on a page of five such forms.
    for (const link of within(summary).getAllByRole('link')) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.getAttribute('aria-invalid'), link.textContent!).toBe('true');
    }
    expect(invoke).not.toHaveBeenCalledWith('settings:addDatedRate', expect.anything());
    await fill(user, field(/^Share of earnings/), '80');
    await fill(user, field(/^Shortest spell/), '1');
    await fill(user, field(/^Linking period/), '8');
    await user.click(within(form).getByRole('button', { name: 'Add these figures' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('settings:addDatedRate', {
      kind: 'ssp', effectiveFrom: '2027-04-06',
      values: { weeklyRatePence: 12640, waitingDays: 0, lowerEarningsLimitPence: null, earningsShareBasisPoints: 8000, minSpellDays: 1, linkingWeeks: 8 },
    }));
    expect(await screen.findByText('Added the figures from 06/04/2027.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Statutory Sick Pay' });
    await within(table).findByText('06/04/2027');
    expect(cellsOf(table).slice(1).map((r) => r[0])).toEqual(['06/04/2025', '06/04/2026', '06/04/2027']);
    expect(cellsOf(table).at(-1)).toEqual(['06/04/2027', '£126.40', '0 days', 'None', '80%', '1 day', '8 weeks']);
    // Ready for the next change: the figures just added are copied, the date is empty.
    expect((field(/^From/) as HTMLInputElement).value).toBe('');
    expect((field(/^Weekly rate/) as HTMLInputElement).value).toBe('126.40');
    expect(screen.getByText(/copied from the row from 06\/04\/2027/)).toBeTruthy();
  });

  it('shows the backend refusing a second row for a day beside the date, keeping every figure typed', async () => {
    const message = 'Statutory Sick Pay already has figures from 06/04/2026. Choose another date for the change.';
    fakeBackend({}, { message, fields: { effectiveFrom: message } });
    renderScreen(<DatedRatesEditor kind="ssp" />);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Add new statutory sick pay' });
    const field = (label: RegExp) => within(form).getByLabelText(label);
    await fill(user, field(/^From/), '06/04/2026');
    for (const [label, text] of [[/^Weekly rate/, '123.25'], [/^Waiting days/, '0'], [/^Lower earnings limit/, '125'], [/^Share of earnings/, '80'], [/^Shortest spell/, '1'], [/^Linking period/, '8']] as const) {
      await fill(user, field(label), text);
    }
    await user.click(within(form).getByRole('button', { name: 'Add these figures' }));
    await waitFor(() => expect(describedBy(field(/^From/))).toContain(message));
    const link = within(within(form).getByRole('alert')).getByRole('link', { name: `From: ${message}` });
    expect(document.getElementById(link.getAttribute('href')!.slice(1))).toBe(field(/^From/));
    expect([field(/^From/), field(/^Lower earnings limit/), field(/^Share of earnings/)].map((i) => (i as HTMLInputElement).value)).toEqual(['06/04/2026', '125', '80']);
  });
});

describe('A new row starts from the newest row', () => {
  it('fills in the newest SSP figures, leaves the date to type, and says where the figures came from', async () => {
    const invoke = fakeBackend();
    renderScreen(<DatedRatesEditor kind="ssp" />);
    const form = await screen.findByRole('form', { name: 'Add new statutory sick pay' });
    const field = (label: RegExp) => within(form).getByLabelText(label) as HTMLInputElement;
    await waitFor(() => expect(field(/^Weekly rate/).value).toBe('123.25'));
    // The 06/04/2026 row, not the 06/04/2025 one: no lower earnings limit ("none" is an empty box), 80%, no waiting days.
    expect([/^From/, /^Weekly rate/, /^Waiting days/, /^Lower earnings limit/, /^Share of earnings/, /^Shortest spell/, /^Linking period/].map((l) => field(l).value))
      .toEqual(['', '123.25', '0', '', '80', '1', '8']);
    const hint = 'The figures below are copied from the row from 06/04/2026. Change the ones that differ, and enter the day the new figures take effect.';
    expect(within(form).getByText(hint)).toBeTruthy();
    expect(form.getAttribute('aria-describedby')).toBe(within(form).getByText(hint).id);

    // Next April's change is the date and the one figure that moves.
    const user = userEvent.setup();
    await fill(user, field(/^From/), '06/04/2027');
    await fill(user, field(/^Weekly rate/), '126.40');
    expect(within(form).getByText(hint)).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Add these figures' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('settings:addDatedRate', {
      kind: 'ssp', effectiveFrom: '2027-04-06',
      values: { weeklyRatePence: 12640, waitingDays: 0, lowerEarningsLimitPence: null, earningsShareBasisPoints: 8000, minSpellDays: 1, linkingWeeks: 8 },
    }));
  });

  it('sends back exactly the newest row\'s figures for every kind when only the date is typed', async () => {
    for (const kind of Object.keys(SHIPPED) as DatedSettingRow['kind'][]) {
      const invoke = fakeBackend();
      const { unmount } = renderScreen(<DatedRatesEditor kind={kind} />);
      const form = await screen.findByRole('form', { name: /^Add new / });
      const newest = SHIPPED[kind].reduce((a, b) => (b.effectiveFrom > a.effectiveFrom ? b : a));
      await within(form).findByText(new RegExp(`copied from the row from ${newest.effectiveFrom.split('-').reverse().join('/')}`));
      const user = userEvent.setup();
      await fill(user, within(form).getByLabelText(/^From/), '01/06/2027');
      await user.click(within(form).getByRole('button', { name: 'Add these figures' }));
      await waitFor(() => expect(invoke, kind).toHaveBeenCalledWith('settings:addDatedRate', { kind, effectiveFrom: '2027-06-01', values: newest.values }));
      unmount();
    }
  });

  it('starts empty, with no hint, when there is no row of that kind yet', async () => {
    fakeBackend({}, undefined, { ...SHIPPED, mileage: [] });
    renderScreen(<DatedRatesEditor kind="mileage" />);
    const table = await screen.findByRole('table', { name: 'Mileage rates' });
    await waitFor(() => expect(cellsOf(table)).toHaveLength(1));
    const form = screen.getByRole('form', { name: 'Add new mileage rates' });
    expect(within(form).getAllByRole('textbox').map((i) => (i as HTMLInputElement).value)).toEqual(['', '', '', '']);
    expect(within(form).queryByText(/copied from/)).toBeNull();
    expect(form.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('DatedRatesEditor for holiday and mileage', () => {
  it('takes holiday in percent and weeks, and sends basis points and tenths of a week', async () => {
    const invoke = fakeBackend();
    renderScreen(<DatedRatesEditor kind="holiday" />);
    const table = await screen.findByRole('table', { name: 'Holiday' });
    await within(table).findByText('12.07%');
    expect(cellsOf(table).slice(1)).toEqual([['01/04/2024', '12.07%', '5.6 weeks']]);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Add new holiday' });
    await fill(user, within(form).getByLabelText(/^From/), '01/04/2027');
    await fill(user, within(form).getByLabelText(/^Accrual rate/), '12.5%');
    await fill(user, within(form).getByLabelText(/^Weeks a year/), '5.65');
    await user.click(within(form).getByRole('button', { name: 'Add these figures' }));
    await within(form).findByRole('alert');
    expect(describedBy(within(form).getByLabelText(/^Weeks a year/))).toContain('Enter the weeks a year to one decimal place, like 5.6');
    await fill(user, within(form).getByLabelText(/^Weeks a year/), '6');
    await user.click(within(form).getByRole('button', { name: 'Add these figures' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('settings:addDatedRate', { kind: 'holiday', effectiveFrom: '2027-04-01', values: { accrualBasisPoints: 1250, statutoryWeeksTenths: 60 } }));
    await within(table).findByText('12.5%');
    expect(cellsOf(table).at(-1)).toEqual(['01/04/2027', '12.5%', '6 weeks']);
  });

  it('takes mileage in pence a mile and miles with a thousands comma', async () => {
    const invoke = fakeBackend();
    renderScreen(<DatedRatesEditor kind="mileage" />);
    const table = await screen.findByRole('table', { name: 'Mileage rates' });
    await within(table).findByText('45p a mile');
    expect(cellsOf(table).slice(1)).toEqual([['06/04/2011', '45p a mile', '25p a mile', '10,000 miles']]);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Add new mileage rates' });
    await fill(user, within(form).getByLabelText(/^From/), '06/04/2027');
    await fill(user, within(form).getByLabelText(/^Rate for the first miles/), '55p');
    await fill(user, within(form).getByLabelText(/^Rate after that/), '£0.30');
    await fill(user, within(form).getByLabelText(/^Miles at the first rate/), '12,000');
    await user.click(within(form).getByRole('button', { name: 'Add these figures' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('settings:addDatedRate', {
      kind: 'mileage', effectiveFrom: '2027-04-06', values: { firstBandPencePerMile: 55, laterPencePerMile: 30, firstBandMiles: 12_000 },
    }));
  });
});

describe('Settings, Pay and rates', () => {
  it('has a table and a form for every kind of dated figure', async () => {
    fakeBackend({
      'payroll:schedule': () => ({ ok: true, value: { kind: 'monthly', payDay: 'last', payMonthOffset: 0 } }),
      'payElements:list': () => ({ ok: true, value: [] }),
    });
    renderScreen(<PaySettings />);
    for (const name of ['Minimum wage', 'Permitted-work limits', 'Statutory Sick Pay', 'Holiday', 'Mileage rates']) {
      expect(await screen.findByRole('table', { name }), name).toBeTruthy();
      expect(screen.getByRole('form', { name: `Add new ${name.toLowerCase()}` }), name).toBeTruthy();
    }
  });
});
