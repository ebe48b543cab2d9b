// The weekly hours and earnings statement: one person's worked hours and gross pay per Monday-to-Sunday
// week over chosen dates, with 4-week averages and the weeks over the permitted-work limits. Made for
// their benefits adviser (as .xlsx or printed on A4). Weeks off sick show their SSP qualifying days:
// SSP counts as earnings for benefits, and payroll (not this app) works out the amount.
import { eq } from 'drizzle-orm';
import type { StatementWeek, WeeklyStatement } from '../../../shared/contract/payroll-model';
import { AppFailure } from '../../../shared/contract/result';
import { londonToday } from '../../../shared/domain/dates';
import { displayName } from '../../../shared/domain/members';
import { addDays, mondayOf } from '../../../shared/domain/pay/calendar';
import { checkPermittedWork, rollingAverages, weeklyTotals } from '../../../shared/domain/pay/permitted-work';
import type { OfficeContext } from '../context';
import { people, staff } from '../db/schema';
import { readSetting } from '../lists/service';
import { loadPayFacts, loadSessions } from '../rota/repository';
import { permittedKindOn, rateOn } from '../rota/warnings';
import { datedTable } from '../settings/dated';
import { sspQualifyingDays } from './ssp-days';
import { statementWorkbook } from './statement-workbook';
import type { ExportedFile } from '../../../shared/contract/transfer';

const AVERAGE_WEEKS = 4;
const KIND_WORDS = { lower: 'Permitted work (lower limit)', higher: 'Permitted work (higher limit)', supported: 'Supported permitted work' } as const;

/** Longest span a statement covers: two years of weeks is what any adviser asks for. */
const MAX_DAYS = 2 * 366;

export function weeklyStatement(ctx: OfficeContext, staffId: number, from: string, to: string): WeeklyStatement {
  if (to > addDays(from, MAX_DAYS)) throw new AppFailure('VALIDATION', 'A statement covers up to two years: choose a later first day.', { from: 'Choose dates no more than two years apart' });
  const person = ctx.db.select({ s: staff, firstName: people.firstName, lastName: people.lastName, preferredName: people.preferredName })
    .from(staff).innerJoin(people, eq(people.id, staff.personId)).where(eq(staff.id, staffId)).get();
  if (!person) throw new AppFailure('NOT_FOUND', 'That staff record no longer exists.');
  const first = mondayOf(from);
  const last = addDays(mondayOf(to), 6);
  // Three weeks before the first, so the first week already has a full 4-week average.
  const early = addDays(first, -7 * (AVERAGE_WEEKS - 1));
  const facts = loadPayFacts(ctx.db, [staffId]);
  const worked = loadSessions(ctx.db, { from: early, to: last, staffId }).filter((s) => s.status === 'worked');
  const paid = worked.map((s) => ({ date: s.date, minutes: s.workedMinutes, ratePence: rateOn(facts, staffId, s.date) ?? 0 }));
  const totals = weeklyTotals(paid, { from: early, to: last });
  const averages = rollingAverages(totals, AVERAGE_WEEKS);
  const limits = datedTable(ctx.db, 'permitted-work');
  const kindNow = permittedKindOn(facts, staffId, to) ?? permittedKindOn(facts, staffId, from);
  const sickDays = sspQualifyingDays(ctx.db, { from: first, to: last }, londonToday(ctx.now()), staffId).get(staffId) ?? [];
  const weeks: StatementWeek[] = totals.map((w, i) => {
    const kind = permittedKindOn(facts, staffId, w.weekStart);
    const check = kind ? checkPermittedWork([w], kind, limits)[0]! : null;
    return {
      weekStart: w.weekStart, weekEnd: w.weekEnd, sessions: w.sessions, minutes: w.minutes, pence: w.pence,
      sspDays: sickDays.filter((d) => d >= w.weekStart && d <= w.weekEnd).length,
      averageMinutes: averages[i]!.averageMinutes, averagePence: averages[i]!.averagePence,
      overHours: check?.overHours ?? false, overEarnings: check?.overEarnings ?? false,
    };
  }).filter((w) => w.weekStart >= first);
  return {
    officeName: readSetting(ctx.db, 'officeName') ?? '', name: displayName(person), worksNumber: person.s.worksNumber, from: first, to: last,
    permittedWork: kindNow ? KIND_WORDS[kindNow] : '',
    weeks,
    totalMinutes: weeks.reduce((sum, w) => sum + w.minutes, 0),
    totalPence: weeks.reduce((sum, w) => sum + w.pence, 0),
    weeksOverLimit: weeks.filter((w) => w.overHours || w.overEarnings).length,
    generatedAt: ctx.now().toISOString(),
  };
}

export async function weeklyStatementFile(ctx: OfficeContext, staffId: number, from: string, to: string): Promise<ExportedFile> {
  const statement = weeklyStatement(ctx, staffId, from, to);
  const buffer = await statementWorkbook(statement);
  return { fileName: `weekly-hours-${statement.worksNumber.replace(/[^A-Za-z0-9-]/g, '')}-${statement.from}-to-${statement.to}.xlsx`, contentBase64: buffer.toString('base64'), rows: statement.weeks.length };
}
