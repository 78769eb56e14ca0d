/**
 * The dispatcher (seed 003): what kind of workflow this is, how complex, how long it should take
 * and how many LLM tokens it needs, and how it was produced (use a template as is, customise
 * one, generate, or a hybrid of both) — with one sentence of reasoning.
 *
 * Duration: the critical path through the steps' dependencies. Each action step costs the median
 * duration of that `driver.operation` in this installation's run history (completed steps) when
 * there is any, else the default below. Approval gates count 0 (people's time is not
 * estimated), waits their duration, loops ⌈items / concurrency⌉ × their body (3 items when the
 * list is only known at run time), conditions their longer branch.
 *
 * | default per step           | ms    |   | by effect (unknown driver) | ms   |
 * |----------------------------|-------|---|----------------------------|------|
 * | asana                      | 1500  |   | read                       | 500  |
 * | slack                      | 800   |   | write                      | 1500 |
 * | email (SMTP)               | 2000  |   | destructive                | 1500 |
 * | http                       | 1000  |   |                            |      |
 * | github                     | 1500  |   | condition                  | 5    |
 * | database                   | 300   |   | sub_workflow               | 5000 |
 * | file                       | 50    |   | approval                   | 0    |
 * | llm                        | 8000  |   | wait                       | its duration |
 * | notify                     | 1000  |   |                            |      |
 * | transform                  | 5     |   |                            |      |
 *
 * LLM tokens: for every llm step, its prompt and system text (4 characters a token) plus its
 * max_tokens (1024 by default), times loop iterations; plus the tokens the LLM planner spent
 * (as the endpoint reported them, else estimated the same way). Present only when non-zero.
 */
import { canonicalDriverName } from '../drivers/registry.ts';
import { durationMs } from '../workflow/duration.ts';
import { defaultDependencies } from '../workflow/graph.ts';
import type { Step } from '../workflow/schema.ts';
import { workflowTypeOf } from './classify.ts';
import { complexityOf } from './complexity.ts';
import { actionKey, allStrings, kindOf, type RawStep } from './steps.ts';
import type { Customization } from './templates/customize.ts';
import type { DispatchDecision, Draft, Plan, TemplateMatch, WorkflowType } from './types.ts';

/** Median step duration per `driver.operation` (canonical driver name) from this installation's history. */
export type OperationHistory = Record<string, { count: number; p50_ms: number }>;

/** Default step durations by driver (ms): the table above. */
export const DEFAULT_DRIVER_MS: Record<string, number> = { asana: 1500, slack: 800, email: 2000, http: 1000, github: 1500, database: 300, file: 50, llm: 8000, notify: 1000, transform: 5 };
/** Defaults by effect for drivers not in the table (custom actions). */
export const DEFAULT_EFFECT_MS: Record<string, number> = { read: 500, write: 1500, destructive: 1500 };
export const DEFAULT_CONTROL_MS = { condition: 5, sub_workflow: 5000, approval: 0, parallel: 0, loop: 0, wait: 0 };
/** Iterations assumed for a loop whose items are only known at run time. */
export const ASSUMED_LOOP_ITEMS = 3;
const CHARS_PER_TOKEN = 4;
const DEFAULT_MAX_TOKENS = 1024;

export interface DispatchExtra {
  /** The request (for the workflow type). */
  request?: string;
  /** What the customiser did, when a template was used. */
  customization?: Customization;
  /** The matched template's category. */
  templateCategory?: WorkflowType;
  /** Tokens the LLM planner used. */
  llmPlannerTokens?: number;
  /** Effect of each `driver.operation`, for drivers without a default. */
  effects?: Record<string, string>;
}

type PerStep = DispatchDecision['estimate']['per_step'][number];

/** Estimates a list of steps; pushes action steps to `per`. Returns the critical-path duration and tokens. */
function estimateList(steps: RawStep[], h: OperationHistory, effects: Record<string, string>, per: PerStep[], concurrent = false, mult = 1): { ms: number; tokens: number } {
  const ids = steps.map((s) => String(s.step_id));
  const defaults = defaultDependencies(steps as unknown as Step[], concurrent);
  const own = new Map<string, number>();
  let tokens = 0;
  steps.forEach((s) => {
    const id = String(s.step_id);
    const k = kindOf(s);
    let ms = 0;
    if (k === 'action') {
      const key = actionKey(s);
      const hist = h[key];
      const driver = canonicalDriverName(String(s.driver ?? ''));
      ms = hist && hist.count > 0 ? hist.p50_ms : DEFAULT_DRIVER_MS[driver] ?? DEFAULT_EFFECT_MS[effects[key] ?? 'write'] ?? 1500;
      per.push({ step_id: id, operation: key, duration_ms: Math.round(ms), basis: hist && hist.count > 0 ? 'history' : 'default' });
      if (driver === 'llm') {
        const p = (s.parameters ?? {}) as Record<string, unknown>;
        const text = allStrings([p.prompt ?? '', p.system ?? '']).join('').length;
        tokens += mult * (Math.ceil(text / CHARS_PER_TOKEN) + (typeof p.max_tokens === 'number' ? p.max_tokens : DEFAULT_MAX_TOKENS));
      }
    } else if (k === 'condition') {
      const a = estimateList((s.then ?? []) as RawStep[], h, effects, per, false, mult);
      const b = estimateList((s.else ?? []) as RawStep[], h, effects, per, false, mult);
      ms = DEFAULT_CONTROL_MS.condition + Math.max(a.ms, b.ms);
      tokens += Math.max(a.tokens, b.tokens);
    } else if (k === 'parallel') {
      const r = estimateList((s.steps ?? []) as RawStep[], h, effects, per, true, mult);
      ms = r.ms; tokens += r.tokens;
    } else if (k === 'loop') {
      const n = Array.isArray(s.items) ? s.items.length : ASSUMED_LOOP_ITEMS;
      const conc = typeof s.concurrency === 'number' && s.concurrency > 0 ? s.concurrency : 1;
      const r = estimateList((s.steps ?? []) as RawStep[], h, effects, per, false, mult * n);
      ms = Math.ceil(n / conc) * r.ms; tokens += r.tokens;
    } else if (k === 'wait') {
      try { ms = s.duration !== undefined ? durationMs(s.duration as string | number) : 0; } catch { ms = 0; }
    } else if (k === 'sub_workflow') {
      ms = DEFAULT_CONTROL_MS.sub_workflow;
    }
    own.set(id, ms);
  });
  // Reference edges: a step that mentions an earlier sibling in {{ }} runs after it.
  const finish = new Map<string, number>();
  const depsOf = (i: number): string[] => {
    const refs = new Set(defaults[i]);
    for (const str of allStrings(steps[i])) for (const m of str.matchAll(/\{\{\s*([A-Za-z_]\w*)/g)) if (ids.indexOf(m[1]) >= 0 && ids.indexOf(m[1]) < i) refs.add(m[1]);
    return [...refs].filter((d) => ids.includes(d) && d !== ids[i]);
  };
  const visiting = new Set<string>();
  const end = (i: number): number => {
    const id = ids[i];
    if (finish.has(id)) return finish.get(id)!;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const start = Math.max(0, ...depsOf(i).map((d) => end(ids.indexOf(d))));
    const f = start + (own.get(id) ?? 0);
    finish.set(id, f);
    return f;
  };
  let ms = 0;
  ids.forEach((_, i) => { ms = Math.max(ms, end(i)); });
  return { ms, tokens };
}

/** The estimate part of the decision. */
export function estimate(steps: RawStep[], history: OperationHistory = {}, o: { effects?: Record<string, string>; llmPlannerTokens?: number } = {}): DispatchDecision['estimate'] {
  const per: PerStep[] = [];
  const r = estimateList(steps, history, o.effects ?? {}, per);
  const fromHistory = per.filter((p) => p.basis === 'history').length;
  const basis = per.length && fromHistory === per.length ? 'history' : fromHistory ? 'mixed' : 'defaults';
  const tokens = r.tokens + (o.llmPlannerTokens ?? 0);
  return { duration_ms: Math.round(r.ms), basis, per_step: per, ...(tokens > 0 ? { llm_tokens: tokens } : {}) };
}

const round = (ms: number) => (ms < 1000 ? `${Math.round(ms)}ms` : `${Math.round(ms / 100) / 10}s`);

/** The dispatch decision for a planned workflow. */
export function dispatch(workflow: { steps: Record<string, unknown>[]; description?: string }, draft: Draft, m: TemplateMatch, h: OperationHistory | undefined, planner: Plan['planner'], extra: DispatchExtra = {}): DispatchDecision {
  const steps = workflow.steps as RawStep[];
  const request = extra.request ?? workflow.description ?? draft.intent;
  const c = extra.customization;
  const workflow_type = m.template_found && extra.templateCategory ? extra.templateCategory : workflowTypeOf(request, steps);
  const complexity = complexityOf(steps);
  const est = estimate(steps, h ?? {}, { effects: extra.effects, llmPlannerTokens: extra.llmPlannerTokens });
  const who = planner === 'llm' ? 'the LLM planner' : planner === 'offline_fallback' ? 'the offline planner (the LLM answer was rejected)' : 'the offline planner';
  let strategy: DispatchDecision['strategy'];
  let reasoning: string;
  if (m.template_found && c?.appended.length) {
    strategy = 'hybrid';
    reasoning = `Template ${m.template_id} (confidence ${m.match_confidence.toFixed(2)}) covers the requested process, and ${c.appended.length} step${c.appended.length === 1 ? '' : 's'} it lacks (${c.appended.join(', ')}) came from ${who}.`;
  } else if (m.template_found && c && (c.filled.length || c.merged)) {
    strategy = 'customize_template';
    reasoning = `Template ${m.template_id} (confidence ${m.match_confidence.toFixed(2)}) matches the request${c.filled.length ? ` and was filled with ${c.filled.join(', ')} from it` : ' and took its parameters'}${c.needed.length ? `; ${c.needed.join(', ')} ${c.needed.length === 1 ? 'keeps its default or is' : 'keep their defaults or are'} asked for at run time` : ''}.`;
  } else if (m.template_found) {
    strategy = 'use_template';
    reasoning = `Template ${m.template_id} (confidence ${m.match_confidence.toFixed(2)}) matches the request as is; its inputs (${c?.needed.join(', ') || 'none'}) keep their defaults or are asked for at run time.`;
  } else {
    strategy = 'generate';
    reasoning = steps.length
      ? `No template covers these ${steps.length} step${steps.length === 1 ? '' : 's'} without adding unrequested ones (best confidence ${m.match_confidence.toFixed(2)}), so ${who} generated the workflow; about ${round(est.duration_ms)} from ${est.basis === 'history' ? 'this installation\'s run history' : est.basis === 'mixed' ? 'run history and defaults' : 'default durations'}.`
      : `Nothing to dispatch: no template matches and ${who} found no automatable steps.`;
  }
  return { workflow_type, complexity, estimate: est, strategy, reasoning };
}
