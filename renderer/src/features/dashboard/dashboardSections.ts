// The home screen's items grouped for reading: what is overdue first, then this week, probation, DBS,
// support sessions, who has no supervisor, absence and wellbeing, and benefits advice. Each item links to
// where it is done.
import type { DashboardItem, DashboardItemKind } from '../../../../shared/contract/supervision';
import { weekdayName } from '../../../../shared/domain/dates';
import { referHref, referralHref } from '../referrals/useReferralParams';
import { daysWords } from '../supervision/words';

export interface DashboardSection { key: string; title: string; kinds: readonly DashboardItemKind[] }

export const SECTIONS: readonly DashboardSection[] = [
  { key: 'overdue', title: 'Overdue', kinds: ['supervision-overdue'] },
  { key: 'due', title: 'Due this week', kinds: ['supervision-due'] },
  { key: 'probation', title: 'Probation', kinds: ['probation-decision-overdue', 'supervision-missed', 'probation-review', 'probation-end'] },
  { key: 'dbs', title: 'DBS renewals', kinds: ['dbs-renewal'] },
  { key: 'support', title: 'Support sessions this week', kinds: ['support-session'] },
  { key: 'no-supervisor', title: 'People with no supervisor', kinds: ['no-supervisor'] },
  { key: 'absence', title: 'Absence and wellbeing', kinds: ['absence-rtw', 'absence-fit-note', 'wellbeing-checkin'] },
  { key: 'benefits-advice', title: 'Benefits advice', kinds: ['referral-follow-up', 'referral-prompt'] },
];

export interface Grouped { section: DashboardSection; items: DashboardItem[] }

/**
 * Items by section, in the backend's order within each (soonest first); empty sections are left out. A
 * review owed (late or this week) comes as a probation review, so it is listed under Probation, late or not.
 */
export function groupItems(items: readonly DashboardItem[]): Grouped[] {
  return SECTIONS
    .map((section) => ({ section, items: items.filter((i) => section.kinds.includes(i.kind)) }))
    .filter((g) => g.items.length > 0);
}

/** Where an item is done, and the words for where that is. */
export function linkFor(item: DashboardItem): { to: string; where: string } | null {
  if (item.kind === 'support-session' && item.supportSessionId !== null) {
    return { to: `/support?session=${item.supportSessionId}&year=${item.date.slice(0, 4)}`, where: 'on the Support sessions page' };
  }
  if (item.kind === 'referral-follow-up' && item.referralId) return { to: referralHref(item.referralId), where: 'on the Benefits advice page' };
  // The page finds the prompt's reason from its open prompts; the link need only say who (and which stored prompt).
  if (item.kind === 'referral-prompt' && item.staff) return { to: referHref(item.staff.personId, null, item.promptId), where: 'on the Benefits advice page' };
  if (ABSENCE_KINDS.has(item.kind)) return absenceLink(item);
  if (item.supervisionId !== null) return { to: `/supervision?session=${item.supervisionId}`, where: 'on the Supervision page' };
  if (!item.staff) return null;
  if (item.kind === 'dbs-renewal') return { to: `/members/${item.staff.personId}?section=dbs`, where: 'on their staff record' };
  return { to: `/members/${item.staff.personId}?section=supervision`, where: 'on their staff record' };
}

const ABSENCE_KINDS: ReadonlySet<DashboardItemKind> = new Set(['absence-rtw', 'absence-fit-note', 'wellbeing-checkin']);

/** A conversation or a fit note opens its absence on the Absence page; a check-in is on the person's record. */
function absenceLink(item: DashboardItem): { to: string; where: string } | null {
  if (item.kind !== 'wellbeing-checkin' && item.absenceId) return { to: `/absence?absence=${item.absenceId}`, where: 'on the Absence page' };
  if (item.staff) return { to: `/members/${item.staff.personId}?section=absence`, where: 'on their staff record' };
  return null;
}

/** The item's status in words (colour only helps): "Overdue by 3 days", "Today", "Friday", "In 40 days". */
export function whenWords(item: DashboardItem): string {
  if (item.kind === 'no-supervisor' || !item.date) return 'To do';
  // Absence items date from when the need arose (the day back, day 8, the point reached): something to do, never "overdue".
  if (ABSENCE_KINDS.has(item.kind) && item.daysLeft <= 0) return 'To do';
  // A prompt's date is the change or the week it is about: past, it is still only something to do, not late.
  if (item.kind === 'referral-prompt' && item.daysLeft < 0) return 'To do';
  // A missed meeting's date is when it was missed: what is owed is booking another, which has no deadline of its own.
  if (item.kind === 'supervision-missed') return 'To do';
  // Within the coming week a day's name reads more easily than a count.
  if (item.daysLeft >= 2 && item.daysLeft < 7) return weekdayName(item.date);
  return daysWords(item.daysLeft);
}
