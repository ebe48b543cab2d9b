// electron/main/app-protocol.ts: the built renderer is served on app://peer-office/ from its own folder
// only. Every way of naming a file outside that folder is refused, on POSIX and on Windows path rules;
// answers carry the right type and the content security policy.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  APP_PAGE_URL, APP_SCHEME_PRIVILEGES, MIME_TYPES, appFilePath, appResponse, registerAppScheme, serveRenderer,
} from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';

// A renderer folder with a secret file beside it, as the packaged app has its database folder nearby.
const base = mkdtempSync(join(tmpdir(), 'peer-office-app-protocol-'));
const rendererDir = join(base, 'renderer');
mkdirSync(join(rendererDir, 'assets', 'folder.js'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Peer Office</title>');
writeFileSync(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log("app")');
writeFileSync(join(rendererDir, 'assets', 'index-abc123.css'), 'body{}');
writeFileSync(join(rendererDir, 'assets', 'tool.exe'), 'MZ');
writeFileSync(join(base, 'secret.txt'), 'not for the page');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const app = (rest: string) => `app://peer-office/${rest}`;

describe('appFilePath', () => {
  it('names the page and its assets inside the renderer folder', () => {
    expect(appFilePath(APP_PAGE_URL, rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(appFilePath(`${APP_PAGE_URL}#/members/12`, rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(appFilePath('app://peer-office/', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(appFilePath(app('assets/index-abc123.js?v=1'), rendererDir)).toBe(join(rendererDir, 'assets', 'index-abc123.js'));
    expect(appFilePath(app('assets/Space%20Name.css'), rendererDir)).toBe(join(rendererDir, 'assets', 'Space Name.css'));
  });

  const refused: Record<string, string> = {
    'another scheme': 'file:///etc/passwd',
    'another host': 'app://evil.example.org/index.html',
    'an encoded ..': app('..%2f..%2fsecret.txt'),
    'an encoded .. after a folder': app('assets/..%2F..%2F..%2Fsecret.txt'),
    'a backslash': app('..%5c..%5csecret.txt'),
    'a drive letter': app('C:%2FWindows%2Fwin.ini'),
    'an alternate data stream': app('index.html::$DATA'),
    'a NUL byte': app('index.html%00.js'),
    'a malformed escape': app('%E0%A4%A'),
    'a folder': app('assets/'),
    'a doubled slash': app('assets//index-abc123.js'),
    'a kind of file the renderer does not hold': app('assets/tool.exe'),
    'not a URL at all': 'not a url',
  };
  for (const [what, url] of Object.entries(refused)) {
    it(`refuses ${what}`, () => expect(appFilePath(url, rendererDir)).toBeNull());
  }

  it('never names a file outside the folder, whatever follows app://peer-office/', () => {
    const root = path.resolve(rendererDir) + path.sep;
    // Segments and separators chosen so that the dangerous paths (..%2fsecret.txt, %2e%2e%5c...) come up often.
    const segment = fc.constantFrom('..', '%2e%2e', '.%2E', '.', 'assets', 'C:', '', '%');
    const separator = fc.constantFrom('/', '%2f', '%2F', '%5c', '\\');
    const url = fc
      .tuple(fc.array(fc.tuple(segment, separator), { maxLength: 6 }), fc.constantFrom('secret.txt', 'index.html', 'x.js'))
      .map(([steps, last]) => app(steps.map(([s, sep]) => s + sep).join('') + last));
    fc.assert(
      fc.property(url, (u) => {
        const file = appFilePath(u, rendererDir);
        expect(file === null || file.startsWith(root)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('follows the Windows path rules on Windows (the packaged app runs there)', () => {
    const winDir = 'C:\\Users\\office\\AppData\\Local\\Programs\\peer-office\\resources\\app.asar\\out\\renderer';
    expect(appFilePath(app('assets/index-abc123.js'), winDir, path.win32)).toBe(`${winDir}\\assets\\index-abc123.js`);
    for (const url of [app('..%5C..%5C..%5Csecret.txt'), app('assets%5C..%5C..%5Cx.js'), app('D:%5Cx.js'), app('%5C%5Cserver%5Cshare%5Cx.js')]) {
      expect(appFilePath(url, winDir, path.win32)).toBeNull();
    }
  });
});

describe('appResponse', () => {
  const get = (url: string, method = 'GET') => appResponse({ url, method }, rendererDir);

  it('answers the page with its type, the content security policy and no sniffing', async () => {
    const answer = await get(`${APP_PAGE_URL}#/home`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await answer.text()).toContain('<title>Peer Office</title>');
  });

  it('answers scripts as JavaScript (module scripts need it) and styles as CSS', async () => {
    expect((await get(app('assets/index-abc123.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get(app('assets/index-abc123.css'))).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('says "not found" for a missing file, a folder, and anything outside the folder, and never shows it', async () => {
    for (const url of [app('assets/missing.js'), app('assets/folder.js'), app('..%2fsecret.txt'), app('assets/tool.exe')]) {
      const answer = await get(url);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await answer.text()).not.toContain('not for the page');
    }
  });

  it('answers HEAD without a body, and refuses other methods', async () => {
    const head = await get(APP_PAGE_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(APP_PAGE_URL, 'POST')).status).toBe(405);
  });
});

describe('registering the scheme', () => {
  it('makes app:// standard and secure, and nothing more', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('serves app:// from the folder it is given', async () => {
    const protocol = { handle: vi.fn() };
    serveRenderer(protocol, rendererDir);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (r: { url: string; method: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler({ url: APP_PAGE_URL, method: 'GET' })).status).toBe(200);
    expect((await handler({ url: app('..%2fsecret.txt'), method: 'GET' })).status).toBe(404);
  });
});

// The build decides which kinds of file the renderer holds: each must be one we serve.
const built = fileURLToPath(new URL('../../out/renderer', import.meta.url));
describe.skipIf(!existsSync(built))('the built renderer (out/renderer, from "npx electron-vite build")', () => {
  it('holds only kinds of file that app:// serves', () => {
    const files = readdirSync(built, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const entry of files) expect(Object.keys(MIME_TYPES)).toContain(path.extname(entry.name).toLowerCase());
  });
});
