/**
 * Builds the context an operation or health check runs with: the driver's settings and
 * credentials resolved from the environment, plus the engine-supplied parts (clock, logger,
 * signal, fetch, idempotency key, nested `call`).
 */
import type { DriverContext, DriverDef } from './define.ts';
import type { DriverRegistry, Env } from './registry.ts';

/** The parts of a context that do not depend on the driver. */
export type ContextParts = Omit<DriverContext, 'settings' | 'credentials'>;

/**
 * The context `driver` runs with: settings and credentials from `env` (via `registry`) plus
 * `parts`. Callers that already resolved the credentials (e.g. for a rate-limit key) pass them.
 */
export function buildDriverContext(registry: DriverRegistry, driver: DriverDef, env: Env, parts: ContextParts, credentials = registry.credentials(driver, env)): DriverContext {
  return { settings: registry.settings(driver, env), credentials, ...parts };
}
