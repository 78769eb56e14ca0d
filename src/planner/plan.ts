/**
 * The planning pipeline (seed 000 stages 2–5): request → draft (LLM when configured, else the
 * offline planner) → template match → workflow (template customised, or generated from the
 * draft) → safety gates → validation → dispatch decision → driver check.
 */
import type { DriverRegistry } from '../drivers/registry.ts';
import { checkDrivers } from '../drivers/check.ts';
import { AutoflowError } from '../platform/errors.ts';
import { validateWorkflow } from '../workflow/validate.ts';
import { formatProblems } from '../workflow/problems.ts';
import { planOffline } from './offline/index.ts';
import { planWithLlm } from './llm/index.ts';
import { matchTemplate, customizeTemplate } from './templates/index.ts';
import { dispatch, type OperationHistory } from './dispatch.ts';
import { applySafety } from './safety.ts';
import type { Draft, Plan, PlanOptions } from './types.ts';

export const maxRequestLength = 4000;

export interface PlanDeps {
  registry: DriverRegistry;
  /** Per-operation durations from this installation's run history (for the estimate). */
  history?: OperationHistory;
  /** Extra templates saved by users. */
  userTemplates?: unknown[];
}

/** Plans a request end to end. Never runs anything. */
export async function plan(request: string, deps: PlanDeps, opts: PlanOptions): Promise<Plan> {
  const text = typeof request === 'string' ? request.trim() : '';
  if (!text) throw new AutoflowError({ code: 'empty_request', status: 400, message: 'The request is empty.', hint: 'Describe what to automate, e.g. "Create a task in Asana for the bug fix and notify #dev-team".' });
  if (text.length > maxRequestLength) throw new AutoflowError({ code: 'request_too_long', status: 413, message: `The request is ${text.length} characters; the limit is ${maxRequestLength}.`, hint: 'Shorten it or split it into several workflows.' });
  const env = opts.env ?? process.env;
  let planner: Plan['planner'] = 'offline';
  let draft: Draft;
  if (env.AUTOFLOW_LLM_BASE_URL) {
    const r = await planWithLlm(text, opts);
    draft = r.draft;
    planner = r.fallback ? 'offline_fallback' : 'llm';
  } else {
    draft = planOffline(text, opts);
  }
  const match = matchTemplate(text, draft, deps.userTemplates ?? []);
  const fromTemplate = match.template_found ? customizeTemplate(match, text, draft) : undefined;
  const base = fromTemplate ?? { workflow_id: workflowId(draft.name), name: draft.name, description: text, steps: draft.steps };
  const workflow = applySafety({ ...base, ...(draft.trigger ? { trigger: draft.trigger } : {}) }, opts);
  const notes = [...draft.notes];
  let driverCheck: Plan['driver_check'] = { required_drivers: [], execution_ready: false };
  if (workflow.steps.length) {
    const report = validateWorkflow(workflow, deps.registry);
    if (!report.ok) notes.push(`The planned workflow does not validate:\n${formatProblems(report.problems.filter((p) => p.severity === 'error'))}`);
    else driverCheck = await checkDrivers(deps.registry, report.workflow!, report.graph!, { env, live: false });
  }
  return {
    request: text,
    planner,
    intent: draft.intent,
    actions: draft.actions,
    template_match: match,
    dispatch: dispatch(workflow, draft, match, deps.history, planner),
    workflow,
    ...(draft.trigger ? { trigger: draft.trigger } : {}),
    driver_check: driverCheck,
    notes,
  };
}

function workflowId(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 40) || 'workflow';
  return `wf_${slug}`;
}
