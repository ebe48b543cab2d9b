// The one application window, created with Electron's security settings at their strictest.
import { BrowserWindow, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedExternalLink, isOwnPage } from './security';

export interface WindowOptions {
  preloadPath: string;
  /** file:// URL of the built renderer, or the dev server's URL. */
  pageUrl: string;
}

export function createMainWindow({ preloadPath, pageUrl }: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Peer Office',
    show: false,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });

  // The CSP also sits in index.html; the header covers anything the meta tag cannot (frame-ancestors).
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, pageUrl)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url, pageUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());

  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl);
  return win;
}
