// Which payroll software the office uses is not a setting: the format of its latest export says it.
import { desc, eq } from 'drizzle-orm';
import type { PayrollFormat } from '../../../shared/contract/payroll';
import type { Db } from '../db/open';
import { payPeriodEvents } from '../db/schema';

/** The format of the office's most recent export, or null before its first one. */
export function latestExportFormat(db: Db): PayrollFormat | null {
  const row = db.select({ detail: payPeriodEvents.detail }).from(payPeriodEvents)
    .where(eq(payPeriodEvents.action, 'exported')).orderBy(desc(payPeriodEvents.at), desc(payPeriodEvents.id)).limit(1).get();
  const format = row?.detail;
  return format === 'xlsx' || format === 'sage' || format === 'brightpay' ? format : null;
}
