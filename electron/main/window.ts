// The application window, created with Electron's security settings at their strictest; the hidden
// print windows (print.ts) take the same settings and the same locks from here.
import { BrowserWindow, session, shell, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedExternalLink, isOwnPage } from './security';

export interface WindowOptions {
  preloadPath: string;
  /** app://peer-office/index.html (app-protocol.ts), or the dev server's URL. */
  pageUrl: string;
}

/**
 * Every window of ours, the hidden print windows included, is made here and runs with these settings.
 * They are written out in the `new BrowserWindow` call itself so that a reader, and Electronegativity
 * (tests/unit/electronegativity.test.ts), sees them where the window is made.
 */
export function strictWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click would ask for a new window: refused anyway (keepOnOwnPage), but not even asked.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
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
  const win = strictWindow({ width: 1280, height: 860, minWidth: 900, minHeight: 600, title: 'Peer Office', show: false }, preloadPath);

  // The CSP also sits in index.html, and app-protocol.ts sends it with every app:// answer; this header
  // covers the dev server's answers too, and anything the meta tag cannot carry (frame-ancestors).
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  keepOnOwnPage(win.webContents, pageUrl);

  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl);
  return win;
}
