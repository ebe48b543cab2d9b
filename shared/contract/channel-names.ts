// Channel and event names alone, with no schemas: the sandboxed preload imports this file and must stay
// tiny (no zod). channels.ts checks at compile time that this list and the contract agree.
export const CHANNEL_NAMES = [
  'office:status', 'office:create', 'office:createDemo', 'office:unlock', 'office:lock', 'office:settings', 'office:rename', 'office:leaveDemo',
  'lists:update',
  'members:search', 'members:get', 'members:create', 'members:update', 'members:archive', 'members:delete',
  'members:importPreview', 'members:importCommit', 'members:export',
  'staff:get', 'staff:save', 'staff:addRate', 'staff:removeRate', 'staff:setBenefitStatus', 'staff:saveDbs', 'staff:list', 'staff:reminders',
  'settings:datedRates', 'settings:addDatedRate',
  'places:list', 'places:save', 'payElements:list', 'payElements:save',
  'rota:view', 'sessions:save', 'sessions:delete',
  'payroll:schedule', 'payroll:saveSchedule', 'payroll:periods', 'payroll:period', 'payroll:approve', 'payroll:reopen', 'payroll:export',
  'payroll:model', 'payroll:statement', 'payroll:statementFile',
  'supervision:settings', 'supervision:saveSettings', 'supervision:person', 'supervision:saveArrangement', 'supervision:createPlan',
  'supervision:save', 'supervision:reschedule', 'supervision:hold', 'supervision:setStatus', 'probation:extend', 'probation:decide',
  'supervision:month', 'supervision:lists',
  'support:year', 'support:save', 'support:delete', 'support:invite', 'support:setAttendance', 'support:uninvite',
  'dashboard:week',
  'absence:types', 'absence:saveType', 'absence:settings', 'absence:saveSettings', 'absence:person', 'absence:save', 'absence:delete',
  'absence:returnToWork', 'absence:saveAdjustment', 'absence:recordCheckin', 'absence:overview',
  'referrals:lists', 'referrals:person', 'referrals:get', 'referrals:save', 'referrals:attachStatement', 'referrals:attachment',
  'referrals:dismissPrompt',
  'backup:list', 'backup:make', 'backup:settings', 'backup:saveSettings', 'backup:preview', 'backup:restore', 'backup:progress',
  'security:settings', 'security:saveSettings', 'security:changePassphrase', 'security:newRecoveryKey', 'security:confirmRecoveryKey',
  'audit:list', 'audit:export',
] as const;

/** Events the main process pushes to the window (the menu's Lock, for instance). */
export const EVENTS = ['office:locked'] as const;
export type AppEvent = (typeof EVENTS)[number];
