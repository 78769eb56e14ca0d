/**
 * Test support for drivers: builds a real {@link DriverContext} from a driver definition and an
 * env object (settings and credentials resolved by the DriverRegistry via {@link buildDriverContext},
 * the system clock, a silent logger, the outbound guard) and runs operations the way the engine
 * does: input parsed by the operation's zod schema, output checked against its output schema.
 * Used by the driver unit tests, the dev-services tests and the conformance tests.
 */
import type { DriverContext, DriverDef } from './define.ts';
import { buildDriverContext } from './context.ts';
import { DriverRegistry, type Env } from './registry.ts';
import { systemClock, type Clock } from '../platform/clock.ts';
import { guardedFetch, type FetchLike } from '../platform/guarded-fetch.ts';
import { silentLogger } from '../platform/logger.ts';
import { AutoflowError } from '../platform/errors.ts';
import { issueLines } from '../platform/schema-issues.ts';
import { scratchDir } from '../platform/scratch-dir.ts';

/** A `ctx.call` implementation. */
export type CallFn = DriverContext['call'];

/** What a test may override in the context. */
export interface TestContextOptions {
  /** Environment the settings/credentials are read from (process.env is never read). */
  env?: Env;
  /** Credentials to use instead of those resolved from `env`. */
  credentials?: DriverContext['credentials'];
  /** Data directory; a fresh temp directory when omitted. */
  dataDir?: string;
  /** Registry `ctx.call` dispatches to (with the same env); ignored when `call` is given. */
  registry?: DriverRegistry;
  /** A stub for `ctx.call`; when neither this nor `registry` is given, `call` throws. */
  call?: CallFn;
  /** Base fetch under the guard (global fetch by default). */
  fetch?: FetchLike;
  signal?: AbortSignal;
  clock?: Clock;
  idempotencyKey?: string;
}

/** Builds the context an operation of `driver` runs with. */
export function testContext(driver: DriverDef, opts: TestContextOptions = {}): DriverContext {
  const env = opts.env ?? {};
  const registry = opts.registry ?? new DriverRegistry([driver]);
  const dataDir = opts.dataDir ?? scratchDir('autoflow-driver-');
  const allow = (env.AUTOFLOW_ALLOW_HOSTS ?? '').split(',').filter(Boolean);
  const call: CallFn = opts.call ?? (opts.registry
    ? async (name, operation, input) => {
      const target = registry.get(name);
      if (!target) throw new AutoflowError({ code: 'unknown_driver', message: `No driver named ${name}` });
      return runOperation(target, operation, input, testContext(target, { ...opts, dataDir }));
    }
    : async (name, operation) => {
      throw new AutoflowError({ code: 'no_call', message: `ctx.call(${name}, ${operation}) is not available in this test` });
    });
  const ctx = buildDriverContext(registry, driver, env, {
    fetch: guardedFetch(opts.fetch ?? fetch, allow),
    clock: opts.clock ?? systemClock,
    log: silentLogger,
    signal: opts.signal ?? new AbortController().signal,
    idempotencyKey: opts.idempotencyKey ?? `test-${Math.random().toString(36).slice(2)}`,
    runId: 'run_test',
    stepId: 'step_test',
    dataDir,
    call,
  });
  return opts.credentials ? { ...ctx, credentials: opts.credentials } : ctx;
}

/** An operation's validated output; loosely typed so tests can read fields without casts. */
export type Output = Record<string, any>;

/** Runs `driver.operation` like the engine: parse input, run, validate output. */
export async function runOperation(driver: DriverDef, operation: string, input: Record<string, unknown>, ctx: DriverContext): Promise<Output> {
  const op = driver.operations[operation];
  if (!op) throw new AutoflowError({ code: 'unknown_operation', message: `${driver.name} has no operation ${operation}` });
  const parsed = op.input.safeParse(input);
  if (!parsed.success) {
    throw new AutoflowError({ code: 'invalid_input', message: `Invalid input for ${driver.name}.${operation}: ${issueLines(parsed.error.issues, '(root)').join('; ')}` });
  }
  const out = await op.run(parsed.data, ctx);
  return op.output.parse(out) as Output;
}

/** Runs an operation with a fresh {@link testContext}. */
export function runWith(driver: DriverDef, operation: string, input: Record<string, unknown>, opts: TestContextOptions = {}): Promise<Output> {
  return runOperation(driver, operation, input, testContext(driver, opts));
}
