/** The audit trail in SQLite: appended in batches, listed newest first; triggers refuse UPDATE and DELETE. */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { AuditFilter, AuditRecord, AuditStore } from '../server-types.ts';

type SqlValue = string | number | null;
const cols = ['tenant_id', 'at', 'actor', 'actor_name', 'role', 'action', 'target_type', 'target_id', 'method', 'path', 'status', 'ip', 'request_id', 'details'] as const;

export class SqliteAuditStore implements AuditStore {
  private readonly db: DatabaseSync;
  private insert: StatementSync | undefined;
  constructor(db: DatabaseSync) { this.db = db; }

  async appendAudit(records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    this.insert ??= this.db.prepare(`INSERT INTO audit (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')}) RETURNING id`);
    const own = !this.db.isTransaction;
    if (own) this.db.exec('BEGIN IMMEDIATE');
    try {
      for (const r of records) {
        const vals = cols.map((c) => (c === 'details' ? (r.details === undefined || r.details === null ? null : JSON.stringify(r.details)) : ((r[c] as SqlValue) ?? null)));
        r.id = Number((this.insert.get(...vals) as { id: number }).id);
      }
      if (own) this.db.exec('COMMIT');
    } catch (err) {
      if (own && this.db.isTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async listAudit(tenantId: string, f: AuditFilter = {}): Promise<AuditRecord[]> {
    const where = ['tenant_id = ?'];
    const vals: SqlValue[] = [tenantId];
    if (f.actor) { where.push('actor = ?'); vals.push(f.actor); }
    if (f.action) { where.push(f.action.endsWith('.') ? 'action LIKE ?' : 'action = ?'); vals.push(f.action.endsWith('.') ? `${f.action}%` : f.action); }
    if (f.target_id) { where.push('target_id = ?'); vals.push(f.target_id); }
    if (f.since !== undefined) { where.push('at >= ?'); vals.push(f.since); }
    if (f.until !== undefined) { where.push('at < ?'); vals.push(f.until); }
    if (f.before !== undefined) { where.push('id < ?'); vals.push(f.before); }
    vals.push(Math.min(f.limit ?? 100, 1000));
    const rows = this.db.prepare(`SELECT * FROM audit WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`).all(...vals) as Record<string, unknown>[];
    return rows.map((r) => ({ ...r, details: r.details === null ? null : JSON.parse(String(r.details)) }) as AuditRecord);
  }
}
