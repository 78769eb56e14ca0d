/**
 * Seed 002 compatibility: the `/v1/ai/workflows` routes as the seed's clients call them, thin
 * over the same services. A "workflow" there is a running instance, so `{id}` is a run id;
 * `workflow_name` names a saved workflow (by id, name, or name in snake_case); approve takes
 * `{"approved": true|false}` and decides the gate the run is waiting at.
 */
import { z } from 'zod';
import type { RunRow, StepRow, WorkflowRow } from '../../store/types.ts';
import type { Principal } from '../auth.ts';
import { httpError } from '../errors.ts';
import { cancelRun, runOr404 } from '../lookup.ts';
import { route, type RouteDef } from '../route.ts';
import { RunStatus } from '../schemas.ts';
import type { Services } from '../services.ts';
import { decide, DecisionResult } from './approvals.ts';

const CompatStep = z.object({ step_id: z.string(), name: z.string(), status: z.string(), requires_approval: z.boolean(), result: z.unknown().optional(), error: z.unknown().optional() });
export const WorkflowState = z.object({
  workflow_id: z.string().describe('The instance (run) id'),
  workflow_name: z.string(),
  definition_id: z.string(),
  status: RunStatus,
  current_step: z.number().int().nullable().describe('Index of the step in progress or waiting'),
  total_steps: z.number().int(),
  awaiting_approval: z.boolean(),
  steps: z.array(CompatStep),
  context: z.record(z.string(), z.unknown()),
  error: z.unknown().optional(),
  created_at: z.string(),
  updated_at: z.string().nullable(),
}).meta({ id: 'WorkflowState' });
const Definition = z.object({ id: z.string(), name: z.string(), description: z.string().nullable(), version: z.number().int(), steps: z.array(z.object({ step_id: z.string(), name: z.string(), requires_approval: z.boolean() })) });
const StartQuery = z.strictObject({ workflow_name: z.string().min(1).describe('Saved workflow: id, name, or name in snake_case') });
const ListQuery = z.strictObject({ all: z.enum(['true', 'false']).optional().describe('Include finished runs (default: active only)') });
const ApproveBody = z.strictObject({ approved: z.boolean(), comment: z.string().max(2000).optional(), step_id: z.string().optional().describe('Which gate, when several wait') });

const snake = (x: string) => x.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
type DocStep = { step_id: string; name?: string; kind?: string; type?: string };

function state(run: RunRow, rows: StepRow[]): z.infer<typeof WorkflowState> {
  const byKey = new Map(rows.map((r) => [r.step_key, r]));
  const steps = ((run.doc as { steps?: DocStep[] }).steps ?? []).map((d) => {
    const r = byKey.get(d.step_id);
    return { step_id: d.step_id, name: d.name ?? d.step_id, status: r?.status ?? 'pending', requires_approval: (d.kind ?? d.type) === 'approval', ...(r?.status === 'completed' ? { result: r.output } : {}), ...(r?.status === 'failed' ? { error: r.error } : {}) };
  });
  const cur = steps.findIndex((st) => st.status === 'in-progress' || st.status === 'waiting');
  return {
    workflow_id: run.id, workflow_name: run.workflow_name, definition_id: run.workflow_id, status: run.status,
    current_step: cur >= 0 ? cur : null, total_steps: steps.length, awaiting_approval: steps.some((st) => st.status === 'waiting' && st.requires_approval),
    steps, context: run.inputs, ...(run.error ? { error: run.error } : {}),
    created_at: new Date(run.created_at).toISOString(), updated_at: run.ended_at ? new Date(run.ended_at).toISOString() : run.started_at ? new Date(run.started_at).toISOString() : null,
  };
}

async function findDefinition(s: Services, who: Principal, name: string): Promise<WorkflowRow> {
  const direct = await s.store.getWorkflow(who.tenantId, name);
  if (direct) return direct;
  const all = await s.store.listWorkflows(who.tenantId);
  const hit = all.find((w) => w.name === name) ?? all.find((w) => snake(w.name) === snake(name));
  if (!hit) throw httpError(404, 'not_found', `No workflow definition '${name}'.`, 'GET /v1/ai/workflows/definitions lists them.');
  return hit;
}

export function compatRoutes(s: Services): RouteDef[] {
  const tag = 'Seed 002 compatibility';
  const current = async (who: Principal, id: string) => { const run = await runOr404(s, who, id); return state(run, await s.store.getSteps(run.id)); };
  return [
    route({ id: 'ai.definitions', method: 'get', path: '/v1/ai/workflows/definitions', tag, summary: 'Workflow definitions that can be started', permission: 'workflows:read', response: { status: 200, description: 'Definitions', schema: z.object({ definitions: z.array(Definition) }) } },
      async ({ c, who }) => c.json({ definitions: (await s.store.listWorkflows(who.tenantId)).map((w) => ({
        id: w.id, name: w.name, description: (w.doc as { description?: string }).description ?? null, version: w.version,
        steps: ((w.doc as { steps?: DocStep[] }).steps ?? []).map((d) => ({ step_id: d.step_id, name: d.name ?? d.step_id, requires_approval: (d.kind ?? d.type) === 'approval' })),
      })) })),
    route({ id: 'ai.start', method: 'post', path: '/v1/ai/workflows/start', tag, summary: 'Start a workflow by name; the body is its context (inputs)', permission: 'runs:start', query: StartQuery, body: z.record(z.string(), z.unknown()), target: 'run', response: { status: 202, description: 'The workflow state', schema: WorkflowState }, errors: [409, 422, 503] },
      async ({ c, who, query, body, audit }) => {
        const wf = await findDefinition(s, who, query.workflow_name);
        const { run, replayed } = await s.runs.start(who.tenantId, wf, { inputs: body, idempotencyKey: c.req.header('idempotency-key') });
        audit({ workflow_id: wf.id, version: wf.version }, run.id);
        return c.json(await current(who, run.id), replayed ? 200 : 202);
      }),
    route({ id: 'ai.list', method: 'get', path: '/v1/ai/workflows', tag, summary: 'Active workflows (runs); `?all=true` includes finished ones', permission: 'runs:read', query: ListQuery, response: { status: 200, description: 'Workflow states', schema: z.object({ workflows: z.array(WorkflowState) }) } },
      async ({ c, who, query }) => {
        const runs = await s.store.listRuns(who.tenantId, { status: query.all === 'true' ? undefined : ['pending', 'running', 'waiting'], limit: 100 });
        return c.json({ workflows: await Promise.all(runs.map(async (r) => state(r, await s.store.getSteps(r.id)))) });
      }),
    route({ id: 'ai.get', method: 'get', path: '/v1/ai/workflows/:id', tag, summary: 'The state of a workflow (run)', permission: 'runs:read', response: { status: 200, description: 'The workflow state', schema: WorkflowState } },
      async ({ c, who, params }) => c.json(await current(who, params.id))),
    route({ id: 'ai.approve', method: 'post', path: '/v1/ai/workflows/:id/approve', tag, summary: 'Approve or reject the step the workflow waits at', permission: 'approvals:decide', body: ApproveBody, target: 'run', response: { status: 200, description: 'The decision and the state after it', schema: z.object({ decision: DecisionResult, workflow: WorkflowState }) }, errors: [409] },
      async ({ c, who, params, body, audit }) => {
        const run = await runOr404(s, who, params.id);
        const rows = await s.store.getSteps(run.id);
        const gate = body.step_id ?? rows.find((r) => r.kind === 'approval' && r.status === 'waiting')?.step_key;
        if (!gate) throw httpError(409, 'conflict', `Workflow ${run.id} is not waiting for an approval.`, `It is ${run.status}.`);
        audit({ step: gate, decision: body.approved ? 'approved' : 'rejected' });
        const decision = await decide(s, who, run.id, gate, body.approved, body.comment);
        return c.json({ decision, workflow: await current(who, run.id) });
      }),
    route({ id: 'ai.cancel', method: 'post', path: '/v1/ai/workflows/:id/cancel', tag, summary: 'Cancel a workflow (run)', permission: 'runs:cancel', target: 'run', response: { status: 200, description: 'The workflow state', schema: WorkflowState }, errors: [409] },
      async ({ c, who, params }) => {
        await cancelRun(s, who, params.id);
        return c.json(await current(who, params.id));
      }),
  ];
}
