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

/** Our own page: the built index.html (file://) or, in development, electron-vite's dev server. */
export function isOwnPage(url: string, appPageUrl: string): boolean {
  try {
    const page = new URL(url);
    const own = new URL(appPageUrl);
    if (own.protocol === 'file:') return page.protocol === 'file:' && page.pathname === own.pathname;
    return page.origin === own.origin;
  } catch {
    return false;
  }
}
