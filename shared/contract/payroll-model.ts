// What a pay period's export is made from: plain data, computed once by the backend
// (electron/backend/payroll/compute.ts) and written out by each format's writer (workbook, Sage 50 CSV,
// BrightPay CSV) and by the A4 sign-off sheet. A writer never recomputes pay: every file agrees.
// Money integer pence; hours integer minutes; miles integer tenths; dates 'YYYY-MM-DD'.
import type { SspRules } from '../domain/pay/ssp';

export type PeriodStatus = 'draft' | 'approved' | 'exported';

export interface PeriodInfo {
  key: string; // 'YYYY-MM' for a month, the start date for four weeks
  start: string;
  end: string; // inclusive
  payDate: string;
  status: PeriodStatus;
}

/**
 * What a summary line counts:
 * - hours: worked minutes of one pay element at one hourly rate (a rise mid-period makes two lines);
 * - miles: business miles at one pence-per-mile rate (the 10,000-mile band makes two lines);
 * - holiday-accrued: holiday hours earned at 12.07% (information for payroll's holiday record, no pay);
 * - amount: a sum with no hours (rolled-up holiday pay);
 * - ssp-days: Statutory Sick Pay qualifying days in the period (days, not hours, and no amount: payroll
 *   works out SSP from earnings it holds). Lines approved before SSP lines existed simply have none.
 */
export type SummaryUnit = 'hours' | 'miles' | 'holiday-accrued' | 'amount' | 'ssp-days';

export interface SummaryLine {
  staffId: number;
  worksNumber: string;
  niNumber: string; // 'QQ123456C' or ''
  name: string; // "First Last" as on the register
  elementId: number;
  elementName: string;
  unit: SummaryUnit;
  /** hours and holiday-accrued: minutes; miles: tenths of a mile; amount: 0; ssp-days: days. */
  quantity: number;
  /**
   * The quantity as payroll takes it, in hundredths, rounded once from the total:
   * hours 1.00 = 100 (three 20-minute sessions make 100, never 99); miles 12.3 = 1230; amount: 100 (one payment);
   * ssp-days: 3 days = 300.
   */
  hundredths: number;
  /** hours: pence an hour; miles: pence a mile; amount: the sum in pence; holiday-accrued and ssp-days: null. */
  ratePence: number | null;
  /**
   * ROUND(hundredths x rate / 100) to the penny, exactly what the payroll software computes from the
   * file's hours and rate, so the workbook and the payslip agree. 0 for holiday-accrued and ssp-days.
   */
  amountPence: number;
  /** The element's code in each payroll product ('' when not mapped). */
  sageCode: string;
  brightpayCode: string;
  /** BrightPay's "accrues annual leave" flag: hours lines for irregular-hours staff. */
  accruesHoliday: boolean;
  /** ssp-days only: the qualifying days themselves, oldest first, for payroll's sickness record. */
  sickDates?: string[];
}

export interface SessionLine {
  sessionId: number;
  staffId: number;
  worksNumber: string;
  name: string;
  date: string;
  start: string; // 'HH:MM'
  end: string; // 'HH:MM' (the next day when at or before the start)
  breakMinutes: number;
  workedMinutes: number; // real time, across clock changes, less the break
  placeName: string;
  elementName: string;
  ratePence: number | null; // null: no rate on that date (a blocking problem)
  /** workedMinutes x rate, rounded to the penny: for reading, the summary is what is paid. */
  amountPence: number;
  milesTenths: number;
}

export interface PayrollModel {
  officeName: string;
  period: PeriodInfo;
  /** When the file was made, ISO 8601 UTC. */
  generatedAt: string;
  /** Sorted by works number, then element position, then rate. */
  lines: SummaryLine[];
  /** Worked sessions only, by works number, date, start. */
  sessions: SessionLine[];
  /**
   * The Statutory Sick Pay figures in force on any day of the period, oldest first, shown beside SSP
   * days for information (payroll works out the pay). Absent in models made before SSP lines existed.
   */
  sspRates?: SspRules[];
}

/** One Monday-to-Sunday week of a person's weekly hours and earnings statement (for a benefits adviser). */
export interface StatementWeek {
  weekStart: string;
  weekEnd: string;
  sessions: number;
  minutes: number;
  pence: number; // gross pay, rounded once per week
  /** The 4-week average ending with this week; null until four weeks are known. */
  averageMinutes: number | null;
  averagePence: number | null;
  /**
   * Statutory Sick Pay qualifying days that week (payroll pays SSP for them; the pay is not in `pence`).
   * Absent in statements made before SSP days were counted.
   */
  sspDays?: number;
  /** Only for people on permitted work: which limits were broken that week. */
  overHours: boolean;
  overEarnings: boolean;
}

export interface WeeklyStatement {
  officeName: string;
  name: string;
  worksNumber: string;
  from: string;
  to: string;
  /** '' when not on permitted work; otherwise e.g. 'Permitted work (higher limit)'. */
  permittedWork: string;
  weeks: StatementWeek[];
  totalMinutes: number;
  totalPence: number;
  weeksOverLimit: number;
  generatedAt: string;
}
