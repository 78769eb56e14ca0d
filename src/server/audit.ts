/**
 * The audit trail writer: every mutation, approval, key and credential change is appended
 * (who, when, what, from where, with what result). Records are batched into one transaction
 * per turn of the event loop; `record` resolves once its record is durable, so a response is
 * only sent after its audit record is written.
 */
import type { Logger } from '../platform/logger.ts';
import { redactDeep } from '../platform/secrets.ts';
import type { AuditFilter, AuditRecord, AuditStore } from '../store/server-types.ts';

interface Pending { rec: AuditRecord; resolve: () => void; reject: (e: unknown) => void }

export class AuditLog {
  private readonly store: AuditStore;
  private readonly log: Logger;
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  constructor(store: AuditStore, log: Logger) { this.store = store; this.log = log; }

  /** Appends a record (secrets redacted); resolves when it is committed. */
  record(rec: AuditRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ rec: { ...rec, details: redactDeep(rec.details ?? null) }, resolve, reject });
      if (this.queue.length === 1 && !this.flushing) setImmediate(() => { void this.flush(); });
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing || !this.queue.length) return;
    const batch = this.queue;
    this.queue = [];
    this.flushing = (async () => {
      try {
        await this.store.appendAudit(batch.map((p) => p.rec));
        for (const p of batch) p.resolve();
      } catch (err) {
        this.log.error('audit write failed', { error: String(err) });
        for (const p of batch) p.reject(err);
      }
    })();
    await this.flushing;
    this.flushing = null;
    if (this.queue.length) setImmediate(() => { void this.flush(); });
  }

  list(tenantId: string, filter?: AuditFilter): Promise<AuditRecord[]> { return this.store.listAudit(tenantId, filter); }

  /** Resolves when everything queued so far is written. */
  async drain(): Promise<void> {
    while (this.queue.length || this.flushing) {
      if (this.flushing) await this.flushing;
      else await this.flush();
    }
  }
}
