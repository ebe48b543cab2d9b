// Demo offices for the demo tests: each made on its own clock in its own folder, closed and removed after
// the file's tests. One copy of what three test files each wrote for themselves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { silentLogger } from '../../electron/backend/context';
import { expectOk, FakeClock, MIGRATIONS_DIR, PASSPHRASE } from './office';

/** Call at the top of a test file: answers a function that makes a demo office as of a clock or an ISO instant. */
export function useDemoOffices(): (at: FakeClock | string) => Promise<Backend> {
  const dirs: string[] = [];
  const backends: Backend[] = [];
  afterAll(() => {
    for (const b of backends) b.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return async (at) => {
    const clock = typeof at === 'string' ? new FakeClock(Date.parse(at)) : at;
    const dir = mkdtempSync(join(tmpdir(), 'peer-office-test-'));
    dirs.push(dir);
    const backend = createBackend({ dataDir: dir, migrationsDir: MIGRATIONS_DIR, now: clock.now, logger: silentLogger });
    backends.push(backend);
    expectOk(await backend.invoke('office:createDemo', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));
    return backend;
  };
}
