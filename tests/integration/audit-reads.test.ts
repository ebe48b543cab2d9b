// The channels sorted as reads (audit/channels.ts) are not logged, so they must not write: each one is
// called on the demo office with the capture triggers watching every table, and nothing may change.
// Each must answer ok: a read refused (a bad input, a record that is not there) returns before it has
// read anything, so it would show nothing about whether the read writes. A read channel added later
// without an input here fails, so it is checked too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';
import { clearChanges, ensureCapture, takeChanges } from '../../electron/backend/audit/capture';
import { CHANNEL_AUDIT } from '../../electron/backend/audit/channels';
import { CHANNELS, type Channel } from '../../shared/contract/channels';
import { csvFile } from '../helpers/spreadsheets';
import { expectOk, FakeClock, MIGRATIONS_DIR, PASSPHRASE } from '../helpers/office';

/** An input for each read that it answers ok on the demo office; `backupFile` is a backup made of it first. */
const readInputs = (backupFile: string): Partial<Record<Channel, unknown>> => ({
  'office:status': {}, 'office:settings': {},
  'members:search': { query: 'a' }, 'members:get': { id: 1 },
  'members:importPreview': csvFile('First name,Last name\nYsolde,Pettifork\n'),
  'staff:get': { personId: 1 }, 'staff:list': {}, 'staff:reminders': {},
  'settings:datedRates': { kind: 'minimum-wage' }, 'places:list': {}, 'payElements:list': {},
  'rota:view': { from: '2026-11-23', to: '2026-11-29' },
  'payroll:schedule': {}, 'payroll:periods': {}, 'payroll:period': { key: '2026-10' }, 'payroll:model': { key: '2026-10' },
  'payroll:statement': { staffId: 1, from: '2026-09-01', to: '2026-11-29' },
  'supervision:settings': {}, 'supervision:person': { staffId: 1 }, 'supervision:month': { month: '2026-11' }, 'supervision:lists': {},
  'dashboard:week': {}, 'support:year': { year: 2026 },
  'absence:types': {}, 'absence:settings': {}, 'absence:person': { staffId: 1 }, 'absence:overview': {},
  'referrals:lists': {}, 'referrals:person': { personId: 1 }, 'referrals:get': { id: 1 },
  'backup:list': {}, 'backup:settings': {}, 'backup:preview': { file: backupFile, passphrase: PASSPHRASE },
  'backup:progress': {},
  'security:settings': {},
  'audit:list': {},
});

// A backup's preview logs only a wrong secret (audit-secrets.test.ts): opened with the right one, it is a read.
const READS = CHANNELS.filter((c) => { const rule = CHANNEL_AUDIT[c]; return rule === 'read' || rule.how === 'read-with-secret'; });

describe('channels sorted as reads', () => {
  // One demo office for every read (made once: it takes a few seconds).
  const dir = mkdtempSync(join(tmpdir(), 'peer-office-test-'));
  const backend: Backend = createBackend({ dataDir: dir, databasePath: join(dir, 'office.db'), migrationsDir: MIGRATIONS_DIR, now: new FakeClock().now, logger: silentLogger });
  let inputs: Partial<Record<Channel, unknown>> = {};
  beforeAll(async () => {
    expectOk(await backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
    // A real backup to preview (a write, made and logged before any read is watched).
    const made = expectOk(await backend.invoke('backup:make', {}));
    inputs = readInputs(made.written[0]!.path);
  }, 60_000);
  afterAll(() => {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(READS)('%s changes nothing and is not logged', async (channel) => {
    expect(inputs, `give ${channel} an input in readInputs`).toHaveProperty([channel]);
    const { sqlite } = backend.session.context();
    ensureCapture(sqlite);
    clearChanges(sqlite);
    const logged = () => (sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = logged();
    expectOk(await backend.invokeUnknown(channel, inputs[channel]));
    expect(takeChanges(sqlite)).toEqual([]);
    expect(logged()).toBe(before);
  });
});
