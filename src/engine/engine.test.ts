/** Engine behaviour as a user sees it: ordering, chaining, retries, failure policies, gates, waits, cancel. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from './engine.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { testRegistry } from './test-drivers.ts';
import { completionSummary, monitoringView } from './summary.ts';

function setup(o: { inlineWaitMaxMs?: number } = {}) {
  const { registry, log } = testRegistry();
  const store = new SqliteStore({ file: ':memory:' });
  const engine = new Engine({ store, registry, env: {}, dataDir: '/tmp', inlineWaitMaxMs: o.inlineWaitMaxMs });
  const events: string[] = [];
  engine.on((e) => events.push(`${e.type}${e.step_key ? `:${e.step_key}` : ''}`));
  const run = async (doc: unknown, inputs?: Record<string, unknown>) => {
    const r = await engine.createRun(engine.prepare(doc), { inputs });
    return engine.execute(r.id);
  };
  return { engine, store, log, events, run };
}

const wf = (steps: unknown[], extra: Record<string, unknown> = {}) => ({ name: 'test flow', steps, ...extra });

test('steps run in order and later steps read earlier outputs through {{ }} references', async () => {
  const { run, log, store } = setup();
  const done = await run(wf([
    { step_id: 'a', driver: 'test', operation: 'create', parameters: { name: '{{inputs.who}}' } },
    { step_id: 'b', driver: 'test_driver', operation: 'echo', parameters: { text: 'made {{a.id}} for {{inputs.who}}', raw: '{{a}}' } },
  ], { inputs: { who: { type: 'string' } } }), { who: 'ann' });
  assert.equal(done.status, 'completed');
  assert.deepEqual(log.calls.map((c) => c.op), ['create', 'echo']);
  assert.equal(log.calls[1].input.text, 'made thing-ann for ann');
  assert.deepEqual(log.calls[1].input.raw, { id: 'thing-ann', name: 'ann' });
  const summary = completionSummary((await store.getRun(done.id))!, await store.getSteps(done.id), Date.now());
  assert.equal(summary.status, 'completed');
  assert.equal(summary.steps_executed, 2);
  assert.equal(summary.success_rate, '100%');
});

test('independent steps run concurrently; a dependent waits for both', async () => {
  const { run, log } = setup();
  const t0 = Date.now();
  const done = await run(wf([
    { step_id: 'a', dependencies: [], driver: 'test', operation: 'slow', parameters: { ms: 150 } },
    { step_id: 'b', dependencies: [], driver: 'test', operation: 'slow', parameters: { ms: 150 } },
    { step_id: 'c', dependencies: ['a', 'b'], driver: 'test', operation: 'echo', parameters: { x: '{{a.slept + b.slept}}' } },
  ]));
  assert.equal(done.status, 'completed');
  assert.ok(Date.now() - t0 < 280, 'a and b overlapped');
  assert.equal(log.calls.at(-1)!.input.x, 300);
});

test('a retryable failure is retried per policy with a new idempotency key per attempt', async () => {
  const { run, log, events } = setup();
  const done = await run(wf([{ step_id: 'a', driver: 'test', operation: 'flaky', parameters: { id: 'x', times: 2 }, retry_policy: { max_retries: 3, retry_delay: 0.01 } }]));
  assert.equal(done.status, 'completed');
  assert.equal(log.calls.length, 3);
  assert.equal(new Set(log.calls.map((c) => c.key)).size, 3);
  assert.equal(events.filter((e) => e === 'step.retrying:a').length, 2);
});

test('Retry-After from the service decides the delay', async () => {
  const { run } = setup();
  const t0 = Date.now();
  const done = await run(wf([{ step_id: 'a', driver: 'test', operation: 'flaky', parameters: { id: 'y', times: 1, retry_after_ms: 200 }, retry_policy: { max_retries: 1, retry_delay: 0 } }]));
  assert.equal(done.status, 'completed');
  assert.ok(Date.now() - t0 >= 190);
});

test('on_failure stop: the failure ends the run, later steps are skipped, the error says what failed', async () => {
  const { run, log, store } = setup();
  const done = await run(wf([
    { step_id: 'a', driver: 'test', operation: 'boom' },
    { step_id: 'b', driver: 'test', operation: 'echo' },
  ]));
  assert.equal(done.status, 'failed');
  assert.deepEqual(log.calls.map((c) => c.op), ['boom']);
  const steps = await store.getSteps(done.id);
  assert.equal(steps.find((s) => s.step_id === 'b')!.status, 'skipped');
  assert.match(JSON.stringify(done.error), /boom/);
});

test('on_failure continue: independent steps still run, dependents of the failed step are skipped', async () => {
  const { run, log } = setup();
  const done = await run(wf([
    { step_id: 'a', dependencies: [], driver: 'test', operation: 'boom' },
    { step_id: 'b', dependencies: [], driver: 'test', operation: 'echo' },
    { step_id: 'c', dependencies: ['a'], driver: 'test', operation: 'echo' },
  ], { error_handling: { on_failure: 'continue' } }));
  assert.equal(done.status, 'completed');
  assert.deepEqual(log.calls.map((c) => c.op).sort(), ['boom', 'echo']);
});

test('rollback_and_notify undoes completed steps newest first, then notifies the channel', async () => {
  const { run, log, store } = setup();
  const done = await run(wf([
    { step_id: 'one', driver: 'test', operation: 'create', parameters: { name: 'first' } },
    { step_id: 'two', driver: 'test', operation: 'create', parameters: { name: 'second' } },
    { step_id: 'three', driver: 'test', operation: 'boom' },
  ], { error_handling: { on_failure: 'rollback_and_notify', notification_channel: '#alerts' } }));
  assert.equal(done.status, 'failed');
  assert.deepEqual(log.calls.map((c) => c.op), ['create', 'create', 'boom', 'remove', 'remove', 'notify']);
  assert.deepEqual(log.calls.filter((c) => c.op === 'remove').map((c) => c.input.id), ['thing-second', 'thing-first']);
  const notice = log.calls.at(-1)!.input;
  assert.equal(notice.channel, '#alerts');
  assert.match(notice.message, /three/);
  assert.match(notice.message, /Rolled back: two, one/);
  const summary = completionSummary((await store.getRun(done.id))!, await store.getSteps(done.id), Date.now());
  assert.deepEqual([...summary.rollback!].sort((a, b) => a.step.localeCompare(b.step)), [{ step: 'one', status: 'completed' }, { step: 'two', status: 'completed' }]);
});

test('an approval gate parks the run; approving resumes it; a second decision is refused', async () => {
  const { run, engine, log, store } = setup();
  const parked = await run(wf([
    { step_id: 'prep', driver: 'test', operation: 'echo', parameters: { v: 1 } },
    { step_id: 'gate', kind: 'approval', message: 'Ship {{prep.v}}?' },
    { step_id: 'ship', driver: 'test', operation: 'echo', parameters: { by: '{{gate.by}}' } },
  ]));
  assert.equal(parked.status, 'waiting');
  const view = monitoringView((await store.getRun(parked.id))!, await store.getSteps(parked.id), Date.now());
  assert.equal(view.current_step, 'gate');
  assert.equal((view.waiting_for![0] as unknown as { message: string }).message, 'Ship 1?');
  await engine.decide(parked.id, 'gate', { approved: true, by: 'maria', comment: 'go' });
  await assert.rejects(engine.decide(parked.id, 'gate', { approved: false, by: 'bob' }), /not waiting/);
  const done = await engine.execute(parked.id);
  assert.equal(done.status, 'completed');
  assert.deepEqual(log.calls.map((c) => c.op), ['echo', 'echo'], 'prep was not run again');
  assert.equal(log.calls[1].input.by, 'maria');
});

test('rejecting an approval fails the run without running what follows', async () => {
  const { run, engine, log } = setup();
  const parked = await run(wf([{ step_id: 'gate', kind: 'approval' }, { step_id: 'ship', driver: 'test', operation: 'echo' }]));
  await engine.decide(parked.id, 'gate', { approved: false, by: 'bob', comment: 'not today' });
  const done = await engine.execute(parked.id);
  assert.equal(done.status, 'failed');
  assert.match(JSON.stringify(done.error), /Rejected by bob: not today/);
  assert.equal(log.calls.length, 0);
});

test('condition, loop (bounded concurrency) and parallel steps', async () => {
  const { run, log } = setup();
  const done = await run(wf([
    { step_id: 'src', driver: 'test', operation: 'echo', parameters: { items: ['a', 'b', 'c'], code: 500 } },
    { step_id: 'check', kind: 'condition', condition: 'src.code != 200 AND length(src.items) == 3', then: [
      { step_id: 'each', kind: 'loop', items: '{{src.items}}', concurrency: 2, steps: [
        { step_id: 'mk', driver: 'test', operation: 'create', parameters: { name: '{{item}}-{{loop.index}}' } },
      ] },
    ], else: [{ step_id: 'never', driver: 'test', operation: 'boom' }] },
    { step_id: 'fan', kind: 'parallel', steps: [
      { step_id: 'p1', driver: 'test', operation: 'slow', parameters: { ms: 100 } },
      { step_id: 'p2', driver: 'test', operation: 'slow', parameters: { ms: 100 } },
    ] },
  ]));
  assert.equal(done.status, 'completed');
  assert.deepEqual(log.calls.filter((c) => c.op === 'create').map((c) => c.input.name).sort(), ['a-0', 'b-1', 'c-2']);
  assert.equal(log.calls.filter((c) => c.op === 'boom').length, 0);
});

test('a short wait sleeps in-process; a long one parks the run with its wake time', async () => {
  const { run } = setup({ inlineWaitMaxMs: 1000 });
  const t0 = Date.now();
  const quick = await run(wf([{ step_id: 'w', kind: 'wait', duration: '100ms' }]));
  assert.equal(quick.status, 'completed');
  assert.ok(Date.now() - t0 >= 95);
  const long = await run(wf([{ step_id: 'w', kind: 'wait', duration: '10m' }]));
  assert.equal(long.status, 'waiting');
  assert.ok(long.wake_at! > Date.now() + 9 * 60_000);
});

test('cancel aborts a running step and marks the run cancelled', async () => {
  const { engine, log } = setup();
  const r = await engine.createRun(engine.prepare(wf([{ step_id: 's', driver: 'test', operation: 'slow', parameters: { ms: 10_000 } }, { step_id: 't', driver: 'test', operation: 'echo' }])));
  const running = engine.execute(r.id);
  await new Promise((res) => setTimeout(res, 50));
  const t0 = Date.now();
  await engine.cancel(r.id, 'tester');
  const done = await running;
  assert.equal(done.status, 'cancelled');
  assert.ok(Date.now() - t0 < 1000);
  assert.deepEqual(log.calls.map((c) => c.op), ['slow']);
});

test('re-executing a finished step list never calls a completed step again', async () => {
  const { engine, store, log } = setup();
  const r = await engine.createRun(engine.prepare(wf([{ step_id: 'a', driver: 'test', operation: 'create', parameters: { name: 'x' } }, { step_id: 'g', kind: 'approval' }])));
  await engine.execute(r.id);
  assert.equal(log.calls.length, 1);
  await engine.execute(r.id); // resumed while still waiting: replays a, stays parked
  assert.equal(log.calls.length, 1);
  assert.equal((await store.getRun(r.id))!.status, 'waiting');
});

test('success_condition names an outcome or tests the output', async () => {
  const { run } = setup();
  assert.equal((await run(wf([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: { n: 1 }, success_condition: 'echoed' }]))).status, 'completed');
  const bad = await run(wf([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: { n: 1 }, success_condition: 'output.n > 5' }]));
  assert.equal(bad.status, 'failed');
  assert.match(JSON.stringify(bad.error), /success_condition/);
});

test('an oversized step output fails the step with a clear error and nothing is lost', async () => {
  const { run, store } = setup();
  const done = await run(wf([
    { step_id: 'ok', driver: 'test', operation: 'echo', parameters: { v: 1 } },
    { step_id: 'big', driver: 'test', operation: 'echo', parameters: { blob: '{{ json(ok) }}'.repeat(1) }, when: 'true' },
  ]));
  assert.equal(done.status, 'completed');
  const { registry } = testRegistry();
  const engine2 = new Engine({ store, registry, env: {}, maxOutputBytes: 10 });
  const r = await engine2.createRun(engine2.prepare(wf([{ step_id: 'x', driver: 'test', operation: 'echo', parameters: { text: 'more than ten bytes' } }])));
  const failed = await engine2.execute(r.id);
  assert.equal(failed.status, 'failed');
  assert.match(JSON.stringify(failed.error), /output_too_large/);
  assert.equal((await store.getRun(done.id))!.status, 'completed', 'earlier run intact');
});

test('a parked timer survives a restart: a new engine on the same store finishes the run when due', async () => {
  const { registry, log } = testRegistry();
  const store = new SqliteStore({ file: ':memory:' });
  const first = new Engine({ store, registry, env: {}, inlineWaitMaxMs: 10 });
  const r = await first.createRun(first.prepare(wf([{ step_id: 'w', kind: 'wait', duration: '300ms' }, { step_id: 'after', driver: 'test', operation: 'echo', parameters: { v: 1 } }])));
  assert.equal((await first.execute(r.id)).status, 'waiting');
  await first.stop();
  const second = new Engine({ store, registry, env: {}, inlineWaitMaxMs: 10 });
  assert.deepEqual(await second.resumable(), [], 'not due yet');
  await new Promise((res) => setTimeout(res, 320));
  const [done] = await second.resumeAll();
  assert.equal(done.status, 'completed');
  assert.deepEqual(log.calls.map((c) => c.op), ['echo']);
});
