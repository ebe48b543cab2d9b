// The register's use cases against a real encrypted office: add, read, change, mark as left, delete.
import { describe, expect, it } from 'vitest';
import { memberInput } from '../helpers/members';
import { expectOk, HOUR, useOffices } from '../helpers/office';

const { newOffice } = useOffices();

describe('members', () => {
  it('are created with the next member number, tidied, and read back whole', async () => {
    const { backend } = await newOffice();
    const created = expectOk(await backend.invoke('members:create', memberInput({
      postcode: 'bn111aa', phone: '+44 7700 900123', email: 'Zebedee.Quaintance@Example.org', involvements: ['Training', 'Campaigns'],
      contactMethods: ['email', 'post'], contactConsent: true, contactConsentOn: '2024-03-01',
    })));
    expect(created).toMatchObject({
      id: 1, memberNumber: 1001, firstName: 'Zebedee', lastName: 'Quaintance', postcode: 'BN11 1AA', phone: '07700 900123',
      email: 'zebedee.quaintance@example.org', contactMethods: ['email', 'post'], involvements: ['Campaigns', 'Training'],
      roles: [{ role: 'member', startedOn: '2024-03-01', endedOn: '' }], canDelete: true,
      createdAt: '2026-11-27T10:00:00.000Z', updatedAt: '2026-11-27T10:00:00.000Z',
    });
    expect(expectOk(await backend.invoke('members:get', { id: 1 }))).toEqual(created);
    const second = expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Ottoline', email: '' })));
    expect(second.memberNumber).toBe(1002);
  });

  it('are updated in place: same number, new details and roles, new updatedAt', async () => {
    const { backend, clock } = await newOffice();
    const { id } = expectOk(await backend.invoke('members:create', memberInput()));
    clock.advance(HOUR);
    const updated = expectOk(await backend.invoke('members:update', {
      id, member: memberInput({ email: 'zq@example.org', roles: [{ role: 'member', startedOn: '2024-03-01' }, { role: 'trustee', startedOn: '2026-01-05' }] }),
    }));
    expect(updated).toMatchObject({ id, memberNumber: 1001, email: 'zq@example.org', updatedAt: '2026-11-27T11:00:00.000Z', createdAt: '2026-11-27T10:00:00.000Z' });
    expect(updated.roles.map((r) => r.role)).toEqual(['member', 'trustee']);
  });

  it('say NOT_FOUND for someone who is not there', async () => {
    const { backend } = await newOffice();
    for (const r of [await backend.invoke('members:get', { id: 99 }), await backend.invoke('members:update', { id: 99, member: memberInput() }), await backend.invoke('members:archive', { id: 99, leftOn: '2026-11-01' })]) {
      expect(r.ok || r.error.code).toBe('NOT_FOUND');
    }
  });

  it('are marked as left, which ends their current roles on that day and keeps the record', async () => {
    const { backend } = await newOffice();
    const { id } = expectOk(await backend.invoke('members:create', memberInput({
      roles: [
        { role: 'member', startedOn: '2024-03-01' },
        { role: 'volunteer', startedOn: '2024-04-01', endedOn: '2025-01-31' },
        { role: 'peer supporter', startedOn: '2025-02-01' },
      ],
    })));
    const left = expectOk(await backend.invoke('members:archive', { id, leftOn: '2026-11-20' }));
    expect(left).toMatchObject({ status: 'left', leftOn: '2026-11-20' });
    expect(left.roles).toEqual([
      { role: 'member', startedOn: '2024-03-01', endedOn: '2026-11-20' },
      { role: 'volunteer', startedOn: '2024-04-01', endedOn: '2025-01-31' },
      { role: 'peer supporter', startedOn: '2025-02-01', endedOn: '2026-11-20' },
    ]);
    const search = expectOk(await backend.invoke('members:search', { status: 'left' }));
    expect(search.rows[0]).toMatchObject({ id, roles: [] });
  });

  it('cannot be marked as left before they joined', async () => {
    const { backend } = await newOffice();
    const { id } = expectOk(await backend.invoke('members:create', memberInput()));
    const r = await backend.invoke('members:archive', { id, leftOn: '2020-01-01' });
    expect(r.ok || r.error.code).toBe('VALIDATION');
    if (!r.ok) expect(r.error.fields).toHaveProperty('leftOn');
    expect(expectOk(await backend.invoke('members:get', { id })).status).toBe('active');
  });

  it('can be deleted only within 24 hours of being added', async () => {
    const { backend, clock } = await newOffice();
    const early = expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Ottoline', email: 'o@example.org' })));
    clock.advance(23 * HOUR);
    expect(expectOk(await backend.invoke('members:delete', { id: early.id }))).toEqual({ deleted: true });
    const gone = await backend.invoke('members:get', { id: early.id });
    expect(gone.ok || gone.error.code).toBe('NOT_FOUND');

    const late = expectOk(await backend.invoke('members:create', memberInput()));
    clock.advance(25 * HOUR);
    expect(expectOk(await backend.invoke('members:get', { id: late.id })).canDelete).toBe(false);
    const refused = await backend.invoke('members:delete', { id: late.id });
    expect(refused.ok || refused.error.code).toBe('CONFLICT');
    if (!refused.ok) expect(refused.error.message).toMatch(/Mark them as left/);
    expect(expectOk(await backend.invoke('members:get', { id: late.id })).roles).toHaveLength(1);
  });

  it('deleting removes their roles and involvements with them', async () => {
    const { backend } = await newOffice();
    const { id } = expectOk(await backend.invoke('members:create', memberInput({ involvements: ['Training'] })));
    expectOk(await backend.invoke('members:delete', { id }));
    const { sqlite } = backend.session.context();
    expect(sqlite.prepare('SELECT count(*) AS n FROM person_roles').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM person_involvements').get()).toEqual({ n: 0 });
  });

  it('refuse invalid details as VALIDATION with the fields to correct, and write nothing', async () => {
    const { backend } = await newOffice();
    const bad = await backend.invoke('members:create', memberInput({ email: 'zebedee at example', postcode: 'BN11', firstName: '' }));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('VALIDATION');
    expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(['email', 'firstName', 'postcode']);
    expect(bad.error.message).toMatch(/^3 things need putting right: .*Enter a first name/);
    expect(expectOk(await backend.invoke('members:search', {})).counts.all).toBe(0);

    const { id } = expectOk(await backend.invoke('members:create', memberInput()));
    const badUpdate = await backend.invoke('members:update', { id, member: memberInput({ status: 'left' }) });
    expect(badUpdate.ok || badUpdate.error.fields).toHaveProperty('member.leftOn');
    expect(expectOk(await backend.invoke('members:get', { id })).status).toBe('active');
  });
});
