/** The SQLite server stores against their contract, plus the append-only guarantee of the audit table. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from './sqlite-store.ts';
import { sqliteServerStores } from './server-stores.ts';
import { serverStoresContract } from '../server-contract.ts';

serverStoresContract('sqlite', async () => {
  const store = new SqliteStore({ file: ':memory:' });
  return { stores: sqliteServerStores(store), close: () => store.close() };
});

test('sqlite: audit rows cannot be updated or deleted, even with SQL', async () => {
  const store = new SqliteStore({ file: ':memory:' });
  const { audit } = sqliteServerStores(store);
  await audit.appendAudit([{ tenant_id: 't1', at: 1, actor: 'k', actor_name: null, role: null, action: 'x', target_type: null, target_id: null, method: null, path: null, status: null, ip: null, request_id: null, details: null }]);
  assert.throws(() => store.db.exec("UPDATE audit SET action = 'y'"), /append-only/);
  assert.throws(() => store.db.exec('DELETE FROM audit'), /append-only/);
  assert.equal((await audit.listAudit('t1')).length, 1);
  await store.close();
});
