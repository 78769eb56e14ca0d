/** The parallel step: starts all its child steps together and completes when all have. */
import type { StepContext } from '../execution.ts';
import type { StepOutcome } from '../outcome.ts';
import { finishCompound, startCompound } from './compound.ts';

export async function runParallel(x: StepContext): Promise<StepOutcome> {
  await startCompound(x, null);
  const inner = await x.exec.runScope(x.graph, `${x.node.id}.steps`, x.prefix, x.env);
  return finishCompound(x, inner, inner.outputs);
}
