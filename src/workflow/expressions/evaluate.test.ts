/** Expression evaluation as a workflow author sees it: paths, operators, functions, errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AutoflowError } from '../../platform/errors.ts';
import { evaluateExpression as ev } from './index.ts';

const scope = {
  inputs: { count: 5, name: 'Ann Lee', tags: ['a', 'b'], due: '2026-03-04T05:06:07Z', empty: '' },
  step_1: { status: 'ok', task_url: 'https://app.asana.com/0/1/2', items: [{ id: 7 }, { id: 9 }], 'x-y': 1, total: null },
};

function fails(source: string, code: string, pattern: RegExp, s: Record<string, unknown> = scope): AutoflowError {
  let caught: unknown;
  try { ev(source, s); } catch (err) { caught = err; }
  assert.ok(caught instanceof AutoflowError, `expected ${source} to throw`);
  assert.equal(caught.data.code, code);
  assert.match(caught.data.message, pattern);
  assert.ok(caught.data.hint, 'every error has a hint');
  return caught;
}

test('paths read own properties: dots, indexes, quoted and computed keys', () => {
  assert.equal(ev('step_1.task_url', scope), 'https://app.asana.com/0/1/2');
  assert.equal(ev('step_1.items[1].id', scope), 9);
  assert.equal(ev("step_1['x-y']", scope), 1);
  assert.equal(ev("step_1.items[inputs.count - 4]['id']", scope), 9);
  assert.equal(ev('step_1.items.length', scope), 2);
  assert.equal(ev('inputs.name[0]', scope), 'A');
  assert.deepEqual(ev('step_1.items[0]', scope), { id: 7 });
});

test('a missing member is undefined; an unknown root is unknown_reference with suggestions', () => {
  assert.equal(ev('step_1.nope', scope), undefined);
  assert.equal(ev('step_1.nope.deeper[0]', scope), undefined);
  assert.equal(ev('step_1.total', scope), null);
  const err = fails('step_2.task_url', 'unknown_reference', /unknown reference 'step_2'.*Did you mean 'step_1'\?.*Available: inputs, step_1/);
  assert.deepEqual((err.data.details as { available: string[] }).available, ['inputs', 'step_1']);
  fails('nothing_like_it', 'unknown_reference', /Available: inputs, step_1/);
});

test('comparisons are strict: no coercion; null equals a missing value', () => {
  assert.equal(ev("step_1.status == 'ok'", scope), true);
  assert.equal(ev("inputs.count == '5'", scope), false);
  assert.equal(ev('inputs.count === 5', scope), true);
  assert.equal(ev("inputs.count != '5'", scope), true);
  assert.equal(ev('step_1.nope == null', scope), true);
  assert.equal(ev('inputs.count >= 5 && inputs.count < 6', scope), true);
  assert.equal(ev("'apple' < 'banana'", scope), true);
  fails("inputs.count > '3'", 'expression_error', /cannot compare number with string/);
  fails('step_1.nope > 3', 'expression_error', /cannot compare undefined with number/);
});

test('AND/OR/NOT in both cases and the symbolic forms', () => {
  assert.equal(ev("inputs.count > 3 AND step_1.status == 'ok'", scope), true);
  assert.equal(ev("inputs.count > 9 OR step_1.status == 'ok'", scope), true);
  assert.equal(ev("inputs.count > 9 or step_1.status == 'bad'", scope), false);
  assert.equal(ev('NOT (inputs.count > 9) and not false', scope), true);
  assert.equal(ev('!(inputs.count > 9) && true || false', scope), true);
  assert.equal(ev('NOT inputs.empty', scope), true);
  // a keyword NOT directly before a comparison is ambiguous and rejected with a fix
  fails('NOT inputs.count == 5', 'expression_error', /ambiguous/);
  // names that merely start with a keyword stay names
  assert.equal(ev('orders.x', { orders: { x: 1 } }), 1);
  assert.equal(ev('notes', { notes: 'n' }), 'n');
  // || returns an operand, usable as a fallback
  assert.equal(ev("step_1.nope || 'none'", scope), 'none');
});

test('ternary, arithmetic, string concatenation, array literals', () => {
  assert.equal(ev("inputs.count > 3 ? 'many' : 'few'", scope), 'many');
  assert.equal(ev('inputs.count * 2 + 1 - 4 / 2 % 3', scope), 9);
  assert.equal(ev('-inputs.count', scope), -5);
  assert.equal(ev("'Hi ' + inputs.name + ' #' + inputs.count", scope), 'Hi Ann Lee #5');
  assert.deepEqual(ev("[1, 'two', inputs.count, null, true]", scope), [1, 'two', 5, null, true]);
  fails('inputs.count / 0', 'expression_error', /not a finite number/);
  fails('inputs.count + true', 'expression_error', /cannot add number and boolean/);
  fails("inputs.name * 2", 'expression_error', /'\*' needs numbers/);
});

test('allowlisted functions', () => {
  const cases: [string, unknown][] = [
    ['length(inputs.name)', 7], ['length(step_1.items)', 2], ['length(step_1.nope)', 0],
    ['lower(inputs.name)', 'ann lee'], ['upper(inputs.name)', 'ANN LEE'], ["trim('  x ')", 'x'],
    ["contains(inputs.name, 'Lee')", true], ["contains(inputs.tags, 'b')", true], ["contains(step_1, 'status')", true],
    ["startsWith(step_1.task_url, 'https://')", true], ["endsWith(inputs.name, 'x')", false],
    ["join(inputs.tags, ' | ')", 'a | b'], ['join(inputs.tags)', 'a,b'], ["split('a-b-c', '-')", ['a', 'b', 'c']],
    ["replace('a.b.c', '.', '$&')", 'a$&b$&c'], ['slice(inputs.name, 0, 3)', 'Ann'], ['slice(step_1.items, 1)', [{ id: 9 }]],
    ['first(step_1.items).id', 7], ['last(inputs.tags)', 'b'], ['first(step_1.nope)', undefined],
    ['keys(step_1.items[0])', ['id']], ['values(step_1.items[0])', [7]],
    ['json(step_1.items)', '[{"id":7},{"id":9}]'], ['json(null)', 'null'],
    ["number('42.5')", 42.5], ['number(true)', 1], ['string(inputs.count)', '5'], ['string(null)', ''],
    ['bool(inputs.tags)', true], ['bool(inputs.empty)', false], ["bool('false')", true],
    ["default(inputs.empty, 'n/a')", 'n/a'], ["default(step_1.nope, 'n/a')", 'n/a'], ["default(0, 'n/a')", 0],
    ["coalesce(step_1.nope, step_1.total, '', 'x')", ''], ['coalesce(step_1.nope)', null],
    ['round(2.345, 2)', 2.35], ['round(2.5)', 3], ['floor(-1.5)', -2], ['ceil(1.1)', 2], ['abs(-3)', 3],
    ['min(3, 1, 2)', 1], ['max([4, 8, 2])', 8], ['min([])', null], ['sum([1, 2, 3.5])', 6.5], ['sum([])', 0],
    ['count(step_1.items)', 2], ['count(step_1)', 5], ['isEmpty(inputs.empty)', true], ['isEmpty([])', true],
    ["formatDate(inputs.due, 'DD/MM/YYYY HH:mm:ss')", '04/03/2026 05:06:07'], ['formatDate(inputs.due)', '2026-03-04'],
  ];
  for (const [source, want] of cases) assert.deepEqual(ev(source, scope), want, source);
  assert.equal(ev('isEmpty(step_1.nope)', scope), true);
  assert.equal(ev('isEmpty(x)', { x: {} }), true);
  fails('number(inputs.name)', 'expression_error', /number\(\) cannot convert the text 'Ann Lee'/);
  fails('upper(inputs.count)', 'expression_error', /upper\(\) expects a string as argument 1, got number/);
  fails("formatDate('soon')", 'expression_error', /cannot read 'soon' as a date/);
  fails("replace('abc', '', 'x')", 'expression_error', /non-empty/);
});

test('now() reads the injected clock', () => {
  const at = Date.parse('2026-01-31T09:00:00Z');
  assert.equal(ev('now()', {}, { clock: { now: () => at } }), '2026-01-31T09:00:00.000Z');
  assert.equal(ev('formatDate(now())', {}, { clock: { now: () => at } }), '2026-01-31');
});

test('only allowlisted functions, by bare name, with the right arity', () => {
  fails('eval(inputs.name)', 'expression_error', /'eval' is not an allowed function/);
  fails('lenght(inputs.name)', 'expression_error', /Did you mean 'length'\?/);
  fails('upper(inputs.name, 2)', 'expression_error', /upper\(\) takes 1 argument, got 2/);
  fails('inputs.name.toUpperCase()', 'expression_error', /method calls on values are not supported/);
  fails('length', 'expression_error', /'length' is a function, not a value/);
  // a scope root may share a function's name: the value and the call stay distinct
  assert.equal(ev('count + count([1])', { count: 1 }), 2);
});

test('syntax errors and unsupported syntax name the expression', () => {
  for (const source of ['a = 1', 'x => 1', '`t`', '/re/', '{a: 1}', '1 | 2', '2 ** 3', '~1', 'a ?? b', 'a, b', 'new Date()', 'inputs.count >', "'open"]) {
    fails(source, 'expression_error', /^Expression \{\{ .* \}\}: /, { a: 1, inputs: {}, x: 1, Date: 1 });
  }
  fails('this', 'expression_error', /'this' is not supported/);
  fails('[1,,2]', 'expression_error', /empty slot/);
  fails('1e400', 'expression_error', /too large/);
  fails('  ', 'expression_error', /is empty/);
});
