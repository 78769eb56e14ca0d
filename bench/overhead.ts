/**
 * Scenario 2 — engine overhead per step: a 10-step sequential flow of the `mark` op, one run
 * at a time. The gap from a step's end (hrtime at the end of its op) to its dependent's start
 * is the engine's cost per step (durable commit included); the run's wall time from prepare to
 * execute's return is the end-to-end figure.
 */
import { marks, sequentialFlow, withEngine } from './fixtures.ts';
import { msSince, percentile } from './stats.ts';

export interface OverheadResult {
  runs: number;
  stepGapP50: number;
  stepGapP99: number;
  e2eP50: number;
  e2eP99: number;
  commitsPerRun: number;
}

export const STEPS = 10;

export async function measureOverhead(o: { maxRuns?: number; maxMs?: number; warmup?: number } = {}): Promise<OverheadResult> {
  const maxRuns = o.maxRuns ?? 500;
  const maxMs = o.maxMs ?? 10_000;
  const warmup = o.warmup ?? 50;
  return withEngine(async (engine) => {
    const doc = sequentialFlow(STEPS, 'mark');
    const gaps: number[] = [];
    const e2e: number[] = [];
    const t0 = process.hrtime.bigint();
    let c0 = engine.committer.commits;
    for (let i = 0; i < warmup + maxRuns && msSince(t0) < maxMs; i++) {
      if (i === warmup) c0 = engine.committer.commits;
      marks.length = 0;
      const s = process.hrtime.bigint();
      const run = await engine.createRun(engine.prepare(doc));
      const done = await engine.execute(run.id);
      const ms = msSince(s);
      if (done.status !== 'completed' || marks.length !== STEPS) throw new Error(`overhead run ${run.id}: ${done.status}, ${marks.length} marks`);
      if (i < warmup) continue;
      e2e.push(ms);
      for (let k = 1; k < marks.length; k++) gaps.push(Number(marks[k].start - marks[k - 1].end) / 1e6);
    }
    marks.length = 0;
    return {
      runs: e2e.length,
      stepGapP50: percentile(gaps, 50),
      stepGapP99: percentile(gaps, 99),
      e2eP50: percentile(e2e, 50),
      e2eP99: percentile(e2e, 99),
      commitsPerRun: (engine.committer.commits - c0) / e2e.length,
    };
  });
}
