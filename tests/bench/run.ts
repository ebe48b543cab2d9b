// `npm run bench`: figures, not assertions, for the things a person waits on. Every office is a real
// encrypted file in a temporary folder, removed at the end. Synthetic members only.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { addEntries } from '../../electron/backend/audit/log';
import { silentLogger } from '../../electron/backend/context';
import { demoMembers } from '../../electron/backend/members/demo';
import { writeMember } from '../../electron/backend/members/repository';
import { memberInputSchema } from '../../shared/contract/members';
import { formatMemberNumber } from '../../shared/domain/members';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../electron/backend/db/migrations', import.meta.url));
const PASSPHRASE = 'kettle orchard lantern';
const root = mkdtempSync(join(tmpdir(), 'peer-office-bench-'));
let folders = 0;

function backendIn(): Backend {
  const dir = join(root, String(folders++));
  return createBackend({ dataDir: dir, databasePath: join(dir, 'office.db'), migrationsDir: MIGRATIONS_DIR, now: () => new Date('2026-11-27T10:00:00Z'), logger: silentLogger });
}

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const report = (what: string, value: string) => process.stdout.write(`  ${what.padEnd(48)} ${value}\n`);

process.stdout.write(`Peer Office bench (Node ${process.versions.node}, ${process.platform})\n`);

// Unlock: scrypt unwrap of the data key, open, key check, pragmas, migration check.
{
  const backend = backendIn();
  await must(backend.invoke('office:create', { officeName: 'Bench office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    backend.session.lock();
    times.push((await timed(() => must(backend.invoke('office:unlock', { passphrase: PASSPHRASE }))))[1]);
  }
  times.sort((a, b) => a - b);
  report('unlock (scrypt + open), median of 5', ms(quantile(times, 0.5)));
  backend.close();
}

// The demo office: 300 members written in the creating transaction, plus wrapping the key twice.
{
  const backend = backendIn();
  const [, t] = await timed(() => must(backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE })));
  report('create the demo office (300 members, 40 staff, 2 years of rota)', ms(t));
  // A new recovery key re-encrypts the whole database with a new data key (office/key-switch.ts).
  const { recoveryKey } = await must(backend.invoke('security:newRecoveryKey', { passphrase: PASSPHRASE }));
  const [, tRekey] = await timed(() => must(backend.invoke('security:confirmRecoveryKey', { recoveryKey })));
  const { size } = statSync(backend.session.backupSource()!.dbPath);
  report(`new recovery key: confirm and re-key (${(size / 1024 / 1024).toFixed(1)} MB demo)`, ms(tRekey));
  backend.close();
}

// Searching 3,000 people, as typing in the search box does.
const big = backendIn();
await must(big.invoke('office:create', { officeName: 'Bench office', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
const people = demoMembers(3000);
{
  const ctx = big.session.context();
  const [, t] = await timed(() => ctx.sqlite.transaction(() => {
    people.forEach((m, i) => writeMember(ctx.db, memberInputSchema.parse(m), { memberNumber: 1001 + i, nowIso: ctx.now().toISOString() }));
  })());
  report('write 3,000 members in one transaction', ms(t));
}
{
  // What people type: the start of a surname, a postcode (either spacing), phone digits, a member number.
  const queries = people.slice(0, 200).map((p, i) => {
    switch (i % 5) {
      case 0: return p.lastName.slice(0, 3);
      case 1: return (p.postcode ?? '').slice(0, 4).toLowerCase();
      case 2: return (p.postcode ?? '').replace(' ', '').slice(0, 5);
      case 3: return p.phone ? p.phone.slice(-6) : p.firstName.slice(0, 2);
      default: return formatMemberNumber(1001 + i);
    }
  });
  await must(big.invoke('members:search', {})); // warm the page cache once, as the list's first load does
  const times: number[] = [];
  let rows = 0;
  for (const query of queries) {
    const [found, t] = await timed(() => must(big.invoke('members:search', { query })));
    times.push(t);
    rows += found.total;
  }
  const [all, tAll] = await timed(() => must(big.invoke('members:search', {})));
  times.sort((a, b) => a - b);
  report('search 3,000 members: median of 200 queries', ms(quantile(times, 0.5)));
  report('search 3,000 members: p95 of 200 queries', ms(quantile(times, 0.95)));
  report('search 3,000 members: average matches', (rows / queries.length).toFixed(0));
  report(`list everyone (${all.total.toLocaleString('en-GB')} rows, no query)`, ms(tAll));
}

// Import preview of a 1,000-row workbook.
{
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Members');
  sheet.addRow(['First name', 'Last name', 'Postcode', 'Phone', 'Email', 'Date joined', 'Status', 'Locality']);
  for (const m of demoMembers(1000, 7)) {
    const [y, mo, d] = m.joinedOn.split('-').map(Number) as [number, number, number];
    sheet.addRow([m.firstName, m.lastName, m.postcode, m.phone, m.email, new Date(Date.UTC(y, mo - 1, d)), m.status, m.locality]);
  }
  const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  const [preview, t] = await timed(() => must(big.invoke('members:importPreview', { fileName: 'members.xlsx', contentBase64 })));
  report(`import preview, 1,000-row .xlsx (${preview.summary.duplicates} duplicates)`, ms(t));
}

// Export of everyone.
{
  const [file, t] = await timed(() => must(big.invoke('members:export', {})));
  report(`export ${file.rows.toLocaleString('en-GB')} rows to .xlsx (${(file.contentBase64.length * 0.75 / 1024).toFixed(0)} KiB)`, ms(t));
}

// The audit log grown to 50,000 entries: the screen's pages (newest, deep, filtered) and its export.
{
  const ctx = big.session.context();
  const areas = ['members', 'staff', 'rota', 'payroll', 'absence'] as const;
  const start = Date.parse('2024-01-01T09:00:00Z');
  ctx.sqlite.transaction(() => addEntries(ctx.db, Array.from({ length: 50_000 }, (_, i) => ({
    at: new Date(start + i * 17 * 60_000).toISOString(), action: i % 7 === 0 ? 'create' : 'change', area: areas[i % areas.length]!, channel: 'members:update',
    recordType: 'member', recordId: String(i % 3000), summary: 'people: changed phone, town', by: 'the office',
  }))))();
  const page = async (what: string, input: Parameters<typeof big.invoke<'audit:list'>>[1]) => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) times.push((await timed(() => must(big.invoke('audit:list', input))))[1]);
    times.sort((a, b) => a - b);
    report(`audit:list over 50,000 entries, ${what}: median`, ms(quantile(times, 0.5)));
  };
  await page('newest page of 50', {});
  await page('page 900 of 1,000', { page: 900 });
  await page('one area', { area: 'payroll' });
  // The "Record" box takes what the screen shows: a membership number, looked up to the person's records.
  await page('one record', { recordType: 'member', record: formatMemberNumber((await must(big.invoke('members:get', { id: 42 }))).memberNumber) });
  await page('a month, one action', { from: '2025-03-01', to: '2025-03-31', action: 'create' });
  const [file, t] = await timed(() => must(big.invoke('audit:export', {})));
  report(`audit:export ${file.rows.toLocaleString('en-GB')} entries to .xlsx (${(file.contentBase64.length * 0.75 / 1024).toFixed(0)} KiB)`, ms(t));
  // What the log adds to a save: the capture triggers and the entry, in the save's transaction.
  const member = await must(big.invoke('members:get', { id: 1 }));
  const saves: number[] = [];
  for (let i = 0; i < 50; i++) saves.push((await timed(() => must(big.invoke('members:update', { id: 1, member: { ...memberInputSchema.parse({ ...member, phone: `07700 9${String(i).padStart(5, '0')}` }) } }))))[1]);
  saves.sort((a, b) => a - b);
  report('save a member with its audit entry: median of 50', ms(quantile(saves, 0.5)));
}

big.close();
report('process RSS at the end', `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
rmSync(root, { recursive: true, force: true });
