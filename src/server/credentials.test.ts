/** The vault: AES-256-GCM at rest, a 0600 key file, values never returned, logged or put in run history, used by runs of their tenant only. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { statSync, readFileSync } from 'node:fs';
import { decryptValue, encryptValue, loadEncryptionKey } from './vault.ts';
import { doc, testServer, vaultedCalls, waitForStatus } from './test-helpers.ts';
import { scratchDir } from '../platform/scratch-dir.ts';

test('vault: AES-256-GCM values are bound to their tenant and id; the key file is created once with mode 0600', () => {
  const key = randomBytes(32);
  const blob = encryptValue(key, '{"token":"abc"}', 't1:cred_1');
  assert.ok(!blob.includes('abc'));
  assert.equal(decryptValue(key, blob, 't1:cred_1'), '{"token":"abc"}');
  assert.throws(() => decryptValue(key, blob, 't2:cred_1'), 'another tenant\'s id does not decrypt it');
  assert.throws(() => decryptValue(randomBytes(32), blob, 't1:cred_1'));
  assert.notEqual(encryptValue(key, 'x', 'a'), encryptValue(key, 'x', 'a'), 'a fresh nonce each time');
  const dir = scratchDir('af-vault-');
  const first = loadEncryptionKey({ dataDir: dir });
  assert.equal(first.source, 'new-file');
  assert.equal(statSync(first.file!).mode & 0o777, 0o600);
  const second = loadEncryptionKey({ dataDir: dir });
  assert.equal(second.source, 'file');
  assert.deepEqual(second.key, first.key);
  assert.equal(loadEncryptionKey({ dataDir: dir, encryptionKey: randomBytes(32).toString('base64') }).source, 'env');
  assert.throws(() => loadEncryptionKey({ dataDir: dir, encryptionKey: 'too-short' }), /32 bytes/);
  assert.ok(readFileSync(first.file!, 'utf8').trim().length > 40);
});

test('credentials: created by admins, listed without values, used by the tenant\'s runs, never in responses, history or audit', async () => {
  const t = await testServer();
  const secret = 'vault-token-7c1f9a';
  const created = await t.call('POST', '/v1/credentials', { body: { name: 'svc', driver: 'vaulted_driver', values: { token: secret } } });
  assert.equal(created.status, 201, created.text);
  assert.deepEqual([created.body.driver, created.body.fields], ['vaulted', ['token']]);
  assert.ok(!created.text.includes(secret));
  const stored = JSON.stringify((t.s.store as unknown as { db: { prepare(s: string): { all(): unknown[] } } }).db.prepare('SELECT * FROM credentials').all());
  assert.ok(!stored.includes(secret), 'encrypted at rest');
  assert.equal((await t.call('POST', '/v1/credentials', { body: { name: 'svc', driver: 'vaulted', values: { token: 'x1234' } } })).status, 409);
  const unknownField = await t.call('POST', '/v1/credentials', { body: { name: 'svc2', driver: 'vaulted', values: { tokn: 'x1234' } } });
  assert.equal(unknownField.status, 400);
  assert.equal(unknownField.body.error.details[0].path, '$.values.tokn');
  assert.equal((await t.call('POST', '/v1/credentials', { body: { name: 'svc3', driver: 'nope', values: { token: 'x1234' } } })).status, 400);

  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'v', driver: 'vaulted', operation: 'call', parameters: { echo: 'hi' } }], { workflow_id: 'wf' }) });
  const run = await t.call('POST', '/v1/workflows/wf/runs', { body: {} });
  assert.equal(run.status, 202, run.text);
  const done = await waitForStatus(t, run.body.id, ['completed']);
  assert.equal(vaultedCalls.at(-1), secret, 'the driver got the vault value');
  assert.equal(done.results.v.result.token_used, '***', 'the value is redacted from run history');
  const everything = JSON.stringify([done, (await t.call('GET', `/v1/runs/${run.body.id}/events`)).body, (await t.call('GET', '/v1/credentials')).body, (await t.call('GET', '/v1/audit')).body]);
  assert.ok(!everything.includes(secret));
  const steps = JSON.stringify(await t.s.store.getSteps(run.body.id));
  assert.ok(!steps.includes(secret), 'not in stored step rows');

  const other = await t.key('admin', { tenant: 'acme' });
  await t.call('POST', '/v1/workflows', { key: other, body: doc([{ step_id: 'v', driver: 'vaulted', operation: 'call', parameters: {} }], { workflow_id: 'wf' }) });
  assert.equal((await t.call('POST', '/v1/workflows/wf/runs', { key: other, body: {} })).status, 409, 'another tenant does not get these credentials');
  const id = created.body.id;
  assert.equal((await t.call('DELETE', `/v1/credentials/${id}`, { key: other })).status, 404);
  assert.equal((await t.call('DELETE', `/v1/credentials/${id}`)).status, 200);
  assert.deepEqual((await t.call('GET', '/v1/credentials')).body.credentials, []);
  assert.equal((await t.call('POST', '/v1/workflows/wf/runs', { body: {} })).status, 409, 'deleted: drivers not ready again');
  await t.close();
});
