/** Run routes in-process: start (idempotent), the monitoring and summary views, list filters and cursor, cancel, retry, events, driver readiness. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, testServer, waitForStatus } from './test-helpers.ts';

test('runs: start executes in the server; get shows the summary when done; events are listed', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([
    { step_id: 'a', driver: 'test', operation: 'create', parameters: { name: '{{inputs.who}}' } },
    { step_id: 'b', driver: 'test', operation: 'echo', parameters: { made: '{{a.id}}' } },
  ], { workflow_id: 'wf', inputs: { who: { type: 'string' } } }) });
  const started = await t.call('POST', '/v1/workflows/wf/runs', { body: { inputs: { who: 'ann' } } });
  assert.equal(started.status, 202, started.text);
  assert.equal(started.body.workflow_id, 'wf');
  assert.equal(started.body.workflow_version, 1);
  const done = await waitForStatus(t, started.body.id, ['completed']);
  assert.equal(done.view, 'summary');
  assert.equal(done.steps_executed, 2);
  assert.equal(done.success_rate, '100%');
  assert.equal(done.results.b.result.made, 'thing-ann');
  assert.ok(done.user_notification.message);
  const monitoring = await t.call('GET', `/v1/runs/${started.body.id}?view=monitoring`);
  assert.equal(monitoring.body.progress, '100%');
  const events = await t.call('GET', `/v1/runs/${started.body.id}/events`);
  assert.deepEqual(events.body.events.map((e: any) => e.seq), events.body.events.map((_: unknown, i: number) => i + 1));
  assert.equal(events.body.events[0].type, 'run.created');
  assert.equal(events.body.events.at(-1).type, 'run.completed');
  const after = await t.call('GET', `/v1/runs/${started.body.id}/events?after=3&limit=2`);
  assert.deepEqual(after.body.events.map((e: any) => e.seq), [4, 5]);
  assert.equal(after.body.next_after, 5);
  const bad = await t.call('POST', '/v1/workflows/wf/runs', { body: { inputs: { whom: 'x' } } });
  assert.equal(bad.status, 422);
  assert.equal(bad.body.error.code, 'invalid_inputs');
  await t.close();
});

test('runs: the monitoring view while a run waits; the same Idempotency-Key returns the same run', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: {} }, { step_id: 'gate', kind: 'approval', message: 'go?' }], { workflow_id: 'wf' }) });
  const first = await t.call('POST', '/v1/workflows/wf/runs', { body: {}, headers: { 'idempotency-key': 'order-17' } });
  const second = await t.call('POST', '/v1/workflows/wf/runs', { body: {}, headers: { 'idempotency-key': 'order-17' } });
  assert.equal(first.status, 202);
  assert.equal(second.status, 200);
  assert.equal(second.headers.get('idempotent-replayed'), 'true');
  assert.equal(second.body.id, first.body.id);
  const parallel = await Promise.all([1, 2, 3].map(() => t.call('POST', '/v1/workflows/wf/runs', { body: {}, headers: { 'idempotency-key': 'burst' } })));
  assert.equal(new Set(parallel.map((r) => r.body.id)).size, 1, 'concurrent requests with one key make one run');
  const view = await waitForStatus(t, first.body.id, ['waiting']);
  assert.equal(view.view, 'monitoring');
  assert.equal(view.current_step, 'gate');
  assert.equal(view.steps_completed, 1);
  assert.equal(view.progress, '50%');
  assert.equal(view.waiting_for[0].step_id, 'gate');
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: {} }], { workflow_id: 'other' }) });
  const clash = await t.call('POST', '/v1/workflows/other/runs', { body: {}, headers: { 'idempotency-key': 'order-17' } });
  assert.equal(clash.status, 409);
  assert.equal(clash.body.error.code, 'idempotency_conflict');
  await t.close();
});

test('runs: list filters by workflow, status and time, pages with a cursor', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: {} }], { workflow_id: 'ok' }) });
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'a', driver: 'test', operation: 'boom', parameters: {} }], { workflow_id: 'bad' }) });
  const ids: string[] = [];
  for (const wf of ['ok', 'bad', 'ok', 'bad', 'ok']) ids.push((await t.call('POST', `/v1/workflows/${wf}/runs`, { body: {} })).body.id);
  for (const id of ids) await waitForStatus(t, id, ['completed', 'failed']);
  const all = await t.call('GET', '/v1/runs');
  assert.deepEqual(all.body.runs.map((r: any) => r.id), [...ids].reverse());
  assert.equal((await t.call('GET', '/v1/runs?workflow_id=ok')).body.runs.length, 3);
  assert.equal((await t.call('GET', '/v1/runs?status=failed')).body.runs.length, 2);
  assert.equal((await t.call('GET', '/v1/runs?status=failed,completed&workflow_id=bad')).body.runs.length, 2);
  assert.equal((await t.call('GET', '/v1/runs?status=exploded')).status, 400);
  const future = new Date(Date.now() + 60_000).toISOString();
  assert.equal((await t.call('GET', `/v1/runs?since=${encodeURIComponent(future)}`)).body.runs.length, 0);
  assert.equal((await t.call('GET', `/v1/runs?until=${encodeURIComponent(future)}`)).body.runs.length, 5);
  assert.equal((await t.call('GET', '/v1/runs?since=yesterday')).status, 400);
  const p1 = await t.call('GET', '/v1/runs?limit=2');
  const p2 = await t.call('GET', `/v1/runs?limit=2&cursor=${p1.body.next_cursor}`);
  const p3 = await t.call('GET', `/v1/runs?limit=2&cursor=${p2.body.next_cursor}`);
  assert.deepEqual([...p1.body.runs, ...p2.body.runs, ...p3.body.runs].map((r: any) => r.id), [...ids].reverse());
  assert.equal(p3.body.next_cursor, null);
  await t.close();
});

test('runs: cancel a parked run; retry a failed run from the failed step', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'gate', kind: 'approval' }], { workflow_id: 'gated' }) });
  const parked = (await t.call('POST', '/v1/workflows/gated/runs', { body: {} })).body.id;
  await waitForStatus(t, parked, ['waiting']);
  const cancelled = await t.call('POST', `/v1/runs/${parked}/cancel`, { body: { reason: 'not needed' } });
  assert.equal(cancelled.status, 202);
  assert.equal(cancelled.body.status, 'cancelled');
  assert.equal((await t.call('POST', `/v1/runs/${parked}/cancel`)).status, 409, 'already cancelled');

  await t.call('POST', '/v1/workflows', { body: doc([
    { step_id: 'a', driver: 'test', operation: 'create', parameters: { name: 'x' } },
    { step_id: 'b', driver: 'test', operation: 'flaky', parameters: { id: 'retry-b', times: 1 } },
    { step_id: 'c', driver: 'test', operation: 'echo', parameters: { b: '{{b.attempts}}' } },
  ], { workflow_id: 'flaky' }) });
  const run = (await t.call('POST', '/v1/workflows/flaky/runs', { body: {} })).body.id;
  const failed = await waitForStatus(t, run, ['failed']);
  assert.equal(failed.results.b.status, 'failed');
  assert.equal(failed.results.c.status, 'skipped');
  const retried = await t.call('POST', `/v1/runs/${run}/retry`);
  assert.equal(retried.status, 202, retried.text);
  const done = await waitForStatus(t, run, ['completed']);
  assert.equal(done.results.c.result.b, 2);
  assert.equal((await t.call('POST', `/v1/runs/${run}/retry`)).status, 409, 'only failed runs are retried');
  await t.close();
});

test('runs: a workflow whose drivers are not ready is not started (409 with the driver check)', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'v', driver: 'vaulted', operation: 'call', parameters: {} }], { workflow_id: 'needs-token' }) });
  const res = await t.call('POST', '/v1/workflows/needs-token/runs', { body: {} });
  assert.equal(res.status, 409);
  assert.equal(res.body.error.code, 'drivers_not_ready');
  assert.equal(res.body.error.details.execution_ready, false);
  assert.equal(res.body.error.details.required_drivers[0].credentials, 'missing');
  const check = await t.call('GET', '/v1/workflows/needs-token/drivers');
  assert.equal(check.status, 200);
  assert.deepEqual(Object.keys(check.body), ['required_drivers', 'execution_ready']);
  assert.equal((await t.call('GET', '/v1/workflows/needs-token/drivers?live=true')).body.execution_ready, false);
  assert.equal((await t.call('GET', '/v1/runs')).body.runs.length, 0);
  await t.close();
});
