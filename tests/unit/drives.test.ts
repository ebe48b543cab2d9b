// Network drive letters as Windows reports them (electron/main/drives.ts): read from the tools' output by
// shape, not by their words (which are in the PC's language); merged; never waited for; absent off Windows.
import { describe, expect, it, vi } from 'vitest';
import { detectNetworkDriveLetters, lettersFromDeviceIds, lettersFromNetUse, watchNetworkDrives, windowsTools, type RunTool } from '../../electron/main/drives';
import { storageWarning } from '../../shared/domain/network-drive';

const NET_USE_ENGLISH = [
  'New connections will be remembered.',
  '',
  '',
  'Status       Local     Remote                    Network',
  '',
  '-------------------------------------------------------------------------------',
  'OK           Z:        \\\\fileserver\\office        Microsoft Windows Network',
  'Unavailable  Y:        \\\\nas.example.org\\backups-for-the-peer-support-office',
  '                                                Microsoft Windows Network',
  'OK                     \\\\fileserver\\IPC$          Microsoft Windows Network',
  'The command completed successfully.',
  '',
].join('\r\n');

const NET_USE_GERMAN = [
  'Neue Verbindungen werden gespeichert.',
  '',
  'Status       Lokal     Remote                    Netzwerk',
  '-------------------------------------------------------------------------------',
  'Getrennt     m:        \\\\server\\freigabe         Microsoft Windows Network',
  'Der Befehl wurde erfolgreich ausgeführt.',
].join('\r\n');

describe('lettersFromNetUse', () => {
  it('finds each mapped letter, connected or not, in any language, and not a connection without a letter', () => {
    expect(lettersFromNetUse(NET_USE_ENGLISH)).toEqual(['Y', 'Z']);
    expect(lettersFromNetUse(NET_USE_GERMAN)).toEqual(['M']);
  });

  it('finds none when nothing is mapped, or in output of another shape', () => {
    expect(lettersFromNetUse('New connections will be remembered.\r\n\r\nThere are no entries in the list.\r\n')).toEqual([]);
    expect(lettersFromNetUse('')).toEqual([]);
    // A local path after a letter is not a share; a letter inside a longer word is not a drive.
    expect(lettersFromNetUse('OK   C:   D:\\folder\\x\r\nXZ:  \\\\server\\share')).toEqual([]);
  });
});

describe('lettersFromDeviceIds', () => {
  it('reads one DeviceID a line, and nothing else', () => {
    expect(lettersFromDeviceIds('Z:\r\ny:\r\n\r\n')).toEqual(['Y', 'Z']);
    expect(lettersFromDeviceIds('Get-CimInstance : Access denied\r\nAt line:1 char:1\r\n')).toEqual([]);
  });
});

describe('windowsTools', () => {
  it('runs the tools by absolute path under the Windows folder, falling back to C:\\Windows', () => {
    expect(windowsTools('D:\\WINNT')).toEqual({ net: 'D:\\WINNT\\System32\\net.exe', powershell: 'D:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe' });
    for (const odd of [undefined, '', 'Windows', '\\\\server\\share']) expect(windowsTools(odd).net).toBe('C:\\Windows\\System32\\net.exe');
  });
});

describe('detectNetworkDriveLetters', () => {
  const answers = (net: string | Error, cim: string | Error): RunTool => vi.fn(async (file: string) => {
    const answer = file.endsWith('net.exe') ? net : cim;
    if (answer instanceof Error) throw answer;
    return answer;
  });

  it('merges what both tools report', async () => {
    expect(await detectNetworkDriveLetters('win32', answers(NET_USE_ENGLISH, 'Z:\r\nW:\r\n'), 'C:\\Windows')).toEqual(['W', 'Y', 'Z']);
  });

  it('keeps what one tool reports when the other fails or times out, and knows none when both fail', async () => {
    expect(await detectNetworkDriveLetters('win32', answers(new Error('spawn EACCES'), 'Q:\r\n'), 'C:\\Windows')).toEqual(['Q']);
    expect(await detectNetworkDriveLetters('win32', answers(NET_USE_GERMAN, new Error('timed out')), 'C:\\Windows')).toEqual(['M']);
    expect(await detectNetworkDriveLetters('win32', answers(new Error('x'), new Error('y')), 'C:\\Windows')).toEqual([]);
  });

  it('runs nothing on macOS or Linux, where drive letters do not exist', async () => {
    const run = answers('', '');
    expect(await detectNetworkDriveLetters('linux', run, undefined)).toEqual([]);
    expect(await detectNetworkDriveLetters('darwin', run, undefined)).toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });

  it('passes fixed arguments only', async () => {
    const run = answers('', '');
    await detectNetworkDriveLetters('win32', run, 'C:\\Windows');
    expect(vi.mocked(run).mock.calls).toEqual([
      ['C:\\Windows\\System32\\net.exe', ['use']],
      ['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', expect.stringContaining("Win32_LogicalDisk -Filter 'DriveType=4'")]],
    ]);
  });
});

describe('watchNetworkDrives', () => {
  it('answers at once with what it knows, learns in the background, and looks again at most once a minute', async () => {
    let clock = 0;
    const pending: ((output: string) => void)[] = [];
    const run: RunTool = vi.fn((file: string) => new Promise<string>((resolve) => {
      pending.push(file.endsWith('net.exe') ? resolve : () => resolve(''));
    }));
    const drives = watchNetworkDrives({ platform: 'win32', systemRoot: 'C:\\Windows', run, now: () => clock });
    // Asked at start; nothing is known until Windows answers, and nothing waits for it.
    expect(run).toHaveBeenCalledTimes(2);
    expect(drives.letters()).toEqual([]);
    for (const answer of pending.splice(0)) answer(NET_USE_ENGLISH);
    await vi.waitFor(() => expect(drives.letters()).toEqual(['Y', 'Z']));

    clock += 30_000;
    drives.letters();
    expect(run).toHaveBeenCalledTimes(2);
    clock += 31_000;
    expect(drives.letters()).toEqual(['Y', 'Z']);
    expect(run).toHaveBeenCalledTimes(4);
    for (const answer of pending.splice(0)) answer('There are no entries in the list.');
    await vi.waitFor(() => expect(drives.letters()).toEqual([]));
  });

  it('makes the backups’ warning name a mapped drive as a network drive', async () => {
    const drives = watchNetworkDrives({ platform: 'win32', systemRoot: 'C:\\Windows', run: async (file) => (file.endsWith('net.exe') ? NET_USE_ENGLISH : '') });
    await vi.waitFor(() => expect(drives.letters()).toEqual(['Y', 'Z']));
    expect(storageWarning('Z:\\Peer Office\\office.db', 'database', { networkDriveLetters: drives.letters() })).toMatchObject({ kind: 'network' });
    expect(storageWarning('C:\\Users\\sam\\AppData\\Roaming\\Peer Office\\office.db', 'database', { networkDriveLetters: drives.letters() })).toBeNull();
  });

  it('never asks off Windows', () => {
    const run = vi.fn(async () => '');
    expect(watchNetworkDrives({ platform: 'linux', systemRoot: undefined, run }).letters()).toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });
});
