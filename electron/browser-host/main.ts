// `npm run dev:browser`: start the browser host and print its address. Data lives in --data-dir, or
// PEER_OFFICE_DATA_DIR, or .dev-data/ in the repository (ignored by git).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBrowserHost } from './server';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } } });
const dataDir = resolve(values['data-dir'] ?? process.env['PEER_OFFICE_DATA_DIR'] ?? '.dev-data');
const host = await startBrowserHost({ dataDir, port: values.port !== undefined ? Number(values.port) : 5199 });
process.stdout.write(`Peer Office browser host (development only)\n  data: ${dataDir}\n  open: ${host.url}\n`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
