/**
 * Failure handling of the Asana driver (and the shared http-client under it): 429 with
 * Retry-After, 5xx, 401 without leaking the token, missing token, unreachable host, timeout.
 */
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeAsana } from '../../dev-services/fake-asana.ts';
import { runOperation, testContext, type TestContextOptions } from '../test-context.ts';
import { isError } from '../test-errors.ts';
import { AutoflowError } from '../../platform/errors.ts';
import { asanaDriver } from './index.ts';

const fake = new FakeAsana();
const seedInput = { name: 'Bug fix', project_id: 'project_123', priority: 'high' };
const ctxWith = (env: Record<string, string>, opts: TestContextOptions = {}) => testContext(asanaDriver, { env: { AUTOFLOW_ASANA_BASE_URL: fake.baseUrl, ...env }, ...opts });

before(async () => { await fake.listen(); });
after(async () => { await fake.close(); });
beforeEach(() => fake.reset());

test('429 with Retry-After is retryable with retryAfterMs, then the retry succeeds', async () => {
  fake.failNext(1, 429, { retryAfterSec: 7 });
  const ctx = ctxWith({ AUTOFLOW_ASANA_TOKEN: fake.token });
  await assert.rejects(runOperation(asanaDriver, 'create_task', seedInput, ctx), isError((d) => d.code === 'rate_limited' && d.retryable === true && d.retryAfterMs === 7000 && d.status === 429));
  const out = await runOperation(asanaDriver, 'create_task', seedInput, ctx);
  assert.equal(out.status, 'created');
  assert.equal(fake.calls('POST', '/tasks').length, 2);
});

test('5xx is retryable; 4xx is not', async () => {
  const ctx = ctxWith({ AUTOFLOW_ASANA_TOKEN: fake.token });
  fake.failNext(1, 503);
  await assert.rejects(runOperation(asanaDriver, 'create_task', seedInput, ctx), isError((d) => d.code === 'upstream_error' && d.retryable === true));
  const { task_id } = await runOperation(asanaDriver, 'create_task', seedInput, ctx);
  await assert.rejects(
    runOperation(asanaDriver, 'update_task', { task_id, assignee: 'developer_team' }, ctx),
    isError((d) => d.code === 'upstream_rejected' && d.retryable === false && d.status === 400 && /assignee: Not a recognized ID/.test(d.message)),
  );
});

test('401 names the env var in the hint and never echoes the token', async () => {
  const secret = 'wrong-token-8c1f0e77d2';
  // Overridden credentials bypass the registry, so the secret is not registered for global redaction:
  // this checks the http-client's own scrubbing of response bodies.
  fake.failNext(1, 401, { body: { errors: [{ message: `Not Authorized: bearer ${secret} is unknown` }] } });
  const ctx = ctxWith({}, { credentials: { token: secret } });
  await assert.rejects(runOperation(asanaDriver, 'create_task', seedInput, ctx), (e: unknown) => {
    assert.ok(e instanceof AutoflowError);
    assert.equal(e.data.code, 'credentials_invalid');
    assert.equal(e.data.retryable, false);
    assert.match(e.data.hint!, /AUTOFLOW_ASANA_TOKEN/);
    assert.doesNotMatch(JSON.stringify(e.data) + e.message, new RegExp(secret));
    assert.match(e.message, /Not Authorized: bearer \*\*\* is unknown/);
    return true;
  });
  // The real fake answer to a wrong token is 401 too.
  await assert.rejects(runOperation(asanaDriver, 'create_task', seedInput, ctx), isError((d) => d.status === 401 && !d.message.includes(secret)));
});

test('a missing token fails before any request with a credentials hint', async () => {
  await assert.rejects(runOperation(asanaDriver, 'create_task', seedInput, ctxWith({})), isError((d) => d.code === 'credentials_missing' && /AUTOFLOW_ASANA_TOKEN/.test(d.hint ?? '')));
  assert.equal(fake.requests.length, 0);
});

test('an unreachable base URL is a retryable network error naming the setting', async () => {
  const closed = new FakeAsana();
  await closed.listen();
  const url = closed.baseUrl;
  await closed.close();
  const ctx = testContext(asanaDriver, { env: { AUTOFLOW_ASANA_BASE_URL: url, AUTOFLOW_ASANA_TOKEN: 'tok-123456' } });
  await assert.rejects(runOperation(asanaDriver, 'create_task', seedInput, ctx), isError((d) => d.code === 'network_error' && d.retryable === true && /AUTOFLOW_ASANA_BASE_URL/.test(d.hint ?? '')));
});

test('ctx.signal aborts the request with the engine\'s reason', async () => {
  const ac = new AbortController();
  const reason = new Error('step timed out');
  ac.abort(reason);
  const ctx = ctxWith({ AUTOFLOW_ASANA_TOKEN: fake.token }, { signal: ac.signal });
  await assert.rejects(runOperation(asanaDriver, 'create_task', seedInput, ctx), (e) => e === reason);
});
