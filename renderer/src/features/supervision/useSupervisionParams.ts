// What the supervision page shows lives in the address, so a link can open it exactly: the home screen
// links to /supervision?session=12 (that meeting's dialog over the page), the print pages to a month.
import { dialogParam, idParam, useAddressParams, type AddressParams, type OpenDialog } from '../../components/useAddressParams';
import { isMonth } from './words';

export interface SupervisionParams {
  month: string;
  /** Only this supervisor's meetings in the month, or everyone's. */
  supervisorStaffId: number | null;
  /** The open dialog: a meeting's id, 'new' to book one, or null. */
  session: OpenDialog;
  /** Whose meeting is open (or who a new booking is for), when known: keeps the dialog steady as lists change. */
  superviseeStaffId: number | null;
}

const SUPERVISION_ADDRESS: AddressParams<SupervisionParams> = {
  read: (search, today) => {
    const month = search.get('month') ?? '';
    return {
      month: isMonth(month) ? month : today.slice(0, 7),
      supervisorStaffId: idParam(search.get('supervisor')),
      session: dialogParam(search.get('session')),
      superviseeStaffId: idParam(search.get('supervisee')),
    };
  },
  write: (p) => {
    const out = new URLSearchParams({ month: p.month });
    if (p.supervisorStaffId !== null) out.set('supervisor', String(p.supervisorStaffId));
    if (p.session !== null) out.set('session', String(p.session));
    if (p.session !== null && p.superviseeStaffId !== null) out.set('supervisee', String(p.superviseeStaffId));
    return out;
  },
};

export function useSupervisionParams() {
  const { params, today, searchFor, go } = useAddressParams(SUPERVISION_ADDRESS);
  return {
    params,
    today,
    searchFor,
    go,
    closeSession: () => go({ session: null, superviseeStaffId: null }, { replace: true }),
  };
}
