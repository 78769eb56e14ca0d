/**
 * The action step: renders parameters, checks them against the operation's input schema,
 * then calls the driver under the rate limiter with a per-attempt timeout and idempotency key,
 * retrying per the step's policy. Each attempt and each retry schedule is recorded first, so a
 * crash-retry repeats the interrupted attempt with the same key and never repeats a success.
 */
import { toErrorData, type ErrorData } from '../../platform/errors.ts';
import { stableHash } from '../../platform/ids.ts';
import { issueLines } from '../../platform/schema-issues.ts';
import { evaluateCondition, renderTemplate } from '../../workflow/expressions/index.ts';
import { durationMs } from '../../workflow/duration.ts';
import type { ActionStep } from '../../workflow/schema.ts';
import type { StepContext, RunExecution } from '../execution.ts';
import type { StepOutcome } from '../outcome.ts';
import { decideRetry, noRetries } from '../retry-policy.ts';

import { invokeOperation } from '../invoke.ts';

const defaultTimeoutMs = 5 * 60_000;

export async function runAction(x: StepContext): Promise<StepOutcome> {
  const { exec, node, key } = x;
  const step = node.step as ActionStep;
  const { registry } = exec.deps;
  const driver = registry.get(step.driver)!;
  const op = driver.operations[step.operation];
  const rendered = renderTemplate(step.parameters, x.env) as Record<string, unknown>;
  const parsed = op.input.safeParse(rendered);
  if (!parsed.success) {
    const details = issueLines(parsed.error.issues, '(parameters)');
    return exec.fail(key, node, { code: 'invalid_parameters', message: `${driver.name}.${step.operation} parameters are not valid after rendering: ${details.join('; ')}`, hint: 'Check the references the parameters use and the values they produced.', details }, { input: rendered });
  }
  const policy = step.retry_policy ?? noRetries;
  const timeoutMs = step.timeout !== undefined ? durationMs(step.timeout) : defaultTimeoutMs;
  let row = x.row;
  // An interrupted attempt is repeated as the same attempt; a scheduled retry waits its turn.
  let attempt = row?.status === 'in-progress' ? row.attempt : (row?.attempt ?? 0) + 1;
  if (row?.status === 'pending' && row.wake_at) await exec.clock.sleep(row.wake_at - exec.clock.now(), exec.signal);

  for (;;) {
    const idempotencyKey = `af-${stableHash(exec.run.id, key, String(attempt))}`;
    const startedAt = exec.clock.now();
    await exec.putStep(key, node, { status: 'in-progress', attempt, idempotency_key: idempotencyKey, input: rendered, started_at: row?.started_at ?? startedAt, error: null, wake_at: null },
      { type: 'step.started', data: { attempt, driver: driver.name, operation: step.operation } }, false);
    let error: ErrorData;
    try {
      const output = await invokeOperation(exec, { driver: step.driver, operation: step.operation, input: parsed.data, stepKey: key, idempotencyKey, timeoutMs });
      const problem = checkOutput(exec, step, op.outcomes ?? [], output, x.env);
      if (!problem) {
        await exec.putStep(key, node, { status: 'completed', output, ended_at: exec.clock.now() }, { type: 'step.completed', data: { attempt, duration_ms: exec.clock.now() - startedAt, output } }, true);
        return { status: 'completed', output };
      }
      error = problem;
    } catch (err) {
      if (exec.cancelled) {
        await exec.putStep(key, node, { status: 'failed', error: { code: 'cancelled', message: 'Cancelled while running' }, ended_at: exec.clock.now() }, { type: 'step.cancelled' }, true);
        return { status: 'cancelled' };
      }
      error = toErrorData(err);
    }
    const decision = decideRetry(policy, attempt, error);
    if (decision.action === 'fail') return exec.fail(key, node, error);
    const wakeAt = exec.clock.now() + decision.delayMs;
    await exec.putStep(key, node, { status: 'pending', error, wake_at: wakeAt }, { type: 'step.retrying', data: { attempt, next_attempt: attempt + 1, delay_ms: decision.delayMs, error } }, true);
    await exec.clock.sleep(decision.delayMs, exec.signal).catch(() => {});
    if (exec.cancelled) return { status: 'cancelled' };
    row = exec.rows.get(key);
    attempt++;
  }
}

/** Checks output size and the step's success_condition; returns the failure, if any. */
function checkOutput(exec: RunExecution, step: ActionStep, outcomes: string[], output: Record<string, unknown>, env: Record<string, unknown>): ErrorData | undefined {
  const size = Buffer.byteLength(JSON.stringify(output ?? null));
  if (size > exec.deps.maxOutputBytes) {
    return { code: 'output_too_large', message: `Step ${step.step_id} (${step.driver}.${step.operation}) returned ${(size / 1048576).toFixed(1)} MB; a step output may be at most ${(exec.deps.maxOutputBytes / 1048576).toFixed(1)} MB.`, hint: 'Write large data to a file (file.write) and pass its path, or select fewer fields.', retryable: false };
  }
  const cond = step.success_condition?.trim();
  if (!cond) return undefined;
  let ok: boolean;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(cond)) ok = outcomes.includes(cond) || Boolean(output[cond]);
  else ok = evaluateCondition(cond, { ...env, output });
  return ok ? undefined : { code: 'success_condition_failed', message: `The step finished but its success_condition "${cond}" is not met.`, hint: 'Check the output in the run history; adjust the condition if the output is fine.', retryable: false, details: { output } };
}
