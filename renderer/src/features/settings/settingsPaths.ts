// Where each Settings page lives. Kept apart from the pages themselves so that a screen elsewhere can link
// to one ("add places in Settings, Lists and places") without importing every settings form.
export const SETTINGS_PATHS = {
  organisation: '/settings',
  security: '/settings/security',
  backups: '/settings/backups',
  auditLog: '/settings/audit-log',
  lists: '/settings/lists',
  pay: '/settings/pay',
  supervision: '/settings/supervision',
  absence: '/settings/absence',
} as const;

export type SettingsPageKey = keyof typeof SETTINGS_PATHS;
