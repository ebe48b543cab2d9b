// What the support sessions screen shows lives in the address, so the home screen and printouts can link
// to it exactly: /support?year=2026&session=12 opens that session over its year.
import { dialogParam, useAddressParams, type AddressParams, type OpenDialog } from '../../components/useAddressParams';

export interface SupportParams {
  year: number;
  /** The open dialog: a session's id, 'new' for the add form, or null when none is open. */
  session: OpenDialog;
}

/** The years the contract takes; anything else shows this year. */
const yearOrNull = (text: string | null): number | null => (text && /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100 ? Number(text) : null);

const SUPPORT_ADDRESS: AddressParams<SupportParams> = {
  read: (search, today) => ({
    year: yearOrNull(search.get('year')) ?? Number(today.slice(0, 4)),
    session: dialogParam(search.get('session')),
  }),
  write: (p) => {
    const out = new URLSearchParams({ year: String(p.year) });
    if (p.session !== null) out.set('session', String(p.session));
    return out;
  },
};

export function useSupportParams() {
  const { params, today, searchFor, go } = useAddressParams(SUPPORT_ADDRESS);
  return {
    params,
    today,
    thisYear: Number(today.slice(0, 4)),
    searchFor,
    open: (session: number | 'new', year = params.year, options?: { replace?: boolean }) => go({ session, year }, options),
    close: (next: Partial<SupportParams> = {}) => go({ ...next, session: null }, { replace: true }),
  };
}
