/** API keys, roles, rate limits and the audit trail in-process. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKey, hashKey, keyPrefix } from './auth.ts';
import { doc, testServer } from './test-helpers.ts';

test('keys: random 256-bit keys with a visible prefix, stored as a SHA-256 hash only', async () => {
  const a = generateKey();
  assert.match(a, /^af_live_[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, generateKey());
  assert.equal(keyPrefix(a), a.slice(0, 14));
  const t = await testServer();
  const created = await t.call('POST', '/v1/keys', { body: { name: 'ci', role: 'editor' } });
  assert.equal(created.status, 201);
  const key = created.body.key as string;
  const stored = (t.s.store as unknown as { db: { prepare(s: string): { all(): unknown[] } } }).db.prepare('SELECT * FROM api_keys').all();
  assert.ok(!JSON.stringify(stored).includes(key), 'the key itself is not stored');
  assert.ok(JSON.stringify(stored).includes(hashKey(key)));
  const list = await t.call('GET', '/v1/keys');
  assert.ok(!JSON.stringify(list.body).includes(key), 'listing shows no key');
  assert.deepEqual(list.body.keys.map((k: any) => [k.name, k.role, k.prefix]), [['admin', 'admin', `${keyPrefix(t.adminKey)}…`], ['ci', 'editor', `${keyPrefix(key)}…`]]);
  assert.equal((await t.call('GET', '/v1/workflows', { key })).status, 200);
  await t.close();
});

test('auth: no key, a malformed header, a wrong key and a revoked key are 401; healthz is public', async () => {
  const t = await testServer();
  assert.equal((await t.call('GET', '/v1/workflows', { key: null })).status, 401);
  assert.equal((await t.call('GET', '/v1/workflows', { key: null, headers: { authorization: `Basic ${t.adminKey}` } })).status, 401);
  const wrong = await t.call('GET', '/v1/workflows', { key: `${t.adminKey.slice(0, -1)}x` });
  assert.equal(wrong.status, 401);
  assert.equal(wrong.body.error.code, 'unauthorized');
  const key = await t.key('viewer', { name: 'temp' });
  const id = (await t.call('GET', '/v1/keys')).body.keys.find((k: any) => k.name === 'temp').id;
  const revoked = await t.call('DELETE', `/v1/keys/${id}`);
  assert.equal(revoked.status, 200);
  assert.ok(revoked.body.revoked_at);
  assert.equal((await t.call('GET', '/v1/workflows', { key })).status, 401, 'revocation takes effect at once');
  assert.equal((await t.call('DELETE', `/v1/keys/${id}`)).status, 404);
  const adminId = (await t.call('GET', '/v1/keys')).body.keys.find((k: any) => k.name === 'admin').id;
  assert.equal((await t.call('DELETE', `/v1/keys/${adminId}`)).status, 409, 'the last admin key stays');
  const health = await t.call('GET', '/healthz', { key: null });
  assert.equal(health.status, 200);
  assert.equal(health.body.status, 'ok');
  await t.close();
});

test('roles: a viewer reads, an operator starts and decides, an editor writes workflows, only admins see keys, credentials and audit', async () => {
  const t = await testServer();
  const [viewer, operator, editor] = [await t.key('viewer'), await t.key('operator'), await t.key('editor')];
  const wf = doc([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: {} }], { workflow_id: 'wf' });
  const denied = await t.call('POST', '/v1/workflows', { key: viewer, body: wf });
  assert.equal(denied.status, 403);
  assert.equal(denied.body.error.code, 'forbidden');
  assert.match(denied.body.error.hint, /admin, editor/);
  assert.equal((await t.call('POST', '/v1/workflows', { key: operator, body: wf })).status, 403);
  assert.equal((await t.call('POST', '/v1/workflows', { key: editor, body: wf })).status, 201);
  assert.equal((await t.call('GET', '/v1/workflows/wf', { key: viewer })).status, 200);
  assert.equal((await t.call('POST', '/v1/workflows/wf/runs', { key: viewer, body: {} })).status, 403);
  assert.equal((await t.call('POST', '/v1/workflows/wf/runs', { key: operator, body: {} })).status, 202);
  for (const path of ['/v1/keys', '/v1/credentials', '/v1/audit']) {
    assert.equal((await t.call('GET', path, { key: editor })).status, 403, path);
    assert.equal((await t.call('GET', path)).status, 200, path);
  }
  await t.close();
});

test('rate limit: each key has its own bucket; over it is 429 with Retry-After', async () => {
  const t = await testServer({ config: { rateLimit: { perSecond: 2, burst: 3 } } });
  const other = await t.key('viewer');
  const codes: number[] = [];
  for (let i = 0; i < 5; i++) codes.push((await t.call('GET', '/v1/workflows')).status);
  assert.deepEqual(codes.slice(0, 2), [200, 200]);
  const limited = await t.call('GET', '/v1/workflows');
  assert.equal(limited.status, 429);
  assert.equal(limited.body.error.code, 'rate_limited');
  assert.ok(Number(limited.headers.get('retry-after')) >= 1);
  assert.equal((await t.call('GET', '/v1/workflows', { key: other })).status, 200, 'another key is not limited');
  await t.close();
});

test('audit: mutations, denials, key and credential changes are recorded with who, when, what, from where; reads are not; nothing edits it', async () => {
  const t = await testServer();
  const editor = await t.key('editor', { name: 'eddie' });
  await t.call('POST', '/v1/workflows', { key: editor, body: doc([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: {} }], { workflow_id: 'wf' }) });
  await t.call('GET', '/v1/workflows', { key: editor });
  await t.call('DELETE', '/v1/workflows/wf', { key: editor });
  await t.call('POST', '/v1/credentials', { key: editor, body: { name: 'x', driver: 'vaulted', values: { token: 'secret-token-123' } } });
  await t.call('POST', '/v1/credentials', { body: { name: 'x', driver: 'vaulted', values: { token: 'secret-token-123' } } });
  const log = await t.call('GET', '/v1/audit');
  assert.equal(log.status, 200);
  const entries = log.body.entries as any[];
  assert.deepEqual(entries.map((e) => [e.action, e.status, e.actor_name]).reverse(), [
    ['keys.create', 201, 'admin'], ['workflows.create', 201, 'eddie'], ['workflows.delete', 200, 'eddie'], ['credentials.create', 403, 'eddie'], ['credentials.create', 201, 'admin'],
  ]);
  const wfCreate = entries.find((e) => e.action === 'workflows.create');
  assert.equal(wfCreate.target_type, 'workflow');
  assert.equal(wfCreate.target_id, 'wf');
  assert.equal(wfCreate.ip, 'in-process');
  assert.ok(wfCreate.request_id && wfCreate.at && wfCreate.actor.startsWith('key_'));
  assert.ok(!JSON.stringify(entries).includes('secret-token-123'), 'credential values never reach the audit trail');
  assert.equal((await t.call('GET', '/v1/audit?action=workflows.')).body.entries.length, 2);
  assert.equal((await t.call('GET', `/v1/audit?actor=${wfCreate.actor}`)).body.entries.length, 3);
  const page = await t.call('GET', '/v1/audit?limit=2');
  assert.equal((await t.call('GET', `/v1/audit?limit=2&cursor=${page.body.next_cursor}`)).body.entries[0].id, entries[2].id);
  for (const method of ['PUT', 'DELETE', 'PATCH', 'POST']) assert.equal((await t.call(method, `/v1/audit${method === 'POST' ? '' : `/${entries[0].id}`}`, { body: {} })).status, 404, `${method} cannot change the audit trail`);
  await t.close();
});
