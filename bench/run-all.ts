/**
 * Runs every benchmark scenario in turn (throughput, overhead, baseline, memory), prints the
 * figures and writes bench/RESULTS.md. Usage: `npm run bench` (node bench/run-all.ts).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureBaseline } from './baseline.ts';
import { machineInfo } from './machine.ts';
import { measureMemory } from './memory-waiting.ts';
import { measureOverhead } from './overhead.ts';
import { renderMarkdown, rows, type AllResults } from './report.ts';
import { measureThroughput } from './throughput.ts';
import { measureHttpRuns } from './http-runs.ts';
import { measureSse } from './sse-clients.ts';
import { renderServerSection, serverRows, type ServerResults } from './server-report.ts';
import { loadavg } from 'node:os';
import { measurePlanner, renderPlannerSection } from './planner.ts';

const started = Date.now();
const machine = machineInfo();
const log = (s: string): void => { process.stdout.write(`${s}\n`); };
log(`Autoflow bench — ${machine.cores} cores, ${machine.cpu}, ${machine.ramGiB} GiB, Node ${machine.node}`);

log('1/4 throughput (3-step no-op runs, windows of concurrent runs)…');
const throughput = await measureThroughput({ windows: [1, 16, 64, 256, 1024], log });
log('2/4 engine overhead (10-step sequential flow, one run at a time)…');
const overhead = await measureOverhead();
log('3/4 baseline (plain script, and plain script + SQLite commit per step)…');
const baseline = await measureBaseline();
log('4/4 memory (10,000 runs parked on approval, child process with --expose-gc)…');
const memory = await measureMemory();

log('server 1/2: HTTP run starts against `autoflow serve` with wrk…');
const serverLoad = loadavg();
const http = await measureHttpRuns({ log });
log('server 2/2: 1,000 SSE subscribers to live runs…');
const server: ServerResults = { http, sse: await measureSse({ log }), loadAvg: serverLoad };

log('planner: offline planning per request…');
const planner = await measurePlanner();

const results: AllResults = { machine, throughput, overhead, baseline, memory, seconds: (Date.now() - started) / 1000 };
const out = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
writeFileSync(out, renderMarkdown(results) + renderServerSection(server) + renderPlannerSection(planner));

log('');
for (const r of [...rows(results), ...serverRows(server)]) log(`${r.ok === null ? '    ' : r.ok ? 'PASS' : 'FAIL'}  ${r.figure}: ${r.measured}${r.target !== '—' ? `  (target ${r.target})` : ''}`);
log(`${planner.p99 < 50 ? 'PASS' : 'FAIL'}  offline planning per request p99: ${planner.p99.toFixed(2)} ms  (target < 50 ms)`);
log(`\nWrote ${out} in ${results.seconds.toFixed(0)} s.`);
if ([...rows(results), ...serverRows(server)].some((r) => r.ok === false) || planner.p99 >= 50) process.exitCode = 1;
