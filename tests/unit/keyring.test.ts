// The recovery key as people copy it down and type it back, and the key wrapping around the data key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newDataKey, newRecoveryKey, normaliseRecoveryKey, unwrapKey, wrapKey } from '../../electron/backend/office/keyring';
import { RECOVERY_KEY_FORMAT } from '../helpers/office';

describe('recovery keys', () => {
  it('are five groups of five unambiguous characters, different every time', () => {
    const keys = Array.from({ length: 50 }, newRecoveryKey);
    for (const k of keys) expect(k).toMatch(RECOVERY_KEY_FORMAT);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are read back whatever the case, spacing or dashes', () => {
    const key = '7KQ2M-W9D4R-0HJ1T-ABCDE-FGHJK';
    for (const typed of ['7kq2m-w9d4r-0hj1t-abcde-fghjk', '7KQ2M W9D4R 0HJ1T ABCDE FGHJK', ' 7kq2mw9d4r0hj1tabcdefghjk ', '7KQ2-MW9D4-R0HJ1TABCDEFGHJK']) {
      expect(normaliseRecoveryKey(typed)).toBe(key);
    }
  });

  it('forgive the letters people confuse with digits: O for 0, I and L for 1', () => {
    expect(normaliseRecoveryKey('7KQ2M-W9D4R-OHJIT-ABCDE-FGHJK')).toBe('7KQ2M-W9D4R-0HJ1T-ABCDE-FGHJK');
    expect(normaliseRecoveryKey('7kq2m-w9d4r-ohjlt-abcde-fghjk')).toBe('7KQ2M-W9D4R-0HJ1T-ABCDE-FGHJK');
  });

  it('leave a key of the wrong length ungrouped, so it simply does not match', () => {
    expect(normaliseRecoveryKey('7KQ2M-W9D4R')).toBe('7KQ2MW9D4R');
  });

  it('normalise any generated key, however it is re-typed, back to itself', () => {
    const anyKey = fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'), { minLength: 25, maxLength: 25 }).map((cs) => cs.join('').match(/.{5}/g)!.join('-'));
    fc.assert(fc.property(anyKey, fc.boolean(), fc.constantFrom('-', ' ', '', '  '), (key, lower, sep) => {
      let typed = key.split('-').join(sep);
      if (lower) typed = typed.toLowerCase();
      expect(normaliseRecoveryKey(typed)).toBe(key);
    }));
  });
});

describe('wrapping the data key', () => {
  it('unwraps with the same secret and kind only', async () => {
    const dataKey = newDataKey();
    const wrap = await wrapKey(dataKey, 'kettle orchard lantern', 'passphrase');
    expect((await unwrapKey(wrap, 'kettle orchard lantern', 'passphrase'))?.equals(dataKey)).toBe(true);
    expect(await unwrapKey(wrap, 'kettle orchard lanterN', 'passphrase')).toBeNull();
    // The kind is bound into the wrap: a passphrase wrap cannot be passed off as a recovery wrap.
    expect(await unwrapKey(wrap, 'kettle orchard lantern', 'recovery')).toBeNull();
    expect(JSON.stringify(wrap)).not.toContain(dataKey.toString('base64'));
  });
});
