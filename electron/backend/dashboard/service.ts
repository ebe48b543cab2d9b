// The home screen's "this week": supervisions overdue and due, probation reviews, ends and decisions,
// DBS renewals and support sessions, each a whole sentence of what to do, linking to where it is done.
import type { Dashboard, DashboardItem, DashboardItemKind, DueSupervision, StaffName } from '../../../shared/contract/supervision';
import { PLAN_ITEM_LABELS } from '../../../shared/contract/supervision';
import { dayHeading as onDay, formatUkDate, londonToday } from '../../../shared/domain/dates';
import { daysBetween } from '../../../shared/domain/pay/calendar';
import { formatClock } from '../../../shared/domain/pay/shift';
import type { OfficeContext } from '../context';
import { readSetting } from '../lists/service';
import { loadBundles } from '../staff/repository';
import { DBS_WARNING_DAYS, PROBATION_WARNING_DAYS, remindersFor } from '../staff/warnings';
import { officePicture, supervisionLists } from '../supervision/lists';
import { missedProbationMeetings } from '../supervision/missed';
import { readSupervisionSettings } from '../supervision/settings';
import { decisionDueWords, sixMonthsWarning } from '../supervision/warnings';
import { supportSessionsBetween } from '../support/repository';
import { referralDashboardItems } from '../referrals/dashboard';
import { absenceItems } from '../absence/dashboard';

/** Overdue kinds first, then this week's, then the gentler reminders. */
export const DASHBOARD_ORDER: readonly DashboardItemKind[] = [
  'supervision-overdue', 'probation-decision-overdue', 'supervision-missed', 'absence-rtw', 'absence-fit-note', 'wellbeing-checkin',
  'probation-review', 'probation-end', 'supervision-due', 'dbs-renewal', 'no-supervisor', 'support-session',
  'referral-follow-up', 'referral-prompt',
];

const inDays = (days: number): string => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`);

function item(kind: DashboardItemKind, date: string, today: string, message: string, links: Partial<Pick<DashboardItem, 'staff' | 'supervisionId' | 'supportSessionId'>> = {}): DashboardItem {
  return { kind, date, daysLeft: daysBetween(today, date), message, staff: links.staff ?? null, supervisionId: links.supervisionId ?? null, supportSessionId: links.supportSessionId ?? null };
}

const isReview = (d: DueSupervision) => d.planItem === 'mid-point-review' || d.planItem === 'final-review';

/** A meeting owed: planned (late or this week) or due by the cadence with none booked. */
function supervisionItem(d: DueSupervision, today: string): DashboardItem {
  const who = d.staff.name;
  const what = d.planItem === '' ? 'supervision' : PLAN_ITEM_LABELS[d.planItem].toLowerCase();
  const withWhom = d.supervisor ? ` with ${d.supervisor.name}` : '';
  const late = d.due < today;
  const kind: DashboardItemKind = isReview(d) ? 'probation-review' : late ? 'supervision-overdue' : 'supervision-due';
  let message: string;
  if (d.supervisionId === null) {
    message = late
      ? `${who} was due a supervision by ${onDay(d.due)}. Book one${withWhom}.`
      : `${who} is due a supervision by ${onDay(d.due)}. Book one${withWhom}.`;
  } else if (late) {
    message = `${who}'s ${what}${withWhom} was planned for ${onDay(d.due)}. Record how it went, or reschedule it.`;
  } else {
    message = `Hold ${who}'s ${what}${withWhom} ${d.due === today ? 'today,' : 'on'} ${onDay(d.due)}.${d.supervisor ? '' : ' Nobody is named to hold it yet: choose a supervisor.'}`;
  }
  return item(kind, d.due, today, message, { staff: d.staff, supervisionId: d.supervisionId });
}

export function week(ctx: OfficeContext): Dashboard {
  const db = ctx.db;
  const today = londonToday(ctx.now());
  const picture = officePicture(db, today);
  const lists = supervisionLists(db, today, picture);
  const items: DashboardItem[] = [...lists.overdue, ...lists.dueThisWeek].map((d) => supervisionItem(d, today));
  for (const staff of lists.noSupervisor) items.push(item('no-supervisor', today, today, `Choose a supervisor for ${staff.name}.`, { staff }));

  for (const { person, missed } of missedProbationMeetings(db, picture.people)) {
    const what = missed.planItem === 'supervision' ? 'supervision' : PLAN_ITEM_LABELS[missed.planItem].toLowerCase();
    // Booked again with whoever supervises them now, as the cadence items say.
    const supervisor = person.supervisorStaffId === null ? undefined : picture.names.get(person.supervisorStaffId);
    const withWhom = supervisor ? ` with ${supervisor.name.name}` : '';
    // A review has an outcome to record, so the review itself is put back and moved; a supervision is simply booked again.
    const todo = missed.planItem === 'supervision' ? `book another${withWhom}` : `put it back to planned and reschedule it, or book a supervision${withWhom}`;
    items.push(item('supervision-missed', missed.plannedOn, today, `${person.who.name.name}'s ${what} on ${onDay(missed.plannedOn)} was missed: ${todo}.`, { staff: person.who.name }));
  }

  const noticeDays = readSupervisionSettings(db).probationNoticeDays;
  for (const p of picture.people) {
    if (!p.isCurrent) continue;
    const { name } = p.who.name;
    const end = p.who.staff.probationEndDate;
    if (p.state === 'overdue-decision') {
      items.push(item('probation-decision-overdue', end, today, `${name}'s probation ended on ${onDay(end)} with no decision recorded. Record it: confirm them in post, extend probation or end their employment.`, { staff: p.who.name }));
    }
    const daysLeft = daysBetween(today, end);
    if (p.state === 'in-probation' && daysLeft >= 0 && daysLeft <= PROBATION_WARNING_DAYS) {
      // The decide-by date and the protection date are the ones the warnings on their record give.
      const sixMonths = sixMonthsWarning(name, p.who.staff.startDate, end, noticeDays, today);
      const protection = !sixMonths ? ''
        : sixMonths.date! > today ? ` They are protected from unfair dismissal from ${formatUkDate(sixMonths.date)}, so a decision to end their employment, with notice, must take effect before then.`
          : ` They have been protected from unfair dismissal since ${formatUkDate(sixMonths.date)}, so ending their employment needs a fair reason and a fair process.`;
      items.push(item('probation-end', end, today, `${name}'s probation ends on ${onDay(end)} (${inDays(daysLeft)}). ${decisionDueWords(end, noticeDays, today, onDay)}${protection}`, { staff: p.who.name }));
    }
  }

  for (const r of remindersFor(loadBundles(db), today, DBS_WARNING_DAYS)) {
    if (r.kind !== 'dbs-renewal') continue;
    const staff: StaffName = { staffId: r.staffId, personId: r.personId, name: r.name };
    items.push(item('dbs-renewal', r.date, today, `${r.message}. ${r.daysLeft < 0 ? 'Renew it, then record the new date.' : 'Start the renewal in good time.'}`, { staff }));
  }

  for (const s of supportSessionsBetween(db, lists.weekFrom, lists.weekTo)) {
    const when = `${onDay(s.date)} at ${formatClock(s.startMinutes)}`;
    const message = s.date < today
      ? `Record who came to the support session “${s.theme}” on ${when}, ${s.placeName}.`
      : `The support session “${s.theme}” is on ${when}, ${s.placeName}. Check who is invited.`;
    items.push(item('support-session', s.date, today, message, { supportSessionId: s.id }));
  }

  items.push(...absenceItems(db, today));
  items.push(...referralDashboardItems(ctx, today, lists.weekTo));

  const rank = (k: DashboardItemKind) => DASHBOARD_ORDER.indexOf(k);
  items.sort((a, b) => rank(a.kind) - rank(b.kind) || a.date.localeCompare(b.date) || (a.staff?.name ?? '').localeCompare(b.staff?.name ?? ''));
  return { today, weekFrom: lists.weekFrom, weekTo: lists.weekTo, officeName: readSetting(db, 'officeName') ?? '', items };
}
