// Where the record an audit entry names can be seen: the member's page (at the panel that shows it), a
// pay period, or the Settings page that holds it. None for a record that is not in the database now.
import type { AuditRecordType, ListedAuditEntry } from '../../../../shared/contract/audit';
import { SETTINGS_PATHS } from '../settings/settingsPaths';

/** The panel of the member's page that shows a record of this kind (useSectionFocus lands on it). */
const PERSON_SECTIONS: Partial<Record<AuditRecordType, string>> = {
  'DBS check': 'dbs',
  'supervision arrangement': 'supervision', probation: 'supervision', supervision: 'supervision',
  absence: 'absence', adjustment: 'absence', 'wellbeing check-in': 'absence',
  referral: 'benefits-advice', 'referral prompt': 'benefits-advice', 'referral attachment': 'benefits-advice',
};

/** Kinds shown on a page of their own rather than on a member's. */
const PAGES: Partial<Record<AuditRecordType, string>> = {
  session: '/rota', 'support session': '/support',
  list: SETTINGS_PATHS.lists, place: SETTINGS_PATHS.lists,
  'pay element': SETTINGS_PATHS.pay, 'dated rate': SETTINGS_PATHS.pay, 'pay schedule': SETTINGS_PATHS.pay,
  'supervision settings': SETTINGS_PATHS.supervision,
  'absence type': SETTINGS_PATHS.absence, 'absence settings': SETTINGS_PATHS.absence,
  backup: SETTINGS_PATHS.backups, 'backup settings': SETTINGS_PATHS.backups,
};

export function recordPath(e: ListedAuditEntry): string | null {
  if (e.record.gone || !e.recordType) return null;
  // The office's settings are changed on two pages: the auto-lock time with the passphrase, the name with the organisation.
  if (e.recordType === 'office settings') return e.channel === 'security:saveSettings' ? SETTINGS_PATHS.security : SETTINGS_PATHS.organisation;
  const page = PAGES[e.recordType];
  if (page) return page;
  if (e.recordType === 'pay period' && e.recordId) return `/payroll/${encodeURIComponent(e.recordId)}`;
  if (e.record.personId === null) return null;
  const section = PERSON_SECTIONS[e.recordType];
  return `/members/${e.record.personId}${section ? `?section=${section}` : ''}`;
}
