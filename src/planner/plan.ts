/**
 * The planning pipeline (seed 000 stages 2–5): request → draft (LLM when configured, else the
 * offline planner) → template match → workflow (template customised, or generated from the
 * draft) → safety gates → validation → dispatch decision → driver check.
 */
import { asTyped } from './offline/as-typed.ts';
import type { DriverRegistry } from '../drivers/registry.ts';
import { checkDrivers } from '../drivers/check.ts';
import { AutoflowError } from '../platform/errors.ts';
import { validateWorkflow } from '../workflow/validate.ts';
import { formatProblems } from '../workflow/problems.ts';
import { planOffline } from './offline/index.ts';
import { planWithLlm } from './llm/index.ts';
import { matchTemplate, customizeTemplateDetailed, findTemplate } from './templates/index.ts';
import { dispatch, type OperationHistory } from './dispatch.ts';
import { reviewRequest, reviewSafety } from './safety.ts';
import { canonicalDriverName } from '../drivers/registry.ts';
import { allStrings } from './steps.ts';
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
  const enabled = opts.enabledDrivers ? new Set(opts.enabledDrivers.map(canonicalDriverName)) : undefined;
  const popts: PlanOptions = { ...opts, env, catalog: enabled ? opts.catalog.filter((d) => enabled.has(canonicalDriverName(d.name))) : opts.catalog };
  const effects = Object.fromEntries(popts.catalog.flatMap((d) => d.operations.map((o) => [`${d.name}.${o.name}`, o.effect])));
  const noMatch = { template_found: false, template_id: null, match_confidence: 0, template_actions: [], customization_needed: [] };

  // User text is data: a request asking to send a stored credential is refused before planning.
  const screened = reviewRequest(text);
  if (screened.refuse) {
    const draft: Draft = { intent: 'refused', actions: [], steps: [], name: text.slice(0, 60), notes: [] };
    const workflow = { workflow_id: workflowId(draft.name), name: draft.name, description: text, steps: [] };
    return { request: text, planner: 'offline', intent: 'refused', actions: [], template_match: noMatch, dispatch: dispatch(workflow, draft, noMatch, deps.history, 'offline', { request: text }), workflow, driver_check: { required_drivers: [], execution_ready: false }, notes: screened.notes };
  }

  let planner: Plan['planner'] = 'offline';
  let draft: Draft;
  let llmTokens: number | undefined;
  const llmNotes: string[] = [];
  if (env.AUTOFLOW_LLM_BASE_URL) {
    const r = await planWithLlm(text, popts, { registry: deps.registry });
    draft = r.draft;
    planner = r.fallback ? 'offline_fallback' : 'llm';
    llmTokens = r.tokens;
    if (!r.fallback && r.rounds) llmNotes.push(`The LLM's plan was accepted after ${r.rounds} repair round${r.rounds === 1 ? '' : 's'}.`);
  } else {
    draft = planOffline(text, popts);
  }
  const user = deps.userTemplates ?? [];
  const mopts = { enabledDrivers: opts.enabledDrivers, now: opts.now };
  // (a dictated request names its hosts and values in words: checks read it as written, "api dot x dot com" as api.x.com)
  const written = asTyped(text);
  const match = matchTemplate(written, draft, user, mopts);
  const custom = customizeTemplateDetailed(match, written, draft, user, mopts);
  const base = custom?.workflow ?? { workflow_id: workflowId(draft.name), name: draft.name, description: text, steps: draft.steps, ...declaredInputs(draft) };
  const review = reviewSafety({ ...base, ...(draft.trigger ? { trigger: draft.trigger } : {}) }, popts, written);
  const workflow = review.workflow;
  const draftNotes = custom && !draft.steps.length ? [`The ${planner === 'llm' ? 'LLM' : 'offline'} planner found no steps of its own; template ${match.template_id} provides the process.`] : draft.notes;
  const notes = [...screened.notes, ...draftNotes, ...llmNotes, ...disabledNotes(written, opts, enabled), ...review.notes];
  if (custom?.needed.length) {
    const required = custom.needed.filter((n) => (workflow.inputs as Record<string, { default?: unknown; required?: boolean }> | undefined)?.[n]?.default === undefined && (workflow.inputs as Record<string, { required?: boolean }> | undefined)?.[n]?.required !== false && workflow.inputs?.[n] !== undefined);
    if (required.length) notes.push(`Template ${match.template_id} needs ${required.join(', ')} at run time (--input name=value); the request did not say.`);
  }
  let driverCheck: Plan['driver_check'] = { required_drivers: [], execution_ready: false };
  if (workflow.steps.length) {
    const report = validateWorkflow(workflow, deps.registry);
    if (!report.ok) notes.push(`The planned workflow does not validate:\n${formatProblems(report.problems.filter((p) => p.severity === 'error'))}`);
    else driverCheck = await checkDrivers(deps.registry, report.workflow!, report.graph!, { env, live: false });
  }
  const template = custom ? findTemplate(match.template_id, user) : undefined;
  return {
    request: text,
    planner,
    intent: draft.intent,
    actions: draft.actions,
    template_match: match,
    dispatch: dispatch(workflow, draft, match, deps.history, planner, { request: text, customization: custom, templateCategory: template?.category, llmPlannerTokens: llmTokens, effects }),
    workflow,
    ...(draft.trigger ? { trigger: draft.trigger } : {}),
    driver_check: driverCheck,
    notes,
  };
}

/** Drivers whose names are everyday words ("notify the team", "file it"): a mention does not mean the driver. */
const genericDriverNames = new Set(['notify', 'transform', 'file']);

/** Says which drivers the request names (by name or title) but the enabled drivers leave out, so missing steps are explained. */
function disabledNotes(text: string, opts: PlanOptions, enabled: Set<string> | undefined): string[] {
  if (!enabled) return [];
  const lower = text.toLowerCase();
  const named = opts.catalog.filter((d) => !enabled.has(canonicalDriverName(d.name)) && !genericDriverNames.has(canonicalDriverName(d.name)) && [d.name, d.title].some((w) => w && new RegExp(`\\b${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower)));
  if (!named.length) return [];
  const list = named.map((d) => d.title || d.name).join(', ');
  return [`Not planned with ${list}: ${named.length === 1 ? 'it is' : 'they are'} not among the enabled drivers (${[...enabled].join(', ') || 'none'}). Enable ${named.length === 1 ? 'it' : 'them'} with PUT /v1/settings (admins), or on the CLI with --drivers / AUTOFLOW_ENABLED_DRIVERS.`];
}

/** Inputs the draft's steps use (`{{inputs.x}}`: what the request did not say), declared so runs are checked and `do` asks for them. */
function declaredInputs(draft: Draft): { inputs?: Record<string, unknown> } {
  const own = (draft as { inputs?: Record<string, unknown> }).inputs;
  if (own && typeof own === 'object') return { inputs: own };
  const names = new Set<string>();
  for (const s of allStrings(draft.steps)) for (const m of s.matchAll(/\{\{\s*inputs\.([A-Za-z_]\w*)/g)) names.add(m[1]);
  if (!names.size) return {};
  return { inputs: Object.fromEntries([...names].map((n) => [n, { type: 'string', required: true }])) };
}

function workflowId(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 40) || 'workflow';
  return `wf_${slug}`;
}
