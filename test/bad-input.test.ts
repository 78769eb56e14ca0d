/**
 * Hostile and accidental input at the engine, in process, against a SQLite file store: a 50 MB
 * step output, prototype names in expressions (statically and smuggled in at run time), and a
 * file path escaping the workspace. Each fails the one step with an error naming the place, the
 * process carries on, and what was stored before is still there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileDriver } from '../src/drivers/file/index.ts';
import { DriverRegistry } from '../src/drivers/registry.ts';
import { Engine } from '../src/engine/engine.ts';
import { testRegistry } from '../src/engine/test-drivers.ts';
import { AutoflowError } from '../src/platform/errors.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { tempDir } from './helpers.ts';

type Err = { code: string; message: string; hint?: string; step?: string };

function setup() {
  const dataDir = tempDir('autoflow-bad-input-');
  const dbFile = path.join(dataDir, 'autoflow.db');
  const { registry: testDrivers, log } = testRegistry();
  const registry = new DriverRegistry([...testDrivers.drivers, fileDriver]);
  let store = new SqliteStore({ file: dbFile });
  let engine = new Engine({ store, registry, env: {}, dataDir });
  const run = async (doc: unknown, inputs?: Record<string, unknown>) => engine.execute((await engine.createRun(engine.prepare(doc), { inputs })).id);
  return {
    dataDir, log, registry, run,
    get store() { return store; },
    get engine() { return engine; },
    /** Closes and reopens the store file, as a new process would. */
    async reopen() {
      await engine.stop();
      await store.close();
      store = new SqliteStore({ file: dbFile });
      engine = new Engine({ store, registry, env: {}, dataDir });
    },
    async close() { await engine.stop(); await store.close(); },
  };
}

const wf = (steps: unknown[], extra: Record<string, unknown> = {}) => ({ name: 'bad input', steps, ...extra });

test('a 50 MB step output fails that step with output_too_large; the process and earlier runs are unharmed', async () => {
  const t = setup();
  const earlier = await t.run(wf([{ step_id: 'keep', driver: 'test', operation: 'echo', parameters: { note: 'stored before' } }]));
  assert.equal(earlier.status, 'completed');

  const big = await t.run(wf([
    { step_id: 'before', driver: 'test', operation: 'echo', parameters: { v: 1 } },
    { step_id: 'big', driver: 'test', operation: 'huge', parameters: { mb: 50 } },
    { step_id: 'after', driver: 'test', operation: 'echo', parameters: { blob: '{{ big.blob }}' } },
  ]));
  assert.equal(big.status, 'failed');
  const runError = big.error as Err;
  assert.equal(runError.code, 'output_too_large');
  assert.equal(runError.step, 'big', 'the run error names the step');
  assert.match(runError.message, /Step big \(test\.huge\) returned 50\.0 MB; a step output may be at most 1\.0 MB/);
  assert.match(runError.hint!, /file\.write/);

  const steps = await t.store.getSteps(big.id);
  const byId = Object.fromEntries(steps.map((s) => [s.step_id, s]));
  assert.equal(byId.before.status, 'completed');
  assert.equal(byId.big.status, 'failed');
  assert.equal((byId.big.error as Err).code, 'output_too_large');
  assert.equal(byId.big.output, null, 'the oversized output is not stored');
  assert.equal(byId.after.status, 'skipped');
  assert.deepEqual(t.log.calls.map((c) => c.op), ['echo', 'echo', 'huge'], 'huge was called once (not retried); after never ran');
  const failedEvent = (await t.store.getEvents(big.id)).find((e) => e.type === 'step.failed');
  assert.equal(failedEvent?.step_key, 'big');
  assert.ok(JSON.stringify(await t.store.getEvents(big.id)).length < 100_000, 'no event carries the 50 MB');

  // The same process keeps working, and everything stored survives a reopen of the file.
  const next = await t.run(wf([{ step_id: 'later', driver: 'test', operation: 'echo', parameters: { ok: true } }]));
  assert.equal(next.status, 'completed');
  await t.reopen();
  const again = await t.store.getRun(earlier.id);
  assert.equal(again?.status, 'completed');
  assert.deepEqual((await t.store.getSteps(earlier.id)).map((s) => [s.step_id, s.status, s.output]), [['keep', 'completed', { note: 'stored before' }]]);
  assert.equal((await t.store.getRun(big.id))?.status, 'failed');
  assert.equal((await t.store.getRun(next.id))?.status, 'completed');
  assert.equal((await t.store.listRuns('default')).length, 3);
  await t.close();
});

test('constructor / __proto__ in an expression: rejected by validation before any run exists', async () => {
  const t = setup();
  for (const [field, bad] of [['parameters', { text: '{{ a.constructor }}' }], ['parameters', { text: "{{ a['__proto__'] }}" }], ['when', 'a.__proto__ != null']] as const) {
    const doc = wf([
      { step_id: 'a', driver: 'test', operation: 'echo', parameters: { v: 1 } },
      { step_id: 'b', driver: 'test', operation: 'echo', ...(field === 'when' ? { when: bad } : { parameters: bad }) },
    ]);
    assert.throws(() => t.engine.prepare(doc), (err: unknown) => {
      assert.ok(err instanceof AutoflowError);
      assert.equal(err.data.code, 'invalid_workflow');
      const problems = err.data.details as { path: string; code: string; message: string }[];
      const p = problems.find((x) => x.code === 'invalid_expression');
      assert.ok(p, JSON.stringify(problems));
      assert.equal(p.path, field === 'when' ? '$.steps[1].when' : '$.steps[1].parameters.text');
      assert.match(p.message, /'(constructor|__proto__)' is not allowed/);
      assert.match(err.message, /\$\.steps\[1\]/);
      return true;
    });
  }
  assert.deepEqual(await t.store.listRuns('default'), []);
  assert.equal(t.log.calls.length, 0);
  await t.close();
});

test('a prototype name reaching an expression at run time fails the step with expression_error and runs nothing', async () => {
  const t = setup();
  // 1. A computed key from an input: statically fine, refused when evaluated.
  const doc = wf([
    { step_id: 'a', driver: 'test', operation: 'echo', parameters: { v: 1 } },
    { step_id: 'b', driver: 'test', operation: 'echo', parameters: { text: '{{ a[inputs.key] }}' } },
  ], { inputs: { key: { type: 'string' } } });
  for (const key of ['constructor', '__proto__', 'prototype']) {
    t.log.calls.length = 0;
    const done = await t.run(doc, { key });
    assert.equal(done.status, 'failed', key);
    const err = done.error as Err;
    assert.equal(err.code, 'expression_error', key);
    assert.equal(err.step, 'b');
    assert.match(err.message, new RegExp(`'${key}' is not allowed`));
    const b = (await t.store.getSteps(done.id)).find((s) => s.step_id === 'b')!;
    assert.equal(b.status, 'failed');
    assert.equal((b.error as Err).code, 'expression_error');
    assert.deepEqual(t.log.calls.map((c) => c.input), [{ v: 1 }], 'only a ran; b was never called');
  }

  // 2. A validated workflow whose parameters are swapped afterwards (validation bypassed).
  t.log.calls.length = 0;
  const prepared = t.engine.prepare(wf([
    { step_id: 'a', driver: 'test', operation: 'echo', parameters: { v: 1 } },
    { step_id: 'b', driver: 'test', operation: 'echo', parameters: { text: '{{ a.v }}' } },
  ]));
  (prepared.graph.nodes.get('b')!.step as { parameters: Record<string, unknown> }).parameters = { text: '{{ a.constructor.constructor }}', poke: "{{ a['__proto__'] }}" };
  const forced = await t.engine.execute((await t.engine.createRun(prepared)).id);
  assert.equal(forced.status, 'failed');
  assert.equal((forced.error as Err).code, 'expression_error');
  assert.equal((forced.error as Err).step, 'b');
  assert.deepEqual(t.log.calls.map((c) => c.op), ['echo'], 'b was never called');

  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  await t.close();
});

test('the file driver refuses ../ as a workflow step: the run fails with the path named in its stored step row', async () => {
  const t = setup();
  writeFileSync(path.join(t.dataDir, 'secret.txt'), 'top secret');
  mkdirSync(path.join(t.dataDir, 'workspace'), { recursive: true });

  // A valid document: the path is only known to be bad when the driver resolves it.
  const doc = wf([
    { step_id: 'save', driver: 'file', operation: 'write', parameters: { path: 'notes/ok.txt', content: 'fine' } },
    { step_id: 'steal', driver: 'file_driver', operation: 'read', parameters: { path: '../secret.txt' } },
    { step_id: 'leak', driver: 'test', operation: 'echo', parameters: { got: '{{ steal.content }}' } },
  ]);
  const done = await t.run(doc);
  assert.equal(done.status, 'failed');
  const err = done.error as Err;
  assert.equal(err.code, 'path_outside_workspace');
  assert.equal(err.step, 'steal');

  const steps = await t.store.getSteps(done.id);
  const byId = Object.fromEntries(steps.map((s) => [s.step_id, s]));
  assert.equal(byId.save.status, 'completed');
  assert.equal(readFileSync(path.join(t.dataDir, 'workspace', 'notes', 'ok.txt'), 'utf8'), 'fine');
  assert.equal(byId.steal.status, 'failed');
  const rowError = byId.steal.error as Err;
  assert.equal(rowError.code, 'path_outside_workspace');
  assert.match(rowError.message, /Refusing path "\.\.\/secret\.txt": "\.\." segments are not allowed/);
  assert.ok(rowError.message.includes(realpathSync(path.join(t.dataDir, 'workspace'))), `${rowError.message} names the workspace`);
  assert.ok(rowError.hint);
  assert.equal(byId.steal.output, null);
  assert.equal(byId.leak.status, 'skipped');
  assert.equal(t.log.calls.length, 0, 'nothing downstream saw the file');
  assert.doesNotMatch(JSON.stringify({ steps, events: await t.store.getEvents(done.id) }), /top secret/);

  // Writing out through ../ and an absolute path are refused the same way and create nothing.
  const escape = path.join(t.dataDir, 'escaped.txt');
  for (const p of ['../escaped.txt', 'notes/../../escaped.txt', escape]) {
    const w = await t.run(wf([{ step_id: 'w', driver: 'file', operation: 'write', parameters: { path: p, content: 'pwned' } }]));
    assert.equal(w.status, 'failed', p);
    const row = (await t.store.getSteps(w.id))[0];
    assert.equal((row.error as Err).code, 'path_outside_workspace', p);
    assert.ok((row.error as Err).message.includes(p), `${(row.error as Err).message} names ${p}`);
  }
  assert.equal(existsSync(escape), false);
  assert.equal(readFileSync(path.join(t.dataDir, 'secret.txt'), 'utf8'), 'top secret');
  await t.close();
});
