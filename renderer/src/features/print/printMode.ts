// Whether a print page stands alone (the paper itself: a print window, or /print/ in a browser tab) or
// sits in the app's preview, and who hears that its data is shown.
import { createContext, useContext } from 'react';

export interface ReadyPage {
  /** The page's title, as its header shows it. */
  title: string;
  /** The name Save as PDF suggests. */
  fileName: string;
}

export interface PrintMode {
  kind: 'paper' | 'preview';
  /** Called once the page shows its data and its fonts are loaded. */
  onReady(page: ReadyPage): void;
}

/**
 * On its own, a page tells the desktop app's print window it may print now (a no-op in the browser host,
 * which has no print bridge). Nothing else calls ready(): a locked office shows the unlock screen, which
 * never does, so a print window never prints it.
 */
export const PAPER: PrintMode = { kind: 'paper', onReady: () => window.peerOffice.print?.ready() };

export const PrintModeContext = createContext<PrintMode>(PAPER);
export const usePrintMode = (): PrintMode => useContext(PrintModeContext);
