// Pages whose view lives in the address (?month=2026-11&session=12), so a link from the home screen, the
// payroll checklist or a printout opens exactly that view. Each page says how its params read from the
// address and how they are written back; reading, links and moving between views work the same everywhere.
import { useSearchParams } from 'react-router';
import { londonToday } from '../../../shared/domain/dates';

/** A record's id from the address: a positive whole number, or null for anything else. */
export const idParam = (text: string | null): number | null => (text && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);

/** The dialog open over a page: a record's id, 'new' for the add form, or null when none is open. */
export type OpenDialog = number | 'new' | null;
export const dialogParam = (text: string | null): OpenDialog => (text === 'new' ? 'new' : idParam(text));

export interface AddressParams<P> {
  /** The params in the address; anything missing or unreadable takes its default (today's month, say). */
  read(search: URLSearchParams, today: string): P;
  /** The address's query for the params, in a steady order, leaving out what is at its default. */
  write(params: P): URLSearchParams;
}

export function useAddressParams<P>(address: AddressParams<P>) {
  const [search, setSearch] = useSearchParams();
  const today = londonToday(new Date());
  const params = address.read(search, today);
  const queryFor = (next: Partial<P>): URLSearchParams => address.write({ ...params, ...next });
  return {
    params,
    today,
    /** The address of the page with some of its params changed: for links ("?month=2026-11&session=12"). */
    searchFor: (next: Partial<P>): string => `?${queryFor(next).toString()}`,
    /**
     * Shows the page with some params changed. Closing a dialog replaces the address, so Back then goes
     * to the page before it rather than reopening the dialog.
     */
    go: (next: Partial<P>, options?: { replace?: boolean }) => setSearch(queryFor(next), options),
  };
}
