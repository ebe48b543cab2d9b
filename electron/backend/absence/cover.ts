// The absences the rota's cover warning needs: who is off on which days, with the kind in the words the
// rota may show (a disability-related absence reads as sickness there).
import { absenceKindWords } from '../../../shared/domain/absence';
import type { Db } from '../db/open';
import type { CoverAbsence } from '../rota/warnings';
import { absencesTouching, typesById } from './repository';

/** Absences with any day from `from` to `to`, of everyone or of the staff given. */
export function coverAbsences(db: Db, from: string, to: string, staffIds?: readonly number[]): CoverAbsence[] {
  const rows = absencesTouching(db, from, to, staffIds);
  if (rows.length === 0) return [];
  const types = typesById(db);
  return rows.map((r) => ({
    staffId: r.staffId, firstDay: r.firstDay, lastDay: r.lastDay, partDayMinutes: r.partDayMinutes,
    kindWords: absenceKindWords(types.get(r.typeId) ?? { name: 'absence', isDisabilityRelated: false }),
  }));
}
