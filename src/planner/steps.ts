/**
 * Small helpers over raw (not yet validated) workflow steps, shared by the template matcher,
 * the customiser, the safety pass and the dispatcher: walking nested steps, naming what a step
 * does (`asana.create_task`, `approval`), and rewriting strings deep inside parameters.
 */
import { canonicalDriverName } from '../drivers/registry.ts';
import { stepKindOf } from '../workflow/normalize.ts';

export type RawStep = Record<string, unknown>;

/** Fields of compound steps that hold child steps. */
export const CHILD_FIELDS = ['then', 'else', 'steps'] as const;

/** The step kind (action when unknown). */
export function kindOf(step: RawStep): string {
  const k = stepKindOf(step);
  return typeof k === 'string' ? k : 'action';
}

/** What a step does: `driver.operation` (canonical driver name) for actions, the kind otherwise. */
export function actionKey(step: RawStep): string {
  if (kindOf(step) === 'action') return `${canonicalDriverName(String(step.driver ?? ''))}.${String(step.operation ?? '')}`;
  return kindOf(step);
}

export interface WalkedStep {
  step: RawStep;
  /** Enclosing compound steps, outermost first. */
  ancestors: RawStep[];
  /** The list holding the step. */
  list: RawStep[];
}

/** Every step, nested ones included, in document order (parents before children). */
export function walkSteps(steps: RawStep[], ancestors: RawStep[] = [], out: WalkedStep[] = []): WalkedStep[] {
  for (const s of steps) {
    if (!s || typeof s !== 'object') continue;
    out.push({ step: s, ancestors, list: steps });
    for (const f of CHILD_FIELDS) {
      const kids = s[f];
      if (Array.isArray(kids)) walkSteps(kids as RawStep[], [...ancestors, s], out);
    }
  }
  return out;
}

/** The keys of every step (see {@link actionKey}), control steps that only group others left out. */
export function stepKeys(steps: RawStep[]): string[] {
  return walkSteps(steps).map((w) => actionKey(w.step)).filter((k) => k !== 'parallel');
}

/** Deep copy of JSON-like data. */
export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Applies `fn` to every string inside a JSON-like value (object keys untouched); returns a new value. */
export function mapStrings(v: unknown, fn: (s: string) => unknown): unknown {
  if (typeof v === 'string') return fn(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, fn));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, fn)]));
  return v;
}

/** Every string inside a JSON-like value. */
export function allStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) allStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) allStrings(x, out);
  return out;
}

/** True when a JSON-like value holds a `{{ }}` expression anywhere. */
export function hasExpression(v: unknown): boolean {
  return allStrings(v).some((s) => s.includes('{{'));
}

/** Renames step references inside `{{ }}` expressions (and bare condition expressions when `bare`). */
export function renameRefs(v: unknown, map: Map<string, string>, bare = false): unknown {
  if (!map.size) return v;
  const renameExpr = (expr: string) => expr.replace(/(^|[^\w.$'"])([A-Za-z_]\w*)(?=\s*[.[]|\s*$|\s*[}=!<>&|?:)])/g, (m, pre: string, id: string) => (map.has(id) ? `${pre}${map.get(id)}` : m));
  return mapStrings(v, (s) => {
    if (s.includes('{{')) return s.replace(/\{\{([\s\S]*?)\}\}/g, (_m, e: string) => `{{${renameExpr(e)}}}`);
    return bare ? renameExpr(s) : s;
  });
}

/** A slug for ids: lower case, `_` between words, at most `max` characters. */
export function slug(text: string, max = 40): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, max).replace(/_$/, '');
}
