// Reads a secret typed at the terminal without echoing it. Raw mode rather than readline, because
// readline has no supported way to hide what is typed.
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
