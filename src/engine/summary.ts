/**
 * The run as people read it: the seed 000 monitoring shape while it runs
 * (`status, current_step, progress, steps_completed, steps_remaining, execution_time,
 * step_results`) and the completion summary when it ends (`workflow_id, status,
 * execution_time, steps_executed, success_rate, results, user_notification`). Progress counts
 * top-level steps; nested steps show inside their parent's result.
 */
import type { RunRow, StepRow } from '../store/types.ts';
import { formatDuration } from '../workflow/duration.ts';

interface DocStep { step_id: string; name?: string; driver?: string; operation?: string; kind?: string }

function topLevel(run: RunRow): DocStep[] {
  return ((run.doc as { steps?: DocStep[] })?.steps ?? []);
}

function elapsed(run: RunRow, now: number): number {
  return (run.ended_at ?? now) - (run.started_at ?? run.created_at);
}

/** The monitoring view of a run (any status). */
export function monitoringView(run: RunRow, rows: StepRow[], now: number) {
  const byKey = new Map(rows.map((r) => [r.step_key, r]));
  const steps = topLevel(run);
  const done = steps.filter((s) => ['completed', 'skipped'].includes(byKey.get(s.step_id)?.status ?? '')).length;
  const current = steps.find((s) => ['in-progress', 'waiting', 'pending'].includes(byKey.get(s.step_id)?.status ?? '') && byKey.has(s.step_id));
  const waiting = rows.filter((r) => r.status === 'waiting').map((r) => ({ step_id: r.step_key, ...(r.state as object) }));
  return {
    workflow_id: run.workflow_id,
    run_id: run.id,
    name: run.workflow_name,
    status: run.status,
    current_step: current?.step_id ?? null,
    progress: `${steps.length ? Math.round((done / steps.length) * 100) : 100}%`,
    steps_completed: done,
    steps_remaining: steps.length - done,
    execution_time: formatDuration(elapsed(run, now)),
    step_results: steps.map((s) => stepResult(s, byKey.get(s.step_id), now)),
    ...(waiting.length ? { waiting_for: waiting } : {}),
    ...(run.error ? { error: run.error } : {}),
  };
}

function stepResult(s: DocStep, row: StepRow | undefined, now: number) {
  if (!row) return { step_id: s.step_id, name: s.name ?? s.step_id, status: 'pending' };
  const base = { step_id: s.step_id, name: s.name ?? s.step_id, status: row.status, attempts: row.attempt || undefined };
  if (row.status === 'completed') return { ...base, execution_time: formatDuration((row.ended_at ?? now) - (row.started_at ?? now)), result: row.output };
  if (row.status === 'failed') return { ...base, execution_time: formatDuration((row.ended_at ?? now) - (row.started_at ?? now)), error: row.error };
  if (row.status === 'skipped') return { ...base, reason: (row.error as { message?: string } | null)?.message };
  return { ...base, started_at: row.started_at ? new Date(row.started_at).toISOString() : null, ...(row.status === 'waiting' ? { waiting: row.state } : {}), ...(row.status === 'pending' && row.error ? { last_error: row.error, next_attempt_at: row.wake_at ? new Date(row.wake_at).toISOString() : null } : {}) };
}

/** The completion summary of a finished (or waiting) run. */
export function completionSummary(run: RunRow, rows: StepRow[], now: number) {
  const byKey = new Map(rows.map((r) => [r.step_key, r]));
  const steps = topLevel(run);
  const executed = steps.filter((s) => ['completed', 'failed'].includes(byKey.get(s.step_id)?.status ?? ''));
  const ok = executed.filter((s) => byKey.get(s.step_id)!.status === 'completed');
  const results: Record<string, unknown> = {};
  for (const s of steps) {
    const r = byKey.get(s.step_id);
    results[s.step_id] = {
      name: s.name ?? s.step_id,
      ...(s.driver ? { driver: s.driver, operation: s.operation } : { kind: s.kind }),
      status: r?.status ?? 'pending',
      ...(r?.status === 'completed' ? { result: r.output } : {}),
      ...(r?.status === 'failed' ? { error: r.error } : {}),
    };
  }
  const rollback = rows.filter((r) => r.step_key.startsWith('undo:')).map((r) => ({ step: r.step_key.slice(5), status: r.status }));
  const notice = byKey.get('notify:failure');
  const verb = run.status === 'completed' ? (ok.length === executed.length ? '✅ Workflow completed successfully' : '⚠️ Workflow completed with failed steps') : run.status === 'waiting' ? '⏸ Workflow is waiting' : `❌ Workflow ${run.status}`;
  return {
    workflow_id: run.workflow_id,
    run_id: run.id,
    status: run.status,
    execution_time: formatDuration(elapsed(run, now)),
    steps_executed: executed.length,
    success_rate: `${executed.length ? Math.round((ok.length / executed.length) * 100) : 0}%`,
    results,
    ...(run.error ? { error: run.error } : {}),
    ...(rollback.length ? { rollback } : {}),
    user_notification: {
      method: notice ? 'notify' : 'cli',
      message: `${verb}: ${run.workflow_name} — ${ok.length}/${steps.length} steps completed.`,
      timestamp: new Date(run.ended_at ?? now).toISOString(),
    },
  };
}
