// Progress for a screen: every step of a backup reaches a listener with its bytes, and backup:progress
// is answered at once while the backup that holds the backend's queue is still running.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupProgress } from '../../shared/contract/backup';
import { createBackend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';
import { REGISTER } from '../helpers/members';
import { expectOk, FakeClock, MIGRATIONS_DIR, PASSPHRASE, useOffices } from '../helpers/office';

const { tempDir } = useOffices();

describe('backup progress', () => {
  it('reports each step with its bytes, and answers backup:progress while the backup runs', async () => {
    const seen: BackupProgress[] = [];
    const dir = tempDir();
    const backend = createBackend(
      { dataDir: dir, databasePath: join(dir, 'office.db'), migrationsDir: MIGRATIONS_DIR, now: new FakeClock().now, logger: silentLogger },
      { onProgress: (p) => seen.push(p) },
    );
    try {
      expectOk(await backend.invoke('office:create', { officeName: 'Progress', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
      for (const m of REGISTER) expectOk(await backend.invoke('members:create', m));
      expect(expectOk(await backend.invoke('backup:progress', {}))).toBeNull();

      let done = false;
      const making = backend.invoke('backup:make', {}).finally(() => { done = true; });
      const polled: (BackupProgress | null)[] = [];
      while (!done) {
        polled.push(expectOk(await backend.invoke('backup:progress', {})));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const made = expectOk(await making);

      expect([...new Set(seen.map((p) => p.step))]).toEqual(['snapshot', 'writing', 'checking', 'rotating']);
      expect(seen.every((p) => p.job === 'backup' && p.stepCount === 4)).toBe(true);
      const lastWrite = seen.filter((p) => p.step === 'writing').at(-1)!;
      expect(lastWrite.doneBytes).toBe(lastWrite.totalBytes);
      expect(lastWrite.totalBytes).toBe(made.written[0]!.sizeBytes);
      expect(polled.some((p) => p?.job === 'backup')).toBe(true);
      expect(expectOk(await backend.invoke('backup:progress', {}))).toBeNull();
    } finally {
      backend.close();
    }
  });
});
