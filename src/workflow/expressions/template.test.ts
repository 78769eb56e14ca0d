/** Templates in workflow documents: interpolation, exact values, never re-parsing, conditions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AutoflowError } from '../../platform/errors.ts';
import { evaluateCondition, renderTemplate } from './index.ts';

const scope = {
  inputs: { count: 5, channel: '#ops', flags: { urgent: true } },
  step_1: { status: 'ok', task_url: 'https://app.asana.com/0/1/2', task: { id: 12, name: 'Fix login' }, note: '{{ inputs.count }}', missing: null },
};

test('a seed Slack message renders its step references', () => {
  const params = {
    channel: '{{inputs.channel}}',
    text: 'New task: {{step_1.task_url}} ({{ step_1.task.name }}, #{{ step_1.task.id }})',
    blocks: [{ type: 'section', text: 'Status: {{ step_1.status }}' }],
  };
  assert.deepEqual(renderTemplate(params, scope), {
    channel: '#ops',
    text: 'New task: https://app.asana.com/0/1/2 (Fix login, #12)',
    blocks: [{ type: 'section', text: 'Status: ok' }],
  });
});

test('a string that is exactly one expression passes the raw value through', () => {
  assert.deepEqual(renderTemplate('{{ step_1.task }}', scope), { id: 12, name: 'Fix login' });
  assert.equal(renderTemplate('  {{ inputs.count }}  ', scope), 5);
  assert.equal(renderTemplate('{{ inputs.flags.urgent }}', scope), true);
  assert.equal(renderTemplate('{{ step_1.missing }}', scope), null);
  assert.equal(renderTemplate('{{ step_1.nope }}', scope), undefined);
  assert.deepEqual(renderTemplate({ n: '{{ inputs.count * 2 }}' }, scope), { n: 10 });
});

test('interpolation: text as-is, numbers and booleans via String, null as empty, objects as JSON', () => {
  assert.equal(renderTemplate('n={{ inputs.count }} u={{ inputs.flags.urgent }} m=[{{ step_1.missing }}] x=[{{ step_1.nope }}]', scope), 'n=5 u=true m=[] x=[]');
  assert.equal(renderTemplate('task {{ step_1.task }}', scope), 'task {"id":12,"name":"Fix login"}');
  assert.equal(renderTemplate('{{ 1 }}{{ 2 }}', scope), '12');
  assert.equal(renderTemplate("{{ step_1.status == '}}' ? 'odd' : 'fine' }}!", scope), 'fine!');
});

test('strings without {{ and non-string values come back unchanged; keys are not rendered', () => {
  const doc = { '{{ inputs.channel }}': 'plain }} text', n: 3, b: false, z: null, list: [1, 'two'] };
  assert.deepEqual(renderTemplate(doc, scope), doc);
  const date = new Date(0);
  assert.equal(renderTemplate(date, scope), date);
});

test('an evaluated value is never parsed again', () => {
  assert.equal(renderTemplate('{{ step_1.note }}', scope), '{{ inputs.count }}');
  assert.equal(renderTemplate('note: {{ step_1.note }}', scope), 'note: {{ inputs.count }}');
  assert.deepEqual(renderTemplate(['{{ step_1 }}'], scope), [scope.step_1]);
});

test('errors carry the JSON path of the failing string', () => {
  const doc = { parameters: { ok: '{{ inputs.count }}', text: 'Hi {{ step_9.url }}' } };
  assert.throws(() => renderTemplate(doc, scope, { basePath: '$.steps[2]' }), (err: unknown) => {
    assert.ok(err instanceof AutoflowError);
    assert.equal(err.data.code, 'unknown_reference');
    assert.equal(err.data.path, '$.steps[2].parameters.text');
    assert.match(err.data.message, /step_9/);
    return true;
  });
  assert.throws(() => renderTemplate({ a: ['Hi {{ inputs.count'] }, scope), (err: unknown) => {
    assert.ok(err instanceof AutoflowError);
    assert.equal(err.data.code, 'expression_error');
    assert.equal(err.data.path, '$.a[0]');
    assert.match(err.data.message, /no closing '\}\}'/);
    return true;
  });
});

test('conditions: bare or wrapped, with AND/OR, reduced by truthiness', () => {
  assert.equal(evaluateCondition("{{ inputs.count > 3 AND step_1.status == 'ok' }}", scope), true);
  assert.equal(evaluateCondition("inputs.count > 3 AND step_1.status == 'ok'", scope), true);
  assert.equal(evaluateCondition("  {{ inputs.count > 9 OR step_1.status != 'ok' }} ", scope), false);
  assert.equal(evaluateCondition('{{ step_1.nope }}', scope), false);
  assert.equal(evaluateCondition('step_1.task', scope), true);
  for (const falsy of ["''", '0', 'null', '[]', 'false', 'step_1.missing']) assert.equal(evaluateCondition(falsy, scope), false, falsy);
  for (const truthy of ["'false'", "'0'", '[0]', '-1', 'inputs.flags']) assert.equal(evaluateCondition(truthy, scope), true, truthy);
  assert.equal(evaluateCondition(true, scope), true);
  assert.throws(() => evaluateCondition('{{ inputs.count }} > {{ 3 }}', scope), /a condition must be a single expression/);
  assert.throws(() => evaluateCondition('{{ stepp_1.status }}', scope), /Did you mean 'step_1'/);
});
