/**
 * Shared bench fixtures: a `bench` driver with a no-op operation and a `mark` operation that
 * records hrtime at its start and end, the workflow documents the scenarios run, and a fresh
 * temporary SQLite file store (synchronous=FULL, the SqliteStore default) that is removed after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { defineDriver, defineOperation } from '../src/drivers/define.ts';
import { DriverRegistry } from '../src/drivers/registry.ts';
import { Engine } from '../src/engine/engine.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

/** One `mark` call: which run and step, and hrtime (ns) at the op's start and end. */
export interface Mark { runId: string; stepId: string; start: bigint; end: bigint }

/** Every `mark` call lands here; scenarios read and clear it. */
export const marks: Mark[] = [];

const empty = z.object({});

/** The no-op functions, callable directly by the engine-free baseline. */
export const noopRun = async (_input: Record<string, never>, _ctx: unknown): Promise<Record<string, never>> => ({});
export const markRun = async (_input: Record<string, never>, ctx: { runId: string; stepId: string }): Promise<Record<string, never>> => {
  const start = process.hrtime.bigint();
  const out = {};
  marks.push({ runId: ctx.runId, stepId: ctx.stepId, start, end: process.hrtime.bigint() });
  return out;
};

const bench = defineDriver({
  name: 'bench',
  title: 'Bench',
  description: 'No-op operations for the benchmarks',
  keywords: [],
  operations: {
    noop: defineOperation({ description: 'Does nothing', keywords: [], examples: [], effect: 'read', idempotent: true, input: empty, output: empty, run: noopRun }),
    mark: defineOperation({ description: 'Does nothing but record hrtime at its start and end', keywords: [], examples: [], effect: 'read', idempotent: true, input: empty, output: empty, run: markRun }),
  },
});

export function benchRegistry(): DriverRegistry {
  return new DriverRegistry([bench]);
}

/** A flow of `n` sequential action steps of `bench.<op>` (each depends on the one before). */
export function sequentialFlow(n: number, op: 'noop' | 'mark'): Record<string, unknown> {
  const steps = Array.from({ length: n }, (_, i) => ({ step_id: `s${i + 1}`, driver: 'bench', operation: op, ...(i ? { dependencies: [`s${i}`] } : {}) }));
  return { name: `bench ${n}-step ${op}`, steps };
}

/** A no-op step followed by an approval gate: the run parks, waiting for a person. */
export function approvalFlow(): Record<string, unknown> {
  return { name: 'bench approval', steps: [
    { step_id: 'prep', driver: 'bench', operation: 'noop' },
    { step_id: 'gate', kind: 'approval', message: 'Go?', dependencies: ['prep'] },
  ] };
}

export interface TempStore { dir: string; file: string; store: SqliteStore; cleanup(): Promise<void> }

/** A fresh SQLite file in a new temp directory; `cleanup` closes it and deletes the directory. */
export function tempStore(): TempStore {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'autoflow-bench-'));
  const file = path.join(dir, 'bench.sqlite');
  const store = new SqliteStore({ file });
  return { dir, file, store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** An engine over `store` with the bench driver, an empty env and a silent logger. */
export function benchEngine(store: SqliteStore, dataDir: string): Engine {
  return new Engine({ store, registry: benchRegistry(), env: {}, dataDir });
}

/** Runs `fn` with a fresh temp store and engine, always cleaning up. */
export async function withEngine<T>(fn: (engine: Engine, t: TempStore) => Promise<T>): Promise<T> {
  const t = tempStore();
  const engine = benchEngine(t.store, t.dir);
  try {
    return await fn(engine, t);
  } finally {
    await engine.stop();
    await t.cleanup();
  }
}
