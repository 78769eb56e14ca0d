/**
 * Maps what `fetch` throws (connection refused, DNS failure, timeout) to AutoflowError with the
 * right retry intent. Cancellation of the step itself (ctx.signal) is passed through untouched.
 */
import { AutoflowError } from '../../platform/errors.ts';

/** Converts a fetch failure for `what` into an AutoflowError; rethrows the run's own abort. */
export function fetchFailure(err: unknown, what: string, timeoutMs: number, runSignal: AbortSignal): unknown {
  if (err instanceof AutoflowError) return err;
  if (runSignal.aborted) return err;
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') {
    return new AutoflowError({ code: 'timeout', message: `${what} did not answer within ${timeoutMs} ms`, hint: 'Raise timeout_ms or check the service.', retryable: true });
  }
  const code = e?.cause?.code;
  const reason = code ?? e?.cause?.message ?? e?.message ?? String(err);
  return new AutoflowError({
    code: 'network_error',
    message: `Could not reach ${what}: ${reason}`,
    hint: 'Check the URL and that the service is running and reachable from Autoflow.',
    retryable: true,
  });
}
