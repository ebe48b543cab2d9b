// Runs the real `peer-office` command in a child process, on Node 22 from node_modules.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PASSPHRASE } from './office';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NODE = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));

/** The environment that gives the command the test offices' passphrase, as a script would. */
export const withPassphrase = { PEER_OFFICE_PASSPHRASE: PASSPHRASE };

export interface CliRun { code: number | null; stdout: string; stderr: string }

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  // Nothing from the test runner's own environment leaks a passphrase into the child.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PEER_OFFICE_')));
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, ['electron/cli/bin.mjs', ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
