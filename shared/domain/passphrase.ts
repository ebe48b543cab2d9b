// The passphrase guards people's health, benefits and pay records. Length matters most, so the rule
// is 12 characters or more and the hint nudges towards a few unrelated words.

export const MIN_PASSPHRASE_LENGTH = 12;

export type Strength = 'too short' | 'weak' | 'fair' | 'strong';

export function passphraseStrength(passphrase: string): { strength: Strength; hint: string } {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return { strength: 'too short', hint: `Use at least ${MIN_PASSPHRASE_LENGTH} characters. Three or four unrelated words work well.` };
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(passphrase)).length;
  const distinct = new Set(passphrase.toLowerCase()).size;
  const words = passphrase.trim().split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;
  if (distinct < 6 || /^(.)\1+$/.test(passphrase) || /^(?:0123456789|password|qwerty)/i.test(passphrase)) {
    return { strength: 'weak', hint: 'This is easy to guess. Try a few unrelated words, like "kettle orchard lantern".' };
  }
  const score = (passphrase.length >= 20 ? 2 : passphrase.length >= 16 ? 1 : 0) + (classes >= 3 ? 1 : 0) + (words >= 3 ? 1 : 0);
  if (score >= 2) return { strength: 'strong', hint: 'A strong passphrase. Keep it somewhere safe, away from this PC.' };
  return { strength: 'fair', hint: 'Good enough. A longer passphrase, or one more word, makes it stronger.' };
}
