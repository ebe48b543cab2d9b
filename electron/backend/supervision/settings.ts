// The office's supervision settings: how often probation supervisions come, the cadence a new member of
// staff gets after probation, and the notice a probation decision must leave before the end date.
import type { SupervisionSettings } from '../../../shared/contract/supervision';
import type { PlanRules } from '../../../shared/domain/probation';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../../shared/domain/pay/uk-defaults';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { readSetting, SUPERVISION_SETTING_KEYS as KEYS, writeSetting } from '../lists/service';

/** The case study: monthly during probation, every six weeks after, a week's notice in probation. */
export const DEFAULT_SUPERVISION_SETTINGS: SupervisionSettings = { probationIntervalMonths: 1, defaultCadenceWeeks: 6, probationNoticeDays: 7 };

/** A stored whole number, or the default when the row is missing or unreadable (written only through the contract). */
function wholeNumber(db: Db, key: string, fallback: number): number {
  const stored = readSetting(db, key);
  const n = stored === null ? NaN : Number(stored);
  return Number.isInteger(n) ? n : fallback;
}

export function readSupervisionSettings(db: Db): SupervisionSettings {
  const d = DEFAULT_SUPERVISION_SETTINGS;
  const cadence = readSetting(db, KEYS.defaultCadenceWeeks);
  return {
    probationIntervalMonths: wholeNumber(db, KEYS.probationIntervalMonths, d.probationIntervalMonths),
    // '' is a choice ("as required"); a missing row means the office never changed the default.
    defaultCadenceWeeks: cadence === '' ? null : wholeNumber(db, KEYS.defaultCadenceWeeks, d.defaultCadenceWeeks ?? 6),
    probationNoticeDays: wholeNumber(db, KEYS.probationNoticeDays, d.probationNoticeDays),
  };
}

/**
 * New values apply to plans made from now on: plans already made keep their dates, since people have
 * been told them. The contract's schema has checked the ranges.
 */
export function saveSupervisionSettings(ctx: OfficeContext, s: SupervisionSettings): SupervisionSettings {
  ctx.sqlite.transaction(() => {
    writeSetting(ctx, KEYS.probationIntervalMonths, String(s.probationIntervalMonths));
    writeSetting(ctx, KEYS.defaultCadenceWeeks, s.defaultCadenceWeeks === null ? '' : String(s.defaultCadenceWeeks));
    writeSetting(ctx, KEYS.probationNoticeDays, String(s.probationNoticeDays));
  })();
  return readSupervisionSettings(ctx.db);
}

/** The plan rules: the office's interval and notice, and England and Wales bank holidays to move meetings off. */
export function planRules(db: Db): PlanRules {
  const settings = readSupervisionSettings(db);
  return { intervalMonths: settings.probationIntervalMonths, noticeDays: settings.probationNoticeDays, bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS };
}
