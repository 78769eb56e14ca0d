/**
 * The embedded store: SQLite through the built-in `node:sqlite`, WAL journal with
 * `synchronous=FULL` (a committed step survives power loss), numbered migrations, and group
 * commit — `apply` writes many groups in one transaction, each group inside a savepoint so a
 * failed guard undoes only that group.
 */
import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { sqliteMigrations } from '../migrations/sqlite.ts';
import { statementCache, type StatementCache } from './statements.ts';
import type { EventRow, GroupResult, Mutation, RunFilter, RunRow, StepRow, Store, WorkflowRow } from '../types.ts';

const runJsonCols = ['doc', 'inputs', 'output', 'error'] as const;
const stepJsonCols = ['input', 'output', 'error', 'state'] as const;
const runCols = ['id', 'tenant_id', 'workflow_id', 'workflow_name', 'workflow_version', 'doc', 'status', 'inputs', 'output', 'error', 'created_at', 'started_at', 'ended_at', 'owner', 'lease_until', 'wake_at', 'cancel_requested', 'idempotency_key', 'parent_run_id'] as const;
const stepCols = ['run_id', 'step_key', 'step_id', 'kind', 'status', 'attempt', 'idempotency_key', 'input', 'output', 'error', 'state', 'started_at', 'ended_at', 'wake_at'] as const;

// Statement texts built once (the statement cache is keyed by the text).
const insertRunSql = `INSERT INTO runs (${runCols.join(',')}) VALUES (${runCols.map(() => '?').join(',')})`;
const putStepSql = `INSERT INTO steps (${stepCols.join(',')}) VALUES (${stepCols.map(() => '?').join(',')})
          ON CONFLICT (run_id, step_key) DO UPDATE SET ${stepCols.slice(2).map((c) => `${c} = excluded.${c}`).join(', ')}`;
const isRunJson = new Set<string>(runJsonCols);
const isStepJson = new Set<string>(stepJsonCols);

type SqlValue = string | number | null;
const enc = (v: unknown): SqlValue => (v === undefined || v === null ? null : JSON.stringify(v));
const dec = (v: unknown): unknown => (v === null || v === undefined ? null : JSON.parse(String(v)));

function runFromRow(r: Record<string, unknown>): RunRow {
  const out = { ...r } as Record<string, unknown>;
  for (const c of runJsonCols) out[c] = dec(r[c]);
  out.cancel_requested = Boolean(r.cancel_requested);
  return out as unknown as RunRow;
}
function stepFromRow(r: Record<string, unknown>): StepRow {
  const out = { ...r } as Record<string, unknown>;
  for (const c of stepJsonCols) out[c] = dec(r[c]);
  return out as unknown as StepRow;
}

export interface SqliteStoreOptions {
  /** `:memory:` for tests; otherwise a file path (its directory is created). */
  file: string;
  /** FULL (default, durable) or NORMAL (faster, may lose the last commits on power loss). */
  synchronous?: 'FULL' | 'NORMAL' | 'OFF';
}

export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: DatabaseSync;
  private readonly stmt: StatementCache;

  constructor(opts: SqliteStoreOptions) {
    if (opts.file !== ':memory:') mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
    this.db = new DatabaseSync(opts.file);
    this.stmt = statementCache(this.db);
    this.db.exec(`PRAGMA journal_mode=WAL; PRAGMA synchronous=${opts.synchronous ?? 'FULL'}; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;`);
    this.migrate();
  }

  /** Applies pending migrations; returns the versions applied. */
  migrate(): number[] {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
    const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    const applied: number[] = [];
    for (const m of sqliteMigrations) {
      if (done.has(m.version)) continue;
      this.db.exec('BEGIN IMMEDIATE');
      try {
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
        this.db.exec('COMMIT');
        applied.push(m.version);
      } catch (err) {
        this.db.exec('ROLLBACK');
        throw err;
      }
    }
    return applied;
  }

  async apply(groups: Mutation[][]): Promise<GroupResult[]> {
    return this.applySync(groups);
  }

  /**
   * Synchronous core of {@link apply}: one transaction, one savepoint per group. A group whose
   * guard fails, or whose write throws (e.g. a unique key), is undone alone; the rest commit.
   */
  applySync(groups: Mutation[][]): GroupResult[] {
    const results: GroupResult[] = [];
    this.db.exec('BEGIN IMMEDIATE');
    const riders = this.deferred.length ? this.runDeferred() : undefined;
    try {
      for (const group of groups) {
        this.db.exec('SAVEPOINT g');
        let failedAt = -1;
        let error: string | undefined;
        try {
          for (let i = 0; i < group.length && failedAt < 0; i++) if (!this.applyOne(group[i])) failedAt = i;
        } catch (err) {
          failedAt = Math.max(failedAt, 0);
          error = (err as Error).message;
        }
        if (failedAt >= 0) this.db.exec('ROLLBACK TO g');
        this.db.exec('RELEASE g');
        results.push(failedAt >= 0 ? { ok: false, failedAt, ...(error ? { error } : {}) } : { ok: true });
      }
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      riders?.fail(err);
      throw err;
    }
    riders?.settle();
    return results;
  }

  /**
   * Small writes that ride along with the next write transaction (lease claims, the server's
   * audit rows): they run inside the next `apply`, or in one transaction of their own on the
   * next turn of the event loop when no apply comes first, so they share its fsync. Each
   * resolves with its write's result only once committed.
   */
  deferWrite<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.deferred.push({ write, resolve: resolve as (v: unknown) => void, reject });
      if (this.deferred.length === 1) setImmediate(() => this.flushDeferred());
    });
  }
  private deferred: { write: () => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];

  /** Runs the queued writes inside the open transaction; settle after COMMIT, fail after ROLLBACK. */
  private runDeferred(): { settle(): void; fail(err: unknown): void } {
    const batch = this.deferred;
    this.deferred = [];
    const outcomes = batch.map((d) => { try { return { ok: true, v: d.write() }; } catch (e) { return { ok: false, v: e }; } });
    return {
      settle: () => batch.forEach((d, i) => (outcomes[i].ok ? d.resolve(outcomes[i].v) : d.reject(outcomes[i].v))),
      fail: (err) => batch.forEach((d) => d.reject(err)),
    };
  }

  private flushDeferred(): void {
    if (!this.deferred.length) return;
    if (!this.db.isOpen) { const batch = this.deferred; this.deferred = []; batch.forEach((d) => d.reject(new Error('the store is closed'))); return; }
    let riders: ReturnType<SqliteStore['runDeferred']> | undefined;
    try {
      this.db.exec('BEGIN IMMEDIATE');
      riders = this.runDeferred();
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      if (riders) riders.fail(err);
      else { const batch = this.deferred; this.deferred = []; batch.forEach((d) => d.reject(err)); }
      return;
    }
    riders.settle();
  }

  /** Applies one mutation; false when its guard does not hold. */
  private applyOne(m: Mutation): boolean {
    switch (m.op) {
      case 'insertRun': {
        const r = m.run as unknown as Record<string, unknown>;
        const vals = runCols.map((c) => isRunJson.has(c) ? enc(r[c]) : c === 'cancel_requested' ? (r[c] ? 1 : 0) : (r[c] as SqlValue) ?? null);
        this.stmt(insertRunSql).run(...vals);
        return true;
      }
      case 'updateRun': {
        const keys = Object.keys(m.set) as (keyof RunRow)[];
        const sets = keys.map((k) => `${k} = ?`);
        const vals: SqlValue[] = keys.map((k) => {
          const v = (m.set as Record<string, unknown>)[k];
          if (isRunJson.has(k)) return enc(v);
          if (k === 'cancel_requested') return v ? 1 : 0;
          return (v as SqlValue) ?? null;
        });
        let where = 'id = ?';
        vals.push(m.runId);
        if (m.expect?.status) { where += ` AND status IN (${m.expect.status.map(() => '?').join(',')})`; vals.push(...m.expect.status); }
        if (m.expect && 'owner' in m.expect) {
          if (m.expect.owner === null) where += ' AND owner IS NULL';
          else { where += ' AND owner = ?'; vals.push(m.expect.owner!); }
        }
        const sql = `UPDATE runs SET ${sets.length ? sets.join(', ') : 'id = id'} WHERE ${where}`;
        return Number(this.stmt(sql).run(...vals).changes) > 0;
      }
      case 'putStep': {
        const s = m.step as unknown as Record<string, unknown>;
        const vals = stepCols.map((c) => isStepJson.has(c) ? enc(s[c]) : (s[c] as SqlValue) ?? null);
        const expect = m.expect?.status;
        if (expect) {
          const cur = this.stmt('SELECT status FROM steps WHERE run_id = ? AND step_key = ?').get(m.step.run_id, m.step.step_key) as { status: string } | undefined;
          const st = cur ? cur.status : 'absent';
          if (!(expect as string[]).includes(st)) return false;
        }
        this.stmt(putStepSql).run(...vals);
        return true;
      }
      case 'deleteStep': {
        this.stmt('DELETE FROM steps WHERE run_id = ? AND step_key = ?').run(m.runId, m.stepKey);
        return true;
      }
      case 'event': {
        const e = m.event;
        // The next seq of the run is computed inside the INSERT (one statement instead of two).
        const row = this.stmt(`INSERT INTO events (run_id, tenant_id, seq, type, step_key, data, at)
          SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ? FROM events WHERE run_id = ? RETURNING id, seq`)
          .get(e.run_id, e.tenant_id, e.type, e.step_key, enc(e.data), e.at, e.run_id) as { id: number; seq: number };
        e.seq = Number(row.seq);
        e.id = Number(row.id);
        return true;
      }
    }
  }

  async getRun(runId: string, tenantId?: string): Promise<RunRow | undefined> {
    const r = tenantId === undefined
      ? this.stmt('SELECT * FROM runs WHERE id = ?').get(runId)
      : this.stmt('SELECT * FROM runs WHERE id = ? AND tenant_id = ?').get(runId, tenantId);
    return r ? runFromRow(r as Record<string, unknown>) : undefined;
  }

  async findRunByIdempotencyKey(tenantId: string, key: string): Promise<RunRow | undefined> {
    const r = this.stmt('SELECT * FROM runs WHERE tenant_id = ? AND idempotency_key = ?').get(tenantId, key);
    return r ? runFromRow(r as Record<string, unknown>) : undefined;
  }

  async listRuns(tenantId: string, f: RunFilter = {}): Promise<RunRow[]> {
    const where = ['tenant_id = ?'];
    const vals: SqlValue[] = [tenantId];
    if (f.workflow_id) { where.push('workflow_id = ?'); vals.push(f.workflow_id); }
    if (f.status?.length) { where.push(`status IN (${f.status.map(() => '?').join(',')})`); vals.push(...f.status); }
    if (f.since !== undefined) { where.push('created_at >= ?'); vals.push(f.since); }
    if (f.until !== undefined) { where.push('created_at < ?'); vals.push(f.until); }
    if (f.before) { where.push('id < ?'); vals.push(f.before); }
    vals.push(Math.min(f.limit ?? 50, 1000));
    return (this.db.prepare(`SELECT * FROM runs WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`).all(...vals) as Record<string, unknown>[]).map(runFromRow);
  }

  async getSteps(runId: string): Promise<StepRow[]> {
    return (this.stmt('SELECT * FROM steps WHERE run_id = ? ORDER BY COALESCE(started_at, 9e15), step_key').all(runId) as Record<string, unknown>[]).map(stepFromRow);
  }

  async getEvents(runId: string, afterSeq = 0, limit = 10_000): Promise<EventRow[]> {
    return (this.stmt('SELECT * FROM events WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?').all(runId, afterSeq, limit) as Record<string, unknown>[])
      .map((e) => ({ ...e, data: dec(e.data) }) as EventRow);
  }

  /**
   * Claims are deferred writes (see deferWrite): many runs starting at once share one
   * transaction (one fsync), usually the engine's next group commit. Each claim still
   * resolves only once durable, with the same guard as before.
   */
  async claimRun(runId: string, owner: string, leaseUntil: number, now: number, takeOverFrom?: string): Promise<RunRow | undefined> {
    const claimed = await this.deferWrite(() => Number(this.stmt(`UPDATE runs SET owner = ?, lease_until = ? WHERE id = ? AND status IN ('pending','running','waiting')
      AND (owner IS NULL OR owner = ? OR lease_until < ? OR owner = ?)`).run(owner, leaseUntil, runId, owner, now, takeOverFrom ?? owner).changes) > 0);
    return claimed ? this.getRun(runId) : undefined;
  }

  async renewLeases(owner: string, runIds: string[], leaseUntil: number): Promise<string[]> {
    if (runIds.length === 0) return [];
    const marks = runIds.map(() => '?').join(',');
    this.db.prepare(`UPDATE runs SET lease_until = ? WHERE owner = ? AND id IN (${marks})`).run(leaseUntil, owner, ...runIds);
    return (this.db.prepare(`SELECT id FROM runs WHERE owner = ? AND cancel_requested = 1 AND id IN (${marks})`).all(owner, ...runIds) as { id: string }[]).map((r) => r.id);
  }

  async findRunnable(now: number, limit = 100, includeLeased = false): Promise<RunRow[]> {
    const leaseCut = includeLeased ? Number.MAX_SAFE_INTEGER : now;
    return (this.stmt(`SELECT * FROM runs WHERE (status IN ('running','pending') AND (owner IS NULL OR lease_until < ?))
      OR (status = 'waiting' AND wake_at IS NOT NULL AND wake_at <= ? AND (owner IS NULL OR lease_until < ?)) ORDER BY id LIMIT ?`).all(leaseCut, now, now, limit) as Record<string, unknown>[]).map(runFromRow);
  }

  async saveWorkflow(tenantId: string, id: string, name: string, doc: unknown, now: number): Promise<WorkflowRow> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const cur = this.stmt('SELECT MAX(version) AS v FROM workflows WHERE tenant_id = ? AND id = ?').get(tenantId, id) as { v: number | null };
      const version = (cur?.v ?? 0) + 1;
      this.stmt('INSERT INTO workflows (tenant_id, id, version, name, doc, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(tenantId, id, version, name, JSON.stringify(doc), now);
      this.db.exec('COMMIT');
      return { tenant_id: tenantId, id, version, name, doc, created_at: now, deleted_at: null };
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async getWorkflow(tenantId: string, id: string, version?: number): Promise<WorkflowRow | undefined> {
    const r = (version === undefined
      ? this.stmt('SELECT * FROM workflows WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL ORDER BY version DESC LIMIT 1').get(tenantId, id)
      : this.stmt('SELECT * FROM workflows WHERE tenant_id = ? AND id = ? AND version = ?').get(tenantId, id, version)) as Record<string, unknown> | undefined;
    return r ? ({ ...r, doc: dec(r.doc) } as WorkflowRow) : undefined;
  }

  async listWorkflows(tenantId: string): Promise<WorkflowRow[]> {
    return (this.stmt(`SELECT w.* FROM workflows w WHERE tenant_id = ? AND deleted_at IS NULL AND version = (SELECT MAX(version) FROM workflows x WHERE x.tenant_id = w.tenant_id AND x.id = w.id) ORDER BY id`).all(tenantId) as Record<string, unknown>[])
      .map((r) => ({ ...r, doc: dec(r.doc) }) as WorkflowRow);
  }

  async listWorkflowVersions(tenantId: string, id: string): Promise<WorkflowRow[]> {
    return (this.stmt('SELECT * FROM workflows WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL ORDER BY version').all(tenantId, id) as Record<string, unknown>[])
      .map((r) => ({ ...r, doc: dec(r.doc) }) as WorkflowRow);
  }

  async deleteWorkflow(tenantId: string, id: string, now: number): Promise<boolean> {
    return Number(this.stmt('UPDATE workflows SET deleted_at = ? WHERE tenant_id = ? AND id = ? AND deleted_at IS NULL').run(now, tenantId, id).changes) > 0;
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
  }
}
