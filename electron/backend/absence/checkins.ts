// Wellbeing check-ins: when someone's Bradford factor reaches a review point, the office is asked to offer
// them a conversation about how they are and what would help (ACAS: a supportive conversation, never an
// automatic warning). Made in the same transaction as the write that moved the score, never on reading.
import { checkinToOffer, rollingWindow } from '../../../shared/domain/absence';
import type { Db } from '../db/open';
import { isCurrentStaff } from '../staff/warnings';
import { byStaff, figuresFor, loadFigureContext } from './figures';
import { absencesTouching, checkinsOf, closeLowerCheckins, insertCheckin, loadNamedStaff, withdrawAbove } from './repository';

/**
 * Offers a check-in to each current member of staff given (everyone current, when none are given) whose
 * score has reached a review point with no check-in for that point, or a higher one, in the rolling 52
 * weeks. Runs inside the caller's transaction. Returns how many were offered.
 */
export function offerCheckins(db: Db, today: string, nowIso: string, staffIds?: readonly number[]): number {
  const named = loadNamedStaff(db);
  const ids = (staffIds ?? [...named.keys()]).filter((id) => {
    const who = named.get(id);
    return who !== undefined && isCurrentStaff(who.staff, today);
  });
  if (ids.length === 0) return 0;
  const rows = absencesTouching(db, rollingWindow(today).from, today, ids);
  const fc = loadFigureContext(db, today, rows, ids.length === 1 ? { staffId: ids[0]! } : {});
  const rowsOf = byStaff(rows);
  const earlierOf = new Map<number, { reviewPoint: number; reachedOn: string }[]>();
  for (const c of checkinsOf(db)) earlierOf.set(c.staffId, [...(earlierOf.get(c.staffId) ?? []), c]);
  let offered = 0;
  for (const id of ids) {
    const figures = figuresFor(fc, id, rowsOf.get(id) ?? []);
    // A score that has fallen below a point still to offer (an absence deleted as a mistake, an
    // adjustment made): that conversation is no longer due.
    withdrawAbove(db, id, figures.reachedPoint ?? 0, nowIso);
    const point = checkinToOffer(figures.reachedPoint, earlierOf.get(id) ?? [], today);
    if (point === null) continue;
    // One conversation to offer, not one per point passed: a lower one still to do is covered by this.
    closeLowerCheckins(db, id, point - 1, nowIso);
    // Half days can make the score a half: the check-in keeps it whole, as people read it.
    insertCheckin(db, { staffId: id, reviewPoint: point, reachedOn: today, score: Math.round(figures.bradford) }, nowIso);
    offered += 1;
  }
  return offered;
}
