/** Rate limiting keeps to the driver's declared limit, per key, on an injected clock. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../platform/clock.ts';
import { RateLimiter } from './rate-limiter.ts';

test('calls beyond the limit wait for the bucket to refill; other keys are not held up', async () => {
  const clock = new ManualClock();
  const rl = new RateLimiter(clock);
  const limit = { requests: 2, perMs: 1000 };
  const sent: string[] = [];
  const go = (key: string, tag: string) => rl.acquire(key, limit).then(() => sent.push(`${tag}@${clock.now() - clock0}`));
  const clock0 = clock.now();
  const all = [go('slack:a', 'a1'), go('slack:a', 'a2'), go('slack:a', 'a3'), go('slack:b', 'b1')];
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(sent.sort(), ['a1@0', 'a2@0', 'b1@0']);
  assert.equal(rl.status('slack:a'), 'throttled');
  await clock.advance(500);
  await Promise.all(all);
  assert.ok(sent.includes('a3@500'), sent.join());
});
