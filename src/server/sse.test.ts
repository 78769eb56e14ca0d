/** Live events over SSE in-process: replay then live, resumable with Last-Event-ID, gates decided while streaming, end at the terminal event. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, testServer, waitForStatus, type TestServer } from './test-helpers.ts';

interface Frame { id: number; event: string; data: any }

/** Reads SSE frames until the stream ends (or `until` says stop). */
async function readFrames(t: TestServer, runId: string, o: { lastEventId?: number; until?: (f: Frame[]) => boolean; onFrame?: (f: Frame) => void } = {}): Promise<{ frames: Frame[]; ended: boolean; comments: string[] }> {
  const res = await t.app.request(`/v1/runs/${runId}/events`, { headers: { authorization: `Bearer ${t.adminKey}`, accept: 'text/event-stream', ...(o.lastEventId !== undefined ? { 'last-event-id': String(o.lastEventId) } : {}) } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
  const reader = res.body!.getReader();
  const frames: Frame[] = [];
  const comments: string[] = [];
  let buf = '';
  const dec = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { frames, ended: true, comments };
    buf += dec.decode(value, { stream: true });
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      if (block.startsWith(':')) { comments.push(block); continue; }
      const f: Partial<Frame> = {};
      for (const line of block.split('\n')) {
        const [k, ...rest] = line.split(': ');
        if (k === 'id') f.id = Number(rest.join(': '));
        if (k === 'event') f.event = rest.join(': ');
        if (k === 'data') f.data = JSON.parse(rest.join(': '));
      }
      if (f.event) { frames.push(f as Frame); o.onFrame?.(f as Frame); }
    }
    if (o.until?.(frames)) { await reader.cancel(); return { frames, ended: false, comments }; }
  }
}

test('sse: a client sees every state change live, decides the gate while watching, and the stream ends with the run', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([
    { step_id: 'a', driver: 'test', operation: 'slow', parameters: { ms: 30 } },
    { step_id: 'gate', kind: 'approval', message: 'ship {{a.slept}}?' },
    { step_id: 'b', driver: 'test', operation: 'echo', parameters: { ok: true } },
  ], { workflow_id: 'wf' }) });
  const runId = (await t.call('POST', '/v1/workflows/wf/runs', { body: {} })).body.id;
  let approved = false;
  const { frames, ended } = await readFrames(t, runId, {
    onFrame: (f) => { if (f.event === 'step.waiting' && !approved) { approved = true; void t.call('POST', `/v1/runs/${runId}/approvals/gate/approve`, { body: { comment: 'go' } }); } },
  });
  assert.ok(ended, 'the stream ends after the terminal event');
  assert.deepEqual(frames.map((f) => f.id), frames.map((_, i) => i + 1), 'ids are consecutive seqs from 1, none missing, none twice');
  const types = frames.map((f) => f.event);
  for (const t2 of ['run.created', 'run.started', 'step.started', 'step.completed', 'step.waiting', 'run.waiting', 'step.approved', 'run.resumed', 'run.completed']) assert.ok(types.includes(t2), `saw ${t2}: ${types.join(', ')}`);
  assert.equal(types.at(-1), 'run.completed');
  assert.equal(frames.find((f) => f.event === 'step.approved')!.data.data.comment, 'go');

  const resumed = await readFrames(t, runId, { lastEventId: 5 });
  assert.deepEqual(resumed.frames.map((f) => f.id), frames.slice(5).map((f) => f.id), 'Last-Event-ID resumes after that seq');
  assert.ok(resumed.ended);
  const finished = await readFrames(t, runId, { lastEventId: frames.at(-1)!.id });
  assert.deepEqual(finished.frames, [], 'nothing after the end: the stream closes at once');
  await t.close();
});

test('sse: reconnecting mid-run replays the gap and continues live; heartbeats are comments; a cancelled run ends the stream', async () => {
  const t = await testServer({ config: { heartbeatMs: 20 } });
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'gate', kind: 'approval' }], { workflow_id: 'wf' }) });
  const runId = (await t.call('POST', '/v1/workflows/wf/runs', { body: {} })).body.id;
  await waitForStatus(t, runId, ['waiting']);
  const first = await readFrames(t, runId, { until: (f) => f.some((x) => x.event === 'run.waiting') });
  assert.equal(first.ended, false);
  const lastSeen = first.frames.at(-1)!.id;
  let cancelled: Promise<unknown> | undefined;
  setTimeout(() => { cancelled = t.call('POST', `/v1/runs/${runId}/cancel`); }, 80);
  const second = await readFrames(t, runId, { lastEventId: lastSeen - 1 });
  await cancelled;
  assert.equal(second.frames[0].id, lastSeen, 'replays from after Last-Event-ID');
  assert.equal(second.frames.at(-1)!.event, 'run.cancelled');
  assert.ok(second.comments.some((c) => c.startsWith(': heartbeat')), 'heartbeat comments were sent while waiting');
  assert.equal(t.s.hub.size, 0, 'no subscription is left behind');
  await t.close();
});

test('sse: another tenant\'s run is 404, not a stream', async () => {
  const t = await testServer();
  await t.call('POST', '/v1/workflows', { body: doc([{ step_id: 'a', driver: 'test', operation: 'echo', parameters: {} }], { workflow_id: 'wf' }) });
  const runId = (await t.call('POST', '/v1/workflows/wf/runs', { body: {} })).body.id;
  const other = await t.key('admin', { tenant: 'acme' });
  const res = await t.call('GET', `/v1/runs/${runId}/events`, { key: other, headers: { accept: 'text/event-stream' } });
  assert.equal(res.status, 404);
  await t.close();
});
