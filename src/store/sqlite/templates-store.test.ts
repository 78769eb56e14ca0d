/** Migration 3: user-saved templates (versioned, per tenant) and per-operation duration history. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from './sqlite-store.ts';
import { SqliteTemplateStore } from './templates-store.ts';
import { operationHistory } from './operation-history.ts';
import { sampleRun } from '../contract.ts';
import type { StepRow } from '../types.ts';

test('templates: each save is a new version; list shows the newest; delete hides every version; tenants are separate', async () => {
  const store = new SqliteStore({ file: ':memory:' });
  assert.ok((store.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).some((r) => r.version === 3));
  const t = new SqliteTemplateStore(store.db);
  const a1 = await t.saveTemplate('t1', 'weekly', (v) => ({ name: 'Weekly', doc: { template_id: 'weekly', version: v } }), 1000, 'maria');
  const a2 = await t.saveTemplate('t1', 'weekly', (v) => ({ name: 'Weekly 2', doc: { template_id: 'weekly', version: v } }), 2000);
  await t.saveTemplate('t1', 'other', (v) => ({ name: 'Other', doc: { template_id: 'other', version: v } }), 3000);
  assert.deepEqual([a1.version, a2.version], [1, 2]);
  assert.deepEqual((await t.listTemplates('t1')).map((r) => [r.id, r.version, r.doc.version]), [['other', 1, 1], ['weekly', 2, 2]]);
  assert.equal((await t.getTemplate('t1', 'weekly', 1))!.created_by, 'maria');
  assert.deepEqual(await t.listTemplates('t2'), []);
  assert.equal(await t.deleteTemplate('t1', 'weekly', 4000), true);
  assert.equal(await t.getTemplate('t1', 'weekly'), undefined);
  assert.equal(await t.deleteTemplate('t1', 'weekly', 5000), false);
  await store.close();
});

test('operation history: median duration of completed action steps per driver.operation, from the tenant\'s finished runs', async () => {
  const store = new SqliteStore({ file: ':memory:' });
  const doc = { name: 'w', steps: [{ step_id: 'a', driver: 'asana_driver', operation: 'create_task' }, { step_id: 'l', kind: 'loop', items: [1], steps: [{ step_id: 's', driver: 'slack', operation: 'send_message' }] }] };
  const step = (runId: string, key: string, id: string, ms: number, over: Partial<StepRow> = {}): StepRow => ({ run_id: runId, step_key: key, step_id: id, kind: 'action', status: 'completed', attempt: 1, idempotency_key: null, input: null, output: null, error: null, state: null, started_at: 10_000, ended_at: 10_000 + ms, wake_at: null, ...over });
  const durations = [[100, 30], [300, 10], [200, 20]];
  for (const [i, [a, s]] of durations.entries()) {
    const run = sampleRun({ tenant_id: 'tA', doc, status: 'completed', ended_at: 20_000 + i, workflow_version: 1 });
    await store.apply([[{ op: 'insertRun', run }, { op: 'putStep', step: step(run.id, 'a', 'a', a) }, { op: 'putStep', step: step(run.id, 'l[0]/s', 's', s) }, { op: 'putStep', step: step(run.id, 'x', 'a', 99_999, { status: 'failed' }) }]]);
  }
  const unfinished = sampleRun({ tenant_id: 'tA', doc, status: 'running' });
  await store.apply([[{ op: 'insertRun', run: unfinished }, { op: 'putStep', step: step(unfinished.id, 'a', 'a', 5) }]]);
  assert.deepEqual(operationHistory(store.db, 'tA'), { 'asana.create_task': { count: 3, p50_ms: 200 }, 'slack.send_message': { count: 3, p50_ms: 20 } });
  assert.deepEqual(operationHistory(store.db, 'tB'), {});
  assert.deepEqual(operationHistory(store.db, 'tA', { runs: 2 })['asana.create_task'], { count: 2, p50_ms: 250 });
  await store.close();
});
