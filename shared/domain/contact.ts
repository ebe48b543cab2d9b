// Phone and email checks in the shapes an office in England will meet.

/** UK numbers: 0 then 9 or 10 digits, or +44 then 9 or 10 digits, spaces, dashes and brackets allowed. */
export function normaliseUkPhone(input: string): string | null {
  const trimmed = input.trim();
  // A leading bracket is how many people write a dialling code: (01243) 123456.
  if (!/^[+0-9(][0-9 ()-]*$/.test(trimmed)) return null;
  // "+44 (0)7700 900123": the bracketed 0 is dialled only from inside the UK, so it is dropped.
  const digits = trimmed.replace(/^(\+44|0044)\s*\(0\)/, '$1').replace(/[^0-9+]/g, '');
  const national = digits.startsWith('+44') ? `0${digits.slice(3)}` : digits.startsWith('0044') ? `0${digits.slice(4)}` : digits;
  if (!/^0[0-9]{9,10}$/.test(national)) return null;
  if (national.startsWith('07') && national.length !== 11) return null; // mobiles always have 11 digits
  return formatUkPhone(national);
}

/** Groups the digits as people write them: 07700 900123, 01243 123456, 020 7946 0958. */
function formatUkPhone(national: string): string {
  if (/^02/.test(national) && national.length === 11) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  if (national.length === 11) return `${national.slice(0, 5)} ${national.slice(5)}`;
  return `${national.slice(0, 4)} ${national.slice(4)}`;
}

export const phoneDigits = (input: string): string => input.replace(/[^0-9]/g, '');

// Deliberately plain: one @, something before it, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export const isEmail = (input: string): boolean => EMAIL.test(input.trim());
