// The shipped figures: well-formed tables, and figures that agree with each other where the law ties them.
import { describe, expect, it } from 'vitest';
import { datedTableProblems, inForceOn } from '../../../shared/domain/pay/dated';
import { isIsoDate } from '../../../shared/domain/dates';
import { isoWeekday } from '../../../shared/domain/pay/calendar';
import {
  ENGLAND_AND_WALES_BANK_HOLIDAYS, UK_HOLIDAY_RULES, UK_MILEAGE_RATES, UK_MINIMUM_WAGE, UK_PERMITTED_WORK_LIMITS, UK_SSP_RULES,
} from '../../../shared/domain/pay/uk-defaults';

describe('UK defaults', () => {
  it.each([
    ['minimum wage', UK_MINIMUM_WAGE], ['permitted work', UK_PERMITTED_WORK_LIMITS], ['holiday', UK_HOLIDAY_RULES],
    ['SSP', UK_SSP_RULES], ['mileage', UK_MILEAGE_RATES],
  ])('%s is a well-formed dated table', (_name, table) => {
    expect(table.length).toBeGreaterThan(0);
    expect(datedTableProblems(table)).toEqual([]);
  });

  it('permitted-work higher limit is 16 x the National Living Wage, rounded up to the next 50p', () => {
    for (const row of UK_PERMITTED_WORK_LIMITS) {
      const wage = inForceOn(UK_MINIMUM_WAGE, row.from);
      if (!wage) continue; // 2024/25: its wage row is not shipped
      expect(row.higherEarningsPence).toBe(Math.ceil((16 * wage.age21AndOverPence) / 50) * 50);
    }
  });

  it('bank holidays are real weekdays, in order', () => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.every((d) => isIsoDate(d) && isoWeekday(d) <= 5)).toBe(true);
    expect([...ENGLAND_AND_WALES_BANK_HOLIDAYS].sort()).toEqual(ENGLAND_AND_WALES_BANK_HOLIDAYS);
  });
});
