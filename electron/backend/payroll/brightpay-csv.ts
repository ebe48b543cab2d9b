// BrightPay (UK) payment import: a CSV with a header row whose columns the office maps once on
// BrightPay's screen (BrightPay remembers the mapping). BrightPay matches a worker on works number or NI
// number, so a line needs one of them; an element with no BrightPay code is still fine, because the
// Payment column names it and the office can map it there. SSP days go as a line of days in the Hours
// column with no rate or amount: BrightPay works out SSP itself.
import type { PayrollModel, SummaryLine } from '../../../shared/contract/payroll-model';
import { formatUkDate } from '../../../shared/domain/dates';
import { penceToDecimal } from '../../../shared/domain/pay/rounding';

export type BrightpayCsvResult = { ok: true; text: string } | { ok: false; problems: string[] };

export const BRIGHTPAY_HEADER = ['Works Number', 'NI Number', 'Name', 'Payment', 'Code', 'Hours', 'Rate', 'Amount', 'Description', 'Accrues Annual Leave'];

// Hundredths of an hour and pence are both written as a 2 dp decimal built from the integer: 582 -> '5.82'.
const twoPlaces = penceToDecimal;

/** The lines BrightPay takes: holiday accrued is information for payroll's holiday record, not a payment. */
export const brightpayLines = (model: PayrollModel): SummaryLine[] => model.lines.filter((l) => l.unit !== 'holiday-accrued');

export function brightpayCsv(model: PayrollModel): BrightpayCsvResult {
  const payments = brightpayLines(model);
  if (payments.length === 0) return { ok: false, problems: ['There is nothing to send to BrightPay: no payments in this pay period.'] };

  const problems = [...new Set(payments.filter((l) => l.worksNumber.trim() === '' && l.niNumber.trim() === '').map((l) =>
    `${l.name} has neither a works number nor a National Insurance number, so BrightPay cannot match them: add one to their staff record.`))];
  if (problems.length > 0) return { ok: false, problems };

  const description = `${formatUkDate(model.period.start)} to ${formatUkDate(model.period.end)}`;
  const rows = [BRIGHTPAY_HEADER.map(csvField), ...payments.map((l) => paymentFields(l, description))];
  return { ok: true, text: rows.map((fields) => fields.join(',')).join('\r\n') + '\r\n' }; // CRLF, as RFC 4180 and Windows expect
}

/** Text fields pass through the formula guard and quoting; numbers are our own digits and go as they are. */
function paymentFields(l: SummaryLine, period: string): string[] {
  // Miles go in Hours as the quantity; an 'amount' line is one (1.00) of the sum, as in the Sage file.
  // SSP days go in Hours as days (3.00), with Rate and Amount empty: an amount of 0.00 would read as a payment of nothing.
  const ssp = l.unit === 'ssp-days';
  const rate = l.ratePence === null ? '' : twoPlaces(l.ratePence);
  return [
    csvField(l.worksNumber), csvField(l.niNumber), csvField(l.name), csvField(l.elementName), csvField(l.brightpayCode),
    twoPlaces(l.hundredths), rate, ssp ? '' : twoPlaces(l.amountPence),
    csvField(`${ssp ? 'SSP qualifying days' : l.elementName}, ${period}`), l.accruesHoliday ? 'Yes' : 'No',
  ];
}

/**
 * One text field, safe to open in a spreadsheet and quoted as RFC 4180 says. A field that starts with
 * = + - @ or a tab or carriage return would run as a formula in Excel (CSV injection), so it gets a
 * leading apostrophe, which Excel shows as plain text.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
