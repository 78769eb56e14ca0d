/** Retry from the failed step, events of decisions and cancellations reaching listeners, and per-tenant credentials. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { Engine } from './engine.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { testRegistry } from './test-drivers.ts';
import { defineDriver, defineOperation } from '../drivers/define.ts';
import { DriverRegistry } from '../drivers/registry.ts';

function setup() {
  const { registry, log } = testRegistry();
  const store = new SqliteStore({ file: ':memory:' });
  const engine = new Engine({ store, registry, env: {}, dataDir: '/tmp' });
  const events: string[] = [];
  engine.on((e) => events.push(`${e.type}${e.step_key ? `:${e.step_key}` : ''}`));
  return { engine, store, log, events };
}

test('a failed run is retried from the failed step: completed steps replay, skipped ones are decided again', async () => {
  const { engine, store, log } = setup();
  const doc = { name: 'retry', steps: [
    { step_id: 'a', driver: 'test', operation: 'create', parameters: { name: 'x' } },
    { step_id: 'b', driver: 'test', operation: 'flaky', parameters: { id: 'b', times: 1 } },
    { step_id: 'c', driver: 'test', operation: 'echo', parameters: { made: '{{a.id}}', b: '{{b.attempts}}' } },
    { step_id: 'd', driver: 'test', operation: 'echo', parameters: {}, when: '1 == 2', dependencies: ['c'] },
  ] };
  const run = await engine.createRun(engine.prepare(doc));
  const failed = await engine.execute(run.id);
  assert.equal(failed.status, 'failed');
  assert.deepEqual((await store.getSteps(run.id)).map((s) => [s.step_key, s.status]).sort(), [['a', 'completed'], ['b', 'failed'], ['c', 'skipped'], ['d', 'skipped']]);
  const firstKey = log.calls.find((c) => c.op === 'flaky')!.key;

  const reset = await engine.retry(run.id, 'ann');
  assert.equal(reset.status, 'running');
  const done = await engine.execute(run.id);
  assert.equal(done.status, 'completed');
  assert.deepEqual(log.calls.map((c) => c.op), ['create', 'flaky', 'flaky', 'echo'], 'a is not called again, b and c run, d stays skipped by its condition');
  assert.notEqual(log.calls[2].key, firstKey, 'the new attempt has a new idempotency key');
  assert.equal(log.calls[3].input.made, 'thing-x');
  assert.deepEqual((await store.getSteps(run.id)).map((s) => [s.step_key, s.status]).sort(), [['a', 'completed'], ['b', 'completed'], ['c', 'completed'], ['d', 'skipped']]);
  const types = (await store.getEvents(run.id)).map((e) => e.type);
  assert.ok(types.includes('run.retrying') && types.at(-1) === 'run.completed');
  await assert.rejects(engine.retry(run.id), /only a failed run/);
});

test('a rejected approval, retried, asks again; decisions and cancellations reach listeners', async () => {
  const { engine, events } = setup();
  const doc = { name: 'gate', steps: [{ step_id: 'gate', kind: 'approval', message: 'ok?' }, { step_id: 'after', driver: 'test', operation: 'echo', parameters: {} }] };
  const run = await engine.createRun(engine.prepare(doc));
  assert.equal((await engine.execute(run.id)).status, 'waiting');
  await engine.decide(run.id, 'gate', { approved: false, by: 'bob', comment: 'no' });
  assert.ok(events.includes('step.rejected:gate'), 'the decision event is emitted');
  assert.equal((await engine.execute(run.id)).status, 'failed');
  await engine.retry(run.id, 'bob');
  assert.equal((await engine.execute(run.id)).status, 'waiting', 'the gate asks again');
  await assert.rejects(engine.cancel(run.id, 'eve', 'another-tenant'), /No run/);
  await engine.cancel(run.id, 'bob');
  assert.ok(events.includes('run.cancelled'), 'cancelling a parked run is emitted');
});

test('a credential resolver overrides environment values per tenant', async () => {
  const seen: string[] = [];
  const vaulted = defineDriver({
    name: 'vaulted', title: 'Vaulted', description: 'needs a token', keywords: [],
    credentials: { kind: 'api_key', required: true, fields: [{ name: 'token', env: 'VAULTED_TOKEN', description: 'token' }] },
    operations: {
      call: defineOperation({ description: 'records the token', keywords: [], examples: [], effect: 'read', idempotent: true, input: z.object({}), output: z.object({ ok: z.boolean() }),
        run: async (_i, ctx) => { seen.push(ctx.credentials.token ?? 'none'); return { ok: true }; } }),
    },
  });
  const store = new SqliteStore({ file: ':memory:' });
  const engine = new Engine({ store, registry: new DriverRegistry([vaulted]), env: { VAULTED_TOKEN: 'from-env-1234' }, dataDir: '/tmp',
    credentials: (tenant, driver) => (tenant === 'acme' && driver === 'vaulted' ? { token: 'acme-secret-5678' } : undefined) });
  const p = engine.prepare({ name: 'v', steps: [{ step_id: 's', driver: 'vaulted', operation: 'call', parameters: {} }] });
  await engine.execute((await engine.createRun(p, { tenantId: 'acme' })).id);
  await engine.execute((await engine.createRun(p, { tenantId: 'other' })).id);
  assert.deepEqual(seen, ['acme-secret-5678', 'from-env-1234']);
});

test('drain: the step in flight finishes, no new step starts, and the next engine resumes the run', async () => {
  const { registry, log } = testRegistry();
  const store = new SqliteStore({ file: ':memory:' });
  const first = new Engine({ store, registry, env: {}, dataDir: '/tmp' });
  const doc = { name: 'drain', steps: [{ step_id: 'a', driver: 'test', operation: 'slow', parameters: { ms: 80 } }, { step_id: 'b', driver: 'test', operation: 'echo', parameters: { after: '{{a.slept}}' } }] };
  const run = await first.createRun(first.prepare(doc));
  const done = first.execute(run.id);
  while (!log.calls.length) await new Promise((r) => setTimeout(r, 5));
  await first.drain();
  const parked = await done;
  assert.equal(parked.status, 'waiting');
  assert.ok(parked.wake_at !== null, 'it is due at once');
  assert.deepEqual((await store.getSteps(run.id)).map((s) => [s.step_key, s.status]), [['a', 'completed']]);
  const second = new Engine({ store, registry, env: {}, dataDir: '/tmp' });
  const [resumed] = await second.resumeAll();
  assert.equal(resumed.status, 'completed');
  assert.deepEqual(log.calls.map((c) => c.op), ['slow', 'echo'], 'a ran once; b ran after the restart');
});
