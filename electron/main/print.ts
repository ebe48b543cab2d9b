// Printing and Save as PDF through a hidden window: the print page loads there on its own (no app frame),
// says when its data and fonts are in, and only then goes to the printer or to printToPDF. The window has
// the main window's settings and locks, and its page may only read (ipc.ts). A PDF saved and a page sent
// to the printer are exports of personal data: each goes in the audit log (backend/audit/printed.ts).
// Locking the office closes every print window (closingPrintWindowsOnLock), and a PDF is not saved once it has.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, dialog, type IpcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { PRINT_PAGE_CHANNEL, PRINT_READY_CHANNEL, printRequestProblem, type PrintRequest } from '../../shared/contract/print';
import { AppFailure, fail, ok, type Result } from '../../shared/contract/result';
import type { Backend } from '../backend/backend';
import { isTrustedSender } from './ipc';
import { pdfPageCount } from './pdf-pages';
import { isOwnPage } from './security';
import { keepOnOwnPage, strictWindow } from './window';

/** How long a print page may take to show its data before we give up and say so. */
export const PRINT_READY_TIMEOUT_MS = 30_000;

export interface PrinterOptions {
  preloadPath: string;
  pageUrl: string;
  mainWindow: () => BrowserWindow | null;
  /** Where the Save dialog starts. */
  documentsDir: string;
  logError(message: string, error?: unknown): void;
  /** Writes the audit entry for a printed page: the backend's recordPrinted. */
  record: Backend['recordPrinted'];
}

export interface Printer {
  /** The hidden print windows open now: their pages' reads are accepted (ipc.ts). */
  readonly windows: ReadonlySet<WebContents>;
  /** Closes any print window still open (the office was locked, or the main window has gone): nothing more is printed or saved from it. */
  closeAll(): void;
}

type Saved = Result<{ savedTo: string | null }>;

/** A refusal worded for the person; anything else thrown is an internal error. */
class PrintProblem extends Error {}

const CLOSED_BEFORE_SAVING = 'Peer Office was locked before the PDF was saved, so nothing was saved. Unlock it and save the page again.';
const CLOSED_BEFORE_PRINTING = 'Peer Office was locked before the page had printed. Unlock it and, if nothing came out of the printer, print the page again.';

export function registerPrint(ipcMain: IpcMain, options: PrinterOptions): Printer {
  const windows = new Set<WebContents>();
  const waiting = new Map<WebContents, () => void>();
  /** Print windows closed by closeAll: whatever they were doing stops there. */
  const closed = new WeakSet<WebContents>();
  let busy = false;

  ipcMain.on(PRINT_READY_CHANNEL, (event: IpcMainEvent) => {
    // Only the top frame of a print window we opened, still on our page, can say its page is ready.
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame || !isOwnPage(frame.url, options.pageUrl)) return;
    waiting.get(event.sender)?.();
  });

  ipcMain.handle(PRINT_PAGE_CHANNEL, async (event: IpcMainInvokeEvent, request: unknown): Promise<Saved> => {
    const main = () => options.mainWindow()?.webContents ?? null;
    // The main window asks; a print window (or anything else) never can.
    if (!isTrustedSender(event, main, options.pageUrl)) return fail('FORBIDDEN', 'This request did not come from the Peer Office window.');
    const problem = printRequestProblem(request);
    if (problem) return fail('VALIDATION', problem);
    if (busy) return fail('CONFLICT', 'Another page is being printed. Wait for it to finish, then try again.');
    busy = true;
    try {
      return await printPage(request as PrintRequest);
    } catch (error) {
      if (error instanceof PrintProblem) return fail('INTERNAL', error.message);
      options.logError('Printing failed', error);
      return fail('INTERNAL', 'The page could not be printed. Try again; if it keeps happening, restart Peer Office.');
    } finally {
      busy = false;
    }
  });

  async function printPage({ path, action, fileName }: PrintRequest): Promise<Saved> {
    const win = strictWindow({ show: false, width: 1000, height: 1400 }, options.preloadPath);
    const contents = win.webContents;
    keepOnOwnPage(contents, options.pageUrl);
    windows.add(contents);
    try {
      const ready = readyOrTimeout(contents);
      // If loading fails we leave without awaiting `ready`, and closing the window below rejects it:
      // handled here, so that rejection never reaches the main process as an unhandled one.
      ready.catch(() => undefined);
      await win.loadURL(`${options.pageUrl}#${path}`).catch(() => {
        throw new PrintProblem('The page to print could not be opened. Try again; if it keeps happening, restart Peer Office.');
      });
      await ready;
      return action === 'pdf' ? await saveAsPdf(contents, path, fileName) : await printOnPaper(contents, path);
    } catch (error) {
      // However far it had got, a window closed by a lock stops there, and the person is told why.
      if (closed.has(contents)) return fail('LOCKED', action === 'pdf' ? CLOSED_BEFORE_SAVING : CLOSED_BEFORE_PRINTING);
      throw error;
    } finally {
      windows.delete(contents);
      waiting.delete(contents);
      if (!win.isDestroyed()) win.destroy();
    }
  }

  function readyOrTimeout(contents: WebContents): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(contents);
        reject(new PrintProblem(
          'The page to print did not finish loading within 30 seconds. Check that Peer Office is unlocked and that the page shows in the preview, then try again.',
        ));
      }, PRINT_READY_TIMEOUT_MS);
      const stopped = () => {
        clearTimeout(timer);
        waiting.delete(contents);
        reject(new PrintProblem('The page to print stopped before it was ready. Try again; if it keeps happening, restart Peer Office.'));
      };
      contents.once('render-process-gone', stopped);
      contents.once('destroyed', stopped);
      waiting.set(contents, () => {
        clearTimeout(timer);
        waiting.delete(contents);
        resolve();
      });
    });
  }

  async function saveAsPdf(contents: WebContents, path: string, fileName: string): Promise<Saved> {
    // The page's own @page rules (A4, margins, page numbers) win: preferCSSPageSize.
    const pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    if (closed.has(contents)) return fail('LOCKED', CLOSED_BEFORE_SAVING);
    const parent = options.mainWindow();
    const saveOptions = {
      title: 'Save as PDF',
      defaultPath: join(options.documentsDir, fileName),
      filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
    };
    const choice = parent ? await dialog.showSaveDialog(parent, saveOptions) : await dialog.showSaveDialog(saveOptions);
    if (choice.canceled || !choice.filePath) return ok({ savedTo: null });
    // Locked while the Save dialog was open: the person who chose the folder may not be the one who made the PDF.
    if (closed.has(contents)) return fail('LOCKED', CLOSED_BEFORE_SAVING);
    const filePath = choice.filePath;
    let written = false;
    // Written inside the audit entry's transaction: if the entry cannot be written (the office was locked
    // meanwhile), the PDF is not saved either.
    const recorded = await options.record({ path, action: 'pdf', pages: pdfPageCount(pdf) }, async () => {
      try {
        await writeFile(filePath, pdf);
        written = true;
      } catch (error) {
        options.logError('Saving a PDF failed', error);
        throw new AppFailure('INTERNAL', 'The PDF could not be saved there. Choose another folder, or close the file if it is open, and try again.');
      }
    });
    if (recorded.ok) return ok({ savedTo: filePath });
    // Written, but its entry was not: a PDF outside the log is worse than no PDF.
    if (written) await rm(filePath, { force: true }).catch((error: unknown) => options.logError('Removing an unrecorded PDF failed', error));
    return recorded.error.code === 'LOCKED' ? fail('LOCKED', CLOSED_BEFORE_SAVING) : fail(recorded.error.code, recorded.error.message);
  }

  async function printOnPaper(contents: WebContents, path: string): Promise<Saved> {
    const { result, sent } = await printWithDialog(contents);
    if (sent) {
      // Already at the printer: a failure to record it cannot undo it, so it is logged (no personal data) and the person told it printed.
      const recorded = await options.record({ path, action: 'print', pages: null });
      if (!recorded.ok) options.logError('A printed page could not be recorded in the audit log', recorded.error.code);
    }
    return result;
  }

  function printWithDialog(contents: WebContents): Promise<{ result: Saved; sent: boolean }> {
    return new Promise((resolve) => {
      // Closed by a lock with the system dialog open: Electron may never call back, and the printer must
      // not be left "busy" for ever. Whichever comes first answers.
      contents.once('destroyed', () => resolve({ result: fail('LOCKED', CLOSED_BEFORE_PRINTING), sent: false }));
      contents.print({ printBackground: true }, (success, failureReason) => {
        if (success) resolve({ result: ok({ savedTo: null }), sent: true });
        // Cancelling the system dialog is a choice, not a failure.
        else if (/cancel/i.test(failureReason)) resolve({ result: ok({ savedTo: null }), sent: false });
        else resolve({ result: fail('INTERNAL', `The page was not printed (${failureReason}). Check the printer, then try again.`), sent: false });
      });
    });
  }

  return {
    windows,
    closeAll: () => {
      for (const contents of windows) {
        closed.add(contents);
        const win = BrowserWindow.fromWebContents(contents);
        if (win && !win.isDestroyed()) win.destroy();
      }
      windows.clear();
    },
  };
}

/**
 * The one place that closes the print windows when the office locks (a print window shows personal data
 * too). Two ways, for two kinds of lock:
 *  - asked for through the backend returned here (the page's Lock button and idle auto-lock over IPC; the
 *    menu's Lock and Windows locking or sleeping, which index.ts sends through it too): closed the moment
 *    it is asked, before the lock waits its turn behind a backup or an import;
 *  - every lock the session makes, whoever started it (leaving the demo, a restore, closing the app, or a
 *    lock asked for elsewhere): closed as it locks, by listening to the session.
 */
export function closingPrintWindowsOnLock(backend: Backend, printer: Pick<Printer, 'closeAll'>): Backend {
  backend.session.onLock(() => printer.closeAll());
  return {
    ...backend,
    invoke: (channel, input) => {
      if (channel === 'office:lock') printer.closeAll();
      return backend.invoke(channel, input);
    },
    invokeUnknown: (channel, input) => {
      if (channel === 'office:lock') printer.closeAll();
      return backend.invokeUnknown(channel, input);
    },
  };
}

/** The app's area a page address is in ('members' for app://peer-office/#/members/12), letters only; 'app' when none. */
export function screenArea(url: string): string {
  const route = url.split('#')[1] ?? '';
  return /^\/([a-z-]{1,40})(?:[/?]|$)/.exec(route)?.[1] ?? 'app';
}

/**
 * The menu's "Print this page…" (Ctrl+P): the screen as it stands goes to the system print dialog. It is an
 * export of whatever the screen shows, so once it has gone to the printer it is recorded like a print page,
 * naming only the app's area ('the members screen'), never anything on it.
 */
export function printScreenFromMenu(contents: WebContents, record: Backend['recordPrinted'], logError: PrinterOptions['logError']): void {
  const path = `/print/screen?of=${screenArea(contents.getURL())}`;
  contents.print({ printBackground: true }, (success) => {
    if (!success) return;
    void record({ path, action: 'print', pages: null }).then((recorded) => {
      if (!recorded.ok) logError('A printed screen could not be recorded in the audit log', recorded.error.code);
    });
  });
}
