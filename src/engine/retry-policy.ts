/**
 * The retry decision as a pure function: (policy, attempt, error) → retry after N ms, or fail.
 * Errors carry their intent as data (`retryable`, `retryAfterMs`); a server's Retry-After wins
 * over the computed backoff (but never exceeds one hour).
 */
import type { ErrorData } from '../platform/errors.ts';
import type { RetryPolicy } from '../workflow/schema.ts';

export type RetryDecision = { action: 'retry'; delayMs: number } | { action: 'fail'; reason: string };

/** The policy used when a step declares none: no retries. */
export const noRetries: RetryPolicy = { max_retries: 0, retry_delay: 1, backoff: 'exponential', backoff_multiplier: 2, max_delay: 300, jitter: 0.2 };

/**
 * Decides what happens after attempt number `attempt` (1-based) failed with `error`.
 * `random` is injectable so tests are exact.
 */
export function decideRetry(policy: RetryPolicy, attempt: number, error: ErrorData, random: () => number = Math.random): RetryDecision {
  if (!error.retryable) return { action: 'fail', reason: 'the error is not retryable' };
  if (attempt > policy.max_retries) return { action: 'fail', reason: `retries exhausted (${policy.max_retries} allowed)` };
  if (error.retryAfterMs !== undefined) return { action: 'retry', delayMs: Math.min(error.retryAfterMs, 3_600_000) };
  const base = policy.retry_delay * 1000 * (policy.backoff === 'exponential' ? policy.backoff_multiplier ** (attempt - 1) : 1);
  const capped = Math.min(base, policy.max_delay * 1000);
  const jittered = capped * (1 - policy.jitter * random());
  return { action: 'retry', delayMs: Math.round(jittered) };
}
