// The office's review points for the Bradford factor: common practice (51, 201, 401, 601) until the office
// sets its own. Stored as a JSON array under one key of office_settings.
import { absenceSettingsSchema, DEFAULT_REVIEW_POINTS, type AbsenceSettings } from '../../../shared/contract/absence';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../lists/service';

export const REVIEW_POINTS_KEY = 'absenceReviewPoints';

export function readAbsenceSettings(db: Db): AbsenceSettings {
  const stored = readSetting(db, REVIEW_POINTS_KEY);
  if (stored !== null) {
    // Written only through the contract's schema; a row that no longer reads falls back to the defaults.
    try {
      const parsed = absenceSettingsSchema.safeParse({ reviewPoints: JSON.parse(stored) });
      if (parsed.success) return parsed.data;
    } catch {
      // not JSON: the defaults below
    }
  }
  return { reviewPoints: [...DEFAULT_REVIEW_POINTS] };
}

/** Writes the points; the caller runs it inside its transaction (check-ins follow from the new points). */
export function writeAbsenceSettings(ctx: OfficeContext, s: AbsenceSettings): void {
  writeSetting(ctx, REVIEW_POINTS_KEY, JSON.stringify(s.reviewPoints));
}
