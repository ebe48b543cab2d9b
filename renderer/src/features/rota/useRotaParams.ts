// What the rota shows lives in the address, so a link can open it exactly: the payroll checklist links to
// /rota?date=2026-11-27&session=12 (that day's week, with that session's form open).
import { useSearchParams } from 'react-router';
import { isIsoDate, londonToday } from '../../../../shared/domain/dates';
import type { RotaScope } from './rotaRange';

export interface RotaParams {
  date: string;
  scope: RotaScope;
  /** Filters: a staff id and a place id, or null for everyone and everywhere. */
  staffId: number | null;
  placeId: number | null;
  /** The open form: a session's id, 'new', or null when none is open. */
  session: number | 'new' | null;
  /** A quick action that opens the form with a status already chosen ("Cancelled..."). */
  as: 'cancelled' | null;
}

const positive = (text: string | null): number | null => (text && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);

export function useRotaParams() {
  const [search, setSearch] = useSearchParams();
  const today = londonToday(new Date());
  const date = search.get('date') ?? '';
  const sessionText = search.get('session');
  const params: RotaParams = {
    date: isIsoDate(date) ? date : today,
    scope: search.get('view') === 'month' ? 'month' : 'week',
    staffId: positive(search.get('person')),
    placeId: positive(search.get('place')),
    session: sessionText === 'new' ? 'new' : positive(sessionText),
    as: search.get('as') === 'cancelled' ? 'cancelled' : null,
  };

  const searchFor = (next: Partial<RotaParams>): string => {
    const p = { ...params, ...next };
    const out = new URLSearchParams();
    out.set('date', p.date);
    if (p.scope === 'month') out.set('view', 'month');
    if (p.staffId !== null) out.set('person', String(p.staffId));
    if (p.placeId !== null) out.set('place', String(p.placeId));
    if (p.session !== null) out.set('session', String(p.session));
    if (p.session !== null && p.as) out.set('as', p.as);
    return `?${out.toString()}`;
  };

  return {
    params,
    today,
    /** The address of the rota with some of its settings changed: for links. */
    searchFor,
    go: (next: Partial<RotaParams>, options?: { replace?: boolean }) => setSearch(searchFor(next).slice(1), options),
    openSession: (session: number | 'new', as: 'cancelled' | null = null) => setSearch(searchFor({ session, as }).slice(1)),
    // Replacing, so Back after closing a form goes to the page before it rather than reopening it.
    closeSession: (next: Partial<RotaParams> = {}) => setSearch(searchFor({ ...next, session: null, as: null }).slice(1), { replace: true }),
  };
}
