// Benefits-advice referrals against a real encrypted office: saving and reading them for members and
// staff, the advice services list, consent to share, attaching the weekly statement and downloading it
// again, the lists, the home screen's lines, and refusals that change nothing.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { SaveReferralInput } from '../../shared/contract/referrals';
import { memberInput } from '../helpers/members';
import { expectOk, FakeClock, useOffices } from '../helpers/office';
import { at, book, defaults, expectRefused, worker } from '../helpers/rota';
import { readWorkbook } from '../helpers/spreadsheets';

const { newOffice } = useOffices();

/** Every row of the referral tables, to show a refused call changed nothing. */
function referralRows(backend: Backend): unknown[] {
  const { sqlite } = backend.session.context();
  return ['referrals', 'referral_attachments', 'referral_prompts'].map((table) => sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all());
}

async function member(backend: Backend, firstName: string, extra: Parameters<typeof memberInput>[0] = {}): Promise<number> {
  return expectOk(await backend.invoke('members:create', memberInput({ firstName, lastName: 'Referton', email: `${firstName.toLowerCase()}@example.org`, ...extra }))).id;
}

const referral = (personId: number, overrides: Partial<SaveReferralInput> = {}): SaveReferralInput => ({
  personId, referredOn: '2026-11-20', service: 'Citizens Advice', reason: 'pip', ...overrides,
});

describe('saving and reading referrals', () => {
  it('keeps a referral for a member with no staff record, with its consent, stage and follow-up', async () => {
    const { backend } = await newOffice();
    const personId = await member(backend, 'Ottilie');
    const saved = expectOk(await backend.invoke('referrals:save', referral(personId, { consentToShare: true, consentOn: '2026-11-20', followUpOn: '2026-12-04', status: 'referred' })));
    expect(saved).toMatchObject({
      personId, name: 'Ottilie Referton', staffId: null, referredOn: '2026-11-20', service: 'Citizens Advice', reason: 'pip', consentToShare: true,
      consentOn: '2026-11-20', status: 'referred', followUpOn: '2026-12-04', outcome: '', followUpDue: false, attachments: [],
      createdAt: '2026-11-27T10:00:00.000Z', updatedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(expectOk(await backend.invoke('referrals:get', { id: saved.id }))).toEqual(saved);

    const closed = expectOk(await backend.invoke('referrals:save', { ...referral(personId), id: saved.id, status: 'closed', outcome: 'PIP claim made with help' }));
    expect(closed).toMatchObject({ id: saved.id, status: 'closed', consentToShare: false, consentOn: '', outcome: 'PIP claim made with help' });
    const later = expectOk(await backend.invoke('referrals:save', referral(personId, { referredOn: '2026-11-25', reason: 'universal-credit' })));
    expect(expectOk(await backend.invoke('referrals:person', { personId })).map((r) => r.id)).toEqual([later.id, saved.id]); // newest first
    expectRefused(await backend.invoke('referrals:get', { id: 999 }), 'NOT_FOUND');
    expectRefused(await backend.invoke('referrals:person', { personId: 999 }), 'NOT_FOUND');
  });

  it('takes the service from the office list, but lets an old referral keep one taken off it since', async () => {
    const { backend } = await newOffice();
    const personId = await member(backend, 'Perpetua');
    const old = expectOk(await backend.invoke('referrals:save', referral(personId, { service: 'Welfare rights service' })));
    expectOk(await backend.invoke('lists:update', { kind: 'adviceServices', items: ['Citizens Advice', 'Jobcentre Plus work coach'] }));
    const before = referralRows(backend);

    const unknown = await backend.invoke('referrals:save', referral(personId, { service: 'Welfare rights service' }));
    expect(expectRefused(unknown, 'VALIDATION', 'service')).toBe('"Welfare rights service" is not on the list of advice services. Choose one from the list, or add it in Settings, Lists and places first.');
    expect(referralRows(backend)).toEqual(before);

    const kept = expectOk(await backend.invoke('referrals:save', referral(personId, { id: old.id, service: 'Welfare rights service', status: 'referred' })));
    expect(kept).toMatchObject({ service: 'Welfare rights service', status: 'referred' });
  });

  it('refuses consent dated in the future, a referral moved to someone else and a person not on the register, changing nothing', async () => {
    const { backend } = await newOffice();
    const first = await member(backend, 'Quentin');
    const second = await member(backend, 'Rosamund');
    const saved = expectOk(await backend.invoke('referrals:save', referral(first)));
    const before = referralRows(backend);

    const future = await backend.invoke('referrals:save', referral(first, { consentToShare: true, consentOn: '2026-11-28' }));
    expect(expectRefused(future, 'VALIDATION', 'consentOn')).toBe('The date they gave consent cannot be after today (27/11/2026).');
    expectRefused(await backend.invoke('referrals:save', referral(first, { consentToShare: true })), 'VALIDATION', 'consentOn');
    expectRefused(await backend.invoke('referrals:save', referral(first, { consentOn: '2026-11-20' })), 'VALIDATION', 'consentToShare');
    expectRefused(await backend.invoke('referrals:save', { ...referral(second), id: saved.id }), 'VALIDATION', 'personId');
    expectRefused(await backend.invoke('referrals:save', referral(999)), 'NOT_FOUND', 'personId');
    expectRefused(await backend.invoke('referrals:save', { ...referral(first), id: 999 }), 'NOT_FOUND');
    expectRefused(await backend.invoke('referrals:save', referral(first, { status: 'closed' })), 'VALIDATION', 'outcome');
    expectRefused(await backend.invoke('referrals:save', referral(first, { promptId: 999 })), 'NOT_FOUND');
    // Two problems at once are both named, each beside its field.
    const both = await backend.invoke('referrals:save', referral(first, { service: 'Somewhere else', consentToShare: true, consentOn: '2026-12-01' }));
    expect(both.ok ? null : Object.keys(both.error.fields ?? {}).sort()).toEqual(['consentOn', 'service']);
    expect(referralRows(backend)).toEqual(before);
  });

  it('still shows the referrals of someone who has left the register, and will not delete a person who has any', async () => {
    const { backend } = await newOffice();
    const personId = await member(backend, 'Sebastian');
    expect(expectOk(await backend.invoke('members:get', { id: personId })).canDelete).toBe(true);
    const saved = expectOk(await backend.invoke('referrals:save', referral(personId)));
    expect(expectOk(await backend.invoke('members:get', { id: personId })).canDelete).toBe(false);
    const refused = await backend.invoke('members:delete', { id: personId });
    expect(expectRefused(refused, 'CONFLICT')).toBe('Sebastian Referton has benefits-advice referrals (1), so they cannot be deleted: the referrals must be kept. Mark them as left instead.');
    expectOk(await backend.invoke('members:archive', { id: personId, leftOn: '2026-11-26' }));
    expect(expectOk(await backend.invoke('referrals:person', { personId })).map((r) => r.id)).toEqual([saved.id]);
    expect(expectOk(await backend.invoke('referrals:lists', {})).open.map((r) => r.id)).toEqual([saved.id]);
  });
});

describe('the lists', () => {
  it('gives the open referrals oldest first, the follow-ups due and nothing closed', async () => {
    const { backend } = await newOffice();
    const a = await member(backend, 'Anwen');
    const b = await member(backend, 'Bartholomew');
    const due = expectOk(await backend.invoke('referrals:save', referral(a, { referredOn: '2026-11-10', followUpOn: '2026-11-27', status: 'referred' })));
    const early = expectOk(await backend.invoke('referrals:save', referral(b, { referredOn: '2026-11-02', followUpOn: '2026-11-28', status: 'appointment-booked' })));
    expectOk(await backend.invoke('referrals:save', referral(b, { referredOn: '2026-10-01', followUpOn: '2026-10-15', status: 'closed', outcome: 'Advice given' })));
    const lists = expectOk(await backend.invoke('referrals:lists', {}));
    expect(lists.today).toBe('2026-11-27');
    expect(lists.open.map((r) => r.id)).toEqual([early.id, due.id]);
    expect(lists.followUpsDue.map((r) => [r.id, r.followUpDue])).toEqual([[due.id, true]]);
    expect(lists.onBenefitsNoReferral).toEqual([]);
    expect(lists.prompts).toEqual([]);
  });

  it('puts follow-ups due this week and the prompts on the home screen, linking to the referral and the prompt', async () => {
    const { backend } = await newOffice({ clock: new FakeClock(Date.parse('2026-11-24T10:00:00Z')) });
    const a = await member(backend, 'Anwen');
    const late = expectOk(await backend.invoke('referrals:save', referral(a, { referredOn: '2026-11-02', followUpOn: '2026-11-20', status: 'referred' })));
    const soon = expectOk(await backend.invoke('referrals:save', referral(a, { referredOn: '2026-11-10', followUpOn: '2026-11-27', service: 'Jobcentre Plus work coach' })));
    expectOk(await backend.invoke('referrals:save', referral(a, { referredOn: '2026-11-10', followUpOn: '2026-11-30' }))); // next week
    const cleo = await worker(backend, 'Cleo', { benefit: { from: '2026-01-05', kind: 'universal-credit' } });
    expectOk(await backend.invoke('referrals:save', referral(cleo.personId, { referredOn: '2025-12-01' })));
    expectOk(await backend.invoke('staff:addRate', { staffId: cleo.id, effectiveFrom: '2026-12-01', hourlyPence: 1350 }));
    const promptId = expectOk(await backend.invoke('referrals:lists', {})).prompts[0]!.id;

    const items = expectOk(await backend.invoke('dashboard:week', {})).items.filter((i) => i.kind.startsWith('referral'));
    expect(items.map((i) => [i.kind, i.date, i.daysLeft, i.referralId, i.promptId, i.staff?.name ?? null])).toEqual([
      ['referral-follow-up', '2026-11-20', -4, late.id, null, null],
      ['referral-follow-up', '2026-11-27', 3, soon.id, null, null],
      ['referral-prompt', '2026-12-01', 7, null, promptId, 'Cleo Testworth'],
    ]);
    expect(items.map((i) => i.message)).toEqual([
      "Follow up Anwen Referton's referral to Citizens Advice: the follow-up was due on Friday 20/11/2026.",
      "Follow up Anwen Referton's referral to Jobcentre Plus work coach by Friday 27/11/2026.",
      "Cleo Testworth's pay changes from £13.00 to £13.50 an hour from 01/12/2026. Refer them for benefits advice, so the change does not affect their benefits.",
    ]);
  });
});

describe('attaching the weekly statement', () => {
  it('is refused without consent, and for someone with no staff record, changing nothing', async () => {
    const { backend } = await newOffice();
    const cora = await worker(backend, 'Cora');
    const noConsent = expectOk(await backend.invoke('referrals:save', referral(cora.personId)));
    const personId = await member(backend, 'Dorcas');
    const notStaff = expectOk(await backend.invoke('referrals:save', referral(personId, { consentToShare: true, consentOn: '2026-11-20' })));
    const before = referralRows(backend);

    const refused = await backend.invoke('referrals:attachStatement', { referralId: noConsent.id, from: '2026-10-01', to: '2026-11-22' });
    expect(expectRefused(refused, 'VALIDATION', 'consentToShare')).toBe('Record their consent to share first: tick consent to share and enter the date they gave it, save, then attach the statement.');
    expect(expectRefused(await backend.invoke('referrals:attachStatement', { referralId: notStaff.id, from: '2026-10-01', to: '2026-11-22' }), 'NOT_FOUND'))
      .toBe('They have no staff record, so there are no hours or earnings to attach. A statement can be attached only for staff.');
    expectRefused(await backend.invoke('referrals:attachStatement', { referralId: 999, from: '2026-10-01', to: '2026-11-22' }), 'NOT_FOUND');
    expectRefused(await backend.invoke('referrals:attachment', { id: 999 }), 'NOT_FOUND');
    expect(referralRows(backend)).toEqual(before);
  });

  it("stores payroll's statement with the referral and gives the same workbook back; withdrawn consent deletes it", async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const cora = await worker(backend, 'Cora', { staff: { worksNumber: 'PS 7' }, benefit: { from: '2026-01-05', kind: 'permitted-work-higher' } });
    for (const date of ['2026-11-02', '2026-11-04', '2026-11-10']) await book(backend, { staffId: cora.id, date, placeId: officeId, elementId: groupId, startMinutes: at(9), endMinutes: at(14) });
    const saved = expectOk(await backend.invoke('referrals:save', referral(cora.personId, { reason: 'permitted-work', consentToShare: true, consentOn: '2026-11-20' })));

    const attached = expectOk(await backend.invoke('referrals:attachStatement', { referralId: saved.id, from: '2026-11-04', to: '2026-11-18' }));
    expect(attached.staffId).toBe(cora.id);
    expect(attached.attachments).toHaveLength(1);
    const meta = attached.attachments[0]!;
    expect(meta).toMatchObject({ fromDate: '2026-11-02', toDate: '2026-11-22', fileName: 'weekly-hours-PS7-2026-11-02-to-2026-11-22.xlsx', createdAt: '2026-11-27T10:00:00.000Z' });
    expect(meta.sizeBytes).toBeGreaterThan(1000);

    const file = expectOk(await backend.invoke('referrals:attachment', { id: meta.id }));
    expect(file).toMatchObject({ fileName: meta.fileName, rows: 3 });
    expect(Buffer.from(file.contentBase64, 'base64').length).toBe(meta.sizeBytes);
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Weekly hours')!;
    const cells = sheet.getSheetValues().flat();
    expect(cells).toEqual(expect.arrayContaining(['Weekly hours and earnings: Cora Testworth (PS 7)', 'Permitted work (higher limit)', 'Total']));
    const hours = sheet.getColumn(4).values.filter((v): v is number => typeof v === 'number');
    expect(hours).toEqual([10, 5, 0]); // the three weeks' hours; the total is a formula
    const total = sheet.getColumn(4).values.find((v) => typeof v === 'object' && v !== null && 'formula' in v) as { result: number } | undefined;
    expect(total?.result).toBe(15);

    // Consent withdrawn: the statement shared on the strength of it is deleted with the same save.
    const withdrawn = expectOk(await backend.invoke('referrals:save', { ...referral(cora.personId, { reason: 'permitted-work' }), id: saved.id }));
    expect(withdrawn.attachments).toEqual([]);
    expect(backend.session.context().sqlite.prepare('SELECT count(*) AS n FROM referral_attachments').get()).toEqual({ n: 0 });
    const before = referralRows(backend);
    expectRefused(await backend.invoke('referrals:attachment', { id: meta.id }), 'NOT_FOUND');
    expectRefused(await backend.invoke('referrals:attachStatement', { referralId: saved.id, from: '2026-11-04', to: '2026-11-18' }), 'VALIDATION', 'consentToShare');
    expect(referralRows(backend)).toEqual(before);
  });
});
