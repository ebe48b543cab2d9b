// The demo office's staff: about 40 of its made-up members employed as peer supporters, coordinators
// and a trainer, with contracts, pay rates by date, DBS checks (a few due for renewal soon) and, for
// some, permitted work. Seeded like the members, so every demo office is the same. No National
// Insurance numbers: a made-up one could belong to a real person.
import { faker } from '@faker-js/faker/locale/en_GB';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { saveStaffSchema } from '../../../shared/contract/staff';
import { addMonthsClamped } from '../../../shared/domain/staff';
import { utcDateToIso } from '../../../shared/domain/dates';
import type { BenefitKind } from '../../../shared/domain/staff';
import type { OfficeContext } from '../context';
import { people, personRoles } from '../db/schema';
import { insertRate, upsertBenefit, writeDbs, writeStaff } from './repository';

export const DEMO_STAFF = 40;
const SEED = 20_112_011;

/** Each April's rise, oldest first; the demo's rota goes back two years, so 2024 is there too. */
const RISES = ['2024-04-01', '2025-04-01', '2026-04-01'] as const;
/** Hourly rates by role above the minimum wage of each April, in pence. */
const RATES: Record<string, Record<(typeof RISES)[number], number>> = {
  'Peer supporter': { '2024-04-01': 1200, '2025-04-01': 1250, '2026-04-01': 1300 },
  Trainer: { '2024-04-01': 1350, '2025-04-01': 1400, '2026-04-01': 1450 },
  Coordinator: { '2024-04-01': 1450, '2025-04-01': 1500, '2026-04-01': 1560 },
  'Regional coordinator': { '2024-04-01': 1600, '2025-04-01': 1650, '2026-04-01': 1720 },
};

const laterOf = (a: string, b: string) => (a > b ? a : b);

/** Runs inside the demo office's creating transaction, after the members; `today` is the demo's day. */
export function populateDemoStaff(ctx: OfficeContext, today: string, count = DEMO_STAFF): void {
  faker.seed(SEED);
  const nowIso = ctx.now().toISOString();
  const active = ctx.db.select({ id: people.id, joinedOn: people.joinedOn, dateOfBirth: people.dateOfBirth }).from(people).where(eq(people.status, 'active')).orderBy(asc(people.memberNumber)).all();
  // Those whose register roles say they are peer supporters or staff come first.
  const employed = new Set(ctx.db.select({ personId: personRoles.personId }).from(personRoles)
    .where(and(inArray(personRoles.role, ['peer supporter', 'staff']), eq(personRoles.endedOn, ''))).all().map((r) => r.personId));
  const chosen = [...active.filter((p) => employed.has(p.id)), ...active.filter((p) => !employed.has(p.id))].slice(0, count);

  chosen.forEach((person, i) => {
    const jobRole = i < 3 ? 'Coordinator' : i < 5 ? 'Regional coordinator' : i === 5 ? 'Trainer' : 'Peer supporter';
    const startDate = laterOf(person.joinedOn, utcDateToIso(faker.date.between({ from: '2019-01-01T00:00:00Z', to: '2026-10-01T00:00:00Z' })));
    const partTime = jobRole !== 'Peer supporter' || faker.datatype.boolean(0.3);
    const irregular = !partTime || faker.datatype.boolean(0.5);
    const staffId = writeStaff(ctx.db, saveStaffSchema.parse({
      personId: person.id,
      // Digits only: Sage 50 employee references are whole numbers, and the demo's Sage export must work.
      worksNumber: String(101 + i),
      jobRole,
      contractType: partTime ? 'part-time' : 'bank',
      weeklyMinutes: partTime ? faker.helpers.arrayElement([8, 10, 12, 15, 16, 20]) * 60 : null,
      startDate,
      holidayScheme: irregular ? 'irregular' : 'fixed',
      rolledUpHoliday: irregular && faker.datatype.boolean(0.2),
      // Without a date of birth the record needs a band, or the checklist cannot test pay against the minimum wage.
      ageBand: person.dateOfBirth ? '' : '21-and-over',
    }), { nowIso });

    // A rate from whichever April was last in force when they started, and each rise after it.
    const first = RISES.findLastIndex((rise) => rise <= startDate);
    RISES.forEach((rise, r) => {
      if (r >= Math.max(first, 0)) insertRate(ctx.db, staffId, r === Math.max(first, 0) ? laterOf(startDate, rise) : rise, RATES[jobRole]![rise]);
    });

    // Enhanced with the barred list, renewed every three years; every ninth is due within weeks.
    const issuedOn = i % 9 === 4 ? addMonthsClamped(today, -35) : utcDateToIso(faker.date.between({ from: `${addMonthsClamped(today, -30)}T00:00:00Z`, to: `${today}T00:00:00Z` }));
    const updateService = faker.datatype.boolean(0.5);
    writeDbs(ctx.db, staffId, {
      level: 'enhanced-barred',
      certificateNumber: `00${faker.string.numeric(10)}`,
      issuedOn,
      updateService,
      renewalDueOn: addMonthsClamped(issuedOn, 36),
      lastStatusCheckOn: updateService ? laterOf(issuedOn, addMonthsClamped(today, -faker.number.int({ min: 1, max: 11 }))) : '',
    });

    const benefit = faker.helpers.weightedArrayElement<BenefitKind>([
      { weight: 55, value: 'none' }, { weight: 15, value: 'permitted-work-lower' }, { weight: 15, value: 'permitted-work-higher' },
      { weight: 5, value: 'permitted-work-supported' }, { weight: 10, value: 'universal-credit' },
    ]);
    if (benefit !== 'none') upsertBenefit(ctx.db, staffId, startDate, benefit);
  });
}
