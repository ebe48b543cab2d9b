// Exports the list as the office sees it (same search, filters and order) to an .xlsx workbook, with
// the columns an office needs for a mailing or a full copy of the register.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../../shared/contract/transfer';
import type { MemberSearch } from '../../../shared/contract/members';
import { formatMemberNumber } from '../../../shared/domain/members';
import { londonToday } from '../../../shared/domain/dates';
import { capitalise } from '../../../shared/domain/words';
import type { OfficeContext } from '../context';
import { people } from '../db/schema';
import { searchMembers } from '../members/repository';
import { excelDate } from '../payroll/sheet-layout';

/** Empty dates stay empty cells. */
const excelDateOrNone = (iso: string) => (iso ? excelDate(iso) : null);
const DATE = { numFmt: 'dd/mm/yyyy' };

export async function exportMembers(ctx: OfficeContext, search: MemberSearch): Promise<ExportedFile> {
  const today = londonToday(ctx.now());
  const { rows } = searchMembers(ctx.db, search, today);
  // The search gives the order and current roles; the full records give everything else.
  const byId = new Map(ctx.db.select().from(people).all().map((p) => [p.id, p]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peer Office';
  workbook.created = ctx.now();
  const sheet = workbook.addWorksheet('Members', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Member number', key: 'number', width: 15 },
    { header: 'Name', key: 'name', width: 26 },
    { header: 'First name', key: 'firstName', width: 14 },
    { header: 'Last name', key: 'lastName', width: 16 },
    { header: 'Pronouns', key: 'pronouns', width: 10 },
    { header: 'Status', key: 'status', width: 9 },
    { header: 'Current roles', key: 'roles', width: 26 },
    { header: 'Locality', key: 'locality', width: 16 },
    { header: 'Address', key: 'address1', width: 26 },
    { header: 'Address line 2', key: 'address2', width: 18 },
    { header: 'Town', key: 'town', width: 16 },
    { header: 'Postcode', key: 'postcode', width: 10 },
    { header: 'Phone', key: 'phone', width: 15 },
    { header: 'Email', key: 'email', width: 30 },
    { header: 'Happy to be contacted by', key: 'contactBy', width: 22 },
    { header: 'Consent given on', key: 'consentOn', width: 14, style: DATE },
    { header: 'Joined', key: 'joined', width: 12, style: DATE },
    { header: 'Left', key: 'left', width: 12, style: DATE },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const p = byId.get(r.id)!;
    sheet.addRow({
      number: formatMemberNumber(r.memberNumber), name: r.name, firstName: p.firstName, lastName: p.lastName, pronouns: p.pronouns,
      status: capitalise(r.status), roles: r.roles.join(', '), locality: r.locality,
      address1: p.addressLine1, address2: p.addressLine2, town: p.town, postcode: r.postcode, phone: r.phone, email: r.email,
      // Only what they agreed to: without recorded consent, this column stays empty.
      contactBy: p.contactConsent ? p.contactMethods.split(',').filter(Boolean).join(', ') : '',
      consentOn: p.contactConsent ? excelDateOrNone(p.contactConsentOn) : null,
      joined: excelDateOrNone(r.joinedOn), left: excelDateOrNone(p.leftOn),
    });
  }
  sheet.autoFilter = { from: 'A1', to: { row: 1, column: sheet.columns.length } };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `members-${today}.xlsx`, contentBase64: buffer.toString('base64'), rows: rows.length };
}
