// Benefits-advice referrals' use cases: the lists and prompts, one person's referrals, saving a referral
// (which can answer a stored prompt), attaching the weekly hours and earnings statement (only with
// consent to share recorded) and downloading it again. Each write runs in one transaction and answers
// with the whole referral, or the whole lists, so a screen shows what was stored.
import type { z } from 'zod';
import type { attachStatementSchema, Referral, ReferralLists, saveReferralSchema } from '../../../shared/contract/referrals';
import { AppFailure } from '../../../shared/contract/result';
import type { ExportedFile } from '../../../shared/contract/transfer';
import { formatUkDate, londonToday } from '../../../shared/domain/dates';
import { addDays, daysBetween, mondayOf } from '../../../shared/domain/pay/calendar';
import type { OfficeContext } from '../context';
import { readList } from '../lists/service';
import { weeklyStatementFile } from '../payroll/statement';
import { findStaff, findStaffByPerson, personExists } from '../staff/repository';
import { referralPrompts } from './prompts';
import {
  answerPrompt, deleteAttachmentsOf, dismissPromptRow, findAttachment, findPrompt, findReferral, insertAttachment, loadReferrals, openPrompts, openReferralsCondition, personIdIs,
  referralIdIs, touchReferral, writeReferral, type ReferralRowDb,
} from './repository';

const today = (ctx: OfficeContext) => londonToday(ctx.now());

const GONE = 'That referral is no longer on the list. Reload the page.';

function referralOrFail(ctx: OfficeContext, id: number): ReferralRowDb {
  const found = findReferral(ctx.db, id);
  if (!found) throw new AppFailure('NOT_FOUND', GONE);
  return found;
}

/** Open referrals (oldest first), follow-ups due, people on benefits with no referral, and every prompt. */
export function lists(ctx: OfficeContext): ReferralLists {
  const day = today(ctx);
  const open = loadReferrals(ctx.db, openReferralsCondition(), day);
  return { today: day, open, followUpsDue: open.filter((r) => r.followUpDue), ...referralPrompts(ctx, day) };
}

/** Everyone's on the register can be referred, member or staff; newest referral first. */
export function person(ctx: OfficeContext, personId: number): Referral[] {
  if (!personExists(ctx.db, personId)) throw new AppFailure('NOT_FOUND', 'That person is not on the register. They may have been deleted.');
  return loadReferrals(ctx.db, personIdIs(personId), today(ctx), 'newest-first');
}

export function get(ctx: OfficeContext, id: number): Referral {
  const [found] = loadReferrals(ctx.db, referralIdIs(id), today(ctx));
  if (!found) throw new AppFailure('NOT_FOUND', GONE);
  return found;
}

type SaveInput = z.output<typeof saveReferralSchema>;

/** Problems with the referral as entered, by field, all at once: the form marks every one. */
function fieldProblems(ctx: OfficeContext, input: SaveInput, existing: ReferralRowDb | undefined, day: string): Record<string, string> {
  const fields: Record<string, string> = {};
  if (existing && existing.personId !== input.personId) {
    fields['personId'] = 'A referral stays with the person it was made for. To refer someone else, make a new referral';
  }
  // An old referral keeps a service the office has since taken off its list; a new choice must be on it.
  const services = readList(ctx.db, 'adviceServices');
  if (!services.includes(input.service) && input.service !== existing?.service) {
    fields['service'] = services.length === 0
      ? `Add the advice services you refer people to in Settings, Lists and places, then choose one`
      : `"${input.service}" is not on the list of advice services. Choose one from the list, or add it in Settings, Lists and places first`;
  }
  if (input.consentOn && input.consentOn > day) fields['consentOn'] = `The date they gave consent cannot be after today (${formatUkDate(day)})`;
  return fields;
}

/** The stored prompt this referral answers, checked: it must be about the same person and not answered by another referral. */
function promptProblem(ctx: OfficeContext, input: SaveInput, referralId: number | undefined): string | null {
  if (input.promptId === undefined) return null;
  const prompt = findPrompt(ctx.db, input.promptId);
  if (!prompt) throw new AppFailure('NOT_FOUND', 'That prompt is no longer on the list. Reload the page and make the referral again.');
  if (findStaff(ctx.db, prompt.staffId)?.personId !== input.personId) return 'That prompt is about someone else. Make the referral from their prompt';
  if (prompt.status === 'referred' && prompt.referralId !== referralId) {
    const other = prompt.referralId === null ? undefined : findReferral(ctx.db, prompt.referralId);
    return `That change is already answered by the referral of ${other ? formatUkDate(other.referredOn) : 'another day'}. Save this referral without it, or open that one`;
  }
  return null;
}

export function save(ctx: OfficeContext, input: SaveInput): Referral {
  const day = today(ctx);
  const id = ctx.sqlite.transaction(() => {
    const existing = input.id === undefined ? undefined : referralOrFail(ctx, input.id);
    if (!personExists(ctx.db, input.personId)) {
      throw new AppFailure('NOT_FOUND', 'That person is not on the register. They may have been deleted: choose them again.', { personId: 'Choose someone on the register' });
    }
    const fields = fieldProblems(ctx, input, existing, day);
    const prompt = promptProblem(ctx, input, input.id);
    if (prompt) fields['promptId'] = prompt;
    const problems = Object.values(fields);
    if (problems.length) throw new AppFailure('VALIDATION', problems.length === 1 ? `${problems[0]}.` : `${problems.join('. ')}.`, fields);
    const { id: _id, promptId, ...values } = input;
    const nowIso = ctx.now().toISOString();
    const saved = writeReferral(ctx.db, values, { nowIso, ...(existing ? { id: existing.id } : {}) });
    // Consent withdrawn: what was attached on the strength of it is no longer kept (the form says so first).
    if (existing?.consentToShare && !input.consentToShare) deleteAttachmentsOf(ctx.db, existing.id);
    if (promptId !== undefined) answerPrompt(ctx.db, promptId, saved, nowIso);
    // A new referral made from the person's record rather than from the prompt answers their changes
    // that came before it just the same (a referral back-dated to before a change does not).
    if (!existing) {
      const record = findStaffByPerson(ctx.db, input.personId);
      for (const open of record ? openPrompts(ctx.db).filter((p) => p.staffId === record.id) : []) {
        if (londonToday(new Date(open.createdAt)) <= input.referredOn) answerPrompt(ctx.db, open.id, saved, nowIso);
      }
    }
    return saved;
  })();
  return get(ctx, id);
}

/** Why a statement cannot be attached to this referral, as a refusal; else the staff id whose statement it is. */
function attachableStaff(ctx: OfficeContext, referral: ReferralRowDb): number {
  if (!referral.consentToShare) {
    const message = 'Record their consent to share first: tick consent to share and enter the date they gave it, save, then attach the statement.';
    throw new AppFailure('VALIDATION', message, { consentToShare: 'Record their consent to share before attaching a statement' });
  }
  const record = findStaffByPerson(ctx.db, referral.personId);
  if (!record) throw new AppFailure('NOT_FOUND', 'They have no staff record, so there are no hours or earnings to attach. A statement can be attached only for staff.');
  return record.id;
}

/**
 * Builds payroll's weekly hours and earnings statement for the dates (whole Monday-to-Sunday weeks) and
 * stores the workbook with the referral. The consent check runs again once the workbook is written.
 */
export async function attachStatement(ctx: OfficeContext, input: z.output<typeof attachStatementSchema>): Promise<Referral> {
  const staffId = attachableStaff(ctx, referralOrFail(ctx, input.referralId));
  const file = await weeklyStatementFile(ctx, staffId, input.from, input.to);
  ctx.sqlite.transaction(() => {
    const again = attachableStaff(ctx, referralOrFail(ctx, input.referralId));
    if (again !== staffId) throw new AppFailure('CONFLICT', 'The referral changed while the statement was being made. Try again.');
    const nowIso = ctx.now().toISOString();
    insertAttachment(ctx.db, {
      referralId: input.referralId, staffId, fromDate: mondayOf(input.from), toDate: addDays(mondayOf(input.to), 6),
      fileName: file.fileName, content: Buffer.from(file.contentBase64, 'base64'), createdAt: nowIso,
    });
    touchReferral(ctx.db, input.referralId, nowIso);
  })();
  return get(ctx, input.referralId);
}

/** The stored workbook, as it was attached. Withdrawn consent stops it being downloaded to share. */
export function attachment(ctx: OfficeContext, id: number): ExportedFile {
  const found = findAttachment(ctx.db, id);
  if (!found) throw new AppFailure('NOT_FOUND', 'That statement is no longer attached. Reload the page.');
  if (!findReferral(ctx.db, found.referralId)?.consentToShare) {
    throw new AppFailure('CONFLICT', 'Consent to share is no longer recorded on this referral, so its statement cannot be downloaded to share. Record their consent again if they give it.');
  }
  // Stored as whole Monday-to-Sunday weeks: one row of the workbook each.
  const weeks = (daysBetween(found.fromDate, found.toDate) + 1) / 7;
  return { fileName: found.fileName, contentBase64: Buffer.from(found.content).toString('base64'), rows: weeks };
}

/** The office decided a stored prompt needs no referral. Dismissing it twice is harmless. */
export function dismissPrompt(ctx: OfficeContext, id: number): ReferralLists {
  ctx.sqlite.transaction(() => {
    const prompt = findPrompt(ctx.db, id);
    if (!prompt) throw new AppFailure('NOT_FOUND', 'That prompt is no longer on the list. Reload the page.');
    if (prompt.status === 'referred') {
      const referral = prompt.referralId === null ? undefined : findReferral(ctx.db, prompt.referralId);
      throw new AppFailure('CONFLICT', `That change is already answered by the referral of ${referral ? formatUkDate(referral.referredOn) : 'another day'}, so there is nothing to dismiss.`);
    }
    dismissPromptRow(ctx.db, id, ctx.now().toISOString());
  })();
  return lists(ctx);
}
