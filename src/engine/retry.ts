/**
 * Retry from the failed step: the mutations that turn a failed run back into a running one.
 * Failed step rows return to `pending` keeping their attempt count (so the next attempt gets a
 * fresh idempotency key), skipped rows are removed (their conditions and dependencies are
 * decided again), completed rows stay and replay. A run that was rolled back is not retried:
 * its completed work has been undone.
 */
import { AutoflowError } from '../platform/errors.ts';
import type { Mutation, RunRow, StepRow } from '../store/types.ts';
import { eventMutation } from './execution.ts';

export function retryMutations(run: RunRow, steps: StepRow[], by: string, now: number): Mutation[] {
  if (run.status !== 'failed') {
    throw new AutoflowError({ code: 'conflict', status: 409, message: `Run ${run.id} is ${run.status}; only a failed run can be retried.`, hint: run.status === 'completed' ? 'Start a new run instead.' : 'Wait for it to end, or cancel it.' });
  }
  if (steps.some((s) => s.step_key.startsWith('undo:'))) {
    throw new AutoflowError({ code: 'conflict', status: 409, message: `Run ${run.id} was rolled back; its completed steps were undone, so it cannot continue.`, hint: 'Start a new run of the workflow.' });
  }
  const failed = steps.filter((s) => s.status === 'failed' && !s.step_key.startsWith('notify:'));
  const skipped = steps.filter((s) => s.status === 'skipped' || s.step_key.startsWith('notify:'));
  return [
    { op: 'updateRun', runId: run.id, expect: { status: ['failed'] }, set: { status: 'running', ended_at: null, error: null, output: null, owner: null, lease_until: null, wake_at: null, cancel_requested: false } },
    ...failed.map((s): Mutation => ({ op: 'putStep', step: { ...s, status: 'pending', error: null, ended_at: null, wake_at: null }, expect: { status: ['failed'] } })),
    ...skipped.map((s): Mutation => ({ op: 'deleteStep', runId: run.id, stepKey: s.step_key })),
    eventMutation(run, 'run.retrying', null, { by, failed_steps: failed.map((s) => s.step_key), reset_skipped: skipped.map((s) => s.step_key) }, now),
  ];
}
