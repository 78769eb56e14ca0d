/**
 * The real server process end to end: `autoflow serve` on a free port with a temp data dir and
 * AUTOFLOW_ADMIN_KEY; create a workflow, start a run, follow it over SSE (fetch streaming) to
 * the approval gate, approve it, follow to completion, read the audit trail. Then SIGTERM
 * drains mid-step, and the next start resumes the parked run; after kill -9 the next start
 * resumes the interrupted run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { recordingServer, startCli, tempDir, waitFor } from './helpers.ts';

const adminKey = 'e2e-admin-key-0123456789abcdef';

async function startServe(dataDir: string): Promise<{ url: string; child: ReturnType<typeof startCli>; exited: Promise<{ code: number | null; signal: string | null }> }> {
  const child = startCli(['serve', '--port', '0'], { AUTOFLOW_DATA_DIR: dataDir, AUTOFLOW_ADMIN_KEY: adminKey, AUTOFLOW_DRAIN_TIMEOUT_MS: '5000' });
  // 'close', not 'exit': after 'exit' the child's last output may still be in its pipes.
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  await waitFor(() => /listening on http:\/\/[\d.]+:\d+/.test(child.output()) || child.exitCode !== null, 20_000, 'the server to listen');
  const url = /listening on (http:\/\/[\d.]+:\d+)/.exec(child.output())?.[1];
  assert.ok(url, child.output());
  return { url, child, exited };
}

function api(url: string) {
  return async (method: string, p: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url + p, { method, headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

/** Follows a run's SSE stream; calls `onEvent` per event; resolves with the event types when the stream ends. */
async function followSse(url: string, runId: string, onEvent: (type: string, data: any) => void | Promise<void>): Promise<{ types: string[]; ids: number[] }> {
  const res = await fetch(`${url}/v1/runs/${runId}/events`, { headers: { authorization: `Bearer ${adminKey}`, accept: 'text/event-stream' } });
  assert.equal(res.status, 200);
  const types: string[] = [];
  const ids: number[] = [];
  const dec = new TextDecoder();
  let buf = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buf += dec.decode(chunk, { stream: true });
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const ev = /^event: (.+)$/m.exec(block)?.[1];
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (!ev) continue;
      types.push(ev);
      ids.push(Number(id));
      await onEvent(ev, data ? JSON.parse(data) : null);
    }
  }
  return { types, ids };
}

/** Polls a run until it has `status` (or 20 s pass); returns the last status seen. */
async function until(call: ReturnType<typeof api>, runId: string, status: string): Promise<string> {
  let cur = '';
  for (const end = Date.now() + 20_000; cur !== status && Date.now() < end;) { cur = (await call('GET', `/v1/runs/${runId}`)).body.status; if (cur !== status) await new Promise((r) => setTimeout(r, 50)); }
  return cur;
}

test('serve end to end: workflow, run, SSE to completion through an approval gate, audit trail, SIGTERM', async () => {
  const dir = tempDir('af-e2e-');
  const { url, child, exited } = await startServe(path.join(dir, 'data'));
  try {
    assert.ok(!child.output().includes(adminKey), 'a key given in the environment is not printed');
    const call = api(url);
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.equal((await fetch(`${url}/v1/workflows`)).status, 401);
    const wf = await call('POST', '/v1/workflows', {
      workflow_id: 'wf_release', name: 'Release', inputs: { version: { type: 'string' } },
      steps: [
        { step_id: 'prepare', driver: 'transform', operation: 'build', parameters: { value: { tag: 'v{{inputs.version}}' } } },
        { step_id: 'approve', kind: 'approval', message: 'Release {{prepare.tag}}?' },
        { step_id: 'announce', driver: 'transform', operation: 'build', parameters: { value: { text: 'released {{prepare.tag}}' } } },
      ],
    });
    assert.equal(wf.status, 201, JSON.stringify(wf.body));
    const run = await call('POST', '/v1/workflows/wf_release/runs', { inputs: { version: '1.2.0' } }, { 'idempotency-key': 'release-1.2.0' });
    assert.equal(run.status, 202, JSON.stringify(run.body));
    const runId = run.body.id;
    let approval: unknown;
    const { types, ids } = await followSse(url, runId, async (type) => {
      if (type === 'step.waiting') approval = await call('POST', `/v1/runs/${runId}/approvals/approve/approve`, { comment: 'go' });
    });
    assert.equal((approval as { status: number }).status, 200);
    assert.deepEqual(ids, ids.map((_, i) => i + 1), 'every event, in order');
    assert.equal(types.at(-1), 'run.completed');
    for (const t of ['run.started', 'step.completed', 'step.waiting', 'step.approved', 'run.completed']) assert.ok(types.includes(t), `${t} in ${types.join(',')}`);
    const summary = await call('GET', `/v1/runs/${runId}`);
    assert.equal(summary.body.status, 'completed');
    assert.equal(summary.body.results.announce.result.text, 'released v1.2.0');
    assert.equal((await call('POST', '/v1/workflows/wf_release/runs', { inputs: { version: '1.2.0' } }, { 'idempotency-key': 'release-1.2.0' })).body.id, runId);

    const audit = await call('GET', '/v1/audit');
    const actions = audit.body.entries.map((e: any) => e.action).reverse();
    assert.deepEqual(actions, ['workflows.create', 'runs.start', 'approvals.approve', 'runs.start']);
    const approvalEntry = audit.body.entries.find((e: any) => e.action === 'approvals.approve');
    assert.equal(approvalEntry.target_id, runId);
    assert.equal(approvalEntry.ip, '127.0.0.1');
    assert.equal(approvalEntry.actor_name, 'admin');
    assert.equal((await fetch(`${url}/v1/audit/${approvalEntry.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${adminKey}` } })).status, 404);
  } finally {
    child.kill('SIGTERM');
  }
  const end = await exited;
  assert.equal(end.code, 0, child.output());
  assert.match(child.output(), /Stopped\./);
});

test('serve: SIGTERM drains mid-step (the step finishes, the run parks), the next start resumes it; after kill -9 the next start resumes too', async () => {
  let delay = 400;
  const srv = await recordingServer((req, res) => { setTimeout(() => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify({ ok: true, path: req.url })); }, delay).unref(); });
  const dir = tempDir('af-e2e-');
  const dataDir = path.join(dir, 'data');
  const step = (id: string) => ({ step_id: id, driver: 'http', operation: 'request', parameters: { method: 'POST', url: `${srv.url}/${id}`, json: { id }, fail_on_error: true } });
  let s: Awaited<ReturnType<typeof startServe>> | undefined;
  try {
    s = await startServe(dataDir);
    let call = api(s.url);
    assert.equal((await call('POST', '/v1/workflows', { workflow_id: 'wf_slow', name: 'Slow', steps: [step('one'), step('two'), step('three')] })).status, 201);
    const runId = (await call('POST', '/v1/workflows/wf_slow/runs', {})).body.id;
    await waitFor(() => srv.calls.some((c) => c.path === '/one'), 10_000, 'step one to be called');
    s.child.kill('SIGTERM');
    assert.equal((await s.exited).code, 0, s.child.output());
    assert.match(s.child.output(), /Parked 1 run/);
    assert.deepEqual(srv.calls.map((c) => c.path), ['/one'], 'the step in flight finished; no new step started');

    s = await startServe(dataDir);
    call = api(s.url);
    await waitFor(() => srv.calls.some((c) => c.path === '/three'), 10_000, 'the run to be resumed');
    assert.equal(await until(call, runId, 'completed'), 'completed');
    assert.deepEqual(srv.calls.map((c) => c.path), ['/one', '/two', '/three'], 'nothing ran twice');

    delay = 60_000;
    const second = (await call('POST', '/v1/workflows/wf_slow/runs', {})).body.id;
    await waitFor(() => srv.calls.length === 4, 10_000, 'step one of the second run');
    s.child.kill('SIGKILL');
    await s.exited;
    delay = 0;
    s = await startServe(dataDir);
    call = api(s.url);
    const resumedServer = s;
    await waitFor(() => /Resuming 1 unfinished run/.test(resumedServer.child.output()), 10_000, 'the start to report the resumed run');
    assert.equal(await until(call, second, 'completed'), 'completed');
    const keys = srv.calls.filter((c) => c.path === '/one').slice(1).map((c) => c.idempotencyKey);
    assert.equal(keys.length, 2, 'the interrupted step was retried once');
    assert.equal(keys[0], keys[1], 'with the same idempotency key');
    s.child.kill('SIGTERM');
    assert.equal((await s.exited).code, 0);
  } finally {
    // A failed assertion must not leave the server running (it would hold the suite open).
    if (s && s.child.exitCode === null && s.child.signalCode === null) { s.child.kill('SIGKILL'); await s.exited; }
    await srv.close();
  }
});
