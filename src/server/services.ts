/**
 * Everything the routes use, built once: the store and the server's stores, the driver
 * registry, the engine (with the vault as its credential resolver), API keys, the audit
 * writer, the rate limiter, the SSE hub and the run service. Tests build it over an in-memory
 * store; `serve` over the file in the data directory.
 */
import type { CatalogDriver, DriverRegistry, Env } from '../drivers/registry.ts';
import { Engine, type EngineOptions } from '../engine/engine.ts';
import type { plan } from '../planner/plan.ts';
import { systemClock, type Clock } from '../platform/clock.ts';
import { silentLogger, type Logger } from '../platform/logger.ts';
import type { ServerStores } from '../store/server-types.ts';
import type { Store } from '../store/types.ts';
import { AuditLog } from './audit.ts';
import { KeyService } from './auth.ts';
import type { ServerConfig } from './config.ts';
import { KeyRateLimiter } from './rate-limit.ts';
import { RunService } from './run-service.ts';
import { RunEventHub } from './sse.ts';
import { Vault } from './vault.ts';

export interface ServiceDeps {
  store: Store;
  stores: ServerStores;
  registry: DriverRegistry;
  config: ServerConfig;
  encryptionKey: Buffer;
  clock?: Clock;
  log?: Logger;
  env?: Env;
  engine?: Partial<EngineOptions>;
  /** The planner (tests pass a fake); default: src/planner/plan.ts. */
  planner?: typeof plan;
}

export interface Services {
  store: Store;
  stores: ServerStores;
  registry: DriverRegistry;
  config: ServerConfig;
  clock: Clock;
  log: Logger;
  env: Env;
  engine: Engine;
  auth: KeyService;
  vault: Vault;
  audit: AuditLog;
  limiter: KeyRateLimiter;
  hub: RunEventHub;
  runs: RunService;
  planner: typeof plan;
  /** The driver catalogue (computed once). */
  catalog(): CatalogDriver[];
  /** Stops background timers (the engine is stopped by its owner). */
  close(): void;
}

export async function createServices(d: ServiceDeps): Promise<Services> {
  const clock = d.clock ?? systemClock;
  const log = d.log ?? silentLogger;
  const env = d.env ?? process.env;
  const vault = new Vault({ store: d.stores.credentials, key: d.encryptionKey, registry: d.registry, clock });
  await vault.load();
  const engine = new Engine({
    store: d.store, registry: d.registry, clock, log, env, dataDir: d.config.dataDir,
    credentials: vault.resolve,
    loadStoredWorkflow: async (id, tenant) => (await d.store.getWorkflow(tenant, id))?.doc,
    ...d.engine,
  });
  const hub = new RunEventHub({ store: d.store, engine, log, heartbeatMs: d.config.heartbeatMs, pollMs: d.config.ssePollMs });
  let catalog: CatalogDriver[] | undefined;
  return {
    store: d.store, stores: d.stores, registry: d.registry, config: d.config, clock, log, env, engine, vault, hub,
    auth: new KeyService(d.stores.keys, clock),
    audit: new AuditLog(d.stores.audit, log),
    limiter: new KeyRateLimiter({ ...d.config.rateLimit, clock }),
    runs: new RunService({ store: d.store, engine, registry: d.registry, vault, env, log, dataDir: d.config.dataDir }),
    // Loaded on first use, so the API starts even while the planner is being changed.
    planner: d.planner ?? (async (...a) => (await import('../planner/plan.ts')).plan(...a)),
    catalog: () => (catalog ??= d.registry.catalog()),
    close: () => hub.stop(),
  };
}
