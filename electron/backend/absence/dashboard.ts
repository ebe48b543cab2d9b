// The home screen's absence items: return-to-work conversations to hold, fit notes to ask for and
// wellbeing check-ins to offer, each a kind sentence linking to the absence or the person's record. The
// same lists as the Absence page, so the two never disagree.
import type { DashboardItem, DashboardItemKind, StaffName } from '../../../shared/contract/supervision';
import { fitNoteDueFrom } from '../../../shared/domain/absence';
import { dayHeading as onDay, formatUkDate } from '../../../shared/domain/dates';
import { addDays, daysBetween } from '../../../shared/domain/pay/calendar';
import type { Db } from '../db/open';
import { absenceOverview } from './overview';

function item(kind: DashboardItemKind, date: string, today: string, message: string, staff: StaffName, absenceId: number | null): DashboardItem {
  return {
    kind, date, daysLeft: daysBetween(today, date), message, staff,
    supervisionId: null, supportSessionId: null, absenceId, referralId: null, promptId: null,
  };
}

export function absenceItems(db: Db, today: string): DashboardItem[] {
  const o = absenceOverview(db, today);
  const items: DashboardItem[] = [];
  // One conversation per person: two short spells waiting are talked about together, not as two tasks.
  const waiting = new Map<number, typeof o.rtwToChase>();
  for (const a of o.rtwToChase) waiting.set(a.staffId, [...(waiting.get(a.staffId) ?? []), a]);
  for (const spells of waiting.values()) {
    const a = spells.at(-1)!; // oldest first: the latest spell is the one they are back from
    const back = a.returnedOn || addDays(a.lastDay, 1);
    // Without a return date the last day off is what is known: "back since Sunday" could be wrong.
    const when = a.returnedOn ? (a.returnedOn === today ? 'back today' : `back since ${onDay(a.returnedOn)}`) : `whose last day off was ${onDay(a.lastDay)}`;
    const about = spells.length > 1 ? ` about their last ${spells.length} absences` : '';
    items.push(item('absence-rtw', back, today, `Hold a return-to-work conversation with ${a.name}${about}, ${when}: ask how they are and agree any support that would help.`,
      { staffId: a.staffId, personId: a.personId, name: a.name }, a.id));
  }
  for (const a of o.fitNotesNeeded) {
    const due = fitNoteDueFrom(a.firstDay);
    const message = a.lastDay === '' || a.lastDay >= today
      ? `${a.name} has been off sick since ${onDay(a.firstDay)}: ask them for a fit note, needed from day 8 (${onDay(due)}), and record it when it comes.`
      : `${a.name} was off sick from ${formatUkDate(a.firstDay)} to ${formatUkDate(a.lastDay)}: a fit note is needed from day 8 (${formatUkDate(due)}). Ask them for it, and record it when it comes.`;
    items.push(item('absence-fit-note', due, today, message, { staffId: a.staffId, personId: a.personId, name: a.name }, a.id));
  }
  for (const c of o.checkinsToDo) {
    items.push(item('wellbeing-checkin', c.reachedOn, today, `Offer ${c.name} a wellbeing check-in: a conversation about how they are and what would help.`,
      { staffId: c.staffId, personId: c.personId, name: c.name }, null));
  }
  return items;
}
