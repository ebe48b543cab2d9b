// The audit log screen's two calls: a page of entries, and the same filters as an Excel workbook.
// Reading only: there is no call that changes or removes an entry.
import type { AuditFilters, AuditPage } from '../../../shared/contract/audit';
import { AUDIT_EXPORT_LIMIT } from '../../../shared/contract/audit';
import { AppFailure } from '../../../shared/contract/result';
import type { ExportedFile } from '../../../shared/contract/transfer';
import { londonToday } from '../../../shared/domain/dates';
import type { OfficeContext } from '../context';
import { readSetting } from '../lists/service';
import { countEntries, readEntries } from './log';
import { auditWorkbook } from './workbook';

export function list(ctx: OfficeContext, input: AuditFilters & { page: number; pageSize: number }): AuditPage {
  const { page, pageSize, ...filters } = input;
  const total = countEntries(ctx.db, filters);
  // A page past the end (entries filtered away since) shows the last page rather than nothing.
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(page, lastPage);
  return { entries: readEntries(ctx.db, filters, pageSize, (shown - 1) * pageSize), total, page: shown, pageSize };
}

export async function exportLog(ctx: OfficeContext, filters: AuditFilters): Promise<ExportedFile> {
  const total = countEntries(ctx.db, filters);
  if (total > AUDIT_EXPORT_LIMIT) {
    throw new AppFailure('VALIDATION', `${total.toLocaleString('en-GB')} entries match, more than one workbook takes (${AUDIT_EXPORT_LIMIT.toLocaleString('en-GB')}). Choose a shorter range of dates and export each part.`, { from: 'Choose a later first day' });
  }
  const generatedAt = ctx.now().toISOString();
  const content = await auditWorkbook(readEntries(ctx.db, filters, AUDIT_EXPORT_LIMIT), { officeName: readSetting(ctx.db, 'officeName') ?? '', filters, generatedAt });
  return { fileName: `audit-log-${londonToday(ctx.now())}.xlsx`, contentBase64: content.toString('base64'), rows: total };
}
