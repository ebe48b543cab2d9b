// `npm run audit:ship`: high or critical advisories in what the installer ships. That is every production
// dependency and Electron itself: Electron is a devDependency for npm (electron-builder wants it there),
// but its runtime is inside the .exe, so `npm audit --omit=dev` alone would never look at it.
// Needs the npm registry's audit service (development machines behind the project's proxy cannot reach it).
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const BLOCKING = new Set(['high', 'critical']);

/** Every package name in an `npm ls --json` tree. */
export function namesInTree(tree, into = new Set()) {
  for (const [name, node] of Object.entries(tree.dependencies ?? {})) {
    into.add(name);
    namesInTree(node, into);
  }
  return into;
}

/** The advisories of `npm audit --json` that touch a shipped package and block shipping. */
export function blockingAdvisories(audit, shipped) {
  return Object.values(audit.vulnerabilities ?? {})
    .filter((v) => shipped.has(v.name) && BLOCKING.has(v.severity))
    .map((v) => ({ name: v.name, severity: v.severity, range: v.range, titles: (v.via ?? []).filter((x) => typeof x === 'object').map((x) => x.title) }));
}

function npmJson(args) {
  // npm audit exits non-zero when it finds anything; its JSON is still on stdout.
  try {
    return JSON.parse(execFileSync('npm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    if (error.stdout) return JSON.parse(error.stdout);
    throw error;
  }
}

function main() {
  const shipped = namesInTree(npmJson(['ls', '--omit=dev', '--all', '--json']));
  shipped.add('electron');
  const audit = npmJson(['audit', '--json']);
  if (!audit.vulnerabilities) {
    // An answer without a report is npm's error (the audit service refused or could not be reached).
    process.stderr.write(`npm audit could not be run: ${audit.message ?? audit.error?.summary ?? 'no report came back'}. It needs the registry's audit service.\n`);
    process.exit(2);
  }
  const found = blockingAdvisories(audit, shipped);
  const say = (line) => process.stdout.write(`${line}\n`);
  say(`Checked ${shipped.size} shipped packages (production dependencies and Electron).`);
  for (const f of found) say(`${f.severity.toUpperCase()} ${f.name} ${f.range}: ${f.titles.join('; ') || 'through a dependency'}`);
  if (found.length > 0) process.exit(1);
  say('No high or critical advisory in what ships.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
