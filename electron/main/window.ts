// The application window, created with Electron's security settings at their strictest; the hidden
// print windows (print.ts) take the same settings and the same locks from here.
import { BrowserWindow, session, shell, type WebContents, type WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedExternalLink, isOwnPage } from './security';

export interface WindowOptions {
  preloadPath: string;
  /** file:// URL of the built renderer, or the dev server's URL. */
  pageUrl: string;
}

/** Every window of ours, the hidden print windows included, runs with these. */
export function strictWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}

/** Keeps a window on our own page: no navigating or redirecting away, no new windows, no webviews. */
export function keepOnOwnPage(contents: WebContents, pageUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, pageUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url, pageUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow({ preloadPath, pageUrl }: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Peer Office',
    show: false,
    webPreferences: strictWebPreferences(preloadPath),
  });

  // The CSP also sits in index.html; the header covers anything the meta tag cannot (frame-ancestors).
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  keepOnOwnPage(win.webContents, pageUrl);

  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl);
  return win;
}
