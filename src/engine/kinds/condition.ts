/**
 * The condition step (if/else): evaluates its expression once, records the branch taken (so a
 * resumed run takes the same one), then runs that branch's steps. Output: {result, branch,
 * outputs} where outputs holds the branch's step outputs.
 */
import { evaluateCondition } from '../../workflow/expressions/index.ts';
import type { ConditionStep } from '../../workflow/schema.ts';
import type { StepContext } from '../execution.ts';
import type { StepOutcome } from '../outcome.ts';
import { finishCompound, startCompound } from './compound.ts';

export async function runCondition(x: StepContext): Promise<StepOutcome> {
  const step = x.node.step as ConditionStep;
  const saved = x.row?.state as { result: boolean } | null | undefined;
  const result = saved && typeof saved.result === 'boolean' ? saved.result : evaluateCondition(step.condition, x.env);
  await startCompound(x, { result });
  const branch = result ? 'then' : 'else';
  const inner = await x.exec.runScope(x.graph, `${x.node.id}.${branch}`, x.prefix, x.env);
  return finishCompound(x, inner, { result, branch, outputs: inner.outputs });
}
