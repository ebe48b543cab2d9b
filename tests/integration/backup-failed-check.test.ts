// A backup that fails its check after writing is kept under a name that says so, reported plainly, and
// removes nothing: the rotation runs only where the new backup checked out. The check is made to fail
// once by wrapping the real one; every other call runs the real check.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../shared/contract/result';
import { checkBackup } from '../../electron/backend/backup/verify';
import { backupsFolder, officeCodeOf } from '../helpers/backup';
import { expectOk, useOffices } from '../helpers/office';

vi.mock('../../electron/backend/backup/verify', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/backend/backup/verify')>();
  return { ...real, checkBackup: vi.fn(real.checkBackup) };
});

const { newOffice, tempDir } = useOffices();
const failOnce = () => vi.mocked(checkBackup).mockRejectedValueOnce(new AppFailure('DAMAGED', 'This backup is damaged: SQLite found a damaged page in it.'));

/**
 * Last week's backups of the office with `code`, one a day, and yesterday's earlier twin: if the rotation ran,
 * it would remove the 20th (the eighth day back) and the twin. Not real backups: the rotation reads names only.
 */
function olderBackups(folder: string, code: string): string[] {
  mkdirSync(folder, { recursive: true });
  const names = ['20', '21', '22', '23', '24', '25', '26'].map((d) => `peer-office-${code}-2026-11-${d}-120000-daily.pobackup`);
  names.push(`peer-office-${code}-2026-11-26-080000-daily.pobackup`);
  for (const name of names) writeFileSync(join(folder, name), 'an older backup');
  return names;
}

describe('a backup that fails its check', () => {
  it('in the default folder fails the backup, is kept as failed-check, and removes nothing', async () => {
    const office = await newOffice();
    const code = officeCodeOf(office.backend);
    const folder = backupsFolder(office.dir);
    const older = olderBackups(folder, code);
    failOnce();
    const r = await office.backend.invoke('backup:make', {});
    expect(r.ok || r.error).toMatchObject({
      code: 'DAMAGED',
      message: expect.stringMatching(new RegExp(`did not pass its check .* kept as peer-office-${code}-2026-11-27-100000-manual\\.pobackup\\.failed-check; no other backup was removed`)),
    });
    expect(readdirSync(folder).sort()).toEqual([...older, `peer-office-${code}-2026-11-27-100000-manual.pobackup.failed-check`].sort());
    const listed = expectOk(await office.backend.invoke('backup:list', {})).backups;
    expect(listed[0]).toMatchObject({ fileName: `peer-office-${code}-2026-11-27-100000-manual.pobackup.failed-check`, check: 'failed' });

    // The next backup checks out, and only then does the rotation thin out the older ones.
    const next = expectOk(await office.backend.invoke('backup:make', {}));
    expect(next.written[0]).toMatchObject({ fileName: `peer-office-${code}-2026-11-27-100000-manual-2.pobackup`, check: 'verified' });
    expect(next.removed).toBe(2); // the 20th (eighth day back) and the 26th's earlier twin
    expect(readdirSync(folder)).toContain(`peer-office-${code}-2026-11-27-100000-manual.pobackup.failed-check`);
  });

  it('in the extra folder is a warning: the default folder’s backup stands, the extra folder keeps everything', async () => {
    const office = await newOffice();
    const usb = join(tempDir(), 'usb');
    const older = olderBackups(usb, officeCodeOf(office.backend));
    expectOk(await office.backend.invoke('backup:saveSettings', { extraFolder: usb }));
    // The default folder's check passes (the real one); the extra folder's fails.
    const real = (await vi.importActual<typeof import('../../electron/backend/backup/verify')>('../../electron/backend/backup/verify')).checkBackup;
    vi.mocked(checkBackup).mockImplementationOnce(real).mockRejectedValueOnce(new AppFailure('DAMAGED', 'damaged'));
    const made = expectOk(await office.backend.invoke('backup:make', {}));
    expect(made.written.map((w) => [w.folder, w.check])).toEqual([['default', 'verified'], ['extra', 'failed']]);
    expect(made.warnings).toEqual([expect.stringMatching(/did not pass its check when read back \(kept as .*failed-check\)/)]);
    expect(readdirSync(usb).sort()).toEqual([...older, `peer-office-${officeCodeOf(office.backend)}-2026-11-27-100000-manual.pobackup.failed-check`].sort());
  });
});
