// The browser host: for development and tests only, never packaged. It serves the built renderer on
// 127.0.0.1 and backs window.peerOffice with the real backend and a real encrypted database, through the
// same contract as Electron's IPC. A random per-run token guards every call.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail } from '../../shared/contract/result';
import { createBackend, type Backend } from '../backend/backend';
import type { Logger } from '../backend/context';
import { CONTENT_SECURITY_POLICY } from '../main/security';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_RENDERER_DIR = resolve(HERE, '../../out/renderer');
export const MIGRATIONS_DIR = resolve(HERE, '../backend/db/migrations');
const MAX_BODY = 16 * 1024 * 1024; // a 10 MB import, as base64, plus room

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json', '.ico': 'image/x-icon',
};

export interface HostOptions {
  dataDir: string;
  port?: number;
  rendererDir?: string;
  now?: () => Date;
  logger?: Logger;
}

export interface RunningHost {
  url: string;
  token: string;
  backend: Backend;
  close(): Promise<void>;
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function startBrowserHost(options: HostOptions): Promise<RunningHost> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`No built renderer in ${rendererDir}: run "npm run build" first.`);
  const token = randomBytes(24).toString('base64url');
  const logger = options.logger ?? { info: () => {}, warn: () => {}, error: (m: string) => process.stderr.write(`${m}\n`) };
  const backend = createBackend({ dataDir: options.dataDir, migrationsDir: MIGRATIONS_DIR, now: options.now ?? (() => new Date()), logger });
  const bridge = readFileSync(join(HERE, 'bridge.js'), 'utf8');
  const page = readFileSync(join(rendererDir, 'index.html'), 'utf8').replace(
    '<head>',
    `<head>\n    <meta name="peer-office-token" content="${token}" />\n    <script src="/__host/bridge.js"></script>`,
  );
  let origin = '';

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  };

  async function handleInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const given = String(req.headers['x-peer-office-token'] ?? '');
    // Same origin only (no CORS is ever granted) and the run's token: other sites and processes get nothing.
    if (!sameSecret(given, token) || (req.headers.origin !== undefined && req.headers.origin !== origin)) {
      return send(res, 403, 'application/json', JSON.stringify(fail('FORBIDDEN', 'This request is not from the Peer Office page.')));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return send(res, 413, 'application/json', JSON.stringify(fail('VALIDATION', 'That file is too large to send.')));
      chunks.push(chunk as Buffer);
    }
    let body: { channel?: unknown; input?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
    } catch {
      return send(res, 400, 'application/json', JSON.stringify(fail('VALIDATION', 'The request could not be read.')));
    }
    const result = await backend.invokeUnknown(body.channel, body.input);
    send(res, 200, 'application/json', JSON.stringify(result));
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    // Refuse other Host names so a web page cannot reach this server by DNS rebinding.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Wrong host');
    if (req.method === 'POST' && url.pathname === '/api/invoke') {
      handleInvoke(req, res).catch(() => send(res, 500, 'application/json', JSON.stringify(fail('INTERNAL', 'Something went wrong.'))));
      return;
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
    if (url.pathname === '/__host/bridge.js') return send(res, 200, TYPES['.js']!, bridge);
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // The page carries the token, so only someone who was given the full address gets it.
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) return send(res, 403, 'text/plain', 'Open the address printed by "npm run dev:browser", including its token.');
      return send(res, 200, TYPES['.html']!, page);
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape (/%E0%A4%A) would otherwise throw out of this handler and stop the host.
      return send(res, 400, 'text/plain', 'Bad request');
    }
    const file = normalize(join(rendererDir, pathname));
    // Files only: a folder (or anything else) is "not found", never a crash of the host.
    if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'text/plain', 'Not found');
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    token,
    backend,
    close: () =>
      new Promise<void>((done) => {
        backend.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
