/**
 * Builds a DriverContext for running one driver's operations outside the engine (unit tests,
 * conformance tests, manual checks against dev-services): settings and credentials resolved
 * from the given env exactly as the registry does, the guarded fetch, the real clock.
 */
import type { DriverContext, DriverDef } from '../drivers/define.ts';
import { DriverRegistry, type Env } from '../drivers/registry.ts';
import { guardedFetch } from '../platform/guarded-fetch.ts';
import { systemClock } from '../platform/clock.ts';
import { silentLogger } from '../platform/logger.ts';

/** A context for `driver` with settings/credentials from `env`; `overrides` replace any field. */
export function driverContext(driver: DriverDef, env: Env, overrides: Partial<DriverContext> = {}): DriverContext {
  const registry = new DriverRegistry([driver]);
  const ctx: DriverContext = {
    settings: registry.settings(driver, env),
    credentials: registry.credentials(driver, env),
    fetch: guardedFetch(),
    clock: systemClock,
    log: silentLogger,
    signal: new AbortController().signal,
    idempotencyKey: 'test-idempotency-key',
    runId: 'run_test',
    stepId: 'step_1',
    dataDir: process.env.AUTOFLOW_DATA_DIR ?? '.',
    call: async () => { throw new Error('ctx.call is not available outside the engine'); },
    ...overrides,
  };
  return ctx;
}

/** Validates `input` with the operation's schema, runs it, and validates the output, as the engine does. */
export async function runOperation(driver: DriverDef, operation: string, input: Record<string, unknown>, ctx: DriverContext): Promise<Record<string, any>> {
  const op = driver.operations[operation];
  if (!op) throw new Error(`${driver.name} has no operation ${operation}`);
  const parsed = op.input.parse(input);
  const out = await op.run(parsed, ctx);
  return op.output.parse(out) as Record<string, any>;
}
