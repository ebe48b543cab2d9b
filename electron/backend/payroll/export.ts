// "Export for payroll": the approved period's pay as the chosen file. Only approved (or already
// exported) periods leave the app. The file is made before the period is marked exported, so a file
// that cannot be made (Sage would refuse it) changes nothing. The backend runs one call at a time, so
// nothing moves between the calculation and the marking.
import type { PayrollFormat } from '../../../shared/contract/payroll';
import type { ExportedFile } from '../../../shared/contract/transfer';
import { AppFailure } from '../../../shared/contract/result';
import type { OfficeContext } from '../context';
import { brightpayCsv, brightpayLines } from './brightpay-csv';
import { computeByKey, markExported } from './periods';
import { sageCsv, sageLines } from './sage-csv';
import { payrollWorkbook } from './workbook';

const FILE_SUFFIX: Record<PayrollFormat, string> = { xlsx: '.xlsx', sage: '-sage.csv', brightpay: '-brightpay.csv' };

export async function exportPayroll(ctx: OfficeContext, key: string, format: PayrollFormat, by: string): Promise<ExportedFile> {
  const pay = computeByKey(ctx, key);
  const { period } = pay.model;
  if (period.status === 'draft') throw new AppFailure('CONFLICT', 'Approve the period before exporting it: only approved hours go to payroll.');
  const blocking = pay.checklist.filter((c) => c.blocking);
  if (blocking.length) {
    const problems = `${blocking.length} ${blocking.length === 1 ? 'problem' : 'problems'}`;
    throw new AppFailure('VALIDATION', `The period has ${problems} to fix first:\n${blocking.map((b) => `- ${b.message}`).join('\n')}`);
  }
  // The file says what the period will be once it has left: exported.
  const content = await fileFor({ ...pay.model, period: { ...period, status: 'exported' } }, format);
  ctx.sqlite.transaction(() => markExported(ctx, key, by, format))();
  // Each file's own lines: holiday accrued is in the workbook only, SSP days in the workbook and BrightPay's file.
  const rows = format === 'xlsx' ? pay.model.lines.length : format === 'sage' ? sageLines(pay.model).length : brightpayLines(pay.model).length;
  return { fileName: `payroll-${period.key}${FILE_SUFFIX[format]}`, contentBase64: content.toString('base64'), rows };
}

async function fileFor(model: Parameters<typeof payrollWorkbook>[0], format: PayrollFormat): Promise<Buffer> {
  if (format === 'xlsx') return payrollWorkbook(model);
  const written = format === 'sage' ? sageCsv(model) : brightpayCsv(model);
  if (!written.ok) {
    const target = format === 'sage' ? 'Sage 50' : 'BrightPay';
    throw new AppFailure('VALIDATION', `No file was written: ${target} would refuse it.\n${written.problems.map((p) => `- ${p}`).join('\n')}`);
  }
  return Buffer.from(written.text, 'utf8');
}
