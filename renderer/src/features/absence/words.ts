// How absence reads on screen. Figures are said in words as well as numbers, and a review point reached is
// said as support: a wellbeing check-in is a conversation about how someone is, never a warning.
import type { Absence, AbsenceFigures, WellbeingCheckin } from '../../../../shared/contract/absence';
import { formatUkDate, weekdayName } from '../../../../shared/domain/dates';

/** Days can be half (a part day): "1 day", "2.5 days", "0 days". */
export const daysText = (days: number): string => {
  const shown = Number.isInteger(days) ? String(days) : days.toFixed(1);
  return `${shown} ${days === 1 ? 'day' : 'days'}`;
};

/** A number of days as a table cell: "2.5". */
export const daysNumber = (days: number): string => (Number.isInteger(days) ? String(days) : days.toFixed(1));

export const spellsText = (spells: number): string => `${spells} ${spells === 1 ? 'spell' : 'spells'}`;

/** 0.0421 -> "4.2%"; null (nothing scheduled) -> "no days scheduled". */
export const rateText = (rate: number | null): string => (rate === null ? 'no days scheduled' : `${(rate * 100).toFixed(1)}%`);

/** 210 -> "3 hours 30 minutes". */
export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 0 ? '' : `${h} ${h === 1 ? 'hour' : 'hours'}`;
  const mins = m === 0 ? '' : `${m} ${m === 1 ? 'minute' : 'minutes'}`;
  return [hours, mins].filter(Boolean).join(' ');
}

/** "Mon 23/11/2026": a date in a table column. */
export const shortDate = (date: string): string => `${weekdayName(date).slice(0, 3)} ${formatUkDate(date)}`;

/** When an absence was: "23/11/2026 (3 hours)", "23/11/2026 to 27/11/2026", "From 23/11/2026: still off". */
export function absenceWhen(a: Pick<Absence, 'firstDay' | 'lastDay' | 'partDayMinutes'>): string {
  if (!a.lastDay) return `From ${formatUkDate(a.firstDay)}: still off`;
  if (a.lastDay === a.firstDay) return a.partDayMinutes === null ? formatUkDate(a.firstDay) : `${formatUkDate(a.firstDay)} (${hoursText(a.partDayMinutes)})`;
  return `${formatUkDate(a.firstDay)} to ${formatUkDate(a.lastDay)}`;
}

/** Someone off now, in a list: "Sickness since 16/11/2026 (still off)", "Sickness, 23/11/2026 to 30/11/2026". */
export const offWords = (a: Pick<Absence, 'type' | 'firstDay' | 'lastDay' | 'partDayMinutes'>): string =>
  (a.lastDay ? `${a.type.name}, ${absenceWhen(a)}` : `${a.type.name} since ${formatUkDate(a.firstDay)} (still off)`);

/** "Sickness, 23/11/2026 to 27/11/2026": an absence named in a title or a label. */
// Mid-sentence, "From 19/11/2026" reads "from 19/11/2026".
export const absenceTitle = (a: Pick<Absence, 'type' | 'firstDay' | 'lastDay' | 'partDayMinutes'>): string => `${a.type.name}, ${absenceWhen(a).replace(/^From /, 'from ')}`;

/** The certificate in words: "Self-certified", "Fit note 01/11/2026 to 14/11/2026", "Fit note needed". */
export function certificateWords(a: Pick<Absence, 'certification' | 'fitNoteFrom' | 'fitNoteTo' | 'fitNoteNeeded' | 'type'>): string {
  if (a.certification === 'fit-note') return `Fit note ${formatUkDate(a.fitNoteFrom)} to ${formatUkDate(a.fitNoteTo)}`;
  if (a.fitNoteNeeded) return 'Fit note needed (past 7 days)';
  return a.type.isSickness ? 'Self-certified' : 'Not needed';
}

/** The return-to-work conversation in words: held, to hold, or for when they are back. */
export function returnToWorkWords(a: Pick<Absence, 'rtwHeldOn' | 'rtwBy' | 'rtwToChase'>): string {
  if (a.rtwHeldOn) return `Held on ${formatUkDate(a.rtwHeldOn)}${a.rtwBy ? ` by ${a.rtwBy}` : ''}`;
  if (a.rtwToChase) return 'To hold';
  return 'When they are back';
}

/** "Offer Alba Quaintance a wellbeing check-in: a conversation about how they are and what would help." */
export const checkinOffer = (name: string): string => `Offer ${name} a wellbeing check-in: a conversation about how they are and what would help.`;

/** What came of a check-in, in words. */
export function checkinOutcome(c: Pick<WellbeingCheckin, 'status' | 'heldOn' | 'heldBy' | 'supportAgreed'>): string {
  const by = c.heldBy ? ` by ${c.heldBy}` : '';
  const support = c.supportAgreed ? ` Support agreed: ${c.supportAgreed}` : '';
  switch (c.status) {
    case 'held': return `Held on ${formatUkDate(c.heldOn)}${by}.${support}`;
    case 'declined': return `Offered on ${formatUkDate(c.heldOn)}${by}; they chose not to have one.${support}`;
    case 'not-needed': return `Not needed${c.heldOn ? ` (decided on ${formatUkDate(c.heldOn)}${by})` : ''}.${support}`;
    default: return 'To offer';
  }
}

export const CHECKIN_STATUS_LABELS: Record<WellbeingCheckin['status'], string> = {
  'to-do': 'To offer', held: 'Held', declined: 'Offered but declined', 'not-needed': 'Not needed',
};

/**
 * The review point in words: which one the score has reached and what came of the check-in it asks for,
 * or that it is below the first. A point reached is an invitation to talk, so it says what to offer.
 */
export function reviewPointWords(f: Pick<AbsenceFigures, 'reachedPoint' | 'reviewPoints'>, checkin?: WellbeingCheckin): string {
  if (f.reachedPoint === null) return f.reviewPoints.length ? `None reached: the first is ${f.reviewPoints[0]}` : 'None set';
  const reached = `${f.reachedPoint} reached`;
  if (!checkin || checkin.status === 'to-do') return `${reached}: offer a wellbeing check-in`;
  if (checkin.status === 'held') return `${reached}: wellbeing check-in held on ${formatUkDate(checkin.heldOn)}`;
  if (checkin.status === 'declined') return `${reached}: wellbeing check-in offered on ${formatUkDate(checkin.heldOn)}`;
  return `${reached}: a wellbeing check-in was not needed`;
}

/** "51, 201, 401 and 601". */
export function listWords(values: readonly (string | number)[]): string {
  const words = values.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** '2026-11' -> "November 2026"; short: "Nov". */
export const monthWords = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
export const monthShort = (month: string): string => MONTHS[Number(month.slice(5, 7)) - 1]!.slice(0, 3);
