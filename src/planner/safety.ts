/** PLACEHOLDER (being replaced by the safety pass). */
import type { Plan, PlanOptions } from './types.ts';

export function applySafety(workflow: Plan['workflow'], _opts: PlanOptions): Plan['workflow'] {
  return workflow;
}
