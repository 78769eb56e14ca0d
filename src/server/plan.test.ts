/** POST /v1/plan and /v1/plan/run over plan() (a fake planner here: the real one is tested with the planner). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '../planner/types.ts';
import { testServer, waitForStatus } from './test-helpers.ts';

function fakePlan(request: string): Plan {
  const steps = /nothing/.test(request) ? [] : [{ step_id: 'step_1', driver: 'test', operation: 'echo', parameters: { said: request } }];
  return {
    request, planner: 'offline', intent: 'echo', actions: steps.map(() => ({ driver: 'test', operation: 'echo', parameters: { said: request } })),
    template_match: { template_found: false, template_id: null, match_confidence: 0, template_actions: [], customization_needed: [] },
    dispatch: { workflow_type: 'custom', complexity: 'simple', estimate: { duration_ms: 1, basis: 'defaults', per_step: [] }, strategy: 'generate', reasoning: 'test' },
    workflow: { workflow_id: 'wf_echo', name: 'Echo', steps }, driver_check: { required_drivers: [], execution_ready: true }, notes: [],
  };
}

test('plan: shows the plan; plan/run saves the workflow (a new version each time) and starts it; an empty plan is 422', async () => {
  const seen: string[] = [];
  const t = await testServer({ deps: { planner: async (req, deps, opts) => { seen.push(`${req}|${opts.catalog.length}`); return fakePlan(req); } } });
  const p = await t.call('POST', '/v1/plan', { body: { request: 'say hi' } });
  assert.equal(p.status, 200, p.text);
  assert.equal(p.body.workflow.workflow_id, 'wf_echo');
  assert.deepEqual((await t.call('GET', '/v1/workflows')).body.workflows, [], 'planning saves nothing');
  assert.match(seen[0], /^say hi\|\d+$/);
  const run = await t.call('POST', '/v1/plan/run', { body: { request: 'say hi' } });
  assert.equal(run.status, 202, run.text);
  assert.equal(run.body.workflow.id, 'wf_echo');
  const done = await waitForStatus(t, run.body.run.id, ['completed']);
  assert.equal(done.results.step_1.result.said, 'say hi');
  assert.equal((await t.call('POST', '/v1/plan/run', { body: { request: 'again' } })).body.workflow.version, 2);
  const empty = await t.call('POST', '/v1/plan/run', { body: { request: 'nothing at all' } });
  assert.equal(empty.status, 422);
  assert.ok(empty.body.error.details.plan);
  assert.equal((await t.call('POST', '/v1/plan', { body: { request: 'x', model: 'gpt' } })).status, 400, 'unknown fields');
  assert.equal((await t.call('POST', '/v1/plan', { key: await t.key('operator'), body: { request: 'x' } })).status, 403);
  await t.close();
});
