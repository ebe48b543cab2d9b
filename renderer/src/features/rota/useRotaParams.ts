// What the rota shows lives in the address, so a link can open it exactly: the payroll checklist links to
// /rota?date=2026-11-27&session=12 (that day's week, with that session's form open).
import { isIsoDate } from '../../../../shared/domain/dates';
import { dialogParam, idParam, useAddressParams, type AddressParams, type OpenDialog } from '../../components/useAddressParams';
import type { RotaScope } from './rotaRange';

export interface RotaParams {
  date: string;
  scope: RotaScope;
  /** Filters: a staff id and a place id, or null for everyone and everywhere. */
  staffId: number | null;
  placeId: number | null;
  /** The open form: a session's id, 'new', or null when none is open. */
  session: OpenDialog;
  /** A quick action that opens the form with a status already chosen ("Cancelled..."). */
  as: 'cancelled' | null;
}

const ROTA_ADDRESS: AddressParams<RotaParams> = {
  read: (search, today) => {
    const date = search.get('date') ?? '';
    return {
      date: isIsoDate(date) ? date : today,
      scope: search.get('view') === 'month' ? 'month' : 'week',
      staffId: idParam(search.get('person')),
      placeId: idParam(search.get('place')),
      session: dialogParam(search.get('session')),
      as: search.get('as') === 'cancelled' ? 'cancelled' : null,
    };
  },
  write: (p) => {
    const out = new URLSearchParams({ date: p.date });
    if (p.scope === 'month') out.set('view', 'month');
    if (p.staffId !== null) out.set('person', String(p.staffId));
    if (p.placeId !== null) out.set('place', String(p.placeId));
    if (p.session !== null) out.set('session', String(p.session));
    if (p.session !== null && p.as) out.set('as', p.as);
    return out;
  },
};

export function useRotaParams() {
  const { params, today, searchFor, go } = useAddressParams(ROTA_ADDRESS);
  return {
    params,
    today,
    searchFor,
    go,
    openSession: (session: number | 'new', as: 'cancelled' | null = null) => go({ session, as }),
    closeSession: (next: Partial<RotaParams> = {}) => go({ ...next, session: null, as: null }, { replace: true }),
  };
}
