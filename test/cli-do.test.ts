/**
 * `autoflow do` end to end: a sentence is planned (here through the onboarding template),
 * shown, saved and run against the local fakes with live progress; without a terminal and
 * without --yes nothing runs; missing template inputs are asked for. `autoflow templates`
 * lists the library and saves a workflow as a template the planner then matches.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startDevServices, type DevServices } from '../src/dev-services/index.ts';
import { runCli, tempDir } from './helpers.ts';

let services: DevServices;
before(async () => { services = await startDevServices(); });
after(() => services.close());

const request = 'Onboard our new hire Jane Doe (jane@example.com) as a designer';

test('do --yes plans, saves and runs the workflow with live progress', async () => {
  const env = { ...services.env, AUTOFLOW_DATA_DIR: path.join(tempDir(), 'data') };
  const r = await runCli(['do', '--yes', request], env);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /2\. Template: employee_onboarding_v1 \(confidence 0\.\d+/);
  assert.match(r.out, /3\. Dispatch: customize_template — project_management, simple/);
  assert.match(r.out, /Saved workflow wf_employee_onboarding_jane_doe \(version 1\)/);
  assert.match(r.out, /✓ create_onboarding_task/);
  assert.match(r.out, /3\/3 100%/);
  const summary = JSON.parse(r.out.slice(r.out.indexOf('\n{') + 1));
  assert.equal(summary.status, 'completed');
  assert.equal(summary.success_rate, '100%');
  assert.ok([...services.asana.tasks.values()].some((t) => (t as unknown as { name: string }).name === 'Onboard Jane Doe'));
  assert.ok(services.smtp.messages.some((m) => m.subject === 'Welcome to the team, Jane Doe!' && m.to.includes('jane@example.com')));
  assert.ok(services.slack.messages.some((m) => /Please welcome Jane Doe, joining as designer/.test(m.text)));

  const runs = JSON.parse((await runCli(['runs', '--json'], env)).out);
  assert.equal(runs.length, 1);
  assert.equal(runs[0].workflow_id, 'wf_employee_onboarding_jane_doe');
});

test('do --yes: "if that count is above N" after a user\'s own count(*) query tests the counted number in a real SQLite file', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'shop.db');
  const db = new DatabaseSync(file);
  db.exec("create table orders (id integer, status text); insert into orders values (1, 'late'), (2, 'late'), (3, 'shipped')");
  db.close();
  const env = { ...services.env, AUTOFLOW_DATA_DIR: path.join(dir, 'data') };
  // (the fake keeps Slack's channel ids, as Slack does: the alert is told apart by its text)
  const alerts = () => services.slack.messages.filter((m) => /count is above/.test(m.text)).length;
  const ask = (n: number) => runCli(['do', '--yes', `Run select count(*) from orders where status = 'late' on ${file} and if that count is above ${n} alert #late-orders`], env);
  const below = await ask(1);
  assert.equal(below.code, 0, below.out);
  assert.equal(alerts(), 1, 'two late orders are above 1');
  const above = await ask(5);
  assert.equal(above.code, 0, above.out);
  assert.equal(alerts(), 1, 'two late orders are not above 5: no second alert');
});

test('without a terminal and without --yes nothing is saved or run; missing inputs are asked for', async () => {
  const env = { ...services.env, AUTOFLOW_DATA_DIR: path.join(tempDir(), 'data') };
  const r = await runCli(['do', request], env);
  assert.equal(r.code, 64, r.out);
  assert.match(r.out, /Not running: confirmation is needed and stdin is not a terminal\. Re-run with --yes/);
  assert.deepEqual(JSON.parse((await runCli(['runs', '--json'], env)).out), []);

  const d = await runCli(['do', '--yes', 'Deploy myapp to production'], env);
  assert.equal(d.code, 64, d.out);
  assert.match(d.out, /needs deploy_api_url .*--input deploy_api_url=/);
});

test('templates: the library is listed; a saved workflow becomes a template the planner matches', async () => {
  const dir = tempDir();
  const env = { AUTOFLOW_DATA_DIR: path.join(dir, 'data') };
  const list = JSON.parse((await runCli(['templates', '--json'], env)).out) as { template_id: string; input_schema: unknown }[];
  assert.ok(list.length >= 10);
  assert.ok(list.every((t) => t.input_schema));
  const file = path.join(dir, 'cleanup.json');
  writeFileSync(file, JSON.stringify({ workflow_id: 'wf_cleanup', name: 'Weekly cleanup', inputs: { channel: { type: 'string', default: '#ops' } }, steps: [
    { step_id: 'list', driver: 'file', operation: 'list', parameters: { path: 'tmp' } },
    { step_id: 'tell', driver: 'slack', operation: 'send_message', parameters: { channel: '{{inputs.channel}}', text: '{{list.count}} files in tmp' } },
  ] }));
  const saved = await runCli(['templates', 'save', file, '--phrase', 'weekly cleanup'], env);
  assert.equal(saved.code, 0, saved.out);
  assert.match(saved.out, /Saved template cleanup version 1/);
  const p = JSON.parse((await runCli(['plan', '--json', 'Do the weekly cleanup and post the result to #infra'], env)).out);
  assert.equal(p.template_match.template_id, 'cleanup');
  assert.equal(p.workflow.steps[1].parameters.channel, '#infra');
  const shown = await runCli(['templates', 'show', 'cleanup'], env);
  assert.match(shown.out, /cleanup v1 \(user, simple, data\)/);
});
