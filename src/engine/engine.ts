/**
 * The engine's public face: create runs, execute them (claiming a lease so one process runs a
 * run at a time), resume after a crash, decide approvals, cancel, and keep leases alive and
 * timers firing in the background. In-process listeners see every committed event.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { DriverRegistry, Env } from '../drivers/registry.ts';
import { systemClock, type Clock } from '../platform/clock.ts';
import { AutoflowError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { silentLogger, type Logger } from '../platform/logger.ts';
import { renderTemplate } from '../workflow/expressions/index.ts';
import type { WorkflowGraph } from '../workflow/graph.ts';
import { parseWorkflowText } from '../workflow/parse-text.ts';
import { formatProblems } from '../workflow/problems.ts';
import type { Workflow } from '../workflow/schema.ts';
import { validateWorkflow } from '../workflow/validate.ts';
import type { EventRow, Mutation, RunRow, Store } from '../store/types.ts';
import { Committer } from './committer.ts';
import { rollbackAndNotify } from './compensation.ts';
import { eventMutation, RunExecution, type CredentialResolver, type ExecutionDeps } from './execution.ts';
import { resolveInputs } from './inputs.ts';
import { retryMutations } from './retry.ts';
import { newOwnerId, ownerIsDeadHere } from './owner.ts';
import { RateLimiter } from './rate-limiter.ts';

export interface EngineOptions {
  store: Store;
  registry: DriverRegistry;
  clock?: Clock;
  log?: Logger;
  env?: Env;
  dataDir?: string;
  owner?: string;
  /** How long a claim on a run holds without renewal (default 30 s). */
  leaseMs?: number;
  /** Waits up to this long sleep in-process; longer ones park the run (default 60 s). */
  inlineWaitMaxMs?: number;
  /** Largest step output accepted (default 1 MB). */
  maxOutputBytes?: number;
  /** Loads a stored workflow document for sub_workflow steps that name a saved workflow. */
  loadStoredWorkflow?: (id: string, tenantId: string) => Promise<unknown | undefined>;
  /** Base directory for sub_workflow file references (default: current directory). */
  workflowDir?: string;
  /** Per-tenant credential values for a driver (e.g. from the vault); they override `env`. */
  credentials?: CredentialResolver;
}

export interface CreateRunOptions {
  tenantId?: string;
  inputs?: Record<string, unknown>;
  workflowVersion?: number | null;
  idempotencyKey?: string;
}

type Prepared = { workflow: Workflow; graph: WorkflowGraph };
interface ActiveRun { exec: RunExecution | undefined; cancel: boolean; done: Promise<RunRow> }

export class Engine {
  readonly store: Store;
  readonly registry: DriverRegistry;
  readonly clock: Clock;
  readonly owner: string;
  readonly committer: Committer;
  private readonly opts: EngineOptions;
  private readonly deps: ExecutionDeps;
  private readonly active = new Map<string, ActiveRun>();
  private readonly prepared = new Map<string, Prepared>();
  private listeners = new Set<(e: EventRow) => void>();
  private timers: NodeJS.Timeout[] = [];
  private rerun = new Set<string>();
  private stopping = false;

  constructor(opts: EngineOptions) {
    this.opts = opts;
    this.store = opts.store;
    this.registry = opts.registry;
    this.clock = opts.clock ?? systemClock;
    this.owner = opts.owner ?? newOwnerId();
    this.committer = new Committer(opts.store);
    const log = opts.log ?? silentLogger;
    this.deps = {
      registry: opts.registry,
      committer: this.committer,
      clock: this.clock,
      log,
      rateLimiter: new RateLimiter(this.clock),
      env: opts.env ?? process.env,
      dataDir: opts.dataDir ?? './data',
      owner: this.owner,
      inlineWaitMaxMs: opts.inlineWaitMaxMs ?? 60_000,
      maxOutputBytes: opts.maxOutputBytes ?? 1024 * 1024,
      credentials: opts.credentials,
      loadWorkflow: (ref, tenantId) => this.loadWorkflow(ref, tenantId),
      emit: (e) => { for (const l of this.listeners) l(e); },
    };
  }

  /** Subscribes to committed events of runs executed by this engine; returns the unsubscribe. */
  on(listener: (e: EventRow) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Validates `doc` and throws a readable error listing every problem when it is invalid. */
  prepare(doc: unknown): Prepared {
    const report = validateWorkflow(doc, this.registry);
    if (!report.ok) throw new AutoflowError({ code: 'invalid_workflow', message: `The workflow is not valid:\n${formatProblems(report.problems.filter((p) => p.severity === 'error'))}`, hint: 'Run `autoflow validate FILE` for the full report.', details: report.problems });
    return { workflow: report.workflow!, graph: report.graph! };
  }

  /** Creates a run (status pending) for a validated workflow; same idempotency key → same run. */
  async createRun(p: Prepared, o: CreateRunOptions = {}): Promise<RunRow> {
    const tenantId = o.tenantId ?? 'default';
    if (o.idempotencyKey) {
      const existing = await this.store.findRunByIdempotencyKey(tenantId, o.idempotencyKey);
      if (existing) return existing;
    }
    const inputs = resolveInputs(p.workflow.inputs, o.inputs ?? {});
    const now = this.clock.now();
    const run: RunRow = {
      id: newId('run', now), tenant_id: tenantId, workflow_id: p.workflow.workflow_id ?? slug(p.workflow.name), workflow_name: p.workflow.name,
      workflow_version: o.workflowVersion ?? null, doc: p.workflow, status: 'pending', inputs, output: null, error: null,
      created_at: now, started_at: null, ended_at: null, owner: null, lease_until: null, wake_at: null, cancel_requested: false,
      idempotency_key: o.idempotencyKey ?? null, parent_run_id: null,
    };
    const ev = eventMutation(run, 'run.created', null, { workflow_id: run.workflow_id, name: run.workflow_name, steps: p.workflow.steps.length }, now);
    const res = await this.committer.submit([{ op: 'insertRun', run }, ev]);
    if (!res.ok && o.idempotencyKey) {
      const existing = await this.store.findRunByIdempotencyKey(tenantId, o.idempotencyKey);
      if (existing) return existing;
    }
    if (!res.ok) throw new AutoflowError({ code: 'conflict', status: 409, message: `The run could not be created${res.error ? `: ${res.error}` : ''}.` });
    this.deps.emit((ev as { event: EventRow }).event);
    this.prepared.set(run.id, p);
    return run;
  }

  /** Executes a run until it finishes or parks (waiting); returns its row afterwards. */
  execute(runId: string): Promise<RunRow> {
    const current = this.active.get(runId);
    if (current) return current.done;
    const entry: ActiveRun = { exec: undefined, cancel: false, done: Promise.resolve(undefined as unknown as RunRow) };
    this.active.set(runId, entry);
    entry.done = this.executeOnce(runId, entry).finally(() => {
      this.active.delete(runId);
      if (this.rerun.delete(runId) && !this.stopping) queueMicrotask(() => { void this.execute(runId).catch(() => {}); });
    });
    return entry.done;
  }

  private async executeOnce(runId: string, entry: ActiveRun): Promise<RunRow> {
    const now = this.clock.now();
    let run = await this.store.claimRun(runId, this.owner, now + this.leaseMs, now);
    if (!run) {
      const cur = await this.store.getRun(runId);
      if (!cur) throw new AutoflowError({ code: 'not_found', status: 404, message: `No run ${runId}.`, hint: 'List runs with `autoflow runs`.' });
      if (['completed', 'failed', 'cancelled'].includes(cur.status)) return cur;
      if (ownerIsDeadHere(cur.owner)) run = await this.store.claimRun(runId, this.owner, now + this.leaseMs, now, cur.owner!);
      if (!run) throw new AutoflowError({ code: 'run_busy', status: 409, message: `Run ${runId} is being executed by ${cur.owner}.`, hint: 'Wait for it, or for its lease to expire if that process died.' });
    }
    try {
      const p = this.prepared.get(runId) ?? this.prepare(run.doc);
      this.prepared.delete(runId);
      const rows = run.status === 'pending' ? [] : await this.store.getSteps(runId);
      const exec = new RunExecution(run, p.workflow, p.graph, rows, this.deps);
      entry.exec = exec;
      if (entry.cancel || run.cancel_requested) exec.cancel();
      return await this.drive(exec, p);
    } catch (err) {
      await this.store.apply([[{ op: 'updateRun', runId, expect: { owner: this.owner }, set: { owner: null, lease_until: null } }]]).catch(() => {});
      throw err;
    }
  }

  private async drive(exec: RunExecution, p: Prepared): Promise<RunRow> {
    const run = exec.run;
    const now = this.clock.now();
    const first = run.status === 'pending';
    await exec.write([
      { op: 'updateRun', runId: run.id, expect: { owner: this.owner }, set: { status: 'running', started_at: run.started_at ?? now, wake_at: null } },
      exec.event(first ? 'run.started' : 'run.resumed', null, first ? { inputs: run.inputs } : { from: run.status }),
    ], true);
    const env = { inputs: run.inputs, run: { id: run.id, started_at: new Date(run.started_at ?? now).toISOString() }, workflow: { id: run.workflow_id, name: run.workflow_name } };
    const result = await exec.runScope(p.graph, '$', '', env);
    await exec.flushWrites();
    let status: RunRow['status'];
    let error: unknown = null;
    let output: unknown = null;
    let data: Record<string, unknown> = {};
    if (exec.cancelled || result.cancelled) {
      status = 'cancelled';
      error = { code: 'cancelled', message: 'The run was cancelled.' };
    } else if (exec.halted) {
      status = 'failed';
      error = { ...exec.halted.error, step: exec.halted.stepKey };
      if (p.workflow.error_handling?.on_failure === 'rollback_and_notify') data = { rollback: await rollbackAndNotify(exec, exec.halted) };
    } else if (result.suspended) {
      status = 'waiting';
    } else {
      status = 'completed';
      if (p.workflow.outputs) {
        try { output = renderTemplate(p.workflow.outputs, { ...env, ...result.outputs }); } catch (err) { output = { error: String((err as Error).message) }; }
      }
      const failed = Object.entries(result.outcomes).filter(([, o]) => o.status === 'failed').map(([id]) => id);
      if (failed.length) data = { failed_steps: failed };
    }
    const end = this.clock.now();
    const wakeAt = status === 'waiting' && exec.wakeAts.length ? Math.min(...exec.wakeAts) : null;
    const set = { status, owner: null, lease_until: null, wake_at: wakeAt, output, error, ...(status === 'waiting' ? {} : { ended_at: end }) };
    await exec.write([
      { op: 'updateRun', runId: run.id, expect: { owner: this.owner }, set },
      exec.event(`run.${status}`, null, { ...data, ...(error ? { error } : {}), ...(wakeAt ? { wake_at: new Date(wakeAt).toISOString() } : {}) }),
    ], true);
    return { ...run, ...set, started_at: run.started_at ?? now, ended_at: status === 'waiting' ? null : end };
  }

  get leaseMs(): number { return this.opts.leaseMs ?? 30_000; }

  /** Records an approval decision; a second decision on the same step is a conflict (409). */
  async decide(runId: string, stepKey: string, d: { approved: boolean; by?: string; comment?: string }, tenantId?: string): Promise<void> {
    const run = await this.store.getRun(runId, tenantId);
    if (!run) throw new AutoflowError({ code: 'not_found', status: 404, message: `No run ${runId}.`, hint: 'List runs with `autoflow runs`.' });
    const steps = await this.store.getSteps(runId);
    const step = steps.find((s) => s.step_key === stepKey || s.step_id === stepKey);
    const waiting = steps.filter((s) => s.status === 'waiting' && (s.state as { reason?: string })?.reason === 'approval').map((s) => s.step_key);
    if (!step || step.kind !== 'approval') throw new AutoflowError({ code: 'not_found', status: 404, message: `Run ${runId} has no approval step '${stepKey}'.`, hint: waiting.length ? `Waiting for approval: ${waiting.join(', ')}.` : 'Nothing in this run is waiting for approval.' });
    if (step.status !== 'waiting') throw new AutoflowError({ code: 'conflict', status: 409, message: `Step '${step.step_key}' is not waiting for a decision (it is ${step.status}).`, hint: 'It was already decided, or the run was cancelled.' });
    const now = this.clock.now();
    const by = d.by ?? 'unknown';
    const patch = d.approved
      ? { status: 'completed' as const, output: { approved: true, by, comment: d.comment ?? null, decided_at: new Date(now).toISOString() } }
      : { status: 'failed' as const, error: { code: 'rejected', message: `Rejected by ${by}${d.comment ? `: ${d.comment}` : ''}`, retryable: false } };
    const group: Mutation[] = [
      { op: 'putStep', step: { ...step, ...patch, ended_at: now }, expect: { status: ['waiting'] } },
      eventMutation(run, d.approved ? 'step.approved' : 'step.rejected', step.step_key, { by, comment: d.comment ?? null }, now),
    ];
    const res = await this.committer.submit(group);
    if (!res.ok) throw new AutoflowError({ code: 'conflict', status: 409, message: `Step '${step.step_key}' was decided by someone else first.` });
    this.emitEvents(group);
    if (this.active.has(runId)) this.rerun.add(runId);
  }

  /** Cancels a run: aborts it here, asks its owner to, or cancels a parked run directly. */
  async cancel(runId: string, by = 'unknown', tenantId?: string): Promise<RunRow> {
    const active = this.active.get(runId);
    if (active && (tenantId === undefined || active.exec?.run.tenant_id === tenantId)) { active.cancel = true; active.exec?.cancel(); return active.done; }
    const run = await this.store.getRun(runId, tenantId);
    if (!run) throw new AutoflowError({ code: 'not_found', status: 404, message: `No run ${runId}.` });
    if (['completed', 'failed', 'cancelled'].includes(run.status)) throw new AutoflowError({ code: 'conflict', status: 409, message: `Run ${runId} already ${run.status}.` });
    const now = this.clock.now();
    const live = run.owner && !ownerIsDeadHere(run.owner) && (run.lease_until ?? 0) > now;
    if (live) {
      await this.committer.submit([{ op: 'updateRun', runId, set: { cancel_requested: true } }]);
      return { ...run, cancel_requested: true };
    }
    const set = { status: 'cancelled' as const, ended_at: now, owner: null, lease_until: null, wake_at: null, error: { code: 'cancelled', message: `Cancelled by ${by}.` } };
    const parked = (await this.store.getSteps(runId)).filter((st) => st.status === 'waiting' || st.status === 'pending');
    const group: Mutation[] = [
      { op: 'updateRun', runId, expect: { status: ['pending', 'waiting', 'running'], owner: run.owner }, set },
      ...parked.map((st): Mutation => ({ op: 'putStep', step: { ...st, status: 'skipped', ended_at: now, error: { code: 'cancelled', message: `Cancelled by ${by}.` } } })),
      eventMutation(run, 'run.cancelled', null, { by }, now),
    ];
    const res = await this.committer.submit(group);
    if (!res.ok) throw new AutoflowError({ code: 'conflict', status: 409, message: `Run ${runId} changed while cancelling; try again.` });
    this.emitEvents(group);
    return { ...run, ...set };
  }

  /**
   * Prepares a failed run to run again from where it failed: failed steps go back to pending
   * (their next attempt gets a new idempotency key), skipped steps are forgotten so they are
   * decided afresh, completed steps stay and replay. Returns the run, ready for `execute`.
   */
  async retry(runId: string, by = 'unknown', tenantId?: string): Promise<RunRow> {
    const run = await this.store.getRun(runId, tenantId);
    if (!run) throw new AutoflowError({ code: 'not_found', status: 404, message: `No run ${runId}.` });
    const group = retryMutations(run, await this.store.getSteps(runId), by, this.clock.now());
    const res = await this.committer.submit(group);
    if (!res.ok) throw new AutoflowError({ code: 'conflict', status: 409, message: `Run ${runId} changed while preparing the retry; try again.` });
    this.emitEvents(group);
    return (await this.store.getRun(runId))!;
  }

  private emitEvents(group: Mutation[]): void {
    for (const m of group) if (m.op === 'event') this.deps.emit(m.event);
  }

  /** Executes every run that has no live owner (crash recovery) or whose timer is due. */
  async resumeAll(): Promise<RunRow[]> {
    const runs = await this.resumable();
    const out = await Promise.allSettled(runs.map((r) => this.execute(r.id)));
    return out.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  }

  /** Runs this engine may take over now: unowned, lease expired, owner dead on this host, or timer due. */
  async resumable(): Promise<RunRow[]> {
    const now = this.clock.now();
    const runs = await this.store.findRunnable(now, 1000, true);
    return runs.filter((r) => !this.active.has(r.id) && (!r.owner || (r.lease_until ?? 0) < now || ownerIsDeadHere(r.owner)));
  }

  /** Starts lease renewal (and, with `poll`, the crash-recovery/timer poll). */
  startBackground(o: { poll?: boolean; pollMs?: number } = {}): void {
    const renew = setInterval(() => { void this.renewLeases(); }, Math.max(50, this.leaseMs / 3));
    renew.unref();
    this.timers.push(renew);
    if (o.poll) {
      const poll = setInterval(() => { if (!this.stopping) void this.resumeAll().catch(() => {}); }, o.pollMs ?? 1000);
      poll.unref();
      this.timers.push(poll);
    }
  }

  private async renewLeases(): Promise<void> {
    const ids = [...this.active.keys()];
    if (!ids.length) return;
    const cancel = await this.store.renewLeases(this.owner, ids, this.clock.now() + this.leaseMs).catch(() => []);
    for (const id of cancel) { const a = this.active.get(id); if (a) { a.cancel = true; a.exec?.cancel(); } }
  }

  /** Stops background work and waits for runs in flight to finish or park. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await Promise.allSettled([...this.active.values()].map((a) => a.done));
    await this.committer.drain();
  }

  /**
   * Drains for shutdown: no step starts any more; steps in flight finish and are committed;
   * each run parks (waiting, due now) and is resumed by the next process. Resolves when done.
   */
  async drain(): Promise<void> {
    this.stopping = true;
    for (const a of this.active.values()) a.exec?.pause();
    const late = setInterval(() => { for (const a of this.active.values()) a.exec?.pause(); }, 20);
    try { await this.stop(); } finally { clearInterval(late); }
  }

  /** Ids of runs executing in this process. */
  activeRuns(): string[] { return [...this.active.keys()]; }

  private async loadWorkflow(ref: string, tenantId: string): Promise<Prepared> {
    let raw: unknown;
    if (/\.json$/i.test(ref)) {
      const file = path.resolve(this.opts.workflowDir ?? process.cwd(), ref);
      const text = await readFile(file, 'utf8').catch(() => { throw new AutoflowError({ code: 'not_found', message: `Sub-workflow file ${ref} not found (looked in ${file}).` }); });
      const parsed = parseWorkflowText(text);
      if (parsed.problem) throw new AutoflowError({ code: 'invalid_workflow', message: `Sub-workflow ${ref}: ${parsed.problem.message}` });
      raw = parsed.value;
    } else {
      raw = await this.opts.loadStoredWorkflow?.(ref, tenantId);
      if (raw === undefined) throw new AutoflowError({ code: 'not_found', message: `Sub-workflow '${ref}' is not a saved workflow or a .json file.`, hint: 'Reference a file like "./child.json" or a saved workflow id.' });
    }
    return this.prepare(raw);
  }
}

/** A workflow id from a name when the document has none. */
function slug(name: string): string {
  return `wf_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 48) || 'workflow'}`;
}
