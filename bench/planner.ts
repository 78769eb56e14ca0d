/**
 * Offline planner speed, in-process: plans every request of the dev set and of
 * test/planner-cases.jsonl several times and prints per-request planning time (p50/p90/p99/max),
 * planning only (no CLI start-up, no templates or validation), plus the first-request time that
 * includes building the catalogue index and loading chrono-node. Usage: `node bench/planner.ts [--rounds N]`.
 */
import { builtinRegistry } from '../src/drivers/all.ts';
import { planOffline } from '../src/planner/offline/index.ts';
import { devSet, loadCases, ownSet } from '../test/planner-score.ts';
import { fmt, mean, percentile } from './stats.ts';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 20;
const catalog = builtinRegistry().catalog();
const requests = [...loadCases(devSet), ...loadCases(ownSet)].map((c) => c.request);

const t0 = performance.now();
planOffline(requests[0], { catalog });
const first = performance.now() - t0;

const times: number[] = [];
const perRequest = new Map<string, number[]>();
for (let r = 0; r < rounds; r++) {
  for (const q of requests) {
    const s = performance.now();
    planOffline(q, { catalog });
    const ms = performance.now() - s;
    if (r > 0) { times.push(ms); perRequest.set(q, [...(perRequest.get(q) ?? []), ms]); }
  }
}
const slowest = [...perRequest].map(([q, xs]) => [q, percentile(xs, 50)] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log(`offline planner: ${requests.length} requests × ${rounds - 1} rounds (after one warm-up round)`);
console.log(`first request (index + chrono load): ${fmt(first, 1)} ms`);
console.log(`per request: mean ${fmt(mean(times), 2)} ms  p50 ${fmt(percentile(times, 50), 2)} ms  p90 ${fmt(percentile(times, 90), 2)} ms  p99 ${fmt(percentile(times, 99), 2)} ms  max ${fmt(Math.max(...times), 2)} ms`);
console.log('slowest (median):');
for (const [q, ms] of slowest) console.log(`  ${fmt(ms, 2)} ms  ${q.slice(0, 90)}`);
