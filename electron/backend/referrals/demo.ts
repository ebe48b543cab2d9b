// The demo office's benefits-advice referrals, relative to its clock and the same in every demo office:
// everyone on benefits was referred when they started (most have had the advice and the referral is
// closed), a few are part way through a second referral (one follow-up due, one still to come), a few
// members without a staff record have been referred too, and the lists and prompts all have something
// in them: the newest starter on benefits with no referral, someone who has just started Universal
// Credit, a pay rise and a change of hours for people on benefits still waiting for a referral.
import { asc, eq } from 'drizzle-orm';
import type { ReferralReason, ReferralStatus } from '../../../shared/contract/referrals';
import { addDays, mondayOf } from '../../../shared/domain/pay/calendar';
import { inForceOn } from '../../../shared/domain/pay/dated';
import type { BenefitKind } from '../../../shared/domain/staff';
import type { OfficeContext } from '../context';
import { people, staff } from '../db/schema';
import { readList } from '../lists/service';
import { loadBundles, upsertBenefit, type StaffBundle } from '../staff/repository';
import { isCurrentStaff } from '../staff/warnings';
import { writeReferral, type ReferralValues } from './repository';
import { promptOnHoursChange, promptOnRateChange } from './staff-changes';

const REASON_FOR: Record<BenefitKind, ReferralReason> = {
  none: 'other', 'permitted-work-lower': 'permitted-work', 'permitted-work-higher': 'permitted-work', 'permitted-work-supported': 'permitted-work',
  'universal-credit': 'universal-credit',
};
/** Outcomes in a line: what the person was told, never their circumstances. */
const OUTCOMES = [
  'Advised on the permitted-work limits; no change to benefits needed',
  'Helped to report the new job to the Jobcentre',
  'Universal Credit earnings explained; nothing more to do',
  'Better-off calculation done; they chose to go ahead',
] as const;
/** The second referrals' stages, in turn, with their follow-ups: the first is due now. */
const LATER: readonly { stage: ReferralStatus; followUp: (referredOn: string) => string }[] = [
  { stage: 'referred', followUp: (on) => addDays(on, 12) },
  { stage: 'appointment-booked', followUp: (on) => addDays(on, 60) },
  { stage: 'to-refer', followUp: () => '' },
  { stage: 'advice-given', followUp: (on) => addDays(on, 45) },
];

const laterOf = (a: string, b: string) => (a > b ? a : b);
const benefitOn = (b: StaffBundle, date: string): BenefitKind => inForceOn(b.benefits.map((r) => ({ ...r, from: r.fromDate })), date)?.kind ?? 'none';

/** Runs inside the demo office's creating transaction, after the staff, the rota and its sessions; `today` is the demo's day. */
export function populateDemoReferrals(ctx: OfficeContext, today: string): void {
  const services = readList(ctx.db, 'adviceServices');
  if (services.length === 0) return;
  const nowIso = ctx.now().toISOString();
  const service = (i: number) => services[i % services.length]!;
  // Every referral is dated before last week, so a week over a permitted-work limit last week still prompts one.
  const latest = addDays(mondayOf(today), -15);
  const refer = (values: Omit<ReferralValues, 'consentToShare' | 'consentOn'> & { consent: boolean }) => {
    const { consent, ...rest } = values;
    writeReferral(ctx.db, { ...rest, consentToShare: consent, consentOn: consent ? rest.referredOn : '' }, { nowIso });
  };

  const bundles = loadBundles(ctx.db);
  const current = bundles.filter((b) => isCurrentStaff(b.staff, today)).sort((a, b) => a.staff.id - b.staff.id);
  const onBenefits = current.filter((b) => benefitOn(b, today) !== 'none');
  // The newest starter on benefits has no referral yet: the "before their first session" prompt.
  const newest = [...onBenefits].sort((a, b) => b.staff.startDate.localeCompare(a.staff.startDate) || b.staff.id - a.staff.id)[0];
  const referred = onBenefits.filter((b) => b !== newest);

  referred.forEach((b, i) => {
    const personId = b.staff.personId;
    const reason = REASON_FOR[benefitOn(b, today)];
    // Referred a fortnight before they started (or before last week, for anyone starting soon), and long since advised.
    const atStart = addDays(b.staff.startDate, -14) < latest ? addDays(b.staff.startDate, -14) : latest;
    refer({
      personId, referredOn: atStart, service: service(i), reason: i % 4 === 0 ? 'starting-work' : reason, consent: i % 5 !== 3,
      status: 'closed', followUpOn: '', outcome: OUTCOMES[i % OUTCOMES.length]!,
    });
    // Every third (up to four of them) is part way through a second referral, one at each stage.
    const k = (i - 2) / 3;
    const later = LATER[k];
    if (!Number.isInteger(k) || !later) return;
    const on = addDays(latest, -7 * k) < atStart ? atStart : addDays(latest, -7 * k);
    refer({ personId, referredOn: on, service: service(i + 1), reason, consent: later.stage !== 'to-refer', status: later.stage, followUpOn: later.followUp(on), outcome: '' });
  });

  // A pay rise (the latest one on their record) for someone on permitted work, still waiting for a referral.
  const risen = referred.find((b) => benefitOn(b, today).startsWith('permitted-work') && b.rates.length >= 2 && b.rates.at(-1)!.effectiveFrom <= today);
  if (risen) {
    const rate = risen.rates.at(-1)!;
    promptOnRateChange(ctx.db, risen.staff.id, rate.effectiveFrom, rate.hourlyPence, nowIso);
  }
  // Contracted hours changed last week for someone part-time on benefits.
  const changed = referred.find((b) => b !== risen && b.staff.weeklyMinutes !== null);
  if (changed) {
    const before = changed.staff.weeklyMinutes!;
    const after = before <= 12 * 60 ? before + 3 * 60 : before - 2 * 60;
    ctx.db.update(staff).set({ weeklyMinutes: after }).where(eq(staff.id, changed.staff.id)).run();
    promptOnHoursChange(ctx.db, { id: changed.staff.id, weeklyMinutes: before }, after, addDays(today, -6), nowIso);
  }

  // Someone not on benefits when they started has just claimed Universal Credit: on the list with no referral.
  const claimant = current.find((b) => benefitOn(b, today) === 'none' && b.staff.startDate < addDays(today, -60));
  if (claimant) upsertBenefit(ctx.db, claimant.staff.id, addDays(today, -30), 'universal-credit');

  // Members without a staff record are referred too: for PIP, for Universal Credit, and one who has since left.
  const employed = new Set(bundles.map((b) => b.staff.personId));
  const members = ctx.db.select({ id: people.id, status: people.status, joinedOn: people.joinedOn, leftOn: people.leftOn }).from(people).orderBy(asc(people.memberNumber)).all()
    .filter((p) => !employed.has(p.id) && p.joinedOn < addDays(today, -200));
  const active = members.filter((p) => p.status === 'active');
  const left = members.find((p) => p.status === 'left');
  if (active[0]) refer({ personId: active[0].id, referredOn: addDays(today, -40), service: service(0), reason: 'pip', consent: true, status: 'advice-given', followUpOn: addDays(today, 10), outcome: '' });
  if (active[1]) refer({ personId: active[1].id, referredOn: addDays(today, -21), service: service(1), reason: 'universal-credit', consent: false, status: 'referred', followUpOn: '', outcome: '' });
  if (active[2]) refer({ personId: active[2].id, referredOn: addDays(today, -190), service: service(2), reason: 'other', consent: true, status: 'closed', followUpOn: '', outcome: 'Signposted to a debt advice service' });
  if (left) refer({ personId: left.id, referredOn: laterOf(left.joinedOn, addDays(left.leftOn, -90)), service: service(0), reason: 'pip', consent: true, status: 'closed', followUpOn: '', outcome: 'PIP claim made with the adviser’s help' });
}
