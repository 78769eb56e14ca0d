/**
 * One run being executed: rebuilds its state from the stored rows, runs ready steps
 * concurrently as their dependencies allow, writes every state change (with its event)
 * through the group committer, and replays completed steps from their rows instead of
 * calling them again — which is what makes resume after a crash exact.
 */
import type { DriverRegistry } from '../drivers/registry.ts';
import type { Clock } from '../platform/clock.ts';
import { AutoflowError, toErrorData, type ErrorData } from '../platform/errors.ts';
import type { Logger } from '../platform/logger.ts';
import { redactDeep } from '../platform/secrets.ts';
import { evaluateCondition } from '../workflow/expressions/index.ts';
import type { StepNode, WorkflowGraph } from '../workflow/graph.ts';
import type { Workflow } from '../workflow/schema.ts';
import type { EventRow, Mutation, RunRow, StepRow, StepStatus } from '../store/types.ts';
import type { Committer } from './committer.ts';
import { scopeResult, type ScopeResult, type StepOutcome } from './outcome.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { stepHandlers } from './kinds/index.ts';

/** Looks up a tenant's credential values for a driver (by field name); undefined when it has none. */
export type CredentialResolver = (tenantId: string, driverName: string) => Record<string, string> | undefined;

/** What an execution needs from the engine that owns it. */
export interface ExecutionDeps {
  registry: DriverRegistry;
  committer: Committer;
  clock: Clock;
  log: Logger;
  rateLimiter: RateLimiter;
  env: Record<string, string | undefined>;
  /** Per-tenant credential values (by field name) that override `env` for a driver, e.g. from the vault. */
  credentials?: CredentialResolver;
  dataDir: string;
  owner: string;
  inlineWaitMaxMs: number;
  maxOutputBytes: number;
  /** Loads a sub-workflow document by reference (file path or stored workflow id). */
  loadWorkflow(ref: string, tenantId: string): Promise<{ workflow: Workflow; graph: WorkflowGraph }>;
  /** Called after each committed event. */
  emit(event: EventRow): void;
}

/** Passed to each step-kind handler. */
export interface StepContext {
  exec: RunExecution;
  node: StepNode;
  key: string;
  row: StepRow | undefined;
  /** Names visible to expressions: inputs, run, workflow, earlier outputs, loop variables. */
  env: Record<string, unknown>;
  graph: WorkflowGraph;
  /** Key prefix of the current scope (loop iterations, sub-workflows). */
  prefix: string;
}

/** An event row for a run; `seq` is assigned by the store inside the committing transaction. */
export function eventMutation(run: Pick<RunRow, 'id' | 'tenant_id'>, type: string, stepKey: string | null, data: unknown, at: number): Mutation {
  return { op: 'event', event: { run_id: run.id, tenant_id: run.tenant_id, seq: 0, type, step_key: stepKey, data: redactDeep(data), at } };
}

export class RunExecution {
  readonly run: RunRow;
  readonly workflow: Workflow;
  readonly graph: WorkflowGraph;
  readonly deps: ExecutionDeps;
  readonly rows = new Map<string, StepRow>();
  readonly abort = new AbortController();
  private pending = new Set<Promise<unknown>>();
  /** Set when a step failed and on_failure stops the run: no new steps start. */
  halted: { stepKey: string; error: ErrorData } | null = null;
  cancelled = false;
  /** Set when the process drains (SIGTERM): steps already running finish, none starts, the run parks due at once. */
  paused = false;
  readonly wakeAts: number[] = [];

  constructor(run: RunRow, workflow: Workflow, graph: WorkflowGraph, rows: StepRow[], deps: ExecutionDeps) {
    this.run = run;
    this.workflow = workflow;
    this.graph = graph;
    this.deps = deps;
    for (const r of rows) this.rows.set(r.step_key, r);
  }

  get signal(): AbortSignal { return this.abort.signal; }
  get clock(): Clock { return this.deps.clock; }

  /** Requests cancellation: in-flight operations are aborted, nothing new starts. */
  cancel(): void {
    this.cancelled = true;
    this.abort.abort(new AutoflowError({ code: 'cancelled', message: 'The run was cancelled', retryable: false }));
  }

  /** Stops starting steps; the run then parks as waiting with a timer due now, so the next process resumes it. */
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.wakeAts.push(this.clock.now());
  }

  /** Builds an event mutation (the store assigns its sequence number on commit). */
  event(type: string, stepKey: string | null, data: unknown = null): Mutation {
    return eventMutation(this.run, type, stepKey, data, this.clock.now());
  }

  /** Commits a group; when `wait`, resolves once durable (and throws if a guard failed). */
  write(group: Mutation[], wait: boolean): Promise<void> {
    const p = this.deps.committer.submit(group).then((r) => {
      if (!r.ok) throw new AutoflowError({ code: 'stale_write', message: `Run ${this.run.id}: a state change was rejected because the run was changed elsewhere (lease lost or cancelled).`, retryable: false });
      for (const m of group) if (m.op === 'event') this.deps.emit(m.event);
    });
    if (wait) return p;
    const tracked = p.catch((err) => { this.deps.log.error('background write failed', { run: this.run.id, error: String(err) }); this.writeError = err; });
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
    return Promise.resolve();
  }
  writeError: unknown = null;

  /** Waits for every background write (throws the first that failed). */
  async flushWrites(): Promise<void> {
    await Promise.all([...this.pending]);
    if (this.writeError) throw this.writeError;
  }

  /** Updates a step's row (in memory and durably) together with an event. */
  putStep(key: string, node: { id: string; kind: string }, patch: Partial<StepRow> & { status: StepStatus }, event: { type: string; data?: unknown } | null, wait: boolean): Promise<void> {
    const prev = this.rows.get(key);
    const row: StepRow = {
      run_id: this.run.id, step_key: key, step_id: node.id, kind: node.kind, attempt: 0, idempotency_key: null,
      input: null, output: null, error: null, state: null, started_at: null, ended_at: null, wake_at: null,
      ...prev, ...patch,
    };
    this.rows.set(key, row);
    const group: Mutation[] = [{ op: 'putStep', step: redactDeep(row) }];
    if (event) group.push(this.event(event.type, key, event.data ?? null));
    return this.write(group, wait);
  }

  /** Runs one list of steps (the top level, a branch, a loop body) to the end. */
  async runScope(graph: WorkflowGraph, scopeKey: string, prefix: string, baseEnv: Record<string, unknown>): Promise<ScopeResult> {
    const ids = graph.scopes.get(scopeKey) ?? [];
    const outputs: Record<string, unknown> = {};
    const outcomes: Record<string, StepOutcome> = {};
    const memo = new Map<string, Promise<StepOutcome>>();
    const outcomeOf = (id: string): Promise<StepOutcome> => {
      let p = memo.get(id);
      if (!p) {
        p = this.runWhenReady(graph, graph.nodes.get(id)!, prefix, baseEnv, outputs, outcomeOf).then((o) => {
          outcomes[id] = o;
          if (o.status === 'completed') outputs[id] = o.output;
          return o;
        });
        memo.set(id, p);
      }
      return p;
    };
    await Promise.all(ids.map(outcomeOf));
    return scopeResult(outputs, outcomes);
  }

  private async runWhenReady(graph: WorkflowGraph, node: StepNode, prefix: string, baseEnv: Record<string, unknown>, outputs: Record<string, unknown>, outcomeOf: (id: string) => Promise<StepOutcome>): Promise<StepOutcome> {
    const key = prefix + node.id;
    const row = this.rows.get(key);
    if (row?.status === 'completed') return { status: 'completed', output: row.output };
    if (row?.status === 'skipped') return { status: 'skipped', reason: 'skipped earlier' };
    const depOutcomes = await Promise.all(node.deps.map(outcomeOf));
    if (depOutcomes.some((o) => o.status === 'cancelled')) return { status: 'cancelled' };
    if (depOutcomes.some((o) => o.status === 'suspended')) return { status: 'suspended' };
    const blocked = node.deps.find((_, i) => depOutcomes[i].status === 'failed' || depOutcomes[i].status === 'skipped');
    if (blocked) return this.skip(key, node, `dependency '${blocked}' did not complete`);
    if (row?.status === 'failed') {
      if ((this.workflow.error_handling?.on_failure ?? 'stop') !== 'continue' && !this.halted) this.halted = { stepKey: key, error: row.error as ErrorData };
      return { status: 'failed', error: row.error as ErrorData };
    }
    if (this.cancelled) return { status: 'cancelled' };
    if (this.paused) return { status: 'suspended' };
    if (this.halted) return this.skip(key, node, `the workflow stopped after '${this.halted.stepKey}' failed`);
    const env = { ...baseEnv, ...outputs };
    try {
      if (node.step.when && !row && !evaluateCondition(node.step.when, env)) return this.skip(key, node, `its condition is false: ${node.step.when}`);
      return await stepHandlers[node.kind]({ exec: this, node, key, row, env, graph, prefix });
    } catch (err) {
      if (this.cancelled) return { status: 'cancelled' };
      const error = toErrorData(err);
      return this.fail(key, node, error);
    }
  }

  /** Marks a step skipped (durably, before its dependents are decided). */
  async skip(key: string, node: StepNode, reason: string): Promise<StepOutcome> {
    await this.putStep(key, node, { status: 'skipped', ended_at: this.clock.now(), error: null }, { type: 'step.skipped', data: { reason } }, true);
    return { status: 'skipped', reason };
  }

  /** Marks a step finally failed (durably) and applies the workflow's on_failure rule. */
  async fail(key: string, node: StepNode, error: ErrorData, extra: Partial<StepRow> = {}): Promise<StepOutcome> {
    await this.putStep(key, node, { ...extra, status: 'failed', error, ended_at: this.clock.now() }, { type: 'step.failed', data: { error } }, true);
    if ((this.workflow.error_handling?.on_failure ?? 'stop') !== 'continue' && !this.halted) this.halted = { stepKey: key, error };
    return { status: 'failed', error };
  }
}
