// The members register's use cases. Each write runs in one transaction: it happens whole or not at all.
import type { Member, MemberSearch, MemberSearchResult, MemberValues } from '../../../shared/contract/members';
import { AppFailure } from '../../../shared/contract/result';
import { londonToday } from '../../../shared/domain/dates';
import { displayName } from '../../../shared/domain/members';
import type { OfficeContext } from '../context';
import { countByStatus, deleteMemberRow, findMember, findPossibleDuplicates, nextMemberNumber, searchMembers, writeMember } from './repository';
import { findStaffByPerson } from '../staff/repository';
import { countReferralsOf } from '../referrals/repository';

/** A record may be deleted outright only this soon after it was made: it was made by mistake. */
export const DELETE_WINDOW_HOURS = 24;

export function search(ctx: OfficeContext, input: MemberSearch): MemberSearchResult {
  const { rows, total } = searchMembers(ctx.db, input, londonToday(ctx.now()));
  return { rows, total, counts: countByStatus(ctx.db) };
}

export function get(ctx: OfficeContext, id: number): Member {
  const found = findMember(ctx.db, id);
  if (!found) throw new AppFailure('NOT_FOUND', 'That person is not on the register. They may have been deleted.');
  const ageHours = (ctx.now().getTime() - Date.parse(found.createdAt)) / 3_600_000;
  const canDelete = ageHours <= DELETE_WINDOW_HOURS && !findStaffByPerson(ctx.db, id) && countReferralsOf(ctx.db, id) === 0;
  return { ...found, canDelete, possibleDuplicates: findPossibleDuplicates(ctx.db, id, found) };
}

export function create(ctx: OfficeContext, values: MemberValues): Member {
  const id = ctx.sqlite.transaction(() =>
    writeMember(ctx.db, values, { memberNumber: nextMemberNumber(ctx.db), nowIso: ctx.now().toISOString() }),
  )();
  return get(ctx, id);
}

/** Someone who has left holds no current role: open roles end on the day they left. */
const endOpenRoles = (roles: MemberValues['roles'], leftOn: string): MemberValues['roles'] =>
  roles.map((r) => (r.endedOn || r.startedOn > leftOn ? r : { ...r, endedOn: leftOn }));

export function update(ctx: OfficeContext, id: number, values: MemberValues): Member {
  ctx.sqlite.transaction(() => {
    const existing = get(ctx, id);
    const roles = values.status === 'left' ? endOpenRoles(values.roles, values.leftOn) : values.roles;
    writeMember(ctx.db, { ...values, roles }, { id, memberNumber: existing.memberNumber, nowIso: ctx.now().toISOString() });
  })();
  return get(ctx, id);
}

/** "Left" rather than deleted: the record stays, their current roles end on the day they left. */
export function archive(ctx: OfficeContext, id: number, leftOn: string): Member {
  ctx.sqlite.transaction(() => {
    const { id: _id, memberNumber, createdAt: _c, updatedAt: _u, canDelete: _d, possibleDuplicates: _p, ...values } = get(ctx, id);
    if (leftOn < values.joinedOn) {
      throw new AppFailure('VALIDATION', 'The date they left must be on or after the date they joined.', { leftOn: 'The date they left must be on or after the date they joined' });
    }
    const roles = endOpenRoles(values.roles, leftOn);
    writeMember(ctx.db, { ...values, roles, status: 'left', leftOn }, { id, memberNumber, nowIso: ctx.now().toISOString() });
  })();
  return get(ctx, id);
}

export function remove(ctx: OfficeContext, id: number): { deleted: true } {
  ctx.sqlite.transaction(() => {
    const member = get(ctx, id);
    // Pay records are kept for years after someone leaves, and the staff record holds them.
    const staffRecord = findStaffByPerson(ctx.db, id);
    if (staffRecord) {
      throw new AppFailure('CONFLICT', `${displayName(member)} has a staff record (works number ${staffRecord.worksNumber}), so they cannot be deleted: their pay records must be kept. Mark them as left instead.`);
    }
    // Referrals record advice and consent to share given: they are kept, so the person is too.
    const referrals = countReferralsOf(ctx.db, id);
    if (referrals > 0) {
      throw new AppFailure('CONFLICT', `${displayName(member)} has benefits-advice referrals (${referrals}), so they cannot be deleted: the referrals must be kept. Mark them as left instead.`);
    }
    if (!member.canDelete) {
      throw new AppFailure('CONFLICT', `Only a record made by mistake in the last ${DELETE_WINDOW_HOURS} hours can be deleted. Mark them as left instead, so their history is kept.`);
    }
    deleteMemberRow(ctx.db, id);
  })();
  return { deleted: true };
}
