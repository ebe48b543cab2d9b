// The office's settings and lists, and leaving the demo office.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memberInput } from '../helpers/members';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';
import { MIGRATIONS_DIR } from '../helpers/office';

const { newOffice, tempDir } = useOffices();

describe('office settings', () => {
  it('shows the name, the database path and the shipped lists, and renames the office', async () => {
    const { backend, dbPath } = await newOffice({ officeName: 'Quaintance Peer Support' });
    const settings = expectOk(await backend.invoke('office:settings', {}));
    expect(settings).toMatchObject({ officeName: 'Quaintance Peer Support', databasePath: dbPath, isDemo: false });
    expect(settings.localities).toContain('Worthing');
    expect(settings.involvements).toContain("Patients' council");

    expect(expectOk(await backend.invoke('office:rename', { officeName: '  Fairweather Peer Support  ' })).officeName).toBe('Fairweather Peer Support');
    expect(expectOk(await backend.invoke('office:status', {})).officeName).toBe('Fairweather Peer Support');
    const blank = await backend.invoke('office:rename', { officeName: '   ' });
    expect(blank.ok || blank.error.fields).toEqual({ officeName: 'Enter the name of your organisation' });
    expect(expectOk(await backend.invoke('office:settings', {})).officeName).toBe('Fairweather Peer Support');
  });

  it('replaces a list whole, keeps what people already have, and names a repeated entry', async () => {
    const { backend } = await newOffice();
    const { id } = expectOk(await backend.invoke('members:create', memberInput({ locality: 'Worthing' })));
    const updated = expectOk(await backend.invoke('lists:update', { kind: 'localities', items: ['Crawley', 'Worthing and Adur'] }));
    expect(updated.localities).toEqual(['Crawley', 'Worthing and Adur']);
    expect(expectOk(await backend.invoke('members:get', { id })).locality).toBe('Worthing');

    const twice = await backend.invoke('lists:update', { kind: 'localities', items: ['Crawley', 'crawley'] });
    expect(twice.ok).toBe(false);
    if (twice.ok) return;
    expect(twice.error.code).toBe('VALIDATION');
    expect(twice.error.message).toContain('"crawley" is in the list twice');
    expect(expectOk(await backend.invoke('office:settings', {})).localities).toEqual(['Crawley', 'Worthing and Adur']);
  });
});

describe('leaving the demo office', () => {
  it('locks it, forgets it as the current office, and lets a real office be created', async () => {
    const dir = tempDir();
    const backend = createBackend({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: () => new Date('2026-11-27T10:00:00Z'), logger: silentLogger });
    try {
      const demo = expectOk(await backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
      expect(demo).toMatchObject({ state: 'unlocked', isDemo: true });
      expect(expectOk(await backend.invoke('office:leaveDemo', {}))).toMatchObject({ state: 'none' });
      expect(existsSync(join(dir, 'demo-office.db'))).toBe(true); // kept, just not current

      expect(expectOk(await backend.invoke('office:create', { officeName: 'Real office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE })).recoveryKey).toBeTruthy();
      const real = await backend.invoke('office:leaveDemo', {});
      expect(real.ok).toBe(false);
      if (real.ok) return;
      expect(real.error.code).toBe('CONFLICT');
      expect(expectOk(await backend.invoke('office:status', {}))).toMatchObject({ state: 'unlocked', officeName: 'Real office' });
    } finally {
      backend.close();
    }
  });

  it('a refused create leaves the open office open', async () => {
    const { backend } = await newOffice();
    const again = await backend.invoke('office:create', { officeName: 'Second', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE });
    expect(again.ok || again.error.code).toBe('CONFLICT');
    expect(expectOk(await backend.invoke('office:status', {})).state).toBe('unlocked');
  });
});

describe('a member whose status is set to left', () => {
  it('has their open roles ended on the day they left', async () => {
    const { backend } = await newOffice();
    const created = expectOk(await backend.invoke('members:create', memberInput({ roles: [{ role: 'member', startedOn: '2020-01-01' }, { role: 'peer supporter', startedOn: '2021-01-01' }] })));
    const { id, memberNumber: _n, createdAt: _c, updatedAt: _u, canDelete: _d, ...values } = created;
    const left = expectOk(await backend.invoke('members:update', { id, member: { ...values, status: 'left', leftOn: '2026-06-30' } }));
    expect(left.roles.map((r) => r.endedOn)).toEqual(['2026-06-30', '2026-06-30']);
    const search = expectOk(await backend.invoke('members:search', { role: 'peer supporter' }));
    expect(search.total).toBe(0);
  });
});

describe('a person added twice by hand', () => {
  it('is flagged on both records, by name and postcode or by email, and not otherwise', async () => {
    const { backend } = await newOffice();
    const first = expectOk(await backend.invoke('members:create', memberInput({ postcode: 'BN11 1AA', email: 'zeb@example.org' })));
    expect(first.possibleDuplicates).toEqual([]);
    const second = expectOk(await backend.invoke('members:create', memberInput({ firstName: 'ZEBEDEE', postcode: 'bn111aa', email: '' })));
    expect(second.possibleDuplicates).toEqual([{ id: first.id, memberNumber: first.memberNumber, name: 'Zebedee Quaintance', reason: 'name and postcode' }]);
    const third = expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Ottoline', lastName: 'Fairweather', postcode: '', email: 'ZEB@example.org' })));
    expect(third.possibleDuplicates.map((d) => [d.id, d.reason])).toEqual([[first.id, 'email']]);
    expect(expectOk(await backend.invoke('members:get', { id: first.id })).possibleDuplicates.map((d) => d.id)).toEqual([second.id, third.id]);
    const unrelated = expectOk(await backend.invoke('members:create', memberInput({ firstName: 'Araminta', lastName: 'Blackwood', postcode: 'BN11 1AA', email: '' })));
    expect(unrelated.possibleDuplicates).toEqual([]);
  });
});
