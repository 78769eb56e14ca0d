/**
 * One step said twice, read as one. "Slack message please. Channel: #ops. Text: 'Disk at 90%'." and "Slack message to
 * channel #releases, text payload: 'Deploy finished'." name one message in two places, so the clauses give two steps
 * of the same operation next to each other: one with the values, one with the same values or only with what the
 * planner filled in itself (a workflow input, the default channel #general the request never names). Such a pair is
 * one step: the values it was told win, what the second step was pointed at by later steps points at the first, and
 * the step ids are numbered again in run order. Two steps that name different values stay two steps.
 */
import { inRunOrder } from './lend-forward.ts';

type Step = Record<string, unknown>;
type Params = Record<string, unknown>;

/** A value the planner filled in itself: a workflow input, or the default channel when the request never names it. */
function filledIn(key: string, v: unknown, request: string): boolean {
  return (typeof v === 'string' && /^\{\{inputs\.\w+\}\}$/.test(v)) || (key === 'channel' && v === '#general' && !/#general\b/i.test(request));
}

function same(a: unknown, b: unknown): boolean {
  return String(JSON.stringify(a ?? null)).toLowerCase().trim() === String(JSON.stringify(b ?? null)).toLowerCase().trim();
}

/** The parameters of both as one step's; undefined when they name different values. */
function merged(a: Params, b: Params, request: string): Params | undefined {
  const out: Params = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [va, vb] = [a[key], b[key]];
    if (vb === undefined || same(va, vb) || filledIn(key, vb, request)) out[key] = va ?? vb;
    else if (va === undefined || filledIn(key, va, request)) out[key] = vb;
    else return undefined;
  }
  return out;
}

/** Every step id, references to it and notes naming it, numbered again in run order; `gone` now means `kept`. */
function renumber(steps: Step[], gone: string, kept: string, notes: string[]): Step[] {
  const ids = new Map(inRunOrder(steps).map((s, i) => [String(s.step_id), `step_${i + 1}`]));
  ids.set(gone, ids.get(kept)!);
  const say = (text: string) => text.replace(/\bstep_\d+\b/g, (id) => ids.get(id) ?? id);
  notes.splice(0, notes.length, ...notes.map(say));
  const out = JSON.parse(say(JSON.stringify(steps))) as Step[];
  for (const s of inRunOrder(out)) if (Array.isArray(s.dependencies)) s.dependencies = [...new Set(s.dependencies as string[])].filter((d) => d !== s.step_id);
  return out;
}

/** The steps with each echoed pair read as one (top-level actions next to each other); the same array when there is none. */
export function mergeEchoes(steps: Step[], request: string, notes: string[]): Step[] {
  let out = steps;
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    if (!a.driver || a.driver !== b.driver || a.operation !== b.operation) continue;
    const params = merged(a.parameters as Params, b.parameters as Params, request);
    if (!params) continue;
    for (const [key, v] of Object.entries(params)) if (typeof a.name === 'string' && (a.parameters as Params)[key] !== v && typeof (a.parameters as Params)[key] === 'string') a.name = a.name.replace(String((a.parameters as Params)[key]), String(v));
    Object.assign(a.parameters as Params, params);
    const gone = String(b.step_id);
    // (what the planner asked of the echo as a workflow input is asked no more)
    for (let n = notes.length - 1; n >= 0; n--) if (new RegExp(`^${gone} \\(`).test(notes[n])) notes.splice(n, 1);
    out = renumber(out.filter((s) => s !== b), gone, String(a.step_id), notes);
    i--;
  }
  // (the default channel, once the echo's own channel replaced it, was assumed nowhere)
  if (out !== steps && !JSON.stringify(out).includes('"#general"')) for (let n = notes.length - 1; n >= 0; n--) if (/assumed #general/.test(notes[n])) notes.splice(n, 1);
  return out;
}
