// Recovery keys are typed back by hand, from paper: forgive what people misread.

/** Accepts the key as people type it back: any case, spaces or dashes, O for 0 and I or L for 1. */
export function normaliseRecoveryKey(input: string): string {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return cleaned.length === 25 ? cleaned.match(/.{5}/g)!.join('-') : cleaned;
}

/** The last group of five, as a person types it back to prove they have the key written down. */
export const sameLastGroup = (typed: string, recoveryKey: string): boolean =>
  normaliseRecoveryKey(typed) === (recoveryKey.split('-').pop() ?? '');
