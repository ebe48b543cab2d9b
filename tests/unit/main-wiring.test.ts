// electron/main under a mocked 'electron': IPC sender checks, the window's security settings, the CSP,
// external links and the menu. The real Electron cannot start here, so its wiring is tested this way.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, contract } from '../../shared/contract/channels';
import { CHANNEL_NAMES } from '../../shared/contract/channel-names';
import type { Backend } from '../../electron/backend/backend';
import { fakeIpcMain, fakeWebContents, type FakeWebContents } from '../helpers/electron-fakes';

const electron = vi.hoisted(() => {
  const state = { windowOptions: null as unknown, contents: null as unknown, headersListener: null as unknown, permissionHandler: null as unknown };
  class BrowserWindow {
    webContents = state.contents;
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(options: unknown) {
      state.windowOptions = options;
    }
  }
  return {
    state,
    BrowserWindow,
    shell: { openExternal: vi.fn(async () => undefined) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn((l: unknown) => void (state.headersListener = l)) },
        setPermissionRequestHandler: vi.fn((h: unknown) => void (state.permissionHandler = h)),
      },
    },
  };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, shell: electron.shell, session: electron.session }));

const { registerIpc } = await import('../../electron/main/ipc');
const { createMainWindow } = await import('../../electron/main/window');
const { menuTemplate } = await import('../../electron/main/menu');
const { CONTENT_SECURITY_POLICY, isAllowedExternalLink, isOwnPage } = await import('../../electron/main/security');

const PAGE = 'file:///opt/peer-office/out/renderer/index.html';

describe('registerIpc', () => {
  let ipc: ReturnType<typeof fakeIpcMain>;
  let own: FakeWebContents;
  let backend: { invokeUnknown: ReturnType<typeof vi.fn> };
  const call = (channel: string, event: unknown, input: unknown = {}) => ipc.handlers.get(channel)!(event, input);

  beforeEach(() => {
    ipc = fakeIpcMain();
    own = fakeWebContents(PAGE);
    backend = { invokeUnknown: vi.fn(async () => ({ ok: true, value: 'from backend' })) };
    registerIpc(ipc as unknown as IpcMain, backend as unknown as Backend, () => own as unknown as WebContents, PAGE);
  });

  it('registers a handler for every channel in the contract, and nothing else', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a call from our own window to the backend, input untouched', async () => {
    const input = { query: 'quaintance' };
    const result = await call('members:search', { sender: own, senderFrame: own.mainFrame } as unknown as IpcMainInvokeEvent, input);
    expect(result).toEqual({ ok: true, value: 'from backend' });
    expect(backend.invokeUnknown).toHaveBeenCalledWith('members:search', input);
  });

  it('accepts our page at any route inside it', async () => {
    own.mainFrame.url = `${PAGE}#/members/12`;
    await call('office:status', { sender: own, senderFrame: own.mainFrame });
    expect(backend.invokeUnknown).toHaveBeenCalledTimes(1);
  });

  const forbidden = {
    'another webContents': () => {
      const other = fakeWebContents(PAGE);
      return { sender: other, senderFrame: other.mainFrame };
    },
    'a sub-frame of our window': () => ({ sender: own, senderFrame: { url: PAGE } }),
    'our frame after it navigated elsewhere': () => {
      own.mainFrame.url = 'https://evil.example.org/';
      return { sender: own, senderFrame: own.mainFrame };
    },
    'another local file': () => {
      own.mainFrame.url = 'file:///home/zebedee/Downloads/page.html';
      return { sender: own, senderFrame: own.mainFrame };
    },
    'a frame that has gone': () => ({ sender: own, senderFrame: null }),
  };

  for (const [who, event] of Object.entries(forbidden)) {
    it(`refuses ${who} with FORBIDDEN and never reaches the backend`, async () => {
      const result = (await call('members:delete', event(), { id: 1 })) as { ok: boolean; error?: { code: string } };
      expect(result.ok).toBe(false);
      expect(result.error?.code).toBe('FORBIDDEN');
      expect(backend.invokeUnknown).not.toHaveBeenCalled();
    });
  }

  it('refuses every call once our window has closed', async () => {
    const ipc2 = fakeIpcMain();
    registerIpc(ipc2 as unknown as IpcMain, backend as unknown as Backend, () => null, PAGE);
    const result = (await ipc2.handlers.get('office:status')!({ sender: own, senderFrame: own.mainFrame }, {})) as { error: { code: string } };
    expect(result.error.code).toBe('FORBIDDEN');
  });
});

describe('createMainWindow', () => {
  let contents: FakeWebContents;

  beforeEach(() => {
    vi.clearAllMocks();
    contents = fakeWebContents(PAGE);
    electron.state.contents = contents;
    createMainWindow({ preloadPath: '/opt/peer-office/out/preload/index.cjs', pageUrl: PAGE });
  });

  it('runs the page sandboxed, isolated, without Node and with web security', () => {
    const { webPreferences } = electron.state.windowOptions as { webPreferences: Record<string, unknown> };
    expect(webPreferences).toMatchObject({
      preload: '/opt/peer-office/out/preload/index.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false,
      webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
      nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, experimentalFeatures: false, navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('blocks navigation and redirects away from our page', () => {
    expect(contents.emit('will-navigate', 'https://evil.example.org/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-redirect', 'https://evil.example.org/')).toBe(true);
    expect(contents.emit('will-navigate', `${PAGE}#/members`)).toBe(false);
    expect(contents.emit('will-attach-webview')).toBe(true);
  });

  it('never opens a new window; opens only allow-listed https links in the browser', () => {
    expect(contents.openWindow('https://www.gov.uk/browse/employing-people')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.uk/browse/employing-people');
    for (const url of ['https://evil.example.org/', 'http://www.gov.uk/', 'https://www.gov.uk.evil.example.org/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('sends the CSP on every response and refuses every permission request', () => {
    const listener = electron.state.headersListener as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback.mock.calls[0]![0].responseHeaders).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    const decide = vi.fn();
    (electron.state.permissionHandler as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)(contents, 'media', decide);
    expect(decide).toHaveBeenCalledWith(false);
  });
});

describe('security rules', () => {
  it('allows scripts from our own files only, never eval or inline script', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('knows our own page on app://, at any route, and nothing else there', () => {
    const APP = 'app://peer-office/index.html';
    expect(isOwnPage(`${APP}#/members/12`, APP)).toBe(true);
    expect(isOwnPage('app://peer-office/assets/index.js', APP)).toBe(false);
    expect(isOwnPage('app://another-host/index.html', APP)).toBe(false);
    // app: and other non-web schemes have an opaque origin ("null"): never enough to call a page ours.
    expect(isOwnPage('evil://peer-office/index.html', APP)).toBe(false);
    expect(isOwnPage('evil://x/', 'evil2://y/')).toBe(false);
    expect(isOwnPage('file:///opt/peer-office/out/renderer/index.html', APP)).toBe(false);
    expect(isOwnPage('https://peer-office/index.html', APP)).toBe(false);
  });

  it('knows our own page in development too', () => {
    expect(isOwnPage('http://localhost:5173/#/members', 'http://localhost:5173/')).toBe(true);
    expect(isOwnPage('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isOwnPage('not a url', PAGE)).toBe(false);
  });

  it('keeps the allow-list to https on the named sites', () => {
    expect(isAllowedExternalLink('https://ico.org.uk/for-organisations/')).toBe(true);
    expect(isAllowedExternalLink('https://ico.org.uk.example.org/')).toBe(false);
    expect(isAllowedExternalLink('nonsense')).toBe(false);
  });
});

describe('menuTemplate', () => {
  const actions = { lock: vi.fn(), print: vi.fn(), openHelp: vi.fn(), about: vi.fn() };
  const menu = menuTemplate(actions);
  type Item = { label?: string; accelerator?: string; click?: () => void };

  it('has File, Edit, View and Help', () => {
    expect(menu.map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('locks with Ctrl+L (Cmd+L on a Mac)', () => {
    const lock = (menu[0]!.submenu as Item[]).find((i) => i.label === 'Lock')!;
    expect(lock.accelerator).toBe('CmdOrCtrl+L');
    lock.click!();
    expect(actions.lock).toHaveBeenCalledTimes(1);
  });

  it('prints with Ctrl+P', () => {
    const print = (menu[0]!.submenu as Item[]).find((i) => i.accelerator === 'CmdOrCtrl+P')!;
    print.click!();
    expect(actions.print).toHaveBeenCalledTimes(1);
  });
});

describe('the preload contract', () => {
  it('lists exactly the contract channels, once each', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
  });
});
