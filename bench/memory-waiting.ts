/**
 * Scenario 4 — memory of parked runs: process RSS with 10,000 runs parked on an approval step
 * versus none. Runs in a child process started with --expose-gc, so GC is forced before each
 * reading. Control ("none"): the same process after executing the same number of runs of a
 * flow that completes ([noop, noop]), so V8's heap sizing from that work is in both readings
 * and the delta is what the parked runs keep. The delta from a cold process is reported too.
 * The parent calls {@link measureMemory}; the child runs this file with --child.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { approvalFlow, sequentialFlow, withEngine } from './fixtures.ts';
import type { Engine } from '../src/engine/engine.ts';

export interface MemoryResult {
  runs: number;
  /** Runs whose stored status is `waiting` after the burst. */
  parked: number;
  rssColdMiB: number;
  rssNoneMiB: number;
  rssParkedMiB: number;
  /** RSS with the runs parked minus RSS after the same work with none parked (the target figure). */
  rssDeltaMiB: number;
  /** RSS with the runs parked minus RSS of the cold process (includes V8 heap growth from the work). */
  rssDeltaColdMiB: number;
  /** JS heap in use after GC: parked minus none. */
  heapUsedDeltaMiB: number;
  /** V8 new-space size (committed) cold and at the end: heap sizing, not retained data. */
  newSpaceColdMiB: number;
  newSpaceEndMiB: number;
  seconds: number;
}

const MiB = 2 ** 20;

/** Spawns the child with --expose-gc and returns what it measured. */
export function measureMemory(o: { runs?: number; maxMs?: number } = {}): Promise<MemoryResult> {
  const self = fileURLToPath(import.meta.url);
  const maxMs = o.maxMs ?? 60_000;
  const args = ['--expose-gc', self, '--child', String(o.runs ?? 10_000), String(maxMs)];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { timeout: 2 * maxMs + 60_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`memory child failed: ${err.message}\n${stderr}`));
      try { resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as MemoryResult); } catch (e) { reject(e); }
    });
  });
}

interface Reading { rss: number; heapUsed: number; newSpace: number }

async function settle(): Promise<Reading> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 4; i++) { gc(); await new Promise((r) => setTimeout(r, 25)); }
  const m = process.memoryUsage();
  const newSpace = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
  return { rss: m.rss, heapUsed: m.heapUsed, newSpace };
}

/** Creates and executes up to `n` runs of `doc`, 100 in flight; returns how many ended with `want`. */
async function burst(engine: Engine, doc: unknown, n: number, maxMs: number, want: string): Promise<number> {
  const t0 = Date.now();
  let next = 0;
  let matched = 0;
  const worker = async (): Promise<void> => {
    while (next < n && Date.now() - t0 < maxMs) {
      next++;
      const r = await engine.execute((await engine.createRun(engine.prepare(doc))).id);
      if (r.status === want) matched++;
    }
  };
  await Promise.all(Array.from({ length: 100 }, worker));
  return matched;
}

async function child(runs: number, maxMs: number): Promise<MemoryResult> {
  return withEngine(async (engine, t) => {
    const cold = await settle();
    // Control: the same amount of work with nothing left parked.
    const completed = await burst(engine, sequentialFlow(2, 'noop'), runs, maxMs, 'completed');
    await engine.committer.drain();
    const none = await settle();
    const t0 = Date.now();
    const parkedNow = await burst(engine, approvalFlow(), runs, maxMs, 'waiting');
    const seconds = (Date.now() - t0) / 1000;
    await engine.committer.drain();
    const parked = await settle();
    const stored = (t.store.db.prepare("SELECT COUNT(*) AS n FROM runs WHERE status = 'waiting'").get() as { n: number }).n;
    if (engine.activeRuns().length) throw new Error('runs still active after the burst');
    if (completed !== runs) throw new Error(`control: only ${completed} of ${runs} runs completed`);
    return {
      runs: parkedNow, parked: stored,
      rssColdMiB: cold.rss / MiB, rssNoneMiB: none.rss / MiB, rssParkedMiB: parked.rss / MiB,
      rssDeltaMiB: (parked.rss - none.rss) / MiB, rssDeltaColdMiB: (parked.rss - cold.rss) / MiB,
      heapUsedDeltaMiB: (parked.heapUsed - none.heapUsed) / MiB,
      newSpaceColdMiB: cold.newSpace / MiB, newSpaceEndMiB: parked.newSpace / MiB, seconds,
    };
  });
}

if (process.argv[2] === '--child') {
  const res = await child(Number(process.argv[3]), Number(process.argv[4]));
  process.stdout.write(`${JSON.stringify(res)}\n`);
}
