/**
 * Per-driver, per-credential rate limiting: a token bucket for each key, refilled from the
 * injected clock. `acquire` resolves when a call may go out, keeping to the driver's declared
 * `rateLimit` (calls beyond it wait in line instead of being sent and rejected with 429).
 */
import type { Clock } from '../platform/clock.ts';

interface Bucket { tokens: number; updated: number; queue: Promise<void> }

export class RateLimiter {
  private buckets = new Map<string, Bucket>();
  private readonly clock: Clock;
  constructor(clock: Clock) { this.clock = clock; }

  /** Waits for a token in bucket `key` with capacity `requests` refilled every `perMs`. */
  acquire(key: string, limit: { requests: number; perMs: number }, signal?: AbortSignal): Promise<void> {
    let b = this.buckets.get(key);
    if (!b) { b = { tokens: limit.requests, updated: this.clock.now(), queue: Promise.resolve() }; this.buckets.set(key, b); }
    const bucket = b;
    const take = async () => {
      for (;;) {
        const now = this.clock.now();
        bucket.tokens = Math.min(limit.requests, bucket.tokens + ((now - bucket.updated) * limit.requests) / limit.perMs);
        bucket.updated = now;
        if (bucket.tokens >= 1) { bucket.tokens -= 1; return; }
        await this.clock.sleep(Math.ceil(((1 - bucket.tokens) * limit.perMs) / limit.requests), signal);
      }
    };
    const next = bucket.queue.then(take);
    bucket.queue = next.catch(() => {});
    return next;
  }

  /** "within_limits" or "throttled" for the driver check. */
  status(key: string): 'within_limits' | 'throttled' {
    const b = this.buckets.get(key);
    return !b || b.tokens >= 1 ? 'within_limits' : 'throttled';
  }
}
