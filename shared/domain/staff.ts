// The words and pure rules of staff records: contracts, National Insurance numbers, DBS certificates,
// probation. One person on the register may hold one staff record.
import { daysInMonth } from './dates';
import type { WageBand } from './pay/minimum-wage';

export const CONTRACT_TYPES = ['part-time', 'bank'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = { 'part-time': 'Part-time (contracted hours)', bank: 'Bank (no contracted hours)' };

export const HOLIDAY_SCHEMES = ['irregular', 'fixed'] as const;
export type HolidayScheme = (typeof HOLIDAY_SCHEMES)[number];
export const HOLIDAY_SCHEME_LABELS: Record<HolidayScheme, string> = {
  irregular: 'Irregular hours (12.07% of hours worked)', fixed: 'Fixed (5.6 weeks of their contracted week)',
};

export const BENEFIT_KINDS = ['none', 'permitted-work-lower', 'permitted-work-higher', 'permitted-work-supported', 'universal-credit'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];
export const BENEFIT_KIND_LABELS: Record<BenefitKind, string> = {
  none: 'No benefit that limits their work',
  'permitted-work-lower': 'Permitted work: lower limit',
  'permitted-work-higher': 'Permitted work: higher limit',
  'permitted-work-supported': 'Supported permitted work',
  'universal-credit': 'Universal Credit',
};

export const DBS_LEVELS = ['basic', 'standard', 'enhanced', 'enhanced-barred'] as const;
export type DbsLevel = (typeof DBS_LEVELS)[number];
export const DBS_LEVEL_LABELS: Record<DbsLevel, string> = {
  basic: 'Basic', standard: 'Standard', enhanced: 'Enhanced', 'enhanced-barred': "Enhanced with Adults' Barred List",
};

/**
 * An age band recorded for someone with no date of birth on the register: minimum-wage.ts's bands.
 * Apprentices are not a band here: the apprentice rate depends on the apprenticeship's start (first
 * year) and age (under 19), so the record holds the apprenticeship's start date instead.
 */
export const AGE_BANDS = ['21-and-over', '18-20', 'under-18'] as const satisfies readonly WageBand[];
export type AgeBand = (typeof AGE_BANDS)[number];

/** Shipped job roles; the office edits the list in Settings (list kind 'jobRoles'). */
export const DEFAULT_JOB_ROLES = ['Peer supporter', 'Coordinator', 'Regional coordinator', 'Trainer'];

/** Probation lasts this long unless the record says otherwise. */
export const DEFAULT_PROBATION_MONTHS = 6;

/** The same day `months` later, held to the month's last day: 31 August + 6 months is 28 (or 29) February. */
export function addMonthsClamped(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const defaultProbationEnd = (startDate: string): string => addMonthsClamped(startDate, DEFAULT_PROBATION_MONTHS);

// HMRC (NIM39110): neither prefix letter is D, F, I, Q, U or V; the second is not O; some pairs are
// never allocated. Six digits, then a suffix A to D.
const NI_PATTERN = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])$/;
const NI_UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * A National Insurance number as typed ("qq 12 34 56 c", "QQ123456C") -> stored form "QQ123456C", or
 * null when it cannot be one. Stored without spaces: that is how payroll files and HMRC carry it, and
 * one spelling makes two records comparable; formatNiNumber spaces it for people.
 */
export function normaliseNiNumber(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  const m = NI_PATTERN.exec(compact);
  if (!m || NI_UNALLOCATED.has(`${m[1]}${m[2]}`)) return null;
  return compact;
}

/** "AB123456C" -> "AB 12 34 56 C", as it is printed on letters from HMRC. */
export function formatNiNumber(stored: string): string {
  const m = /^([A-Z]{2})(\d{2})(\d{2})(\d{2})([A-D])$/.exec(stored);
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]} ${m[5]}` : stored;
}

/** A DBS certificate number as typed -> its 12 digits, or null. Spaces and hyphens are dropped. */
export function normaliseDbsCertificate(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{12}$/.test(digits) ? digits : null;
}
