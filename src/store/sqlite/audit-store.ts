/**
 * The audit trail in SQLite: rows ride along with the store's next write transaction (one
 * fsync shared with the engine's group commit), listed newest first; triggers refuse UPDATE
 * and DELETE.
 */
import type { AuditFilter, AuditRecord, AuditStore } from '../server-types.ts';
import type { SqliteStore } from './sqlite-store.ts';
import { statementCache, type StatementCache } from './statements.ts';

type SqlValue = string | number | null;
const cols = ['tenant_id', 'at', 'actor', 'actor_name', 'role', 'action', 'target_type', 'target_id', 'method', 'path', 'status', 'ip', 'request_id', 'details'] as const;
const insertSql = `INSERT INTO audit (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')}) RETURNING id`;

export class SqliteAuditStore implements AuditStore {
  private readonly store: SqliteStore;
  private readonly stmt: StatementCache;
  constructor(store: SqliteStore) { this.store = store; this.stmt = statementCache(store.db); }

  async appendAudit(records: AuditRecord[]): Promise<void> {
    if (!records.length) return;
    const insert = this.stmt(insertSql);
    await this.store.deferWrite(() => {
      for (const r of records) {
        const vals = cols.map((c) => (c === 'details' ? (r.details === undefined || r.details === null ? null : JSON.stringify(r.details)) : ((r[c] as SqlValue) ?? null)));
        r.id = Number((insert.get(...vals) as { id: number }).id);
      }
    });
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
    const rows = this.store.db.prepare(`SELECT * FROM audit WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`).all(...vals) as Record<string, unknown>[];
    return rows.map((r) => ({ ...r, details: r.details === null ? null : JSON.parse(String(r.details)) }) as AuditRecord);
  }
}
