/**
 * The Store contract suite: behaviour every adapter (SQLite now, PostgreSQL next) must show.
 * An adapter's test file calls `storeContract(name, factory)`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mutation, RunRow, StepRow, Store } from './types.ts';

let n = 0;
/** A run row with defaults; ids sort by creation order. */
export function sampleRun(over: Partial<RunRow> = {}): RunRow {
  n++;
  return {
    id: `run_${String(Date.now()).padStart(14, '0')}${String(n).padStart(6, '0')}`, tenant_id: 't1', workflow_id: 'wf_a', workflow_name: 'A', workflow_version: 1,
    doc: { name: 'A', steps: [] }, status: 'pending', inputs: { x: 1 }, output: null, error: null, created_at: 1000 + n, started_at: null, ended_at: null,
    owner: null, lease_until: null, wake_at: null, cancel_requested: false, idempotency_key: null, parent_run_id: null, ...over,
  };
}

function sampleStep(runId: string, key: string, over: Partial<StepRow> = {}): StepRow {
  return { run_id: runId, step_key: key, step_id: key, kind: 'action', status: 'pending', attempt: 0, idempotency_key: null, input: null, output: null, error: null, state: null, started_at: null, ended_at: null, wake_at: null, ...over };
}

const ev = (run: RunRow, type: string): Mutation => ({ op: 'event', event: { run_id: run.id, tenant_id: run.tenant_id, seq: 0, type, step_key: null, data: { type }, at: 1 } });

/** Registers the contract tests for a store produced by `make` (a fresh, empty store each call). */
export function storeContract(name: string, make: () => Promise<Store>): void {
  test(`${name}: a run round-trips with its JSON fields and flags`, async () => {
    const s = await make();
    const run = sampleRun({ cancel_requested: true, inputs: { nested: { a: [1, 2] } } });
    assert.deepEqual(await s.apply([[{ op: 'insertRun', run }]]), [{ ok: true }]);
    assert.deepEqual(await s.getRun(run.id), run);
    assert.equal(await s.getRun(run.id, 'other-tenant'), undefined, 'another tenant does not see it');
    const keyed = sampleRun({ idempotency_key: 'k-1' });
    await s.apply([[{ op: 'insertRun', run: keyed }]]);
    assert.equal((await s.findRunByIdempotencyKey('t1', 'k-1'))?.id, keyed.id);
    assert.equal(await s.findRunByIdempotencyKey('t2', 'k-1'), undefined);
    await s.close();
  });

  test(`${name}: a failed guard undoes only its own group, others in the batch commit`, async () => {
    const s = await make();
    const run = sampleRun();
    await s.apply([[{ op: 'insertRun', run }]]);
    const res = await s.apply([
      [{ op: 'updateRun', runId: run.id, expect: { status: ['running'] }, set: { status: 'completed' } }, ev(run, 'should.not.exist')],
      [{ op: 'updateRun', runId: run.id, expect: { status: ['pending'] }, set: { status: 'running' } }, ev(run, 'run.started')],
    ]);
    assert.deepEqual(res.map((r) => r.ok), [false, true]);
    assert.equal((await s.getRun(run.id))!.status, 'running');
    assert.deepEqual((await s.getEvents(run.id)).map((e) => e.type), ['run.started']);
    await s.close();
  });

  test(`${name}: a group that breaks a unique key fails alone`, async () => {
    const s = await make();
    const a = sampleRun({ idempotency_key: 'same' });
    const b = sampleRun({ idempotency_key: 'same' });
    const c = sampleRun();
    const res = await s.apply([[{ op: 'insertRun', run: a }], [{ op: 'insertRun', run: b }, ev(b, 'x')], [{ op: 'insertRun', run: c }]]);
    assert.deepEqual(res.map((r) => r.ok), [true, false, true]);
    assert.ok(res[1].error);
    assert.equal(await s.getRun(b.id), undefined);
    assert.ok(await s.getRun(c.id));
    await s.close();
  });

  test(`${name}: events get consecutive sequence numbers per run and can be read after a seq`, async () => {
    const s = await make();
    const a = sampleRun();
    const b = sampleRun();
    await s.apply([[{ op: 'insertRun', run: a }, { op: 'insertRun', run: b }]]);
    await s.apply([[ev(a, 'a1'), ev(b, 'b1'), ev(a, 'a2')], [ev(a, 'a3')]]);
    assert.deepEqual((await s.getEvents(a.id)).map((e) => [e.seq, e.type]), [[1, 'a1'], [2, 'a2'], [3, 'a3']]);
    assert.deepEqual((await s.getEvents(a.id, 2)).map((e) => e.type), ['a3']);
    assert.deepEqual((await s.getEvents(b.id)).map((e) => e.seq), [1]);
    await s.close();
  });

  test(`${name}: step writes can be guarded on the current status (one decision wins)`, async () => {
    const s = await make();
    const run = sampleRun();
    await s.apply([[{ op: 'insertRun', run }, { op: 'putStep', step: sampleStep(run.id, 'gate', { status: 'waiting' }) }]]);
    const approve = await s.apply([[{ op: 'putStep', step: sampleStep(run.id, 'gate', { status: 'completed', output: { approved: true } }), expect: { status: ['waiting'] } }]]);
    const reject = await s.apply([[{ op: 'putStep', step: sampleStep(run.id, 'gate', { status: 'failed' }), expect: { status: ['waiting'] } }]]);
    assert.deepEqual([approve[0].ok, reject[0].ok], [true, false]);
    const [row] = await s.getSteps(run.id);
    assert.equal(row.status, 'completed');
    assert.deepEqual(row.output, { approved: true });
    const fresh = await s.apply([[{ op: 'putStep', step: sampleStep(run.id, 'new'), expect: { status: ['absent'] } }]]);
    assert.equal(fresh[0].ok, true);
    await s.close();
  });

  test(`${name}: a run is claimed by one owner at a time until its lease expires`, async () => {
    const s = await make();
    const run = sampleRun({ status: 'running' });
    await s.apply([[{ op: 'insertRun', run }]]);
    assert.ok(await s.claimRun(run.id, 'A', 2000, 1000));
    assert.equal(await s.claimRun(run.id, 'B', 2500, 1500), undefined, 'B is refused while A holds the lease');
    assert.ok(await s.claimRun(run.id, 'A', 3000, 1500), 'A may renew its own claim');
    assert.ok(await s.claimRun(run.id, 'C', 4000, 1600, 'A'), 'explicit take-over from a dead owner');
    assert.ok(await s.claimRun(run.id, 'B', 9000, 5000), 'B claims after the lease expired');
    await s.apply([[{ op: 'updateRun', runId: run.id, set: { status: 'completed', owner: null } }]]);
    assert.equal(await s.claimRun(run.id, 'D', 9999, 9000), undefined, 'finished runs are never claimed');
    await s.close();
  });

  test(`${name}: lease renewal reports runs whose cancellation was requested`, async () => {
    const s = await make();
    const a = sampleRun({ status: 'running', owner: 'A', lease_until: 10 });
    const b = sampleRun({ status: 'running', owner: 'A', lease_until: 10, cancel_requested: true });
    await s.apply([[{ op: 'insertRun', run: a }, { op: 'insertRun', run: b }]]);
    assert.deepEqual(await s.renewLeases('A', [a.id, b.id], 500), [b.id]);
    assert.equal((await s.getRun(a.id))!.lease_until, 500);
    await s.close();
  });

  test(`${name}: runnable runs are the orphaned and the due, not the parked`, async () => {
    const s = await make();
    const orphan = sampleRun({ status: 'running' });
    const leased = sampleRun({ status: 'running', owner: 'X', lease_until: 5000 });
    const due = sampleRun({ status: 'waiting', wake_at: 900 });
    const later = sampleRun({ status: 'waiting', wake_at: 5000 });
    const gate = sampleRun({ status: 'waiting' });
    const done = sampleRun({ status: 'completed' });
    await s.apply([[orphan, leased, due, later, gate, done].map((run) => ({ op: 'insertRun', run }) as Mutation)]);
    assert.deepEqual((await s.findRunnable(1000)).map((r) => r.id).sort(), [orphan.id, due.id].sort());
    assert.deepEqual((await s.findRunnable(1000, 100, true)).map((r) => r.id).sort(), [orphan.id, leased.id, due.id].sort());
    await s.close();
  });

  test(`${name}: runs list newest first with filters and a cursor`, async () => {
    const s = await make();
    const runs = [sampleRun({ status: 'completed' }), sampleRun({ status: 'failed' }), sampleRun({ status: 'completed', workflow_id: 'wf_b' }), sampleRun({ tenant_id: 't2' })];
    await s.apply([runs.map((run) => ({ op: 'insertRun', run }) as Mutation)]);
    assert.deepEqual((await s.listRuns('t1')).map((r) => r.id), [runs[2].id, runs[1].id, runs[0].id]);
    assert.deepEqual((await s.listRuns('t1', { status: ['completed'] })).map((r) => r.id), [runs[2].id, runs[0].id]);
    assert.deepEqual((await s.listRuns('t1', { workflow_id: 'wf_b' })).map((r) => r.id), [runs[2].id]);
    const page1 = await s.listRuns('t1', { limit: 2 });
    const page2 = await s.listRuns('t1', { limit: 2, before: page1.at(-1)!.id });
    assert.deepEqual([...page1, ...page2].map((r) => r.id), [runs[2].id, runs[1].id, runs[0].id]);
    await s.close();
  });

  test(`${name}: each saved workflow is a new version; old versions stay readable`, async () => {
    const s = await make();
    const v1 = await s.saveWorkflow('t1', 'wf', 'First', { v: 1 }, 1);
    const v2 = await s.saveWorkflow('t1', 'wf', 'Second', { v: 2 }, 2);
    assert.deepEqual([v1.version, v2.version], [1, 2]);
    assert.deepEqual((await s.getWorkflow('t1', 'wf'))!.doc, { v: 2 });
    assert.deepEqual((await s.getWorkflow('t1', 'wf', 1))!.doc, { v: 1 });
    assert.equal(await s.getWorkflow('t2', 'wf'), undefined);
    assert.deepEqual((await s.listWorkflows('t1')).map((w) => [w.id, w.version]), [['wf', 2]]);
    await s.close();
  });

  test(`${name}: versions are listed; a soft delete hides the workflow but keeps its rows`, async () => {
    const s = await make();
    await s.saveWorkflow('t1', 'wf', 'First', { v: 1 }, 1);
    await s.saveWorkflow('t1', 'wf', 'Second', { v: 2 }, 2);
    await s.saveWorkflow('t1', 'other', 'Other', { v: 1 }, 3);
    assert.deepEqual((await s.listWorkflowVersions('t1', 'wf')).map((w) => w.version), [1, 2]);
    assert.deepEqual(await s.listWorkflowVersions('t2', 'wf'), [], 'another tenant sees no versions');
    assert.equal(await s.deleteWorkflow('t2', 'wf', 9), false, 'another tenant cannot delete it');
    assert.equal(await s.deleteWorkflow('t1', 'wf', 9), true);
    assert.equal(await s.deleteWorkflow('t1', 'wf', 10), false, 'already deleted');
    assert.equal(await s.getWorkflow('t1', 'wf'), undefined);
    assert.deepEqual(await s.listWorkflowVersions('t1', 'wf'), []);
    assert.deepEqual((await s.listWorkflows('t1')).map((w) => w.id), ['other']);
    assert.equal((await s.getWorkflow('t1', 'wf', 1))?.deleted_at, 9, 'the rows remain (runs refer to them)');
    await s.close();
  });

  test(`${name}: a step row can be deleted`, async () => {
    const s = await make();
    const run = sampleRun();
    await s.apply([[{ op: 'insertRun', run }, { op: 'putStep', step: sampleStep(run.id, 'a') }, { op: 'putStep', step: sampleStep(run.id, 'b') }]]);
    await s.apply([[{ op: 'deleteStep', runId: run.id, stepKey: 'a' }]]);
    assert.deepEqual((await s.getSteps(run.id)).map((r) => r.step_key), ['b']);
    await s.close();
  });
}
