// Printing and Save as PDF through a hidden window: the print page loads there on its own (no app frame),
// says when its data and fonts are in, and only then goes to the printer or to printToPDF. The window has
// the main window's settings and locks, and its page may only read (ipc.ts).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, dialog, type IpcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { PRINT_PAGE_CHANNEL, PRINT_READY_CHANNEL, printRequestProblem, type PrintRequest } from '../../shared/contract/print';
import { fail, ok, type Result } from '../../shared/contract/result';
import { isTrustedSender } from './ipc';
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
}

export interface Printer {
  /** The hidden print windows open now: their pages' reads are accepted (ipc.ts). */
  readonly windows: ReadonlySet<WebContents>;
  /** Closes any print window still open (the main window has gone). */
  closeAll(): void;
}

type Saved = Result<{ savedTo: string | null }>;

/** A refusal worded for the person; anything else thrown is an internal error. */
class PrintProblem extends Error {}

export function registerPrint(ipcMain: IpcMain, options: PrinterOptions): Printer {
  const windows = new Set<WebContents>();
  const waiting = new Map<WebContents, () => void>();
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
      return action === 'pdf' ? await saveAsPdf(contents, fileName) : await printWithDialog(contents);
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

  async function saveAsPdf(contents: WebContents, fileName: string): Promise<Saved> {
    // The page's own @page rules (A4, margins, page numbers) win: preferCSSPageSize.
    const pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    const parent = options.mainWindow();
    const saveOptions = {
      title: 'Save as PDF',
      defaultPath: join(options.documentsDir, fileName),
      filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
    };
    const choice = parent ? await dialog.showSaveDialog(parent, saveOptions) : await dialog.showSaveDialog(saveOptions);
    if (choice.canceled || !choice.filePath) return ok({ savedTo: null });
    try {
      await writeFile(choice.filePath, pdf);
    } catch (error) {
      options.logError('Saving a PDF failed', error);
      throw new PrintProblem('The PDF could not be saved there. Choose another folder, or close the file if it is open, and try again.');
    }
    return ok({ savedTo: choice.filePath });
  }

  function printWithDialog(contents: WebContents): Promise<Saved> {
    return new Promise((resolve) => {
      contents.print({ printBackground: true }, (success, failureReason) => {
        if (success) resolve(ok({ savedTo: null }));
        // Cancelling the system dialog is a choice, not a failure.
        else if (/cancel/i.test(failureReason)) resolve(ok({ savedTo: null }));
        else resolve(fail('INTERNAL', `The page was not printed (${failureReason}). Check the printer, then try again.`));
      });
    });
  }

  return {
    windows,
    closeAll: () => {
      for (const contents of windows) {
        const win = BrowserWindow.fromWebContents(contents);
        if (win && !win.isDestroyed()) win.destroy();
      }
      windows.clear();
    },
  };
}
