/**
 * Everything the routes use, built once: the store and the server's stores, the driver
 * registry, the engine (with the vault as its credential resolver), API keys, the audit
 * writer, the rate limiter, the SSE hub and the run service. Tests build it over an in-memory
 * store; `serve` over the file in the data directory.
 */
import type { CatalogDriver, DriverRegistry, Env } from '../drivers/registry.ts';
import { Engine, type EngineOptions } from '../engine/engine.ts';
import type { plan, PlanDeps } from '../planner/plan.ts';
import { systemClock, type Clock } from '../platform/clock.ts';
import { silentLogger, type Logger } from '../platform/logger.ts';
import type { ServerStores } from '../store/server-types.ts';
import { sqlitePlannerDeps } from '../store/sqlite/planner-deps.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
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
  /** The canonical names of the drivers the tenant enabled; undefined when every driver is enabled. */
  enabledDrivers(tenantId: string): Promise<string[] | undefined>;
  /** The planner's dependencies for a tenant: the registry, its run history and its saved templates. */
  plannerDeps(tenantId: string): Promise<PlanDeps>;
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
  const enabledDrivers = async (tenantId: string): Promise<string[] | undefined> => (await d.stores.settings.getSettings(tenantId))?.enabled_drivers ?? undefined;
  return {
    store: d.store, stores: d.stores, registry: d.registry, config: d.config, clock, log, env, engine, vault, hub,
    auth: new KeyService(d.stores.keys, clock),
    audit: new AuditLog(d.stores.audit, log),
    limiter: new KeyRateLimiter({ ...d.config.rateLimit, clock }),
    runs: new RunService({ store: d.store, engine, registry: d.registry, vault, env, log, dataDir: d.config.dataDir, enabledDrivers }),
    // Loaded on first use, so the API starts even while the planner is being changed.
    planner: d.planner ?? (async (...a) => (await import('../planner/plan.ts')).plan(...a)),
    catalog: () => (catalog ??= d.registry.catalog()),
    enabledDrivers,
    plannerDeps: async (tenantId) => (d.store instanceof SqliteStore ? sqlitePlannerDeps(d.registry, d.store, tenantId) : { registry: d.registry }),
    close: () => hub.stop(),
  };
}
