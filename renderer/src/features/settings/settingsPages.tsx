// The Settings pages, in the order the index lists them: a label the office manager looks for, a hint
// naming what is inside (so "minimum wage" or "places" can be found without opening every page), and
// the page. The routes and the index are both made from this one list.
import type { ReactNode } from 'react';
import { AbsenceSettings } from '../absence/AbsenceSettings';
import { AuditLogPage } from '../audit/AuditLogPage';
import { BackupsSection } from '../backup/BackupsSection';
import { PassphraseAndLocking } from '../security/PassphraseAndLocking';
import { SupervisionSettingsForm } from '../supervision/SupervisionSettingsForm';
import { ListsSettings } from './ListsSettings';
import { OrganisationSettings } from './OrganisationSettings';
import { PaySettings } from './PaySettings';
import { SettingsSection } from './SettingsSection';
import { SETTINGS_PATHS, type SettingsPageKey } from './settingsPaths';

interface SettingsPageEntry {
  key: SettingsPageKey;
  label: string;
  hint: string;
  page: ReactNode;
}

export const SETTINGS_PAGES: SettingsPageEntry[] = [
  { key: 'organisation', label: 'Your organisation', hint: 'Its name; where the records are kept', page: <OrganisationSettings /> },
  { key: 'security', label: 'Passphrase and locking', hint: 'Auto-lock, passphrase, recovery key', page: <PassphraseAndLocking /> },
  { key: 'backups', label: 'Backups', hint: 'Back up now, restore, extra folder', page: <BackupsSection /> },
  { key: 'auditLog', label: 'Audit log', hint: 'Who changed what, and when', page: <AuditLogPage /> },
  { key: 'lists', label: 'Lists and places', hint: 'Localities, involvement, job roles, advice services, places', page: <ListsSettings /> },
  { key: 'pay', label: 'Pay and rates', hint: 'Minimum wage, permitted work, sick pay, holiday, mileage, pay schedule and elements', page: <PaySettings /> },
  { key: 'supervision', label: 'Supervision', hint: 'How often, and notice in probation', page: <SettingsSection title="Supervision" titleShownByLegend><SupervisionSettingsForm /></SettingsSection> },
  { key: 'absence', label: 'Absence', hint: 'Review points, kinds of absence', page: <SettingsSection title="Absence" titleShownByLegend><AbsenceSettings /></SettingsSection> },
];

/** The route of a page below /settings: '' for the first page. */
export const subPath = (key: SettingsPageKey): string => SETTINGS_PATHS[key].replace(/^\/settings\/?/, '');
