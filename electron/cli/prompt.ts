// Reads a secret typed at the terminal without echoing it. Raw mode rather than readline, because
// readline has no supported way to hide what is typed. A yes-or-no answer, which may be seen, uses readline.
import { createInterface } from 'node:readline/promises';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/domain/passphrase';
import { CliError, EXIT } from './exit';

export async function readHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    throw new CliError(EXIT.USAGE, 'No passphrase given. Set PEER_OFFICE_PASSPHRASE, or run this in a terminal so Peer Office can ask for it.');
  }
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (chunk: string) => {
        // Arrow keys and the like arrive as escape sequences: they are not part of a passphrase.
        // eslint-disable-next-line no-control-regex -- matching the ESC that starts them is the point
        for (const ch of chunk.replace(/\u001b\[[0-9;]*[A-Za-z~]/g, '')) {
          if (ch === '\r' || ch === '\n') {
            stdin.off('data', onData);
            process.stderr.write('\n');
            resolve(typed);
            return;
          }
          if (ch === '\u0003' || (ch === '\u0004' && typed === '')) {
            stdin.off('data', onData);
            process.stderr.write('\n');
            reject(new CliError(EXIT.FAILED, 'Stopped; nothing was changed.'));
            return;
          }
          if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
          else if (ch >= ' ') typed += ch;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
  }
}

/** A new passphrase, asked twice; short ones are refused with the rule, and asked again. */
export async function promptNewPassphrase(): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const first = await readHidden(`Choose a passphrase (${MIN_PASSPHRASE_LENGTH} characters or more; a few unrelated words work well): `);
    if (first.length < MIN_PASSPHRASE_LENGTH) {
      process.stderr.write(`That is ${first.length} characters. Use at least ${MIN_PASSPHRASE_LENGTH}.\n`);
      continue;
    }
    const second = await readHidden('Type it again to confirm: ');
    if (first === second) return first;
    process.stderr.write('The two passphrases do not match. Try again.\n');
  }
  throw new CliError(EXIT.USAGE, 'No passphrase was agreed; nothing was created.');
}

/**
 * Asks a question that only "y" or "yes" answers yes; anything else, an empty line (the default, as "(y/N)"
 * says), Ctrl+C or Ctrl+D is no. Only in a terminal: the caller decides what a script must say instead.
 */
export async function askYesNo(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new Error('askYesNo needs a terminal');
  const lines = createInterface({ input: process.stdin, output: process.stderr });
  const stop = new AbortController();
  // Without these, Ctrl+C would only pause the prompt and Ctrl+D leave the question unanswered.
  lines.on('SIGINT', () => stop.abort());
  lines.on('close', () => stop.abort());
  try {
    const answer = await lines.question(question, { signal: stop.signal });
    return /^(y|yes)$/i.test(answer.trim());
  } catch (err) {
    if (stop.signal.aborted) {
      process.stderr.write('\n');
      return false;
    }
    throw err;
  } finally {
    lines.close();
    process.stdin.pause();
  }
}
