/** Workflow routes in-process: create (422 report), versions, soft delete, validate, strict bodies, errors, limits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, testServer } from './test-helpers.ts';

const echo = (id: string, extra = {}) => ({ step_id: id, driver: 'test', operation: 'echo', parameters: { x: id }, ...extra });

test('workflows: create, get, update as new versions, list versions, fetch a version, delete softly', async () => {
  const t = await testServer();
  const created = await t.call('POST', '/v1/workflows', { body: doc([echo('a')], { workflow_id: 'wf_demo' }) });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.id, 'wf_demo');
  assert.equal(created.body.version, 1);
  assert.equal(created.headers.get('location'), '/v1/workflows/wf_demo');
  assert.equal((await t.call('POST', '/v1/workflows', { body: doc([echo('a')], { workflow_id: 'wf_demo' }) })).status, 409, 'the same id twice is a conflict');

  const updated = await t.call('PUT', '/v1/workflows/wf_demo', { body: doc([echo('a'), echo('b')], { name: 'second' }) });
  assert.equal(updated.status, 200, updated.text);
  assert.equal(updated.body.version, 2);
  assert.equal((await t.call('GET', '/v1/workflows/wf_demo')).body.name, 'second');
  assert.deepEqual((await t.call('GET', '/v1/workflows/wf_demo/versions')).body.versions.map((v: any) => v.version), [1, 2]);
  assert.equal((await t.call('GET', '/v1/workflows/wf_demo/versions/1')).body.document.name, 'test flow');
  assert.equal((await t.call('GET', '/v1/workflows/wf_demo/versions/9')).status, 404);
  assert.equal((await t.call('PUT', '/v1/workflows/wf_demo', { body: doc([echo('a')], { workflow_id: 'other' }) })).status, 400, 'a different workflow_id in the body');
  assert.deepEqual((await t.call('GET', '/v1/workflows')).body.workflows.map((w: any) => [w.id, w.version]), [['wf_demo', 2]]);

  assert.equal((await t.call('DELETE', '/v1/workflows/wf_demo')).status, 200);
  assert.equal((await t.call('GET', '/v1/workflows/wf_demo')).status, 404);
  assert.equal((await t.call('GET', '/v1/workflows/wf_demo/versions')).status, 404);
  assert.equal((await t.call('GET', '/v1/workflows/wf_demo/versions/1')).status, 404);
  assert.equal((await t.call('DELETE', '/v1/workflows/wf_demo')).status, 404);
  assert.deepEqual((await t.call('GET', '/v1/workflows')).body.workflows, []);
  const again = await t.call('POST', '/v1/workflows', { body: doc([echo('a')], { workflow_id: 'wf_demo' }) });
  assert.equal(again.status, 201, 'the id can be used again after a delete');
  await t.close();
});

test('workflows: an invalid document answers 422 with the validation report; validate answers the report without saving', async () => {
  const t = await testServer();
  const bad = doc([{ step_id: 'a', driver: 'tset', operation: 'echo' }, { step_id: 'b', driver: 'test', operation: 'echo', parameters: { x: '{{nope.value}}' } }]);
  const res = await t.call('POST', '/v1/workflows', { body: bad });
  assert.equal(res.status, 422);
  assert.equal(res.body.error.code, 'invalid_workflow');
  const paths = res.body.error.details.problems.map((p: any) => p.path);
  assert.ok(paths.includes('$.steps[0].driver'), JSON.stringify(paths));
  assert.ok(res.body.error.details.problems.some((p: any) => /did you mean/i.test(p.message)));
  const v = await t.call('POST', '/v1/workflows/validate', { body: bad });
  assert.equal(v.status, 200);
  assert.equal(v.body.ok, false);
  assert.ok(v.body.problems.length >= 2, 'every problem at once');
  assert.equal((await t.call('POST', '/v1/workflows/validate', { body: doc([echo('a')]) })).body.ok, true);
  assert.deepEqual((await t.call('GET', '/v1/workflows')).body.workflows, [], 'nothing was saved');
  const unknown = await t.call('POST', '/v1/workflows', { body: { ...doc([echo('a')]), colour: 'blue' } });
  assert.equal(unknown.status, 422);
  assert.ok(unknown.body.error.details.problems.some((p: any) => p.path.includes('colour')), 'unknown fields are reported with their path');
  await t.close();
});

test('errors: one JSON shape; malformed JSON 400, unknown fields 400 with their path, oversize bodies 413, unknown routes 404', async () => {
  const t = await testServer({ config: { maxBodyBytes: 2048 } });
  await t.call('POST', '/v1/workflows', { body: doc([echo('a')], { workflow_id: 'wf' }) });
  const json = await t.call('POST', '/v1/workflows/wf/runs', { body: '{"inputs": ' });
  assert.equal(json.status, 400);
  assert.equal(json.body.error.code, 'invalid_json');
  const extra = await t.call('POST', '/v1/workflows/wf/runs', { body: { inputs: {}, colour: 'blue', nested: 1 } });
  assert.equal(extra.status, 400);
  assert.deepEqual(extra.body.error.details.map((d: any) => d.path).sort(), ['$.colour', '$.nested']);
  assert.ok(extra.body.error.hint);
  const big = await t.call('POST', '/v1/workflows', { body: doc([echo('a', { description: 'x'.repeat(5000) })]) });
  assert.equal(big.status, 413);
  assert.equal(big.body.error.code, 'payload_too_large');
  const chunked = await t.app.request('/v1/workflows', { method: 'POST', headers: { authorization: `Bearer ${t.adminKey}` }, body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('x'.repeat(4096))); c.close(); } }), duplex: 'half' } as RequestInit);
  assert.equal(chunked.status, 413, 'also without Content-Length');
  const query = await t.call('GET', '/v1/runs?colour=blue');
  assert.equal(query.status, 400);
  assert.equal(query.body.error.details[0].path, '$query.colour');
  const none = await t.call('GET', '/v1/nothing');
  assert.equal(none.status, 404);
  assert.equal(none.body.error.code, 'not_found');
  assert.ok(none.headers.get('x-request-id'));
  await t.close();
});
