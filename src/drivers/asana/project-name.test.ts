/**
 * asana.create_task with a project given by name: looked up with GET /projects in the workspace
 * (case-insensitive, exact spelling first, paginated), the gid sent on POST /tasks; unknown,
 * ambiguous or workspace-less names fail clearly before a task is created; gids skip the lookup.
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeAsana, FAKE_ASANA_WORKSPACE } from '../../dev-services/fake-asana.ts';
import { runOperation, testContext } from '../test-context.ts';
import { asanaDriver } from './index.ts';
import { isGid, pickProject } from './find-project.ts';

const SUPPORT = '1400000000000001';
const Q3 = '1400000000000002';
const fake = new FakeAsana();
const env = (extra: Record<string, string> = {}) => ({ AUTOFLOW_ASANA_BASE_URL: fake.baseUrl, AUTOFLOW_ASANA_TOKEN: fake.token, ...extra });
const run = (input: Record<string, unknown>, extraEnv: Record<string, string> = { AUTOFLOW_ASANA_WORKSPACE: FAKE_ASANA_WORKSPACE }) =>
  runOperation(asanaDriver, 'create_task', input, testContext(asanaDriver, { env: env(extraEnv) }));
const added: string[] = [];
const addProject = (name: string, opts: { archived?: boolean } = {}) => { const p = fake.projects.add(name, opts); added.push(p.gid); return p; };

before(async () => { await fake.listen(); });
after(async () => { await fake.close(); });
beforeEach(() => {
  fake.reset();
  for (const gid of added.splice(0)) fake.projects.byGid.delete(gid);
});

describe('asana create_task with a project name', () => {
  test('a name resolves to the project gid (case-insensitive) and the task is created in it', async () => {
    const out = await run({ name: 'Reply to ticket', project: 'support' });
    assert.equal(out.project_id, SUPPORT);
    assert.equal(out.task_url, `https://app.asana.com/0/${SUPPORT}/${out.task_id}`);

    const [lookup, ...more] = fake.calls('GET', '/projects');
    assert.equal(more.length, 0);
    assert.deepEqual(lookup.query, { workspace: FAKE_ASANA_WORKSPACE, archived: 'false', limit: '100', opt_fields: 'name' });
    assert.equal(lookup.headers.authorization, `Bearer ${fake.token}`);
    const [create] = fake.calls('POST', '/tasks');
    assert.deepEqual(create.body.data.projects, [SUPPORT]);
    assert.equal(create.body.data.workspace, undefined, 'a task in a project is not also given a workspace');
  });

  test('the `workspace` parameter is used for the lookup when no default workspace is set', async () => {
    const out = await run({ name: 'Plan launch', project: 'Q3 Launch', workspace: FAKE_ASANA_WORKSPACE }, {});
    assert.equal(out.project_id, Q3);
    assert.equal(fake.calls('GET', '/projects')[0].query.workspace, FAKE_ASANA_WORKSPACE);
  });

  test('a gid in `project` or `project_id` is passed through without a lookup', async () => {
    assert.equal((await run({ name: 'By gid', project: Q3 })).project_id, Q3);
    assert.equal((await run({ name: 'By id', project_id: SUPPORT })).project_id, SUPPORT);
    assert.equal(fake.calls('GET', '/projects').length, 0);
    assert.deepEqual(fake.calls('POST', '/tasks').map((r) => r.body.data.projects), [[Q3], [SUPPORT]]);
  });

  test('an unknown name fails with the name in the message and existing projects in the hint; no task is created', async () => {
    await assert.rejects(run({ name: 'Lost', project: 'Marketing' }), (e: any) => {
      assert.equal(e.data.code, 'not_found');
      assert.match(e.message, /No Asana project named "Marketing"/);
      assert.match(e.data.hint, /"Support".*"Q3 Launch"/);
      assert.doesNotMatch(e.data.hint, /Q2 Launch/, 'archived projects are not offered');
      assert.equal(e.data.retryable, false);
      return true;
    });
    assert.equal(fake.calls('POST', '/tasks').length, 0);
  });

  test('archived projects are not matched', async () => {
    await assert.rejects(run({ name: 'Old', project: 'Q2 Launch' }), (e: any) => e.data.code === 'not_found');
  });

  test('without a workspace a name cannot be looked up: clear error naming AUTOFLOW_ASANA_WORKSPACE, no request', async () => {
    await assert.rejects(run({ name: 'Nowhere', project: 'Support' }, {}), (e: any) =>
      e.data.code === 'invalid_input' && /"Support"/.test(e.message) && /AUTOFLOW_ASANA_WORKSPACE/.test(e.data.hint));
    assert.equal(fake.requests.length, 0);
  });

  test('exact spelling wins over a case-insensitive match; several case-insensitive matches are listed', async () => {
    const upper = addProject('SUPPORT');
    assert.equal((await run({ name: 'Exact', project: 'SUPPORT' })).project_id, upper.gid);
    assert.equal((await run({ name: 'Exact', project: 'Support' })).project_id, SUPPORT);
    await assert.rejects(run({ name: 'Which', project: 'support' }), (e: any) =>
      e.data.code === 'ambiguous_project' && e.message.includes(SUPPORT) && e.message.includes(upper.gid) && /project_id/.test(e.data.hint));
    assert.equal(fake.calls('POST', '/tasks').length, 2);
  });

  test('follows next_page.offset across pages', async () => {
    for (let i = 0; i < 120; i++) addProject(`Filler ${i}`);
    const late = addProject('Late Project');
    assert.equal((await run({ name: 'Paged', project: 'late project' })).project_id, late.gid);
    const lookups = fake.calls('GET', '/projects');
    assert.equal(lookups.length, 2);
    assert.equal(lookups[0].query.offset, undefined);
    assert.ok(lookups[1].query.offset, 'the second page is requested with the offset token');
    assert.equal(lookups[1].query.workspace, FAKE_ASANA_WORKSPACE);
  });

  test('helpers: isGid and pickProject', () => {
    assert.equal(isGid('1204567890123456'), true);
    assert.equal(isGid('project_123'), false);
    assert.equal(isGid('Q3 Launch'), false);
    assert.equal(pickProject(' q3 launch ', 'w', [{ gid: '1', name: 'Q3 Launch' }]), '1');
    assert.throws(() => pickProject('x', 'w', []), (e: any) => /no unarchived projects/.test(e.data.hint));
  });
});
