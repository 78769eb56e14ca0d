/**
 * One handler per step kind, in a record keyed by kind: adding a kind to the schema without a
 * handler here is a type error.
 */
import type { StepKind } from '../../workflow/schema.ts';
import type { StepContext } from '../execution.ts';
import type { StepOutcome } from '../outcome.ts';
import { runAction } from './action.ts';
import { runApproval } from './approval.ts';
import { runCondition } from './condition.ts';
import { runLoop } from './loop.ts';
import { runParallel } from './parallel.ts';
import { runSubWorkflow } from './sub-workflow.ts';
import { runWait } from './wait.ts';

export const stepHandlers: Record<StepKind, (x: StepContext) => Promise<StepOutcome>> = {
  action: runAction,
  condition: runCondition,
  loop: runLoop,
  parallel: runParallel,
  approval: runApproval,
  wait: runWait,
  sub_workflow: runSubWorkflow,
};
