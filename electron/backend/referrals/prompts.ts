// What should lead to a benefits-advice referral, in plain words: a new peer supporter on benefits with
// no referral before their first session, a change of hours or pay for someone on benefits (stored when
// it happens, see staff-changes.ts), and a week over the permitted-work limit since their last
// referral. Only current staff are prompted: someone who has left needs no referral for this job.
import { ne, sql } from 'drizzle-orm';
import type { ReferralLists, ReferralPrompt } from '../../../shared/contract/referrals';
import { formatUkDate } from '../../../shared/domain/dates';
import { addDays, mondayOf } from '../../../shared/domain/pay/calendar';
import { inForceOn } from '../../../shared/domain/pay/dated';
import { formatDecimalHours, formatPounds } from '../../../shared/domain/pay/rounding';
import { displayName } from '../../../shared/domain/members';
import { BENEFIT_KIND_LABELS, type BenefitKind } from '../../../shared/domain/staff';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { sessions } from '../db/schema';
import { weeklyStatement } from '../payroll/statement';
import { loadBundles, type StaffBundle } from '../staff/repository';
import { isCurrentStaff } from '../staff/warnings';
import { openPrompts, referralDatesByPerson } from './repository';

/** How far back a week over the permitted-work limit still prompts: the last 8 complete weeks. */
export const OVER_LIMIT_WEEKS = 8;

const PERMITTED_KINDS: readonly BenefitKind[] = ['permitted-work-lower', 'permitted-work-higher', 'permitted-work-supported'];

const benefitOn = (b: StaffBundle, date: string): BenefitKind => inForceOn(b.benefits.map((r) => ({ ...r, from: r.fromDate })), date)?.kind ?? 'none';

/** Each staff record's first session that was not cancelled (a cancelled one was never worked or due). */
function firstSessions(db: Db): Map<number, string> {
  const rows = db.select({ staffId: sessions.staffId, first: sql<string>`min(${sessions.date})` }).from(sessions)
    .where(ne(sessions.status, 'cancelled')).groupBy(sessions.staffId).all();
  return new Map(rows.map((r) => [r.staffId, r.first]));
}

interface Person { staffId: number; personId: number; name: string; sortName: string }

const personOf = (b: StaffBundle): Person => ({
  staffId: b.staff.id, personId: b.staff.personId, name: displayName(b.person), sortName: `${b.person.lastName} ${b.person.firstName}`,
});

/**
 * (a) On benefits on the day of their first session (today when none is booked). Before that session,
 * only a referral dated on or before it will do; once it has passed, a late referral still answers it.
 */
function newOnBenefits(who: Person, b: StaffBundle, first: string | undefined, dates: readonly string[], today: string): ReferralPrompt | null {
  const date = first ?? today;
  if (benefitOn(b, date) === 'none') return null;
  const answered = date < today ? dates.length > 0 : dates.some((d) => d <= date);
  if (answered) return null;
  const message = first === undefined
    ? `Refer ${who.name} for benefits advice before their first session (none is on the rota yet).`
    : date < today
      ? `Refer ${who.name} for benefits advice: their first session was on ${formatUkDate(date)} and no referral is recorded.`
      : `Refer ${who.name} for benefits advice before their first session on ${formatUkDate(date)}.`;
  return { id: null, kind: 'new-on-benefits', staffId: who.staffId, personId: who.personId, name: who.name, date, message, suggestedReason: 'starting-work' };
}

/** (c) The latest of the last 8 complete weeks over a permitted-work limit, unless a referral is dated after its Monday. */
function overPermittedLimit(ctx: OfficeContext, who: Person, dates: readonly string[], today: string): ReferralPrompt | null {
  const thisMonday = mondayOf(today);
  const statement = weeklyStatement(ctx, who.staffId, addDays(thisMonday, -7 * OVER_LIMIT_WEEKS), addDays(thisMonday, -1));
  const latest = statement.weeks.filter((w) => w.overHours || w.overEarnings).at(-1);
  if (!latest || dates.some((d) => d > latest.weekStart)) return null;
  const limit = latest.overHours && latest.overEarnings ? 'hours and earnings limits' : latest.overHours ? 'hours limit' : 'earnings limit';
  const message = `${who.name} went over the permitted-work ${limit} in the week of ${formatUkDate(latest.weekStart)} ` +
    `(${formatDecimalHours(latest.minutes)} hours, ${formatPounds(latest.pence)}). Refer them for benefits advice, so their benefits are not affected.`;
  return { id: null, kind: 'over-permitted-limit', staffId: who.staffId, personId: who.personId, name: who.name, date: latest.weekStart, message, suggestedReason: 'permitted-work' };
}

/** (b) Stored prompts still open, in words. */
function storedPrompts(db: Db, people: Map<number, Person>, today: string): ReferralPrompt[] {
  const prompts: ReferralPrompt[] = [];
  for (const row of openPrompts(db)) {
    const who = people.get(row.staffId);
    if (!who) continue;
    const message = row.kind === 'hours-changed'
      ? `${who.name}'s contracted hours changed ${row.detail} on ${formatUkDate(row.onDate)}. Refer them for benefits advice, so the change does not affect their benefits.`
      : `${who.name}'s pay ${row.onDate > today ? 'changes' : 'changed'} ${row.detail}. Refer them for benefits advice, so the change does not affect their benefits.`;
    prompts.push({
      id: row.id, kind: row.kind, staffId: who.staffId, personId: who.personId, name: who.name, date: row.onDate, message, suggestedReason: 'change-in-hours',
    });
  }
  return prompts;
}

const byName = new Intl.Collator('en-GB', { sensitivity: 'base' });

/** Every prompt (soonest date first, then by surname) and the current staff on benefits with no referral at all. */
export function referralPrompts(ctx: OfficeContext, today: string): Pick<ReferralLists, 'prompts' | 'onBenefitsNoReferral'> {
  const current = loadBundles(ctx.db).filter((b) => isCurrentStaff(b.staff, today));
  const people = new Map(current.map((b) => [b.staff.id, personOf(b)]));
  const referred = referralDatesByPerson(ctx.db);
  const firsts = firstSessions(ctx.db);
  const found: { prompt: ReferralPrompt; sortName: string }[] = [];
  const noReferral: (ReferralLists['onBenefitsNoReferral'][number] & { sortName: string })[] = [];
  for (const b of current) {
    const who = people.get(b.staff.id)!;
    const dates = referred.get(who.personId) ?? [];
    const fresh = newOnBenefits(who, b, firsts.get(who.staffId), dates, today);
    if (fresh) found.push({ prompt: fresh, sortName: who.sortName });
    const benefit = benefitOn(b, today);
    if (PERMITTED_KINDS.includes(benefit)) {
      const over = overPermittedLimit(ctx, who, dates, today);
      if (over) found.push({ prompt: over, sortName: who.sortName });
    }
    if (benefit !== 'none' && dates.length === 0) {
      noReferral.push({ staffId: who.staffId, personId: who.personId, name: who.name, benefit: BENEFIT_KIND_LABELS[benefit], sortName: who.sortName });
    }
  }
  for (const prompt of storedPrompts(ctx.db, people, today)) found.push({ prompt, sortName: people.get(prompt.staffId)!.sortName });
  found.sort((a, b) => a.prompt.date.localeCompare(b.prompt.date) || byName.compare(a.sortName, b.sortName) || (a.prompt.id ?? 0) - (b.prompt.id ?? 0));
  noReferral.sort((a, b) => byName.compare(a.sortName, b.sortName) || a.staffId - b.staffId);
  return { prompts: found.map((f) => f.prompt), onBenefitsNoReferral: noReferral.map(({ sortName: _sortName, ...row }) => row) };
}
