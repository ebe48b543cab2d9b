// What the supervision page shows lives in the address, so a link can open it exactly: the home screen
// links to /supervision?session=12 (that meeting's dialog over the page), the print pages to a month.
import { useSearchParams } from 'react-router';
import { londonToday } from '../../../../shared/domain/dates';
import { isMonth } from './words';

export interface SupervisionParams {
  month: string;
  /** Only this supervisor's meetings in the month, or everyone's. */
  supervisorStaffId: number | null;
  /** The open dialog: a meeting's id, 'new' to book one, or null. */
  session: number | 'new' | null;
  /** Whose meeting is open (or who a new booking is for), when known: keeps the dialog steady as lists change. */
  superviseeStaffId: number | null;
}

const positive = (text: string | null): number | null => (text && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);

export function useSupervisionParams() {
  const [search, setSearch] = useSearchParams();
  const today = londonToday(new Date());
  const month = search.get('month') ?? '';
  const sessionText = search.get('session');
  const params: SupervisionParams = {
    month: isMonth(month) ? month : today.slice(0, 7),
    supervisorStaffId: positive(search.get('supervisor')),
    session: sessionText === 'new' ? 'new' : positive(sessionText),
    superviseeStaffId: positive(search.get('supervisee')),
  };

  const searchFor = (next: Partial<SupervisionParams>): string => {
    const p = { ...params, ...next };
    const out = new URLSearchParams();
    out.set('month', p.month);
    if (p.supervisorStaffId !== null) out.set('supervisor', String(p.supervisorStaffId));
    if (p.session !== null) out.set('session', String(p.session));
    if (p.session !== null && p.superviseeStaffId !== null) out.set('supervisee', String(p.superviseeStaffId));
    return `?${out.toString()}`;
  };

  return {
    params,
    today,
    searchFor,
    go: (next: Partial<SupervisionParams>, options?: { replace?: boolean }) => setSearch(searchFor(next).slice(1), options),
    // Replacing, so Back after closing a dialog goes to the page before it rather than reopening it.
    closeSession: () => setSearch(searchFor({ session: null, superviseeStaffId: null }).slice(1), { replace: true }),
  };
}
