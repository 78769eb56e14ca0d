/**
 * The validator against the real built-in drivers: the seed example is accepted as written, and
 * a document full of mistakes gets every one of them reported at once, each at its JSON path with
 * a hint — at the top level and inside condition, loop and parallel steps — with no knock-on
 * errors from one mistake to another.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinRegistry } from '../drivers/all.ts';
import { validateWorkflow } from './validate.ts';
import type { Problem } from './problems.ts';

const registry = builtinRegistry();
const seed = () => JSON.parse(readFileSync(new URL('../../examples/bug-fix.json', import.meta.url), 'utf8'));
const slack = (message: string, extra: Record<string, unknown> = {}) => ({ driver: 'slack', operation: 'send_message', parameters: { channel: '#dev', message }, ...extra });
const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
const codesAt = (problems: Problem[]) => errors(problems).map((p) => `${p.code} ${p.path}`).sort();

/** The one error at `path` with `code`; fails listing everything found otherwise. */
function problemAt(problems: Problem[], path: string, code: string): Problem {
  const found = problems.filter((p) => p.path === path && p.code === code);
  assert.equal(found.length, 1, `expected one ${code} at ${path}; got:\n${problems.map((p) => `  ${p.code} ${p.path}: ${p.message}`).join('\n')}`);
  return found[0];
}

test('the seed workflow (examples/bug-fix.json) validates as written, with no problems at all', () => {
  const report = validateWorkflow(seed(), registry);
  assert.deepEqual(report.problems, []);
  assert.equal(report.ok, true);
  const { graph, workflow } = report;
  assert.ok(graph && workflow);
  assert.deepEqual([...graph.nodes.values()].map((n) => [n.id, n.kind, n.deps]), [
    ['step_1', 'action', []],
    ['step_2', 'action', ['step_1']],
    ['step_3', 'action', ['step_1', 'step_2']],
  ]);
  assert.equal(workflow.steps[0].retry_policy?.max_retries, 3);
  assert.equal(workflow.error_handling?.on_failure, 'rollback_and_notify');
});

test('asana_driver, asana and ASANA_DRIVER are the same driver; a typo in the seed spelling still gets a suggestion', () => {
  for (const name of ['asana', 'asana_driver', 'Asana_Driver', 'asana-driver']) {
    const doc = seed();
    doc.steps[0].driver = name;
    assert.equal(validateWorkflow(doc, registry).ok, true, name);
  }
  const doc = seed();
  doc.steps[1].driver = 'slakc_driver';
  const p = problemAt(validateWorkflow(doc, registry).problems, '$.steps[1].driver', 'unknown_driver');
  assert.match(p.message, /Unknown driver 'slakc_driver'\. Did you mean 'slack'\?/);
  assert.match(p.hint!, /asana, slack, email/);
});

test('one document with many different mistakes reports all of them at once, each at its JSON path', () => {
  const doc = {
    name: 'many mistakes',
    steps: [
      /* 0 */ { step_id: 'first', ...slack('hello') },
      /* 1 */ { step_id: 'unknown_drv', driver: 'slak', operation: 'send_message', parameters: { channel: '#x', message: 'x' } },
      /* 2 */ { step_id: 'unknown_op', driver: 'asana', operation: 'create_tsk', parameters: { name: 'x' } },
      /* 3 */ { step_id: 'missing_param', driver: 'asana', operation: 'create_task', parameters: { priority: 'high' } },
      /* 4 */ { step_id: 'wrong_type', driver: 'asana', operation: 'create_task', parameters: { name: 42, priority: 'soon' } },
      /* 5 */ { step_id: 'styled', ...slack('x'), colour: 'red' },
      /* 6 */ { step_id: 'forward', ...slack('see {{ last.message_ts }}') },
      /* 7 */ { step_id: 'typo_ref', ...slack('see {{ frist.message_ts }}') },
      /* 8 */ { step_id: 'first', ...slack('again') },
      /* 9 */ { step_id: 'a', ...slack('x'), dependencies: ['b'] },
      /* 10 */ { step_id: 'b', ...slack('x'), dependencies: ['a'] },
      /* 11 */ { step_id: 'weird', kind: 'loops', items: [1], steps: [{ step_id: 'w1', ...slack('x') }] },
      /* 12 */ { step_id: 'proto', driver: 'slack', operation: 'send_message', parameters: { channel: "{{ first['constructor'] }}", message: '{{ first.__proto__.polluted }}' } },
      /* 13 */ { step_id: 'last', ...slack('styled said {{ styled.message_ts }}') },
    ],
  };
  const report = validateWorkflow(doc, registry);
  assert.equal(report.ok, false);
  assert.equal(report.workflow, undefined, 'an invalid document gives no workflow to run');
  const { problems } = report;

  assert.match(problemAt(problems, '$.steps[1].driver', 'unknown_driver').message, /Did you mean 'slack'\?/);
  const op = problemAt(problems, '$.steps[2].operation', 'unknown_operation');
  assert.match(op.message, /no operation 'create_tsk'\. Did you mean 'create_task'\?/);
  assert.match(op.hint!, /create_task, update_task/);
  const missing = problemAt(problems, '$.steps[3].parameters.name', 'missing_parameter');
  assert.match(missing.message, /asana\.create_task needs parameter 'name'/);
  assert.match(missing.hint!, /Add "name"/);
  assert.match(problemAt(problems, '$.steps[4].parameters.name', 'invalid_parameter').message, /asana\.create_task: .*string/);
  assert.match(problemAt(problems, '$.steps[4].parameters.priority', 'invalid_parameter').message, /low.*medium.*high.*urgent/);
  const unknownField = problemAt(problems, '$.steps[5].colour', 'unknown_field');
  assert.match(unknownField.message, /Unknown field 'colour'/);
  assert.ok(unknownField.hint);
  const fwd = problemAt(problems, '$.steps[6].parameters.message', 'forward_reference');
  assert.match(fwd.message, /'last' comes after 'forward'/);
  assert.match(fwd.hint!, /Move 'last' before 'forward'/);
  const typo = problemAt(problems, '$.steps[7].parameters.message', 'unknown_reference');
  assert.match(typo.message, /'frist'.*Did you mean 'first'\?/);
  assert.match(problemAt(problems, '$.steps[8].step_id', 'duplicate_step_id').message, /'first' is used twice \(first at \$\.steps\[0\]\)/);
  const cycle = problemAt(problems, '$.steps[9]', 'dependency_cycle');
  assert.match(cycle.message, /Dependency cycle: a → b → a\./);
  assert.ok(cycle.hint);
  const kind = problemAt(problems, '$.steps[11].kind', 'unknown_kind');
  assert.match(kind.message, /Unknown step kind 'loops'\. Did you mean 'loop'\?/);
  assert.match(kind.hint!, /action, condition, loop, parallel, approval, wait, sub_workflow/);
  assert.match(problemAt(problems, '$.steps[12].parameters.message', 'invalid_expression').message, /'__proto__' is not allowed/);
  assert.match(problemAt(problems, '$.steps[12].parameters.channel', 'invalid_expression').message, /'constructor' is not allowed/);

  // Nothing else: no knock-on errors (e.g. 'styled', which broke its schema, is still a known step).
  assert.deepEqual(codesAt(problems), [
    'dependency_cycle $.steps[9]',
    'duplicate_step_id $.steps[8].step_id',
    'forward_reference $.steps[6].parameters.message',
    'invalid_expression $.steps[12].parameters.channel',
    'invalid_expression $.steps[12].parameters.message',
    'invalid_parameter $.steps[4].parameters.name',
    'invalid_parameter $.steps[4].parameters.priority',
    'missing_parameter $.steps[3].parameters.name',
    'unknown_driver $.steps[1].driver',
    'unknown_field $.steps[5].colour',
    'unknown_kind $.steps[11].kind',
    'unknown_operation $.steps[2].operation',
    'unknown_reference $.steps[7].parameters.message',
  ]);
  for (const p of errors(problems)) assert.ok(p.hint, `${p.code} at ${p.path} has a hint`);
});

test('a step that breaks its own schema still counts: its other problems are found and references to it resolve', () => {
  const report = validateWorkflow({
    name: 'partly broken',
    steps: [
      { step_id: 'a', ...slack('{{ nope.x }}'), retry_policy: { max_retries: 'three' } },
      { step_id: 'b', driver: 'slack' },
      { step_id: 'c', ...slack('{{ a.message_ts }} {{ b.message_ts }}') },
      { step_id: 'b', ...slack('dup') },
    ],
  }, registry);
  assert.deepEqual(codesAt(report.problems), [
    'duplicate_step_id $.steps[3].step_id',
    'schema $.steps[0].retry_policy.max_retries',
    'schema $.steps[1].operation',
    'unknown_reference $.steps[0].parameters.message',
  ]);
  assert.match(problemAt(report.problems, '$.steps[0].retry_policy.max_retries', 'schema').hint!, /Expected number/);
});

test('mistakes inside condition, loop and parallel steps are reported at their nested paths', () => {
  const report = validateWorkflow({
    name: 'nested',
    steps: [
      { step_id: 'start', ...slack('go') },
      { step_id: 'check', kind: 'condition', condition: "start.status == 'ok'",
        then: [{ step_id: 't1', driver: 'slak', operation: 'send_message', parameters: {} }],
        else: [{ step_id: 'e1', driver: 'asana', operation: 'create_task', parameters: {} }] },
      { step_id: 'each', kind: 'loop', items: '{{ start.channel }}', steps: [
        { step_id: 'l1', driver: 'github', operation: 'create_isue', parameters: {} },
        { step_id: 'l2', kind: 'condition', condition: 'item.constructor', then: [{ step_id: 'deep', ...slack('{{ nothing_here }}') }] },
      ] },
      { step_id: 'fan', kind: 'parallel', steps: [
        { step_id: 'p1', ...slack('x') },
        { step_id: 'p2', ...slack('x'), retry_policy: { max_retries: 3, retry_delay: 1, extra: true } },
      ] },
    ],
  }, registry);
  const { problems } = report;
  assert.match(problemAt(problems, '$.steps[1].then[0].driver', 'unknown_driver').message, /Did you mean 'slack'\?/);
  problemAt(problems, '$.steps[1].else[0].parameters.name', 'missing_parameter');
  assert.match(problemAt(problems, '$.steps[2].steps[0].operation', 'unknown_operation').message, /Did you mean 'create_issue'\?/);
  assert.match(problemAt(problems, '$.steps[2].steps[1].condition', 'invalid_expression').message, /'constructor' is not allowed/);
  problemAt(problems, '$.steps[2].steps[1].then[0].parameters.message', 'unknown_reference');
  problemAt(problems, '$.steps[3].steps[1].retry_policy.extra', 'unknown_field');
  assert.deepEqual(codesAt(problems), [
    'invalid_expression $.steps[2].steps[1].condition',
    'missing_parameter $.steps[1].else[0].parameters.name',
    'unknown_driver $.steps[1].then[0].driver',
    'unknown_field $.steps[3].steps[1].retry_policy.extra',
    'unknown_operation $.steps[2].steps[0].operation',
    'unknown_reference $.steps[2].steps[1].then[0].parameters.message',
  ]);
});

test('scoping: loop variables only inside the loop; branch outputs only inside the branch', () => {
  const ok = validateWorkflow({
    name: 'scopes ok',
    steps: [
      { step_id: 'src', ...slack('x') },
      { step_id: 'each', kind: 'loop', items: ['a', 'b'], steps: [
        { step_id: 'body1', ...slack('{{ item }} #{{ loop.index }} after {{ src.message_ts }}') },
        { step_id: 'body2', ...slack('{{ body1.message_ts }}') },
      ] },
      { step_id: 'named', kind: 'loop', as: 'ticket', items: [{ id: 1 }], steps: [{ step_id: 'nb', ...slack('{{ ticket.id }}') }] },
      { step_id: 'br', kind: 'condition', condition: 'src.message_sent', then: [
        { step_id: 'in1', ...slack('x') },
        { step_id: 'in2', ...slack('{{ in1.message_ts }} {{ src.channel }}') },
      ] },
      { step_id: 'after', ...slack('{{ each }} {{ br }}') },
    ],
  }, registry);
  assert.deepEqual(errors(ok.problems), []);
  assert.equal(ok.ok, true);
  assert.deepEqual(ok.graph!.nodes.get('body2')!.deps, ['body1']);
  assert.equal(ok.graph!.nodes.get('in2')!.scope, 'br.then');

  const bad = validateWorkflow({
    name: 'scopes broken',
    steps: [
      { step_id: 'top', ...slack('{{ item }}') },
      { step_id: 'each', kind: 'loop', items: '{{ item }}', steps: [{ step_id: 'body', ...slack('{{ each.x }}') }] },
      { step_id: 'br', kind: 'condition', condition: 'true', then: [{ step_id: 'inside', ...slack('x') }],
        else: [{ step_id: 'other', ...slack('{{ inside.message_ts }}') }] },
      { step_id: 'outside', ...slack('{{ inside.message_ts }} {{ body.message_ts }}'), dependencies: ['inside'] },
    ],
  }, registry);
  const p = bad.problems;
  assert.match(problemAt(p, '$.steps[0].parameters.message', 'unknown_reference').message, /'item'/);
  assert.match(problemAt(p, '$.steps[1].items', 'unknown_reference').message, /'item'/, 'items is evaluated outside the loop');
  assert.match(problemAt(p, '$.steps[1].steps[0].parameters.message', 'self_reference').message, /enclosing step 'each'/);
  assert.match(problemAt(p, '$.steps[2].else[0].parameters.message', 'reference_not_visible').message, /'inside' sits inside 'br'/);
  const notVisible = p.filter((x) => x.path === '$.steps[3].parameters.message' && x.code === 'reference_not_visible');
  assert.deepEqual(notVisible.map((x) => x.message.match(/'(\w+)' sits inside '(\w+)'/)!.slice(1)), [['inside', 'br'], ['body', 'each']]);
  assert.match(problemAt(p, '$.steps[3].dependencies[0]', 'dependency_other_scope').message, /'inside'/);
  assert.equal(errors(p).length, 7, p.map((x) => `${x.code} ${x.path}`).join('\n'));
});

test('prototype names are rejected in every expression place, before anything runs', () => {
  const report = validateWorkflow({
    name: 'proto',
    inputs: { key: { type: 'string' } },
    steps: [
      { step_id: 'a', ...slack('x') },
      { step_id: 'b', ...slack('x'), when: 'a.__proto__ != null' },
      { step_id: 'c', ...slack('x'), success_condition: 'output.constructor' },
      { step_id: 'd', kind: 'condition', condition: 'inputs.prototype', then: [{ step_id: 'd1', ...slack('x') }] },
      { step_id: 'e', kind: 'loop', items: "{{ a['__proto__'] }}", steps: [{ step_id: 'e1', ...slack('{{ item.constructor.name }}') }] },
      { step_id: 'f', kind: 'approval', message: 'ok? {{ constructor }}' },
    ],
  }, registry);
  assert.deepEqual(codesAt(report.problems), [
    'invalid_expression $.steps[1].when',
    'invalid_expression $.steps[2].success_condition',
    'invalid_expression $.steps[3].condition',
    'invalid_expression $.steps[4].items',
    'invalid_expression $.steps[4].steps[0].parameters.message',
    'invalid_expression $.steps[5].message',
  ]);
  for (const p of errors(report.problems)) assert.match(p.message, /'(__proto__|constructor|prototype)' is not allowed/);
});

test('limits and non-documents: too many steps is one quick error; non-objects are refused', () => {
  const big = { name: 'big', steps: Array.from({ length: 10_000 }, (_, i) => ({ step_id: `s${i}`, ...slack('x') })) };
  const report = validateWorkflow(big, registry);
  assert.equal(report.ok, false);
  assert.deepEqual(report.problems.map((p) => `${p.code} ${p.path}`), ['too_many_steps $.steps']);
  assert.match(report.problems[0].message, /more than 1000 steps/);
  assert.match(report.problems[0].hint!, /sub_workflow|loop/);

  for (const raw of [null, [], 'text', 42]) {
    const r = validateWorkflow(raw, registry);
    assert.equal(r.ok, false);
    assert.deepEqual(r.problems.map((p) => `${p.code} ${p.path}`), ['not_an_object $']);
  }
  const empty = validateWorkflow({ name: 'x', steps: [] }, registry);
  assert.match(problemAt(empty.problems, '$.steps', 'schema').message, /at least one step/);
  const noName = validateWorkflow({ steps: [{ step_id: 'a', ...slack('x') }], extra: 1 }, registry);
  assert.deepEqual(codesAt(noName.problems), ['schema $.name', 'unknown_field $.extra']);
});
