// `peer-office export payroll`: an approved pay period's file for payroll, made by the same call as the
// app's "Export for payroll" (payroll:export), which also marks the period exported. A period that is
// not approved, or has problems to fix, is refused with its checklist, one problem a line: those lines
// name people, which is what the office needs on its own terminal; nothing of them goes to a log.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PayrollFormat, PeriodDetail } from '../../shared/contract/payroll';
import type { AppError } from '../../shared/contract/result';
import { formatUkDate } from '../../shared/domain/dates';
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
    if (period.status === 'draft') {
      printChecklist(period, dates);
      throw new CliError(EXIT.FAILED, `The pay period ${dates} has not been approved, so it cannot go to payroll: approve it in the app first (Payroll page), then export it.`);
    }
    if (period.blocking > 0) {
      printChecklist(period, dates);
      throw new CliError(EXIT.FAILED, `The pay period ${dates} has ${period.blocking} ${period.blocking === 1 ? 'problem' : 'problems'} to fix first (above). Reopen it in the app, put them right, approve it again and export.`);
    }
    const file = await backend.invoke('payroll:export', { key: period.key, format: a.format, by: a.by });
    if (!file.ok) throw refusal(file.error);
    try {
      writeFileSync(out, Buffer.from(file.value.contentBase64, 'base64'), { flag: a.force ? 'w' : 'wx', mode: 0o600 });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      throw new CliError(EXIT.FAILED, `The file could not be written to ${out} (${typeof code === 'string' ? code : 'error'}). The period is marked exported; run the command again to write another copy.`);
    }
    process.stderr.write(`Wrote ${FORMAT_WORDS[a.format]} for the pay period ${dates} (${file.value.rows} ${file.value.rows === 1 ? 'line' : 'lines'}) to ${out}.\nThe period is now marked exported.\n`);
  } finally {
    backend.close();
  }
}

/** The checklist as the Payroll page shows it: what must be put right first, then what to note. */
function printChecklist(period: PeriodDetail, dates: string): void {
  if (period.checklist.length === 0) {
    process.stderr.write(`The checklist for ${dates} is clear.\n`);
    return;
  }
  process.stderr.write(`Checklist for the pay period ${dates}:\n`);
  for (const item of period.checklist) {
    // One problem a line, whatever the message holds.
    process.stderr.write(`  ${item.blocking ? 'to fix: ' : 'to note:'} ${item.message.replace(/\s*\n\s*/g, ' ')}\n`);
  }
}

/** A file payroll would refuse (Sage) is the office's to fix, not a mistake in the command. */
function refusal(error: AppError): CliError {
  const code = error.code === 'VALIDATION' || error.code === 'CONFLICT' ? EXIT.FAILED : exitCodeFor(error.code);
  return new CliError(code, error.message);
}
