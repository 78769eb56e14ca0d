/**
 * `autoflow validate` and `autoflow run` on good and bad files, through the real CLI in a child
 * process with a clean environment (no AUTOFLOW_* service variables): every problem is printed
 * with its JSON path and a hint and exits 1; the seed without credentials is refused before
 * anything is stored (exit 2, the seed's driver-status shape, which variable to set).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runCli, tempDir } from './helpers.ts';

const seedFile = 'examples/bug-fix.json';
const seed = () => JSON.parse(readFileSync(path.join(repoRoot, seedFile), 'utf8'));
const slack = (message: string) => ({ driver: 'slack_driver', operation: 'send_message', parameters: { channel: '#dev', message } });

function setup() {
  const dir = tempDir('autoflow-cli-validate-');
  const env = { AUTOFLOW_DATA_DIR: path.join(dir, 'data') };
  const write = (name: string, content: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return file;
  };
  const cli = (...args: string[]) => runCli(args, env);
  const runs = async () => {
    const r = await cli('runs', '--json');
    assert.equal(r.code, 0, r.out);
    return JSON.parse(r.out);
  };
  return { dir, env, write, cli, runs };
}

/** The JSON object printed from the first line that is exactly `{` to the next line that is exactly `}`. */
function printedJson(out: string): any {
  const lines = out.split('\n');
  const start = lines.indexOf('{');
  const end = lines.indexOf('}', start);
  assert.ok(start >= 0 && end > start, `no JSON object in:\n${out}`);
  return JSON.parse(lines.slice(start, end + 1).join('\n'));
}

test('validate accepts the seed as written (asana_driver) and the canonical driver names alike', async () => {
  const { cli, write } = setup();
  const r = await cli('validate', seedFile);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /✓ examples\/bug-fix\.json is valid: 3 steps/);
  assert.match(r.out, /step_3 ← step_1, step_2 {2}\(email_driver\.send_email\)/);
  const doc = seed();
  doc.steps[0].driver = 'asana';
  const canonical = await cli('validate', write('canonical.json', doc), '--json');
  assert.equal(canonical.code, 0, canonical.out);
  const report = JSON.parse(canonical.out);
  assert.equal(report.valid, true);
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.steps.map((s: { step_id: string }) => s.step_id), ['step_1', 'step_2', 'step_3']);
});

test('validate prints every problem of a bad file with its JSON path and hint, and exits 1', async () => {
  const { cli, write } = setup();
  const file = write('bad.json', {
    name: 'bad',
    steps: [
      { step_id: 'a', ...slack('hi'), dependencies: ['b'] },
      { step_id: 'b', ...slack('see {{ a.message_ts }}') },
      { step_id: 'c', driver: 'slak', operation: 'send_message', parameters: { channel: '#x', message: 'x' } },
      { step_id: 'd', ...slack('{{ step_one.task_url }}') },
      { step_id: 'e', ...slack('{{ a.__proto__ }}') },
      { step_id: 'a', ...slack('dup') },
      { step_id: 'f', driver: 'asana', operation: 'create_task', parameters: { priority: 'high' } },
    ],
  });
  const r = await cli('validate', file);
  assert.equal(r.code, 1, r.out);
  const expected: [string, RegExp][] = [
    ['$.steps[0]', /Dependency cycle: a → b → a\./],
    ['$.steps[2].driver', /Unknown driver 'slak'\. Did you mean 'slack'\?/],
    ['$.steps[3].parameters.message', /'step_one', which is not a step, input or variable/],
    ['$.steps[4].parameters.message', /'__proto__' is not allowed/],
    ['$.steps[5].step_id', /Step id 'a' is used twice/],
    ['$.steps[6].parameters.name', /asana\.create_task needs parameter 'name'/],
  ];
  for (const [p, message] of expected) {
    const at = r.out.split('\n').findIndex((l) => l.startsWith(`✗ ${p}: `));
    assert.ok(at >= 0, `no problem at ${p} in:\n${r.out}`);
    const line = r.out.split('\n')[at];
    assert.match(line, message);
    assert.match(r.out.split('\n')[at + 1], /^ {4}hint: \S/, `a hint follows ${p}`);
  }
  assert.match(r.out, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: 6 errors`));

  const json = await cli('validate', file, '--json');
  assert.equal(json.code, 1);
  const report = JSON.parse(json.out);
  assert.equal(report.valid, false);
  assert.deepEqual(report.problems.filter((p: { severity: string }) => p.severity === 'error').map((p: { path: string }) => p.path).sort(), expected.map(([p]) => p).sort());
});

test('each kind of bad file gives a clear error naming the place; run refuses it and stores nothing', async () => {
  const { cli, write, runs } = setup();
  // A run stored before the bad input (transform needs no credentials) must survive it.
  const good = await cli('run', write('good.json', { name: 'good', steps: [{ step_id: 'make', driver: 'transform', operation: 'build', parameters: { value: { n: 1 } } }] }));
  assert.equal(good.code, 0, good.out);
  const before = await runs();
  assert.deepEqual(before.map((r: { status: string }) => r.status), ['completed']);
  const cases: { name: string; content: unknown; expect: RegExp[] }[] = [
    { name: 'malformed.json', content: '{\n  "name": "x",\n  "steps": [\n    { "step_id": "a" }\n    { "step_id": "b" }\n  ]\n}\n',
      expect: [/✗ \$: The file is not valid JSON at line 5, column 5: Expected ',' or ']' after array element/, /hint: Check for a missing comma/] },
    { name: 'truncated.json', content: '{\n  "name": "x",\n  "steps": [\n',
      expect: [/not valid JSON at line 4, column 1: Unexpected end of JSON input/] },
    { name: 'cycle.json', content: { name: 'c', steps: [{ step_id: 'a', ...slack('x'), dependencies: ['b'] }, { step_id: 'b', ...slack('x'), dependencies: ['a'] }] },
      expect: [/✗ \$\.steps\[0\]: Dependency cycle: a → b → a\./, /hint: Remove one of these dependencies/] },
    { name: 'missing-ref.json', content: { name: 'm', steps: [{ step_id: 'step_1', ...slack('x') }, { step_id: 'step_2', ...slack('{{ step_l.message_ts }}') }] },
      expect: [/✗ \$\.steps\[1\]\.parameters\.message: '\{\{step_l\.message_ts\}\}' refers to 'step_l'.*Did you mean 'step_1'\?/, /hint: References name an earlier step/] },
    { name: 'later-ref.json', content: { name: 'l', steps: [{ step_id: 'one', ...slack('{{ two.message_ts }}') }, { step_id: 'two', ...slack('x') }] },
      expect: [/✗ \$\.steps\[0\]\.parameters\.message: 'two' comes after 'one'/, /hint: Move 'two' before 'one'/] },
    { name: 'proto.json', content: { name: 'p', steps: [{ step_id: 'a', ...slack('x') }, { step_id: 'b', ...slack("{{ a['constructor'] }}"), when: 'a.__proto__' }] },
      expect: [/✗ \$\.steps\[1\]\.parameters\.message: Expression \{\{ a\['constructor'\] \}\}: 'constructor' is not allowed/, /✗ \$\.steps\[1\]\.when: Expression \{\{ a\.__proto__ \}\}: '__proto__' is not allowed/, /hint: Names that reach JavaScript prototypes are blocked/] },
    { name: 'kind.json', content: { name: 'k', steps: [{ step_id: 'a', kind: 'paralel', steps: [] }] },
      expect: [/✗ \$\.steps\[0\]\.kind: Unknown step kind 'paralel'\. Did you mean 'parallel'\?/] },
  ];
  await Promise.all(cases.map(async (c) => {
    const file = write(c.name, c.content);
    const v = await cli('validate', file);
    assert.equal(v.code, 1, `${c.name}:\n${v.out}`);
    for (const re of c.expect) assert.match(v.out, re, c.name);
    assert.doesNotMatch(v.out, /\n\s+at .*\.ts:\d+/, `${c.name}: no stack trace`);
    const r = await cli('run', file);
    assert.equal(r.code, 1, `${c.name}:\n${r.out}`);
    assert.match(r.out, /is not valid; nothing was run/);
    for (const re of c.expect) assert.match(r.out, re, `run ${c.name}`);
  }));
  const missing = await cli('validate', path.join(path.dirname(write('x.json', '{}')), 'nope.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.out, /No such file: .*nope\.json/);
  assert.deepEqual(await runs(), before, 'the earlier run is intact and nothing was added');
  const show = await cli('show', before[0].id);
  assert.equal(show.code, 0, show.out);
  assert.equal(JSON.parse(show.out).status, 'completed');
});

test('a 10,000-step workflow gets the too_many_steps error and the process finishes', async () => {
  const { cli, write, runs } = setup();
  const file = write('huge.json', { name: 'huge', steps: Array.from({ length: 10_000 }, (_, i) => ({ step_id: `s${i}`, ...slack(`n${i}`) })) });
  const v = await cli('validate', file);
  assert.equal(v.code, 1, v.out);
  assert.match(v.out, /✗ \$\.steps: The workflow has more than 1000 steps\./);
  assert.match(v.out, /hint: Split it into sub-workflows/);
  assert.equal(v.out.split('\n').filter((l) => l.startsWith('✗')).length, 1, 'one error, not 9,000');
  const r = await cli('run', file);
  assert.equal(r.code, 1);
  assert.match(r.out, /too_many_steps|more than 1000 steps/);
  assert.deepEqual(await runs(), []);
});

test('run of the seed without credentials: exit 2, the seed driver-status shape, which variable to set, no run created', async () => {
  const { cli, runs } = setup();
  const r = await cli('run', seedFile);
  assert.equal(r.code, 2, r.out);
  const check = printedJson(r.out);
  assert.equal(check.execution_ready, false);
  assert.deepEqual(check.required_drivers.map((d: { name: string }) => d.name), ['asana_driver', 'slack_driver', 'email_driver']);
  const asana = check.required_drivers[0];
  assert.equal(asana.status, 'unavailable');
  assert.equal(asana.credentials, 'missing');
  assert.equal(asana.api_status, 'unchecked');
  assert.equal(asana.rate_limit, 'within_limits');
  assert.match(asana.message, /Set AUTOFLOW_ASANA_TOKEN/);
  for (const v of ['AUTOFLOW_ASANA_TOKEN', 'AUTOFLOW_SLACK_TOKEN', 'AUTOFLOW_SMTP_URL']) assert.match(r.out, new RegExp(`Set ${v}`));
  assert.match(r.out, /Nothing was run/);
  assert.deepEqual(await runs(), []);
});

test('run --dry-run validates and prints the driver check without running anything', async () => {
  const { cli, runs } = setup();
  const r = await cli('run', seedFile, '--dry-run');
  assert.equal(r.code, 2, r.out);
  const plan = JSON.parse(r.out);
  assert.equal(plan.valid, true);
  assert.equal(plan.workflow_id, 'wf_bug_fix_20250717_001');
  assert.deepEqual(plan.steps.map((s: { step_id: string; dependencies: string[] }) => [s.step_id, s.dependencies]), [['step_1', []], ['step_2', ['step_1']], ['step_3', ['step_1', 'step_2']]]);
  assert.equal(plan.driver_check.execution_ready, false);
  const asana = plan.driver_check.required_drivers[0];
  assert.deepEqual([asana.name, asana.driver, asana.credentials], ['asana_driver', 'asana', 'missing']);
  assert.deepEqual(await runs(), []);
});
