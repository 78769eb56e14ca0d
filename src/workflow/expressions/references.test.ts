/** Static analysis of documents: which roots templates read, and which templates are broken. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTemplates, findReferences } from './index.ts';

test('findReferences reports roots, static paths and JSON paths', () => {
  const step = {
    parameters: {
      message: 'Task {{step_1.task_url}} for {{ upper(inputs.name) }}',
      blocks: [{ text: "{{ step_1.items[0]['id'] }}" }],
      'x-y': '{{ step_2.rows[inputs.i].name }}',
    },
    when: 'plain text',
  };
  assert.deepEqual(findReferences(step, '$.steps[1]'), [
    { root: 'step_1', path: ['task_url'], expression: 'step_1.task_url', jsonPath: '$.steps[1].parameters.message' },
    { root: 'inputs', path: ['name'], expression: 'upper(inputs.name)', jsonPath: '$.steps[1].parameters.message' },
    { root: 'step_1', path: ['items', 0, 'id'], expression: "step_1.items[0]['id']", jsonPath: '$.steps[1].parameters.blocks[0].text' },
    { root: 'inputs', path: ['i'], expression: 'step_2.rows[inputs.i].name', jsonPath: "$.steps[1].parameters['x-y']" },
    { root: 'step_2', path: ['rows'], expression: 'step_2.rows[inputs.i].name', jsonPath: "$.steps[1].parameters['x-y']" },
  ]);
});

test('findReferences: function names are not references; default base path is $', () => {
  const refs = findReferences({ a: "{{ join(split(step_3.csv, ','), ' ') }}", b: '{{ now() }}', c: '{{ 1 + 2 }}' });
  assert.deepEqual(refs.map((r) => [r.root, r.path, r.jsonPath]), [['step_3', ['csv'], '$.a']]);
  assert.deepEqual(findReferences('{{ x ? y.a : z }}').map((r) => r.root), ['x', 'y', 'z']);
  // broken templates are skipped here (checkTemplates reports them), even mid-document
  assert.deepEqual(findReferences(['{{ a.', '{{ b }}']).map((r) => r.root), ['b']);
});

test('checkTemplates finds every static problem with its path', () => {
  const doc = {
    steps: [
      { parameters: { text: 'Hello {{ inputs.name', ok: '{{ inputs.name }}' } },
      { parameters: { a: '{{ a.__proto__ }}', b: '{{ exec(1) }}', c: '{{ a. }}', d: '{{ x.toString() }}', e: '{{ }}', f: "{{ upper('a', 'b') }}" } },
    ],
  };
  const problems = checkTemplates(doc);
  assert.deepEqual(problems.map((p) => p.path), [
    '$.steps[0].parameters.text',
    '$.steps[1].parameters.a', '$.steps[1].parameters.b', '$.steps[1].parameters.c',
    '$.steps[1].parameters.d', '$.steps[1].parameters.e', '$.steps[1].parameters.f',
  ]);
  assert.match(problems[0].message, /no closing '\}\}'/);
  assert.match(problems[1].message, /'__proto__' is not allowed/);
  assert.match(problems[2].message, /'exec' is not an allowed function/);
  assert.match(problems[3].message, /syntax error/);
  assert.match(problems[4].message, /method calls/);
  assert.match(problems[5].message, /is empty/);
  assert.match(problems[6].message, /takes 1 argument, got 2/);
  assert.ok(problems.every((p) => p.hint));
  assert.deepEqual(checkTemplates({ fine: 'x {{ a.b }} y', also: 'no braces }}' }, '$.steps[0]'), []);
  assert.equal(checkTemplates(['{{ a }}'], '$.steps[3].parameters')[0], undefined);
  assert.equal(checkTemplates({ t: '{{ a + }}' }, '$.steps[3].parameters')[0].path, '$.steps[3].parameters.t');
});
