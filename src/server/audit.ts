/**
 * The audit trail writer: every mutation, approval, key and credential change is appended
 * (who, when, what, from where, with what result), secrets redacted. The store batches the
 * rows into its next write transaction; `record` resolves once the row is durable, so a
 * response is only sent after its audit record is written.
 */
import type { Logger } from '../platform/logger.ts';
import { redactDeep } from '../platform/secrets.ts';
import type { AuditFilter, AuditRecord, AuditStore } from '../store/server-types.ts';

export class AuditLog {
  private readonly store: AuditStore;
  private readonly log: Logger;
  private pending = new Set<Promise<void>>();
  constructor(store: AuditStore, log: Logger) { this.store = store; this.log = log; }

  /** Appends a record; resolves when it is committed. */
  record(rec: AuditRecord): Promise<void> {
    const p = this.store.appendAudit([{ ...rec, details: redactDeep(rec.details ?? null) }])
      .catch((err) => { this.log.error('audit write failed', { action: rec.action, error: String(err) }); throw err; })
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
    return p;
  }

  list(tenantId: string, filter?: AuditFilter): Promise<AuditRecord[]> { return this.store.listAudit(tenantId, filter); }

  /** Resolves when every record so far is written (or failed). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
