/**
 * Asana driver conformance: every operation (and the health check) runs against Prism mocking
 * Asana's official OpenAPI description; no request may draw a request violation. A request
 * broken on purpose proves Prism would catch a non-conforming driver.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { asanaDriver } from '../../src/drivers/asana/index.ts';
import { asanaClient } from '../../src/drivers/asana/client.ts';
import { runOperation, testContext } from '../../src/drivers/test-context.ts';
import { createHttpClient } from '../../src/drivers/http-client.ts';
import { assertConforms, recordingFetch, skipWithoutSpec, startPrism, vendorSpec, type PrismMock } from './prism.ts';

const SPEC = 'asana_oas.yaml';

describe('asana driver conforms to asana_oas.yaml', { skip: skipWithoutSpec(SPEC) }, () => {
  let prism: PrismMock;
  const { fetch: recording, exchangesOf } = recordingFetch(fetch);
  const ctx = () => testContext(asanaDriver, { env: { AUTOFLOW_ASANA_BASE_URL: prism.baseUrl, AUTOFLOW_ASANA_TOKEN: 'conformance-token-1234', AUTOFLOW_ASANA_WORKSPACE: '12345' }, fetch: recording });

  before(async () => { prism = await startPrism(vendorSpec(SPEC)); });
  after(async () => { await prism?.stop(); });

  test('create_task (seed parameters) conforms', async () => {
    let out: Record<string, any> = {};
    assertConforms(await exchangesOf(async () => {
      out = await runOperation(asanaDriver, 'create_task', {
        name: 'Bug fix - Database connection timeout', description: 'Investigate and fix database connection timeout issues',
        priority: 'high', project_id: '1204000000000001', assignee: 'developer_team', due_date: '2025-07-20',
      }, ctx());
    }));
    assert.equal(out.status, 'created');
    assert.match(out.task_url, /^https:\/\/app\.asana\.com\/0\/\d+\/\d+$/);
  });

  test('create_task in a workspace with a user assignee conforms', async () => {
    assertConforms(await exchangesOf(() => runOperation(asanaDriver, 'create_task', { name: 'Loose task', assignee: 'me', priority: 'low' }, ctx())));
  });

  test('create_task with a project name: the GET /projects lookup and the create conform', async () => {
    // Prism answers GET /projects with the spec's example page (a project named "Stuff to buy" and a
    // next_page offset), so the follow-up request with `offset` is checked too.
    let out: Record<string, any> = {};
    const exchanges = await exchangesOf(async () => {
      out = await runOperation(asanaDriver, 'create_task', { name: 'Buy milk', project: 'stuff to buy' }, ctx());
    });
    assertConforms(exchanges);
    const lookups = exchanges.filter((ex) => ex.method === 'GET');
    assert.ok(lookups.length >= 1);
    assert.match(lookups[0].path, /^\/projects\?/);
    const q = new URL(lookups[0].path, 'http://x').searchParams;
    assert.deepEqual([q.get('workspace'), q.get('archived'), q.get('limit'), q.get('opt_fields')], ['12345', 'false', '100', 'name']);
    assert.ok(lookups.length >= 2 && /[?&]offset=/.test(lookups[1].path), 'the next page is requested with next_page.offset');
    assert.equal(exchanges.at(-1)!.method, 'POST');
    assert.match(out.project_id ?? '', /^\d+$/);
  });

  test('update_task with every field conforms', async () => {
    assertConforms(await exchangesOf(() => runOperation(asanaDriver, 'update_task', {
      task_id: '1204000000000002', name: 'Renamed', description: 'New notes', assignee: 'alice@example.com', due_date: '2025-08-01', completed: false,
    }, ctx())));
    assertConforms(await exchangesOf(() => runOperation(asanaDriver, 'update_task', { task_id: '1204000000000002', assignee: null, due_date: null }, ctx())));
  });

  test('complete_task, add_comment, delete_task conform', async () => {
    assertConforms(await exchangesOf(() => runOperation(asanaDriver, 'complete_task', { task_id: '1204000000000002' }, ctx())));
    assertConforms(await exchangesOf(() => runOperation(asanaDriver, 'add_comment', { task_id: '1204000000000002', text: 'Fixed in release 1.2' }, ctx())));
    assertConforms(await exchangesOf(() => runOperation(asanaDriver, 'delete_task', { task_id: '1204000000000002' }, ctx())));
  });

  test('health (GET /users/me) conforms', async () => {
    let ok = false;
    assertConforms(await exchangesOf(async () => { ok = (await asanaDriver.health!(ctx())).ok; }));
    assert.equal(ok, true);
  });

  test('Prism catches broken requests (the check can fail)', async () => {
    // No body at all on POST /tasks: the spec marks the request body required.
    const noBody = await exchangesOf(() => asanaClient(ctx()).request({ method: 'POST', path: 'tasks' }).catch(() => undefined));
    assert.ok(noBody[0].requestViolations.some((v) => v.code === 'required'), JSON.stringify(noBody));
    assert.ok(noBody[0].status >= 400);
    // The driver's own request path with an input that skipped validation: a malformed due date.
    const badDate = await exchangesOf(() => asanaDriver.operations.create_task.run({ name: 'x', project_id: '1', due_date: '20/07/2025' } as any, ctx()).catch(() => undefined));
    assert.ok(badDate[0].requestViolations.some((v) => v.location.join('.') === 'request.body.data.due_on'), JSON.stringify(badDate));
    // A project lookup with a page size over the spec's maximum of 100.
    const bigPage = await exchangesOf(() => asanaClient(ctx()).request({ path: 'projects', query: { workspace: '12345', limit: 500 } }).catch(() => undefined));
    assert.ok(bigPage[0].requestViolations.some((v) => v.location.join('.') === 'request.query.limit'), JSON.stringify(bigPage));
    // No Bearer token: Prism enforces the spec's security schemes.
    const anon = createHttpClient(ctx(), { service: 'Asana', baseUrl: prism.baseUrl, requireToken: false });
    const noAuth = await exchangesOf(() => anon.request({ path: 'users/me' }).catch(() => undefined));
    assert.equal(noAuth[0].status, 401);
    assert.ok(noAuth[0].requestViolations.some((v) => v.code === 401), JSON.stringify(noAuth));
  });
});
