/**
 * Tenant isolation and the permission table, route by route. Every API route (taken from the
 * app's own route list, so a new route without a case here fails the test) is called (1) by
 * another tenant's admin with this tenant's ids — 404, nothing leaks, nothing changes — and
 * (2) by each role — 403 exactly when the permission table says no.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiRoutes } from '../src/server/app.ts';
import { permissionTable } from '../src/server/roles.ts';
import { doc, testServer, waitForStatus, type TestServer } from '../src/server/test-helpers.ts';
import type { Plan } from '../src/planner/types.ts';
import type { Role } from '../src/store/server-types.ts';

interface Ids { wf: string; wfDel: string; run: string; failed: string; cred: string; key: string }
interface Req { method: string; path: string; body?: unknown }

let n = 0;
const gated = (id: string) => doc([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: {} }, { step_id: 'gate', kind: 'approval' }], { workflow_id: id });

/** One request per route id. */
const cases: Record<string, (i: Ids) => Req> = {
  'health': () => ({ method: 'GET', path: '/healthz' }),
  'openapi': () => ({ method: 'GET', path: '/v1/openapi.json' }),
  'docs': () => ({ method: 'GET', path: '/docs' }),
  'workflows.create': () => ({ method: 'POST', path: '/v1/workflows', body: gated(`wf_new_${++n}`) }),
  'workflows.list': () => ({ method: 'GET', path: '/v1/workflows' }),
  'workflows.validate': () => ({ method: 'POST', path: '/v1/workflows/validate', body: gated('x') }),
  'workflows.get': (i) => ({ method: 'GET', path: `/v1/workflows/${i.wf}` }),
  'workflows.update': (i) => ({ method: 'PUT', path: `/v1/workflows/${i.wf}`, body: gated(i.wf) }),
  'workflows.delete': (i) => ({ method: 'DELETE', path: `/v1/workflows/${i.wfDel}` }),
  'workflows.versions': (i) => ({ method: 'GET', path: `/v1/workflows/${i.wf}/versions` }),
  'workflows.version': (i) => ({ method: 'GET', path: `/v1/workflows/${i.wf}/versions/1` }),
  'workflows.drivers': (i) => ({ method: 'GET', path: `/v1/workflows/${i.wf}/drivers` }),
  'runs.start': (i) => ({ method: 'POST', path: `/v1/workflows/${i.wf}/runs`, body: {} }),
  'runs.list': () => ({ method: 'GET', path: '/v1/runs' }),
  'runs.get': (i) => ({ method: 'GET', path: `/v1/runs/${i.run}` }),
  'runs.cancel': (i) => ({ method: 'POST', path: `/v1/runs/${i.run}/cancel`, body: {} }),
  'runs.retry': (i) => ({ method: 'POST', path: `/v1/runs/${i.failed}/retry` }),
  'runs.events': (i) => ({ method: 'GET', path: `/v1/runs/${i.run}/events` }),
  'approvals.list': () => ({ method: 'GET', path: '/v1/approvals' }),
  'approvals.approve': (i) => ({ method: 'POST', path: `/v1/runs/${i.run}/approvals/gate/approve`, body: {} }),
  'approvals.reject': (i) => ({ method: 'POST', path: `/v1/runs/${i.run}/approvals/gate/reject`, body: {} }),
  'drivers.list': () => ({ method: 'GET', path: '/v1/drivers' }),
  'drivers.get': () => ({ method: 'GET', path: '/v1/drivers/test' }),
  'credentials.create': () => ({ method: 'POST', path: '/v1/credentials', body: { name: `c${++n}`, driver: 'vaulted', values: { token: `tok-${n}-abcdef` } } }),
  'credentials.list': () => ({ method: 'GET', path: '/v1/credentials' }),
  'credentials.delete': (i) => ({ method: 'DELETE', path: `/v1/credentials/${i.cred}` }),
  'keys.create': () => ({ method: 'POST', path: '/v1/keys', body: { name: `k${++n}`, role: 'viewer' } }),
  'keys.list': () => ({ method: 'GET', path: '/v1/keys' }),
  'keys.revoke': (i) => ({ method: 'DELETE', path: `/v1/keys/${i.key}` }),
  'audit.list': () => ({ method: 'GET', path: '/v1/audit' }),
  'settings.get': () => ({ method: 'GET', path: '/v1/settings' }),
  'settings.update': () => ({ method: 'PUT', path: '/v1/settings', body: { enabled_drivers: null } }),
  'plan.create': () => ({ method: 'POST', path: '/v1/plan', body: { request: 'echo something' } }),
  'plan.run': () => ({ method: 'POST', path: '/v1/plan/run', body: { request: 'echo something' } }),
  'ai.definitions': () => ({ method: 'GET', path: '/v1/ai/workflows/definitions' }),
  'ai.start': (i) => ({ method: 'POST', path: `/v1/ai/workflows/start?workflow_name=${i.wf}`, body: {} }),
  'ai.list': () => ({ method: 'GET', path: '/v1/ai/workflows?all=true' }),
  'ai.get': (i) => ({ method: 'GET', path: `/v1/ai/workflows/${i.run}` }),
  'ai.approve': (i) => ({ method: 'POST', path: `/v1/ai/workflows/${i.run}/approve`, body: { approved: true } }),
  'ai.cancel': (i) => ({ method: 'POST', path: `/v1/ai/workflows/${i.run}/cancel` }),
};

/** Routes that name one of the tenant's resources: another tenant gets 404. */
const byId = ['workflows.get', 'workflows.update', 'workflows.delete', 'workflows.versions', 'workflows.version', 'workflows.drivers', 'runs.start', 'runs.get', 'runs.cancel', 'runs.retry', 'runs.events', 'approvals.approve', 'approvals.reject', 'credentials.delete', 'keys.revoke', 'ai.start', 'ai.get', 'ai.approve', 'ai.cancel'];

function fakePlan(request: string): Plan {
  return {
    request, planner: 'offline', intent: 'echo', actions: [],
    template_match: { template_found: false, template_id: null, match_confidence: 0, template_actions: [], customization_needed: [] },
    dispatch: { workflow_type: 'custom', complexity: 'simple', estimate: { duration_ms: 1, basis: 'defaults', per_step: [] }, strategy: 'generate', reasoning: 'test' },
    workflow: { workflow_id: 'wf_planned', name: 'Planned', steps: [{ step_id: 's', driver: 'test', operation: 'echo', parameters: {} }] }, driver_check: { required_drivers: [], execution_ready: true }, notes: [],
  };
}

async function fixtures(t: TestServer, key: string, tag: string): Promise<Ids> {
  const wf = `wf_${tag}`;
  const must = async (method: string, path: string, body: unknown, status: number) => {
    const r = await t.call(method, path, { key, body });
    assert.equal(r.status, status, `${method} ${path}: ${r.text}`);
    return r.body;
  };
  await must('POST', '/v1/workflows', gated(wf), 201);
  await must('POST', '/v1/workflows', gated(`${wf}_del`), 201);
  await must('POST', '/v1/workflows', doc([{ step_id: 'x', driver: 'test', operation: 'boom', parameters: {} }], { workflow_id: `${wf}_bad` }), 201);
  const run = (await must('POST', `/v1/workflows/${wf}/runs`, {}, 202)).id;
  const failed = (await must('POST', `/v1/workflows/${wf}_bad/runs`, {}, 202)).id;
  await waitForStatus(t, run, ['waiting'], key);
  await waitForStatus(t, failed, ['failed'], key);
  const cred = (await must('POST', '/v1/credentials', { name: `cred_${tag}`, driver: 'vaulted', values: { token: `secret-${tag}-123456` } }, 201)).id;
  const k = await must('POST', '/v1/keys', { name: `spare_${tag}`, role: 'editor' }, 201);
  return { wf, wfDel: `${wf}_del`, run, failed, cred, key: k.id };
}

test('every route: another tenant\'s ids answer 404, lists show nothing of theirs, and nothing of theirs changes', async () => {
  const t = await testServer({ deps: { planner: async (r) => fakePlan(r) } });
  const a = await fixtures(t, t.adminKey, 'a');
  const bKey = await t.key('admin', { tenant: 'acme' });
  const b = await fixtures(t, bKey, 'b');
  const routes = apiRoutes(t.s);
  for (const r of routes) assert.ok(cases[r.spec.id], `route ${r.spec.id} has a case in this test`);
  const aSecrets = [a.wf, a.run, a.failed, a.cred, a.key, 'secret-a-123456'];
  for (const r of routes) {
    const req = cases[r.spec.id](a);
    const res = await t.call(req.method, req.path, { key: bKey, body: req.body });
    if (byId.includes(r.spec.id)) {
      assert.equal(res.status, 404, `${r.spec.id} with tenant A's ids as tenant B: ${res.status} ${res.text}`);
      assert.equal(res.body.error.code, 'not_found');
      assert.ok(!res.body.error.hint || !/tenant|forbidden|permission/i.test(res.body.error.hint), `${r.spec.id}: no hint that it exists elsewhere`);
    } else {
      assert.ok(res.status < 500, `${r.spec.id}: ${res.status} ${res.text}`);
    }
    // (B's own audit trail records the ids B sent, so it is checked by actor below.)
    if (r.spec.id !== 'audit.list') for (const secret of aSecrets) if (!req.path.includes(secret)) assert.ok(!res.text.includes(secret), `${r.spec.id} answered tenant B with tenant A's ${secret}`);
  }
  // B's own ids work for B (the 404s above were about tenancy, not broken routes).
  assert.equal((await t.call('GET', `/v1/runs/${b.run}`, { key: bKey })).status, 200);
  // Tenant A is untouched.
  assert.equal((await t.call('GET', `/v1/runs/${a.run}`)).body.status, 'waiting');
  assert.equal((await t.call('GET', `/v1/runs/${a.failed}`)).body.status, 'failed');
  assert.deepEqual((await t.call('GET', `/v1/workflows/${a.wf}/versions`)).body.versions.map((v: any) => v.version), [1]);
  assert.equal((await t.call('GET', `/v1/workflows/${a.wfDel}`)).status, 200);
  assert.deepEqual((await t.call('GET', '/v1/credentials')).body.credentials.map((c: any) => c.id), [a.cred]);
  assert.equal((await t.call('GET', '/v1/keys')).body.keys.find((k: any) => k.id === a.key).revoked_at, null);
  const audit = (await t.call('GET', '/v1/audit?limit=200')).body.entries as any[];
  const bActors = new Set(((await t.call('GET', '/v1/keys', { key: bKey })).body.keys as any[]).map((k) => k.id));
  assert.ok(audit.length > 0 && audit.every((e) => !bActors.has(e.actor)), 'tenant A\'s audit trail holds nothing done by tenant B');
  const bAudit = (await t.call('GET', '/v1/audit?limit=200', { key: bKey })).body.entries as any[];
  assert.ok(bAudit.some((e) => e.status === 404), 'tenant B\'s own attempts are in its own trail');
  assert.ok(bAudit.every((e) => bActors.has(e.actor)) && !JSON.stringify(bAudit).includes('secret-a-'), 'and nothing done by tenant A');
  await t.close();
});

test('every route × every role: 403 exactly where the permission table says no', async () => {
  const t = await testServer({ deps: { planner: async (r) => fakePlan(r) } });
  const ids = await fixtures(t, t.adminKey, 'r');
  const roles: Role[] = ['viewer', 'operator', 'editor', 'admin'];
  const keys = Object.fromEntries(await Promise.all(roles.map(async (r) => [r, r === 'admin' ? t.adminKey : await t.key(r, { name: `${r}-key` })]))) as Record<Role, string>;
  const routes = apiRoutes(t.s);
  const table: string[] = [];
  for (const r of routes) {
    assert.ok(cases[r.spec.id], `route ${r.spec.id} has a case in this test`);
    for (const role of roles) {
      const req = cases[r.spec.id](ids);
      const res = await t.call(req.method, req.path, { key: keys[role], body: req.body });
      const allowed = r.spec.permission === null || (permissionTable[r.spec.permission] as readonly string[]).includes(role);
      if (allowed) assert.ok(res.status !== 403 && res.status !== 401, `${role} may ${r.spec.id}, got ${res.status} ${res.text}`);
      else assert.equal(res.status, 403, `${role} may not ${r.spec.id}, got ${res.status} ${res.text}`);
      table.push(`${r.spec.id}:${role}:${res.status}`);
    }
  }
  assert.equal(table.length, routes.length * roles.length);
  await t.close();
});
