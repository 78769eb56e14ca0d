/**
 * What every CLI command shares: the data directory (AUTOFLOW_DATA_DIR, default ./data), the
 * embedded store in it, the driver registry and an engine, opened on demand and closed once.
 */
import path from 'node:path';
import { builtinRegistry } from '../drivers/all.ts';
import type { DriverRegistry } from '../drivers/registry.ts';
import { Engine } from '../engine/engine.ts';
import { createLogger } from '../platform/logger.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { Store } from '../store/types.ts';

export interface CliContext {
  dataDir: string;
  registry: DriverRegistry;
  store(): Store;
  engine(o?: { workflowDir?: string }): Engine;
  close(): Promise<void>;
  /** Registers cleanup to run when the command ends. */
  onClose(fn: () => Promise<void> | void): void;
  out(text: string): void;
  err(text: string): void;
}

export function createCliContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  const dataDir = path.resolve(env.AUTOFLOW_DATA_DIR || './data');
  const registry = builtinRegistry();
  let store: SqliteStore | undefined;
  let engine: Engine | undefined;
  const cleanups: (() => Promise<void> | void)[] = [];
  const ctx: CliContext = {
    dataDir,
    registry,
    store() {
      store ??= new SqliteStore({ file: path.join(dataDir, 'autoflow.db') });
      return store;
    },
    engine(o = {}) {
      engine ??= new Engine({ store: ctx.store(), registry, env, dataDir, log: createLogger({ pretty: true }), workflowDir: o.workflowDir, loadStoredWorkflow: async (id, tenant) => (await ctx.store().getWorkflow(tenant, id))?.doc });
      return engine;
    },
    async close() {
      if (engine) await engine.stop();
      if (store) await store.close();
      for (const fn of cleanups) await fn();
    },
    onClose: (fn) => { cleanups.push(fn); },
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  };
  return ctx;
}
