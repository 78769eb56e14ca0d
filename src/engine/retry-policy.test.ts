/** The retry decision: pure, so every branch is checked exactly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideRetry } from './retry-policy.ts';
import { RetryPolicy } from '../workflow/schema.ts';

const seed = RetryPolicy.parse({ max_retries: 3, retry_delay: 5 });
const transient = { code: 'upstream_error', message: '503', retryable: true };

test('the seed policy {max_retries: 3, retry_delay: 5} backs off exponentially from 5 s', () => {
  const noJitter = () => 0;
  assert.deepEqual([1, 2, 3].map((a) => decideRetry(seed, a, transient, noJitter)), [
    { action: 'retry', delayMs: 5000 }, { action: 'retry', delayMs: 10000 }, { action: 'retry', delayMs: 20000 },
  ]);
  assert.equal(decideRetry(seed, 4, transient).action, 'fail');
});

test('jitter only shortens a delay, by at most the jitter fraction', () => {
  const d = decideRetry(seed, 1, transient, () => 1);
  assert.deepEqual(d, { action: 'retry', delayMs: 4000 });
});

test('delays are capped by max_delay; fixed backoff does not grow', () => {
  const capped = RetryPolicy.parse({ max_retries: 10, retry_delay: 60, max_delay: 100, jitter: 0 });
  assert.deepEqual(decideRetry(capped, 5, transient), { action: 'retry', delayMs: 100_000 });
  const fixed = RetryPolicy.parse({ max_retries: 5, retry_delay: 2, backoff: 'fixed', jitter: 0 });
  assert.deepEqual(decideRetry(fixed, 4, transient), { action: 'retry', delayMs: 2000 });
});

test('Retry-After from the service wins; errors not marked retryable are never retried', () => {
  assert.deepEqual(decideRetry(seed, 1, { ...transient, retryAfterMs: 1234 }), { action: 'retry', delayMs: 1234 });
  assert.equal(decideRetry(seed, 1, { code: 'upstream_rejected', message: '400', retryable: false }).action, 'fail');
  assert.equal(decideRetry(seed, 1, { code: 'x', message: 'unknown' }).action, 'fail');
});
