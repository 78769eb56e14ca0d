/**
 * Tenant settings over HTTP: GET/PUT /v1/settings (roles, canonical names, 422 with "did you
 * mean" on unknown names, audit), drivers marked enabled, the planner given the tenant's
 * enabled drivers, history and templates, and runs refused when they use a disabled driver.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRegistry } from '../drivers/all.ts';
import type { PlanDeps } from '../planner/plan.ts';
import type { Plan, PlanOptions } from '../planner/types.ts';
import type { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { SqliteTemplateStore } from '../store/sqlite/templates-store.ts';
import { doc, testServer, waitForStatus } from './test-helpers.ts';

function fakePlan(request: string): Plan {
  return {
    request, planner: 'offline', intent: 'echo', actions: [],
    template_match: { template_found: false, template_id: null, match_confidence: 0, template_actions: [], customization_needed: [] },
    dispatch: { workflow_type: 'custom', complexity: 'simple', estimate: { duration_ms: 1, basis: 'defaults', per_step: [] }, strategy: 'generate', reasoning: 'test' },
    workflow: { workflow_id: 'wf_planned', name: 'Planned', steps: [{ step_id: 'say', driver: 'test', operation: 'echo', parameters: {} }] }, driver_check: { required_drivers: [], execution_ready: true }, notes: [],
  };
}

test('settings: every role reads them (null = every driver); admins set them, canonicalised and audited; others get 403', async () => {
  const t = await testServer();
  const viewer = await t.key('viewer');
  const editor = await t.key('editor');
  const initial = await t.call('GET', '/v1/settings', { key: viewer });
  assert.equal(initial.status, 200, initial.text);
  assert.deepEqual(initial.body, { tenant: 'default', enabled_drivers: null, updated_at: null, updated_by: null });
  const denied = await t.call('PUT', '/v1/settings', { key: editor, body: { enabled_drivers: ['test'] } });
  assert.equal(denied.status, 403);
  assert.match(denied.body.error.hint, /admin/);
  const put = await t.call('PUT', '/v1/settings', { body: { enabled_drivers: ['VAULTED', 'test_driver', 'test'] } });
  assert.equal(put.status, 200, put.text);
  assert.deepEqual(put.body.enabled_drivers, ['test', 'vaulted'], 'canonical, sorted, without duplicates');
  assert.ok(put.body.updated_at && put.body.updated_by);
  assert.deepEqual((await t.call('GET', '/v1/settings', { key: viewer })).body.enabled_drivers, ['test', 'vaulted']);
  assert.deepEqual((await t.call('GET', '/v1/settings', { key: await t.key('admin', { tenant: 'acme' }) })).body.enabled_drivers, null, 'another tenant keeps its own');
  const entry = (await t.call('GET', '/v1/audit?action=settings.')).body.entries as any[];
  assert.deepEqual(entry.map((e) => [e.action, e.status]), [['settings.update', 200], ['settings.update', 403]]);
  assert.deepEqual(entry[0].details.enabled_drivers, ['test', 'vaulted']);
  assert.equal((await t.call('PUT', '/v1/settings', { body: { enabled_drivers: null } })).body.enabled_drivers, null);
  assert.equal((await t.call('PUT', '/v1/settings', { body: { enabled_drivers: 'test' } })).status, 400, 'not a list');
  assert.equal((await t.call('PUT', '/v1/settings', { body: { enabled_drivers: [], extra: 1 } })).status, 400, 'unknown fields rejected');
  await t.close();
});

test('settings: unknown driver names are 422 with the valid names and "did you mean"', async () => {
  const t = await testServer();
  const r = await t.call('PUT', '/v1/settings', { body: { enabled_drivers: ['test', 'vaultd', 'nope_at_all'] } });
  assert.equal(r.status, 422, r.text);
  assert.equal(r.body.error.code, 'unknown_driver');
  assert.match(r.body.error.message, /'vaultd' \(did you mean 'vaulted'\?\)/);
  assert.match(r.body.error.message, /'nope_at_all'/);
  assert.match(r.body.error.hint, /Valid drivers: .*test.*vaulted/);
  assert.deepEqual(r.body.error.details.unknown, [{ name: 'vaultd', did_you_mean: 'vaulted' }, { name: 'nope_at_all', did_you_mean: null }]);
  assert.equal((await t.call('GET', '/v1/settings')).body.enabled_drivers, null, 'nothing changed');
  await t.close();
});

test('drivers: the catalogue marks each driver enabled for the caller\'s tenant', async () => {
  const t = await testServer();
  const all = (await t.call('GET', '/v1/drivers')).body.drivers as any[];
  assert.ok(all.length > 1 && all.every((d) => d.enabled === true));
  await t.call('PUT', '/v1/settings', { body: { enabled_drivers: ['vaulted'] } });
  const after = (await t.call('GET', '/v1/drivers')).body.drivers as any[];
  assert.deepEqual(after.filter((d) => d.enabled).map((d) => d.name), ['vaulted']);
  assert.equal((await t.call('GET', '/v1/drivers/test')).body.enabled, false);
  assert.equal((await t.call('GET', '/v1/drivers/vaulted')).body.enabled, true);
  await t.close();
});

test('plan: the planner gets the tenant\'s enabled drivers, its run history and its saved templates', async () => {
  const seen: { deps: PlanDeps; opts: PlanOptions }[] = [];
  const t = await testServer({ deps: { planner: async (r, deps, opts) => { seen.push({ deps, opts }); return fakePlan(r); } } });
  await new SqliteTemplateStore((t.s.store as SqliteStore).db).saveTemplate('default', 'tpl_mine', () => ({ name: 'Mine', doc: { template_id: 'tpl_mine', name: 'Mine' } }), 1);
  await new SqliteTemplateStore((t.s.store as SqliteStore).db).saveTemplate('acme', 'tpl_theirs', () => ({ name: 'Theirs', doc: { template_id: 'tpl_theirs', name: 'Theirs' } }), 1);
  assert.equal((await t.call('POST', '/v1/plan', { body: { request: 'echo' } })).status, 200);
  assert.equal(seen[0].opts.enabledDrivers, undefined, 'every driver by default');
  assert.deepEqual(seen[0].deps.userTemplates, [{ template_id: 'tpl_mine', name: 'Mine' }], 'only the tenant\'s own templates');
  assert.deepEqual(seen[0].deps.history, {});
  // A finished run gives history.
  const run = await t.call('POST', '/v1/plan/run', { body: { request: 'echo' } });
  assert.equal(run.status, 202, run.text);
  await waitForStatus(t, run.body.run.id, ['completed']);
  await t.call('PUT', '/v1/settings', { body: { enabled_drivers: ['test'] } });
  assert.equal((await t.call('POST', '/v1/plan', { body: { request: 'echo' } })).status, 200);
  assert.deepEqual(seen.at(-1)!.opts.enabledDrivers, ['test']);
  assert.equal(seen.at(-1)!.deps.history?.['test.echo']?.count, 1);
  await t.close();
});

test('plan: with only slack enabled, "create an Asana task and notify #dev" plans no Asana step and says why', async () => {
  const t = await testServer({ deps: { registry: builtinRegistry() } });
  assert.equal((await t.call('PUT', '/v1/settings', { body: { enabled_drivers: ['slack'] } })).status, 200);
  const p = await t.call('POST', '/v1/plan', { body: { request: 'create an Asana task and notify #dev' } });
  assert.equal(p.status, 200, p.text);
  const drivers = (p.body.workflow.steps as any[]).map((s) => s.driver);
  assert.ok(!drivers.includes('asana'), `no asana step: ${JSON.stringify(drivers)}`);
  assert.ok(drivers.includes('slack'), 'the slack part is planned');
  assert.ok((p.body.notes as string[]).some((n) => /Asana.*not among the enabled drivers \(slack\).*PUT \/v1\/settings/.test(n)), JSON.stringify(p.body.notes));
  // With every driver enabled the same request plans Asana.
  await t.call('PUT', '/v1/settings', { body: { enabled_drivers: null } });
  const all = await t.call('POST', '/v1/plan', { body: { request: 'create an Asana task and notify #dev' } });
  assert.ok((all.body.workflow.steps as any[]).some((s) => s.driver === 'asana'));
  await t.close();
});

test('runs: starting a workflow that uses a disabled driver is refused with the steps, drivers and how to enable them', async () => {
  const t = await testServer({ deps: { planner: async (r) => fakePlan(r) } });
  const wf = doc([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: {} }, { step_id: 'b', driver: 'vaulted', operation: 'call', parameters: {} }], { workflow_id: 'wf_mixed' });
  assert.equal((await t.call('POST', '/v1/workflows', { body: wf })).status, 201);
  await t.call('PUT', '/v1/settings', { body: { enabled_drivers: ['vaulted'] } });
  const r = await t.call('POST', '/v1/workflows/wf_mixed/runs', { body: { check_drivers: false } });
  assert.equal(r.status, 422, r.text);
  assert.equal(r.body.error.code, 'drivers_disabled');
  assert.match(r.body.error.message, /step a uses test, which this tenant has not enabled \(enabled: vaulted\)/);
  assert.match(r.body.error.hint, /PUT \/v1\/settings \{"enabled_drivers": \["vaulted","test"\]\}/);
  assert.deepEqual(r.body.error.details.disabled, [{ driver: 'test', steps: ['a'] }]);
  assert.equal((await t.call('POST', '/v1/ai/workflows/start?workflow_name=wf_mixed', { body: {} })).status, 422, 'the compat start route too');
  const pr = await t.call('POST', '/v1/plan/run', { body: { request: 'echo' } });
  assert.equal(pr.status, 422, pr.text);
  assert.equal(pr.body.error.code, 'drivers_disabled');
  assert.equal((await t.call('GET', '/v1/workflows/wf_planned')).status, 404, 'plan/run saved nothing');
  assert.deepEqual((await t.call('GET', '/v1/runs')).body.runs, [], 'no run was created');
  await t.call('PUT', '/v1/settings', { body: { enabled_drivers: ['test', 'vaulted'] } });
  assert.equal((await t.call('POST', '/v1/workflows/wf_mixed/runs', { body: { check_drivers: false } })).status, 202);
  await t.close();
});
