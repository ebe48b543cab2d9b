// The office manager's words for the database's tables, columns and settings, for the audit log's
// summaries (summary.ts). Names only: a summary says "changed town and phone; added 1 role", never a
// value. A table or column missing here still reads, its underscores made spaces ("fit note from"),
// so a new one is never a reason for a summary to fail; the words here are for the ones that would not
// read well that way.

/** One of a table's rows, and more than one. */
const TABLE_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  people: ['member record', 'member records'],
  person_roles: ['role', 'roles'],
  person_involvements: ['involvement', 'involvements'],
  list_items: ['list entry', 'list entries'],
  dated_settings: ['set of dated figures', 'sets of dated figures'],
  pay_periods: ['pay period', 'pay periods'],
  pay_period_events: ['pay period history entry', 'pay period history entries'],
  referrals: ['referral', 'referrals'],
  referral_attachments: ['attached statement', 'attached statements'],
  referral_prompts: ['benefits advice prompt', 'benefits advice prompts'],
  places: ['place', 'places'],
  pay_elements: ['pay element', 'pay elements'],
  sessions: ['rota session', 'rota sessions'],
  staff: ['staff record', 'staff records'],
  pay_rates: ['pay rate', 'pay rates'],
  benefit_statuses: ['benefit status', 'benefit statuses'],
  dbs_checks: ['DBS check', 'DBS checks'],
  supervision_arrangements: ['supervision arrangement', 'supervision arrangements'],
  supervisions: ['supervision', 'supervisions'],
  supervision_actions: ['agreed action', 'agreed actions'],
  probation_events: ['probation history entry', 'probation history entries'],
  support_sessions: ['support session', 'support sessions'],
  support_attendance: ['invitation', 'invitations'],
  absence_types: ['kind of absence', 'kinds of absence'],
  absences: ['absence', 'absences'],
  absence_adjustments: ['absence adjustment', 'absence adjustments'],
  wellbeing_checkins: ['wellbeing check-in', 'wellbeing check-ins'],
};

/** Columns whose names are storage words (units, keys to other tables) rather than the screen's. */
const COLUMN_WORDS: Readonly<Record<string, string>> = {
  hourly_pence: 'hourly rate',
  start_minutes: 'start time',
  end_minutes: 'end time',
  break_minutes: 'break',
  worked_minutes: 'hours worked',
  weekly_minutes: 'weekly hours',
  part_day_minutes: 'part-day hours',
  miles_tenths: 'miles',
  values_json: 'figures',
  review_points: 'review points',
  ni_number: 'NI number',
  type_id: 'kind of absence',
  place_id: 'place',
  element_id: 'pay element',
  supervisor_staff_id: 'supervisor',
  supervisee_staff_id: 'person supervised',
  staff_id: 'person',
  person_id: 'person',
  referral_id: 'referral',
  period_id: 'pay period',
  support_session_id: 'support session',
  raised_in_id: 'meeting it was raised in',
  done_in_id: 'meeting it was done in',
  rescheduled_from_id: 'meeting it replaced',
  rtw_held_on: 'return-to-work conversation date',
  rtw_by: 'return-to-work conversation held by',
  rtw_support: 'return-to-work support',
  is_sickness: 'counts as sickness',
  is_disability_related: 'disability-related',
  leave_out_disability_related: 'leave out disability-related absence',
  approved_lines: 'approved pay lines',
  sage_code: 'Sage code',
  brightpay_code: 'BrightPay code',
  cadence_weeks: 'weeks between supervisions',
  contact_methods: 'ways to contact',
  position: 'order',
  active: 'in use',
  text: 'wording',
  content: 'statement file',
  offered_at: 'time offered',
  cancelled_at: 'time cancelled',
  reported_at: 'time reported',
  recorded_at: 'time recorded',
};

/** Settings (office_settings) by key: the key is the setting's name, never a value. */
const SETTING_WORDS: Readonly<Record<string, string>> = {
  officeName: 'office name',
  isDemo: 'demo office',
  autoLockMinutes: 'auto-lock time',
  backupExtraFolder: 'extra backup folder',
  paySchedule: 'pay schedule',
  absenceReviewPoints: 'absence review points',
  probationIntervalMonths: 'time between supervisions in probation',
  defaultCadenceWeeks: 'time between supervisions after probation',
  probationNoticeDays: 'notice of probation reviews',
};

const spaced = (name: string) => name.replaceAll('_', ' ');

/** A count and its noun, as a summary says it: '1 copy', '2 copies', '1,204 entries'. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function tableNoun(table: string, count: number): string {
  const [one, many] = TABLE_NOUNS[table] ?? [spaced(table), spaced(table)];
  return plural(count, one, many);
}

export const columnWords = (column: string): string => COLUMN_WORDS[column] ?? spaced(column);

/** "autoLockMinutes" -> "auto-lock time"; a key not listed here is still said in words ("someNewThing" -> "some new thing"). */
export const settingWords = (key: string): string => SETTING_WORDS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
