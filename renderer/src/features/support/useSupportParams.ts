// What the support sessions screen shows lives in the address, so the home screen and printouts can link
// to it exactly: /support?year=2026&session=12 opens that session over its year.
import { useSearchParams } from 'react-router';
import { londonToday } from '../../../../shared/domain/dates';

export interface SupportParams {
  year: number;
  /** The open dialog: a session's id, 'new' for the add form, or null when none is open. */
  session: number | 'new' | null;
}

const positive = (text: string | null): number | null => (text && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);
/** The years the contract takes; anything else shows this year. */
const yearOrNull = (text: string | null): number | null => (text && /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100 ? Number(text) : null);

export function useSupportParams() {
  const [search, setSearch] = useSearchParams();
  const today = londonToday(new Date());
  const thisYear = Number(today.slice(0, 4));
  const sessionText = search.get('session');
  const params: SupportParams = {
    year: yearOrNull(search.get('year')) ?? thisYear,
    session: sessionText === 'new' ? 'new' : positive(sessionText),
  };

  const searchFor = (next: Partial<SupportParams>): string => {
    const p = { ...params, ...next };
    const out = new URLSearchParams();
    out.set('year', String(p.year));
    if (p.session !== null) out.set('session', String(p.session));
    return `?${out.toString()}`;
  };

  return {
    params,
    today,
    thisYear,
    searchFor,
    open: (session: number | 'new', year = params.year, options?: { replace?: boolean }) => setSearch(searchFor({ session, year }).slice(1), options),
    // Replacing, so Back after closing a dialog goes to the page before it rather than reopening it.
    close: (next: Partial<SupportParams> = {}) => setSearch(searchFor({ ...next, session: null }).slice(1), { replace: true }),
  };
}
