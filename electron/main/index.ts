// The composition root of the desktop app: the only place that asks Electron for paths, and the only
// place that builds the backend for the app. Everything else receives what it needs.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, shell } from 'electron';
import log from 'electron-log/main';
import { createBackend } from '../backend/backend';
import type { Logger } from '../backend/context';
import { APP_PAGE_URL, registerAppScheme, serveRenderer } from './app-protocol';
import { watchNetworkDrives } from './drives';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { closingPrintWindowsOnLock, printScreenFromMenu, registerPrint } from './print';
import { keepingRememberedCurrent, registerRemember, Rememberer } from './remember';
import { createMainWindow } from './window';

const logger: Logger = {
  info: (m) => log.info(m),
  warn: (m) => log.warn(m),
  error: (m, e) => log.error(m, e instanceof Error ? e.name : e ?? ''),
};

// One Peer Office at a time: two copies writing one database file is how data gets lost.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  // The database, its WAL and the settings file are for this user only (Windows relies on the
  // app-data folder's own permissions; this covers macOS and Linux).
  process.umask(0o077);
  // Before 'ready', or Electron refuses it: app:// becomes a standard, secure scheme (app-protocol.ts).
  registerAppScheme(protocol);
  let win: BrowserWindow | null = null;

  // electron-vite's dev server in development only: a packaged app never lets an environment variable
  // choose the page that gets the preload's bridge.
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const pageUrl = devServerUrl ?? APP_PAGE_URL;
  // Network drive letters, for the backups' warning: asked of Windows in the background, never delaying the start.
  const networkDrives = watchNetworkDrives({ platform: process.platform, systemRoot: process.env['SystemRoot'] });
  const backend = createBackend({
    dataDir: app.getPath('userData'),
    migrationsDir: join(__dirname, 'migrations'), // copied there by the build (electron.vite.config.ts)
    now: () => new Date(),
    logger,
  }, { storageFacts: () => ({ networkDriveLetters: networkDrives.letters() }) });

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    serveRenderer(protocol, join(__dirname, '../renderer'));
    const preloadPath = join(__dirname, '../preload/index.cjs');
    const printer = registerPrint(ipcMain, {
      preloadPath, pageUrl, mainWindow: () => win, documentsDir: app.getPath('documents'), logError: logger.error,
      record: (page, write) => backend.recordPrinted(page, write),
    });
    // "Remember on this Windows account": handled here, since only the main process may use safeStorage.
    const rememberer = new Rememberer({
      file: join(app.getPath('userData'), 'remembered-passphrase.json'), keeper: safeStorage, platform: process.platform, backend, logger,
    });
    registerRemember(ipcMain, rememberer, () => win?.webContents ?? null, pageUrl);
    // The backend as main's own callers use it: every lock closes the print windows (print.ts says how).
    const officeBackend = closingPrintWindowsOnLock(keepingRememberedCurrent(backend, rememberer), printer);
    registerIpc(ipcMain, officeBackend, () => win?.webContents ?? null, pageUrl, printer.windows);
    // The menu's Lock and Windows locking, through the same backend as the page's Lock: in the backend's
    // queue like any other call, so a lock pressed mid-unlock or mid-import waits for it to finish and then
    // locks, rather than racing it.
    const lock = () => void officeBackend.invoke('office:lock', {}).then(() => win?.webContents.send('office:locked'));
    // Someone stepping away locks Windows or closes the lid: the office locks with it, so the
    // database is never open behind a locked or sleeping PC.
    powerMonitor.on('lock-screen', lock);
    powerMonitor.on('suspend', lock);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          lock,
          print: () => { if (win) printScreenFromMenu(win.webContents, (page, write) => backend.recordPrinted(page, write), logger.error); },
          openHelp: () => void shell.openExternal('https://www.gov.uk/browse/employing-people'),
          about: () => void dialog.showMessageBox({ type: 'info', title: 'About Peer Office', message: `Peer Office ${app.getVersion()}`, detail: 'A back office for user-led peer-support charities.' }),
        }),
      ),
    );
    win = createMainWindow({ preloadPath, pageUrl });
    win.on('closed', () => {
      win = null;
      printer.closeAll();
    });
  });

  app.on('window-all-closed', () => {
    backend.close();
    app.quit();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
