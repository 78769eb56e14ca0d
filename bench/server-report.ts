/**
 * The HTTP server's section of bench/RESULTS.md (run starts over HTTP with wrk, SSE
 * subscribers) and its rows for run-all's summary. Kept apart from the engine's report so the
 * two can be measured and written independently.
 */
import type { HttpRunsResult } from './http-runs.ts';
import type { Row } from './report.ts';
import type { SseResult } from './sse-clients.ts';
import { fmt } from './stats.ts';

export interface ServerResults { http: HttpRunsResult; sse: SseResult; loadAvg: number[] }

const ms = (x: number): string => `${fmt(x, 2)} ms`;

export function serverRows(r: ServerResults): Row[] {
  const b = r.http.best;
  return [
    { figure: `HTTP run starts (POST /v1/workflows/{id}/runs, 3-step no-op), best point meeting p99: ${b.connections} connections`, measured: `${fmt(b.startsPerSec)} starts/s`, target: '≥ 1,000 starts/s', ok: b.startsPerSec >= 1000 && b.non2xx === 0 },
    { figure: 'HTTP run start latency at that point, p50 / p90 / p99', measured: `${ms(b.p50Ms)} / ${ms(b.p90Ms)} / ${ms(b.p99Ms)}`, target: 'p99 < 20 ms', ok: b.p99Ms < 20 },
    { figure: 'Runs started over HTTP and executed to completion, per second (first request → last completion)', measured: `${fmt(b.executedPerSec)} runs/s`, target: '—', ok: null },
    { figure: `Baseline in the same run: GET /healthz on the same server (no auth, no store), ${r.http.baseline.connections} connections`, measured: `${fmt(r.http.baseline.reqPerSec)} req/s, p50 ${ms(r.http.baseline.p50Ms)}, p99 ${ms(r.http.baseline.p99Ms)}`, target: '—', ok: null },
    { figure: 'Ratio run starts / baseline requests per second', measured: `${(b.startsPerSec / r.http.baseline.reqPerSec).toFixed(2)}×`, target: '—', ok: null },
    ...r.http.points.map((p) => ({ figure: `· ${p.connections} connections, ${p.seconds} s: ${fmt(p.requests)} requests`, measured: `${fmt(p.startsPerSec)} starts/s, p50 ${ms(p.p50Ms)}, p99 ${ms(p.p99Ms)}, ${p.non2xx} non-2xx, ${p.socketErrors} socket errors; executed ${fmt(p.executedPerSec)} runs/s; server RSS ${fmt(p.rssMiB)} MiB`, target: '—', ok: null })),
    { figure: `SSE: ${fmt(r.sse.clients)} concurrent subscribers to live runs (one per run), extra server RSS`, measured: `${fmt(r.sse.extraMiB, 1)} MiB (${fmt(r.sse.perClientKiB, 1)} KiB per client; ${fmt(r.sse.rssBeforeMiB)} → ${fmt(r.sse.rssAfterMiB)} MiB)`, target: '< 100 MB', ok: r.sse.extraMiB < 100 && r.sse.connected === r.sse.clients },
    { figure: 'SSE: approval answered → `run.completed` read by the client, p50 / p99', measured: `${ms(r.sse.deliveryP50Ms)} / ${ms(r.sse.deliveryP99Ms)} (${fmt(r.sse.completed)} completed, ${fmt(r.sse.ended)} streams ended)`, target: '—', ok: null },
  ];
}

const okMark = (ok: boolean | null): string => (ok === null ? '' : ok ? 'PASS' : 'FAIL');

export function renderServerSection(r: ServerResults): string {
  return `
## HTTP server (\`autoflow serve\`)

Load average when the server scenarios ran: ${r.loadAvg.map((x) => x.toFixed(2)).join(', ')} (1, 5, 15 min; 2 cores).

| Figure | Measured | Target | OK |
|---|---|---|---|
${serverRows(r).map((x) => `| ${x.figure} | ${x.measured} | ${x.target} | ${okMark(x.ok)} |`).join('\n')}

- **Run starts.** \`bench/http-runs.ts\`: the real server process (\`node src/cli.ts serve\`, fresh data directory,
  SQLite file with \`synchronous=FULL\`, rate limit raised out of the way, every request authenticated with an API key
  and audited) and ${r.http.wrk} on loopback, \`wrk -t1 -cN -d${r.http.points[0]?.seconds ?? 10}s --latency\`, each request
  \`POST /v1/workflows/wf_bench/runs\` with \`{}\`: a 3-step \`transform.build\` workflow (no network, no credentials).
  A fresh server per connection count, 2 s of warm-up first. A request is answered once the run row and its audit
  record are durable; the run then executes in the same process. Latency is wrk's (p50/p90/p99 of request time).
  "Best point" is the highest throughput whose p99 is under 20 ms with no errors (else the highest throughput).
  "Executed" counts until every started run has completed. wrk and the server share the 2 cores.
- **SSE.** \`bench/sse-clients.ts\`: the server holds ${fmt(r.sse.clients)} runs parked at an approval gate; ${fmt(r.sse.clients)} clients
  (node \`http.get\`, one connection each, from a separate process) follow one run each with
  \`Accept: text/event-stream\` and get the stored events replayed. Extra memory = the server's VmRSS with all clients
  connected − VmRSS before they connected (runs already parked, 1.5 s settle each time, no forced GC). Then every gate is
  approved over HTTP (50 at a time) and each client's time from its approval's answer to reading \`run.completed\` is taken.
`;
}
