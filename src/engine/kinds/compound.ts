/**
 * Shared ending of compound steps (condition, loop, parallel, sub-workflow): turns the result
 * of their inner steps into the compound step's own outcome and durable row.
 */
import type { ScopeResult, StepOutcome } from '../outcome.ts';
import { firstError } from '../outcome.ts';
import type { StepContext } from '../execution.ts';

/** Completes, fails, suspends or cancels the compound step according to its children. */
export async function finishCompound(x: StepContext, inner: ScopeResult | ScopeResult[], output: unknown): Promise<StepOutcome> {
  const results = Array.isArray(inner) ? inner : [inner];
  if (results.some((r) => r.cancelled)) return { status: 'cancelled' };
  const failed = results.find((r) => r.failed);
  if (failed) {
    const cause = firstError(failed)!;
    return x.exec.fail(x.key, x.node, { code: 'inner_step_failed', message: `A step inside '${x.node.id}' failed: ${cause.message}`, hint: cause.hint, retryable: false, details: { cause } });
  }
  if (results.some((r) => r.suspended)) return { status: 'suspended' };
  await x.exec.putStep(x.key, x.node, { status: 'completed', output, ended_at: x.exec.clock.now() }, { type: 'step.completed', data: { output: summarize(output) } }, true);
  return { status: 'completed', output };
}

/** Keeps compound outputs in events small (the row holds the whole output). */
function summarize(output: unknown): unknown {
  const text = JSON.stringify(output ?? null);
  return text.length > 4096 ? { truncated: true, bytes: text.length } : output;
}

/** Marks a compound step as started (once), remembering kind-specific state for replay. */
export async function startCompound(x: StepContext, state: unknown): Promise<void> {
  if (x.row?.status === 'in-progress') return;
  await x.exec.putStep(x.key, x.node, { status: 'in-progress', state, started_at: x.exec.clock.now() }, { type: 'step.started', data: { kind: x.node.kind } }, true);
}
