/**
 * The CLI as a person uses it: the seed workflow end to end against the local fakes, then
 * `runs`, `show` (monitoring shape) and `logs`; an approval gate decided with `approve`; a
 * parked run cancelled with `cancel`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from './helpers.ts';

test('the seed workflow runs end to end against the fakes and is inspectable afterwards', async () => {
  const env = { AUTOFLOW_DATA_DIR: path.join(tempDir(), 'data') };
  const r = await runCli(['run', 'examples/bug-fix.json', '--dev-services'], env);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /✓ step_1 {2}Create Asana Task/);
  assert.match(r.out, /3\/3 100%/);
  assert.match(r.out, /SMTP sink received "Bug Fix Task Created - Bug fix - Database connection timeout"/);
  const summary = JSON.parse(r.out.slice(r.out.indexOf('\n{') + 1));
  assert.equal(summary.status, 'completed');
  assert.equal(summary.steps_executed, 3);
  assert.equal(summary.success_rate, '100%');
  assert.match(summary.results.step_1.result.task_url, /^https:\/\/app\.asana\.com\/0\/project_123\/\d+$/);
  assert.deepEqual(summary.results.step_3.result.recipients, ['team@company.com', 'manager@company.com']);

  const runs = JSON.parse((await runCli(['runs', '--json'], env)).out);
  assert.equal(runs.length, 1);
  const show = JSON.parse((await runCli(['show', runs[0].id], env)).out);
  assert.equal(show.status, 'completed');
  assert.equal(show.progress, '100%');
  assert.equal(show.steps_remaining, 0);
  assert.deepEqual(show.step_results.map((s: { step_id: string; status: string }) => [s.step_id, s.status]), [['step_1', 'completed'], ['step_2', 'completed'], ['step_3', 'completed']]);
  const logs = (await runCli(['logs', runs[0].id], env)).out;
  for (const type of ['run.created', 'run.started', 'step.started', 'step.completed', 'run.completed']) assert.match(logs, new RegExp(type.replace('.', '\\.')));
});

test('an approval gate parks the run; `approve` continues it; a second decision is refused', async () => {
  const dir = tempDir();
  const env = { AUTOFLOW_DATA_DIR: path.join(dir, 'data') };
  const file = path.join(dir, 'gate.json');
  writeFileSync(file, JSON.stringify({
    name: 'gated',
    steps: [
      { step_id: 'prepare', driver: 'transform', operation: 'build', parameters: { value: { version: '1.2.3' } } },
      { step_id: 'gate', kind: 'approval', message: 'Release {{prepare.version}}?' },
      { step_id: 'after', driver: 'transform', operation: 'build', parameters: { value: { approved_by: '{{gate.by}}' } } },
    ],
  }));
  const first = await runCli(['run', file], env);
  assert.equal(first.code, 0, first.out);
  assert.match(first.out, /waiting for approval: Release 1\.2\.3\?/);
  const runId = /run (run_\w+) is waiting/.exec(first.out)![1];
  assert.match(first.out, new RegExp(`autoflow approve ${runId} gate`));

  const approved = await runCli(['approve', runId, 'gate', '--by', 'maria', '--comment', 'ship it'], env);
  assert.equal(approved.code, 0, approved.out);
  assert.match(approved.out, /run .* completed/);
  const show = JSON.parse((await runCli(['show', runId], env)).out);
  assert.equal(show.status, 'completed');
  assert.equal(show.step_results[2].result.approved_by, 'maria');

  const again = await runCli(['approve', runId, 'gate', '--reject'], env);
  assert.equal(again.code, 1);
  assert.match(again.out, /not waiting for a decision/);
});

test('a parked run can be cancelled, and cancelling twice says it is already cancelled', async () => {
  const dir = tempDir();
  const env = { AUTOFLOW_DATA_DIR: path.join(dir, 'data') };
  const file = path.join(dir, 'gate.json');
  writeFileSync(file, JSON.stringify({ name: 'gated', steps: [{ step_id: 'gate', kind: 'approval' }] }));
  const first = await runCli(['run', file], env);
  const runId = /run (run_\w+) is waiting/.exec(first.out)![1];
  const c = await runCli(['cancel', runId], env);
  assert.equal(c.code, 0, c.out);
  assert.match(c.out, /cancelled/);
  const again = await runCli(['cancel', runId], env);
  assert.equal(again.code, 1);
  assert.match(again.out, /already cancelled/);
  const runs = JSON.parse((await runCli(['runs', '--json', '--status', 'cancelled'], env)).out);
  assert.equal(runs[0].id, runId);
});
