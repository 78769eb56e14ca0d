/** Seed 002's /v1/ai/workflows routes over the same services. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, pollUntil, testServer } from './test-helpers.ts';

test('seed 002: definitions, start by name with a context, status, list, approve {approved}, cancel', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([
    { step_id: 'check', name: 'Check agent', driver: 'test', operation: 'echo', parameters: { host: '{{inputs.hostname}}' } },
    { step_id: 'confirm', name: 'Confirm registration', kind: 'approval' },
    { step_id: 'register', name: 'Register', driver: 'test', operation: 'echo', parameters: {} },
  ], { workflow_id: 'wf_register', name: 'Register Agent', inputs: { hostname: { type: 'string' } } }) });
  const defs = await t.call('GET', '/v1/ai/workflows/definitions');
  assert.equal(defs.status, 200);
  assert.deepEqual(defs.body.definitions[0].steps.map((s: any) => s.requires_approval), [false, true, false]);
  const started = await t.call('POST', '/v1/ai/workflows/start?workflow_name=register_agent', { body: { hostname: 'staging-02' } });
  assert.equal(started.status, 202, started.text);
  const id = started.body.workflow_id;
  assert.equal(started.body.definition_id, 'wf_register');
  // (the gate is recorded a moment before the run is marked waiting: poll for the state a client acts on)
  let state: any = await pollUntil(async () => (await t.call('GET', `/v1/ai/workflows/${id}`)).body, (x) => x.awaiting_approval && x.status === 'waiting');
  assert.equal(state.status, 'waiting');
  assert.equal(state.current_step, 1);
  assert.equal(state.steps[0].result.host, 'staging-02');
  assert.equal((await t.call('GET', '/v1/ai/workflows')).body.workflows.length, 1);
  const approved = await t.call('POST', `/v1/ai/workflows/${id}/approve`, { body: { approved: true } });
  assert.equal(approved.status, 200, approved.text);
  assert.equal(approved.body.decision.decision, 'approved');
  state = await pollUntil(async () => (await t.call('GET', `/v1/ai/workflows/${id}`)).body, (x) => x.status === 'completed');
  assert.equal(state.status, 'completed');
  assert.equal((await t.call('POST', `/v1/ai/workflows/${id}/approve`, { body: { approved: true } })).status, 409);
  assert.equal((await t.call('GET', '/v1/ai/workflows')).body.workflows.length, 0, 'only active ones by default');
  assert.equal((await t.call('GET', '/v1/ai/workflows?all=true')).body.workflows.length, 1);

  const second = (await t.call('POST', '/v1/ai/workflows/start?workflow_name=Register%20Agent', { body: { hostname: 'x' } })).body.workflow_id;
  await pollUntil(async () => (await t.call('GET', `/v1/ai/workflows/${second}`)).body, (x) => x.awaiting_approval);
  const cancelled = await t.call('POST', `/v1/ai/workflows/${second}/cancel`);
  assert.equal(cancelled.body.status, 'cancelled');
  assert.equal((await t.call('POST', '/v1/ai/workflows/start?workflow_name=nope', { body: {} })).status, 404);
  assert.equal((await t.call('POST', `/v1/ai/workflows/${second}/approve`, { body: { approved: 'yes' } })).status, 400);
  await t.close();
});
