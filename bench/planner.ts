/**
 * Offline planner speed, in-process: plans every request of the dev set and of
 * test/planner-cases.jsonl several times and reports per-request planning time (p50/p90/p99/max),
 * planning only (no CLI start-up), the full `plan()` pipeline (templates, safety, validation,
 * dispatch, driver check), the first request (building the catalogue index, loading chrono-node),
 * and a baseline measured in the same run: only lower-casing and tokenising each request, the
 * floor any planner pays. Usage: `node bench/planner.ts [--rounds N]`; `npm run bench` includes it.
 */
import { fileURLToPath } from 'node:url';
import { builtinRegistry } from '../src/drivers/all.ts';
import { planOffline } from '../src/planner/offline/index.ts';
import { plan } from '../src/planner/plan.ts';
import { devSet, loadCases, ownSet } from '../test/planner-score.ts';
import { fmt, mean, percentile } from './stats.ts';

export interface PlannerResults {
  requests: number;
  rounds: number;
  firstMs: number;
  p50: number; p90: number; p99: number; max: number; mean: number;
  pipelineP50: number; pipelineP99: number;
  baselineP50: number;
}

/** Measures the offline planner over the dev set and the project's own cases. */
export async function measurePlanner(rounds = 20): Promise<PlannerResults> {
  const registry = builtinRegistry();
  const catalog = registry.catalog();
  const requests = [...loadCases(devSet), ...loadCases(ownSet)].map((c) => c.request);
  const t0 = performance.now();
  planOffline(requests[0], { catalog });
  const firstMs = performance.now() - t0;
  const times: number[] = [];
  const base: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const q of requests) {
      let s = performance.now();
      planOffline(q, { catalog });
      const ms = performance.now() - s;
      s = performance.now();
      sink += q.toLowerCase().split(/[^a-z0-9#@.:/'-]+/).length;
      const b = performance.now() - s;
      if (r > 0) { times.push(ms); base.push(b); }
    }
  }
  const pipe: number[] = [];
  for (const q of requests) {
    const s = performance.now();
    await plan(q, { registry }, { catalog, env: {} });
    pipe.push(performance.now() - s);
  }
  if (sink < 0) console.log(sink);
  return {
    requests: requests.length, rounds, firstMs,
    p50: percentile(times, 50), p90: percentile(times, 90), p99: percentile(times, 99), max: Math.max(...times), mean: mean(times),
    pipelineP50: percentile(pipe, 50), pipelineP99: percentile(pipe, 99),
    baselineP50: percentile(base, 50),
  };
}

/** The RESULTS.md section for the planner. */
export function renderPlannerSection(p: PlannerResults): string {
  const ok = p.p99 < 50 ? 'PASS' : 'FAIL';
  return `\n## Offline planner\n\n${p.requests} requests (dev set + test/planner-cases.jsonl) × ${p.rounds - 1} rounds after a warm-up round, in-process.\n\n| Figure | Measured | Target | OK |\n|---|---|---|---|\n`
    + `| Planning per request, p50 / p90 / p99 / max | ${fmt(p.p50, 2)} / ${fmt(p.p90, 2)} / ${fmt(p.p99, 2)} / ${fmt(p.max, 2)} ms | < 50 ms | ${ok} |\n`
    + `| Full \`plan()\` pipeline (templates, safety, validation, dispatch, driver check), p50 / p99 | ${fmt(p.pipelineP50, 2)} / ${fmt(p.pipelineP99, 2)} ms | — |  |\n`
    + `| First request (catalogue index + chrono-node load) | ${fmt(p.firstMs, 1)} ms | — |  |\n`
    + `| Baseline: lower-case + tokenise the request, p50 | ${fmt(p.baselineP50, 4)} ms | — |  |\n`
    + `| Ratio planner / baseline, p50 | ${fmt(p.p50 / Math.max(p.baselineP50, 1e-6), 0)}× | — |  |\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const rounds = Number(args[args.indexOf('--rounds') + 1]) || 20;
  const p = await measurePlanner(rounds);
  console.log(`offline planner: ${p.requests} requests × ${p.rounds - 1} rounds (after one warm-up round)`);
  console.log(`first request (index + chrono load): ${fmt(p.firstMs, 1)} ms`);
  console.log(`per request: mean ${fmt(p.mean, 2)} ms  p50 ${fmt(p.p50, 2)} ms  p90 ${fmt(p.p90, 2)} ms  p99 ${fmt(p.p99, 2)} ms  max ${fmt(p.max, 2)} ms`);
  console.log(`full plan() pipeline: p50 ${fmt(p.pipelineP50, 2)} ms  p99 ${fmt(p.pipelineP99, 2)} ms`);
  console.log(`baseline (tokenise only): p50 ${fmt(p.baselineP50, 4)} ms → planner is ${fmt(p.p50 / Math.max(p.baselineP50, 1e-6), 0)}× the floor`);
}
