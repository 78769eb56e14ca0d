/**
 * The API's shared representations (zod: the TS type, the response shape and the OpenAPI
 * component in one): workflows, runs, events, and the conversions from stored rows. Times are
 * ISO 8601 strings; ids are opaque strings.
 */
import { z } from 'zod';
import type { EventRow, RunRow, WorkflowRow } from '../store/types.ts';

const iso = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
const Time = z.string().describe('ISO 8601 time');
const runStatuses = ['pending', 'running', 'waiting', 'completed', 'failed', 'cancelled'] as const;
export const RunStatus = z.enum(runStatuses);

export const WorkflowSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  steps: z.number().int().describe('Number of top-level steps'),
  created_at: Time,
}).meta({ id: 'WorkflowSummary' });

export const WorkflowDetail = WorkflowSummary.extend({
  document: z.record(z.string(), z.unknown()).describe('The workflow document (seed 000 format) of this version'),
}).meta({ id: 'WorkflowDetail' });

export function workflowSummary(w: WorkflowRow): z.infer<typeof WorkflowSummary> {
  const doc = (w.doc ?? {}) as { description?: string; steps?: unknown[] };
  return { id: w.id, version: w.version, name: w.name, description: doc.description ?? null, steps: doc.steps?.length ?? 0, created_at: iso(w.created_at)! };
}

export function workflowDetail(w: WorkflowRow): z.infer<typeof WorkflowDetail> {
  return { ...workflowSummary(w), document: w.doc as Record<string, unknown> };
}

export const RunSummary = z.object({
  id: z.string(),
  workflow_id: z.string(),
  workflow_version: z.number().int().nullable(),
  workflow_name: z.string(),
  status: RunStatus,
  inputs: z.record(z.string(), z.unknown()),
  output: z.unknown().nullable(),
  error: z.unknown().nullable(),
  idempotency_key: z.string().nullable(),
  created_at: Time,
  started_at: Time.nullable(),
  ended_at: Time.nullable(),
  links: z.object({ self: z.string(), events: z.string() }),
}).meta({ id: 'RunSummary' });

export function runSummary(r: RunRow): z.infer<typeof RunSummary> {
  return {
    id: r.id, workflow_id: r.workflow_id, workflow_version: r.workflow_version, workflow_name: r.workflow_name, status: r.status,
    inputs: r.inputs, output: r.output ?? null, error: r.error ?? null, idempotency_key: r.idempotency_key,
    created_at: iso(r.created_at)!, started_at: iso(r.started_at), ended_at: iso(r.ended_at),
    links: { self: `/v1/runs/${r.id}`, events: `/v1/runs/${r.id}/events` },
  };
}

export const StepResult = z.looseObject({ step_id: z.string(), name: z.string(), status: z.string() });

/** Seed 000 stage 7, while a run is not finished. */
export const MonitoringView = z.looseObject({
  view: z.literal('monitoring'),
  workflow_id: z.string(),
  run_id: z.string(),
  status: RunStatus,
  current_step: z.string().nullable(),
  progress: z.string().describe('e.g. "33%"'),
  steps_completed: z.number().int(),
  steps_remaining: z.number().int(),
  execution_time: z.string(),
  step_results: z.array(StepResult),
}).meta({ id: 'MonitoringView' });

/** Seed 000 stage 8, once a run has ended. */
export const CompletionSummary = z.looseObject({
  view: z.literal('summary'),
  workflow_id: z.string(),
  run_id: z.string(),
  status: RunStatus,
  execution_time: z.string(),
  steps_executed: z.number().int(),
  success_rate: z.string(),
  results: z.record(z.string(), z.unknown()),
  user_notification: z.object({ method: z.string(), message: z.string(), timestamp: Time }),
}).meta({ id: 'CompletionSummary' });

export const RunDetail = z.union([MonitoringView, CompletionSummary]).meta({ id: 'RunDetail' });

export const RunEvent = z.object({
  seq: z.number().int().describe('Position in the run\'s event stream; the SSE event id'),
  type: z.string().describe('run.created, run.started, step.started, step.completed, step.waiting, step.approved, run.completed, …'),
  step_key: z.string().nullable(),
  at: Time,
  data: z.unknown(),
}).meta({ id: 'RunEvent' });

export function runEvent(e: EventRow): z.infer<typeof RunEvent> {
  return { seq: e.seq, type: e.type, step_key: e.step_key, at: iso(e.at)!, data: e.data };
}

/** Parses an ISO time or epoch milliseconds in a query parameter. */
export const TimeParam = z.string().transform((v, ctx) => {
  const n = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isFinite(n)) { ctx.addIssue({ code: 'custom', message: 'expected an ISO 8601 time or epoch milliseconds' }); return z.NEVER; }
  return n;
});

export const LimitParam = z.coerce.number().int().min(1).max(200).default(50);

/** A name or id given in a path or body: letters, digits, `_ . -`. */
export const Ident = z.string().min(1).max(128).regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, "_", "." and "-" only, starting with a letter or digit');

/** Seed 000 stage 5. */
export const DriverCheckSchema = z.object({
  required_drivers: z.array(z.looseObject({
    name: z.string(),
    driver: z.string(),
    status: z.enum(['available', 'unavailable', 'unknown']),
    credentials: z.enum(['valid', 'configured', 'missing', 'invalid', 'not_required']),
    api_status: z.enum(['healthy', 'unhealthy', 'unreachable', 'unchecked']),
    rate_limit: z.enum(['within_limits', 'throttled']),
    message: z.string().optional(),
  })),
  execution_ready: z.boolean(),
}).meta({ id: 'DriverCheck' });
