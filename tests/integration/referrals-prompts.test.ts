// What prompts a benefits-advice referral, against a real encrypted office: a new peer supporter on
// benefits before their first session, a change of hours or pay for someone on benefits (stored by the
// staff service in its own transaction), and a week over the permitted-work limit since the last
// referral; each answered by a referral, or (the stored ones) dismissed.
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import type { ReferralPrompt, SaveReferralInput } from '../../shared/contract/referrals';
import { expectOk, useOffices } from '../helpers/office';
import { at, book, defaults, expectRefused, worker } from '../helpers/rota';
import { staffInput } from '../helpers/staff';

const { newOffice } = useOffices();

const referral = (personId: number, overrides: Partial<SaveReferralInput> = {}): SaveReferralInput => ({
  personId, referredOn: '2026-11-20', service: 'Citizens Advice', reason: 'change-in-hours', ...overrides,
});

const prompts = async (backend: Backend): Promise<ReferralPrompt[]> => expectOk(await backend.invoke('referrals:lists', {})).prompts;
const summary = (list: ReferralPrompt[]) => list.map((p) => `${p.kind} ${p.name} ${p.date}`);

const promptRows = (backend: Backend): { id: number; staff_id: number; kind: string; on_date: string; detail: string; status: string; referral_id: number | null }[] =>
  backend.session.context().sqlite.prepare('SELECT id, staff_id, kind, on_date, detail, status, referral_id FROM referral_prompts ORDER BY id').all() as never;

const tableRows = (backend: Backend): unknown[] => {
  const { sqlite } = backend.session.context();
  return ['referrals', 'referral_prompts', 'staff', 'pay_rates'].map((t) => sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
};

describe('a new peer supporter on benefits', () => {
  it('is prompted before their first session, and only a referral dated on or before it answers', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const ada = await worker(backend, 'Ada', { staff: { startDate: '2026-12-01' }, benefit: { from: '2026-12-01', kind: 'permitted-work-higher' } });
    // Not on benefits yet today: the day that counts is the first session's.
    await book(backend, { staffId: ada.id, date: '2026-12-02', placeId: officeId, elementId: groupId, status: 'planned' });
    await book(backend, { staffId: ada.id, date: '2026-12-01', placeId: officeId, elementId: groupId, status: 'cancelled', cancelledAt: '2026-11-26T09:00' });
    const [prompt] = await prompts(backend);
    expect(prompt).toEqual({
      id: null, kind: 'new-on-benefits', staffId: ada.id, personId: ada.personId, name: 'Ada Testworth', date: '2026-12-02',
      message: 'Refer Ada Testworth for benefits advice before their first session on 02/12/2026.', suggestedReason: 'starting-work',
    });
    // Nobody on benefits today, so the "no referral" list waits for the first day too.
    expect(expectOk(await backend.invoke('referrals:lists', {})).onBenefitsNoReferral).toEqual([]);

    expectOk(await backend.invoke('referrals:save', referral(ada.personId, { referredOn: '2026-12-03', reason: 'starting-work' })));
    expect(summary(await prompts(backend))).toEqual(['new-on-benefits Ada Testworth 2026-12-02']);
    expectOk(await backend.invoke('referrals:save', referral(ada.personId, { referredOn: '2026-12-02', reason: 'starting-work' })));
    expect(await prompts(backend)).toEqual([]);
  });

  it('says so when the first session has passed with no referral, or none is booked; any referral then answers it', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const bo = await worker(backend, 'Bo', { benefit: { from: '2026-01-05', kind: 'universal-credit' } });
    await book(backend, { staffId: bo.id, date: '2026-11-02', placeId: officeId, elementId: groupId });
    const cy = await worker(backend, 'Cy', { staff: { startDate: '2026-12-07' }, benefit: { from: '2026-11-01', kind: 'permitted-work-lower' } });
    expect((await prompts(backend)).map((p) => p.message)).toEqual([
      'Refer Bo Testworth for benefits advice: their first session was on 02/11/2026 and no referral is recorded.',
      'Refer Cy Testworth for benefits advice before their first session (none is on the rota yet).',
    ]);
    const lists = expectOk(await backend.invoke('referrals:lists', {}));
    expect(lists.onBenefitsNoReferral).toEqual([
      { staffId: bo.id, personId: bo.personId, name: 'Bo Testworth', benefit: 'Universal Credit' },
      { staffId: cy.id, personId: cy.personId, name: 'Cy Testworth', benefit: 'Permitted work: lower limit' },
    ]);
    expectOk(await backend.invoke('referrals:save', referral(bo.personId, { referredOn: '2026-11-20' })));
    expectOk(await backend.invoke('referrals:save', referral(cy.personId, { referredOn: '2026-11-27' })));
    expect(await prompts(backend)).toEqual([]);
    expect(expectOk(await backend.invoke('referrals:lists', {})).onBenefitsNoReferral).toEqual([]);
  });

  it('is not prompted when the benefit began after the first session (they are on the no-referral list), nor after leaving', async () => {
    const { backend } = await newOffice();
    const { officeId, groupId } = await defaults(backend);
    const di = await worker(backend, 'Di');
    await book(backend, { staffId: di.id, date: '2026-02-02', placeId: officeId, elementId: groupId });
    expectOk(await backend.invoke('staff:setBenefitStatus', { staffId: di.id, fromDate: '2026-10-01', kind: 'universal-credit' }));
    const ed = await worker(backend, 'Ed', { staff: { endDate: '2026-11-20', leavingReason: 'Moved away' }, benefit: { from: '2026-01-05', kind: 'universal-credit' } });
    expect(ed.isCurrent).toBe(false);
    const lists = expectOk(await backend.invoke('referrals:lists', {}));
    expect(lists.prompts).toEqual([]);
    expect(lists.onBenefitsNoReferral.map((p) => p.name)).toEqual(['Di Testworth']);
  });
});

describe('a change of hours or pay for someone on benefits', () => {
  it('is stored by staff:save when the contracted hours change, and by staff:addRate for a new rate, in words', async () => {
    const { backend } = await newOffice();
    const flo = await worker(backend, 'Flo', { benefit: { from: '2026-01-05', kind: 'permitted-work-higher' } });
    expectOk(await backend.invoke('referrals:save', referral(flo.personId, { referredOn: '2025-12-01' })));
    const gil = await worker(backend, 'Gil'); // not on benefits: nothing to prompt
    expectOk(await backend.invoke('staff:save', staffInput(flo.personId, { weeklyMinutes: 12 * 60 + 30 })));
    expectOk(await backend.invoke('staff:save', staffInput(flo.personId, { weeklyMinutes: 12 * 60 + 30, jobRole: 'Trainer' }))); // hours the same
    expectOk(await backend.invoke('staff:save', staffInput(flo.personId, { contractType: 'bank', weeklyMinutes: null })));
    expectOk(await backend.invoke('staff:save', staffInput(gil.personId, { weeklyMinutes: 20 * 60 })));
    expectOk(await backend.invoke('staff:addRate', { staffId: flo.id, effectiveFrom: '2027-04-01', hourlyPence: 1320 }));
    expectOk(await backend.invoke('staff:addRate', { staffId: gil.id, effectiveFrom: '2027-04-01', hourlyPence: 1320 }));

    expect(promptRows(backend).map((r) => [r.staff_id, r.kind, r.on_date, r.detail, r.status])).toEqual([
      [flo.id, 'hours-changed', '2026-11-27', 'from 16 to 12.50 hours a week', 'open'],
      [flo.id, 'hours-changed', '2026-11-27', 'from 12.50 hours a week to no contracted hours (bank)', 'open'],
      [flo.id, 'rate-changed', '2027-04-01', 'from £13.00 to £13.20 an hour from 01/04/2027', 'open'],
    ]);
    const [first, second, third] = promptRows(backend).map((r) => r.id);
    expect((await prompts(backend)).map((p) => [p.id, p.kind, p.date, p.message, p.suggestedReason])).toEqual([
      [first, 'hours-changed', '2026-11-27', "Flo Testworth's contracted hours changed from 16 to 12.50 hours a week on 27/11/2026. Refer them for benefits advice, so the change does not affect their benefits.", 'change-in-hours'],
      [second, 'hours-changed', '2026-11-27', "Flo Testworth's contracted hours changed from 12.50 hours a week to no contracted hours (bank) on 27/11/2026. Refer them for benefits advice, so the change does not affect their benefits.", 'change-in-hours'],
      [third, 'rate-changed', '2027-04-01', "Flo Testworth's pay changes from £13.00 to £13.20 an hour from 01/04/2027. Refer them for benefits advice, so the change does not affect their benefits.", 'change-in-hours'],
    ]);
  });

  it('judges the benefit on the day of the change, and ignores a first rate or a refused save', async () => {
    const { backend } = await newOffice();
    const hal = await worker(backend, 'Hal', { rates: [], benefit: { from: '2026-01-05', kind: 'universal-credit' } });
    expectOk(await backend.invoke('referrals:save', referral(hal.personId, { referredOn: '2025-12-01' })));
    expectOk(await backend.invoke('staff:addRate', { staffId: hal.id, effectiveFrom: '2026-01-05', hourlyPence: 1300 })); // a first rate
    expectOk(await backend.invoke('staff:setBenefitStatus', { staffId: hal.id, fromDate: '2027-01-01', kind: 'none' }));
    expectOk(await backend.invoke('staff:addRate', { staffId: hal.id, effectiveFrom: '2027-04-01', hourlyPence: 1350 })); // off benefits by then
    expect(promptRows(backend)).toEqual([]);

    await worker(backend, 'Ivy', { staff: { worksNumber: 'IVY1' } });
    const before = tableRows(backend);
    const clash = await backend.invoke('staff:save', staffInput(hal.personId, { worksNumber: 'IVY1', weeklyMinutes: 10 * 60 }));
    expectRefused(clash, 'CONFLICT', 'worksNumber');
    expectRefused(await backend.invoke('staff:addRate', { staffId: hal.id, effectiveFrom: '2026-01-05', hourlyPence: 1400 }), 'CONFLICT', 'effectiveFrom');
    expect(tableRows(backend)).toEqual(before);
  });

  it('stays open until a referral answers it or it is dismissed; refusals change nothing', async () => {
    const { backend } = await newOffice();
    const jo = await worker(backend, 'Jo', { benefit: { from: '2026-01-05', kind: 'universal-credit' } });
    const kit = await worker(backend, 'Kit', { benefit: { from: '2026-01-05', kind: 'universal-credit' } });
    for (const w of [jo, kit]) expectOk(await backend.invoke('referrals:save', referral(w.personId, { referredOn: '2025-12-01' })));
    expectOk(await backend.invoke('staff:save', staffInput(jo.personId, { weeklyMinutes: 20 * 60 })));
    expectOk(await backend.invoke('staff:addRate', { staffId: jo.id, effectiveFrom: '2026-12-01', hourlyPence: 1350 }));
    expectOk(await backend.invoke('staff:save', staffInput(kit.personId, { weeklyMinutes: 8 * 60 })));
    const [hours, rate, kits] = (await prompts(backend)).sort((a, b) => a.id! - b.id!);

    const before = tableRows(backend);
    expect(expectRefused(await backend.invoke('referrals:save', referral(jo.personId, { promptId: kits!.id! })), 'VALIDATION', 'promptId'))
      .toBe('That prompt is about someone else. Make the referral from their prompt.');
    expectRefused(await backend.invoke('referrals:dismissPrompt', { id: 999 }), 'NOT_FOUND');
    expect(tableRows(backend)).toEqual(before);

    const answer = expectOk(await backend.invoke('referrals:save', referral(jo.personId, { promptId: hours!.id! })));
    expect(promptRows(backend).find((r) => r.id === hours!.id)).toMatchObject({ status: 'referred', referral_id: answer.id });
    // Saving the same referral again with its prompt is fine; another referral cannot answer it too.
    expectOk(await backend.invoke('referrals:save', { ...referral(jo.personId, { promptId: hours!.id!, status: 'referred' }), id: answer.id }));
    const afterAnswer = tableRows(backend);
    expect(expectRefused(await backend.invoke('referrals:save', referral(jo.personId, { promptId: hours!.id! })), 'VALIDATION', 'promptId'))
      .toBe('That change is already answered by the referral of 20/11/2026. Save this referral without it, or open that one.');
    expect(expectRefused(await backend.invoke('referrals:dismissPrompt', { id: hours!.id! }), 'CONFLICT'))
      .toBe('That change is already answered by the referral of 20/11/2026, so there is nothing to dismiss.');
    expect(tableRows(backend)).toEqual(afterAnswer);

    const lists = expectOk(await backend.invoke('referrals:dismissPrompt', { id: rate!.id! }));
    expect(lists.prompts.map((p) => p.id)).toEqual([kits!.id]);
    expect(promptRows(backend).find((r) => r.id === rate!.id)).toMatchObject({ status: 'dismissed', referral_id: null });
    expect(expectOk(await backend.invoke('referrals:dismissPrompt', { id: rate!.id! })).prompts.map((p) => p.id)).toEqual([kits!.id]); // twice: harmless
    // A referral can still be made for a dismissed change, and then answers it.
    const late = expectOk(await backend.invoke('referrals:save', referral(jo.personId, { promptId: rate!.id! })));
    expect(promptRows(backend).find((r) => r.id === rate!.id)).toMatchObject({ status: 'referred', referral_id: late.id });
  });
});

describe('a referral made from the person\u2019s record', () => {
  it('answers their changes that came before it, as one made from the prompt would; one dated before them does not', async () => {
    const { backend } = await newOffice();
    const jo = await worker(backend, 'Jo', { benefit: { from: '2026-01-05', kind: 'universal-credit' } });
    expectOk(await backend.invoke('referrals:save', referral(jo.personId, { referredOn: '2025-12-01' })));
    expectOk(await backend.invoke('staff:save', staffInput(jo.personId, { weeklyMinutes: 20 * 60 })));
    expectOk(await backend.invoke('staff:addRate', { staffId: jo.id, effectiveFrom: '2026-12-01', hourlyPence: 1350 }));
    expect((await prompts(backend)).map((p) => p.kind).sort()).toEqual(['hours-changed', 'rate-changed']);
    // Back-dated to before the changes were made: not an answer to them.
    expectOk(await backend.invoke('referrals:save', referral(jo.personId, { referredOn: '2026-11-26' })));
    expect(await prompts(backend)).toHaveLength(2);
    const today = expectOk(await backend.invoke('referrals:save', referral(jo.personId, { referredOn: '2026-11-27' })));
    expect(await prompts(backend)).toEqual([]);
    expect(promptRows(backend).map((r) => [r.kind, r.status, r.referral_id])).toEqual([['hours-changed', 'referred', today.id], ['rate-changed', 'referred', today.id]]);
  });
});

describe('a week over the permitted-work limit', () => {
  it('prompts for the latest of the last 8 complete weeks over a limit, until a referral is dated after its Monday', async () => {
    const { backend } = await newOffice(); // Friday 27/11/2026: the last complete week began on Monday 16/11
    const { officeId, groupId } = await defaults(backend);
    const lu = await worker(backend, 'Lu', { benefit: { from: '2026-01-05', kind: 'permitted-work-higher' } });
    expectOk(await backend.invoke('referrals:save', referral(lu.personId, { referredOn: '2026-01-01', reason: 'starting-work' })));
    const day = (date: string, hours: number, minutes = 0) => book(backend, { staffId: lu.id, date, placeId: officeId, elementId: groupId, startMinutes: at(8), endMinutes: at(8 + hours, minutes) });
    await day('2026-09-21', 9); // nine weeks back: too long ago to prompt
    await day('2026-09-22', 9);
    await day('2026-10-05', 8); // 16 hours (at the limit, which is over: "under 16 hours") and £208.00
    await day('2026-10-07', 8);
    await day('2026-11-09', 7); // 14 hours and £182: under both limits
    await day('2026-11-10', 7);
    await day('2026-11-23', 9); // this week is not complete yet
    await day('2026-11-24', 9);

    expect(await prompts(backend)).toEqual([{
      id: null, kind: 'over-permitted-limit', staffId: lu.id, personId: lu.personId, name: 'Lu Testworth', date: '2026-10-05',
      message: 'Lu Testworth went over the permitted-work hours and earnings limits in the week of 05/10/2026 (16.00 hours, £208.00). Refer them for benefits advice, so their benefits are not affected.',
      suggestedReason: 'permitted-work',
    }]);
    expectOk(await backend.invoke('referrals:save', referral(lu.personId, { referredOn: '2026-10-05', reason: 'permitted-work' })));
    expect(summary(await prompts(backend))).toEqual(['over-permitted-limit Lu Testworth 2026-10-05']);
    expectOk(await backend.invoke('referrals:save', referral(lu.personId, { referredOn: '2026-10-06', reason: 'permitted-work' })));
    expect(await prompts(backend)).toEqual([]);

    // A later week over the earnings limit (£203.50) but under 16 hours prompts again, naming that week.
    await day('2026-11-17', 8);
    await day('2026-11-18', 7, 45);
    expect((await prompts(backend)).map((p) => p.message)).toEqual([
      'Lu Testworth went over the permitted-work earnings limit in the week of 16/11/2026 (15.75 hours, £204.75). Refer them for benefits advice, so their benefits are not affected.',
    ]);
  });
});
