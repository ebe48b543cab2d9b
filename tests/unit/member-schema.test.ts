// The member form's rules, which the form, the import and the backend all apply through one schema.
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../shared/contract/channels';
import { memberInputSchema, memberSearchSchema, type MemberInput } from '../../shared/contract/members';
import { createOfficeSchema, unlockSchema, updateListSchema } from '../../shared/contract/office';
import { memberInput } from '../helpers/members';

/** The field -> message map a form would show, or {} when the input is accepted. */
function problems(overrides: Partial<MemberInput>): Record<string, string> {
  const result = memberInputSchema.safeParse(memberInput(overrides));
  return result.success ? {} : fieldErrors(result.error);
}

describe('memberInputSchema', () => {
  it('accepts a complete member and tidies what was typed', () => {
    const parsed = memberInputSchema.parse(memberInput({ postcode: ' bn111aa ', phone: '+44 7700 900123', email: ' Zebedee.Quaintance@Example.org ', firstName: '  Zebedee ' }));
    expect(parsed).toMatchObject({ firstName: 'Zebedee', postcode: 'BN11 1AA', phone: '07700 900123', email: 'zebedee.quaintance@example.org' });
    expect(parsed.roles[0]).toEqual({ role: 'member', startedOn: '2024-03-01', endedOn: '' });
    expect(parsed.contactConsent).toBe(false);
  });

  it('needs a first and last name', () => {
    expect(problems({ firstName: '   ' })).toEqual({ firstName: 'Enter a first name' });
    expect(problems({ lastName: '' })).toHaveProperty('lastName');
  });

  it('says how to write a postcode, phone, email or date', () => {
    expect(problems({ postcode: 'BN11' }).postcode).toMatch(/like BN11 1AA/);
    expect(problems({ phone: '12345' }).phone).toMatch(/07700 900123/);
    expect(problems({ email: 'zebedee at example' }).email).toMatch(/right format/);
    expect(problems({ joinedOn: '2026-02-30' }).joinedOn).toMatch(/real date/);
    expect(problems({ dateOfBirth: '30/02/1990' })).toHaveProperty('dateOfBirth');
  });

  it('needs the date they left when the status is left, and only then', () => {
    expect(problems({ status: 'left' })).toEqual({ leftOn: 'Enter the date they left' });
    expect(problems({ status: 'active', leftOn: '2025-01-01' })).toHaveProperty('status');
    expect(problems({ status: 'left', leftOn: '2023-01-01' }).leftOn).toMatch(/on or after the date they joined/);
    expect(problems({ status: 'left', leftOn: '2025-01-01' })).toEqual({});
  });

  it('needs a date and a way to contact them when they consent to contact', () => {
    expect(problems({ contactConsent: true, contactMethods: ['email'] })).toEqual({ contactConsentOn: 'Enter the date they gave consent' });
    expect(problems({ contactConsent: true, contactConsentOn: '2024-03-01' })).toHaveProperty('contactMethods');
    expect(problems({ contactConsent: true, contactConsentOn: '2024-03-01', contactMethods: ['email', 'post'] })).toEqual({});
  });

  it('needs the details behind each way of contacting them', () => {
    expect(problems({ contactMethods: ['email'], email: '' })).toHaveProperty('email');
    expect(problems({ contactMethods: ['phone'], phone: '' })).toHaveProperty('phone');
    expect(problems({ contactMethods: ['text'], phone: '' })).toHaveProperty('phone');
    expect(problems({ contactMethods: ['post'], postcode: '' })).toHaveProperty('addressLine1');
    expect(problems({ contactMethods: ['post'], addressLine1: '' })).toHaveProperty('addressLine1');
  });

  it('checks every role spell', () => {
    expect(problems({ roles: [{ role: 'member', startedOn: '2024-03-01', endedOn: '2024-02-01' }] })).toHaveProperty(['roles.0.endedOn']);
    expect(problems({ roles: [{ role: 'chair' as never, startedOn: '2024-03-01' }] })).toHaveProperty(['roles.0.role']);
  });

  it('refuses an unknown status or contact method', () => {
    expect(problems({ status: 'deceased' as never })).toHaveProperty('status');
    expect(problems({ contactMethods: ['pigeon' as never] })).toHaveProperty(['contactMethods.0']);
  });

  it('limits lengths', () => {
    expect(problems({ firstName: 'Z'.repeat(81) }).firstName).toBe('Use 80 characters or fewer');
  });
});

describe('the other schemas', () => {
  it('fills search defaults and bounds the limit', () => {
    expect(memberSearchSchema.parse({})).toEqual({ query: '', sort: 'name', direction: 'asc', limit: 100_000 });
    expect(memberSearchSchema.safeParse({ limit: 0 }).success).toBe(false);
    expect(memberSearchSchema.safeParse({ sort: 'dateOfBirth' }).success).toBe(false);
  });

  it('needs matching passphrases of twelve characters or more to create an office', () => {
    const ok = { officeName: 'Quaintance Peer Support', passphrase: 'kettle orchard lantern', confirmPassphrase: 'kettle orchard lantern' };
    expect(createOfficeSchema.safeParse(ok).success).toBe(true);
    expect(fieldErrors(createOfficeSchema.safeParse({ ...ok, confirmPassphrase: 'kettle orchard' }).error!)).toHaveProperty('confirmPassphrase');
    expect(fieldErrors(createOfficeSchema.safeParse({ ...ok, passphrase: 'short', confirmPassphrase: 'short' }).error!)).toHaveProperty('passphrase');
  });

  it('unlocks with a passphrase or a recovery key', () => {
    expect(unlockSchema.parse({ recoveryKey: '  abcde-fghjk  ' })).toEqual({ recoveryKey: 'abcde-fghjk' });
    expect(unlockSchema.safeParse({ passphrase: '' }).success).toBe(false);
    expect(unlockSchema.safeParse({}).success).toBe(false);
  });

  it('refuses a list with the same entry twice in different case', () => {
    expect(updateListSchema.safeParse({ kind: 'localities', items: ['Worthing', 'worthing'] }).success).toBe(false);
    expect(updateListSchema.safeParse({ kind: 'localities', items: ['Worthing', ' '] }).success).toBe(false);
  });
});

describe('a new passphrase', () => {
  it('is refused when it is one of the easy guesses, however long', async () => {
    const { createOfficeSchema } = await import('../../shared/contract/office');
    const weak = createOfficeSchema.safeParse({ officeName: 'x', passphrase: 'password1234', confirmPassphrase: 'password1234' });
    expect(weak.success).toBe(false);
    expect(weak.error!.issues[0]!.message).toMatch(/too easy to guess/);
    expect(createOfficeSchema.safeParse({ officeName: 'x', passphrase: 'kettle orchard lantern', confirmPassphrase: 'kettle orchard lantern' }).success).toBe(true);
  });
});
