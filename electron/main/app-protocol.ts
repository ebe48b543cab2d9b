// The built renderer is served on app://peer-office/ rather than loaded from file:// (Electron's security
// checklist, item 18): a file:// page shares its origin with every other local file and, with the
// GrantFileProtocolExtraPrivileges fuse off (electron/electron-builder.yml), would lose what it needs anyway.
// The handler serves files from the built renderer folder only, refuses anything that would step
// outside it, sends the content security policy on every answer and names each file's type itself.
import { readFile, stat } from 'node:fs/promises';
import nodePath from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'peer-office';
/** The one page of the app; its routes live after the '#' (react-router's hash router). */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Standard, so relative URLs, 'self' in the CSP and web storage work as on https; secure, so the page is
 * a secure context. Nothing more: no CSP bypass, no service workers, no fetch or CORS privileges.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = { scheme: APP_SCHEME, privileges: { standard: true, secure: true } };

/** The kinds of file the built renderer holds. Anything else is not served (no guessing, no sniffing). */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

type PathApi = Pick<typeof nodePath, 'resolve' | 'extname' | 'sep'>;

/**
 * The file inside `rendererDir` that an app:// URL names, or null when it names none: another scheme or
 * host, a malformed escape, a '..' or '.' segment (plain or %-encoded), a backslash, a drive letter or
 * alternate data stream (':'), a NUL, a folder path, or a kind of file the renderer does not hold.
 * `paths` is node:path; tests pass path.win32 to check the Windows rules on any machine.
 */
export function appFilePath(requestUrl: string, rendererDir: string, paths: PathApi = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  // Decoded, %2F is a '/', so split only now: a '..' hidden behind an escape is still a '..'.
  const segments = decoded.split('/').slice(1);
  const refused = (segment: string) => segment === '' || segment === '.' || segment === '..' || /[\\:\0]/.test(segment);
  if (segments.length === 0 || segments.some(refused)) return null;
  const root = paths.resolve(rendererDir);
  const file = paths.resolve(root, ...segments);
  // Belt and braces: whatever the rules above missed, nothing outside the folder is ever named.
  if (!file.startsWith(root + paths.sep)) return null;
  if (!(paths.extname(file).toLowerCase() in MIME_TYPES)) return null;
  return file;
}

export function contentTypeOf(file: string): string {
  return MIME_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

const refusal = (status: number, text: string) =>
  new Response(text, { status, headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/** The answer to one app:// request: the file, or 404 for anything that is not a renderer file. */
export async function appResponse(request: Pick<Request, 'url' | 'method'>, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
  const file = appFilePath(request.url, rendererDir);
  if (!file) return refusal(404, 'Not found');
  try {
    // Files only: a folder named like one (assets.js/) is "not found", never an error page.
    if (!(await stat(file)).isFile()) return refusal(404, 'Not found');
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, { status: 200, headers: { ...COMMON_HEADERS, 'Content-Type': contentTypeOf(file) } });
  } catch {
    return refusal(404, 'Not found');
  }
}

/** Before the app is ready (Electron refuses it later): app:// becomes a standard, secure scheme. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Once ready: app:// answers from the built renderer folder (inside app.asar when packaged). */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rendererDir));
}
