// The print bridge's checks, run in the preload and again in main: only our print routes, only Print or
// Save as PDF, and a plain file name (no folders) for the Save dialog.
import { describe, expect, it } from 'vitest';
import { isPrintPath, printFileName, printRequestProblem } from '../../shared/contract/print';

describe('isPrintPath', () => {
  it('accepts the four print pages with their queries', () => {
    for (const path of ['/print/probation/12', '/print/supervisor/3?month=2026-11', '/print/supervisions?month=2026-11', '/print/support?year=2026', '/print/supervisions']) {
      expect(isPrintPath(path), path).toBe(true);
    }
  });

  it('refuses anything that is not a print route of our own page', () => {
    for (const path of [
      '', '/', '/members/12', '/preview/probation/12', 'print/probation/12', '/print/', '/print/../members', '/print/probation/../../etc',
      '//evil.example.org/print/x', 'https://evil.example.org/#/print/probation/1', '/print/probation/1#/members', '/print/probation/1?x=<script>',
      '/print/probation/1?month=2026-11&', '/print/Probation/1', '/print/probation/-1', `/print/supervisions?month=${'1'.repeat(200)}`,
    ]) {
      expect(isPrintPath(path), path).toBe(false);
    }
    expect(isPrintPath(undefined)).toBe(false);
    expect(isPrintPath(12)).toBe(false);
  });
});

describe('printRequestProblem', () => {
  const good = { path: '/print/probation/12', action: 'pdf', fileName: "Probation schedule, Róisín O'Hare-Quill.pdf" };

  it('finds nothing wrong with a proper request', () => {
    expect(printRequestProblem(good)).toBeNull();
    expect(printRequestProblem({ ...good, action: 'print' })).toBeNull();
  });

  it('says what is wrong, in words, with each bad part', () => {
    expect(printRequestProblem(null)).toBe('Choose a page to print.');
    expect(printRequestProblem('/print/probation/12')).toBe('Choose a page to print.');
    expect(printRequestProblem({ ...good, path: '/settings' })).toBe('Only Peer Office print pages can be printed.');
    expect(printRequestProblem({ ...good, action: 'silent' })).toBe('Choose Print or Save as PDF.');
    expect(printRequestProblem({ ...good, action: undefined })).toBe('Choose Print or Save as PDF.');
    for (const fileName of ['../../.bashrc.pdf', 'C:\\Users\\x.pdf', 'schedule', 'schedule.exe', '.pdf', '..pdf', 'a/b.pdf', `${'a'.repeat(120)}.pdf`, 12]) {
      expect(printRequestProblem({ ...good, fileName }), String(fileName)).toBe('The file name for the PDF is not a plain file name.');
    }
  });
});

describe('printFileName', () => {
  it('makes a plain file name from a title', () => {
    expect(printFileName('Probation and supervision: Cordelia Dunstable')).toBe('Probation and supervision Cordelia Dunstable.pdf');
    expect(printFileName('Support sessions 2026')).toBe('Support sessions 2026.pdf');
    expect(printFileName('../..//etc/passwd')).toBe('etc passwd.pdf');
    expect(printFileName('///')).toBe('Peer Office.pdf');
    // A curly apostrophe (as typed in Word) is kept as a plain one.
    expect(printFileName('Probation schedule, Siobhán O’Dowd')).toBe("Probation schedule, Siobhán O'Dowd.pdf");
  });

  it('always makes a name the checks accept', () => {
    for (const title of ['Supervisions: November 2026', 'a'.repeat(300), "Niamh O'Connell-Brë", 'Dáithí O’Shea', '...', 'Café: été', 'a/b\\c<d>|e?*']) {
      expect(printRequestProblem({ path: '/print/support', action: 'pdf', fileName: printFileName(title) }), title).toBeNull();
    }
  });
});
