// The demo office's supervision: on the first open the home screen and the lists have something in
// them, whatever day the demo is made, and the stories it tells are consistent with the rules the
// services enforce (meetings within employment, actions short, one decision per probation).
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend';
import { MAX_ACTION_LENGTH } from '../../shared/contract/supervision';
import { useDemoOffices } from '../helpers/demo';
import { expectOk } from '../helpers/office';

const demoAt = useDemoOffices();

const sql = <T>(backend: Backend, query: string): T[] => backend.session.context().sqlite.prepare(query).all() as T[];

async function expectAStoryToTell(backend: Backend) {
  const week = expectOk(await backend.invoke('dashboard:week', {}));
  const kinds = new Set(week.items.map((i) => i.kind));
  for (const kind of ['supervision-overdue', 'supervision-due', 'no-supervisor', 'probation-end', 'supervision-missed'] as const) expect(kinds, kind).toContain(kind);

  const lists = expectOk(await backend.invoke('supervision:lists', {}));
  expect(lists.overdue.some((d) => d.supervisionId === null)).toBe(true); // owed by the cadence, none booked
  expect(lists.overdue.some((d) => d.supervisionId !== null)).toBe(true); // booked, and late
  expect(lists.noSupervisor).toHaveLength(1);

  const statuses = sql<{ status: string; n: number }>(backend, 'SELECT status, count(*) AS n FROM supervisions GROUP BY status');
  expect(statuses.map((s) => s.status).sort()).toEqual(['held', 'missed', 'planned', 'rescheduled']);
  expect(sql(backend, `SELECT 1 FROM supervisions WHERE type = 'reflective' AND status = 'held'`).length).toBeGreaterThanOrEqual(2);
  const extension = sql<{ staff_id: number; on_date: string; previous_end_date: string; reason: string }>(backend, `SELECT * FROM probation_events WHERE kind = 'extended'`);
  expect(extension).toHaveLength(1);
  expect(extension[0]!.reason).not.toBe('');
  const extended = expectOk(await backend.invoke('supervision:person', { staffId: extension[0]!.staff_id }));
  expect(extended.probation.state).toBe('in-probation');
  expect(extended.supervisions.some((s) => s.planItem === 'final-review' && s.status === 'held' && s.outcome === 'extend')).toBe(true);
  expect(extended.probation.warnings.map((w) => w.kind)).not.toContain('extension-after-end');

  // Consistent with the rules: meetings within employment, held ones in the past, short actions, one decision each.
  const today = week.today;
  expect(sql(backend, `SELECT v.id FROM supervisions v JOIN staff s ON s.id = v.supervisee_staff_id WHERE v.planned_on < s.start_date`)).toEqual([]);
  expect(sql(backend, `SELECT id FROM supervisions WHERE status = 'held' AND held_on > '${today}'`)).toEqual([]);
  expect(sql(backend, `SELECT id FROM supervisions WHERE status = 'missed' AND planned_on > '${today}'`)).toEqual([]);
  expect(sql(backend, `SELECT id FROM supervision_actions WHERE length(text) > ${MAX_ACTION_LENGTH}`)).toEqual([]);
  // One meeting a person a day, as booking and rescheduling insist: on the day held, or planned.
  expect(sql(backend, `SELECT supervisee_staff_id, day FROM (SELECT supervisee_staff_id, CASE status WHEN 'held' THEN held_on ELSE planned_on END AS day
    FROM supervisions WHERE status IN ('planned', 'held')) GROUP BY supervisee_staff_id, day HAVING count(*) > 1`)).toEqual([]);
  expect(sql(backend, `SELECT raised_in_id FROM supervision_actions GROUP BY raised_in_id HAVING count(*) > 5`)).toEqual([]);
  expect(sql(backend, `SELECT staff_id FROM probation_events WHERE kind <> 'extended' GROUP BY staff_id HAVING count(*) > 1`)).toEqual([]);
  expect(sql(backend, 'SELECT count(*) AS n FROM supervision_arrangements')).toEqual(sql(backend, 'SELECT count(*) AS n FROM staff'));
}

describe('the demo office’s supervision', () => {
  it('gives the home screen and the lists something to show on the demo’s day', async () => {
    await expectAStoryToTell(await demoAt('2026-11-27T10:00:00Z'));
  }, 60_000);

  it('follows the office’s clock: the same stories on another day', async () => {
    await expectAStoryToTell(await demoAt('2027-06-14T09:00:00Z'));
  }, 60_000);
});
