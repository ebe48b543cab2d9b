// `peer-office backup`, `verify` and `restore` as a script would use them: exit codes, the backup's path
// and JSON summaries on stdout, words for people on stderr, the passphrase only from the environment.
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memberInput, REGISTER } from '../helpers/members';
import { backupNames, backupsFolder, databaseOffset, dumpOf, flipByte, officeCodeOf } from '../helpers/backup';
import { runCli } from '../helpers/cli';
import { newestShippedMigration, shippedMigrationCount } from '../helpers/migrations';
import { backedUpBeforeItsStick, expectOk, PASSPHRASE, useOffices } from '../helpers/office';

const offices = useOffices();
const { newOffice, backendAt, tempDir } = offices;
const withPassphrase = { PEER_OFFICE_PASSPHRASE: PASSPHRASE };

/** A closed office holding the small register, and an empty folder standing in for a USB stick. */
async function officeAndStick() {
  const office = await newOffice();
  for (const m of REGISTER) expectOk(await office.backend.invoke('members:create', m));
  const atBackup = dumpOf(office.backend);
  const code = officeCodeOf(office.backend);
  office.backend.close();
  const usb = join(tempDir(), 'USB STICK');
  mkdirSync(usb);
  return { ...office, usb, atBackup, code };
}

/** Every file in the office's folder with a hash of its bytes: equal before and after means nothing was touched. */
function filesIn(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => {
    const path = join(dir, name);
    return [name, statSync(path).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(path)).digest('hex')];
  }));
}

/** Names and other details the register holds: none of them may appear in what the CLI prints. */
const PERSONAL = [...REGISTER.flatMap((m) => [m.firstName, m.lastName, m.postcode]), 'Quince', 'Quaintance Peer Support'].filter((v) => v !== '');

describe('peer-office backup, verify and restore', { timeout: 180_000 }, () => {
  it('back up to a folder, verify with the passphrase or the recovery key, and restore keeping the old database aside', async () => {
    const office = await officeAndStick();
    const made = await runCli(['backup', '--db', office.dbPath, '--to', office.usb], withPassphrase);
    expect(made.code).toBe(0);
    const file = made.stdout.trim();
    expect(backupNames(office.usb)).toEqual([file.slice(office.usb.length + 1)]);
    expect(file).toMatch(/peer-office-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}-\d{6}-command-line\.pobackup$/);
    expect(made.stderr).toMatch(/^Backed up .* \(0\.\d MB, encrypted, checked by reading it back\) in \d+\.\d\d s\.$/m);
    expect(readFileSync(file).includes(Buffer.from('Quaintance'))).toBe(false);
    // A command-line backup is the only file written: no daily backup beside the database.
    expect(existsSync(backupsFolder(office.dir))).toBe(false);

    const verified = await runCli(['verify', '--file', file], withPassphrase);
    expect(verified.code).toBe(0);
    const summary = JSON.parse(verified.stdout) as { ok: boolean; migrations: number; compatibility: string; tables: Record<string, number> };
    expect(summary).toMatchObject({ ok: true, migrations: shippedMigrationCount(), compatibility: 'same', isDemo: false, reason: 'command-line', appVersion: '0.1.0' });
    // Whose it is, as in its name; no office is open to compare it with.
    expect(summary).toMatchObject({ officeCode: /peer-office-([0-9a-f]{8})-/.exec(file)![1], office: 'unknown', openOfficeCode: null });
    expect(summary.tables).toMatchObject({ people: REGISTER.length, office_settings: 3 });
    expect(verified.stderr).toMatch(/is sound \(4 people\)/);
    const byRecoveryKey = await runCli(['verify', '--file', file], { PEER_OFFICE_RECOVERY_KEY: office.recoveryKey });
    expect(byRecoveryKey.code).toBe(0);
    const wrong = await runCli(['verify', '--file', file], { PEER_OFFICE_PASSPHRASE: 'kettle orchard lanterns' });
    expect([wrong.code, wrong.stdout]).toEqual([3, '']);
    expect(wrong.stderr).toMatch(/does not open this backup/);

    // The office changes after the backup; the restore brings back the day of the backup.
    const changed = backendAt({ dir: office.dir });
    expectOk(await changed.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expectOk(await changed.invoke('members:create', memberInput({ firstName: 'Yolanda', lastName: 'Quince' })));
    changed.close();
    const restored = await runCli(['restore', '--file', file, '--db', office.dbPath, '--yes'], { PEER_OFFICE_RECOVERY_KEY: office.recoveryKey });
    expect(restored.code).toBe(0);
    // What was shown before anything was replaced: this office's own backup, so --yes is enough.
    expect(restored.stderr).toMatch(new RegExp(`^Office: a backup of the office database at .*office\\.db \\(code ${office.code}\\)\\.$`, 'm'));
    expect(restored.stderr.indexOf('What it holds:')).toBeLessThan(restored.stderr.indexOf('Restored the backup'));
    const outcome = JSON.parse(restored.stdout) as { keptAside: string[] };
    expect(outcome.keptAside).toEqual([expect.stringMatching(/office\.db\.before-restore-\d{4}-\d{2}-\d{2}-\d{6}$/), expect.stringMatching(/before-restore-.*\.keys\.json$/)]);
    expect(restored.stderr).toMatch(/kept, not deleted/);
    const reopened = backendAt({ dir: office.dir });
    expectOk(await reopened.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(dumpOf(reopened)).toEqual(office.atBackup);
    const aside = backendAt({ dir: office.dir, dbPath: outcome.keptAside[0]! });
    expectOk(await aside.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await aside.invoke('members:search', { query: 'Quince' })).total).toBe(1);
  });

  it('puts a command-line backup in the office’s audit log, saying it went to another folder but never where', async () => {
    const office = await officeAndStick();
    const made = await runCli(['backup', '--db', office.dbPath, '--to', office.usb], withPassphrase);
    expect(made.code).toBe(0);
    const reopened = backendAt({ dir: office.dir });
    expectOk(await reopened.invoke('office:unlock', { passphrase: PASSPHRASE }));
    const logged = reopened.session.context().sqlite.prepare('SELECT action, area, channel, summary FROM audit_log ORDER BY id').all();
    // The CLI's unlock, its backup (a whole copy of every record, taken away), then this unlock.
    expect(logged.slice(-3)).toEqual([
      { action: 'unlock', area: 'office', channel: 'office:unlock', summary: 'with the passphrase' },
      { action: 'export', area: 'backup', channel: 'backup:make', summary: 'command-line backup to another folder: 1 copy checked' },
      { action: 'unlock', area: 'office', channel: 'office:unlock', summary: 'with the passphrase' },
    ]);
    // A folder's path can hold a Windows user name: not in the log.
    expect(JSON.stringify(logged)).not.toContain('USB STICK');
  });

  it('writes no settings file beside the database it backs up, even for an office with an extra backup folder', async () => {
    const office = await newOffice();
    const extra = tempDir();
    expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: extra }));
    office.backend.close();
    // A copy kept on a server, away from the app's data folder (where the app keeps its own settings file).
    const copy = tempDir();
    for (const f of ['office.db', 'office.db.keys.json']) copyFileSync(join(office.dir, f), join(copy, f));
    const usb = join(tempDir(), 'USB STICK');
    mkdirSync(usb);

    const made = await runCli(['backup', '--db', join(copy, 'office.db'), '--to', usb], withPassphrase);
    expect(made.code).toBe(0);
    expect(readdirSync(copy).sort()).toEqual(['office.db', 'office.db.keys.json']);
  });

  it('verify exits 4 for a flipped byte, a cut-short file, a file that is not a backup, or no file at all', async () => {
    const office = await officeAndStick();
    const file = (await runCli(['backup', '--db', office.dbPath, '--to', office.usb], withPassphrase)).stdout.trim();
    const flipped = join(office.usb, 'flipped.pobackup');
    copyFileSync(file, flipped);
    flipByte(flipped, databaseOffset(flipped) + 3000);
    const longer = join(office.usb, 'longer.pobackup');
    copyFileSync(file, longer);
    appendFileSync(longer, 'x');
    for (const [path, problem] of [[flipped, /bytes have changed/], [longer, /extra bytes/], [office.dbPath, /not a Peer Office backup/], [join(office.usb, 'none.pobackup'), /no file at/]] as const) {
      const run = await runCli(['verify', '--file', path], withPassphrase);
      expect(run.code, path).toBe(4);
      expect(run.stderr).toMatch(problem);
      if (run.stdout) expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, problem: expect.stringMatching(problem) });
    }
  });

  it('restore refuses a backup from a newer version, and backup refuses a folder that is not there, changing nothing', async () => {
    const office = await officeAndStick();
    const future = backendAt({ dir: office.dir });
    expectOk(await future.invoke('office:unlock', { passphrase: PASSPHRASE }));
    future.session.context().sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', newestShippedMigration() + 86_400_000);
    const futureFile = expectOk(await future.invoke('backup:make', {})).written[0]!.path;
    future.close();

    const other = await officeAndStick();
    const files = readdirSync(other.dir).sort();
    const bytes = readFileSync(other.dbPath);
    const refused = await runCli(['restore', '--file', futureFile, '--db', other.dbPath, '--yes', '--replace-different-office'], withPassphrase);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/^Made by a newer version of Peer Office: this version cannot open it\.$/m);
    expect(refused.stderr).toMatch(/newer version of Peer Office.*Nothing has been changed/);
    expect(readdirSync(other.dir).sort()).toEqual(files);
    expect(readFileSync(other.dbPath).equals(bytes)).toBe(true);

    const missing = join(other.usb, 'not plugged in');
    const noFolder = await runCli(['backup', '--db', other.dbPath, '--to', missing], withPassphrase);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toMatch(/There is no folder at .*not plugged in/);
    expect(existsSync(missing)).toBe(false);
  });

  it('restore shows what the backup holds, counts only, and without a terminal refuses without --yes, changing nothing', async () => {
    const office = await officeAndStick();
    const file = (await runCli(['backup', '--db', office.dbPath, '--to', office.usb], withPassphrase)).stdout.trim();
    const later = backendAt({ dir: office.dir });
    expectOk(await later.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expectOk(await later.invoke('members:create', memberInput({ firstName: 'Yolanda', lastName: 'Quince' })));
    later.close();
    const before = filesIn(office.dir);

    // runCli gives the child no terminal (stdin is not a TTY), as a scheduled script has none.
    const refused = await runCli(['restore', '--file', file, '--db', office.dbPath], withPassphrase);
    expect([refused.code, refused.stdout]).toEqual([6, '']);
    const lines = refused.stderr.split('\n');
    expect(lines[0]!.startsWith(`Backup: ${file} (`)).toBe(true);
    expect(lines[0]).toMatch(/ \(\d+ KB\), checked just now: every page read, every table counted\.$/);
    expect(lines.slice(1, 4)).toEqual([
      expect.stringMatching(/^Made on \d\d\/\d\d\/\d{4} at \d\d:\d\d \(from the command line\) by Peer Office 0\.1\.0\.$/),
      `Office: a backup of the office database at ${office.dbPath} (code ${office.code}).`,
      'What it holds:',
    ]);
    // The counts of the day of the backup, in the app's words; the member added since is not in it.
    expect(refused.stderr).toMatch(/^ {2}People \(members, staff and volunteers\) +4$/m);
    expect(refused.stderr).toMatch(/^Everything else:$/m);
    expect(refused.stderr).toMatch(/^ {2}Office settings +3$/m);
    expect(refused.stderr).toContain(`Database updates applied to it: ${shippedMigrationCount()}.`);
    expect(refused.stderr).toMatch(/peer-office: Not restored: nobody was asked, since this is not running in a terminal\. Run it in a terminal to be asked, or add --yes to restore without asking\. Nothing has been changed\.\n$/);
    for (const detail of PERSONAL) expect(refused.stderr, detail).not.toContain(detail);
    expect(filesIn(office.dir)).toEqual(before);
  });

  it('another office’s backup, or the demo’s, needs --replace-different-office as well as --yes; with both it is restored', async () => {
    const office = await officeAndStick();
    const other = await newOffice({ officeName: 'Another Peer Support Office' });
    expectOk(await other.backend.invoke('members:create', memberInput({ firstName: 'Ignatius', lastName: 'Pennyfeather' })));
    const otherAtBackup = dumpOf(other.backend);
    const otherFile = expectOk(await other.backend.invoke('backup:make', {})).written[0]!.path;
    const otherCode = officeCodeOf(other.backend);
    other.backend.close();
    const demo = backendAt({ dir: tempDir() });
    await demo.session.create({ officeName: 'Demo office', passphrase: PASSPHRASE, demo: true });
    const demoFile = expectOk(await demo.invoke('backup:make', {})).written[0]!.path;
    demo.close();
    const before = filesIn(office.dir);

    const refused = await runCli(['restore', '--file', otherFile, '--db', office.dbPath, '--yes'], withPassphrase);
    expect([refused.code, refused.stdout]).toEqual([6, '']);
    expect(refused.stderr).toContain(`Office: this is a backup of a different office database. It was made from the office database with the code ${otherCode}; the one at ${office.dbPath} has the code ${office.code}.`);
    expect(refused.stderr).toMatch(/^ {2}People \(members, staff and volunteers\) +1$/m);
    expect(refused.stderr).toContain(`peer-office: Not restored. This backup is of a different office database (code ${otherCode}) from the one at ${office.dbPath} (code ${office.code}): restoring it would put that office’s records in place of this office’s. If that is what you mean, run the restore again with --replace-different-office. Nothing has been changed.`);
    expect(refused.stderr).not.toContain('Pennyfeather');
    expect(filesIn(office.dir)).toEqual(before);

    const demoRefused = await runCli(['restore', '--file', demoFile, '--db', office.dbPath, '--yes'], withPassphrase);
    expect(demoRefused.code).toBe(6);
    expect(demoRefused.stderr).toMatch(/^This is a backup of the demo office: everyone in it is made up\.$/m);
    expect(demoRefused.stderr).toMatch(/restoring it would put the demo office’s made-up records in place of this office’s\. If that is what you mean, run the restore again with --replace-different-office\./);
    expect(filesIn(office.dir)).toEqual(before);

    // The flag alone is not a yes: without a terminal, --yes is still needed.
    const flagOnly = await runCli(['restore', '--file', otherFile, '--db', office.dbPath, '--replace-different-office'], withPassphrase);
    expect(flagOnly.code).toBe(6);
    expect(flagOnly.stderr).toMatch(/add --yes to restore without asking/);
    expect(filesIn(office.dir)).toEqual(before);

    const restored = await runCli(['restore', '--file', otherFile, '--db', office.dbPath, '--yes', '--replace-different-office'], withPassphrase);
    expect(restored.code).toBe(0);
    const { keptAside } = JSON.parse(restored.stdout) as { keptAside: string[] };
    expect(keptAside).toEqual([expect.stringMatching(/office\.db\.before-restore-[\d-]+$/), expect.stringMatching(/before-restore-.*\.keys\.json$/)]);
    const reopened = backendAt({ dir: office.dir });
    expectOk(await reopened.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(dumpOf(reopened)).toEqual(otherAtBackup);
    expect(officeCodeOf(reopened)).toBe(otherCode);
  });

  it('the demo’s backup over an office with another passphrase is said plainly to be the demo’s, not this office’s', async () => {
    const office = await officeAndStick();
    const demoPassphrase = 'harbour thimble meadow';
    const demo = backendAt({ dir: tempDir() });
    await demo.session.create({ officeName: 'Demo office', passphrase: demoPassphrase, demo: true });
    const demoFile = expectOk(await demo.invoke('backup:make', {})).written[0]!.path;
    const demoCode = officeCodeOf(demo);
    demo.close();
    const before = filesIn(office.dir);

    const refused = await runCli(['restore', '--file', demoFile, '--db', office.dbPath, '--yes'], { PEER_OFFICE_PASSPHRASE: demoPassphrase });
    expect([refused.code, refused.stdout]).toEqual([6, '']);
    expect(refused.stderr).toContain(`Office: the demo office (code ${demoCode}), not the office at ${office.dbPath}: the passphrase that opens this backup does not open that database.`);
    expect(refused.stderr).toContain(`peer-office: Not restored. This is the demo office’s backup (code ${demoCode}), not a backup of this office, the one at ${office.dbPath}: restoring it would put the demo office’s made-up records in place of this office’s. If that is what you mean, run the restore again with --replace-different-office. Nothing has been changed.`);
    // Not the puzzle it was: neither "cannot be told" nor the hint about a changed passphrase.
    expect(refused.stderr).not.toMatch(/cannot be told|may have been changed|PEER_OFFICE_RECOVERY_KEY/);
    expect(filesIn(office.dir)).toEqual(before);

    const restored = await runCli(['restore', '--file', demoFile, '--db', office.dbPath, '--yes', '--replace-different-office'], { PEER_OFFICE_PASSPHRASE: demoPassphrase });
    expect(restored.code).toBe(0);
    const reopened = backendAt({ dir: office.dir });
    expect(expectOk(await reopened.invoke('office:unlock', { passphrase: demoPassphrase })).isDemo).toBe(true);
  });

  it('verify counts one person as a person', async () => {
    const office = await newOffice();
    expectOk(await office.backend.invoke('members:create', REGISTER[0]!));
    const file = expectOk(await office.backend.invoke('backup:make', {})).written[0]!.path;
    office.backend.close();
    const verified = await runCli(['verify', '--file', file], withPassphrase);
    expect(verified.code).toBe(0);
    expect(verified.stderr).toMatch(/is sound \(1 person\)\.$/m);
  });

  it('a restore of the office’s own backup, made before its USB stick was chosen, says backups still go there', async () => {
    const { office, file, usb } = await backedUpBeforeItsStick(offices);
    // Locked as the app closes, the plain copy of the folder (peer-office.json) names the stick and the office's code.
    expectOk(await office.backend.invoke('office:lock', {}));
    office.backend.close();

    const restored = await runCli(['restore', '--file', file, '--db', office.dbPath, '--yes'], withPassphrase);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toContain(`Backups still go to the extra folder ${usb} as well, as set before the restore.`);
    const reopened = backendAt({ dir: office.dir });
    expectOk(await reopened.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(expectOk(await reopened.invoke('backup:make', {})).written.map((w) => w.folder)).toEqual(['default', 'extra']);
  });

  it('when the secret that opens the backup does not open the database there, whose it is cannot be told: --replace-different-office is needed', async () => {
    const office = await officeAndStick();
    const file = (await runCli(['backup', '--db', office.dbPath, '--to', office.usb], withPassphrase)).stdout.trim();
    const changed = backendAt({ dir: office.dir });
    expectOk(await changed.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expectOk(await changed.invoke('security:changePassphrase', { currentPassphrase: PASSPHRASE, passphrase: 'harbour thimble meadow', confirmPassphrase: 'harbour thimble meadow' }));
    changed.close();
    const before = filesIn(office.dir);

    const refused = await runCli(['restore', '--file', file, '--db', office.dbPath, '--yes'], withPassphrase);
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain(`Whether that is the office at ${office.dbPath} cannot be told: the passphrase that opens the backup does not open it`);
    expect(refused.stderr).toMatch(/If that is what you mean, run the restore again with --replace-different-office\. If the passphrase has been changed since the backup was made, run the restore with the recovery key instead, in PEER_OFFICE_RECOVERY_KEY \(with PEER_OFFICE_PASSPHRASE not set\): it tells whether the backup is this office’s\. Nothing has been changed\./);
    expect(filesIn(office.dir)).toEqual(before);

    // The recovery key, which a new passphrase leaves as it was, opens both: the backup is this office's, and
    // needs no --replace-different-office (only the yes, which a script without a terminal gives with --yes).
    const byRecoveryKey = await runCli(['restore', '--file', file, '--db', office.dbPath], { PEER_OFFICE_RECOVERY_KEY: office.recoveryKey });
    expect(byRecoveryKey.code).toBe(6);
    expect(byRecoveryKey.stderr).toContain(`Office: a backup of the office database at ${office.dbPath} (code ${office.code}).`);
    expect(byRecoveryKey.stderr).toMatch(/Not restored: nobody was asked, since this is not running in a terminal\./);
    expect(filesIn(office.dir)).toEqual(before);

    // The same office after all: restored, it opens with the passphrase of the backup's day.
    const restored = await runCli(['restore', '--file', file, '--db', office.dbPath, '--yes', '--replace-different-office'], withPassphrase);
    expect(restored.code).toBe(0);
    const reopened = backendAt({ dir: office.dir });
    expectOk(await reopened.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(dumpOf(reopened)).toEqual(office.atBackup);
  });

  it.each([
    [['verify'], /--file BACKUP/],
    [['verify', '--file', 'x.pobackup', '--db', 'x.db'], /without --db/],
    [['backup', '--db', 'x.db'], /--to DIR/],
    [['restore', '--db', 'x.db'], /--file BACKUP/],
    [['restore', '--file', 'x.pobackup'], /--db FILE/],
    [['check', '--db', 'x.db', '--to', 'usb'], /--to is for backup only/],
    [['check', '--db', 'x.db', '--file', 'x.pobackup'], /--file is for verify and restore only/],
    [['restore', '--file', 'x.pobackup', '--db', 'x.db', '--keep-all'], /--keep-all is for backup only/],
    [['backup', '--db', 'x.db', '--to', 'usb', '--yes'], /--yes is for restore only/],
    [['verify', '--file', 'x.pobackup', '--replace-different-office'], /--replace-different-office is for restore only/],
  ])('exits 2 with usage for %j', async (args, message) => {
    const run = await runCli(args, withPassphrase);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/peer-office verify --file BACKUP/);
  });
});
