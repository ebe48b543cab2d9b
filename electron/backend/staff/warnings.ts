// What a staff record should tell the office, worked out from the record and today's date with the
// pure rules in shared/domain/pay: rates below the minimum wage, DBS renewals, probation ends.
import type { StaffReminder, StaffWarning } from '../../../shared/contract/staff';
import { formatUkDate } from '../../../shared/domain/dates';
import { addYears, daysBetween } from '../../../shared/domain/pay/calendar';
import { inForceOn } from '../../../shared/domain/pay/dated';
import { belowMinimumWage, type MinimumWageRates, type WageBand, type WageWorker } from '../../../shared/domain/pay/minimum-wage';
import { formatPounds } from '../../../shared/domain/pay/rounding';
import { displayName } from '../../../shared/domain/members';
import type { StaffBundle } from './repository';

/** Warn this many days before a DBS renewal date, and before probation ends. */
export const DBS_WARNING_DAYS = 60;
export const PROBATION_WARNING_DAYS = 30;

const BAND_WORDS: Record<WageBand, string> = {
  '21-and-over': 'those aged 21 and over', '18-20': 'those aged 18 to 20', 'under-18': 'those under 18', apprentice: 'apprentices',
};

export const isCurrentStaff = (s: { endDate: string }, today: string): boolean => !s.endDate || s.endDate >= today;

const inDays = (days: number): string => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`);

function workerOf(b: StaffBundle): WageWorker {
  return { dateOfBirth: b.person.dateOfBirth || null, recordedBand: b.staff.ageBand || null, apprenticeshipStart: b.staff.apprenticeshipStartDate || null };
}

/**
 * Each rate is checked on every day its minimum could change while it is in force: the day it starts,
 * each new minimum-wage row, the birthdays and apprenticeship anniversary that move the band, and
 * today. A rate that was right when set can fall below on 1 April while it is still being paid.
 * Days before the minimum-wage table starts cannot be judged and are passed over.
 */
export function minimumWageWarnings(b: StaffBundle, table: readonly MinimumWageRates[], today: string): StaffWarning[] {
  if (b.rates.length === 0) return [];
  const worker = workerOf(b);
  if (!worker.dateOfBirth && !worker.recordedBand) {
    return [{ kind: 'no-age-for-minimum-wage', message: 'Add a date of birth on their register record, or an age band here, so their pay can be checked against the minimum wage.' }];
  }
  const bandChanges = [
    ...(worker.dateOfBirth ? [18, 19, 21].map((age) => addYears(worker.dateOfBirth!, age)) : []),
    ...(worker.apprenticeshipStart ? [worker.apprenticeshipStart, addYears(worker.apprenticeshipStart, 1)] : []),
  ];
  const lastDay = b.staff.endDate || null;
  const warnings: StaffWarning[] = [];
  b.rates.forEach((rate, i) => {
    const until = b.rates[i + 1]?.effectiveFrom ?? null; // exclusive
    const within = (d: string) => d > rate.effectiveFrom && (until === null || d < until) && (lastDay === null || d <= lastDay);
    const days = [rate.effectiveFrom, today, ...table.map((row) => row.from), ...bandChanges].filter((d) => d === rate.effectiveFrom || within(d));
    for (const day of [...new Set(days)].sort()) {
      const check = belowMinimumWage(rate.hourlyPence, worker, day, table);
      if (!check.ok || !check.below) continue;
      warnings.push({
        kind: 'below-minimum-wage', date: day, rateId: rate.id,
        message: `${formatPounds(rate.hourlyPence)} an hour (the rate from ${formatUkDate(rate.effectiveFrom)}) is below the minimum wage for ${BAND_WORDS[check.band]} ` +
          `on ${formatUkDate(day)}, which is ${formatPounds(check.minimumPence)}. Add a new rate from that date.`,
      });
      break;
    }
  });
  return warnings;
}

function dbsWarnings(b: StaffBundle, today: string): StaffWarning[] {
  const latest = b.dbs[0];
  if (!latest) return [{ kind: 'no-dbs', message: "No DBS check is recorded. Add the certificate's details." }];
  if (latest.renewalDueOn) {
    const days = daysBetween(today, latest.renewalDueOn);
    const date = latest.renewalDueOn;
    if (days < 0) return [{ kind: 'dbs-overdue', date, dbsId: latest.id, message: `The DBS check was due for renewal on ${formatUkDate(date)}. Renew it, then record the new date.` }];
    if (days <= DBS_WARNING_DAYS) return [{ kind: 'dbs-renewal-due', date, dbsId: latest.id, message: `The DBS check is due for renewal on ${formatUkDate(date)} (${inDays(days)}).` }];
    return [];
  }
  if (latest.updateService) {
    return [{ kind: 'dbs-no-renewal-date', dbsId: latest.id, message: 'The DBS check is on the Update Service but has no renewal date. Add it, so you are reminded before it lapses.' }];
  }
  return [];
}

/** Everything the record should tell the office today. Only the minimum-wage checks apply once someone has left. */
export function staffWarnings(b: StaffBundle, table: readonly MinimumWageRates[], today: string): StaffWarning[] {
  const warnings = minimumWageWarnings(b, table, today);
  if (!isCurrentStaff(b.staff, today)) return warnings;
  const payFrom = b.staff.startDate > today ? b.staff.startDate : today;
  if (!inForceOn(b.rates.map((r) => ({ ...r, from: r.effectiveFrom })), payFrom)) {
    warnings.push({ kind: 'no-rate', date: payFrom, message: `No pay rate is set for ${formatUkDate(payFrom)}. Add one.` });
  }
  warnings.push(...dbsWarnings(b, today));
  const probationDays = daysBetween(today, b.staff.probationEndDate);
  if (!b.probationDecided && probationDays >= 0 && probationDays <= PROBATION_WARNING_DAYS) {
    warnings.push({ kind: 'probation-ending', date: b.staff.probationEndDate, message: `Probation ends on ${formatUkDate(b.staff.probationEndDate)} (${inDays(probationDays)}). Hold the final review before then.` });
  }
  return warnings;
}

/** DBS renewals (overdue ones too) and probation ends within `withinDays`, for current staff, soonest first. */
export function remindersFor(bundles: readonly StaffBundle[], today: string, withinDays: number): StaffReminder[] {
  const reminders: StaffReminder[] = [];
  for (const b of bundles) {
    if (!isCurrentStaff(b.staff, today)) continue;
    const who = { staffId: b.staff.id, personId: b.staff.personId, name: displayName(b.person) };
    const renewal = b.dbs[0]?.renewalDueOn;
    if (renewal) {
      const daysLeft = daysBetween(today, renewal);
      if (daysLeft <= withinDays) {
        const message = daysLeft < 0
          ? `${who.name}'s DBS check was due for renewal on ${formatUkDate(renewal)}`
          : `${who.name}'s DBS check is due for renewal on ${formatUkDate(renewal)} (${inDays(daysLeft)})`;
        reminders.push({ kind: 'dbs-renewal', ...who, date: renewal, daysLeft, message });
      }
    }
    const probationEnd = b.staff.probationEndDate;
    const daysLeft = daysBetween(today, probationEnd);
    if (!b.probationDecided && daysLeft >= 0 && daysLeft <= withinDays) {
      reminders.push({ kind: 'probation-end', ...who, date: probationEnd, daysLeft, message: `${who.name}'s probation ends on ${formatUkDate(probationEnd)} (${inDays(daysLeft)})` });
    }
  }
  return reminders.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}
