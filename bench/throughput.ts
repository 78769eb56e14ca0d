/**
 * Scenario 1 — throughput: 3-step no-op workflows, durable, one process. Keeps a window of N
 * runs in flight (each: prepare → createRun → execute), for a few window sizes, each on a
 * fresh SQLite file; reports runs/s, steps/s and database commits per run.
 */
import type { Engine } from '../src/engine/engine.ts';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { sequentialFlow, withEngine } from './fixtures.ts';
import { msSince } from './stats.ts';

export interface ThroughputPoint {
  window: number;
  runs: number;
  seconds: number;
  runsPerSec: number;
  stepsPerSec: number;
  /** Committer transactions (group commits) per run. */
  commitsPerRun: number;
  /** Process CPU time (user + system) per run, in microseconds: less sensitive to other load than wall time. */
  cpuUsPerRun: number;
  /** All write transactions (COMMITs on the connection) per run: group commits plus lease-claim batches. */
  writeTxPerRun: number;
}

export interface ThroughputResult { points: ThroughputPoint[]; best: ThroughputPoint }

const STEPS = 3;

/** Counts every COMMIT on the store's connection: group commits, lease-claim batches, anything else. */
function countCommits(store: SqliteStore): () => number {
  let n = 0;
  const db = store.db;
  const exec = db.exec.bind(db);
  db.exec = (sql: string) => { if (sql === 'COMMIT') n++; return exec(sql); };
  return () => n;
}

/** Runs up to `maxRuns` (or until `maxMs`) with `window` in flight; resolves with the counts. */
async function drive(engine: Engine, window: number, maxRuns: number, maxMs: number): Promise<{ runs: number; ms: number }> {
  const doc = sequentialFlow(STEPS, 'noop');
  const t0 = process.hrtime.bigint();
  let started = 0;
  let done = 0;
  let failure: unknown;
  await new Promise<void>((resolve) => {
    const launch = (): void => {
      while (!failure && started - done < window && started < maxRuns && msSince(t0) < maxMs) {
        started++;
        engine.createRun(engine.prepare(doc))
          .then((r) => engine.execute(r.id))
          .then((r) => { if (r.status !== 'completed') throw new Error(`run ${r.id} ended ${r.status}`); })
          .catch((err) => { failure ??= err; })
          .finally(() => { done++; launch(); });
      }
      if (started === done) resolve();
    };
    launch();
  });
  if (failure) throw failure;
  return { runs: done, ms: msSince(t0) };
}

export async function measureThroughput(o: { windows?: number[]; maxRuns?: number; maxMs?: number; log?: (s: string) => void } = {}): Promise<ThroughputResult> {
  const windows = o.windows ?? [1, 16, 64, 256];
  const maxRuns = o.maxRuns ?? 6000;
  const maxMs = o.maxMs ?? 8000;
  // Warm-up (JIT, module init) on its own throwaway file.
  await withEngine((engine) => drive(engine, 32, 1000, 3000));
  const points: ThroughputPoint[] = [];
  for (const window of windows) {
    const point = await withEngine(async (engine, t) => {
      const allCommits = countCommits(t.store);
      const c0 = engine.committer.commits;
      const cpu0 = process.cpuUsage();
      const { runs, ms } = await drive(engine, window, maxRuns, maxMs);
      const cpu = process.cpuUsage(cpu0);
      const commits = engine.committer.commits - c0;
      const s = ms / 1000;
      return { window, runs, seconds: s, runsPerSec: runs / s, stepsPerSec: (runs * STEPS) / s, commitsPerRun: commits / runs, cpuUsPerRun: (cpu.user + cpu.system) / runs, writeTxPerRun: allCommits() / runs };
    });
    o.log?.(`  window ${String(window).padStart(4)}: ${point.runs} runs in ${point.seconds.toFixed(2)} s → ${point.runsPerSec.toFixed(0)} runs/s, ${point.commitsPerRun.toFixed(3)} commits/run, ${point.cpuUsPerRun.toFixed(0)} µs CPU/run`);
    points.push(point);
  }
  const best = points.reduce((a, b) => (b.runsPerSec > a.runsPerSec ? b : a));
  return { points, best };
}
