// Starts the browser host as its own process over a data folder, as `npm run dev:browser` does, so a
// test can stop it and start it again to prove the data survives a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface Host {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function startHost(dataDir: string): Promise<Host> {
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['electron/browser-host/main.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`browser host did not start:\n${out}\n${err}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /open: (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        done({
          url: match[1]!,
          dataDir,
          stop: () =>
            new Promise<void>((stopped) => {
              if (child.exitCode !== null) return stopped();
              child.once('exit', () => stopped());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`browser host exited with ${code}:\n${out}\n${err}`));
    });
  });
}

/** Each test gets its own data folder and host, removed afterwards. */
export const test = base.extend<{ dataDir: string; host: Host }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'peer-office-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir }, use) => {
    const host = await startHost(dataDir);
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
