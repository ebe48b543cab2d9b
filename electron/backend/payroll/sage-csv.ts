// Sage 50 Payroll (UK desktop) single timesheet import: no header row, one line per worker per payment,
// `Employee Reference,Payment Reference,Hours,Rate`, e.g. `3135,11,5.82,12.71`. Sage refuses the whole
// file when any line is wrong, so every line is checked first and a file is made only when all pass:
// the office fixes things here, in words it understands, rather than reading Sage's import errors.
import type { PayrollModel, SummaryLine } from '../../../shared/contract/payroll-model';
import { penceToDecimal } from '../../../shared/domain/pay/rounding';

export type SageCsvResult = { ok: true; text: string } | { ok: false; problems: string[] };

// Limits chosen to catch slips, not to mirror Sage to the last digit (confirm with the charity's version):
// Sage employee references are whole numbers; 7 digits is more than any charity payroll uses.
const EMPLOYEE_REFERENCE = /^\d{1,7}$/;
// Payment references are the numbers of Sage's payment types; 1-999 covers every set-up we have seen.
const PAYMENT_REFERENCE = /^\d{1,3}$/;
// Under 1000 hours on one line: more is a slip (a month has 744 hours in it).
const MAX_HUNDREDTHS = 99_999;
// Rates up to £99,999.99: an 'amount' line's rate is the whole sum, and no single payment here is larger.
const MAX_RATE_PENCE = 9_999_999;

// Hundredths of an hour and pence are both written as a 2 dp decimal built from the integer: 582 -> '5.82'.
const twoPlaces = penceToDecimal;

/**
 * The lines Sage's timesheet takes. Holiday accrued is information for payroll's holiday record, not a
 * payment; SSP days are days, not hours at a rate, and Sage pays SSP from its own sickness screen (the
 * period's checklist lists the days to enter there).
 */
export const sageLines = (model: PayrollModel): SummaryLine[] => model.lines.filter((l) => l.unit !== 'holiday-accrued' && l.unit !== 'ssp-days');

export function sageCsv(model: PayrollModel): SageCsvResult {
  const payments = sageLines(model);
  if (payments.length === 0) {
    const onlySsp = model.lines.some((l) => l.unit === 'ssp-days');
    return { ok: false, problems: [onlySsp
      ? 'There is nothing to send to Sage: the period has SSP days but no payments. Enter the SSP days in Sage\'s sickness screen (the checklist lists them).'
      : 'There is nothing to send to Sage: no payments in this pay period.'] };
  }

  const problems = [...new Set([...elementProblems(payments), ...payments.flatMap(lineProblems)])];
  if (problems.length > 0) return { ok: false, problems };

  const text = payments.map((l) => [l.worksNumber, l.sageCode, twoPlaces(l.hundredths), twoPlaces(l.ratePence ?? 0)].join(',')).join('\r\n');
  return { ok: true, text: `${text}\r\n` }; // CRLF: Sage runs on Windows
}

/** A wrong pay-element mapping is one fix in Settings, so it is reported once, with everyone it affects. */
function elementProblems(payments: readonly SummaryLine[]): string[] {
  const byElement = new Map<string, { code: string; worksNumbers: string[] }>();
  for (const l of payments) {
    if (PAYMENT_REFERENCE.test(l.sageCode) && Number(l.sageCode) >= 1) continue;
    const entry = byElement.get(l.elementName) ?? { code: l.sageCode, worksNumbers: [] };
    if (!entry.worksNumbers.includes(l.worksNumber)) entry.worksNumbers.push(l.worksNumber);
    byElement.set(l.elementName, entry);
  }
  return [...byElement].map(([element, { code, worksNumbers }]) => {
    const who = `It is used for works number${worksNumbers.length > 1 ? 's' : ''} ${worksNumbers.map((w) => w || '(none)').join(', ')}.`;
    return code.trim() === ''
      ? `Pay element '${element}' has no Sage payment number: set it in Settings, Pay and rates (pay elements). ${who}`
      : `Pay element '${element}' has Sage payment number '${code}', which Sage cannot take: payment numbers are whole numbers from 1 to 999. Correct it in Settings, Pay and rates (pay elements). ${who}`;
  });
}

function lineProblems(l: SummaryLine): string[] {
  const problems: string[] = [];
  if (l.worksNumber.trim() === '') {
    problems.push(`${l.name} has no works number, so Sage cannot find them: add their Sage employee reference to their staff record.`);
  } else if (!EMPLOYEE_REFERENCE.test(l.worksNumber) || Number(l.worksNumber) === 0) {
    problems.push(`Works number '${l.worksNumber}' (${l.name}) cannot go to Sage: Sage employee references are whole numbers of up to 7 digits. Make it match the employee reference in Sage.`);
  }
  const who = `Works number ${l.worksNumber || '(none)'} (${l.name}), ${l.elementName}`;
  if (!Number.isSafeInteger(l.hundredths) || l.hundredths <= 0 || l.hundredths > MAX_HUNDREDTHS) {
    problems.push(`${who}: ${l.hundredths / 100} ${l.unit === 'miles' ? 'miles' : 'hours'} cannot go to Sage, which takes more than 0 and less than 1000 on one line.`);
  }
  if (l.ratePence === null) {
    problems.push(`${who}: there is no rate for this line. Add the pay rate for the dates worked, then export again.`);
  } else if (!Number.isSafeInteger(l.ratePence) || l.ratePence <= 0 || l.ratePence > MAX_RATE_PENCE) {
    problems.push(`${who}: a rate of ${l.ratePence / 100} cannot go to Sage, which takes a rate of more than £0 and up to £99,999.99.`);
  }
  return problems;
}
