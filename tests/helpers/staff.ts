// Synthetic staff records for tests: invented works numbers, National Insurance numbers in the right
// shape with prefixes HMRC does use (none belongs to a real person we know of), made-up DBS certificates.
import type { SaveStaffInput } from '../../shared/contract/staff';

/** A part-time peer supporter on 16 hours a week who started on 5 January 2026. */
export function staffInput(personId: number, overrides: Partial<SaveStaffInput> = {}): SaveStaffInput {
  return {
    personId,
    worksNumber: `PS${String(personId).padStart(3, '0')}`,
    niNumber: '',
    jobRole: 'Peer supporter',
    contractType: 'part-time',
    weeklyMinutes: 16 * 60,
    startDate: '2026-01-05',
    holidayScheme: 'irregular',
    ...overrides,
  };
}

/** A bank worker: no contracted hours, irregular-hours holiday. */
export const bankInput = (personId: number, overrides: Partial<SaveStaffInput> = {}): SaveStaffInput =>
  staffInput(personId, { contractType: 'bank', weeklyMinutes: null, holidayScheme: 'irregular', ...overrides });
