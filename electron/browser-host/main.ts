// `npm run dev:browser`: start the browser host and print its address. Data lives in --data-dir, or
// PEER_OFFICE_DATA_DIR, or .dev-data/ in the repository (ignored by git). --port picks the port
// (5199 by default; 0 for any free one).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './server';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } } });
const dataDir = resolve(values['data-dir'] ?? process.env['PEER_OFFICE_DATA_DIR'] ?? '.dev-data');
const port = values.port !== undefined ? Number(values.port) : 5199;
// Files the host creates (database, WAL, settings) are for this user only.
process.umask(0o077);
try {
  const host = await startBrowserHost({ dataDir, port });
  process.stdout.write(`Peer Office browser host (development only)\n  data: ${dataDir}\n  open: ${host.url}\n`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  const inUse = (err as { code?: string }).code === 'EADDRINUSE';
  process.stderr.write(inUse
    ? `Port ${port} is already in use (perhaps another browser host is running). Stop it, or choose another port: npm run dev:browser -- --port 5299\n`
    : `The browser host could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
