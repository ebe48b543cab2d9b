// The command line beside an office that another process (the app) has open. A backup or a check may run
// while the office manager works; they must leave the app's in-use marker exactly as it is, or a -wal lost
// after the app then crashed would go unnoticed (db/in-use.ts). A restore must wait until the app is closed.
// After a crash, with nobody holding the office, a check only reads (the crashed session's changes too) and
// leaves the WAL and the marker for the app's next unlock to settle.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inUseMarkerPath } from '../../electron/backend/db/in-use';
import { sha256Of } from '../helpers/backup';
import { runCli, withPassphrase } from '../helpers/cli';
import { useHeldOffices } from '../helpers/held-office';
import { closedRegisterOffice, expectOk, memberFirstNames, PASSPHRASE, useOffices } from '../helpers/office';

const offices = useOffices();
const { backendAt } = offices;
const { holdOffice } = useHeldOffices();

describe('the command line beside an office another process has open', { timeout: 240_000 }, () => {
  it('backs up and checks it, leaving the marker alone, so a -wal lost after a crash is still reported', async () => {
    const office = await closedRegisterOffice(offices);
    const app = await holdOffice(office.dbPath);
    await app.add('Walter');
    const marker = readFileSync(inUseMarkerPath(office.dbPath), 'utf8');
    expect(JSON.parse(marker)).toMatchObject({ pid: app.pid });

    const backup = await runCli(['backup', '--db', office.dbPath, '--to', office.usb], withPassphrase);
    expect([backup.code, backup.stderr]).toEqual([0, expect.stringMatching(/^Backed up /)]);
    expect(readFileSync(inUseMarkerPath(office.dbPath), 'utf8')).toBe(marker);
    const check = await runCli(['check', '--db', office.dbPath], withPassphrase);
    expect([check.code, check.stderr]).toEqual([0, 'The database is sound.\n']);
    expect(readFileSync(inUseMarkerPath(office.dbPath), 'utf8')).toBe(marker);
    expect(existsSync(`${office.dbPath}-wal`)).toBe(true);

    // The app carries on (this change is only in the -wal), then the PC loses power and the -wal is lost.
    await app.add('Winifred');
    await app.crash();
    const wal = `${office.dbPath}-wal`;
    renameSync(wal, `${wal}.found-later`);
    const next = backendAt({ dir: office.dir });
    const refused = await next.invoke('office:unlock', { passphrase: PASSPHRASE });
    expect(refused.ok || refused.error).toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/office\.db-wal is missing/) });

    // Put back, every change is there: the backup's, the app's before it and after it.
    renameSync(`${wal}.found-later`, wal);
    expectOk(await next.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(next)).toEqual([...office.names, 'Walter', 'Winifred'].sort());
  });

  it('will not restore under it, changing nothing; once it has crashed, the restore goes ahead', async () => {
    const office = await closedRegisterOffice(offices);
    const file = (await runCli(['backup', '--db', office.dbPath, '--to', office.usb], withPassphrase)).stdout.trim();
    const app = await holdOffice(office.dbPath);
    await app.add('Walter');
    const before = { db: sha256Of(office.dbPath), marker: readFileSync(inUseMarkerPath(office.dbPath), 'utf8') };

    const refused = await runCli(['restore', '--file', file, '--db', office.dbPath, '--yes'], withPassphrase);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`Peer Office has .*office\\.db open \\(process ${app.pid} on this computer\\)\\. Close Peer Office, then run the restore again\\. Nothing has been changed\\.`));
    expect({ db: sha256Of(office.dbPath), marker: readFileSync(inUseMarkerPath(office.dbPath), 'utf8') }).toEqual(before);

    await app.crash();
    const restored = await runCli(['restore', '--file', file, '--db', office.dbPath, '--yes'], withPassphrase);
    expect(restored.code).toBe(0);
    // What the crash left goes aside with the database it belongs to; the restored office opens without a word.
    const aside = (JSON.parse(restored.stdout) as { keptAside: string[] }).keptAside;
    expect(aside).toEqual(expect.arrayContaining([expect.stringMatching(/office\.db\.before-restore-[\d-]+-wal$/), expect.stringMatching(/\.in-use$/)]));
    const reopened = backendAt({ dir: office.dir });
    expectOk(await reopened.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(reopened)).toEqual(office.names);
  });

  it('after a crash, with nobody holding it, checks it read-only, crashed changes included, and leaves the rest to the app', async () => {
    const office = await closedRegisterOffice(offices);
    const app = await holdOffice(office.dbPath);
    await app.add('Walter');
    await app.crash();
    const before = { db: sha256Of(office.dbPath), wal: sha256Of(`${office.dbPath}-wal`), marker: readFileSync(inUseMarkerPath(office.dbPath), 'utf8') };

    const check = await runCli(['check', '--db', office.dbPath], withPassphrase);
    expect(check.code).toBe(0);
    // The crashed session's change is read from the WAL; nothing is folded in, nothing tidied: check only looks.
    expect((JSON.parse(check.stdout) as { tables: Record<string, number> }).tables['people']).toBe(office.names.length + 1);
    expect({ db: sha256Of(office.dbPath), wal: sha256Of(`${office.dbPath}-wal`), marker: readFileSync(inUseMarkerPath(office.dbPath), 'utf8') }).toEqual(before);
    // The app's next unlock settles it, with every change there and no false alarm.
    const reopened = backendAt({ dir: office.dir });
    expectOk(await reopened.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(await memberFirstNames(reopened)).toEqual([...office.names, 'Walter'].sort());
  });
});
