/**
 * HTTP scenario — run starts: `POST /v1/workflows/{id}/runs` of a 3-step no-op workflow
 * against the real server process (`autoflow serve`, SQLite file, synchronous=FULL), driven
 * by `wrk` on loopback at a few connection counts. Reports accepted starts per second, latency
 * p50/p90/p99 as wrk measures it, errors, and how fast the server executed the started runs
 * (from the first request until every run has completed).
 * Needs Debian's wrk (`apt-get install -y wrk`). Standalone: `node bench/http-runs.ts`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchKey, noopWorkflow, startBenchServer, waitForIdle } from './server-process.ts';

export interface HttpRunsPoint {
  connections: number;
  seconds: number;
  requests: number;
  startsPerSec: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  non2xx: number;
  socketErrors: number;
  /** Started runs executed to completion per second, from the first request to the last completion. */
  executedPerSec: number;
  rssMiB: number;
}

/** The same server answering `GET /healthz` (no auth, no store, no engine): what HTTP alone costs here. */
export interface HttpBaseline { connections: number; reqPerSec: number; p50Ms: number; p99Ms: number }

export interface HttpRunsResult { points: HttpRunsPoint[]; best: HttpRunsPoint; baseline: HttpBaseline; wrk: string }

function wrkPath(): string {
  try { return execFileSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).trim(); } catch { throw new Error('wrk is not installed: apt-get install -y wrk'); }
}

const unitMs = (v: string): number => {
  const m = /^([\d.]+)(us|ms|s)$/.exec(v.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
};

function runWrk(wrk: string, script: string, url: string, connections: number, seconds: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(wrk, ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk failed: ${out}`))));
  });
}

export async function measureHttpRuns(o: { connections?: number[]; seconds?: number; log?: (s: string) => void } = {}): Promise<HttpRunsResult> {
  const wrk = wrkPath();
  let version = 'wrk';
  try { execFileSync(wrk, ['--version'], { encoding: 'utf8', stdio: 'pipe' }); } catch (err) { version = String((err as { stdout?: string }).stdout ?? '').split('\n')[0].split(' Copyright')[0].trim() || version; }
  const points: HttpRunsPoint[] = [];
  for (const connections of o.connections ?? [8, 16, 32, 64]) {
    const s = await startBenchServer();
    try {
      const created = await s.call('POST', '/v1/workflows', noopWorkflow('wf_bench'));
      if (created.status !== 201) throw new Error(`workflow not created: ${JSON.stringify(created.body)}`);
      const script = path.join(s.dir, 'post.lua');
      writeFileSync(script, `wrk.method = "POST"\nwrk.body = "{}"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "Bearer ${benchKey}"\n`);
      const target = `${s.url}/v1/workflows/wf_bench/runs`;
      await runWrk(wrk, script, target, connections, 2); // warm-up (JIT, caches), not counted
      await waitForIdle(s);
      const seconds = o.seconds ?? 10;
      const t0 = Date.now();
      const out = await runWrk(wrk, script, target, connections, seconds);
      const rssMiB = s.rssMiB();
      await waitForIdle(s);
      const executedSeconds = (Date.now() - t0) / 1000;
      const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
      const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
      const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      const lat = (p: string) => unitMs(new RegExp(`^\\s+${p}%\\s+(\\S+)$`, 'm').exec(out)?.[1] ?? 'NaN');
      const point: HttpRunsPoint = {
        connections, seconds, requests, startsPerSec: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
        p50Ms: lat('50'), p90Ms: lat('90'), p99Ms: lat('99'), non2xx, socketErrors: sock ? sock.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
        executedPerSec: (requests - non2xx) / executedSeconds, rssMiB,
      };
      points.push(point);
      o.log?.(`  ${String(connections).padStart(3)} connections: ${point.startsPerSec.toFixed(0)} starts/s, p50 ${point.p50Ms.toFixed(2)} ms, p99 ${point.p99Ms.toFixed(2)} ms, ${non2xx} non-2xx, ${point.socketErrors} socket errors; executed ${point.executedPerSec.toFixed(0)} runs/s; RSS ${rssMiB.toFixed(0)} MiB`);
    } finally {
      await s.stop();
    }
  }
  const passing = points.filter((p) => p.p99Ms < 20 && p.non2xx === 0);
  const best = (passing.length ? passing : points).reduce((a, b) => (b.startsPerSec > a.startsPerSec ? b : a));
  const baseline = await measureBaseline(wrk, best.connections, o.seconds ?? 10);
  o.log?.(`  baseline GET /healthz, ${baseline.connections} connections: ${baseline.reqPerSec.toFixed(0)} req/s, p50 ${baseline.p50Ms.toFixed(2)} ms, p99 ${baseline.p99Ms.toFixed(2)} ms`);
  return { points, best, baseline, wrk: version };
}

/** The baseline in the same run: the same server process answering `GET /healthz`. */
async function measureBaseline(wrk: string, connections: number, seconds: number): Promise<HttpBaseline> {
  const s = await startBenchServer();
  try {
    const script = path.join(s.dir, 'get.lua');
    writeFileSync(script, 'wrk.method = "GET"\n');
    await runWrk(wrk, script, `${s.url}/healthz`, connections, 2);
    const out = await runWrk(wrk, script, `${s.url}/healthz`, connections, seconds);
    const lat = (p: string) => unitMs(new RegExp(`^\\s+${p}%\\s+(\\S+)$`, 'm').exec(out)?.[1] ?? 'NaN');
    return { connections, reqPerSec: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN), p50Ms: lat('50'), p99Ms: lat('99') };
  } finally {
    await s.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureHttpRuns({ log: (s) => process.stdout.write(`${s}\n`) });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
