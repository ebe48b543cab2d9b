// The audit log screen's two calls: a page of entries, and the same filters as an Excel workbook.
// Reading only: there is no call that changes or removes an entry.
import type { AuditFilters, AuditPage } from '../../../shared/contract/audit';
import { AUDIT_EXPORT_LIMIT } from '../../../shared/contract/audit';
import { AppFailure } from '../../../shared/contract/result';
import type { ExportedFile } from '../../../shared/contract/transfer';
import { londonToday } from '../../../shared/domain/dates';
import type { OfficeContext } from '../context';
import { readSetting } from '../lists/service';
import { countEntries, readEntries, type LogQuery } from './log';
import { recordsMatching, showRecords } from './records';
import { auditWorkbook } from './workbook';

/** The filters as the log is asked: the "Record" box looked up as the records it means. */
function queryOf(ctx: OfficeContext, { record, ...filters }: AuditFilters): LogQuery {
  return { ...filters, records: record ? recordsMatching(ctx.sqlite, record) : null };
}

export function list(ctx: OfficeContext, input: AuditFilters & { page: number; pageSize: number }): AuditPage {
  const { page, pageSize, ...filters } = input;
  const query = queryOf(ctx, filters);
  const total = countEntries(ctx.db, query);
  // A page past the end (entries filtered away since) shows the last page rather than nothing.
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(page, lastPage);
  return { entries: showRecords(ctx.sqlite, readEntries(ctx.db, query, pageSize, (shown - 1) * pageSize)), total, page: shown, pageSize };
}

export async function exportLog(ctx: OfficeContext, filters: AuditFilters): Promise<ExportedFile> {
  const query = queryOf(ctx, filters);
  const total = countEntries(ctx.db, query);
  if (total > AUDIT_EXPORT_LIMIT) {
    throw new AppFailure('VALIDATION', `${total.toLocaleString('en-GB')} entries match, more than one workbook takes (${AUDIT_EXPORT_LIMIT.toLocaleString('en-GB')}). Choose a shorter range of dates and export each part.`, { from: 'Choose a later first day' });
  }
  const generatedAt = ctx.now().toISOString();
  const entries = showRecords(ctx.sqlite, readEntries(ctx.db, query, AUDIT_EXPORT_LIMIT));
  const content = await auditWorkbook(entries, { officeName: readSetting(ctx.db, 'officeName') ?? '', filters, generatedAt });
  return { fileName: `audit-log-${londonToday(ctx.now())}.xlsx`, contentBase64: content.toString('base64'), rows: total };
}
