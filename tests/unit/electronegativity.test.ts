// @doyensec/electronegativity over the sources of electron/ and renderer/: every file must parse, and every
// HIGH or MEDIUM finding must be explained in tests/electronegativity-explained.json (check, file, a piece
// of the flagged line, and why it is safe). A new finding fails the test; so does an explanation that no
// longer matches a finding. A deliberately bad file scanned alongside proves the scanner is really looking.
//
// It reads the TypeScript sources directly (its Babel parser knows TypeScript), so no build is needed.
// The one check that fetches Electron's release list from the internet (AvailableSecurityFixesGlobalCheck)
// is left out: the test must pass offline. Keeping Electron current is electron/SECURITY.md item 16.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
}
interface Outcome {
  errors: { file: string; message: string }[];
  issues: Issue[];
}
type Run = (options: Record<string, unknown>) => Promise<Outcome>;
interface Explanation {
  check: string;
  file: string;
  sample: string;
  reason: string;
}

const explained = JSON.parse(readFileSync(join(repo, 'tests/electronegativity-explained.json'), 'utf8')) as { findings: Explanation[] };
const electronVersion = (JSON.parse(readFileSync(join(repo, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
// The kinds of file Electronegativity reads; anything else (migrations, images) is left behind.
const SCANNED = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.html', '.htm']);

/** A window made with every lock off: the scanner must flag it, or this test proves nothing. */
const CANARY = `import { BrowserWindow } from 'electron';
export const bad = new BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true, sandbox: false, webSecurity: false } });
`;

let outcome: Outcome;
let scanDir: string;

beforeAll(async () => {
  scanDir = mkdtempSync(join(tmpdir(), 'peer-office-electronegativity-'));
  for (const folder of ['electron', 'renderer']) {
    cpSync(join(repo, folder), join(scanDir, folder), {
      recursive: true,
      filter: (source) => !source.includes('node_modules') && (!extname(source) || SCANNED.has(extname(source))),
    });
  }
  copyFileSync(join(repo, 'package.json'), join(scanDir, 'package.json'));
  mkdirSync(join(scanDir, 'canary'));
  writeFileSync(join(scanDir, 'canary', 'unsafe-window.ts'), CANARY);
  // Its package exports the run function itself (CommonJS, module.exports = run).
  const run = require('@doyensec/electronegativity') as Run;
  outcome = await run({
    input: scanDir,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
}, 60_000);
afterAll(() => rmSync(scanDir, { recursive: true, force: true }));

const serious = (issue: Issue) => issue.severity.name === 'HIGH' || issue.severity.name === 'MEDIUM';
const sourceLine = (issue: Issue) => readFileSync(join(repo, issue.file), 'utf8').split('\n')[issue.location.line - 1] ?? '';
const matches = (issue: Issue, entry: Explanation) =>
  issue.id === entry.check && issue.file === entry.file && sourceLine(issue).includes(entry.sample);

describe('Electronegativity over electron/ and renderer/', () => {
  it('parses every source file (a file it cannot read would be skipped silently)', () => {
    expect(outcome.errors).toEqual([]);
  });

  it('flags the deliberately unsafe canary window', () => {
    const canary = outcome.issues.filter((issue) => issue.file.startsWith('canary/')).map((issue) => issue.id);
    expect(canary).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'AUXCLICK_JS_CHECK']));
  });

  it('finds nothing HIGH or MEDIUM that is not explained', () => {
    const unexplained = outcome.issues
      .filter((issue) => serious(issue) && !issue.file.startsWith('canary/'))
      .filter((issue) => !explained.findings.some((entry) => matches(issue, entry)))
      .map((issue) => `${issue.id} (${issue.severity.name}) at ${issue.file}:${issue.location.line}: ${sourceLine(issue).trim()}`);
    expect(unexplained).toEqual([]);
  });

  it('has a reason for every explanation, and no explanation left over from a finding that has gone', () => {
    for (const entry of explained.findings) {
      expect(entry.reason.length, `${entry.check} in ${entry.file}`).toBeGreaterThan(40);
      const found = outcome.issues.some((issue) => serious(issue) && matches(issue, entry));
      expect(found, `${entry.check} in ${entry.file} ("${entry.sample}") no longer matches a finding: remove it`).toBe(true);
    }
  });
});
