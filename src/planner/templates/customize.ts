/**
 * Customising a template for one request. The draft (what the planner understood) is paired
 * with the template's steps by `driver.operation`, in order; then:
 *
 * - only the draft's facts are used: values written in the request, sole references
 *   (`{{step_1.url}}`, trigger data; renamed to the template's step ids) and dates — never
 *   wording or defaults the planner made up, nor its own `{{inputs.x}}` placeholders;
 * - a template parameter that is exactly `{{inputs.x}}` takes such a fact as input x's value
 *   (so it fills every other place x is used); parameters only the draft sets take the draft's
 *   fact; what the template wrote itself is replaced only by a strong fact (quoted in the
 *   request, an address/channel/URL/number, or three words or more);
 * - remaining inputs are read from the request with the template's extractors;
 * - known values are inlined (`{{inputs.x}}` → the value); inputs still referenced keep their
 *   declaration with the value as default; those without a value are `customization_needed`;
 * - draft steps the template lacks (top-level actions only) are appended: a hybrid plan.
 */
import { canonicalDriverName } from '../../drivers/registry.ts';
import { actionKey, allStrings, clone, hasExpression, kindOf, mapStrings, renameRefs, slug, walkSteps, type RawStep } from '../steps.ts';
import type { Draft, Plan } from '../types.ts';
import { asData, extract } from './extract.ts';
import type { Template } from './library.ts';

export interface Customization {
  workflow: Plan['workflow'];
  /** Inputs given a value from the request or the draft. */
  filled: string[];
  /** Inputs left at the template's default or still to be supplied at run time. */
  needed: string[];
  /** Ids of draft steps appended because the template lacks them (a hybrid plan). */
  appended: string[];
  /** Step parameters taken from the draft. */
  merged: number;
}

const SOLE_INPUT = /^\{\{\s*inputs\.([A-Za-z_]\w*)\s*\}\}$/;
const INPUT_IN_TEXT = /\{\{\s*inputs\.([A-Za-z_]\w*)\s*\}\}/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/;

/** A value that is exactly one `{{ reference }}` (data from an earlier step or the trigger). */
function isSoleReference(v: unknown): boolean {
  return typeof v === 'string' && /^\{\{[^{}]*\}\}$/.test(v.trim());
}

/** Draft steps as a flat list (draft.steps, else its actions as action steps). */
export function draftSteps(draft: Draft): RawStep[] {
  if (draft.steps.length) return draft.steps;
  return draft.actions.map((a, i) => ({ step_id: `step_${i + 1}`, driver: a.driver, operation: a.operation, parameters: a.parameters }));
}

/**
 * A guess: an action step whose every parameter is a placeholder the planner could not fill
 * from the request (`{{inputs.x}}`). Guesses do not count against a template the request names,
 * and are not appended to it.
 */
export function isGuess(step: RawStep): boolean {
  if (kindOf(step) !== 'action') return false;
  const values = allStrings(step.parameters ?? {});
  return values.length > 0 && values.every((v) => /^\s*\{\{\s*inputs\.[A-Za-z_]\w*\s*\}\}\s*$/.test(v));
}

/** Pairs draft steps with template steps of the same key, in order. Returns draft id → template step. */
export function pairSteps(draft: RawStep[], template: RawStep[]): { pairs: Map<RawStep, RawStep>; unpaired: RawStep[] } {
  const pool = walkSteps(template).map((w) => w.step);
  const used = new Set<RawStep>();
  const pairs = new Map<RawStep, RawStep>();
  const unpaired: RawStep[] = [];
  for (const { step } of walkSteps(draft)) {
    const key = actionKey(step);
    if (key === 'parallel') continue;
    const t = pool.find((p) => !used.has(p) && actionKey(p) === key);
    if (t) { used.add(t); pairs.set(step, t); } else unpaired.push(step);
  }
  return { pairs, unpaired };
}

function coerce(value: unknown, type: string | undefined): unknown {
  if (type === 'array') return Array.isArray(value) ? value : [value];
  if (type === 'string' || type === undefined) return Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  if ((type === 'number' || type === 'integer') && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value;
}

function inRequest(v: unknown, request: string): boolean {
  const r = request.toLowerCase();
  if (typeof v === 'string') return v.trim().length >= 2 && r.includes(v.trim().toLowerCase());
  if (typeof v === 'number') return r.includes(String(v));
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => inRequest(x, request));
  return false;
}

/** A fact strong enough to replace what the template itself wrote: quoted in the request, structured (address, channel, URL, number), or three words or more. */
function strongFact(v: unknown, request: string): boolean {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => strongFact(x, request));
  if (typeof v === 'number') return true;
  if (typeof v !== 'string') return false;
  const quoted = [...request.matchAll(/["'“‘]([^"'”’]+)["'”’]/g)].some((m) => m[1].trim().toLowerCase() === v.trim().toLowerCase());
  return quoted || /[@#\d]|:\/\//.test(v) || v.trim().split(/\s+/).length >= 3;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : Array.isArray(v) ? v.map(String).join(', ') : JSON.stringify(v);
}

/** Customises `t` for `request` given the planner's `draft`. */
export function customize(t: Template, request: string, draft: Draft, now?: Date): Customization {
  const wf = clone(t.workflow) as Record<string, unknown> & { steps: RawStep[]; inputs?: Record<string, { type?: string; default?: unknown; required?: boolean }> };
  const decl = wf.inputs ?? {};
  const values = new Map<string, unknown>();
  const dSteps = draftSteps(draft);
  const { pairs, unpaired } = pairSteps(dSteps, wf.steps);
  const rename = new Map<string, string>();
  for (const [d, ts] of pairs) if (typeof d.step_id === 'string' && typeof ts.step_id === 'string' && d.step_id !== ts.step_id) rename.set(d.step_id, ts.step_id);
  let merged = 0;

  // 1. The draft's parameters.
  for (const [d, ts] of pairs) {
    if (kindOf(ts) !== 'action') continue;
    const dp = (d.parameters ?? {}) as Record<string, unknown>;
    const tp = (ts.parameters ?? {}) as Record<string, unknown>;
    for (const [k, dv] of Object.entries(dp)) {
      if (dv === undefined || dv === null || dv === '' || allStrings(dv).some((x) => /\{\{\s*inputs\./.test(x))) continue; // the draft's own placeholders
      const tv = tp[k];
      const soleName = typeof tv === 'string' ? SOLE_INPUT.exec(tv)?.[1]
        : Array.isArray(tv) && tv.length === 1 && typeof tv[0] === 'string' ? SOLE_INPUT.exec(tv[0])?.[1] : undefined;
      const fact = !hasExpression(dv) && inRequest(dv, request);
      if (soleName && soleName in decl && fact) {
        if (values.has(soleName)) continue;
        const type = decl[soleName].type;
        if (Array.isArray(tv) && Array.isArray(dv) && type !== 'array' && dv.length !== 1) { tp[k] = dv; merged++; continue; }
        values.set(soleName, coerce(Array.isArray(tv) && Array.isArray(dv) && type !== 'array' ? dv[0] : dv, type));
        merged++;
      } else if ((fact && (tv === undefined || soleName || strongFact(dv, request))) || (isSoleReference(dv) && (tv === undefined || soleName)) || (tv === undefined && typeof dv === 'string' && ISO_DATE.test(dv))) {
        tp[k] = renameRefs(dv, rename);
        merged++;
      }
    }
    ts.parameters = tp;
  }

  // 2. Inputs read from the request.
  for (const [name, spec] of Object.entries(t.parameters)) {
    if (values.has(name) || !(name in decl)) continue;
    const v = extract(spec.extract, request, now);
    if (v !== undefined) values.set(name, coerce(v, decl[name].type));
  }

  // 3. Inline known values.
  const inline = (s: string): unknown => {
    const sole = SOLE_INPUT.exec(s);
    if (sole && values.has(sole[1])) return values.get(sole[1]);
    return s.replace(INPUT_IN_TEXT, (m, name: string) => (values.has(name) ? asData(text(values.get(name))) : m));
  };
  wf.steps = mapStrings(wf.steps, inline) as RawStep[];
  if (wf.outputs) wf.outputs = mapStrings(wf.outputs, inline);

  // 4. Hybrid: draft steps the template lacks, appended at the end.
  const appended: string[] = [];
  const taken = new Set(walkSteps(wf.steps).map((w) => String(w.step.step_id)));
  const extra = unpaired.filter((s) => dSteps.includes(s) && kindOf(s) === 'action' && !isGuess(s));
  for (const s of extra) {
    let id = String(s.step_id ?? `step_${appended.length + 1}`);
    if (taken.has(id)) { let n = 2; while (taken.has(`${id}_${n}`)) n++; rename.set(id, `${id}_${n}`); id = `${id}_${n}`; }
    taken.add(id);
  }
  for (const s of extra) {
    const copy = renameRefs(clone(s), rename, false) as RawStep;
    copy.step_id = rename.get(String(s.step_id)) ?? s.step_id;
    if (Array.isArray(s.dependencies)) copy.dependencies = s.dependencies.map((d) => rename.get(String(d)) ?? d);
    if (typeof s.next_step === 'string') copy.next_step = rename.get(s.next_step) ?? s.next_step;
    wf.steps.push(copy);
    appended.push(String(copy.step_id));
  }

  // 5. Inputs still referenced keep their declaration (with the known value as default).
  const referenced = new Set<string>();
  for (const s of allStrings([wf.steps, wf.outputs ?? null])) for (const m of s.matchAll(/\binputs\.([A-Za-z_]\w*)/g)) referenced.add(m[1]);
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(decl)) {
    if (!referenced.has(name)) continue;
    inputs[name] = values.has(name) ? { ...spec, default: values.get(name), required: undefined } : spec;
  }
  for (const v of Object.values(inputs) as Record<string, unknown>[]) if (v.required === undefined) delete v.required;
  const filled = Object.keys(decl).filter((n) => values.has(n));
  const needed = Object.keys(decl).filter((n) => !values.has(n));

  const title = t.title_input && values.has(t.title_input) ? text(values.get(t.title_input)) : undefined;
  const base = t.template_id.replace(/_v\d+$/, '');
  const workflow: Plan['workflow'] = {
    workflow_id: `wf_${base}${title ? `_${slug(title, 24)}` : ''}`,
    name: `${String(wf.name ?? t.name)}${title ? `: ${asData(title)}` : ''}`.slice(0, 200),
    description: `${String(wf.description ?? t.description)} Request: ${request}`.slice(0, 5000),
    template_id: t.template_id,
    steps: wf.steps,
    ...(Object.keys(inputs).length ? { inputs } : {}),
    ...(wf.error_handling ? { error_handling: wf.error_handling as Record<string, unknown> } : {}),
  };
  for (const k of ['outputs', 'monitoring'] as const) if (wf[k] !== undefined) (workflow as Record<string, unknown>)[k] = wf[k];
  return { workflow, filled, needed, appended, merged };
}

/** Drivers a template needs, canonical names. */
export function templateDrivers(t: Template): string[] {
  return t.drivers.map(canonicalDriverName);
}
