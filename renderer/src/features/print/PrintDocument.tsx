// The paper every print page is laid out on: A4, the office's name, the page's title and the date it was
// printed at the top of every page (the frame table's head, which Chromium repeats on each page), and
// "Page N of M" at the foot (an @page margin box in print-pages.css).
import './print-pages.css';
import { useEffect, type ReactNode } from 'react';
import { useOfficeStatus } from '../../api/office';
import { printFileName } from '../../../../shared/contract/print';
import { usePrintMode } from './printMode';
import { printedOnToday } from './printWords';

/** Forces layout so the fonts the page uses start loading, waits for them, then lets a task go by. */
async function fontsLoaded(): Promise<void> {
  void document.body.offsetHeight;
  await (document.fonts as FontFaceSet | undefined)?.ready;
  // A timer, not requestAnimationFrame: a hidden print window may never paint a frame.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tells whoever is waiting (the print window, or the preview's buttons) that the page is ready. */
function useReadySignal(title: string, fileName: string) {
  const mode = usePrintMode();
  useEffect(() => {
    let cancelled = false;
    void fontsLoaded().then(() => {
      if (!cancelled) mode.onReady({ title, fileName });
    });
    return () => {
      cancelled = true;
    };
  }, [mode, title, fileName]);

  useEffect(() => {
    // Chromium's own Save as PDF (the browser host) suggests the page's title as the file name.
    const before = document.title;
    document.title = fileName.replace(/\.pdf$/, '');
    return () => {
      document.title = before;
    };
  }, [fileName]);
}

export interface PrintDocumentProps {
  /** The page's title in the header on every page, like "Probation and supervision: Cordelia Dunstable". */
  title: string;
  /** What Save as PDF names the file (made plain, '.pdf' added); defaults to the title. */
  fileTitle?: string;
  children: ReactNode;
}

/** Render only once the page's data is in: mounting it says the page is ready to print. */
export function PrintDocument({ title, fileTitle, children }: PrintDocumentProps) {
  const officeName = useOfficeStatus().data?.officeName ?? '';
  // Made plain here, so any name (accents, curly apostrophes) gives a file name the print bridge accepts.
  const file = printFileName(fileTitle ?? title);
  useReadySignal(title, file);
  return (
    <article className="print-sheet" aria-labelledby="print-title" data-testid="print-page">
      {/* A layout table only for its repeating head: the header is on every printed page. */}
      <table className="print-frame" role="presentation">
        <thead>
          <tr>
            <td>
              <header className="print-header">
                <div>
                  <p className="print-office" data-testid="print-office">{officeName}</p>
                  <h1 className="print-title" id="print-title">{title}</h1>
                </div>
                <p className="print-date">Printed on {printedOnToday()}</p>
              </header>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{children}</td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

/** Loading, a refusal, or a page that does not exist: said on the sheet, and never signalled as ready. */
export function PrintMessage({ children, alert = false }: { children: ReactNode; alert?: boolean }) {
  return (
    <div className="print-sheet print-message" role={alert ? 'alert' : 'status'}>
      <p>{children}</p>
    </div>
  );
}
