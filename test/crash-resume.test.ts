/**
 * Durability under `kill -9`: a real CLI process runs a three-step workflow against a local
 * HTTP server and is killed while step 2 is in flight. `autoflow resume` then finishes the run:
 * step 1 is not called again, step 2 is retried with the same idempotency key, step 3 runs once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { recordingServer, runCli, startCli, tempDir, waitFor } from './helpers.ts';

test('kill -9 in the middle of a step, then resume: nothing completed runs twice, nothing is lost', async () => {
  let hang = true;
  const srv = await recordingServer((req, res) => {
    if (req.url === '/two' && hang) return; // never answers while the first process is alive
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, path: req.url }));
  });
  const dir = tempDir();
  const file = path.join(dir, 'wf.json');
  const call = (id: string, p: string, extra = {}) => ({ step_id: id, driver: 'http', operation: 'request', parameters: { method: 'POST', url: `${srv.url}${p}`, json: { step: id, ...extra }, fail_on_error: true } });
  writeFileSync(file, JSON.stringify({
    name: 'crash test',
    steps: [call('one', '/one'), call('two', '/two', { after: '{{one.status}}' }), call('three', '/three', { after: '{{two.body.path}}' })],
  }));
  const env = { AUTOFLOW_DATA_DIR: path.join(dir, 'data') };
  try {
    const first = startCli(['run', file, '--no-check'], env);
    const exited = new Promise<string | null>((resolve) => first.on('exit', (_c, sig) => resolve(sig)));
    await waitFor(() => srv.calls.some((c) => c.path === '/two'), 20_000, 'step two to be called');
    first.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    hang = false;

    const store = new SqliteStore({ file: path.join(dir, 'data', 'autoflow.db') });
    const [run] = await store.listRuns('default');
    assert.equal(run.status, 'running', 'the killed run is still marked running');
    const before = await store.getSteps(run.id);
    assert.equal(before.find((s) => s.step_id === 'one')?.status, 'completed', 'step one was committed before step two started');
    await store.close();

    const resumed = await runCli(['resume'], env);
    assert.equal(resumed.code, 0, resumed.out);
    assert.match(resumed.out, /completed/);

    const count = (p: string) => srv.calls.filter((c) => c.path === p).length;
    assert.equal(count('/one'), 1, 'completed step one was not called again');
    assert.equal(count('/two'), 2, 'interrupted step two was retried once');
    assert.equal(count('/three'), 1);
    const keys = srv.calls.filter((c) => c.path === '/two').map((c) => c.idempotencyKey);
    assert.ok(keys[0], 'an idempotency key was sent');
    assert.equal(keys[0], keys[1], 'the retry of the interrupted attempt carries the same idempotency key');
    assert.equal(JSON.parse(srv.calls.find((c) => c.path === '/three')!.body).after, '/two', 'step three got step two\'s output');

    const store2 = new SqliteStore({ file: path.join(dir, 'data', 'autoflow.db') });
    const done = await store2.getRun(run.id);
    assert.equal(done?.status, 'completed');
    const events = (await store2.getEvents(run.id)).map((e) => e.type);
    assert.ok(events.includes('run.resumed'));
    await store2.close();
  } finally {
    await srv.close();
  }
});
