// electron/main/print.ts under a mocked 'electron': only the main window may ask; the hidden window gets
// the main window's strict settings and locks; nothing prints before the page says it is ready; a page
// that never gets ready fails clearly after 30 seconds; the window always closes. Its page may read, never
// write (ipc.ts). A saved PDF and a page sent to the printer go in the audit log, and a lock stops both.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMain, WebContents } from 'electron';
import type { Backend } from '../../electron/backend/backend';
import type { PrintedPage } from '../../electron/backend/audit/printed';
import { pendingFilePath } from '../../electron/backend/audit/pending';
import { expectOk, PASSPHRASE, useOffices } from '../helpers/office';
import { AppFailure, fail, ok, type Result } from '../../shared/contract/result';

const PAGE = 'file:///opt/peer-office/out/renderer/index.html';
const documents = mkdtempSync(join(tmpdir(), 'peer-office-print-'));
afterAll(() => rmSync(documents, { recursive: true, force: true }));

const electron = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => void;
  function contents(url: string) {
    const handlers = new Map<string, Handler[]>();
    const add = (event: string, handler: Handler) => void handlers.set(event, [...(handlers.get(event) ?? []), handler]);
    return {
      mainFrame: { url },
      handlers,
      on: (event: string, handler: Handler) => add(event, handler),
      once: (event: string, handler: Handler) => add(event, handler),
      setWindowOpenHandler: () => undefined,
      printToPDF: async (_options: unknown) => new Uint8Array([37, 80, 68, 70]),
      print: (_options: unknown, callback: (success: boolean, reason: string) => void) => callback(true, ''),
      /** Fires an event the way Electron would; returns whether a handler cancelled it. */
      emit(event: string, ...args: unknown[]): boolean {
        let prevented = false;
        for (const handler of handlers.get(event) ?? []) handler({ preventDefault: () => (prevented = true) }, ...args);
        return prevented;
      },
    };
  }
  const state = {
    windows: [] as FakeWindow[],
    /** What the page in a new print window does once loaded: by default, say it is ready. */
    onLoad: null as null | ((win: FakeWindow, url: string) => void),
    contents,
  };
  class FakeWindow {
    webContents: ReturnType<typeof contents>;
    destroyed = false;
    loadedUrl = '';
    constructor(readonly options: { show?: boolean; webPreferences: Record<string, unknown> }) {
      this.webContents = contents(PAGE_URL);
      state.windows.push(this);
    }
    loadURL = vi.fn(async (url: string) => {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      state.onLoad?.(this, url);
    });
    isDestroyed = () => this.destroyed;
    destroy = vi.fn(() => {
      this.destroyed = true;
      this.webContents.emit('destroyed');
    });
    static fromWebContents = (wc: unknown) => state.windows.find((w) => w.webContents === wc) ?? null;
  }
  const PAGE_URL = 'file:///opt/peer-office/out/renderer/index.html';
  return {
    state,
    BrowserWindow: FakeWindow,
    dialog: { showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePath: '' as string | undefined })) },
    shell: { openExternal: vi.fn() },
  };
});
type FakeWindow = InstanceType<typeof electron.BrowserWindow>;
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, dialog: electron.dialog, shell: electron.shell }));

const { closingPrintWindowsOnLock, registerPrint, PRINT_READY_TIMEOUT_MS } = await import('../../electron/main/print');
const { registerIpc } = await import('../../electron/main/ipc');

function fakeIpc() {
  const handlers = new Map<string, (event: unknown, input?: unknown) => unknown>();
  return {
    handlers,
    handle: (channel: string, fn: (event: unknown, input?: unknown) => unknown) => void handlers.set(channel, fn),
    on: (channel: string, fn: (event: unknown) => void) => void handlers.set(channel, fn),
  };
}

type Answer = { ok: boolean; value?: { savedTo: string | null }; error?: { code: string; message: string } };

/** Stands in for the backend's recordPrinted: writes the file as it would, and notes what it was told. */
function fakeRecorder() {
  const pages: PrintedPage[] = [];
  const record = vi.fn(async (page: PrintedPage, write?: () => Promise<void>): Promise<Result<null>> => {
    try {
      await write?.();
    } catch (err) {
      if (err instanceof AppFailure) return fail(err.code, err.message);
      throw err;
    }
    pages.push(page);
    return ok(null);
  });
  return { pages, record };
}

describe('printing through a hidden window', () => {
  let ipc: ReturnType<typeof fakeIpc>;
  let main: { webContents: ReturnType<typeof electron.state.contents> };
  let printer: ReturnType<typeof registerPrint>;
  let recorder: ReturnType<typeof fakeRecorder>;
  const logError = vi.fn();
  const fromMain = () => ({ sender: main.webContents, senderFrame: main.webContents.mainFrame });
  const request = (input: unknown, event: unknown = fromMain()) => ipc.handlers.get('print:page')!(event, input) as Promise<Answer>;
  const ready = (wc: { mainFrame: unknown }, frame: unknown = wc.mainFrame) => ipc.handlers.get('print:ready')!({ sender: wc, senderFrame: frame });
  const pdf = { path: '/print/probation/12', action: 'pdf', fileName: 'Probation schedule, Cordelia Dunstable.pdf' };

  beforeEach(() => {
    vi.clearAllMocks();
    electron.state.windows.length = 0;
    electron.state.onLoad = (win) => setTimeout(() => ready(win.webContents), 5);
    ipc = fakeIpc();
    main = { webContents: electron.state.contents(`${PAGE}#/preview/probation/12`) };
    recorder = fakeRecorder();
    printer = registerPrint(ipc as unknown as IpcMain, {
      preloadPath: '/opt/peer-office/out/preload/index.cjs', pageUrl: PAGE, documentsDir: documents, logError,
      mainWindow: () => main as unknown as BrowserWindow, record: recorder.record,
    });
  });
  afterEach(() => vi.useRealTimers());

  it('saves a PDF: a hidden, strictly locked window loads the print page, and prints only once it is ready', async () => {
    const savedTo = join(documents, 'schedule.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: savedTo });
    let readyYet = false;
    electron.state.onLoad = (win) => setTimeout(() => {
      expect(printer.windows.has(win.webContents as unknown as WebContents)).toBe(true);
      readyYet = true;
      ready(win.webContents);
    }, 5);
    const printToPDF = vi.fn(async () => {
      expect(readyYet).toBe(true);
      return new Uint8Array([37, 80, 68, 70]);
    });
    electron.state.onLoad = ((onLoad) => (win: FakeWindow, url: string) => {
      win.webContents.printToPDF = printToPDF;
      onLoad!(win, url);
    })(electron.state.onLoad);

    expect(await request(pdf)).toEqual({ ok: true, value: { savedTo } });

    const [win] = electron.state.windows;
    expect(win!.options.show).toBe(false);
    expect(win!.options.webPreferences).toMatchObject({
      preload: '/opt/peer-office/out/preload/index.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false,
      webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
    expect(win!.loadedUrl).toBe(`${PAGE}#/print/probation/12`);
    expect(win!.webContents.emit('will-navigate', 'https://evil.example.org/')).toBe(true);
    expect(win!.webContents.emit('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toBe(main);
    expect(options).toMatchObject({ defaultPath: join(documents, pdf.fileName), filters: [{ name: 'PDF documents', extensions: ['pdf'] }] });
    expect(readFileSync(savedTo).toString('latin1')).toBe('%PDF');
    // Four bytes are no real PDF: its pages are not known, so none are claimed.
    expect(recorder.pages).toEqual([{ path: '/print/probation/12', action: 'pdf', pages: null }]);
    expect(win!.destroyed).toBe(true);
    expect(printer.windows.size).toBe(0);
  });

  it('writes nothing when the Save dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    expect(await request(pdf)).toEqual({ ok: true, value: { savedTo: null } });
    expect(electron.state.windows[0]!.destroyed).toBe(true);
    expect(recorder.record).not.toHaveBeenCalled();
  });

  it('says plainly when the PDF cannot be written there', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(documents, 'no-such-folder', 'x.pdf') });
    const answer = await request(pdf);
    expect(answer.ok).toBe(false);
    expect(answer.error!.message).toBe('The PDF could not be saved there. Choose another folder, or close the file if it is open, and try again.');
    expect(electron.state.windows[0]!.destroyed).toBe(true);
    expect(recorder.pages).toEqual([]);
  });

  it('prints through the system dialog; a cancelled dialog is not an error, a failed print is', async () => {
    const print = vi.fn((_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(true, ''));
    const withPrint = (fn: typeof print) => (electron.state.onLoad = (win) => {
      win.webContents.print = fn;
      setTimeout(() => ready(win.webContents), 5);
    });
    withPrint(print);
    expect(await request({ ...pdf, action: 'print' })).toEqual({ ok: true, value: { savedTo: null } });
    expect(print.mock.calls[0]![0]).toEqual({ printBackground: true });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();

    withPrint(vi.fn((_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(false, 'Print job canceled')));
    expect(await request({ ...pdf, action: 'print' })).toEqual({ ok: true, value: { savedTo: null } });

    withPrint(vi.fn((_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(false, 'Print job failed')));
    const failed = await request({ ...pdf, action: 'print' });
    expect(failed.error!.message).toBe('The page was not printed (Print job failed). Check the printer, then try again.');
    expect(electron.state.windows.every((w) => w.destroyed)).toBe(true);
    // Only the page that reached the printer is an export.
    expect(recorder.pages).toEqual([{ path: '/print/probation/12', action: 'print', pages: null }]);
  });

  it('gives up after 30 seconds when the page never says it is ready (a locked office, say), and closes the window', async () => {
    vi.useFakeTimers();
    electron.state.onLoad = null;
    const answer = request(pdf);
    await vi.advanceTimersByTimeAsync(PRINT_READY_TIMEOUT_MS - 1);
    expect(electron.state.windows[0]!.destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await answer;
    expect(result.error!.message).toMatch(/^The page to print did not finish loading within 30 seconds\./);
    expect(electron.state.windows[0]!.destroyed).toBe(true);
    expect(printer.windows.size).toBe(0);
  });

  it('says plainly when the print page cannot be opened, closes the window, and leaves no rejection unhandled', async () => {
    // Closing the window rejects the wait for "ready", which nobody awaits once loading has failed:
    // unhandled, that rejection would reach the main process's unhandledRejection.
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      electron.state.onLoad = () => {
        throw new Error('ERR_FILE_NOT_FOUND (-6) loading the print page');
      };
      const answer = await request(pdf);
      expect(answer.error).toEqual({
        code: 'INTERNAL', message: 'The page to print could not be opened. Try again; if it keeps happening, restart Peer Office.',
      });
      expect(electron.state.windows[0]!.destroyed).toBe(true);
      expect(printer.windows.size).toBe(0);
      // Node reports an unhandled rejection once the microtasks have run; a few turns of the event loop is plenty.
      for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });

  it('hears "ready" only from the top frame of that print window, on our page', async () => {
    vi.useFakeTimers();
    electron.state.onLoad = (win) => {
      ready(main.webContents); // the main window
      ready(win.webContents, { url: PAGE }); // a sub-frame
      win.webContents.mainFrame.url = 'https://evil.example.org/';
      ready(win.webContents); // navigated away
    };
    const answer = request(pdf);
    await vi.advanceTimersByTimeAsync(PRINT_READY_TIMEOUT_MS);
    expect((await answer).ok).toBe(false);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('takes requests from the main window only, and only proper ones', async () => {
    const other = electron.state.contents(PAGE);
    for (const event of [{ sender: other, senderFrame: other.mainFrame }, { sender: main.webContents, senderFrame: { url: PAGE } }, { sender: main.webContents, senderFrame: null }]) {
      expect((await request(pdf, event)).error!.code).toBe('FORBIDDEN');
    }
    expect((await request({ ...pdf, path: '/members/12' })).error).toEqual({ code: 'VALIDATION', message: 'Only Peer Office print pages can be printed.' });
    expect((await request({ ...pdf, fileName: '../../evil.pdf' })).error!.code).toBe('VALIDATION');
    expect(electron.state.windows).toHaveLength(0);
  });

  it('refuses a print window asking to print, and a second print while one is under way', async () => {
    vi.useFakeTimers();
    electron.state.onLoad = null;
    const first = request(pdf);
    await vi.advanceTimersByTimeAsync(1);
    const hidden = electron.state.windows[0]!.webContents;
    expect((await request(pdf, { sender: hidden, senderFrame: hidden.mainFrame })).error!.code).toBe('FORBIDDEN');
    expect((await request(pdf)).error).toEqual({ code: 'CONFLICT', message: 'Another page is being printed. Wait for it to finish, then try again.' });
    ready(hidden);
    await vi.advanceTimersByTimeAsync(1);
    expect((await first).ok).toBe(true);
  });

  it("lets the print window's page read what it prints, and nothing else", async () => {
    vi.useFakeTimers();
    electron.state.onLoad = null;
    const backend = { invokeUnknown: vi.fn(async () => ({ ok: true, value: 'read' })) };
    const ipcBackend = fakeIpc();
    registerIpc(ipcBackend as unknown as IpcMain, backend as unknown as Backend, () => main.webContents as unknown as WebContents, PAGE, printer.windows);
    const answer = request(pdf);
    await vi.advanceTimersByTimeAsync(1);
    const hidden = electron.state.windows[0]!.webContents;
    const from = { sender: hidden, senderFrame: hidden.mainFrame };
    expect(await ipcBackend.handlers.get('supervision:person')!(from, { staffId: 12 })).toEqual({ ok: true, value: 'read' });
    expect(await ipcBackend.handlers.get('office:status')!(from, {})).toEqual({ ok: true, value: 'read' });
    for (const write of ['supervision:hold', 'members:delete', 'office:unlock', 'office:lock', 'members:export']) {
      expect(((await ipcBackend.handlers.get(write)!(from, {})) as Answer).error!.code).toBe('FORBIDDEN');
    }
    // A sub-frame of the print window is no more trusted than one of the main window.
    expect(((await ipcBackend.handlers.get('office:status')!({ sender: hidden, senderFrame: { url: PAGE } }, {})) as Answer).error!.code).toBe('FORBIDDEN');
    expect(backend.invokeUnknown).toHaveBeenCalledTimes(2);

    printer.closeAll();
    expect((await answer).ok).toBe(false);
    // Once closed it is forgotten: its calls are refused like any stranger's.
    expect(((await ipcBackend.handlers.get('office:status')!(from, {})) as Answer).error!.code).toBe('FORBIDDEN');
  });
});

describe('printing from the packaged app, whose page is app://peer-office/index.html', () => {
  const APP = 'app://peer-office/index.html';

  it('loads the print page the same way, on app://, and hears "ready" from it only', async () => {
    vi.clearAllMocks();
    electron.state.windows.length = 0;
    const ipc = fakeIpc();
    const main = { webContents: electron.state.contents(`${APP}#/preview/probation/12`) };
    registerPrint(ipc as unknown as IpcMain, {
      preloadPath: '/opt/peer-office/out/preload/index.cjs', pageUrl: APP, documentsDir: documents, logError: vi.fn(),
      mainWindow: () => main as unknown as BrowserWindow, record: fakeRecorder().record,
    });
    const ready = (wc: { mainFrame: unknown }) => ipc.handlers.get('print:ready')!({ sender: wc, senderFrame: wc.mainFrame });
    electron.state.onLoad = (win) => setTimeout(() => ready(win.webContents), 5);
    const print = vi.fn((_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(true, ''));
    electron.state.onLoad = ((onLoad) => (win: FakeWindow, url: string) => {
      win.webContents.print = print;
      onLoad!(win, url);
    })(electron.state.onLoad);

    const answer = (await ipc.handlers.get('print:page')!(
      { sender: main.webContents, senderFrame: main.webContents.mainFrame },
      { path: '/print/support?year=2026', action: 'print', fileName: 'Support sessions 2026.pdf' },
    )) as Answer;
    expect(answer).toEqual({ ok: true, value: { savedTo: null } });
    const [win] = electron.state.windows;
    expect(win!.loadedUrl).toBe(`${APP}#/print/support?year=2026`);
    expect(print).toHaveBeenCalledTimes(1);
    // The hidden window keeps to our page on app:// too.
    expect(win!.webContents.emit('will-navigate', 'app://peer-office/assets/index.js')).toBe(true);
    expect(win!.webContents.emit('will-navigate', 'file:///opt/peer-office/out/renderer/index.html')).toBe(true);
    expect(win!.webContents.emit('will-navigate', `${APP}#/print/probation/12`)).toBe(false);
  });
});

describe('a saved PDF whose audit entry could not be written', () => {
  it('is removed again, and the person told it was not saved', async () => {
    vi.clearAllMocks();
    electron.state.windows.length = 0;
    const ipc = fakeIpc();
    const main = { webContents: electron.state.contents(`${PAGE}#/preview/support`) };
    const record = vi.fn(async (_page: PrintedPage, write?: () => Promise<void>): Promise<Result<null>> => {
      await write!(); // the file is written, then the entry fails (a full disk, say)
      return fail('INTERNAL', 'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Peer Office.');
    });
    registerPrint(ipc as unknown as IpcMain, {
      preloadPath: '/opt/peer-office/out/preload/index.cjs', pageUrl: PAGE, documentsDir: documents, logError: vi.fn(),
      mainWindow: () => main as unknown as BrowserWindow, record,
    });
    electron.state.onLoad = (win) => setTimeout(() => ipc.handlers.get('print:ready')!({ sender: win.webContents, senderFrame: win.webContents.mainFrame }), 5);
    const savedTo = join(documents, 'unrecorded.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: savedTo });
    const answer = (await ipc.handlers.get('print:page')!(
      { sender: main.webContents, senderFrame: main.webContents.mainFrame },
      { path: '/print/support?year=2026', action: 'pdf', fileName: 'Support sessions 2026.pdf' },
    )) as Answer;
    expect(answer.error).toEqual({ code: 'INTERNAL', message: 'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Peer Office.' });
    expect(record).toHaveBeenCalledTimes(1);
    expect(existsSync(savedTo)).toBe(false);
  });
});

describe('printed pages in the audit log of a real office', () => {
  const { newOffice } = useOffices();
  // Made by Chromium's own printToPDF (Playwright's page.pdf on /usr/bin/chromium), pages saying only "Page 1"...
  const THREE_PAGES = new Uint8Array(readFileSync(new URL('../fixtures/print/chromium-3-pages.pdf', import.meta.url)));
  const FORTY_PAGES = new Uint8Array(readFileSync(new URL('../fixtures/print/chromium-40-pages.pdf', import.meta.url)));
  const PROBATION = { path: '/print/probation/12', action: 'pdf', fileName: 'Probation schedule, Cordelia Dunstable.pdf' };

  type Options = { closeOnLock?: boolean; print?: (o: unknown, cb: (ok: boolean, reason: string) => void) => void };
  /** The print bridge wired to a real backend as index.ts wires it: every lock closes the print windows. */
  function printingFor(backend: Backend, { closeOnLock = true, print }: Options = {}) {
    vi.clearAllMocks();
    electron.state.windows.length = 0;
    const ipc = fakeIpc();
    const main = { webContents: electron.state.contents(`${PAGE}#/preview/probation/12`) };
    const logError = vi.fn();
    const printer = registerPrint(ipc as unknown as IpcMain, {
      preloadPath: '/opt/peer-office/out/preload/index.cjs', pageUrl: PAGE, documentsDir: documents, logError,
      mainWindow: () => main as unknown as BrowserWindow, record: (page, write) => backend.recordPrinted(page, write),
    });
    if (closeOnLock) closingPrintWindowsOnLock(backend, printer);
    electron.state.onLoad = (win) => {
      win.webContents.printToPDF = async () => THREE_PAGES;
      if (print) win.webContents.print = print;
      setTimeout(() => ipc.handlers.get('print:ready')!({ sender: win.webContents, senderFrame: win.webContents.mainFrame }), 5);
    };
    const request = (input: unknown) => ipc.handlers.get('print:page')!({ sender: main.webContents, senderFrame: main.webContents.mainFrame }, input) as Promise<Answer>;
    return { request, logError };
  }
  const printedEntries = (backend: Backend) => backend.session.context().sqlite
    .prepare("SELECT at, action, area, channel, record_type AS recordType, record_id AS recordId, summary, by FROM audit_log WHERE channel = 'print:page' ORDER BY id")
    .all();

  it('counts the pages of a PDF Chromium made, and claims nothing for anything else', async () => {
    const { pdfPageCount } = await import('../../electron/main/pdf-pages');
    expect(pdfPageCount(THREE_PAGES)).toBe(3);
    expect(pdfPageCount(FORTY_PAGES)).toBe(40); // a page tree with several /Pages nodes: only pages count
    expect(pdfPageCount(new Uint8Array([37, 80, 68, 70]))).toBeNull();
    expect(pdfPageCount(new TextEncoder().encode('not a PDF /Type /Page'))).toBeNull();
  });

  it('records a saved PDF: which page, its record number and its pages, never the file name, the folder or anything on the page', async () => {
    const office = await newOffice();
    const { request } = printingFor(office.backend);
    const savedTo = join(documents, 'Probation schedule, Cordelia Dunstable.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: savedTo });
    office.clock.advance(5 * 60_000);
    expect(await request(PROBATION)).toEqual({ ok: true, value: { savedTo } });
    expect(readFileSync(savedTo).equals(THREE_PAGES)).toBe(true);
    const entries = printedEntries(office.backend);
    expect(entries).toEqual([{
      at: '2026-11-27T10:05:00.000Z', action: 'export', area: 'supervision', channel: 'print:page', recordType: 'probation', recordId: '12',
      summary: 'printed page saved as PDF: probation and supervision schedule, 3 pages', by: 'the office',
    }]);
    expect(JSON.stringify(entries)).not.toMatch(/Cordelia|Dunstable|\.pdf|peer-office-print-/);

    // Cancelled: nothing saved, nothing recorded.
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    expect(await request(PROBATION)).toEqual({ ok: true, value: { savedTo: null } });
    expect(printedEntries(office.backend)).toHaveLength(1);
  });

  it('records a page sent to the printer with the month or year it covers, and nothing for a cancelled print dialog', async () => {
    const office = await newOffice();
    let outcome: [boolean, string] = [true, ''];
    const { request } = printingFor(office.backend, { print: (_o, cb) => cb(...outcome) });
    expect((await request({ path: '/print/supervisions?month=2026-11', action: 'print', fileName: 'Supervisions, November 2026.pdf' })).ok).toBe(true);
    expect((await request({ path: '/print/support?year=2026', action: 'print', fileName: 'Support sessions 2026.pdf' })).ok).toBe(true);
    expect((await request({ path: '/print/supervisor/7?month=2026-12', action: 'print', fileName: 'Supervisions, Ada Quill, December 2026.pdf' })).ok).toBe(true);
    outcome = [false, 'Print job canceled'];
    expect((await request({ path: '/print/support?year=2027', action: 'print', fileName: 'Support sessions 2027.pdf' })).ok).toBe(true);
    expect(printedEntries(office.backend).map((e) => (({ area, recordType, recordId, summary }) => [area, recordType, recordId, summary])(e as Record<string, string>))).toEqual([
      ['supervision', 'supervision', '', 'printed page sent to the printer: the office’s supervisions, November 2026'],
      ['support', 'support session', '', 'printed page sent to the printer: support sessions, 2026'],
      ['supervision', 'staff record', '7', 'printed page sent to the printer: one supervisor’s supervisions, December 2026'],
    ]);
  });

  it('saves no PDF once the office has been locked with the Save dialog open, and says why', async () => {
    const office = await newOffice();
    const { request } = printingFor(office.backend);
    const savedTo = join(documents, 'after-lock.pdf');
    electron.dialog.showSaveDialog.mockImplementationOnce(async () => {
      // The idle auto-lock fires while the dialog waits for someone to choose a folder.
      expect((await office.backend.invoke('office:lock', {})).ok).toBe(true);
      return { canceled: false, filePath: savedTo };
    });
    expect(await request(PROBATION)).toEqual({
      ok: false, error: { code: 'LOCKED', message: 'Peer Office was locked before the PDF was saved, so nothing was saved. Unlock it and save the page again.' },
    });
    expect(existsSync(savedTo)).toBe(false);
    expect(electron.state.windows[0]!.destroyed).toBe(true);
  });

  it('saves no PDF when the backend finds the office locked, even with the print window still open', async () => {
    const office = await newOffice();
    const { request } = printingFor(office.backend, { closeOnLock: false });
    const savedTo = join(documents, 'locked-backend.pdf');
    electron.dialog.showSaveDialog.mockImplementationOnce(async () => {
      office.backend.session.lock();
      return { canceled: false, filePath: savedTo };
    });
    expect((await request(PROBATION)).error!.code).toBe('LOCKED');
    expect(existsSync(savedTo)).toBe(false);
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(printedEntries(office.backend)).toEqual([]);
  });

  it('writes a page that reached the printer after the office was locked at the next unlock, without its record number', async () => {
    const office = await newOffice();
    const { request } = printingFor(office.backend, {
      closeOnLock: false,
      print: (_o, cb) => void office.backend.invoke('office:lock', {}).then(() => cb(true, '')),
    });
    expect(await request({ path: '/print/probation/12', action: 'print', fileName: 'Probation schedule, Cordelia Dunstable.pdf' })).toEqual({ ok: true, value: { savedTo: null } });
    // Beside the locked database, unencrypted: the kind of page only, not its record number.
    expect(JSON.parse(readFileSync(pendingFilePath(office.dbPath), 'utf8')).events).toEqual([
      { kind: 'printed', at: '2026-11-27T10:00:00.000Z', page: 'probation', action: 'print' },
    ]);
    office.clock.advance(60_000);
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(printedEntries(office.backend)).toEqual([{
      at: '2026-11-27T10:00:00.000Z', action: 'export', area: 'supervision', channel: 'print:page', recordType: 'probation', recordId: '',
      summary: 'printed page sent to the printer: probation and supervision schedule (finished after Peer Office was locked, so its record number was not kept)',
      by: 'the office',
    }]);
  });

  it('stops a page waiting at the print dialog when the office locks, rather than leaving the printer busy for ever', async () => {
    const office = await newOffice();
    const print = vi.fn(); // the system dialog is open; Electron never calls back
    const { request } = printingFor(office.backend, { print });
    const answer = request({ path: '/print/support?year=2026', action: 'print', fileName: 'Support sessions 2026.pdf' });
    // Locked only once the page is at the dialog: a lock before the page is ready would be another case.
    await vi.waitFor(() => expect(print).toHaveBeenCalled(), { timeout: 10_000 });
    expectOk(await office.backend.invoke('office:lock', {}));
    expect(await answer).toEqual({
      ok: false, error: { code: 'LOCKED', message: 'Peer Office was locked before the page had printed. Unlock it and, if nothing came out of the printer, print the page again.' },
    });
    expectOk(await office.backend.invoke('office:unlock', { passphrase: PASSPHRASE }));
    expect(printedEntries(office.backend)).toEqual([]);
  });

  it('takes only print pages, a known action and a sensible page count, recording nothing otherwise', async () => {
    const office = await newOffice();
    const bad: PrintedPage[] = [
      { path: '/members/12', action: 'pdf', pages: 1 },
      { path: '/print/probation/12/../../members', action: 'pdf', pages: 1 },
      { path: '/print/probation/12', action: 'fax' as never, pages: 1 },
      { path: '/print/probation/12', action: 'pdf', pages: 0 },
      { path: '/print/probation/12', action: 'pdf', pages: 2.5 },
      { path: '/print/probation/12', action: 'pdf', pages: Number.NaN },
    ];
    for (const page of bad) {
      const write = vi.fn(async () => undefined);
      expect(await office.backend.recordPrinted(page, write)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(write).not.toHaveBeenCalled();
    }
    // An unknown kind of print page is still an export: recorded in general words.
    expectOk(await office.backend.recordPrinted({ path: '/print/constructor/3', action: 'print', pages: null }));
    expect(printedEntries(office.backend).map((e) => (({ recordId, summary }) => [recordId, summary])(e as Record<string, string>))).toEqual([
      ['', 'printed page sent to the printer: a print page'],
    ]);
  });

  it("records the menu's Print of a screen once it has gone to the printer, naming only the app's area", async () => {
    const office = await newOffice();
    const { printScreenFromMenu, screenArea } = await import('../../electron/main/print');
    expect([screenArea(`${PAGE}#/members/12`), screenArea(`${PAGE}#/settings/audit-log`), screenArea(`${PAGE}#/`), screenArea(PAGE)]).toEqual(['members', 'settings', 'app', 'app']);
    let finish: (success: boolean) => void = () => {};
    const contents = { getURL: () => `${PAGE}#/members/12`, print: (_o: unknown, cb: (success: boolean) => void) => { finish = cb; } };
    const logError = vi.fn();
    const record = (page: PrintedPage) => office.backend.recordPrinted(page);
    printScreenFromMenu(contents as unknown as WebContents, record, logError);
    finish(false); // cancelled in the print dialog: nothing recorded
    printScreenFromMenu(contents as unknown as WebContents, record, logError);
    finish(true);
    await vi.waitFor(() => expect(printedEntries(office.backend)).toHaveLength(1));
    expect(printedEntries(office.backend)[0]).toMatchObject({ recordId: '', summary: 'printed page sent to the printer: the members screen, from the menu' });
    expect(logError).not.toHaveBeenCalled();
  });

  it("refuses a printed screen named by anything but a lower-case area word, so no name reaches the log or the note beside it", async () => {
    const office = await newOffice();
    // All of these are print paths (a query may hold capitals and digits): only the area check stops them.
    const named = ['/print/screen?of=Ysolde-Pettifork', '/print/screen?of=members2', `/print/screen?of=${'a'.repeat(41)}`];
    for (const path of named) {
      const write = vi.fn(async () => undefined);
      expect(await office.backend.recordPrinted({ path, action: 'pdf', pages: 1 }, write)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(write).not.toHaveBeenCalled();
      expect(await office.backend.recordPrinted({ path, action: 'print', pages: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expectOk(await office.backend.recordPrinted({ path: '/print/screen?of=pay-periods', action: 'print', pages: null }));
    expect(printedEntries(office.backend).map((e) => (e as Record<string, string>)['summary'])).toEqual(['printed page sent to the printer: the pay periods screen, from the menu']);

    // Locked: refused as well, rather than noted beside the database for the next unlock.
    expectOk(await office.backend.invoke('office:lock', {}));
    expect(await office.backend.recordPrinted({ path: named[0]!, action: 'print', pages: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(existsSync(pendingFilePath(office.dbPath))).toBe(false);
  });

  it('has its own words for every print page the app has', async () => {
    const { printedEntry } = await import('../../electron/backend/audit/printed');
    const routes = readFileSync(new URL('../../renderer/src/features/print/PrintRoutes.tsx', import.meta.url), 'utf8');
    const kinds = [...routes.matchAll(/<Route path="([a-z-]+)[/"]/g)].map((m) => m[1]!);
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    for (const kind of kinds) {
      expect(printedEntry({ path: `/print/${kind}/1`, action: 'pdf', pages: 2 }, new Date()).summary, kind).not.toContain('a print page');
    }
  });
});
