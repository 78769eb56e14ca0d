/**
 * The Store contract: what the engine, CLI and server need from durable storage, independent
 * of SQLite or PostgreSQL. Writes are grouped mutations: each group commits atomically, its
 * guards (expected status/owner) checked inside the transaction, and many groups share one
 * transaction (group commit) so concurrent runs cost few fsyncs.
 */

export type RunStatus = 'pending' | 'running' | 'waiting' | 'completed' | 'failed' | 'cancelled';
export type StepStatus = 'pending' | 'in-progress' | 'waiting' | 'completed' | 'failed' | 'skipped';
export const terminalRunStatuses: RunStatus[] = ['completed', 'failed', 'cancelled'];

export interface RunRow {
  id: string;
  tenant_id: string;
  workflow_id: string;
  workflow_name: string;
  workflow_version: number | null;
  /** The validated workflow document this run executes (a snapshot). */
  doc: unknown;
  status: RunStatus;
  inputs: Record<string, unknown>;
  output: unknown;
  error: unknown;
  created_at: number;
  started_at: number | null;
  ended_at: number | null;
  /** The engine instance executing the run, and until when its claim holds. */
  owner: string | null;
  lease_until: number | null;
  /** For waiting runs: when a timer is due (null when waiting only on people). */
  wake_at: number | null;
  cancel_requested: boolean;
  idempotency_key: string | null;
  parent_run_id: string | null;
}

export interface StepRow {
  run_id: string;
  /** Unique within the run: the step id, prefixed by loop iterations (`loop_1[2]/send`). */
  step_key: string;
  step_id: string;
  kind: string;
  status: StepStatus;
  attempt: number;
  idempotency_key: string | null;
  input: unknown;
  output: unknown;
  error: unknown;
  /** Kind-specific durable state: loop items, chosen branch, approval request, retry schedule. */
  state: unknown;
  started_at: number | null;
  ended_at: number | null;
  wake_at: number | null;
}

export interface EventRow {
  id?: number;
  run_id: string;
  tenant_id: string;
  seq: number;
  type: string;
  step_key: string | null;
  data: unknown;
  at: number;
}

export interface WorkflowRow {
  tenant_id: string;
  id: string;
  version: number;
  name: string;
  doc: unknown;
  created_at: number;
  deleted_at: number | null;
}

export type Mutation =
  | { op: 'insertRun'; run: RunRow }
  | { op: 'updateRun'; runId: string; expect?: { status?: RunStatus[]; owner?: string | null }; set: Partial<Omit<RunRow, 'id' | 'tenant_id'>> }
  | { op: 'putStep'; step: StepRow; expect?: { status?: (StepStatus | 'absent')[] } }
  /** Appends an event; the store assigns `seq` (next in the run) and `id` on the object. */
  | { op: 'event'; event: EventRow }
  /** Removes a step row (retrying a failed run forgets its skipped steps so they are decided afresh). */
  | { op: 'deleteStep'; runId: string; stepKey: string };

/** A group's guard did not hold: someone else changed the row first (or it does not exist). */
export interface GroupResult {
  ok: boolean;
  /** Which mutation's guard failed, when !ok. */
  failedAt?: number;
  /** Set when the write itself failed (e.g. a unique key), not only its guard. */
  error?: string;
}

export interface RunFilter {
  workflow_id?: string;
  status?: RunStatus[];
  since?: number;
  until?: number;
  /** Return runs created before this run id (cursor pagination, newest first). */
  before?: string;
  limit?: number;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Applies groups in one transaction; each group is all-or-nothing. */
  apply(groups: Mutation[][]): Promise<GroupResult[]>;
  getRun(runId: string, tenantId?: string): Promise<RunRow | undefined>;
  /** The run started with this idempotency key in the tenant, if any. */
  findRunByIdempotencyKey(tenantId: string, key: string): Promise<RunRow | undefined>;
  listRuns(tenantId: string, filter?: RunFilter): Promise<RunRow[]>;
  getSteps(runId: string): Promise<StepRow[]>;
  getEvents(runId: string, afterSeq?: number, limit?: number): Promise<EventRow[]>;
  /** Claims a run for `owner` when unowned, expired, already ours, or owned by `takeOverFrom`. */
  claimRun(runId: string, owner: string, leaseUntil: number, now: number, takeOverFrom?: string): Promise<RunRow | undefined>;
  /** Extends the leases of `owner`'s runs; returns the ids among them whose cancellation was requested. */
  renewLeases(owner: string, runIds: string[], leaseUntil: number): Promise<string[]>;
  /**
   * Running runs with no owner or an expired lease, and waiting runs whose timer is due. With
   * `includeLeased`, also running runs whose lease still holds (the caller checks the owner).
   */
  findRunnable(now: number, limit?: number, includeLeased?: boolean): Promise<RunRow[]>;
  saveWorkflow(tenantId: string, id: string, name: string, doc: unknown, now: number): Promise<WorkflowRow>;
  getWorkflow(tenantId: string, id: string, version?: number): Promise<WorkflowRow | undefined>;
  listWorkflows(tenantId: string): Promise<WorkflowRow[]>;
  /** Every version of a workflow that is not deleted, oldest first (empty when unknown or deleted). */
  listWorkflowVersions(tenantId: string, id: string): Promise<WorkflowRow[]>;
  /** Soft-deletes every version; false when there is no such (undeleted) workflow. */
  deleteWorkflow(tenantId: string, id: string, now: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Raised when a write's guard fails (another writer got there first). */
export class StaleWriteError extends Error {
  constructor(what: string) {
    super(`Stale write: ${what} was changed by someone else first`);
    this.name = 'StaleWriteError';
  }
}
