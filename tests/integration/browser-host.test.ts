// The development and test host: a per-run token on the page and on every call, the Host header
// checked against DNS rebinding, and no file served from outside the built renderer.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RENDERER_DIR, startBrowserHost, type RunningHost } from '../../electron/browser-host/server';

interface Reply { status: number; body: string; headers: Record<string, string | string[] | undefined> }

/** A raw HTTP request, so the test controls the path and the Host header exactly as an attacker could. */
function send(host: RunningHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  const { port } = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const invoke = (host: RunningHost, body: unknown, headers: Record<string, string> = {}) =>
  send(host, { method: 'POST', path: '/api/invoke', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

let host: RunningHost;
let dataDir: string;

beforeAll(async () => {
  if (!existsSync(join(DEFAULT_RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${DEFAULT_RENDERER_DIR}. Run "npx electron-vite build" (npm test does it first).`);
  }
  dataDir = mkdtempSync(join(tmpdir(), 'peer-office-host-'));
  host = await startBrowserHost({ dataDir });
});
afterAll(async () => {
  await host?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the browser host', () => {
  it('serves the page only with the run’s token, carrying the token and the bridge', async () => {
    expect((await send(host, { path: '/' })).status).toBe(403);
    expect((await send(host, { path: '/?token=wrong' })).status).toBe(403);
    const page = await send(host, { path: `/?token=${host.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="peer-office-token" content="${host.token}" />`);
    expect(page.body).toContain('<script src="/__host/bridge.js"></script>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('answers calls only with the token, from its own origin', async () => {
    const none = await invoke(host, { channel: 'office:status', input: {} });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await invoke(host, { channel: 'office:status', input: {} }, { 'X-Peer-Office-Token': `${host.token}x` })).status).toBe(403);
    const otherSite = await invoke(host, { channel: 'office:status', input: {} }, { 'X-Peer-Office-Token': host.token, Origin: 'https://evil.example.org' });
    expect(otherSite.status).toBe(403);

    const ok = await invoke(host, { channel: 'office:status', input: {} }, { 'X-Peer-Office-Token': host.token, Origin: new URL(host.url).origin });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { state: 'none', officeName: null, isDemo: false } });
  });

  it('passes bad input and unknown channels back as VALIDATION, and unreadable bodies as 400', async () => {
    const auth = { 'X-Peer-Office-Token': host.token };
    expect(JSON.parse((await invoke(host, { channel: 'members:drop', input: {} }, auth)).body).error.code).toBe('VALIDATION');
    expect(JSON.parse((await invoke(host, { channel: 'members:get', input: { id: 'x' } }, auth)).body).error.code).toBe('VALIDATION');
    const garbage = await send(host, { method: 'POST', path: '/api/invoke', headers: auth, body: '{not json' });
    expect(garbage.status).toBe(400);
  });

  it('refuses any other Host name (DNS rebinding)', async () => {
    for (const Host of ['evil.example.org', 'localhost', `127.0.0.1:${Number(new URL(host.url).port) + 1}`]) {
      expect((await send(host, { path: `/?token=${host.token}`, headers: { Host } })).status).toBe(421);
      expect((await invoke(host, { channel: 'office:status', input: {} }, { Host, 'X-Peer-Office-Token': host.token })).status).toBe(421);
    }
  });

  it('serves the built assets and nothing outside them', async () => {
    const page = await send(host, { path: `/?token=${host.token}` });
    const asset = /src="\.?(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(asset).toBeDefined();
    const js = await send(host, { path: asset! });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);

    for (const path of ['/assets', '/assets/', '/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/..%2f..%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json', '/%2fetc%2fpasswd', '/..%5cpackage.json']) {
      const reply = await send(host, { path });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('"name": "peer-office"');
    }
  });

  it('survives a malformed address', async () => {
    expect((await send(host, { path: '/%E0%A4%A' })).status).toBe(400);
    expect((await send(host, { path: '/%' })).status).toBe(400);
    const still = await invoke(host, { channel: 'office:status', input: {} }, { 'X-Peer-Office-Token': host.token });
    expect(still.status).toBe(200);
  });

  it('allows only GET and POST /api/invoke', async () => {
    expect((await send(host, { method: 'PUT', path: '/api/invoke' })).status).toBe(405);
    expect((await send(host, { method: 'DELETE', path: '/' })).status).toBe(405);
  });
});
