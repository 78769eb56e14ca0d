/**
 * Workflows: create (validated; the validation report on 422), list, get, update (each update
 * a new version), versions, soft delete, validate without saving, the driver check of a
 * workflow (seed 000 stage 5, with live health checks on request), and starting a run.
 */
import { z } from 'zod';
import { newId } from '../../platform/ids.ts';
import { validateWorkflow, type ValidationReport } from '../../workflow/validate.ts';
import { WorkflowDoc } from '../../workflow/schema.ts';
import { httpError } from '../errors.ts';
import { workflowOr404 } from '../lookup.ts';
import { route, type RouteDef } from '../route.ts';
import { DriverCheckSchema, Ident, RunSummary, runSummary, WorkflowDetail, workflowDetail, WorkflowSummary, workflowSummary } from '../schemas.ts';
import type { Services } from '../services.ts';

const Problem = z.object({ path: z.string(), code: z.string(), message: z.string(), hint: z.string().optional(), severity: z.enum(['error', 'warning']) }).meta({ id: 'Problem' });
export const ValidationReportSchema = z.object({ ok: z.boolean(), problems: z.array(Problem) }).meta({ id: 'ValidationReport' });
const WorkflowSaved = WorkflowDetail.extend({ warnings: z.array(Problem) }).meta({ id: 'WorkflowSaved' });
const WorkflowList = z.object({ workflows: z.array(WorkflowSummary) });
const VersionList = z.object({ versions: z.array(WorkflowSummary) });
const Deleted = z.object({ id: z.string(), deleted: z.literal(true) });
const StartRunBody = z.strictObject({
  inputs: z.record(z.string(), z.unknown()).optional().describe('Values for the workflow\'s declared inputs'),
  version: z.number().int().min(1).optional().describe('A specific version (default: the latest)'),
  check_drivers: z.boolean().optional().describe('Refuse to start when a driver is not ready (default true)'),
}).meta({ id: 'StartRun' });
const CheckQuery = z.strictObject({ live: z.enum(['true', 'false']).optional().describe('Also call each driver\'s health check') });

function report(r: ValidationReport): z.infer<typeof ValidationReportSchema> {
  return { ok: r.ok, problems: r.problems.map((p) => ({ path: p.path, code: p.code, message: p.message, ...(p.hint ? { hint: p.hint } : {}), severity: p.severity })) };
}

/** Validates a document for saving under `id`; throws 422 with the report when invalid. */
function validated(s: Services, doc: unknown, id: string | undefined) {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw httpError(400, 'invalid_request', 'The body must be a workflow document (a JSON object).', 'See examples/bug-fix.json.');
  const given = (doc as { workflow_id?: unknown }).workflow_id;
  if (id && given !== undefined && given !== id) throw httpError(400, 'invalid_request', `The document's workflow_id '${String(given)}' differs from the workflow '${id}' in the path.`, 'Drop workflow_id from the body or make it match.', [{ path: '$.workflow_id', code: 'mismatch', message: 'must match the path' }]);
  const r = validateWorkflow(doc, s.registry);
  if (!r.ok) throw httpError(422, 'invalid_workflow', `The workflow is not valid (${r.problems.filter((p) => p.severity === 'error').length} problem(s)).`, 'Fix every problem listed in details.problems; POST /v1/workflows/validate checks without saving.', report(r));
  const wid = id ?? (typeof given === 'string' ? given : newId('wf', s.clock.now()));
  const ok = Ident.safeParse(wid);
  if (!ok.success) throw httpError(400, 'invalid_request', `workflow_id '${wid}' is not usable as an id: ${ok.error.issues[0].message}.`, undefined, [{ path: '$.workflow_id', code: 'invalid_id', message: ok.error.issues[0].message }]);
  return { id: wid, doc: { ...(doc as Record<string, unknown>), workflow_id: wid }, name: r.workflow!.name, warnings: report(r).problems.filter((p) => p.severity === 'warning') };
}

export function workflowRoutes(s: Services): RouteDef[] {
  return [
    route({ id: 'workflows.create', method: 'post', path: '/v1/workflows', tag: 'Workflows', summary: 'Create a workflow', description: 'The body is a workflow document (seed 000 format). It is validated completely; on 422 `error.details` is the validation report. `workflow_id` in the document becomes the id (one is generated when absent).',
      permission: 'workflows:write', body: WorkflowDoc, bodyIsDocument: true, target: 'workflow', response: { status: 201, description: 'Saved as version 1', schema: WorkflowSaved }, errors: [409, 413, 422] },
    async ({ c, who, body, audit }) => {
      const v = validated(s, body, undefined);
      audit({ name: v.name }, v.id);
      if (await s.store.getWorkflow(who.tenantId, v.id)) throw httpError(409, 'conflict', `Workflow '${v.id}' already exists.`, `Update it with PUT /v1/workflows/${v.id} (a new version).`);
      const row = await s.store.saveWorkflow(who.tenantId, v.id, v.name, v.doc, s.clock.now());
      audit({ version: row.version });
      return c.json({ ...workflowDetail(row), warnings: v.warnings }, 201, { Location: `/v1/workflows/${row.id}` });
    }),

    route({ id: 'workflows.list', method: 'get', path: '/v1/workflows', tag: 'Workflows', summary: 'List workflows (latest versions)', permission: 'workflows:read', response: { status: 200, description: 'Workflows', schema: WorkflowList } },
      async ({ c, who }) => c.json({ workflows: (await s.store.listWorkflows(who.tenantId)).map(workflowSummary) })),

    route({ id: 'workflows.validate', method: 'post', path: '/v1/workflows/validate', tag: 'Workflows', summary: 'Validate a workflow without saving it', description: 'Answers 200 with the report whether or not the document is valid.',
      permission: 'workflows:read', body: WorkflowDoc, bodyIsDocument: true, response: { status: 200, description: 'The validation report', schema: ValidationReportSchema } },
    ({ c, body }) => c.json(report(validateWorkflow(body, s.registry)))),

    route({ id: 'workflows.get', method: 'get', path: '/v1/workflows/:id', tag: 'Workflows', summary: 'Get a workflow (latest version)', permission: 'workflows:read', response: { status: 200, description: 'The workflow', schema: WorkflowDetail } },
      async ({ c, who, params }) => c.json(workflowDetail(await workflowOr404(s, who, params.id)))),

    route({ id: 'workflows.update', method: 'put', path: '/v1/workflows/:id', tag: 'Workflows', summary: 'Update a workflow (saves a new version)', permission: 'workflows:write', body: WorkflowDoc, bodyIsDocument: true, target: 'workflow', response: { status: 200, description: 'The new version', schema: WorkflowSaved }, errors: [413, 422] },
      async ({ c, who, params, body, audit }) => {
        const prev = await workflowOr404(s, who, params.id);
        const v = validated(s, body, prev.id);
        const row = await s.store.saveWorkflow(who.tenantId, prev.id, v.name, v.doc, s.clock.now());
        audit({ version: row.version, previous_version: prev.version });
        return c.json({ ...workflowDetail(row), warnings: v.warnings });
      }),

    route({ id: 'workflows.delete', method: 'delete', path: '/v1/workflows/:id', tag: 'Workflows', summary: 'Delete a workflow (soft: its runs and versions stay readable to the system)', permission: 'workflows:write', target: 'workflow', response: { status: 200, description: 'Deleted', schema: Deleted } },
      async ({ c, who, params }) => {
        await workflowOr404(s, who, params.id);
        await s.store.deleteWorkflow(who.tenantId, params.id, s.clock.now());
        return c.json({ id: params.id, deleted: true as const });
      }),

    route({ id: 'workflows.versions', method: 'get', path: '/v1/workflows/:id/versions', tag: 'Workflows', summary: 'List the versions of a workflow', permission: 'workflows:read', response: { status: 200, description: 'Versions, oldest first', schema: VersionList } },
      async ({ c, who, params }) => {
        const versions = await s.store.listWorkflowVersions(who.tenantId, params.id);
        if (!versions.length) await workflowOr404(s, who, params.id);
        return c.json({ versions: versions.map(workflowSummary) });
      }),

    route({ id: 'workflows.version', method: 'get', path: '/v1/workflows/:id/versions/:version', tag: 'Workflows', summary: 'Get one version of a workflow', permission: 'workflows:read', response: { status: 200, description: 'That version', schema: WorkflowDetail } },
      async ({ c, who, params }) => {
        const n = Number(params.version);
        if (!Number.isInteger(n) || n < 1) throw httpError(400, 'invalid_request', `Version '${params.version}' is not a positive integer.`);
        return c.json(workflowDetail(await workflowOr404(s, who, params.id, n)));
      }),

    route({ id: 'workflows.drivers', method: 'get', path: '/v1/workflows/:id/drivers', tag: 'Drivers', summary: 'Driver status check of a workflow (seed 000 stage 5)', description: 'For every driver the workflow uses: `{name, status, credentials, api_status, rate_limit}` and `execution_ready`. `?live=true` also calls each driver\'s health check.',
      permission: 'drivers:read', query: CheckQuery, response: { status: 200, description: 'The driver check', schema: DriverCheckSchema } },
    async ({ c, who, params, query }) => {
      const wf = await workflowOr404(s, who, params.id);
      return c.json(await s.runs.check(who.tenantId, s.runs.prepare(wf), query.live === 'true'));
    }),

    route({ id: 'runs.start', method: 'post', path: '/v1/workflows/:id/runs', tag: 'Runs', summary: 'Start a run of a workflow', description: 'Validates the inputs, refuses steps using drivers the tenant has not enabled (422 `drivers_disabled`), checks the drivers (409 `drivers_not_ready` with the check in details), creates the run and executes it in the server. With an `Idempotency-Key` header the same key returns the same run (200 instead of 202).',
      permission: 'runs:start', body: StartRunBody, target: 'run', response: { status: 202, description: 'The run, accepted and executing', schema: RunSummary }, errors: [409, 422, 503] },
    async ({ c, who, params, body, audit }) => {
      const wf = await workflowOr404(s, who, params.id, body.version);
      const key = c.req.header('idempotency-key');
      if (key !== undefined && (key.length < 1 || key.length > 200)) throw httpError(400, 'invalid_request', 'Idempotency-Key must be 1–200 characters.');
      const { run, replayed } = await s.runs.start(who.tenantId, wf, { inputs: body.inputs, idempotencyKey: key, checkDrivers: body.check_drivers });
      audit({ workflow_id: wf.id, version: wf.version, ...(key ? { idempotency_key: key, replayed } : {}) }, run.id);
      return c.json(runSummary(run), replayed ? 200 : 202, { Location: `/v1/runs/${run.id}`, ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) });
    }),
  ];
}
