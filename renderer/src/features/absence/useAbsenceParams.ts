// What the Absence page shows lives in the address, so the home screen can link to one absence exactly:
// /absence?absence=12 opens it in the dialog over the page.
import { idParam, useAddressParams, type AddressParams } from '../../components/useAddressParams';

export interface AbsenceParams {
  /** The absence open in the dialog, or null. */
  absence: number | null;
}

const ABSENCE_ADDRESS: AddressParams<AbsenceParams> = {
  read: (search) => ({ absence: idParam(search.get('absence')) }),
  write: (p) => {
    const out = new URLSearchParams();
    if (p.absence !== null) out.set('absence', String(p.absence));
    return out;
  },
};

export function useAbsenceParams() {
  const { params, today, searchFor, go } = useAddressParams(ABSENCE_ADDRESS);
  return {
    params,
    today,
    searchFor,
    /** Closing replaces the address, so Back goes to the page before rather than reopening the dialog. */
    close: () => go({ absence: null }, { replace: true }),
  };
}
