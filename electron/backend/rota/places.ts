// Places (wards, group venues, the office) and pay elements: the office's own lists behind the rota.
// Both are retired rather than deleted once used, because past sessions and payroll files name them.
import { asc, eq } from 'drizzle-orm';
import { AppFailure } from '../../../shared/contract/result';
import type { PayElement, Place, SavePayElementInput, SavePlaceInput } from '../../../shared/contract/rota';
import type { z } from 'zod';
import type { savePayElementSchema, savePlaceSchema } from '../../../shared/contract/rota';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { payElements, places } from '../db/schema';

export type { SavePayElementInput, SavePlaceInput };

/** "Oaklands Ward, Meadowfield Hospital": the name people read on the rota. */
export const placeLabel = (p: { name: string; site: string }): string => (p.site ? `${p.name}, ${p.site}` : p.name);

export function listPlaces(db: Db): Place[] {
  return db.select().from(places).all()
    .map((p) => ({ ...p, label: placeLabel(p) }))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.label.localeCompare(b.label, 'en-GB'));
}

export function savePlace(ctx: OfficeContext, input: z.output<typeof savePlaceSchema>): Place[] {
  ctx.sqlite.transaction(() => {
    const clash = ctx.db.select().from(places).all()
      .find((p) => p.id !== input.id && p.name.toLowerCase() === input.name.toLowerCase() && p.site.toLowerCase() === input.site.toLowerCase());
    if (clash) {
      const message = `${placeLabel(clash)} is already on the list${clash.active ? '' : ' (retired: tick "In use" on it to bring it back)'}`;
      throw new AppFailure('CONFLICT', message, { name: message });
    }
    const values = { name: input.name, site: input.site, kind: input.kind, active: input.active };
    if (input.id === undefined) {
      ctx.db.insert(places).values(values).run();
      return;
    }
    const updated = ctx.db.update(places).set(values).where(eq(places.id, input.id)).returning({ id: places.id }).get();
    if (!updated) throw new AppFailure('NOT_FOUND', 'That place is no longer on the list. Reload the page.');
  })();
  return listPlaces(ctx.db);
}

export const listPayElements = (db: Db): PayElement[] => db.select().from(payElements).orderBy(asc(payElements.position)).all();

/**
 * Adds an activity (kind 'hours') or renames, recodes or retires an element. The calculated elements
 * (mileage, holiday) cannot be added or retired, only renamed and given their payroll codes.
 */
export function savePayElement(ctx: OfficeContext, input: z.output<typeof savePayElementSchema>): PayElement[] {
  ctx.sqlite.transaction(() => {
    const all = ctx.db.select().from(payElements).all();
    const clash = all.find((e) => e.id !== input.id && e.name.toLowerCase() === input.name.toLowerCase());
    if (clash) throw new AppFailure('CONFLICT', `${clash.name} is already a pay element`, { name: `${clash.name} is already a pay element: choose another name` });
    const values = { name: input.name, sageCode: input.sageCode, brightpayCode: input.brightpayCode };
    if (input.id === undefined) {
      const position = all.reduce((max, e) => Math.max(max, e.position), -1) + 1;
      ctx.db.insert(payElements).values({ ...values, kind: 'hours', active: input.active, position }).run();
      return;
    }
    const existing = all.find((e) => e.id === input.id);
    if (!existing) throw new AppFailure('NOT_FOUND', 'That pay element is no longer on the list. Reload the page.');
    if (existing.kind !== 'hours' && !input.active) {
      throw new AppFailure('VALIDATION', `${existing.name} is worked out by the payroll calculation and cannot be retired. Leave its codes empty if your payroll does not use it.`, { active: 'This element is calculated: it cannot be retired' });
    }
    ctx.db.update(payElements).set({ ...values, active: input.active }).where(eq(payElements.id, input.id)).run();
  })();
  return listPayElements(ctx.db);
}
