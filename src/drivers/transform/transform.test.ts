/** Tests for the transform driver. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transformDriver } from './index.ts';
import { runWith } from '../test-context.ts';

test('build spreads an object value and keeps it whole under value', async () => {
  const out = await runWith(transformDriver, 'build', { value: { task_url: 'https://x/1', count: 2 } });
  assert.deepEqual(out, { task_url: 'https://x/1', count: 2, value: { task_url: 'https://x/1', count: 2 } });
});

test('build returns non-object values under value only', async () => {
  assert.deepEqual(await runWith(transformDriver, 'build', { value: [1, 2] }), { value: [1, 2] });
  assert.deepEqual(await runWith(transformDriver, 'build', { value: 'text' }), { value: 'text' });
  assert.deepEqual(await runWith(transformDriver, 'build', { value: null }), { value: null });
});

test('a field named value does not hide the whole value', async () => {
  const out = await runWith(transformDriver, 'build', { value: { value: 1, other: 2 } });
  assert.deepEqual(out.value, { value: 1, other: 2 });
  assert.equal(out.other, 2);
});
