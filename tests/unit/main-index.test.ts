// The composition root (electron/main/index.ts) and the preload, under a mocked 'electron': one instance
// only, the sandbox on for every renderer, every channel wired, Ctrl+L locking and telling the page, and
// every lock closing the hidden print windows, whoever started it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contract/channels';
import { REMEMBER_CHANNELS } from '../../shared/contract/remember';
import type { Backend } from '../../electron/backend/backend';
import { fakeWebContents } from '../helpers/electron-fakes';
import { expectOk, MIGRATIONS_DIR, PASSPHRASE } from '../helpers/office';

const userData = mkdtempSync(join(tmpdir(), 'peer-office-main-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

const fake = vi.hoisted(() => ({
  singleInstance: true,
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as { options: { webPreferences: { preload: string } }; webContents: unknown; destroyed: boolean }[],
  menuTemplate: null as null | { label?: string; submenu?: { label?: string; click?: () => void }[] }[],
  exposed: new Map<string, unknown>(),
  ipcHandlers: new Map<string, unknown>(),
  // Filled in below, once the helpers are imported; the mock calls it only when a window is made.
  makeContents: (() => ({})) as () => unknown,
}));

const mocks = vi.hoisted(() => ({
  app: {} as Record<string, unknown>,
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
  powerEvents: new Map<string, () => void>(),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = fake.makeContents();
    options: unknown;
    destroyed = false;
    constructor(options: unknown) {
      this.options = options;
      fake.windows.push(this as never);
    }
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    isDestroyed = () => this.destroyed;
    destroy = vi.fn(() => {
      this.destroyed = true;
      (this.webContents as { fire(event: string): void }).fire('destroyed');
    });
    static fromWebContents = (contents: unknown) => fake.windows.find((w) => w.webContents === contents) ?? null;
  }
  return {
    app: mocks.app,
    protocol: mocks.protocol,
    ipcMain: {
      handle: (channel: string, fn: unknown) => void fake.ipcHandlers.set(channel, fn),
      on: (channel: string, fn: unknown) => void fake.ipcHandlers.set(channel, fn),
    },
    BrowserWindow,
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn((m: never) => void (fake.menuTemplate = m)) },
    dialog: { showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn() },
    session: { defaultSession: { webRequest: { onHeadersReceived: vi.fn() }, setPermissionRequestHandler: vi.fn() } },
    contextBridge: { exposeInMainWorld: vi.fn((name: string, api: unknown) => void fake.exposed.set(name, api)) },
    ipcRenderer: mocks.ipcRenderer,
    powerMonitor: { on: vi.fn((event: string, handler: () => void) => void mocks.powerEvents.set(event, handler)) },
    safeStorage: { isAsyncEncryptionAvailable: vi.fn(async () => false), getSelectedStorageBackend: vi.fn(() => 'unknown') },
  };
});
vi.mock('electron-log/main', () => ({ default: { info: vi.fn(), warn: vi.fn(), error: vi.fn() } }));
// Windows' own tools, for the network drive letters (drives.ts): each call waits until the test answers it.
const tools = vi.hoisted(() => ({ calls: [] as { file: string; answer: (out: string) => void }[] }));
vi.mock('node:child_process', () => ({
  execFile: (file: string, _args: string[], _options: unknown, done: (err: Error | null, out: string) => void) =>
    void tools.calls.push({ file, answer: (out) => done(null, out) }),
}));
vi.mock('../../electron/backend/backend', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/backend/backend')>();
  return { ...real, createBackend: vi.fn(real.createBackend) };
});
/** A window's contents, with the one-off listeners a print window waits on (ready, or closed). */
function contentsWithOnce() {
  const contents = fakeWebContents();
  const once = new Map<string, (() => void)[]>();
  return Object.assign(contents, {
    once: vi.fn((event: string, handler: () => void) => void once.set(event, [...(once.get(event) ?? []), handler])),
    fire(event: string) {
      const handlers = once.get(event) ?? [];
      once.delete(event);
      for (const handler of handlers) handler();
    },
  });
}
fake.makeContents = () => contentsWithOnce();

function resetApp() {
  fake.appEvents.clear();
  fake.ipcHandlers.clear();
  fake.windows.length = 0;
  fake.menuTemplate = null;
  mocks.protocol.registerSchemesAsPrivileged.mockClear();
  mocks.protocol.handle.mockClear();
  Object.assign(mocks.app, {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => fake.singleInstance),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    getPath: vi.fn(() => userData),
    getAppPath: vi.fn(() => fileURLToPath(new URL('../..', import.meta.url))),
    getVersion: vi.fn(() => '0.1.0'),
    whenReady: vi.fn(async () => undefined),
    on: vi.fn((event: string, handler: (...args: unknown[]) => void) => void fake.appEvents.set(event, handler)),
  });
}

describe('electron/main/index.ts', () => {
  beforeEach(() => {
    vi.resetModules();
    resetApp();
  });

  it('wires the app when it is the only copy running', async () => {
    fake.singleInstance = true;
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

    expect(mocks.app['enableSandbox']).toHaveBeenCalled();
    // Every contract channel, and the print and remember bridges' own (kept apart: main answers them itself).
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...CHANNELS, 'print:page', 'print:ready', ...Object.values(REMEMBER_CHANNELS)].sort());
    expect(fake.windows[0]!.options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);

    const lock = fake.menuTemplate![0]!.submenu!.find((i) => i.label === 'Lock')!;
    lock.click!();
    const contents = fake.windows[0]!.webContents as ReturnType<typeof fakeWebContents>;
    await vi.waitFor(() => expect(contents.send).toHaveBeenCalledWith('office:locked'));

    // Locking Windows, or the PC going to sleep, locks the office too.
    for (const event of ['lock-screen', 'suspend']) {
      contents.send.mockClear();
      mocks.powerEvents.get(event)!();
      await vi.waitFor(() => expect(contents.send).toHaveBeenCalledWith('office:locked'));
    }

    fake.appEvents.get('window-all-closed')!();
    expect(mocks.app['quit']).toHaveBeenCalled();
  });

  it('loads the page from app://, registering the scheme before the app is ready and serving only the built renderer', async () => {
    fake.singleInstance = true;
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

    expect(mocks.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    // Electron refuses a privileged scheme once ready: it must come before whenReady is even asked.
    const registered = mocks.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!;
    expect(registered).toBeLessThan((mocks.app['whenReady'] as ReturnType<typeof vi.fn>).mock.invocationCallOrder[0]!);
    const window = fake.windows[0] as unknown as { loadURL: ReturnType<typeof vi.fn> };
    expect(window.loadURL).toHaveBeenCalledWith('app://peer-office/index.html');

    const [scheme, handler] = mocks.protocol.handle.mock.calls[0] as [string, (r: { url: string; method: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    // Only files of the built renderer: a step outside it is "not found", whatever the build has made.
    expect((await handler({ url: 'app://peer-office/..%2f..%2fpackage.json', method: 'GET' })).status).toBe(404);
    expect((await handler({ url: 'app://peer-office/..%2fmain%2findex.ts', method: 'GET' })).status).toBe(404);
  });

  it('lets ELECTRON_RENDERER_URL choose the page in development only, never in the packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    try {
      fake.singleInstance = true;
      await import('../../electron/main/index');
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
      expect((fake.windows[0] as unknown as { loadURL: ReturnType<typeof vi.fn> }).loadURL).toHaveBeenCalledWith('http://localhost:5173/');

      vi.resetModules();
      resetApp();
      mocks.app['isPackaged'] = true;
      await import('../../electron/main/index');
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
      expect((fake.windows[0] as unknown as { loadURL: ReturnType<typeof vi.fn> }).loadURL).toHaveBeenCalledWith('app://peer-office/index.html');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('on Windows, tells the backups which drive letters are network drives, never waiting for Windows to start', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    vi.stubEnv('SystemRoot', 'C:\\WINDOWS');
    tools.calls.length = 0;
    try {
      await import('../../electron/main/index');
      // The window is made while Windows has not answered yet.
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
      expect(tools.calls.map((c) => c.file).sort()).toEqual(['C:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', 'C:\\WINDOWS\\System32\\net.exe']);
      const { createBackend } = await import('../../electron/backend/backend');
      const facts = vi.mocked(createBackend).mock.calls.at(-1)![1]!.storageFacts!;
      expect(facts()).toEqual({ networkDriveLetters: [] });
      for (const call of tools.calls) call.answer(call.file.endsWith('net.exe') ? 'OK           Z:        \\\\fileserver\\office     Microsoft Windows Network\r\n' : 'Y:\r\n');
      await vi.waitFor(() => expect(facts()).toEqual({ networkDriveLetters: ['Y', 'Z'] }));
    } finally {
      Object.defineProperty(process, 'platform', platform);
      vi.unstubAllEnvs();
    }
  });

  it('closes every print window on every lock: from the page, from the menu, from Windows, or one the backend makes itself', async () => {
    // A folder of its own, with a real office in it, so that the backend has something to lock.
    const dataDir = mkdtempSync(join(tmpdir(), 'peer-office-main-lock-'));
    try {
      mocks.app['getPath'] = vi.fn(() => dataDir);
      const backendModule = await import('../../electron/backend/backend');
      const realCreate = vi.mocked(backendModule.createBackend).getMockImplementation()!;
      // The built app finds its migrations beside main's code; here they are in the sources.
      vi.mocked(backendModule.createBackend).mockImplementationOnce((env, options) => realCreate({ ...env, migrationsDir: MIGRATIONS_DIR }, options));
      await import('../../electron/main/index');
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
      const backend = vi.mocked(backendModule.createBackend).mock.results.at(-1)!.value as Backend;
      expectOk(await backend.invoke('office:create', { officeName: 'Quaintance Peer Support', passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE }));

      const main = fake.windows[0]!.webContents as ReturnType<typeof fakeWebContents>;
      main.mainFrame.url = 'app://peer-office/index.html';
      const fromMain = { sender: main, senderFrame: main.mainFrame };
      const handler = (channel: string) => fake.ipcHandlers.get(channel) as (event: unknown, input?: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;
      /** Starts saving a page as a PDF; its hidden window is left waiting for the page to say it is ready. */
      const startPrinting = async () => {
        const before = fake.windows.length;
        const answer = handler('print:page')(fromMain, { path: '/print/support?year=2026', action: 'pdf', fileName: 'Support sessions 2026.pdf' });
        await vi.waitFor(() => expect(fake.windows).toHaveLength(before + 1));
        return { answer, window: fake.windows.at(-1)! };
      };
      const unlock = async () => expectOk(await backend.invoke('office:unlock', { passphrase: PASSPHRASE }));

      // The page's Lock button, or its idle auto-lock: office:lock from the renderer. The print window
      // closes at once, even while the backend's queue is busy (a backup, say) and the lock waits its turn.
      let releaseQueue: (() => void) | null = null;
      const busy = backend.recordPrinted({ path: '/print/support?year=2026', action: 'pdf', pages: 1 }, () => new Promise<void>((resolve) => (releaseQueue = resolve)));
      await vi.waitFor(() => expect(releaseQueue).not.toBeNull());
      let printing = await startPrinting();
      expect(printing.window.destroyed).toBe(false);
      const locking = handler('office:lock')(fromMain, {});
      expect(printing.window.destroyed).toBe(true);
      expect(await printing.answer).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      releaseQueue!();
      expectOk(await busy);
      expect((await locking).ok).toBe(true);
      expect(backend.session.state()).toBe('locked');

      // The menu's Lock (Ctrl+L), and Windows locking.
      for (const lock of [() => fake.menuTemplate![0]!.submenu!.find((i) => i.label === 'Lock')!.click!(), () => mocks.powerEvents.get('lock-screen')!()]) {
        await unlock();
        printing = await startPrinting();
        main.send.mockClear();
        lock();
        expect(printing.window.destroyed).toBe(true);
        await vi.waitFor(() => expect(main.send).toHaveBeenCalledWith('office:locked'));
      }

      // A lock that no handler of main's sees (leaving the demo, a restore, anything to come): the session says so.
      await unlock();
      printing = await startPrinting();
      expectOk(await backend.invoke('office:lock', {}));
      expect(printing.window.destroyed).toBe(true);
      expect(await printing.answer).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      backend.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('quits at once when another copy is already running', async () => {
    fake.singleInstance = false;
    await import('../../electron/main/index');
    expect(mocks.app['quit']).toHaveBeenCalled();
    expect(mocks.app['whenReady']).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});

describe('electron/preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    fake.exposed.clear();
    mocks.ipcRenderer.invoke.mockClear();
    await import('../../electron/preload/index');
  });

  type Api = {
    host: string;
    invoke(c: string, i: unknown): Promise<{ ok: boolean; error?: { code: string } }>;
    on(e: string, l: () => void): () => void;
    print: { page(r: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }>; ready(): void };
    remember: Record<'status' | 'unlockAndRemember' | 'unlockRemembered' | 'forget', (input?: unknown) => Promise<unknown>>;
  };
  const api = () => fake.exposed.get('peerOffice') as Api;

  it('exposes window.peerOffice, and never ipcRenderer itself', () => {
    expect([...fake.exposed.keys()]).toEqual(['peerOffice']);
    expect(Object.keys(api()).sort()).toEqual(['host', 'invoke', 'on', 'print', 'remember']);
    expect(Object.keys(api().print).sort()).toEqual(['page', 'ready']);
    expect(Object.keys(api().remember).sort()).toEqual(['forget', 'status', 'unlockAndRemember', 'unlockRemembered']);
    expect(api().host).toBe('electron');
  });

  it('forwards contract channels and refuses anything else without reaching the main process', async () => {
    await api().invoke('members:search', { query: 'quill' });
    expect(mocks.ipcRenderer.invoke).toHaveBeenCalledWith('members:search', { query: 'quill' });
    const refused = await api().invoke('shell:openExternal', 'https://evil.example.org/');
    expect(refused.error?.code).toBe('FORBIDDEN');
    expect(mocks.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
  });

  it('sends only proper print requests, with just their three fields, and says when a page is ready', async () => {
    const refused = await api().print.page({ path: '/members/12', action: 'pdf', fileName: 'x.pdf' });
    expect(refused.error).toEqual({ code: 'VALIDATION', message: 'Only Peer Office print pages can be printed.' });
    expect((await api().print.page({ path: '/print/support?year=2026', action: 'pdf', fileName: '/etc/passwd.pdf' })).ok).toBe(false);
    expect(mocks.ipcRenderer.invoke).not.toHaveBeenCalled();
    await api().print.page({ path: '/print/support?year=2026', action: 'print', fileName: 'Support sessions 2026.pdf', extra: 'dropped' });
    expect(mocks.ipcRenderer.invoke).toHaveBeenCalledWith('print:page', { path: '/print/support?year=2026', action: 'print', fileName: 'Support sessions 2026.pdf' });
    api().print.ready();
    expect(mocks.ipcRenderer.send).toHaveBeenCalledWith('print:ready');
  });

  it('sends only a passphrase string to keep on this Windows account', async () => {
    await api().remember.unlockAndRemember({ passphrase: 'kettle orchard lantern', extra: 'dropped' });
    expect(mocks.ipcRenderer.invoke).toHaveBeenLastCalledWith('remember:unlockAndRemember', '');
    await api().remember.unlockAndRemember('kettle orchard lantern');
    expect(mocks.ipcRenderer.invoke).toHaveBeenLastCalledWith('remember:unlockAndRemember', 'kettle orchard lantern');
    await api().remember.unlockRemembered('ignored');
    expect(mocks.ipcRenderer.invoke).toHaveBeenLastCalledWith('remember:unlockRemembered');
  });

  it('listens only to the contract events, and can stop listening', () => {
    const listener = vi.fn();
    const off = api().on('office:locked', listener);
    const registered = mocks.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, () => void];
    expect(registered[0]).toBe('office:locked');
    off();
    expect(mocks.ipcRenderer.removeListener).toHaveBeenCalledWith('office:locked', registered[1]);
    api().on('anything:else', listener);
    expect(mocks.ipcRenderer.on).toHaveBeenCalledTimes(1);
  });
});
