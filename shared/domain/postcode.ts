// UK postcodes: outward code (area + district) then inward code (sector + unit), e.g. BN11 1AA.
// The pattern is the GOV.UK one, loosened to accept any spacing and case as people type them.
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$/;

/** Upper-case with one space before the inward code, or null when it is not a UK postcode. */
export function normalisePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim().toUpperCase());
  return match ? `${match[1]} ${match[2]}` : null;
}

export const isUkPostcode = (input: string): boolean => normalisePostcode(input) !== null;

/** The postcode without spaces, for matching what people search with ("bn111aa" or "BN11 1AA"). */
export const compactPostcode = (input: string): string => input.replace(/\s+/g, '').toUpperCase();
