/**
 * Scenario 3 — engine-free baseline: the same no-op functions the bench driver runs, called
 * by a plain script (a) in memory and (b) writing each step's result to SQLite with one
 * fsync'd commit per step (fresh temp file, WAL, synchronous=FULL). Measured both as the
 * 10-step sequential flow one at a time (end to end, step gap) and as 3-step runs/s.
 */
import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { markRun, marks, noopRun } from './fixtures.ts';
import { msSince, percentile } from './stats.ts';

export interface BaselineFlow { e2eP50: number; e2eP99: number; stepGapP50: number; stepGapP99: number; runsPerSec3: number }
export interface BaselineResult { plain: BaselineFlow; sqlite: BaselineFlow }

type Persist = ((runId: string, stepId: string, result: unknown) => void) | null;

/** One flow of `n` sequential steps; each awaits the op, then (optionally) persists its result. */
async function flow(runId: string, n: number, op: typeof markRun | typeof noopRun, persist: Persist): Promise<void> {
  for (let i = 1; i <= n; i++) {
    const stepId = `s${i}`;
    const out = await op({}, { runId, stepId });
    persist?.(runId, stepId, out);
  }
}

let pass = 0;

async function measure(persist: Persist, o: { maxRuns: number; maxMs: number }): Promise<BaselineFlow> {
  const tag = `p${pass++}`;
  const gaps: number[] = [];
  const e2e: number[] = [];
  let t0 = process.hrtime.bigint();
  for (let i = 0; i < o.maxRuns && msSince(t0) < o.maxMs; i++) {
    marks.length = 0;
    const s = process.hrtime.bigint();
    await flow(`${tag}_run_${i}`, 10, markRun, persist);
    e2e.push(msSince(s));
    for (let k = 1; k < marks.length; k++) gaps.push(Number(marks[k].start - marks[k - 1].end) / 1e6);
  }
  marks.length = 0;
  t0 = process.hrtime.bigint();
  let runs = 0;
  while (runs < o.maxRuns * 10 && msSince(t0) < o.maxMs) await flow(`${tag}_tp_${runs++}`, 3, noopRun, persist);
  const runsPerSec3 = runs / (msSince(t0) / 1000);
  return { e2eP50: percentile(e2e, 50), e2eP99: percentile(e2e, 99), stepGapP50: percentile(gaps, 50), stepGapP99: percentile(gaps, 99), runsPerSec3 };
}

export async function measureBaseline(o: { maxRuns?: number; maxMs?: number } = {}): Promise<BaselineResult> {
  const lim = { maxRuns: o.maxRuns ?? 500, maxMs: o.maxMs ?? 4000 };
  await measure(null, { maxRuns: 50, maxMs: 500 }); // warm-up
  const plain = await measure(null, lim);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'autoflow-bench-base-'));
  const db = new DatabaseSync(path.join(dir, 'baseline.sqlite'));
  try {
    db.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;');
    db.exec('CREATE TABLE results (run_id TEXT NOT NULL, step_id TEXT NOT NULL, output TEXT, at INTEGER NOT NULL, PRIMARY KEY (run_id, step_id)) WITHOUT ROWID');
    const ins = db.prepare('INSERT INTO results (run_id, step_id, output, at) VALUES (?, ?, ?, ?)');
    // Autocommit: each INSERT is its own transaction, fsync'd on commit.
    const persist: Persist = (runId, stepId, result) => { ins.run(runId, stepId, JSON.stringify(result), Date.now()); };
    await measure(persist, { maxRuns: 50, maxMs: 500 });
    const sqlite = await measure(persist, lim);
    return { plain, sqlite };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
