/**
 * The scoring rules of ../shared/eval/score-planner.mjs, in-process: the same matching of
 * expected steps, order and parallel constraints, parameter checks and trigger check, run on
 * the offline planner's draft (validated with the project's validator) or on the whole `plan()`
 * pipeline (templates, safety) instead of spawning the CLI per case. Used by
 * test/planner-eval.test.ts and bench/planner.ts; as a script:
 * `node test/planner-score.ts [FILE…] [--pipeline] [--verbose]`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRegistry } from '../src/drivers/all.ts';
import { planOffline } from '../src/planner/offline/index.ts';
import { plan } from '../src/planner/plan.ts';
import { validateWorkflow } from '../src/workflow/validate.ts';

export interface Case { id: string; request: string; steps: Record<string, unknown>[]; after?: [number, number][]; parallel?: [number, number][]; trigger?: { type: string; cron?: string } }
export interface CaseResult { id: string; request: string; ok: boolean; problems: string[]; validates: boolean; ms: number }

const norm = (s: unknown) => String(s ?? '').toLowerCase().replace(/_driver$/, '').trim();
const CHILD_KEYS = ['then', 'else', 'steps', 'branches', 'do', 'body', 'children', 'on_true', 'on_false'];
type Node = { id: string; raw: Record<string, any>; deps: Set<string> };

function flatten(steps: any[], parent?: string, out: Node[] = []): Node[] {
  for (const s of steps || []) {
    if (!s || typeof s !== 'object') continue;
    const id = String(s.step_id ?? s.id ?? `#${out.length}`);
    const deps = new Set<string>((s.dependencies || s.depends_on || s.needs || []).map(String));
    if (parent) deps.add(parent);
    out.push({ id, raw: s, deps });
    for (const k of CHILD_KEYS) {
      const v = s[k];
      if (Array.isArray(v) && v.some((x: any) => x && typeof x === 'object' && (x.driver || x.kind || x.type || x.step_id))) flatten(v, id, out);
      else if (Array.isArray(v)) for (const b of v) if (b && Array.isArray(b.steps)) flatten(b.steps, id, out);
    }
  }
  return out;
}

function reach(nodes: Node[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const memo = new Map<string, Set<string>>();
  const up = (id: string, seen = new Set<string>()): Set<string> => {
    if (memo.has(id)) return memo.get(id)!;
    const acc = new Set<string>();
    for (const d of byId.get(id)?.deps || []) {
      if (seen.has(d)) continue;
      seen.add(d); acc.add(d);
      for (const x of up(d, seen)) acc.add(x);
    }
    memo.set(id, acc);
    return acc;
  };
  return (a: Node, b: Node) => up(b.id).has(a.id);
}

const kindOf = (s: any) => norm(s.kind ?? s.type ?? s.step_type ?? (s.driver ? 'action' : ''));
function matches(exp: any, n: Node) {
  const s = n.raw;
  if (exp.kind) return [kindOf(s), norm(s.driver), norm(s.operation)].includes(norm(exp.kind));
  return norm(s.driver) === norm(exp.driver) && norm(s.operation) === norm(exp.operation);
}
function param(s: any, k: string) { return (s.parameters && s.parameters[k] !== undefined) ? s.parameters[k] : (s.params?.[k] ?? s[k]); }
function checkParam(want: any, got: any, ids: (string | undefined)[]) {
  if (Array.isArray(want)) {
    const have = Array.isArray(got) ? got.map(String) : String(got ?? '').split(/[,;\s]+/);
    return want.every((w) => have.some((h) => h.toLowerCase() === String(w).toLowerCase()));
  }
  const str = typeof got === 'string' ? got : JSON.stringify(got ?? '');
  const op = want[0], v = want.slice(1);
  if (op === '=') return str.trim().toLowerCase() === v.toLowerCase() || String(got) === v;
  if (op === '~') return str.toLowerCase().includes(v.toLowerCase());
  if (op === '@') { const id = ids[Number(v)]; return !!id && /\{\{/.test(str) && str.includes(id); }
  return false;
}

/** Scores one plan against one case (the scorer's rules). */
export function scorePlan(c: Case, p: any): { ok: boolean; problems: string[] } {
  const exp = c.steps;
  const problems: string[] = [];
  const nodes = flatten(p?.workflow?.steps ?? p?.steps ?? []);
  const dep = reach(nodes);
  const used = new Set<number>();
  const map = exp.map((e) => { const i = nodes.findIndex((n, k) => !used.has(k) && matches(e, n)); if (i >= 0) used.add(i); return i >= 0 ? nodes[i] : null; });
  const hit = map.filter(Boolean).length;
  const extra = nodes.filter((n, k) => !used.has(k) && (n.raw.driver || exp.length === 0)).length;
  if (exp.length - hit) problems.push(`missing ${exp.filter((_, i) => !map[i]).map((e: any) => e.kind || `${e.driver}.${e.operation}`).join(', ')}`);
  if (extra) problems.push(`extra ${nodes.filter((n, k) => !used.has(k) && (n.raw.driver || exp.length === 0)).map((n) => n.raw.driver ? `${norm(n.raw.driver)}.${n.raw.operation}` : n.raw.kind).join(', ')}`);
  const ids = map.map((n) => n?.id);
  let okAll = exp.length - hit === 0 && extra === 0;
  for (const [i, j] of c.after || []) { const ok = map[i] && map[j] && dep(map[i]!, map[j]!); if (!ok) { okAll = false; problems.push(`step ${j} should come after ${i}`); } }
  for (const [i, j] of c.parallel || []) { const ok = map[i] && map[j] && !dep(map[i]!, map[j]!) && !dep(map[j]!, map[i]!); if (!ok) { okAll = false; problems.push(`steps ${i} and ${j} should run in parallel`); } }
  exp.forEach((e: any, i) => {
    for (const [k, want] of Object.entries(e.params || {})) {
      const ok = map[i] && checkParam(want, param(map[i]!.raw, k), ids);
      if (!ok) { okAll = false; problems.push(`step ${i} ${k}: want ${JSON.stringify(want)} got ${JSON.stringify(map[i] ? param(map[i]!.raw, k) : undefined)}`); }
    }
  });
  const ptrig = p?.trigger ?? p?.workflow?.trigger ?? null;
  let tok: boolean;
  if (!c.trigger) tok = !ptrig || ['manual', 'api', 'none'].includes(norm(ptrig.type));
  else tok = !!ptrig && norm(ptrig.type) === norm(c.trigger.type) && (!c.trigger.cron || String(ptrig.cron ?? ptrig.schedule ?? '').trim().replace(/\s+/g, ' ') === c.trigger.cron);
  if (!tok) { okAll = false; problems.push(`trigger: want ${JSON.stringify(c.trigger ?? null)} got ${JSON.stringify(ptrig)}`); }
  return { ok: okAll, problems };
}

export function loadCases(file: string): Case[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
}

/**
 * Plans and scores every case in-process: `offline` scores the offline planner's draft (and
 * checks that its steps validate); `pipeline` scores the whole plan() result, as the CLI prints it.
 */
export async function runCases(cases: Case[], mode: 'offline' | 'pipeline' = 'offline'): Promise<CaseResult[]> {
  const registry = builtinRegistry();
  const catalog = registry.catalog();
  const out: CaseResult[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    let result: unknown;
    let problem: string | undefined;
    if (mode === 'offline') {
      const d = planOffline(c.request, { catalog });
      result = d;
      if (d.steps.length) {
        const report = validateWorkflow({ name: d.name, steps: d.steps, ...(d.trigger ? { trigger: d.trigger } : {}) }, registry);
        if (!report.ok) problem = report.problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`).join('; ');
      }
    } else {
      const p = await plan(c.request, { registry }, { catalog, env: {} });
      result = p;
      problem = p.notes.find((n) => /does not validate/.test(n));
    }
    const ms = performance.now() - t0;
    const r = scorePlan(c, result);
    if (problem) r.problems.push(`does not validate: ${problem}`);
    out.push({ id: c.id, request: c.request, ok: r.ok, problems: r.problems, validates: !problem, ms });
  }
  return out;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const devSet = path.resolve(here, '../../shared/eval/planner-dev.jsonl');
export const ownSet = path.resolve(here, 'planner-cases.jsonl');

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const verbose = process.argv.includes('--verbose');
  const mode = process.argv.includes('--pipeline') ? 'pipeline' : 'offline';
  for (const f of files.length ? files : [devSet, ownSet]) {
    const results = await runCases(loadCases(f), mode);
    for (const r of results) if (verbose || !r.ok || !r.validates) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.id}: ${r.request}${r.problems.length ? `\n      ${r.problems.join('\n      ')}` : ''}`);
    const perfect = results.filter((r) => r.ok).length;
    console.log(`${path.basename(f)} [${mode}]: ${perfect}/${results.length} perfect (${((100 * perfect) / results.length).toFixed(1)}%), ${results.filter((r) => !r.validates).length} not validating`);
  }
}
