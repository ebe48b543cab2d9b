// The window's locks: a strict content security policy, no navigation away from our page, no new
// windows, and external links only to an allow-list, opened in the person's own browser.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets CSS variables through style attributes; scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sites the help menu and the app may open in the person's browser. Nothing else leaves the app. */
export const EXTERNAL_LINK_ALLOW_LIST = ['https://www.gov.uk/', 'https://www.acas.org.uk/', 'https://ico.org.uk/', 'https://www.nsun.org.uk/'];

export function isAllowedExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && EXTERNAL_LINK_ALLOW_LIST.some((allowed) => url.startsWith(allowed));
  } catch {
    return false;
  }
}

/**
 * Our own page: app://peer-office/index.html (app-protocol.ts), or in development electron-vite's dev
 * server. Any route of it (after the '#') is ours; any other file, host or scheme is not.
 */
export function isOwnPage(url: string, appPageUrl: string): boolean {
  try {
    const page = new URL(url);
    const own = new URL(appPageUrl);
    if (own.protocol === 'http:' || own.protocol === 'https:') return page.origin === own.origin;
    // app: and file: URLs have an opaque origin ("null" for every one of them), so comparing origins
    // would call any such page ours: compare the scheme, host and the one page's path instead.
    return page.protocol === own.protocol && page.host === own.host && page.pathname === own.pathname;
  } catch {
    return false;
  }
}
