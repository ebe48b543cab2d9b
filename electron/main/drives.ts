// Which drive letters are network drives: only Windows knows, and the backups' "this is on a network drive"
// warning needs it (shared/domain/network-drive.ts reads UNC paths and cloud folders from the path alone).
// Asked two ways, each a fixed Windows tool run without a shell, with absolute paths under %SystemRoot% and a
// time limit: `net use` (the mapped drives of this logon) and CIM's Win32_LogicalDisk with DriveType 4
// ("network drive"). Their answers are merged. Nothing ever waits for them: until they answer, or if they
// fail, no letter is known and only UNC paths and cloud folders are recognised.
import { execFile } from 'node:child_process';
import { win32 } from 'node:path';

/** Runs a program with arguments (never through a shell) and gives its standard output. */
export type RunTool = (file: string, args: string[]) => Promise<string>;

/**
 * Drive letters from `net use`. Its words are in the PC's language ("OK", "Unavailable", "Getrennt"...), so
 * only the shape is read: a drive letter followed by a \\server\share path on the same line.
 */
export function lettersFromNetUse(output: string): string[] {
  const found = new Set<string>();
  for (const line of output.split(/\r?\n/)) {
    const match = /(?:^|\s)([A-Za-z]):\s+\\\\[^\\\s]+\\/.exec(line);
    if (match) found.add(match[1]!.toUpperCase());
  }
  return [...found].sort();
}

/** Drive letters from the PowerShell one-liner below: one "Z:" a line. */
export function lettersFromDeviceIds(output: string): string[] {
  const found = new Set<string>();
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z]):\s*$/.exec(line);
    if (match) found.add(match[1]!.toUpperCase());
  }
  return [...found].sort();
}

/** The tools, by absolute path: a net.exe planted in the current folder or on PATH is never run. */
export function windowsTools(systemRoot: string | undefined): { net: string; powershell: string } {
  const root = systemRoot && /^[A-Za-z]:\\/.test(systemRoot) ? systemRoot : 'C:\\Windows';
  const system32 = win32.join(root, 'System32');
  return { net: win32.join(system32, 'net.exe'), powershell: win32.join(system32, 'WindowsPowerShell', 'v1.0', 'powershell.exe') };
}

const CIM_QUERY = "Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType=4' | ForEach-Object { $_.DeviceID }";

/** The network drive letters Windows reports now; [] on any other system, and for any tool that fails. */
export async function detectNetworkDriveLetters(platform: NodeJS.Platform, run: RunTool, systemRoot: string | undefined): Promise<string[]> {
  if (platform !== 'win32') return [];
  const tools = windowsTools(systemRoot);
  const [netUse, cim] = await Promise.allSettled([
    run(tools.net, ['use']).then(lettersFromNetUse),
    run(tools.powershell, ['-NoProfile', '-NonInteractive', '-Command', CIM_QUERY]).then(lettersFromDeviceIds),
  ]);
  const letters = new Set<string>();
  for (const answer of [netUse, cim]) if (answer.status === 'fulfilled') for (const l of answer.value) letters.add(l);
  return [...letters].sort();
}

/** execFile with a time limit and no console window flashing up. */
const runTool: RunTool = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 15_000, windowsHide: true, maxBuffer: 256 * 1024 }, (err, stdout) => (err ? reject(err) : resolve(String(stdout))));
  });

export interface NetworkDrives {
  /** The letters known now. Asking when they are over a minute old starts a fresh look for next time. */
  letters(): string[];
}

/**
 * Looks once at start, then again (in the background, at most once a minute) whenever the letters are
 * asked for: a drive mapped while Peer Office runs is known by the time the backup screen is next read.
 */
export function watchNetworkDrives(options: { platform: NodeJS.Platform; systemRoot: string | undefined; run?: RunTool; now?: () => number }): NetworkDrives {
  const run = options.run ?? runTool;
  const now = options.now ?? Date.now;
  let known: string[] = [];
  let lookedAt = -Infinity;
  let looking = false;
  const look = () => {
    if (looking || options.platform !== 'win32') return;
    looking = true;
    lookedAt = now();
    void detectNetworkDriveLetters(options.platform, run, options.systemRoot)
      .then((letters) => { known = letters; }, () => undefined)
      .finally(() => { looking = false; });
  };
  look();
  return {
    letters: () => {
      if (now() - lookedAt > 60_000) look();
      return known;
    },
  };
}
