// The audit log: one row for every change, export, unlock, failed unlock, lock and restore.
// Part of the schema (./index.ts lists every part); `npm run db:generate` reads them all.
//
// Append-only in the database itself: migration 0005 adds triggers that abort any UPDATE or DELETE of
// audit_log, so not even a bug in the app can rewrite history. A later migration that rebuilds this table
// (drizzle-kit's drop-and-copy) drops those triggers with it and must create them again.
// No CHECK on action or area, on purpose: a new kind of action would otherwise need such a rebuild.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(), // ISO 8601 UTC, when it happened (a failed unlock is written later, with its own time)
    action: text('action').notNull(), // shared/contract/audit.ts AUDIT_ACTIONS
    area: text('area').notNull(), // AUDIT_AREAS
    channel: text('channel').notNull(), // the contract channel that did it
    recordType: text('record_type').notNull().default(''),
    recordId: text('record_id').notNull().default(''),
    // Which fields changed and counts: never a personal value (electron/backend/audit/summary.ts).
    summary: text('summary').notNull().default(''),
    by: text('by').notNull(),
  },
  // The screen pages newest first, filtered by area, action or record: each filter has an index that
  // ends in the time, so a page is an index walk however long the log grows.
  (t) => [
    index('audit_log_at_idx').on(t.at, t.id),
    index('audit_log_area_at_idx').on(t.area, t.at, t.id),
    index('audit_log_action_at_idx').on(t.action, t.at, t.id),
    index('audit_log_record_at_idx').on(t.recordType, t.recordId, t.at, t.id),
  ],
);
