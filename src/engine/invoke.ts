/**
 * Invokes a driver operation for the engine (actions, undo operations, notifications): builds
 * its context (settings, credentials, guarded fetch, logger, idempotency key), keeps to the
 * driver's rate limit, enforces the timeout and the run's cancellation, and checks the result
 * against the operation's output schema.
 */
import { buildDriverContext } from '../drivers/context.ts';
import { withCredentialValues } from '../drivers/credential-env.ts';
import type { DriverContext } from '../drivers/define.ts';
import { AutoflowError } from '../platform/errors.ts';
import { guardedFetch } from '../platform/guarded-fetch.ts';
import { issueLines } from '../platform/schema-issues.ts';
import { stableHash } from '../platform/ids.ts';
import type { RunExecution } from './execution.ts';

const fetchForDrivers = guardedFetch();

export interface Invocation {
  driver: string;
  operation: string;
  input: unknown;
  stepKey: string;
  idempotencyKey: string;
  timeoutMs: number;
}

/** Runs one operation; throws AutoflowError (with retry intent) on failure. */
export async function invokeOperation(exec: RunExecution, inv: Invocation): Promise<Record<string, unknown>> {
  const { registry } = exec.deps;
  const driver = registry.get(inv.driver);
  const op = driver?.operations[inv.operation];
  if (!driver || !op) throw new AutoflowError({ code: 'unknown_operation', message: `No operation ${inv.driver}.${inv.operation}`, hint: 'Run `autoflow drivers` to list operations.' });
  const name = `${driver.name}.${inv.operation}`;
  // One signal for the call, aborted by the run's cancellation or the timeout (whichever comes
  // first gives the reason). Linked by hand rather than AbortSignal.any: Node keeps a composite
  // signal (and all it reaches) alive while anything listens on it, and it costs ~5 µs per call.
  const controller = new AbortController();
  const signal = controller.signal;
  const timer = setTimeout(() => controller.abort(new AutoflowError({ code: 'timeout', message: `${name} took longer than ${inv.timeoutMs} ms`, hint: 'Raise the step\'s "timeout" or check the service.', retryable: true })), inv.timeoutMs);
  const onRunAbort = (): void => controller.abort(exec.signal.reason);
  if (exec.signal.aborted) onRunAbort();
  else exec.signal.addEventListener('abort', onRunAbort, { once: true });
  let onAbort: (() => void) | undefined;
  try {
    const env = withCredentialValues(driver, exec.deps.env, exec.deps.credentials?.(exec.run.tenant_id, driver.name));
    const credentials = registry.credentials(driver, env);
    if (driver.rateLimit) {
      const credKey = stableHash(Object.values(credentials).filter(Boolean).join('|'));
      await exec.deps.rateLimiter.acquire(`${driver.name}:${credKey}`, driver.rateLimit, signal);
    }
    const ctx: DriverContext = buildDriverContext(registry, driver, env, {
      fetch: fetchForDrivers,
      clock: exec.clock,
      log: exec.deps.log.child({ run: exec.run.id, step: inv.stepKey }),
      signal,
      idempotencyKey: inv.idempotencyKey,
      runId: exec.run.id,
      stepId: inv.stepKey,
      dataDir: exec.deps.dataDir,
      call: (d, o, i) => invokeOperation(exec, { ...inv, driver: d, operation: o, input: registry.operation(d, o)?.input.parse(i) ?? i, idempotencyKey: `${inv.idempotencyKey}-${d}` }),
    }, credentials);
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    const raw = await Promise.race([op.run(inv.input, ctx), aborted]);
    const out = op.output.safeParse(raw);
    if (!out.success) throw new AutoflowError({ code: 'invalid_output', message: `${name} returned an unexpected result: ${issueLines(out.error.issues).join('; ')}`, hint: 'This is a driver bug or an API change; report it with the run id.' });
    return out.data as Record<string, unknown>;
  } finally {
    clearTimeout(timer);
    exec.signal.removeEventListener('abort', onRunAbort);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
