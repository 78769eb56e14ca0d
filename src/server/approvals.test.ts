/** Approval routes in-process: pending list (who, since when), one decision wins, approvers enforced, reject fails the run. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, testServer, waitForStatus } from './test-helpers.ts';

test('approvals: listed with message, approvers and since when; the first decision wins, a second gets 409', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'gate', kind: 'approval', message: 'Deploy?', approvers: ['ann'] }, { step_id: 'after', driver: 'test', operation: 'echo', parameters: {} }], { workflow_id: 'wf' }) });
  const runId = (await t.call('POST', '/v1/workflows/wf/runs', { body: {} })).body.id;
  await waitForStatus(t, runId, ['waiting']);
  const list = await t.call('GET', '/v1/approvals', { key: await t.key('viewer') });
  assert.equal(list.status, 200);
  const [a] = list.body.approvals;
  assert.deepEqual([a.run_id, a.step_id, a.message, a.approvers], [runId, 'gate', 'Deploy?', ['ann']]);
  assert.ok(Date.parse(a.requested_at) > 0);
  assert.deepEqual(a.may_act.roles, ['admin', 'editor', 'operator']);
  assert.equal(list.body.next_cursor, null);
  const paged = await t.call('GET', '/v1/approvals?limit=1');
  assert.equal(paged.body.next_cursor, runId, 'pages of waiting runs');
  assert.deepEqual((await t.call('GET', `/v1/approvals?limit=1&cursor=${runId}`)).body.approvals, []);

  const bob = await t.key('operator', { name: 'bob' });
  const ann = await t.key('operator', { name: 'ann' });
  const notApprover = await t.call('POST', `/v1/runs/${runId}/approvals/gate/approve`, { key: bob, body: {} });
  assert.equal(notApprover.status, 403);
  const both = await Promise.all([
    t.call('POST', `/v1/runs/${runId}/approvals/gate/approve`, { key: ann, body: { comment: 'ship it' } }),
    t.call('POST', `/v1/runs/${runId}/approvals/gate/reject`, { key: ann, body: { comment: 'wait' } }),
  ]);
  assert.deepEqual(both.map((r) => r.status).sort(), [200, 409], 'one decision wins');
  const winner = both.find((r) => r.status === 200)!.body;
  const done = await waitForStatus(t, runId, ['completed', 'failed']);
  assert.equal(done.status, winner.decision === 'approved' ? 'completed' : 'failed');
  assert.equal((await t.call('POST', `/v1/runs/${runId}/approvals/gate/approve`, { key: ann, body: {} })).status, 409);
  assert.deepEqual((await t.call('GET', '/v1/approvals')).body.approvals, []);
  assert.equal((await t.call('POST', `/v1/runs/${runId}/approvals/nope/approve`, { body: {} })).status, 404);
  await t.close();
});

test('approvals: a rejection fails the run with the comment', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'gate', kind: 'approval' }], { workflow_id: 'wf' }) });
  const runId = (await t.call('POST', '/v1/workflows/wf/runs', { body: {} })).body.id;
  await waitForStatus(t, runId, ['waiting']);
  const r = await t.call('POST', `/v1/runs/${runId}/approvals/gate/reject`, { body: { comment: 'too risky' } });
  assert.deepEqual([r.status, r.body.decision, r.body.by], [200, 'rejected', 'admin']);
  const done = await waitForStatus(t, runId, ['failed']);
  assert.match(done.results.gate.error.message, /too risky/);
  await t.close();
});
