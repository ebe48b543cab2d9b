// The audit log's rules without a database: every channel of the contract is sorted as a read or a logged
// write, each logged write names a real area, kind of record and table, and the summary says which
// fields changed and how many rows, never a value.
import { getTableName, isTable } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CHANNEL_AUDIT } from '../../electron/backend/audit/channels';
import type { RowChange } from '../../electron/backend/audit/capture';
import { londonMidnight } from '../../electron/backend/audit/log';
import { actionFor, MAX_SUMMARY, netChanges, recordIdFor, summarise } from '../../electron/backend/audit/summary';
import * as schema from '../../electron/backend/db/schema';
import { AUDIT_AREAS, AUDIT_RECORD_TYPES } from '../../shared/contract/audit';
import { CHANNELS } from '../../shared/contract/channels';

const TABLES = new Set<string>(Object.values(schema).filter((t) => isTable(t)).map((t) => getTableName(t)));

describe('the sorting of channels', () => {
  it('covers every channel of the contract, and nothing else', () => {
    expect(Object.keys(CHANNEL_AUDIT).sort()).toEqual([...CHANNELS].sort());
  });

  it('gives every logged write a real area, kind of record and table', () => {
    for (const channel of CHANNELS) {
      const rule = CHANNEL_AUDIT[channel];
      if (rule === 'read') continue;
      expect(AUDIT_AREAS, channel).toContain(rule.area);
      expect(AUDIT_RECORD_TYPES, channel).toContain(rule.record);
      if (rule.table !== undefined) expect(TABLES.has(rule.table), `${channel}: no table ${rule.table}`).toBe(true);
      // A create-or-change is told apart by its record's table.
      if (rule.action === 'create-or-change') expect(rule.table, channel).toBeDefined();
    }
  });

  it('logs writes in the same transaction as the change, but for the few that cannot be', () => {
    const outside = CHANNELS.filter((c) => { const r = CHANNEL_AUDIT[c]; return r !== 'read' && r.how !== 'transaction'; });
    expect(outside.sort()).toEqual([
      // The office's life: there is no open database to share a transaction with, or it is being closed.
      'backup:make', 'backup:restore', 'office:create', 'office:createDemo', 'office:leaveDemo', 'office:lock', 'office:unlock',
      // A read that opens a backup with a secret: only a wrong secret is logged, and there may be no open database.
      'backup:preview',
      // A backup is made after these (VACUUM INTO cannot run inside a transaction).
      'security:changePassphrase', 'security:confirmRecoveryKey', 'security:newRecoveryKey',
    ].sort());
  });

  it('keeps the reason for reopening a period out of the log, and the name of whoever did it in', () => {
    const rule = CHANNEL_AUDIT['payroll:reopen'];
    if (rule === 'read') throw new Error('payroll:reopen must be logged');
    const input = { key: '2026-10', by: 'Morwenna Testworth', reason: 'Hours for Ysolde Pettifork were wrong' };
    expect(rule.note!(input, undefined as never)).toBe('reason given (37 characters)');
    expect(rule.by!(input)).toBe('Morwenna Testworth');
  });
});

const change = (table: string, op: RowChange['op'], key: string, extra: Partial<RowChange> = {}): RowChange => ({ table, op, key, columns: [], fingerprint: '', ...extra });

describe('summaries', () => {
  it('say in the office’s words which fields changed and how many rows, with the channel’s words first', () => {
    const changes = [
      change('people', 'update', '12', { columns: ['phone', 'town', 'updated_at'] }),
      change('person_roles', 'insert', '40', { fingerprint: 'a' }),
      change('person_roles', 'delete', '31', { fingerprint: 'b' }),
    ];
    // The record's own table needs no name; another table's rows are named and counted.
    expect(summarise(changes, '', 'people')).toBe('changed phone and town; added 1 role; removed 1 role');
    expect(summarise(changes, 'archived', 'people')).toBe('archived; changed phone and town; added 1 role; removed 1 role');
    expect(summarise(changes)).toBe('changed phone and town on 1 member record; added 1 role; removed 1 role');
    // Rows added across tables are said together, the record's first.
    expect(summarise([change('person_roles', 'insert', '40'), change('people', 'insert', '12')], '', 'people')).toBe('added 1 member record and 1 role');
    expect(summarise([change('people', 'update', '12', { columns: ['updated_at'] })])).toBe('saved with no changes');
    // Storage names become the screen's: pence, minutes and keys to other tables.
    expect(summarise([change('sessions', 'update', '1', { columns: ['status'] }), change('sessions', 'update', '2', { columns: ['status', 'cancelled_at', 'start_minutes', 'start_utc_ms', 'place_id'] })], '', 'sessions'))
      .toBe('changed status, time cancelled, start time and place on 2 rota sessions');
    expect(summarise([change('pay_rates', 'update', '3', { columns: ['hourly_pence'] })], '', 'pay_rates')).toBe('changed hourly rate');
    // A setting is named by its key, which is a setting's name and never a person's value; said in words.
    expect(summarise([change('office_settings', 'update', 'officeName', { columns: ['value'] })])).toBe('changed office name');
    expect(summarise([change('office_settings', 'insert', 'autoLockMinutes')])).toBe('set auto-lock time');
    expect(summarise([change('office_settings', 'insert', 'someLaterSetting')])).toBe('set some later setting');
    // A table these words do not know yet still reads.
    expect(summarise([change('case_notes', 'insert', '1'), change('case_notes', 'insert', '2')])).toBe('added 2 case notes');
  });

  it('leave out rows removed and written again unchanged, as a list saved whole does', () => {
    const net = netChanges([
      change('person_roles', 'delete', '1', { fingerprint: 'member-2024' }),
      change('person_roles', 'delete', '2', { fingerprint: 'volunteer-2025' }),
      change('person_roles', 'insert', '3', { fingerprint: 'member-2024' }),
      change('person_roles', 'insert', '4', { fingerprint: 'volunteer-2025' }),
      change('person_roles', 'insert', '5', { fingerprint: 'trustee-2026' }),
      change('people', 'delete', '9', { fingerprint: 'member-2024' }), // another table: never paired
    ]);
    expect(net.map((c) => [c.table, c.op, c.key])).toEqual([['person_roles', 'insert', '5'], ['people', 'delete', '9']]);
  });

  it('are cut at a table’s end when very long, saying how much more there was', () => {
    const many = Array.from({ length: 200 }, (_, i) => change(`table_number_${i}`, 'insert', '1'));
    const summary = summarise(many);
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY);
    expect(summary).toMatch(/; and \d+ more$/);
  });

  it('tell a create from a change and a delete by what happened to the record’s own table', () => {
    expect(actionFor('create-or-change', 'staff', [change('staff', 'insert', '3'), change('people', 'update', '1')])).toBe('create');
    expect(actionFor('create-or-change', 'staff', [change('staff', 'update', '3')])).toBe('change');
    expect(actionFor('create-or-change', 'staff', [change('staff', 'delete', '3')])).toBe('delete');
    expect(actionFor('create-or-change', 'staff', [])).toBe('change');
    expect(actionFor('approve', 'pay_periods', [change('pay_periods', 'insert', '1')])).toBe('approve');
  });

  it('take the record’s number from the call, else from the row its table gained', () => {
    expect(recordIdFor(7, 'sessions', [change('sessions', 'insert', '9')])).toBe('7');
    expect(recordIdFor('2026-10', undefined, [])).toBe('2026-10');
    expect(recordIdFor(undefined, 'sessions', [change('sessions', 'update', '4'), change('sessions', 'insert', '9')])).toBe('9');
    expect(recordIdFor(undefined, 'sessions', [change('people', 'insert', '2')])).toBe('');
  });
});

describe('days in England', () => {
  it('start at midnight in England, as a UTC instant, in summer and in winter', () => {
    expect(londonMidnight('2026-07-01')).toBe('2026-06-30T23:00:00.000Z');
    expect(londonMidnight('2026-12-01')).toBe('2026-12-01T00:00:00.000Z');
    // The days the clocks change: midnight comes before the change at 01:00 UTC.
    expect(londonMidnight('2026-03-29')).toBe('2026-03-29T00:00:00.000Z');
    expect(londonMidnight('2026-10-25')).toBe('2026-10-24T23:00:00.000Z');
  });
});
