/**
 * rollback_and_notify: after a failure, undoes every completed action that declares an undo
 * operation, newest first, then sends the failure notice to `notification_channel` through the
 * notify driver. Each undo and the notice are recorded as rows (`undo:<step>`, `notify:failure`),
 * so a resumed run never undoes or notifies twice.
 */
import { toErrorData, type ErrorData } from '../platform/errors.ts';
import { stableHash } from '../platform/ids.ts';
import type { ActionStep } from '../workflow/schema.ts';
import type { RunExecution } from './execution.ts';
import { invokeOperation } from './invoke.ts';

const undoTimeoutMs = 60_000;

export interface CompensationReport {
  undone: string[];
  failed: { step: string; error: ErrorData }[];
  notified?: { channel: string; ok: boolean; error?: ErrorData };
}

/** Undoes completed steps in reverse completion order, then notifies. */
export async function rollbackAndNotify(exec: RunExecution, failure: { stepKey: string; error: ErrorData }): Promise<CompensationReport> {
  const report: CompensationReport = { undone: [], failed: [] };
  const completed = [...exec.rows.values()]
    .filter((r) => r.kind === 'action' && r.status === 'completed')
    .sort((a, b) => (b.ended_at ?? 0) - (a.ended_at ?? 0) || b.step_key.localeCompare(a.step_key));
  for (const row of completed) {
    const node = exec.graph.nodes.get(row.step_id);
    if (!node || node.kind !== 'action') continue;
    const step = node.step as ActionStep;
    const op = exec.deps.registry.operation(step.driver, step.operation);
    if (!op?.undo) continue;
    const key = `undo:${row.step_key}`;
    const done = exec.rows.get(key);
    if (done?.status === 'completed') { report.undone.push(row.step_key); continue; }
    const undoNode = { id: row.step_id, kind: 'undo' };
    const input = op.undo.input((row.input ?? {}) as Record<string, unknown>, (row.output ?? {}) as Record<string, unknown>);
    await exec.putStep(key, undoNode, { status: 'in-progress', input, started_at: exec.clock.now(), attempt: 1 }, { type: 'compensation.started', data: { step: row.step_key, operation: op.undo.operation } }, true);
    try {
      const output = await invokeOperation(exec, { driver: step.driver, operation: op.undo.operation, input: exec.deps.registry.operation(step.driver, op.undo.operation)!.input.parse(input), stepKey: key, idempotencyKey: `af-${stableHash(exec.run.id, key)}`, timeoutMs: undoTimeoutMs });
      await exec.putStep(key, undoNode, { status: 'completed', output, ended_at: exec.clock.now() }, { type: 'compensation.completed', data: { step: row.step_key } }, true);
      report.undone.push(row.step_key);
    } catch (err) {
      const error = toErrorData(err);
      await exec.putStep(key, undoNode, { status: 'failed', error, ended_at: exec.clock.now() }, { type: 'compensation.failed', data: { step: row.step_key, error } }, true);
      report.failed.push({ step: row.step_key, error });
    }
  }
  const channel = exec.workflow.error_handling?.notification_channel;
  if (channel) report.notified = await notifyFailure(exec, channel, failure, report);
  return report;
}

async function notifyFailure(exec: RunExecution, channel: string, failure: { stepKey: string; error: ErrorData }, report: CompensationReport): Promise<CompensationReport['notified']> {
  const key = 'notify:failure';
  if (exec.rows.get(key)?.status === 'completed') return { channel, ok: true };
  const node = { id: 'notify_failure', kind: 'notification' };
  const name = exec.workflow.name;
  const message = [
    `❌ Workflow "${name}" (run ${exec.run.id}) failed at step ${failure.stepKey}: ${failure.error.message}`,
    report.undone.length ? `Rolled back: ${report.undone.join(', ')}.` : 'Nothing needed rolling back.',
    report.failed.length ? `Could not roll back: ${report.failed.map((f) => `${f.step} (${f.error.message})`).join('; ')}.` : '',
  ].filter(Boolean).join('\n');
  const input = { channel, message, subject: `Workflow failed: ${name}` };
  await exec.putStep(key, node, { status: 'in-progress', input, started_at: exec.clock.now(), attempt: 1 }, null, true);
  try {
    const output = await invokeOperation(exec, { driver: 'notify', operation: 'send', input: exec.deps.registry.operation('notify', 'send')!.input.parse(input), stepKey: key, idempotencyKey: `af-${stableHash(exec.run.id, key)}`, timeoutMs: undoTimeoutMs });
    await exec.putStep(key, node, { status: 'completed', output, ended_at: exec.clock.now() }, { type: 'notification.sent', data: { channel } }, true);
    return { channel, ok: true };
  } catch (err) {
    const error = toErrorData(err);
    await exec.putStep(key, node, { status: 'failed', error, ended_at: exec.clock.now() }, { type: 'notification.failed', data: { channel, error } }, true);
    return { channel, ok: false, error };
  }
}
