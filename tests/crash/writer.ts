// The process the crash test kills. It opens the office through the app's own open path (openEncrypted:
// the cipher, the key, WAL, synchronous=FULL, foreign keys), which recovers whatever the last writer
// was killed in the middle of; checks everything (check.ts) and reports the register it found; then
// makes changes through the members service, each in the service's own transaction, until it is
// killed. Before each change it says what it is about to do; only once it has committed, "ack".
//
// Run by tests/crash/harness.ts as a pre-built bundle on plain Node (tsx would cost ~0.5 s a start).
// Environment: CRASH_DB (database path), CRASH_KEY (the raw data key, hex: no scrypt per run),
// CRASH_NEXT_SEQ (the first change number to use), CRASH_MAX_CHANGES (stop after this many, a safety net).
import { writeSync } from 'node:fs';
import { openEncrypted, type Db, type Sqlite } from '../../electron/backend/db/open';
import * as members from '../../electron/backend/members/service';
import type { OfficeContext } from '../../electron/backend/context';
import { chooseChange, CRASH_NOW, memberFor, type WriterLine } from './changes';
import { readRegister } from './check';

const path = process.env.CRASH_DB ?? '';
const key = Buffer.from(process.env.CRASH_KEY ?? '', 'hex');
let seq = Number(process.env.CRASH_NEXT_SEQ ?? '1');
const maxChanges = Number(process.env.CRASH_MAX_CHANGES ?? '1000');

// writeSync on fd 1, not process.stdout.write: a line must be in the pipe before the next step starts,
// or a kill could swallow an "ack" for a change that has committed and the checker would be misled.
function say(line: WriterLine): void {
  const bytes = Buffer.from(`${JSON.stringify(line)}\n`);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'EAGAIN') throw err;
    }
  }
}

let office: { sqlite: Sqlite; db: Db } = openEncrypted(path, key, { mustExist: true });
const ctx = (): OfficeContext => ({ db: office.db, sqlite: office.sqlite, now: () => new Date(CRASH_NOW) });

// Throws (the process exits non-zero, the harness fails the run) on any damage or half-written change.
const checkStarted = performance.now();
const register = readRegister(office.sqlite, office.db);
const checkMs = Math.round(performance.now() - checkStarted);
say({
  t: 'ready',
  journal: String(office.sqlite.pragma('journal_mode', { simple: true })),
  synchronous: Number(office.sqlite.pragma('synchronous', { simple: true })),
  foreignKeys: Number(office.sqlite.pragma('foreign_keys', { simple: true })),
  cipher: String(office.sqlite.pragma('cipher', { simple: true })),
  register: [...register],
  checkMs,
});

const ids = [...register.keys()];

for (let made = 0; made < maxChanges; made++, seq++) {
  const change = chooseChange(seq, ids);
  say({ t: 'intent', seq, ...change });
  switch (change.op) {
    case 'create': {
      const created = members.create(ctx(), memberFor(seq));
      ids.push(created.id);
      say({ t: 'ack', seq, id: created.id });
      break;
    }
    case 'update':
      members.update(ctx(), change.id, memberFor(seq));
      say({ t: 'ack', seq, id: change.id });
      break;
    case 'delete':
      members.remove(ctx(), change.id);
      ids.splice(ids.indexOf(change.id), 1);
      say({ t: 'ack', seq, id: change.id });
      break;
    case 'reopen':
      office.sqlite.close();
      office = openEncrypted(path, key, { mustExist: true });
      say({ t: 'ack', seq });
      break;
  }
}
office.sqlite.close();
