// Recognises a folder on a network drive or inside a cloud-synced folder, from its path alone. A database
// there can be damaged when the connection drops or a sync tool copies it half-written, and its data leaves
// the PC. Which drive letters are network drives is a fact only Windows knows: the composition root
// asks it and passes the letters in, so this stays a pure rule.

export interface StorageFacts {
  /** Drive letters Windows reports as network drives ("Z", "Z:" or "z:\\" all do). */
  networkDriveLetters?: readonly string[];
}

export const CLOUD_SERVICES = ['OneDrive', 'Dropbox', 'Google Drive', 'iCloud Drive', 'Box', 'pCloud', 'MEGA'] as const;
export type CloudService = (typeof CLOUD_SERVICES)[number];

export type StorageKind = { kind: 'network' } | { kind: 'cloud'; service: CloudService };
export type StorageWarning = StorageKind & { message: string };

/** What the folder is used for: the words of the warning differ. */
export type StorageUse = 'database' | 'backups';

/** Folder names each service syncs, matched against one part of the path at a time (case ignored). */
const CLOUD_FOLDERS: [CloudService, RegExp][] = [
  // "OneDrive", "OneDrive - Quaintance Trust" (work accounts), macOS "OneDrive-Personal".
  ['OneDrive', /^onedrive(\s*-.*)?$/i],
  // "Dropbox", "Dropbox (Quaintance Trust)", macOS "Dropbox-Personal".
  ['Dropbox', /^dropbox(\s*\(.*\)|-.*)?$/i],
  // "Google Drive", Drive for desktop's "My Drive" and "Shared drives", macOS "GoogleDrive-name@example.org".
  ['Google Drive', /^(google ?drive(-.*)?|my drive|shared drives)$/i],
  // Windows "iCloudDrive", and macOS keeps it in ~/Library/Mobile Documents/com~apple~CloudDocs.
  ['iCloud Drive', /^(icloud ?drive|com~apple~clouddocs|mobile documents)$/i],
  ['Box', /^(box sync|box-box)$/i],
  ['pCloud', /^(pcloud ?drive|pcloud sync)$/i],
  ['MEGA', /^(megasync|mega sync|mega downloads)$/i],
];

/** "Box" and "MEGA" are ordinary words: they count only as the folder straight inside a home folder. */
const HOME_FOLDERS: [CloudService, RegExp][] = [
  ['Box', /^box$/i],
  ['MEGA', /^mega$/i],
];

function parts(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((p) => p !== '');
}

function isNetworkPath(path: string, facts: StorageFacts): boolean {
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('//')) {
    // \\?\C:\... is a long local path and \\.\ a device; \\?\UNC\server\share is a share.
    const rest = slashed.slice(2);
    if (/^\?\/unc\//i.test(rest)) return true;
    return !/^[?.]\//.test(rest);
  }
  const drive = /^([a-z]):/i.exec(slashed);
  if (!drive) return false;
  const letters = (facts.networkDriveLetters ?? []).map((l) => l.trim().charAt(0).toUpperCase());
  return letters.includes(drive[1]!.toUpperCase());
}

function cloudService(path: string): CloudService | null {
  const segments = parts(path);
  for (const [index, segment] of segments.entries()) {
    for (const [service, pattern] of CLOUD_FOLDERS) if (pattern.test(segment)) return service;
    // C:/Users/sam/Box, /Users/sam/MEGA, /home/sam/MEGA
    const homeRoot = segments[index - 2]?.toLowerCase();
    if (homeRoot === 'users' || homeRoot === 'home') {
      for (const [service, pattern] of HOME_FOLDERS) if (pattern.test(segment)) return service;
    }
  }
  // macOS puts every File Provider service under ~/Library/CloudStorage/<Service>-<account>.
  const cloudStorage = segments.findIndex((s, i) => s.toLowerCase() === 'cloudstorage' && segments[i - 1]?.toLowerCase() === 'library');
  const provider = cloudStorage >= 0 ? segments[cloudStorage + 1]?.toLowerCase() : undefined;
  if (provider?.startsWith('box')) return 'Box';
  if (provider?.startsWith('pcloud')) return 'pCloud';
  if (provider?.startsWith('mega')) return 'MEGA';
  return null;
}

/** Whether a path is on a network drive or in a cloud-synced folder; null for the PC's own disk. */
export function storageKind(path: string, facts: StorageFacts = {}): StorageKind | null {
  if (isNetworkPath(path, facts)) return { kind: 'network' };
  const service = cloudService(path);
  return service ? { kind: 'cloud', service } : null;
}

/** The warning a person sees, or null when the folder is on the PC's own disk. */
export function storageWarning(path: string, use: StorageUse, facts: StorageFacts = {}): StorageWarning | null {
  const found = storageKind(path, facts);
  if (!found) return null;
  return { ...found, message: warningMessage(found, use) };
}

function warningMessage(found: StorageKind, use: StorageUse): string {
  if (use === 'database') {
    return found.kind === 'network'
      ? 'The database is on a network drive. If the connection drops while Peer Office is saving, the database can be damaged. Move it to this PC’s own disk.'
      : `The database is inside ${found.service}, which copies it to the internet while Peer Office is using it. That can damage it, and it puts people’s records on another company’s servers. Move it to a folder that ${found.service} does not sync.`;
  }
  return found.kind === 'network'
    ? 'This backup folder is on a network drive. Backups there are lost if the connection drops while one is written, and anyone who can open the share can copy them. They are encrypted, but a USB stick kept safe, or this PC’s own disk, is better.'
    : `This backup folder is inside ${found.service}, which copies the backups to the internet. They are encrypted, but check that your data protection policy allows records to be kept with ${found.service}.`;
}
