/**
 * Starts `autoflow serve` as a child process for the HTTP benchmarks: a fresh data directory,
 * a known admin key, rate limiting out of the way, the URL read from its output; plus the
 * child's resident memory (VmRSS) and a small JSON client.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchKey = 'bench-admin-key-000000000000000000';
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

export interface BenchServer {
  url: string;
  child: ChildProcess;
  dir: string;
  /** The server's resident set size in MiB (Linux /proc). */
  rssMiB(): number;
  call(method: string, p: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export async function startBenchServer(env: Record<string, string> = {}): Promise<BenchServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'autoflow-bench-http-'));
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, AUTOFLOW_DATA_DIR: path.join(dir, 'data'), AUTOFLOW_ADMIN_KEY: benchKey, AUTOFLOW_RATE_LIMIT: '1000000', AUTOFLOW_LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const url = await new Promise<string>((resolve, reject) => {
    const t = setInterval(() => {
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) { clearInterval(t); resolve(m[1]); }
      if (child.exitCode !== null) { clearInterval(t); reject(new Error(`server exited: ${out}`)); }
    }, 20);
  });
  const call: BenchServer['call'] = async (method, p, body, headers = {}) => {
    const res = await fetch(url + p, { method, headers: { authorization: `Bearer ${benchKey}`, 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  return {
    url, child, dir, call,
    rssMiB: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A 3-step no-op workflow over the built-in `transform` driver (no network, no credentials). */
export function noopWorkflow(id: string): Record<string, unknown> {
  return { workflow_id: id, name: 'bench 3-step no-op', steps: [1, 2, 3].map((i) => ({ step_id: `s${i}`, driver: 'transform', operation: 'build', parameters: { value: i } })) };
}

/** Waits until no run is pending or running; returns the seconds it took. */
export async function waitForIdle(s: BenchServer, maxMs = 120_000): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < maxMs) {
    const r = await s.call('GET', '/v1/runs?status=pending,running&limit=1');
    if (r.body.runs.length === 0) return (Date.now() - t0) / 1000;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('runs did not finish');
}
