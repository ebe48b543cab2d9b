// `peer-office export payroll`: an approved pay period's file for payroll, made by the same call as the
// app's "Export for payroll" (payroll:export), which also marks the period exported. The period is named
// as the office's schedule names it (a month, or a four-week period's first day); the backend says when
// the key does not fit. A period that is not approved, or has problems to fix, is refused: the reason
// first, then its checklist, one problem a line. Those lines name people, which is what the office needs
// on its own terminal; nothing of them goes to a log.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PayrollFormat, PeriodDetail } from '../../shared/contract/payroll';
import type { AppError } from '../../shared/contract/result';
import { formatUkDate, londonToday } from '../../shared/domain/dates';
import { londonDateTime, periodName } from '../../shared/domain/pay/period-words';
import { capitalise } from '../../shared/domain/words';
import { keyFilePath } from '../backend/office/keyring';
import { backendFor, toCliError } from './commands';
import { CliError, EXIT, exitCodeFor } from './exit';
import { unlockSecret } from './secrets';

export interface PayrollExportArgs {
  db: string;
  period: string;
  format: PayrollFormat;
  out: string;
  force: boolean;
  /** Recorded against the export, as the name a person gives in the app. */
  by: string;
}

const FORMAT_WORDS: Record<PayrollFormat, string> = { xlsx: 'an Excel workbook', sage: 'a Sage 50 timesheet file', brightpay: 'a BrightPay file' };

export async function exportPayrollFile(a: PayrollExportArgs): Promise<void> {
  const db = resolve(a.db);
  const out = resolve(a.out);
  if (!existsSync(db)) throw new CliError(EXIT.DAMAGED, `There is no database at ${db}. Check the path.`);
  if ([db, `${db}-wal`, `${db}-shm`, keyFilePath(db)].includes(out)) {
    throw new CliError(EXIT.USAGE, `--out names the office database or its keys. Choose another file for the payroll export.`);
  }
  // Checked before anything changes: the export marks the period exported, so a file that then could
  // not be written would leave a period marked with nothing to show for it.
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) {
    throw new CliError(EXIT.FAILED, `There is no folder ${dirname(out)} to write the file in. Create it, or choose another place for --out.`);
  }
  if (existsSync(out) && !a.force) {
    throw new CliError(EXIT.FAILED, `There is already a file at ${out}. Peer Office will not overwrite it: choose another name, or add --force to replace it.`);
  }
  const secret = await unlockSecret();
  const backend = backendFor(db);
  try {
    const unlocked = await backend.invoke('office:unlock', secret);
    if (!unlocked.ok) throw toCliError(unlocked.error);
    const found = await backend.invoke('payroll:period', { key: a.period });
    if (!found.ok) throw toCliError(found.error);
    const period = found.value;
    const dates = `${formatUkDate(period.start)} to ${formatUkDate(period.end)}`;
    const refused = notReady(period);
    if (refused) throw new CliError(EXIT.FAILED, refused, false, checklistLines(period, dates));
    // As the app does: a second copy is allowed, but never without saying payroll has had one already.
    const earlier = period.events.filter((e) => e.action === 'exported').at(-1);
    if (period.status === 'exported' && earlier) {
      process.stderr.write(`Already exported on ${londonDateTime(earlier.at)} by ${earlier.by} (${earlier.detail}): this is another copy of the same figures. Make sure payroll does not pay anyone twice.\n`);
    }
    const file = await backend.invoke('payroll:export', { key: period.key, format: a.format, by: a.by });
    if (!file.ok) throw refusal(file.error);
    try {
      writeFileSync(out, Buffer.from(file.value.contentBase64, 'base64'), { flag: a.force ? 'w' : 'wx', mode: 0o600 });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      throw new CliError(EXIT.FAILED, `The file could not be written to ${out} (${typeof code === 'string' ? code : 'error'}). The period is marked exported; run the command again to write another copy.`);
    }
    process.stderr.write(`Wrote ${FORMAT_WORDS[a.format]} for ${periodWords(period.key)} (${dates}, ${file.value.rows} ${file.value.rows === 1 ? 'line' : 'lines'}) to ${out}.\nThe period is now marked exported.\n`);
  } finally {
    backend.close();
  }
}

/** How a period reads in a sentence: 'October 2026', or 'the four-week period from 12/10/2026'. */
function periodWords(key: string): string {
  return /^\d{4}-\d{2}$/.test(key) ? periodName(key) : `the four-week period from ${formatUkDate(key)}`;
}

/**
 * Why the period cannot go to payroll yet, in one sentence that says what to do, or null when it can.
 * "Payroll → ..." is the link the Payroll page shows for the period.
 */
function notReady(period: PeriodDetail): string | null {
  const subject = capitalise(periodWords(period.key));
  const where = `Payroll → ${periodName(period.key)}`;
  if (period.status === 'draft') {
    // The backend approves a period only from its last day: hours are known once it has been worked.
    if (period.end > londonToday(new Date())) {
      return `${subject} has not been approved: it has not finished yet. Approve it in the app from ${formatUkDate(period.end)} (${where}), once its sessions have been worked or cancelled.`;
    }
    return `${subject} has not been approved: approve it in the app first (${where}).`;
  }
  if (period.blocking > 0) {
    return `${subject} has ${period.blocking} ${period.blocking === 1 ? 'problem' : 'problems'} to fix first (below): reopen it in the app (${where}), put ${period.blocking === 1 ? 'it' : 'them'} right, approve it again and export.`;
  }
  return null;
}

/** The checklist as the Payroll page shows it: what must be put right first, then what to note. */
function checklistLines(period: PeriodDetail, dates: string): string[] {
  if (period.checklist.length === 0) return [`The checklist for the pay period ${dates} is clear.`];
  return [
    `Checklist for the pay period ${dates}:`,
    // One problem a line, whatever the message holds.
    ...period.checklist.map((item) => `  ${item.blocking ? 'to fix: ' : 'to note:'} ${item.message.replace(/\s*\n\s*/g, ' ')}`),
  ];
}

/** A file payroll would refuse (Sage) is the office's to fix, not a mistake in the command. */
function refusal(error: AppError): CliError {
  const code = error.code === 'VALIDATION' || error.code === 'CONFLICT' ? EXIT.FAILED : exitCodeFor(error.code);
  return new CliError(code, error.message);
}
