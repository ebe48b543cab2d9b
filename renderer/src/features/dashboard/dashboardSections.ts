// The home screen's items grouped for reading: what is overdue first, then this week, probation, DBS,
// support sessions and who has no supervisor. Each item links to where it is done.
import type { DashboardItem, DashboardItemKind } from '../../../../shared/contract/supervision';
import { isoWeekday } from '../../../../shared/domain/pay/calendar';
import { WEEKDAYS } from '../rota/rotaRange';
import { daysWords } from '../supervision/words';

export interface DashboardSection { key: string; title: string; kinds: readonly DashboardItemKind[] }

export const SECTIONS: readonly DashboardSection[] = [
  { key: 'overdue', title: 'Overdue', kinds: ['supervision-overdue'] },
  { key: 'due', title: 'Due this week', kinds: ['supervision-due'] },
  { key: 'probation', title: 'Probation', kinds: ['probation-decision-overdue', 'probation-review', 'probation-end'] },
  { key: 'dbs', title: 'DBS renewals', kinds: ['dbs-renewal'] },
  { key: 'support', title: 'Support sessions this week', kinds: ['support-session'] },
  { key: 'no-supervisor', title: 'People with no supervisor', kinds: ['no-supervisor'] },
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
  if (item.supervisionId !== null) return { to: `/supervision?session=${item.supervisionId}`, where: 'on the Supervision page' };
  if (!item.staff) return null;
  if (item.kind === 'dbs-renewal') return { to: `/members/${item.staff.personId}?section=dbs`, where: 'on their staff record' };
  return { to: `/members/${item.staff.personId}?section=supervision`, where: 'on their staff record' };
}

/** The item's status in words (colour only helps): "Overdue by 3 days", "Today", "Friday", "In 40 days". */
export function whenWords(item: DashboardItem): string {
  if (item.kind === 'no-supervisor' || !item.date) return 'To do';
  // Within the coming week a day's name reads more easily than a count.
  if (item.daysLeft >= 2 && item.daysLeft < 7) return WEEKDAYS[isoWeekday(item.date) - 1]!;
  return daysWords(item.daysLeft);
}
