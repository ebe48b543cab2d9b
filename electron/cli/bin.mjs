#!/usr/bin/env node
// The `peer-office` command. It runs the TypeScript sources through tsx so the CLI drives exactly the
// backend the app ships, with no separate build to fall out of step.

// better-sqlite3-multiple-ciphers 13 crashes Node 20 outright; say so plainly instead of a core dump.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(`peer-office needs Node 22 or later (this is Node ${process.versions.node}). Run it with "npx peer-office" from the project folder.\n`);
  process.exit(1);
}

const { register } = await import('tsx/esm/api');
register();
await import('./cli.ts');
