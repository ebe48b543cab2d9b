// Staff records' use cases. Each write runs in one transaction and answers with the whole record, so a
// screen shows what was stored, warnings and all.
import type { z } from 'zod';
import { AppFailure } from '../../../shared/contract/result';
import { probationTooLong, type addRateSchema, type saveDbsSchema, type setBenefitStatusSchema, type StaffRecord, type StaffReminder, type StaffRow, type StaffValues } from '../../../shared/contract/staff';
import { formatUkDate, londonToday } from '../../../shared/domain/dates';
import { displayName } from '../../../shared/domain/members';
import { inForceOn } from '../../../shared/domain/pay/dated';
import { formatNiNumber } from '../../../shared/domain/staff';
import type { OfficeContext } from '../context';
import { datedTable } from '../settings/dated';
import { assertRateChangeOpen } from '../payroll/schedule';
import {
  deleteRate, findDbs, findRate, findStaff, findStaffByPerson, holderOf, insertRate, loadBundles, personExists, rateOn, touchStaff,
  upsertBenefit, writeDbs, writeStaff, type StaffBundle,
} from './repository';
import { isCurrentStaff, remindersFor, staffWarnings } from './warnings';
import { afterStaffSaved } from '../supervision/plan';
// A change of hours or pay for someone on benefits should lead to a benefits-advice referral.
import { promptOnHoursChange, promptOnRateChange } from '../referrals/staff-changes';
import { eventsOf } from '../supervision/repository';

const today = (ctx: OfficeContext) => londonToday(ctx.now());

function toRecord(b: StaffBundle, ctx: OfficeContext, day: string): StaffRecord {
  const { personId, createdAt, updatedAt, ...fields } = b.staff;
  const currentRate = inForceOn(b.rates.map((r) => ({ ...r, from: r.effectiveFrom })), day);
  const currentBenefit = inForceOn(b.benefits.map((r) => ({ ...r, from: r.fromDate })), day);
  return {
    ...fields, personId, createdAt, updatedAt,
    name: displayName(b.person), memberNumber: b.person.memberNumber, dateOfBirth: b.person.dateOfBirth,
    isCurrent: isCurrentStaff(b.staff, day),
    rates: b.rates,
    currentRate: currentRate ? { id: currentRate.id, effectiveFrom: currentRate.effectiveFrom, hourlyPence: currentRate.hourlyPence } : null,
    benefitHistory: b.benefits,
    currentBenefit: currentBenefit?.kind ?? 'none',
    dbsChecks: b.dbs,
    warnings: staffWarnings(b, datedTable(ctx.db, 'minimum-wage'), day),
  };
}

/** The person's staff record, or null when they have none. */
export function get(ctx: OfficeContext, personId: number): StaffRecord | null {
  if (!personExists(ctx.db, personId)) throw new AppFailure('NOT_FOUND', 'That person is not on the register. They may have been deleted.');
  const [bundle] = loadBundles(ctx.db, { personId });
  return bundle ? toRecord(bundle, ctx, today(ctx)) : null;
}

const getSure = (ctx: OfficeContext, personId: number): StaffRecord => get(ctx, personId)!;

function staffOrFail(ctx: OfficeContext, staffId: number) {
  const found = findStaff(ctx.db, staffId);
  if (!found) throw new AppFailure('NOT_FOUND', 'That staff record no longer exists. Open the person again from the register.');
  return found;
}

/** Makes the person staff, or updates their record: one record per person. */
export function save(ctx: OfficeContext, values: StaffValues): StaffRecord {
  ctx.sqlite.transaction(() => {
    if (!personExists(ctx.db, values.personId)) throw new AppFailure('NOT_FOUND', 'That person is not on the register. They may have been deleted.');
    const existing = findStaffByPerson(ctx.db, values.personId);
    const exceptId = existing?.id ?? null;
    const fields: Record<string, string> = {};
    const works = holderOf(ctx.db, 'worksNumber', values.worksNumber, exceptId);
    if (works) fields['worksNumber'] = `Works number ${values.worksNumber} is already ${displayName(works)}'s. Each person needs their own, exactly as payroll has it`;
    const ni = values.niNumber ? holderOf(ctx.db, 'niNumber', values.niNumber, exceptId) : undefined;
    if (ni) fields['niNumber'] = `National Insurance number ${formatNiNumber(values.niNumber)} is already on ${displayName(ni)}'s staff record. Check it, or check whether they are on the register twice`;
    // An extension's event records why the end moved; an edit here would move it with no reason kept.
    if (existing && values.probationEndDate !== existing.probationEndDate && eventsOf(ctx.db, existing.id).some((e) => e.kind === 'extended')) {
      fields['probationEndDate'] = 'Probation has been extended: change its end with Extend probation on the Probation and supervision panel, so the record keeps why';
    } else {
      // Told beside the field on its own: the form checks it before sending, so this is a refusal of last resort.
      const tooLong = probationTooLong(values, existing ?? null);
      if (tooLong) throw new AppFailure('VALIDATION', `${tooLong}.`, { probationEndDate: tooLong });
    }
    const clashes = Object.values(fields);
    if (clashes.length) throw new AppFailure('CONFLICT', clashes.length === 1 ? `${clashes[0]}.` : `${clashes.join('. ')}.`, fields);
    const nowIso = ctx.now().toISOString();
    const staffId = writeStaff(ctx.db, values, { nowIso, ...(existing ? { id: existing.id } : {}) });
    // A new record gets its supervision arrangement and probation plan; new dates re-plan an undecided probation.
    afterStaffSaved(ctx.db, existing, staffId, nowIso);
    promptOnHoursChange(ctx.db, existing, values.weeklyMinutes, today(ctx), nowIso);
  })();
  return getSure(ctx, values.personId);
}

export function addRate(ctx: OfficeContext, input: z.output<typeof addRateSchema>): StaffRecord {
  const s = ctx.sqlite.transaction(() => {
    const s = staffOrFail(ctx, input.staffId);
    if (rateOn(ctx.db, s.id, input.effectiveFrom)) {
      const message = `There is already a rate from ${formatUkDate(input.effectiveFrom)}. To change it, remove it and add the right one.`;
      throw new AppFailure('CONFLICT', message, { effectiveFrom: message });
    }
    assertRateChangeOpen(ctx.db, s.id, input.effectiveFrom);
    insertRate(ctx.db, s.id, input.effectiveFrom, input.hourlyPence);
    promptOnRateChange(ctx.db, s.id, input.effectiveFrom, input.hourlyPence, ctx.now().toISOString());
    touchStaff(ctx.db, s.id, ctx.now().toISOString());
    return s;
  })();
  return getSure(ctx, s.personId);
}

/** Removes a rate entered by mistake; refused once hours in an approved period were paid by it. */
export function removeRate(ctx: OfficeContext, rateId: number): StaffRecord {
  const s = ctx.sqlite.transaction(() => {
    const rate = findRate(ctx.db, rateId);
    if (!rate) throw new AppFailure('NOT_FOUND', 'That pay rate has already been removed.');
    assertRateChangeOpen(ctx.db, rate.staffId, rate.effectiveFrom);
    deleteRate(ctx.db, rateId);
    touchStaff(ctx.db, rate.staffId, ctx.now().toISOString());
    return staffOrFail(ctx, rate.staffId);
  })();
  return getSure(ctx, s.personId);
}

/** Records what held from a day ('none' when a benefit ends); a second entry for the same day corrects it. */
export function setBenefitStatus(ctx: OfficeContext, input: z.output<typeof setBenefitStatusSchema>): StaffRecord {
  const s = ctx.sqlite.transaction(() => {
    const s = staffOrFail(ctx, input.staffId);
    upsertBenefit(ctx.db, s.id, input.fromDate, input.kind);
    touchStaff(ctx.db, s.id, ctx.now().toISOString());
    return s;
  })();
  return getSure(ctx, s.personId);
}

export function saveDbs(ctx: OfficeContext, input: z.output<typeof saveDbsSchema>): StaffRecord {
  const s = ctx.sqlite.transaction(() => {
    const s = staffOrFail(ctx, input.staffId);
    const { id, staffId: _staffId, ...values } = input;
    if (id !== undefined && findDbs(ctx.db, id)?.staffId !== s.id) {
      throw new AppFailure('NOT_FOUND', 'That DBS check is not on this staff record. Open the record again and retry.');
    }
    writeDbs(ctx.db, s.id, values, id);
    touchStaff(ctx.db, s.id, ctx.now().toISOString());
    return s;
  })();
  return getSure(ctx, s.personId);
}

/** Every staff record, current staff first, then by surname and first name. */
export function list(ctx: OfficeContext): StaffRow[] {
  const day = today(ctx);
  const table = datedTable(ctx.db, 'minimum-wage');
  const rows = loadBundles(ctx.db).map((b) => {
    const rate = inForceOn(b.rates.map((r) => ({ ...r, from: r.effectiveFrom })), day);
    return {
      sortName: `${b.person.lastName} ${b.person.firstName}`,
      row: {
        staffId: b.staff.id, personId: b.staff.personId, name: displayName(b.person), memberNumber: b.person.memberNumber,
        worksNumber: b.staff.worksNumber, jobRole: b.staff.jobRole, contractType: b.staff.contractType,
        startDate: b.staff.startDate, endDate: b.staff.endDate, isCurrent: isCurrentStaff(b.staff, day),
        currentRatePence: rate?.hourlyPence ?? null, dbsRenewalDueOn: b.dbs[0]?.renewalDueOn ?? '',
        warningCount: staffWarnings(b, table, day).length,
      },
    };
  });
  const byName = new Intl.Collator('en-GB', { sensitivity: 'base' });
  rows.sort((a, b) => Number(b.row.isCurrent) - Number(a.row.isCurrent) || byName.compare(a.sortName, b.sortName) || a.row.staffId - b.row.staffId);
  return rows.map((r) => r.row);
}

export const reminders = (ctx: OfficeContext, withinDays: number): StaffReminder[] => remindersFor(loadBundles(ctx.db), today(ctx), withinDays);
