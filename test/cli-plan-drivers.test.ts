/** `autoflow plan` / `do` with `--drivers` (or AUTOFLOW_ENABLED_DRIVERS): the planner uses only those drivers; unknown names are refused. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runCli, tempDir } from './helpers.ts';

const request = 'create an Asana task and notify #dev';
const env = () => ({ AUTOFLOW_DATA_DIR: path.join(tempDir(), 'data') });
const drivers = (out: string) => (JSON.parse(out).workflow.steps as { driver?: string }[]).map((s) => s.driver);

test('plan --drivers slack plans no Asana step and says why; without it Asana is planned', async () => {
  const r = await runCli(['plan', '--json', '--drivers', 'slack', request], env());
  assert.equal(r.code, 0, r.out);
  assert.ok(!drivers(r.out).includes('asana') && drivers(r.out).includes('slack'), r.out);
  assert.ok((JSON.parse(r.out).notes as string[]).some((n) => /Asana.*not among the enabled drivers \(slack\)/.test(n)), r.out);
  const all = await runCli(['plan', '--json', request], env());
  assert.ok(drivers(all.out).includes('asana'), all.out);
});

test('AUTOFLOW_ENABLED_DRIVERS restricts the planner like --drivers; the flag wins', async () => {
  const r = await runCli(['plan', '--json', request], { ...env(), AUTOFLOW_ENABLED_DRIVERS: 'slack_driver, email' });
  assert.equal(r.code, 0, r.out);
  assert.ok(!drivers(r.out).includes('asana'), r.out);
  const flagWins = await runCli(['plan', '--json', '--drivers=asana,slack', request], { ...env(), AUTOFLOW_ENABLED_DRIVERS: 'slack' });
  assert.ok(drivers(flagWins.out).includes('asana'), flagWins.out);
});

test('plan and do refuse unknown driver names with "did you mean" and the valid names (exit 64)', async () => {
  const r = await runCli(['plan', '--drivers', 'slak', request], env());
  assert.equal(r.code, 64, r.out);
  assert.match(r.out, /--drivers: unknown driver 'slak' \(did you mean 'slack'\?\)\. Valid drivers: .*asana.*slack/);
  const d = await runCli(['do', '--yes', request], { ...env(), AUTOFLOW_ENABLED_DRIVERS: 'asanna' });
  assert.equal(d.code, 64, d.out);
  assert.match(d.out, /AUTOFLOW_ENABLED_DRIVERS: unknown driver 'asanna' \(did you mean 'asana'\?\)/);
});
