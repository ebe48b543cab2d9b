// The Backups section and the unlock screen's way back, against a window.peerOffice that answers as the
// backend does: one backup at a time with its progress, warnings in words, a preview before a restore,
// and a damaged database answered with the offer to restore.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { BackupFile, BackupOverview, BackupProgress, BackupSettings, MadeBackup, RestoreOutcome, RestorePreview } from '../../shared/contract/backup';
import type { PeerOfficeApi } from '../../shared/contract/channels';
import { forgetLastRestore } from '../../renderer/src/api/backup';
import { BackupsSection } from '../../renderer/src/features/backup/BackupsSection';
import { RestoreDialog } from '../../renderer/src/features/backup/RestoreDialog';
import { UnlockScreen } from '../../renderer/src/features/unlock/UnlockScreen';
import { renderScreen } from './render';

const BACKUP: BackupFile = {
  path: 'C:\\Users\\sam\\AppData\\Roaming\\Peer Office\\office-backups\\peer-office-3f9a1c2e-2026-11-27-100000-manual.pobackup',
  fileName: 'peer-office-3f9a1c2e-2026-11-27-100000-manual.pobackup', folder: 'default', date: '2026-11-27', time: '10:00', reason: 'manual', sizeBytes: 2_540_000, check: 'verified',
};
const FAILED: BackupFile = { ...BACKUP, path: `${BACKUP.path}.failed-check`, fileName: `${BACKUP.fileName}.failed-check`, date: '2026-11-26', time: '09:12', reason: 'daily', sizeBytes: 812_000, check: 'failed' };

const overview = (over: Partial<BackupOverview> = {}): BackupOverview => ({
  databasePath: 'Z:\\Peer Office\\office.db',
  databaseWarning: null,
  folders: [{ kind: 'default', path: 'Z:\\Peer Office\\office-backups', available: true, warning: null }],
  backups: [BACKUP, FAILED],
  lastAutomatic: null,
  ...over,
});

const SETTINGS: BackupSettings = { officeCode: '3f9a1c2e', defaultFolder: 'Z:\\Peer Office\\office-backups', extraFolder: null, databaseWarning: null, defaultFolderWarning: null, extraFolderWarning: null };

const PREVIEW: RestorePreview = {
  path: BACKUP.path, sizeBytes: BACKUP.sizeBytes, createdAt: '2026-11-27T10:00:00.000Z', reason: 'manual', appVersion: '0.1.0', migrations: 6,
  compatibility: 'same', isDemo: false, tables: { people: 312, staff: 14, sessions: 2_048, __drizzle_migrations: 6, audit_log: 90 },
  officeCode: '3f9a1c2e', office: 'same', openOfficeCode: '3f9a1c2e', restoresTo: { databasePath: 'Z:\\Peer Office\\office.db', demoLeftAsItWas: false },
};

type Answers = Partial<Record<string, (input: unknown) => unknown>>;

function backend(answers: Answers) {
  const invoke = vi.fn(async (channel: string, input: unknown) => {
    const answer = answers[channel];
    if (!answer) return { ok: false, error: { code: 'INTERNAL', message: `not expected: ${channel}` } };
    return answer(input);
  });
  window.peerOffice = { host: 'browser', invoke: invoke as unknown as PeerOfficeApi['invoke'], on: () => () => {} };
  return invoke;
}

const ok = (value: unknown) => ({ ok: true, value });
const restoredTo = (over: Partial<RestoreOutcome['restoredTo']> = {}): RestoreOutcome['restoredTo'] => ({ databasePath: 'Z:\\Peer Office\\office.db', demoLeftAsItWas: false, ...over });
const calls = (invoke: ReturnType<typeof backend>, channel: string) => invoke.mock.calls.filter(([c]) => c === channel);

describe('the Backups section', () => {
  it('names the latest daily backup, or the latest of any kind on days the daily one was not needed', async () => {
    // Only the clock's date is fixed (27/11/2026, noon in London): the timers the screen waits on run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T12:00:00.000Z'));
    onTestFinished(() => void vi.useRealTimers());
    const DAILY: BackupFile = {
      ...BACKUP, date: '2026-11-25', time: '08:01', reason: 'daily',
      path: 'C:\\Users\\sam\\AppData\\Roaming\\Peer Office\\office-backups\\peer-office-3f9a1c2e-2026-11-25-080100-daily.pobackup',
      fileName: 'peer-office-3f9a1c2e-2026-11-25-080100-daily.pobackup',
    };
    const cases: [BackupFile[], string][] = [
      [[BACKUP, DAILY], 'The latest daily backup was made on 25/11/2026 at 08:01.'],
      [[BACKUP, FAILED], 'A backup is made automatically the first time Peer Office is unlocked each day, and before each update. Today’s backup has been made, at 10:00.'],
      [[{ ...BACKUP, date: '2026-11-26' }, FAILED], 'The latest backup was made on 26/11/2026 at 10:00.'],
      [[FAILED], 'There is no backup yet.'],
    ];
    for (const [backups, words] of cases) {
      backend({ 'backup:list': () => ok(overview({ backups })), 'backup:settings': () => ok(SETTINGS) });
      const { unmount } = renderScreen(<BackupsSection />);
      await waitFor(() => expect(screen.getByTestId('last-automatic').textContent).toContain(words));
      unmount();
    }
  });

  it('says the demo has no daily backup, since everyone in it is made up', async () => {
    backend({
      'office:status': () => ok({ state: 'unlocked', officeName: 'Demo office', isDemo: true }),
      'backup:list': () => ok(overview({ backups: [] })),
      'backup:settings': () => ok(SETTINGS),
    });
    renderScreen(<BackupsSection />);
    await waitFor(() => expect(screen.getByTestId('last-automatic').textContent).toBe(
      'In the demo no daily backup is made, since everyone in it is made up; one is still made before each update. There is no backup yet.',
    ));
  });

  it('still offers a restore when the list of backups cannot be read: the file’s place can be typed in', async () => {
    backend({
      'backup:list': () => ({ ok: false, error: { code: 'INTERNAL', message: 'The backup folder could not be read.' } }),
      'backup:settings': () => ok(SETTINGS),
    });
    renderScreen(<BackupsSection />);
    const user = userEvent.setup();
    expect(await screen.findByText('The backup folder could not be read.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Restore from a backup' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('The list of backups could not be read: type where the backup file is.')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /^Full path of the backup file/ })).toBeTruthy();
  });

  it('says where the database is in words, lists each backup with its date, kind, size, place and check', async () => {
    backend({
      'backup:list': () => ok(overview({
        databaseWarning: { kind: 'network', message: 'The database is on a network drive. If the connection drops while Peer Office is saving, the database can be damaged. Move it to this PC’s own disk.' },
        lastAutomatic: { at: '2026-11-27T08:05:00.000Z', reason: 'daily', ok: false, message: 'Peer Office could not make the backup folder: there is no space left on that drive.', warnings: [] },
      })),
      'backup:settings': () => ok(SETTINGS),
    });
    renderScreen(<BackupsSection />);
    expect(await screen.findByText('The database is on a network drive')).toBeTruthy();
    expect(screen.getByTestId('last-automatic').textContent).toContain('The automatic backup on 27/11/2026 at 08:05 was not made');
    expect(screen.getByTestId('last-automatic').textContent).toContain('no space left on that drive');
    const rows = within(screen.getByTestId('backup-list')).getAllByRole('row');
    // The file's name is on screen, not only in a tooltip: it is what to look for in the folder.
    expect(rows[1]!.textContent).toBe(`27/11/2026 at 10:00On demand2.5 MBDefault folder${BACKUP.fileName}Checked`);
    expect(rows[2]!.textContent).toBe(`26/11/2026 at 09:12Daily812 KBDefault folder${FAILED.fileName}Failed its check: do not use`);
    // The code in this office's backup names, so its files can be told apart on a shared USB stick.
    expect((await screen.findByTestId('office-code')).textContent).toContain('named peer-office-3f9a1c2e-…, then the date and time');
  });

  it('starts one backup however often it is clicked, shows its progress, then what was written', async () => {
    let finish: (made: MadeBackup) => void = () => {};
    const progress: BackupProgress = { job: 'backup', step: 'writing', stepNumber: 2, stepCount: 4, doneBytes: 500, totalBytes: 1000 };
    const invoke = backend({
      'backup:list': () => ok(overview()),
      'backup:settings': () => ok(SETTINGS),
      'backup:make': () => new Promise((done) => { finish = (made) => done(ok(made)); }),
      'backup:progress': () => ok(progress),
    });
    renderScreen(<BackupsSection />);
    const user = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Back up now' });
    await user.dblClick(button);
    await user.click(button);
    expect(calls(invoke, 'backup:make')).toHaveLength(1);
    expect(await screen.findByText('Step 2 of 4: Writing the backup file')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Backing up' }).getAttribute('aria-valuenow')).toBe('38');

    await act(async () => finish({ createdAt: '2026-11-27T10:00:00.000Z', written: [BACKUP], warnings: ['The extra backup folder E:\\ cannot be found, so this backup is only in Z:\\.'], removed: 2 }));
    expect((await screen.findByTestId('backup-made')).textContent).toContain(`${BACKUP.fileName} (2.5 MB) in the default folder. 2 older backups were removed. Every backup made today is kept; from earlier days, the newest of each of the last 7 days, 4 weeks and 12 months.`);
    expect(screen.getByText(/The extra backup folder E:\\ cannot be found/)).toBeTruthy();
    expect(screen.queryByTestId('backup-progress')).toBeNull();
  });

  it('previews a backup with its counts in words before restoring it, and never offers one that failed its check', async () => {
    const invoke = backend({
      'backup:list': () => ok(overview()),
      'backup:settings': () => ok(SETTINGS),
      'backup:preview': () => ok(PREVIEW),
      'backup:restore': () => ok({
        restoredFrom: BACKUP.path, restoredTo: restoredTo(), createdAt: PREVIEW.createdAt, keptAside: ['Z:\\Peer Office\\office.db.before-restore-2026-11-28-090000'],
        auditLog: { carried: 3, laterEntriesIn: null, inLog: true }, status: { state: 'locked', officeName: null, isDemo: false },
      }),
    });
    renderScreen(<BackupsSection />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore from a backup' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByLabelText(/^Passphrase/);
    expect(within(dialog).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([BACKUP.path, 'other']);
    expect(within(dialog).getByText(/One backup that failed the check after writing is not offered/)).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Check this backup' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('Enter the passphrase');
    expect(calls(invoke, 'backup:preview')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^Passphrase/), 'kettle orchard lantern');
    await user.click(within(dialog).getByRole('button', { name: 'Check this backup' }));
    const counts = await within(dialog).findByTestId('backup-counts');
    expect(within(counts).getByRole('row', { name: /People \(members, staff and volunteers\)/ }).textContent).toContain('312');
    expect(within(counts).getByRole('row', { name: /Rota sessions/ }).textContent).toContain('2,048');
    expect(within(dialog).getByTestId('backup-preview').textContent).toContain('Made on 27/11/2026 at 10:00 (on demand) by Peer Office 0.1.0');
    expect(within(dialog).getByTestId('backup-preview').textContent).toContain('the whole file was read and checked, and its records counted');
    expect(within(dialog).getByTestId('restore-replaces').textContent).toContain('The database as it is now is kept aside under another name, not deleted.');
    // drizzle's own table is not a kind of record.
    await user.click(within(dialog).getByRole('button', { name: /Show the other records \(1 kinds\)/ }));
    expect(within(dialog).getByText('Audit log entries')).toBeTruthy();
    expect(within(dialog).queryByText(/drizzle/)).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(calls(invoke, 'backup:restore')).toEqual([['backup:restore', { file: BACKUP.path, passphrase: 'kettle orchard lantern' }]]));
  });
});

describe('restoring a backup of a different office database', () => {
  it('says so by code, and restores it only once the person has ticked that they mean it', async () => {
    const other: RestorePreview = { ...PREVIEW, officeCode: '07b21d0a', office: 'different', openOfficeCode: '3f9a1c2e', isDemo: true };
    const invoke = backend({
      'backup:list': () => ok(overview()),
      'backup:settings': () => ok(SETTINGS),
      'backup:preview': () => ok(other),
      'backup:restore': () => ok({ restoredFrom: BACKUP.path, restoredTo: restoredTo(), createdAt: PREVIEW.createdAt, keptAside: [], auditLog: { carried: 0, laterEntriesIn: null, inLog: true }, status: { state: 'locked', officeName: null, isDemo: false } }),
    });
    renderScreen(<BackupsSection />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore from a backup' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(await within(dialog).findByLabelText(/^Passphrase/), 'kettle orchard lantern');
    await user.click(within(dialog).getByRole('button', { name: 'Check this backup' }));
    const warning = await within(dialog).findByTestId('different-office');
    expect(warning.textContent).toContain('This is a backup of a different office database');
    expect(warning.textContent).toContain('the code 07b21d0a; the one open now has the code 3f9a1c2e');

    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));
    const summary = within(dialog).getAllByRole('alert').find((a) => a.textContent?.startsWith('There is a problem'));
    expect(summary?.textContent).toContain('Another office: Tick the box to confirm');
    const box = within(dialog).getByRole('checkbox', { name: /I understand: replace this office’s records/ });
    // Beside the box as well as in the summary.
    expect(box.closest('.mantine-Checkbox-root')?.textContent).toContain('Tick the box to confirm');
    expect(calls(invoke, 'backup:restore')).toHaveLength(0);

    await user.click(box);
    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));
    await waitFor(() => expect(calls(invoke, 'backup:restore')).toEqual([
      ['backup:restore', { file: BACKUP.path, passphrase: 'kettle orchard lantern', replaceDifferentOffice: true }],
    ]));
  });
});

describe('the unlock screen with a damaged database', () => {
  it('shows the message and the way back, and tells where the replaced database went after the restore', async () => {
    const invoke = backend({
      'office:unlock': () => ({ ok: false, error: { code: 'DAMAGED', message: 'Part of the database file Z:\\Peer Office\\office.db is damaged: SQLite could not read one of its pages. Restore it from a backup.' } }),
      'backup:list': () => ok(overview()),
      'backup:preview': () => ok(PREVIEW),
      'backup:restore': () => ok({
        restoredFrom: BACKUP.path, restoredTo: restoredTo(), createdAt: PREVIEW.createdAt,
        keptAside: ['Z:\\Peer Office\\office.db.before-restore-2026-11-28-090000', 'Z:\\Peer Office\\office.db.before-restore-2026-11-28-090000.keys.json'],
        // From the unlock screen: the audit log's later entries stay in the file kept aside.
        auditLog: { carried: 0, laterEntriesIn: 'Z:\\Peer Office\\office.db.before-restore-2026-11-28-090000', inLog: true },
        extraBackupFolder: 'E:\\Office backups',
        status: { state: 'locked', officeName: null, isDemo: false },
      }),
    });
    renderScreen(<UnlockScreen />);
    const user = userEvent.setup();
    expect(screen.queryByTestId('restore-offer')).toBeNull();
    await user.type(screen.getByLabelText(/^Passphrase/), 'kettle orchard lantern');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toContain('is damaged');
    // One main action: the way back is the filled button, Unlock a plain one.
    expect(within(screen.getByTestId('restore-offer')).getByRole('button', { name: 'Restore from a backup' }).getAttribute('data-variant')).toBe('filled');
    expect(screen.getByRole('button', { name: 'Unlock' }).getAttribute('data-variant')).toBe('default');
    // Typed again, as if to try once more, before choosing the way back.
    await user.type(screen.getByLabelText(/^Passphrase/), 'kettle orchard lantern');

    await user.click(within(screen.getByTestId('restore-offer')).getByRole('button', { name: 'Restore from a backup' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(await within(dialog).findByLabelText(/^Passphrase/), 'kettle orchard lantern');
    // Enter in the dialog checks the backup; it never submits the unlock form behind it.
    await user.keyboard('{Enter}');
    await user.click(await within(dialog).findByRole('button', { name: 'Restore this backup' }));
    const notice = await screen.findByTestId('restored-notice');
    expect(notice.textContent).toContain('The records are now as they were on 27/11/2026 at 10:00');
    expect(notice.textContent).toContain('Z:\\Peer Office\\office.db.before-restore-2026-11-28-090000');
    expect(notice.textContent).toContain('with its companion file beside it');
    expect(within(notice).getByTestId('restored-extra-folder').textContent).toBe('Backups still go to the extra folder E:\\Office backups as well, as set before the restore.');
    expect(within(notice).getByTestId('restored-audit-log').textContent).toBe(
      'The restored audit log ends at the backup: entries made after 27/11/2026 at 10:00 (changes, locks, unlocks) are not in it. They are kept in the database set aside, office.db.before-restore-2026-11-28-090000.',
    );
    expect(calls(invoke, 'office:unlock')).toHaveLength(1);
    // The restored database is not the damaged one: nothing is left saying it is, and Unlock is the main action again.
    expect(screen.queryByText(/is damaged/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByTestId('restore-offer')).toBeNull();
    expect(screen.getByRole('button', { name: 'Unlock' }).getAttribute('data-variant')).toBe('filled');
  });
});

describe('restoring while the demo is open', () => {
  it('says before and after that the backup goes to the office’s usual database file and the demo is left as it was', async () => {
    const OFFICE_DB = 'C:\\Users\\sam\\AppData\\Roaming\\Peer Office\\office.db';
    let finish: () => void = () => {};
    const progress: BackupProgress = { job: 'restore', step: 'restoring', stepNumber: 3, stepCount: 3, doneBytes: 10, totalBytes: 20 };
    backend({
      'backup:list': () => ok(overview()),
      'backup:settings': () => ok(SETTINGS),
      'backup:preview': () => ok({ ...PREVIEW, restoresTo: { databasePath: OFFICE_DB, demoLeftAsItWas: true } }),
      'backup:progress': () => ok(progress),
      'backup:restore': () => new Promise((done) => {
        finish = () => done(ok({
          restoredFrom: BACKUP.path, restoredTo: restoredTo({ databasePath: OFFICE_DB, demoLeftAsItWas: true }), createdAt: PREVIEW.createdAt, keptAside: [],
          auditLog: { carried: 0, laterEntriesIn: null, inLog: true }, status: { state: 'locked', officeName: null, isDemo: false },
        }));
      }),
    });
    renderScreen(<><BackupsSection /><UnlockScreen /></>);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore from a backup' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(await within(dialog).findByLabelText(/^Passphrase/), 'kettle orchard lantern');
    await user.click(within(dialog).getByRole('button', { name: 'Check this backup' }));
    const replaces = await within(dialog).findByTestId('restore-replaces');
    expect(replaces.textContent).toContain('The demo is left as it is');
    expect(replaces.textContent).toContain(`The backup goes to your office’s usual database file, not over the demo, and Peer Office opens that file from then on:${OFFICE_DB}`);
    expect(replaces.textContent).not.toContain('The database as it is now');

    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));
    // The progress shows above the button, which keeps its words while the restore runs.
    const button = await within(dialog).findByRole('button', { name: 'Restoring…' });
    const bar = await within(dialog).findByTestId('backup-progress');
    expect(bar.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await within(bar).findByText('Step 3 of 3: Putting the backup in place')).toBeTruthy();

    await act(async () => finish());
    const notice = await screen.findByTestId('restored-notice');
    expect(notice.textContent).toContain(`The demo is left as it was. The backup was put in your office’s usual database file, which Peer Office opens from now on:${OFFICE_DB}`);
    expect(notice.textContent).toContain('There was no office database there before, so nothing needed keeping aside.');
    expect(notice.textContent).not.toContain('There was no database here before');
  });
});

describe('choosing a backup to restore, with an extra folder', () => {
  const USB = 'E:\\Peer Office backups';
  const ON_STICK: BackupFile = { ...BACKUP, path: `${USB}\\${BACKUP.fileName}`, folder: 'extra' };

  it('offers the extra folder’s backups, marked as from it', async () => {
    backend({ 'backup:list': () => ok(overview({ folders: [...overview().folders, { kind: 'extra', path: USB, available: true, warning: null }], backups: [BACKUP, ON_STICK] })) });
    renderScreen(<RestoreDialog opened onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('radio', { name: '27/11/2026 at 10:00: on demand, 2.5 MB, extra folder' })).toBeTruthy();
    expect(within(dialog).queryByTestId('extra-folder-missing')).toBeNull();
  });

  it('says in words when the extra folder is not there (the stick not plugged in), and still offers the rest', async () => {
    backend({ 'backup:list': () => ok(overview({ folders: [...overview().folders, { kind: 'extra', path: USB, available: false, warning: null }], backups: [BACKUP] })) });
    renderScreen(<RestoreDialog opened onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    expect((await within(dialog).findByTestId('extra-folder-missing')).textContent).toContain(`${USB} cannot be found, so its backups are not in the list. If it is on a USB stick, plug the stick in, then close this`);
    expect(within(dialog).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([BACKUP.path, 'other']);
  });
});

describe('the extra backup folder', () => {
  it('says a folder that cannot be found with the same summary as every other form, keeping what was typed', async () => {
    const missing = 'That folder cannot be found. Plug in the drive, or check the path, then save again';
    const invoke = backend({
      'backup:list': () => ok(overview()),
      'backup:settings': () => ok(SETTINGS),
      // As the backend answers: the overall message and the field's are the same words.
      'backup:saveSettings': () => ({ ok: false, error: { code: 'INVALID', message: missing, fields: { extraFolder: missing } } }),
    });
    renderScreen(<BackupsSection />);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Where backups go' });
    // Plain words about the office code, whichever office is open (the demo too).
    expect(within(form).getByTestId('office-code').textContent).toContain('another office’s backups kept in the same folder have a different one');
    await user.type(within(form).getByLabelText(/^Extra backup folder/), 'E:\\Peer Office backups');
    await user.click(within(form).getByRole('button', { name: 'Save the extra folder' }));
    const summary = await within(form).findByRole('alert');
    expect(summary.textContent).toContain('Check the details below.');
    expect(within(summary).getByRole('link').textContent).toBe(`Extra backup folder: ${missing}`);
    // Said once in the summary: the line above the link does not repeat it.
    expect(summary.textContent!.split(missing)).toHaveLength(2);
    expect(within(form).getByLabelText(/^Extra backup folder/)).toHaveProperty('value', 'E:\\Peer Office backups');
    expect(calls(invoke, 'backup:saveSettings')).toEqual([['backup:saveSettings', { extraFolder: 'E:\\Peer Office backups' }]]);
  });
});

describe('the unlock screen after a restore', () => {
  it('keeps saying the backup was restored when the recovery key is chosen, and asks for the newest key', async () => {
    onTestFinished(() => forgetLastRestore());
    backend({
      'backup:list': () => ok(overview()),
      'backup:preview': () => ok(PREVIEW),
      'backup:restore': () => ok({
        restoredFrom: BACKUP.path, restoredTo: restoredTo(), createdAt: PREVIEW.createdAt, keptAside: [],
        auditLog: { carried: 0, laterEntriesIn: null, inLog: true }, status: { state: 'locked', officeName: null, isDemo: false },
      }),
    });
    renderScreen(<><RestoreDialog opened onClose={() => {}} /><UnlockScreen /></>);
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog');
    await user.type(await within(dialog).findByLabelText(/^Passphrase/), 'kettle orchard lantern');
    await user.click(within(dialog).getByRole('button', { name: 'Check this backup' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Restore this backup' }));
    expect((await screen.findByTestId('restored-notice')).textContent).toContain('The backup has been restored');

    await user.click(screen.getByRole('button', { name: 'Forgotten the passphrase? Use the recovery key' }));
    expect(screen.getByRole('button', { name: 'Use the passphrase instead' })).toBeTruthy();
    expect(screen.getByTestId('restored-notice').textContent).toContain('The records are now as they were on 27/11/2026 at 10:00');
    // Not only the key given when the office was created: a newer one made in Settings replaces it.
    expect(screen.getByText(/Enter your recovery key/).textContent).toContain(
      'Enter your recovery key: the one shown when the office was created or, if a new one has been made in Settings since, the newest.',
    );
  });
});
