// The audit_log table: adding an entry, and reading pages of them newest first. Nothing here (or
// anywhere) updates or deletes an entry; the database refuses it anyway (migration 0005's triggers).
import { and, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditArea, AuditEntry, AuditFilters, AuditRecordType } from '../../../shared/contract/audit';
import { addDays } from '../../../shared/domain/pay/calendar';
import type { Db } from '../db/open';
import { auditLog } from '../db/schema';
import type { RecordMatch } from './records';

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** The screen's filters with its "Record" box looked up (records.ts): null when it is empty. */
export type LogQuery = Omit<AuditFilters, 'record'> & { records: RecordMatch | null };

/** Adds entries a few hundred at a time (one statement each), well inside SQLite's limit on parameters. */
export function addEntries(db: Db, entries: NewAuditEntry[]): void {
  for (let i = 0; i < entries.length; i += 500) db.insert(auditLog).values(entries.slice(i, i + 500)).run();
}

const LONDON_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' });

/** Midnight at the start of a day in England, as the UTC instant the log's times are kept in. */
export function londonMidnight(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // England is UTC or an hour ahead; midnight always exists (the clocks change at 01:00 UTC).
  for (const offsetHours of [1, 0]) {
    const instant = new Date(Date.UTC(y, m - 1, d, -offsetHours));
    const hour = LONDON_HOUR.format(instant);
    if (hour === '00') return instant.toISOString();
  }
  return new Date(Date.UTC(y, m - 1, d)).toISOString();
}

function conditions(f: LogQuery): SQL | undefined {
  const where: SQL[] = [];
  if (f.from) where.push(gte(auditLog.at, londonMidnight(f.from)));
  if (f.to) where.push(lt(auditLog.at, londonMidnight(addDays(f.to, 1))));
  if (f.area) where.push(eq(auditLog.area, f.area));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.recordType) where.push(eq(auditLog.recordType, f.recordType));
  if (f.records) {
    // A record that names nothing known matches no entry, rather than every one.
    const records = f.records.map((r) => and(eq(auditLog.recordType, r.type), inArray(auditLog.recordId, r.ids)));
    where.push(records.length ? or(...records)! : sql`0`);
  }
  return where.length ? and(...where) : undefined;
}

const asEntry = (row: typeof auditLog.$inferSelect): AuditEntry => ({
  ...row, action: row.action as AuditAction, area: row.area as AuditArea, recordType: row.recordType as AuditRecordType | '',
});

export function countEntries(db: Db, filters: LogQuery): number {
  return db.select({ n: count() }).from(auditLog).where(conditions(filters)).get()?.n ?? 0;
}

/** Newest first; entries written in the same millisecond keep the order they were written in. */
export function readEntries(db: Db, filters: LogQuery, limit: number, offset = 0): AuditEntry[] {
  return db.select().from(auditLog).where(conditions(filters)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit).offset(offset).all().map(asEntry);
}
