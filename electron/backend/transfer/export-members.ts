// Exports the list as the office sees it (same search, filters and order) to an .xlsx workbook.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../../shared/contract/transfer';
import type { MemberSearch } from '../../../shared/contract/members';
import { formatMemberNumber } from '../../../shared/domain/members';
import { londonToday } from '../../../shared/domain/dates';
import type { OfficeContext } from '../context';
import { searchMembers } from '../members/repository';

/** 'YYYY-MM-DD' -> a Date at UTC midnight, which Excel shows as that calendar day whatever the PC's zone. */
const excelDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

export async function exportMembers(ctx: OfficeContext, search: MemberSearch): Promise<ExportedFile> {
  const today = londonToday(ctx.now());
  const { rows } = searchMembers(ctx.db, { ...search }, today);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peer Office';
  workbook.created = ctx.now();
  const sheet = workbook.addWorksheet('Members', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Member number', key: 'number', width: 15 },
    { header: 'Name', key: 'name', width: 28 },
    { header: 'Status', key: 'status', width: 10 },
    { header: 'Roles', key: 'roles', width: 28 },
    { header: 'Locality', key: 'locality', width: 18 },
    { header: 'Postcode', key: 'postcode', width: 11 },
    { header: 'Phone', key: 'phone', width: 16 },
    { header: 'Email', key: 'email', width: 30 },
    { header: 'Joined', key: 'joined', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      number: formatMemberNumber(r.memberNumber), name: r.name, status: r.status, roles: r.roles.join(', '),
      locality: r.locality, postcode: r.postcode, phone: r.phone, email: r.email, joined: excelDate(r.joinedOn),
    });
  }
  sheet.autoFilter = { from: 'A1', to: { row: 1, column: sheet.columns.length } };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `members-${today}.xlsx`, contentBase64: buffer.toString('base64'), rows: rows.length };
}
