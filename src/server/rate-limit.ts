/**
 * Per-key request rate limit: a token bucket per API key (sustained rate plus a burst). A
 * request over the limit gets 429 with `Retry-After` (whole seconds).
 */
import type { Clock } from '../platform/clock.ts';

export class KeyRateLimiter {
  private readonly perSecond: number;
  private readonly burst: number;
  private readonly clock: Clock;
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(o: { perSecond: number; burst: number; clock: Clock }) {
    this.perSecond = o.perSecond; this.burst = Math.max(1, o.burst); this.clock = o.clock;
  }

  /** Takes one token for `key`; when none is left, the seconds until one is. */
  take(key: string): { ok: true } | { ok: false; retryAfterSec: number } {
    if (this.perSecond <= 0) return { ok: true };
    const now = this.clock.now();
    let b = this.buckets.get(key);
    if (!b) { b = { tokens: this.burst, at: now }; this.buckets.set(key, b); }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    if (b.tokens >= 1) { b.tokens -= 1; return { ok: true }; }
    return { ok: false, retryAfterSec: Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond)) };
  }
}
