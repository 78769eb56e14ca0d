/** The Asana driver against the in-process fake Asana: every operation, outputs, health. */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeAsana, FAKE_ASANA_WORKSPACE } from '../../dev-services/fake-asana.ts';
import { runOperation, testContext } from '../test-context.ts';
import { DriverRegistry } from '../registry.ts';
import { asanaDriver } from './index.ts';

const fake = new FakeAsana();
const ctx = () => testContext(asanaDriver, { env: { AUTOFLOW_ASANA_BASE_URL: fake.baseUrl, AUTOFLOW_ASANA_TOKEN: fake.token } });
const run = (op: string, input: Record<string, unknown>) => runOperation(asanaDriver, op, input, ctx());

before(async () => { await fake.listen(); });
after(async () => { await fake.close(); });
beforeEach(() => fake.reset());

describe('asana create_task', () => {
  test('runs the seed step and returns the seed output names', async () => {
    const out = await run('create_task', {
      name: 'Bug fix - Database connection timeout',
      description: 'Investigate and fix database connection timeout issues',
      priority: 'high',
      project_id: 'project_123',
      assignee: 'developer_team',
      due_date: '2025-07-20',
    });
    assert.match(out.task_id, /^\d+$/);
    assert.equal(out.task_name, 'Bug fix - Database connection timeout');
    assert.equal(out.task_url, `https://app.asana.com/0/project_123/${out.task_id}`);
    assert.equal(out.assignee, 'developer_team');
    assert.equal(out.assignee_gid, null);
    assert.equal(out.priority, 'high');
    assert.equal(out.due_date, '2025-07-20');
    assert.equal(out.status, 'created');

    const [req] = fake.calls('POST', '/tasks');
    assert.equal(req.headers.authorization, `Bearer ${fake.token}`);
    assert.deepEqual(req.body.data.projects, ['project_123']);
    assert.equal(req.body.data.due_on, '2025-07-20');
    assert.equal(req.body.data.assignee, undefined, 'a team label is not sent as an Asana assignee');
    assert.match(req.body.data.notes, /^Investigate and fix database connection timeout issues\n\nPriority: high\nRequested assignee: developer_team/);
    assert.ok(String(req.query.opt_fields).split(',').includes('permalink_url'));
  });

  test('assigns real users and reports their name; accepts `project` and workspace from settings', async () => {
    const withProject = await run('create_task', { name: 'Ship it', project: '42', assignee: 'alice@example.com' });
    assert.equal(withProject.assignee, 'Alice Example');
    assert.equal(withProject.assignee_gid, '1200000000000002');
    assert.equal(withProject.priority, null);

    const wsCtx = testContext(asanaDriver, { env: { AUTOFLOW_ASANA_BASE_URL: fake.baseUrl, AUTOFLOW_ASANA_TOKEN: fake.token, AUTOFLOW_ASANA_WORKSPACE: FAKE_ASANA_WORKSPACE } });
    const inWorkspace = await runOperation(asanaDriver, 'create_task', { name: 'Loose task', assignee: 'me' }, wsCtx);
    assert.equal(inWorkspace.assignee, 'Dev User');
    assert.equal(inWorkspace.project_id, null);
    assert.equal(fake.calls('POST', '/tasks')[1].body.data.workspace, FAKE_ASANA_WORKSPACE);
  });

  test('without project or workspace it fails before calling Asana, with a hint', async () => {
    await assert.rejects(run('create_task', { name: 'Nowhere' }), (e: any) => e.data.code === 'invalid_input' && /AUTOFLOW_ASANA_WORKSPACE/.test(e.data.hint));
    assert.equal(fake.requests.length, 0);
  });

  test('rejects a malformed due date and unknown priority through the schema', () => {
    const input = asanaDriver.operations.create_task.input;
    assert.equal(input.safeParse({ name: 'x', project: '1', due_date: '20/07/2025' }).success, false);
    assert.equal(input.safeParse({ name: 'x', project: '1', priority: 'whenever' }).success, false);
  });
});

describe('asana task lifecycle', () => {
  test('update, complete, comment, delete (and delete again)', async () => {
    const created = await run('create_task', { name: 'Lifecycle', project_id: '7' });

    const updated = await run('update_task', { task_id: created.task_id, name: 'Lifecycle v2', due_date: '2025-08-01', assignee: 'me' });
    assert.equal(updated.task_name, 'Lifecycle v2');
    assert.equal(updated.due_date, '2025-08-01');
    assert.equal(updated.assignee, 'Dev User');
    assert.equal(updated.status, 'updated');

    const done = await run('complete_task', { task_id: created.task_id });
    assert.equal(done.completed, true);
    assert.equal(done.status, 'completed');
    assert.deepEqual(fake.calls('PUT').at(-1)!.body, { data: { completed: true } });

    const comment = await run('add_comment', { task_id: created.task_id, text: 'Deployed to prod' });
    assert.match(comment.comment_id, /^\d+$/);
    assert.equal(comment.status, 'commented');
    assert.deepEqual(fake.calls('POST', '/stories')[0].body, { data: { text: 'Deployed to prod' } });

    const deleted = await run('delete_task', { task_id: created.task_id });
    assert.deepEqual([deleted.deleted, deleted.already_deleted], [true, false]);
    const again = await run('delete_task', { task_id: created.task_id });
    assert.deepEqual([again.deleted, again.already_deleted], [true, true]);
    assert.equal(fake.tasks.has(created.task_id), false);
  });

  test('update_task needs at least one field', () => {
    assert.equal(asanaDriver.operations.update_task.input.safeParse({ task_id: '1' }).success, false);
  });

  test('undo of create_task is delete_task with the created id; undo of complete_task reopens', () => {
    const undo = asanaDriver.operations.create_task.undo!;
    assert.equal(undo.operation, 'delete_task');
    assert.deepEqual(undo.input({}, { task_id: '99' }), { task_id: '99' });
    assert.deepEqual(asanaDriver.operations.complete_task.undo!.input({}, { task_id: '99' }), { task_id: '99', completed: false });
  });

  test('an unknown task is a non-retryable 404 with a hint', async () => {
    await assert.rejects(run('complete_task', { task_id: '1' }), (e: any) => e.data.status === 404 && e.data.retryable === false && /Unknown object/.test(e.message));
  });
});

describe('asana driver definition', () => {
  test('health is ok against the fake and reports the user', async () => {
    const h = await asanaDriver.health!(ctx());
    assert.equal(h.ok, true);
    assert.equal(h.details.credentials, 'valid');
    assert.equal(h.details.user, 'Dev User');
  });

  test('health reports invalid credentials', async () => {
    const h = await asanaDriver.health!(testContext(asanaDriver, { env: { AUTOFLOW_ASANA_BASE_URL: fake.baseUrl, AUTOFLOW_ASANA_TOKEN: 'not-the-token' } }));
    assert.equal(h.ok, false);
    assert.equal(h.details.credentials, 'invalid');
  });

  test('catalogue: aliases, env names, outcomes, JSON schemas with descriptions', () => {
    const reg = new DriverRegistry([asanaDriver]);
    assert.equal(reg.get('asana_driver'), asanaDriver);
    const [cat] = reg.catalog();
    assert.deepEqual(cat.settings.map((s) => s.env), ['AUTOFLOW_ASANA_BASE_URL', 'AUTOFLOW_ASANA_WORKSPACE']);
    assert.deepEqual(cat.credentials.fields.map((f) => f.env), ['AUTOFLOW_ASANA_TOKEN']);
    const create = cat.operations.find((o) => o.name === 'create_task')!;
    assert.deepEqual(create.outcomes, ['task_created']);
    assert.equal(create.undo, 'delete_task');
    const props = (create.input_schema as any).properties;
    for (const k of ['name', 'description', 'priority', 'project_id', 'assignee', 'due_date']) assert.ok(props[k].description, k);
    assert.deepEqual(props.priority.enum, ['low', 'medium', 'high', 'urgent']);
    for (const op of cat.operations) assert.ok(op.examples.length >= 3, op.name);
    assert.equal(cat.operations.find((o) => o.name === 'delete_task')!.effect, 'destructive');
  });
});
