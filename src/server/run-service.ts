/**
 * Starting and continuing runs for the API: a saved workflow version is validated once and
 * kept prepared, its drivers are checked (with the tenant's vault credentials) before a run is
 * created, the same `Idempotency-Key` returns the same run, and runs execute in this process
 * in the background. While draining (SIGTERM) no new run starts. A workflow whose steps use a
 * driver the tenant has not enabled (`PUT /v1/settings`) is refused before anything is created.
 */
import { checkDrivers, type DriverCheck } from '../drivers/check.ts';
import { canonicalDriverName, type DriverRegistry, type Env } from '../drivers/registry.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../platform/logger.ts';
import { kindOf, walkSteps, type RawStep } from '../planner/steps.ts';
import type { RunRow, Store, WorkflowRow } from '../store/types.ts';
import type { WorkflowGraph } from '../workflow/graph.ts';
import type { Workflow } from '../workflow/schema.ts';
import { httpError } from './errors.ts';
import type { Vault } from './vault.ts';

type Prepared = { workflow: Workflow; graph: WorkflowGraph };
const maxPrepared = 500;
const checkTtlMs = 1000;

export class RunService {
  draining = false;
  private readonly s: { store: Store; engine: Engine; registry: DriverRegistry; vault: Vault; env: Env; log: Logger; dataDir: string; enabledDrivers?: (tenantId: string) => Promise<string[] | undefined> };
  private prepared = new Map<string, Prepared>();
  private checks = new Map<string, { at: number; check: DriverCheck }>();

  constructor(s: RunService['s']) { this.s = s; }

  /** The validated form of a stored workflow version (cached; versions never change). */
  prepare(wf: WorkflowRow): Prepared {
    const key = `${wf.tenant_id}\u0000${wf.id}\u0000${wf.version}`;
    let p = this.prepared.get(key);
    if (!p) {
      p = this.s.engine.prepare(wf.doc);
      if (this.prepared.size >= maxPrepared) this.prepared.delete(this.prepared.keys().next().value!);
      this.prepared.set(key, p);
    }
    return p;
  }

  /** The seed 000 driver status of a workflow for a tenant (live health checks when asked). */
  check(tenantId: string, p: Prepared, live = false): Promise<DriverCheck> {
    return checkDrivers(this.s.registry, p.workflow, p.graph, { env: this.s.vault.tenantEnv(tenantId, this.s.env), live, timeoutMs: 5000, dataDir: this.s.dataDir });
  }

  private async cachedCheck(tenantId: string, wf: WorkflowRow, p: Prepared): Promise<DriverCheck> {
    const key = `${tenantId}\u0000${wf.id}\u0000${wf.version}`;
    const hit = this.checks.get(key);
    const now = Date.now();
    if (hit && now - hit.at < checkTtlMs) return hit.check;
    const check = await this.check(tenantId, p);
    if (this.checks.size >= maxPrepared) this.checks.clear();
    this.checks.set(key, { at: now, check });
    return check;
  }

  /**
   * Refuses (422 `drivers_disabled`) a workflow whose steps use drivers the tenant has not
   * enabled, naming the steps and drivers and how to enable them. Every way of starting a run
   * over HTTP passes here.
   */
  async refuseDisabledDrivers(tenantId: string, workflow: { steps?: unknown }): Promise<void> {
    const enabled = await this.s.enabledDrivers?.(tenantId);
    if (!enabled) return;
    const allowed = new Set(enabled.map(canonicalDriverName));
    const byDriver = new Map<string, string[]>();
    for (const { step } of walkSteps(Array.isArray(workflow.steps) ? workflow.steps as RawStep[] : [])) {
      if (kindOf(step) !== 'action' || typeof step.driver !== 'string') continue;
      const name = this.s.registry.get(step.driver)?.name ?? canonicalDriverName(step.driver);
      if (allowed.has(name)) continue;
      byDriver.set(name, [...(byDriver.get(name) ?? []), String(step.step_id)]);
    }
    if (!byDriver.size) return;
    const disabled = [...byDriver].map(([driver, steps]) => ({ driver, steps }));
    const wanted = [...new Set([...enabled, ...byDriver.keys()])];
    throw httpError(422, 'drivers_disabled',
      `Not started: ${disabled.map((d) => `step${d.steps.length === 1 ? '' : 's'} ${d.steps.join(', ')} use${d.steps.length === 1 ? 's' : ''} ${d.driver}`).join('; ')}, which this tenant has not enabled (enabled: ${enabled.length ? enabled.join(', ') : 'none'}).`,
      `An admin can enable ${disabled.length === 1 ? 'it' : 'them'} with PUT /v1/settings {"enabled_drivers": ${JSON.stringify(wanted)}} (or null for every driver).`,
      { disabled, enabled_drivers: enabled });
  }

  /** Forgets cached driver checks (after credentials change). */
  credentialsChanged(): void { this.checks.clear(); }

  /** Starts a run of a stored workflow version; `replayed` when the idempotency key named an existing run. */
  async start(tenantId: string, wf: WorkflowRow, o: { inputs?: Record<string, unknown>; idempotencyKey?: string; checkDrivers?: boolean } = {}): Promise<{ run: RunRow; replayed: boolean }> {
    if (this.draining) throw httpError(503, 'draining', 'The server is shutting down and starts no new runs.', 'Retry against the restarted server.');
    if (o.idempotencyKey) {
      const existing = await this.s.store.findRunByIdempotencyKey(tenantId, o.idempotencyKey);
      if (existing) {
        if (existing.workflow_id !== wf.id) throw httpError(409, 'idempotency_conflict', `Idempotency-Key '${o.idempotencyKey}' was already used to start a run of workflow '${existing.workflow_id}'.`, 'Use a new key for a different request.');
        return { run: existing, replayed: true };
      }
    }
    const p = this.prepare(wf);
    await this.refuseDisabledDrivers(tenantId, p.workflow);
    if (o.checkDrivers !== false) {
      const check = await this.cachedCheck(tenantId, wf, p);
      if (!check.execution_ready) {
        const bad = check.required_drivers.filter((d) => d.status !== 'available');
        throw httpError(409, 'drivers_not_ready', `Not started: ${bad.map((d) => `${d.name}: ${d.message ?? d.status}`).join('; ')}`, 'Add the credentials with POST /v1/credentials (or set the variables named), then start again.', check);
      }
    }
    const run = await this.s.engine.createRun(p, { tenantId, inputs: o.inputs ?? {}, workflowVersion: wf.version, idempotencyKey: o.idempotencyKey });
    this.kick(run.id);
    return { run, replayed: false };
  }

  /** Executes (or continues) a run in the background. */
  kick(runId: string): void {
    if (this.draining) return;
    void this.s.engine.execute(runId).catch((err) => this.s.log.warn('run execution stopped with an error', { run: runId, error: String((err as Error)?.message ?? err) }));
  }
}
