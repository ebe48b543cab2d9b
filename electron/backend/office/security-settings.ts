// The auto-lock time, kept with the office's other settings (office_settings) so it travels with the
// database and its backups. The window does the timing (it sees the keyboard and mouse); this only stores it.
import { AUTO_LOCK_MINUTES, type SecuritySettings } from '../../../shared/contract/security';
import type { OfficeContext } from '../context';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../lists/service';

const AUTO_LOCK_KEY = 'autoLockMinutes';

export function readSecuritySettings(db: Db): SecuritySettings {
  const stored = Number(readSetting(db, AUTO_LOCK_KEY));
  // Anything unreadable falls back to the default rather than to "never lock".
  const valid = Number.isInteger(stored) && stored >= AUTO_LOCK_MINUTES.min && stored <= AUTO_LOCK_MINUTES.max;
  return { autoLockMinutes: valid ? stored : AUTO_LOCK_MINUTES.default };
}

export function saveSecuritySettings(ctx: OfficeContext, settings: SecuritySettings): SecuritySettings {
  ctx.sqlite.transaction(() => writeSetting(ctx, AUTO_LOCK_KEY, String(settings.autoLockMinutes)))();
  return readSecuritySettings(ctx.db);
}
