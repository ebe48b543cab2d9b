// A print page saved as a PDF or sent to the printer is an export of personal data, so it goes in the
// audit log like a workbook does. The desktop app's main process prints (electron/main/print.ts) and
// calls this through Backend.recordPrinted: no page can reach it, so no page can add entries of its own.
//
// The entry says which kind of page, its record's number, the month or year it covers and how many
// pages: never the file's name or folder (the suggested name holds the person's name, a folder in
// C:\Users\<name> the Windows user's) and nothing from the page itself.
import { THE_OFFICE, type AuditArea, type AuditRecordType } from '../../../shared/contract/audit';
import { isPrintPath, PRINT_ACTIONS, PRINT_PAGE_CHANNEL, type PrintAction } from '../../../shared/contract/print';
import { AppFailure } from '../../../shared/contract/result';
import { periodName } from '../../../shared/domain/pay/period-words';
import type { BackendEnv } from '../context';
import type { OfficeSession } from '../office/session';
import { addEntries, type NewAuditEntry } from './log';
import { addPending, type PendingEvent } from './pending';
import { plural } from './words';

export interface PrintedPage {
  /** The print page's route, as the print window loaded it: '/print/probation/12'. */
  path: string;
  action: PrintAction;
  /** Pages in the PDF; null when not known (the printer's dialog does not say). */
  pages: number | null;
}

interface PageKind { area: AuditArea; record: AuditRecordType; words: string }

/** The print pages (renderer/src/features/print/PrintRoutes.tsx), by the route's first part. */
const PAGE_KINDS: Record<string, PageKind> = {
  probation: { area: 'supervision', record: 'probation', words: 'probation and supervision schedule' },
  supervisor: { area: 'supervision', record: 'staff record', words: 'one supervisor’s supervisions' },
  supervisions: { area: 'supervision', record: 'supervision', words: 'the office’s supervisions' },
  support: { area: 'support', record: 'support session', words: 'support sessions' },
  // Not a print page: the menu's "Print this page…" of whatever screen was showing (main/print.ts).
  screen: { area: 'office', record: 'office', words: 'a screen, from the menu' },
};
const UNKNOWN_PAGE: PageKind = { area: 'office', record: 'office', words: 'a print page' };
/** The app's area a printed screen was in: the first part of one of our own routes, as main/print.ts reads it. */
const SCREEN_AREA = /^[a-z-]{1,40}$/;
const MAX_PRINTED_PAGES = 100_000;

const actionWords = (action: PrintAction) => (action === 'pdf' ? 'printed page saved as PDF' : 'printed page sent to the printer');

/** The month or year a page covers, when its address names one in the usual form; nothing else from it. */
function periodOf(path: string): string {
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  const month = query.get('month');
  if (month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return periodName(month);
  const year = query.get('year');
  if (year && /^\d{4}$/.test(year)) return year;
  return '';
}

function checked(page: PrintedPage): { name: string; kind: PageKind; recordId: string; period: string } {
  if (!isPrintPath(page.path)) throw new AppFailure('VALIDATION', 'Only Peer Office print pages can be recorded as printed.');
  if (!(PRINT_ACTIONS as readonly string[]).includes(page.action)) throw new AppFailure('VALIDATION', 'A printed page is either printed or saved as a PDF.');
  if (page.pages !== null && !(Number.isInteger(page.pages) && page.pages >= 1 && page.pages <= MAX_PRINTED_PAGES)) {
    throw new AppFailure('VALIDATION', 'The number of pages printed must be a whole number from 1.');
  }
  const [, name = '', id = ''] = /^\/print\/([a-z-]+)(?:\/([0-9]+))?/.exec(page.path) ?? [];
  const known = Object.hasOwn(PAGE_KINDS, name);
  // A page this file does not know yet is still recorded, in general words; its number would name nothing.
  if (!known) return { name: 'unknown', kind: UNKNOWN_PAGE, recordId: '', period: periodOf(page.path) };
  if (name === 'screen') {
    // The app's area the screen was in ('members'): a word from our own routes, nothing shown on it. The
    // print path allows capitals and digits in a query, so a value that could be a name is refused here.
    const area = new URLSearchParams(page.path.split('?')[1] ?? '').get('of') ?? 'app';
    if (!SCREEN_AREA.test(area)) throw new AppFailure('VALIDATION', 'A printed screen is named by the part of Peer Office it was in, in lower-case words.');
    return { name, kind: { ...PAGE_KINDS['screen']!, words: `the ${area.replace(/-/g, ' ')} screen, from the menu` }, recordId: '', period: '' };
  }
  return { name, kind: PAGE_KINDS[name]!, recordId: id, period: periodOf(page.path) };
}

/** The audit entry for a printed page. */
export function printedEntry(page: PrintedPage, at: Date): NewAuditEntry {
  const { kind, recordId, period } = checked(page);
  const summary = [`${actionWords(page.action)}: ${kind.words}`, period, page.pages === null ? '' : plural(page.pages, 'page')].filter(Boolean).join(', ');
  return { at: at.toISOString(), action: 'export', area: kind.area, channel: PRINT_PAGE_CHANNEL, recordType: kind.record, recordId, summary, by: THE_OFFICE };
}

/**
 * The entry for a page sent to the printer while the office was locked, written at the next unlock. The
 * note beside the database keeps the page's kind only (the file is not encrypted), so the entry has no
 * record number.
 */
export function pendingPrintedEntry(event: Extract<PendingEvent, { kind: 'printed' }>): NewAuditEntry {
  const kind = Object.hasOwn(PAGE_KINDS, event.page) ? PAGE_KINDS[event.page]! : UNKNOWN_PAGE;
  const summary = `${actionWords(event.action)}: ${kind.words} (finished after Peer Office was locked, so its record number was not kept)`;
  return { at: event.at, action: 'export', area: kind.area, channel: PRINT_PAGE_CHANNEL, recordType: kind.record, recordId: '', summary, by: THE_OFFICE };
}

/**
 * Records a printed page. With `write` (a PDF: writing the file), the file is written inside the
 * transaction that adds the entry, so a PDF is never saved without its entry, and a PDF whose office was
 * locked while its Save dialog was open is refused (LOCKED) and not written at all.
 * Without `write` (a page already sent to the printer, which cannot be called back): the entry is written
 * now, or, if the office was locked in the meantime, noted beside the database for the next unlock.
 */
export async function recordPrinted(session: OfficeSession, env: BackendEnv, page: PrintedPage, write?: () => Promise<void>): Promise<null> {
  const { name } = checked(page);
  if (!write) {
    if (session.state() === 'unlocked') {
      const ctx = session.context();
      ctx.sqlite.transaction(() => addEntries(ctx.db, [printedEntry(page, ctx.now())]))();
      return null;
    }
    const dbPath = session.databasePath();
    if (!dbPath) throw new AppFailure('NO_OFFICE', 'There is no office database to record the printed page in.');
    addPending(dbPath, { kind: 'printed', at: env.now().toISOString(), page: name, action: page.action });
    return null;
  }
  const ctx = session.context();
  const { sqlite } = ctx;
  const entry = printedEntry(page, ctx.now());
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    addEntries(ctx.db, [entry]);
    await write();
    if (!sqlite.open || !sqlite.inTransaction) throw new AppFailure('LOCKED', 'Peer Office was locked before this was saved. Unlock it and try again.');
    sqlite.exec('COMMIT');
  } catch (err) {
    if (sqlite.open && sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw err;
  }
  return null;
}
