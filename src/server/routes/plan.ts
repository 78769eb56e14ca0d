/**
 * Planning over HTTP: `POST /v1/plan` shows every stage's product for a request (intent,
 * template match, dispatch decision, workflow, driver check) and runs nothing;
 * `POST /v1/plan/run` also saves the planned workflow and starts it. Both plan with the tenant's
 * enabled drivers (`PUT /v1/settings`), its run history (the estimate) and its saved templates.
 */
import { z } from 'zod';
import { newId } from '../../platform/ids.ts';
import type { PlanOptions } from '../../planner/types.ts';
import { validateWorkflow } from '../../workflow/validate.ts';
import type { Principal } from '../auth.ts';
import { httpError } from '../errors.ts';
import { route, type RouteDef } from '../route.ts';
import { Ident, RunSummary, runSummary, WorkflowSummary, workflowSummary } from '../schemas.ts';
import type { Services } from '../services.ts';

const planFields = {
  request: z.string().min(1).max(20_000).describe('What to automate, in plain words (the planner states its own limit)'),
  timezone: z.string().max(64).optional().describe('IANA zone for dates in the request (e.g. Europe/Berlin)'),
  allow_destructive_without_approval: z.boolean().optional().describe('Skip the approval gate the planner puts before destructive operations'),
};
const PlanBody = z.strictObject(planFields).meta({ id: 'PlanRequest' });
const PlanRunBody = z.strictObject({ ...planFields, inputs: z.record(z.string(), z.unknown()).optional() }).meta({ id: 'PlanRunRequest' });
export const PlanSchema = z.looseObject({
  request: z.string(), planner: z.enum(['offline', 'llm', 'offline_fallback']), intent: z.string(),
  actions: z.array(z.looseObject({ driver: z.string(), operation: z.string(), parameters: z.record(z.string(), z.unknown()) })),
  template_match: z.looseObject({ template_found: z.boolean(), template_id: z.string().nullable(), match_confidence: z.number() }),
  dispatch: z.looseObject({ workflow_type: z.string(), complexity: z.string(), strategy: z.string(), reasoning: z.string() }),
  workflow: z.record(z.string(), z.unknown()),
  driver_check: z.looseObject({ required_drivers: z.array(z.unknown()), execution_ready: z.boolean() }),
  notes: z.array(z.string()),
}).meta({ id: 'Plan' });
const PlanRunResult = z.object({ plan: PlanSchema, workflow: WorkflowSummary, run: RunSummary }).meta({ id: 'PlanRunResult' });

/** Plans with the tenant's enabled drivers, run history and saved templates. */
async function planFor(s: Services, who: Principal, body: z.infer<typeof PlanBody>) {
  const opts: PlanOptions = { catalog: s.catalog(), env: s.vault.tenantEnv(who.tenantId, s.env), enabledDrivers: await s.enabledDrivers(who.tenantId), timezone: body.timezone, allowDestructiveWithoutApproval: body.allow_destructive_without_approval };
  return s.planner(body.request, await s.plannerDeps(who.tenantId), opts);
}

export function planRoutes(s: Services): RouteDef[] {
  return [
    route({ id: 'plan.create', method: 'post', path: '/v1/plan', tag: 'Planning', summary: 'Plan a request: intent, template match, dispatch, workflow, driver check (nothing runs)', permission: 'plan:create', body: PlanBody, response: { status: 200, description: 'The plan', schema: PlanSchema }, errors: [413] },
      async ({ c, who, body }) => c.json(await planFor(s, who, body))),
    route({ id: 'plan.run', method: 'post', path: '/v1/plan/run', tag: 'Planning', summary: 'Plan a request, save the workflow and start it', description: 'Saves the planned workflow (a new version when its id exists) and starts a run. 422 when the plan does not validate (details: the plan and the report) or uses a driver the tenant has not enabled (nothing saved); 409 when its drivers are not ready (the workflow is saved).',
      permission: 'plan:create', body: PlanRunBody, target: 'run', response: { status: 202, description: 'The plan, the saved workflow and the run', schema: PlanRunResult }, errors: [409, 413, 422, 503] },
    async ({ c, who, body, audit }) => {
      if (s.runs.draining) throw httpError(503, 'draining', 'The server is shutting down and starts no new runs.');
      const p = await planFor(s, who, body);
      const report = validateWorkflow(p.workflow, s.registry);
      if (!report.ok) throw httpError(422, 'invalid_workflow', 'The planned workflow is not valid, so nothing was saved or run.', 'Rephrase the request, or save and edit the workflow by hand.', { plan: p, problems: report.problems });
      await s.runs.refuseDisabledDrivers(who.tenantId, report.workflow!);
      const id = Ident.safeParse(p.workflow.workflow_id).success ? p.workflow.workflow_id : newId('wf', s.clock.now());
      const wf = await s.store.saveWorkflow(who.tenantId, id, report.workflow!.name, { ...p.workflow, workflow_id: id }, s.clock.now());
      audit({ request: body.request, workflow_id: wf.id, version: wf.version });
      const { run } = await s.runs.start(who.tenantId, wf, { inputs: body.inputs });
      audit({}, run.id);
      return c.json({ plan: p, workflow: workflowSummary(wf), run: runSummary(run) }, 202, { Location: `/v1/runs/${run.id}` });
    }),
  ];
}
