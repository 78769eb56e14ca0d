/** The OpenAPI document and the docs page are generated from the route definitions: complete, resolvable, public. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiRoutes } from './app.ts';
import { testServer } from './test-helpers.ts';

test('openapi: 3.1, every route with its roles, every $ref resolvable, bodies from the zod schemas', async () => {
  const t = await testServer();
  const res = await t.call('GET', '/v1/openapi.json', { key: null });
  assert.equal(res.status, 200);
  const doc = res.body;
  assert.equal(doc.openapi, '3.1.0');
  const ops = Object.entries(doc.paths).flatMap(([p, o]: [string, any]) => Object.entries(o).map(([m, op]: [string, any]) => ({ p, m, op })));
  const routes = apiRoutes(t.s).filter((r) => !['openapi', 'docs'].includes(r.spec.id));
  assert.equal(ops.length, routes.length);
  assert.equal(new Set(ops.map((o) => o.op.operationId)).size, ops.length, 'unique operation ids');
  for (const r of routes) {
    const op = doc.paths[r.spec.path.replace(/:(\w+)/g, '{$1}')]?.[r.spec.method];
    assert.ok(op, `${r.spec.method} ${r.spec.path} is documented`);
    if (r.spec.permission) assert.ok(op['x-roles'].length > 0);
    for (const m of r.spec.path.matchAll(/:(\w+)/g)) assert.ok(op.parameters.some((p: any) => p.in === 'path' && p.name === m[1]));
  }
  const text = JSON.stringify(doc);
  for (const m of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) assert.ok(doc.components.schemas[m[1]], `component ${m[1]} exists`);
  assert.ok(!text.includes('$defs'));
  const start = doc.paths['/v1/workflows/{id}/runs'].post;
  assert.ok(start.parameters.some((p: any) => p.name === 'Idempotency-Key'));
  assert.ok(start.requestBody.content['application/json'].schema);
  assert.equal(doc.components.schemas.StartRun.additionalProperties, false, 'unknown fields are rejected, and documented as such');
  assert.ok(doc.paths['/v1/runs'].get.parameters.some((p: any) => p.name === 'status' && p.in === 'query'));
  assert.ok(doc.components.schemas.Error);
  assert.deepEqual(doc.paths['/healthz'].get.security, []);
  const page = await t.call('GET', '/docs', { key: null });
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  for (const o of ops) assert.ok(page.text.includes(o.p.replace(/</g, '&lt;')), `docs show ${o.p}`);
  await t.close();
});
