/**
 * Drivers for engine tests: in-memory operations that record every call (so tests can count
 * them), fail on request with retryable errors, sleep until aborted, and declare undo
 * operations, plus a `notify` driver that records failure notices.
 */
import { z } from 'zod';
import { defineDriver, defineOperation } from '../drivers/define.ts';
import { DriverRegistry } from '../drivers/registry.ts';
import { AutoflowError } from '../platform/errors.ts';

export interface CallLog { calls: { op: string; input: any; key: string }[]; failures: Map<string, number> }

/** A registry of `test` and `notify` drivers recording into the returned log. */
export function testRegistry(): { registry: DriverRegistry; log: CallLog } {
  const log: CallLog = { calls: [], failures: new Map() };
  const record = (op: string, input: unknown, key: string) => log.calls.push({ op, input, key });
  const anyIn = z.record(z.string(), z.unknown());
  const test = defineDriver({
    name: 'test',
    title: 'Test',
    description: 'In-memory operations for engine tests',
    keywords: [],
    operations: {
      echo: defineOperation({ description: 'Returns its input', keywords: [], examples: [], effect: 'read', idempotent: true, input: anyIn, output: anyIn, outcomes: ['echoed'],
        run: async (input, ctx) => { record('echo', input, ctx.idempotencyKey); return { ...input }; } }),
      flaky: defineOperation({ description: 'Fails `times` times (retryable), then succeeds', keywords: [], examples: [], effect: 'write', idempotent: false,
        input: z.object({ id: z.string(), times: z.number(), retry_after_ms: z.number().optional() }), output: z.object({ ok: z.boolean(), attempts: z.number() }),
        run: async (input, ctx) => {
          record('flaky', input, ctx.idempotencyKey);
          const n = (log.failures.get(input.id) ?? 0) + 1;
          log.failures.set(input.id, n);
          if (n <= input.times) throw new AutoflowError({ code: 'upstream_error', message: `flaky failure ${n}`, retryable: true, retryAfterMs: input.retry_after_ms });
          return { ok: true, attempts: n };
        } }),
      boom: defineOperation({ description: 'Always fails permanently', keywords: [], examples: [], effect: 'write', idempotent: false, input: anyIn, output: anyIn,
        run: async (input, ctx) => { record('boom', input, ctx.idempotencyKey); throw new AutoflowError({ code: 'upstream_rejected', message: 'boom', hint: 'it always fails', retryable: false }); } }),
      slow: defineOperation({ description: 'Sleeps ms, abortable', keywords: [], examples: [], effect: 'read', idempotent: true, input: z.object({ ms: z.number() }), output: z.object({ slept: z.number() }),
        run: async (input, ctx) => { record('slow', input, ctx.idempotencyKey); await ctx.clock.sleep(input.ms, ctx.signal); return { slept: input.ms }; } }),
      create: defineOperation({ description: 'Creates a thing', keywords: [], examples: [], effect: 'write', idempotent: false, input: z.object({ name: z.string() }), output: z.object({ id: z.string(), name: z.string() }),
        undo: { operation: 'remove', input: (_i, o) => ({ id: o.id }) },
        run: async (input, ctx) => { record('create', input, ctx.idempotencyKey); return { id: `thing-${input.name}`, name: input.name }; } }),
      huge: defineOperation({ description: 'Returns a string of `mb` megabytes (for output-size limits)', keywords: [], examples: [], effect: 'read', idempotent: true,
        input: z.object({ mb: z.number().min(0).max(200) }), output: z.object({ blob: z.string() }),
        run: async (input, ctx) => { record('huge', input, ctx.idempotencyKey); return { blob: 'x'.repeat(Math.round(input.mb * 1024 * 1024)) }; } }),
      remove: defineOperation({ description: 'Removes a thing', keywords: [], examples: [], effect: 'destructive', idempotent: true, input: z.object({ id: z.string() }), output: z.object({ removed: z.string() }),
        run: async (input, ctx) => { record('remove', input, ctx.idempotencyKey); return { removed: input.id }; } }),
    },
  });
  const notify = defineDriver({
    name: 'notify', title: 'Notify', description: 'Records notices', keywords: [],
    operations: {
      send: defineOperation({ description: 'Records a notice', keywords: [], examples: [], effect: 'write', idempotent: false,
        input: z.object({ channel: z.string(), message: z.string(), subject: z.string().optional() }), output: z.object({ delivered_via: z.string() }),
        run: async (input, ctx) => { record('notify', input, ctx.idempotencyKey); return { delivered_via: 'test' }; } }),
    },
  });
  return { registry: new DriverRegistry([test, notify]), log };
}
