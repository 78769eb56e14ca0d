/**
 * The contract suite for the server's stores (API keys, audit trail, credentials, tenant
 * settings): tenant
 * scoping, revocation, append-only audit with filters and a cursor. An adapter's test file
 * calls `serverStoresContract(name, factory)`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApiKeyRow, AuditRecord, ServerStores } from './server-types.ts';

const key = (over: Partial<ApiKeyRow> = {}): ApiKeyRow => ({ id: 'key_1', tenant_id: 't1', name: 'ci', role: 'editor', prefix: 'af_live_abcdef', hash: 'h1', created_at: 1, created_by: null, revoked_at: null, ...over });
const audit = (over: Partial<AuditRecord> = {}): AuditRecord => ({ tenant_id: 't1', at: 10, actor: 'key_1', actor_name: 'ci', role: 'admin', action: 'workflows.create', target_type: 'workflow', target_id: 'wf', method: 'POST', path: '/v1/workflows', status: 201, ip: '127.0.0.1', request_id: 'r1', details: { a: 1 }, ...over });

export function serverStoresContract(name: string, make: () => Promise<{ stores: ServerStores; close(): Promise<void> }>): void {
  test(`${name}: api keys are found by prefix, listed per tenant, and revoked`, async () => {
    const { stores: { keys }, close } = await make();
    assert.equal(await keys.countAllKeys(), 0);
    await keys.insertKey(key());
    await keys.insertKey(key({ id: 'key_2', tenant_id: 't2', hash: 'h2' }));
    assert.equal(await keys.countAllKeys(), 2);
    assert.deepEqual((await keys.findKeysByPrefix('af_live_abcdef')).map((k) => k.id).sort(), ['key_1', 'key_2']);
    assert.deepEqual((await keys.listKeys('t1')).map((k) => k.id), ['key_1']);
    assert.equal(await keys.getKey('t2', 'key_1'), undefined, 'another tenant does not see it');
    assert.equal(await keys.revokeKey('t2', 'key_1', 5), false, 'another tenant cannot revoke it');
    assert.equal(await keys.revokeKey('t1', 'key_1', 5), true);
    assert.equal(await keys.revokeKey('t1', 'key_1', 6), false, 'already revoked');
    assert.deepEqual((await keys.findKeysByPrefix('af_live_abcdef')).map((k) => k.id), ['key_2'], 'revoked keys are not found');
    assert.equal((await keys.getKey('t1', 'key_1'))?.revoked_at, 5);
    await close();
  });

  test(`${name}: the audit trail appends, filters by tenant, actor, action and time, and pages newest first`, async () => {
    const { stores: { audit: log }, close } = await make();
    await log.appendAudit([audit(), audit({ at: 20, action: 'runs.start', target_type: 'run', target_id: 'run_1' }), audit({ tenant_id: 't2', at: 30 })]);
    await log.appendAudit([audit({ at: 40, actor: 'key_9', action: 'keys.create', details: null })]);
    const all = await log.listAudit('t1');
    assert.deepEqual(all.map((r) => r.at), [40, 20, 10]);
    assert.deepEqual(all[2].details, { a: 1 });
    assert.deepEqual((await log.listAudit('t1', { actor: 'key_9' })).map((r) => r.action), ['keys.create']);
    assert.deepEqual((await log.listAudit('t1', { action: 'runs.' })).map((r) => r.target_id), ['run_1'], 'a trailing dot matches a family');
    assert.deepEqual((await log.listAudit('t1', { since: 15, until: 40 })).map((r) => r.at), [20]);
    const page1 = await log.listAudit('t1', { limit: 2 });
    const page2 = await log.listAudit('t1', { limit: 2, before: page1.at(-1)!.id });
    assert.deepEqual([...page1, ...page2].map((r) => r.at), [40, 20, 10]);
    await close();
  });

  test(`${name}: credentials are unique by name per tenant, scoped, and deleted for good`, async () => {
    const { stores: { credentials }, close } = await make();
    const row = { id: 'cred_1', tenant_id: 't1', name: 'asana-prod', driver: 'asana', fields: ['token'], secret: 'v1:xxx', created_at: 1, created_by: 'key_1' };
    assert.equal(await credentials.insertCredential(row), true);
    assert.equal(await credentials.insertCredential({ ...row, id: 'cred_2' }), false, 'same name in the same tenant');
    assert.equal(await credentials.insertCredential({ ...row, id: 'cred_3', tenant_id: 't2' }), true, 'same name in another tenant');
    assert.deepEqual((await credentials.listCredentials('t1')).map((c) => [c.id, c.fields]), [['cred_1', ['token']]]);
    assert.equal(await credentials.getCredential('t2', 'cred_1'), undefined);
    assert.equal(await credentials.deleteCredential('t2', 'cred_1'), false);
    assert.equal((await credentials.loadAllCredentials()).length, 2);
    assert.equal(await credentials.deleteCredential('t1', 'cred_1'), true);
    assert.deepEqual(await credentials.listCredentials('t1'), []);
    await close();
  });

  test(`${name}: tenant settings default to absent, are replaced whole, and are scoped by tenant`, async () => {
    const { stores: { settings }, close } = await make();
    assert.equal(await settings.getSettings('t1'), undefined);
    await settings.putSettings({ tenant_id: 't1', enabled_drivers: ['slack', 'email'], updated_at: 5, updated_by: 'key_1' });
    assert.deepEqual(await settings.getSettings('t1'), { tenant_id: 't1', enabled_drivers: ['slack', 'email'], updated_at: 5, updated_by: 'key_1' });
    assert.equal(await settings.getSettings('t2'), undefined, 'another tenant has its own (none)');
    await settings.putSettings({ tenant_id: 't2', enabled_drivers: [], updated_at: 6, updated_by: null });
    assert.deepEqual((await settings.getSettings('t2'))?.enabled_drivers, [], 'an empty list is kept (no driver), not read as null');
    await settings.putSettings({ tenant_id: 't1', enabled_drivers: null, updated_at: 7, updated_by: 'key_2' });
    assert.deepEqual(await settings.getSettings('t1'), { tenant_id: 't1', enabled_drivers: null, updated_at: 7, updated_by: 'key_2' });
    assert.deepEqual((await settings.getSettings('t2'))?.enabled_drivers, [], 'unchanged by t1\'s update');
    await close();
  });
}
