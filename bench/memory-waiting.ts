/**
 * Scenario 4 — memory of parked runs: process RSS with 10,000 runs parked on an approval step
 * versus none. Runs in a child process started with --expose-gc (so GC can be forced before
 * each reading); the parent calls {@link measureMemory}, the child runs this file with --child.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { approvalFlow, benchEngine, tempStore, withEngine } from './fixtures.ts';
import type { Engine } from '../src/engine/engine.ts';

export interface MemoryResult {
  runs: number;
  parked: number;
  rssBeforeMiB: number;
  rssAfterMiB: number;
  rssDeltaMiB: number;
  heapDeltaMiB: number;
  seconds: number;
}

const MiB = 2 ** 20;

/** Spawns the child with --expose-gc and returns what it measured. */
export function measureMemory(o: { runs?: number; maxMs?: number } = {}): Promise<MemoryResult> {
  const self = fileURLToPath(import.meta.url);
  const args = ['--expose-gc', self, '--child', String(o.runs ?? 10_000), String(o.maxMs ?? 60_000)];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { timeout: (o.maxMs ?? 60_000) + 60_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`memory child failed: ${err.message}\n${stderr}`));
      try { resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as MemoryResult); } catch (e) { reject(e); }
    });
  });
}

async function settle(): Promise<NodeJS.MemoryUsage> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 4; i++) { gc(); await new Promise((r) => setTimeout(r, 20)); }
  return process.memoryUsage();
}

/** Creates and executes `n` approval runs (a window of 100 in flight); returns how many parked. */
async function park(engine: Engine, n: number, maxMs: number): Promise<number> {
  const doc = approvalFlow();
  const t0 = Date.now();
  let next = 0;
  let parked = 0;
  const worker = async () => {
    while (next < n && Date.now() - t0 < maxMs) {
      next++;
      const r = await engine.execute((await engine.createRun(engine.prepare(doc))).id);
      if (r.status === 'waiting') parked++;
    }
  };
  await Promise.all(Array.from({ length: 100 }, worker));
  return parked;
}

async function child(runs: number, maxMs: number): Promise<MemoryResult> {
  // Warm-up on a throwaway file: loads modules and JIT-compiles the paths taken below.
  await withEngine((engine) => park(engine, 300, 5000));
  const t = tempStore();
  const engine = benchEngine(t.store, t.dir);
  try {
    await park(engine, 10, 1000); // same statements prepared on this store as well
    const before = await settle();
    const t0 = Date.now();
    const parked = await park(engine, runs, maxMs);
    const seconds = (Date.now() - t0) / 1000;
    await engine.committer.drain();
    const after = await settle();
    const stored = (t.store.db.prepare("SELECT COUNT(*) AS n FROM runs WHERE status = 'waiting'").get() as { n: number }).n;
    if (engine.activeRuns().length) throw new Error('runs still active');
    return {
      runs: parked, parked: stored - 10,
      rssBeforeMiB: before.rss / MiB, rssAfterMiB: after.rss / MiB, rssDeltaMiB: (after.rss - before.rss) / MiB,
      heapDeltaMiB: (after.heapUsed - before.heapUsed) / MiB, seconds,
    };
  } finally {
    await engine.stop();
    await t.cleanup();
  }
}

if (process.argv[2] === '--child') {
  const res = await child(Number(process.argv[3]), Number(process.argv[4]));
  process.stdout.write(`${JSON.stringify(res)}\n`);
}
