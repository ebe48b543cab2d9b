// The home screen's benefits-advice lines: referrals whose follow-up falls due by the end of the week
// (or is past), and every referral prompt, each a sentence linking to the referral or the prompt.
import type { DashboardItem, StaffName } from '../../../shared/contract/supervision';
import { dayHeading as onDay } from '../../../shared/domain/dates';
import { daysBetween } from '../../../shared/domain/pay/calendar';
import type { OfficeContext } from '../context';
import { referralPrompts } from './prompts';
import { loadReferrals, openReferralsCondition } from './repository';

const NO_LINKS = { staff: null, supervisionId: null, supportSessionId: null, absenceId: null, referralId: null, promptId: null } as const;

export function referralDashboardItems(ctx: OfficeContext, today: string, weekTo: string): DashboardItem[] {
  const items: DashboardItem[] = [];
  for (const r of loadReferrals(ctx.db, openReferralsCondition(), today)) {
    if (!r.followUpOn || r.followUpOn > weekTo) continue;
    const date = r.followUpOn;
    const what = `${r.name}'s referral to ${r.service}`;
    const message = date < today ? `Follow up ${what}: the follow-up was due on ${onDay(date)}.`
      : date === today ? `Follow up ${what} today.` : `Follow up ${what} by ${onDay(date)}.`;
    const staff: StaffName | null = r.staffId === null ? null : { staffId: r.staffId, personId: r.personId, name: r.name };
    items.push({ ...NO_LINKS, kind: 'referral-follow-up', date, daysLeft: daysBetween(today, date), message, staff, referralId: r.id });
  }
  for (const p of referralPrompts(ctx, today).prompts) {
    items.push({
      ...NO_LINKS, kind: 'referral-prompt', date: p.date, daysLeft: daysBetween(today, p.date), message: p.message,
      staff: { staffId: p.staffId, personId: p.personId, name: p.name }, promptId: p.id,
    });
  }
  return items;
}
