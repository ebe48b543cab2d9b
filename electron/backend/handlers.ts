// Channel -> use case. Every entry is typed from the contract, so a channel without a handler, or a
// handler returning the wrong shape, fails the type check.
import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract/channels';
import type { OfficeStatus } from '../../shared/contract/office';
import type { OfficeSession, Secret } from './office/session';
import * as members from './members/service';
import { populateDemo } from './members/demo';
import { DEMO_OFFICE_NAME } from '../../shared/domain/members';
import { officeSettingsOf, readSetting, replaceList, writeSetting } from './lists/service';
import { commitImport, previewImport } from './transfer/import-members';
import { exportMembers } from './transfer/export-members';
import * as staff from './staff/service';
import { addDatedRate, datedRows } from './settings/dated';
import { listPayElements, listPlaces, savePayElement, savePlace } from './rota/places';
import * as rota from './rota/service';
import * as periods from './payroll/periods';
import { readSchedule, saveSchedule } from './payroll/schedule';
import { exportPayroll } from './payroll/export';
import { weeklyStatement, weeklyStatementFile } from './payroll/statement';
import * as support from './support/service';
import * as supervision from './supervision/service';
import { readSupervisionSettings, saveSupervisionSettings } from './supervision/settings';
import * as dashboard from './dashboard/service';
import * as absence from './absence/service';
import * as referrals from './referrals/service';
import * as audit from './audit/service';
import { readSecuritySettings, saveSecuritySettings } from './office/security-settings';

type Handlers = { [C in Channel]: (input: ParsedInputOf<C>, session: OfficeSession) => OutputOf<C> | Promise<OutputOf<C>> };

export function status(session: OfficeSession): OfficeStatus {
  const state = session.state();
  if (state !== 'unlocked') return { state, officeName: null, isDemo: false };
  const { db } = session.context();
  return { state, officeName: readSetting(db, 'officeName'), isDemo: readSetting(db, 'isDemo') === 'yes' };
}

/** The schema lets exactly one of the two through. */
const secretOf = (input: { passphrase?: string | undefined; recoveryKey?: string | undefined }): Secret =>
  input.passphrase !== undefined ? { passphrase: input.passphrase } : { recoveryKey: input.recoveryKey ?? '' };

const settings = (session: OfficeSession) => officeSettingsOf(session.context(), session.databasePath() ?? '');

export const handlers: Handlers = {
  'office:status': (_, session) => status(session),
  'office:create': async (input, session) => ({
    recoveryKey: await session.create({ officeName: input.officeName, passphrase: input.passphrase, demo: false }),
  }),
  'office:createDemo': async (input, session) => {
    await session.create({ officeName: DEMO_OFFICE_NAME, passphrase: input.passphrase, demo: true, populate: (ctx) => populateDemo(ctx) });
    return status(session);
  },
  'office:unlock': async (input, session) => {
    await session.unlock(input);
    absence.upkeep(session.context());
    return status(session);
  },
  'office:lock': (_, session) => {
    session.lock();
    return status(session);
  },
  'office:settings': (_, session) => settings(session),
  'office:leaveDemo': (_, session) => {
    session.leaveDemo();
    return status(session);
  },
  'office:rename': (input, session) => {
    writeSetting(session.context(), 'officeName', input.officeName);
    return settings(session);
  },
  'lists:update': (input, session) => {
    replaceList(session.context(), input.kind, input.items);
    return settings(session);
  },
  'members:search': (input, session) => members.search(session.context(), input),
  'members:get': (input, session) => members.get(session.context(), input.id),
  'members:create': (input, session) => members.create(session.context(), input),
  'members:update': (input, session) => members.update(session.context(), input.id, input.member),
  'members:archive': (input, session) => members.archive(session.context(), input.id, input.leftOn),
  'members:delete': (input, session) => members.remove(session.context(), input.id),
  'members:importPreview': (input, session) => previewImport(session.context(), input),
  'members:importCommit': (input, session) => commitImport(session.context(), input),
  'members:export': (input, session) => exportMembers(session.context(), input),
  'staff:get': (input, session) => staff.get(session.context(), input.personId),
  'staff:save': (input, session) => staff.save(session.context(), input),
  'staff:addRate': (input, session) => staff.addRate(session.context(), input),
  'staff:removeRate': (input, session) => staff.removeRate(session.context(), input.rateId),
  'staff:setBenefitStatus': (input, session) => staff.setBenefitStatus(session.context(), input),
  'staff:saveDbs': (input, session) => staff.saveDbs(session.context(), input),
  'staff:list': (_, session) => staff.list(session.context()),
  'staff:reminders': (input, session) => staff.reminders(session.context(), input.withinDays),
  'settings:datedRates': (input, session) => datedRows(session.context().db, input.kind),
  'settings:addDatedRate': (input, session) => addDatedRate(session.context(), input),
  'places:list': (_, session) => listPlaces(session.context().db),
  'places:save': (input, session) => savePlace(session.context(), input),
  'payElements:list': (_, session) => listPayElements(session.context().db),
  'payElements:save': (input, session) => savePayElement(session.context(), input),
  'rota:view': (input, session) => rota.view(session.context(), input),
  'sessions:save': (input, session) => rota.save(session.context(), input),
  'sessions:delete': (input, session) => rota.remove(session.context(), input.id),
  'payroll:schedule': (_, session) => readSchedule(session.context().db),
  'payroll:saveSchedule': (input, session) => saveSchedule(session.context(), input.schedule),
  'payroll:periods': (input, session) => periods.list(session.context(), input.count),
  'payroll:period': (input, session) => periods.detail(session.context(), input.key),
  'payroll:approve': (input, session) => periods.approve(session.context(), input.key, input.by),
  'payroll:reopen': (input, session) => periods.reopen(session.context(), input.key, input.by, input.reason),
  'payroll:export': (input, session) => exportPayroll(session.context(), input.key, input.format, input.by),
  'payroll:model': (input, session) => periods.computeByKey(session.context(), input.key).model,
  'payroll:statement': (input, session) => weeklyStatement(session.context(), input.staffId, input.from, input.to),
  'payroll:statementFile': (input, session) => weeklyStatementFile(session.context(), input.staffId, input.from, input.to),
  'supervision:settings': (_, session) => readSupervisionSettings(session.context().db),
  'supervision:saveSettings': (input, session) => saveSupervisionSettings(session.context(), input),
  'supervision:person': (input, session) => supervision.person(session.context(), input.staffId),
  'supervision:saveArrangement': (input, session) => supervision.saveArrangement(session.context(), input),
  'supervision:createPlan': (input, session) => supervision.createPlan(session.context(), input.staffId),
  'supervision:save': (input, session) => supervision.save(session.context(), input),
  'supervision:reschedule': (input, session) => supervision.reschedule(session.context(), input),
  'supervision:hold': (input, session) => supervision.hold(session.context(), input),
  'supervision:setStatus': (input, session) => supervision.setStatus(session.context(), input),
  'probation:extend': (input, session) => supervision.extend(session.context(), input),
  'probation:decide': (input, session) => supervision.decide(session.context(), input),
  'supervision:month': (input, session) => supervision.month(session.context(), input.month, input.supervisorStaffId),
  'supervision:lists': (_, session) => supervision.lists(session.context()),
  'dashboard:week': (_, session) => dashboard.week(session.context()),
  'support:year': (input, session) => support.year(session.context(), input.year),
  'support:save': (input, session) => support.save(session.context(), input),
  'support:delete': (input, session) => support.remove(session.context(), input.id),
  'support:invite': (input, session) => support.invite(session.context(), input),
  'support:setAttendance': (input, session) => support.setAttendance(session.context(), input),
  'support:uninvite': (input, session) => support.uninvite(session.context(), input),
  'absence:types': (_, session) => absence.types(session.context()),
  'absence:saveType': (input, session) => absence.saveType(session.context(), input),
  'absence:settings': (_, session) => absence.settings(session.context()),
  'absence:saveSettings': (input, session) => absence.saveSettings(session.context(), input),
  'absence:person': (input, session) => absence.person(session.context(), input.staffId),
  'absence:save': (input, session) => absence.save(session.context(), input),
  'absence:delete': (input, session) => absence.remove(session.context(), input.id),
  'absence:returnToWork': (input, session) => absence.returnToWork(session.context(), input),
  'absence:saveAdjustment': (input, session) => absence.saveAdjustment(session.context(), input),
  'absence:recordCheckin': (input, session) => absence.recordCheckin(session.context(), input),
  'absence:overview': (_, session) => absence.overview(session.context()),
  'referrals:lists': (_, session) => referrals.lists(session.context()),
  'referrals:person': (input, session) => referrals.person(session.context(), input.personId),
  'referrals:get': (input, session) => referrals.get(session.context(), input.id),
  'referrals:save': (input, session) => referrals.save(session.context(), input),
  'referrals:attachStatement': (input, session) => referrals.attachStatement(session.context(), input),
  'referrals:attachment': (input, session) => referrals.attachment(session.context(), input.id),
  'referrals:dismissPrompt': (input, session) => referrals.dismissPrompt(session.context(), input.id),
  'backup:list': (_, session) => session.backups.list(),
  'backup:make': (_, session) => session.backups.make(),
  'backup:settings': (_, session) => session.backups.settings(),
  'backup:saveSettings': (input, session) => session.backups.saveSettings(input),
  'backup:preview': (input, session) => session.withSecretAttempt(() => session.backups.preview(input.file, secretOf(input))),
  'backup:restore': async (input, session) => ({
    ...(await session.withSecretAttempt(() => session.backups.restore(input.file, secretOf(input), { replaceDifferentOffice: input.replaceDifferentOffice === true }))),
    status: status(session),
  }),
  'backup:progress': (_, session) => session.backups.progress.current(),
  'security:settings': (_, session) => readSecuritySettings(session.context().db),
  'security:saveSettings': (input, session) => saveSecuritySettings(session.context(), input),
  'security:changePassphrase': (input, session) => session.keys.changePassphrase(input),
  'security:newRecoveryKey': (input, session) => session.keys.newRecoveryKey(input),
  'security:confirmRecoveryKey': (input, session) => session.keys.confirmRecoveryKey(input),
  'audit:list': (input, session) => audit.list(session.context(), input),
  'audit:export': (input, session) => audit.exportLog(session.context(), input),
};
