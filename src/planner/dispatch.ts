/** PLACEHOLDER (being replaced by the dispatcher). */
import type { DispatchDecision, Draft, Plan, TemplateMatch } from './types.ts';

export type OperationHistory = Record<string, { count: number; p50_ms: number }>;

export function dispatch(workflow: { steps: Record<string, unknown>[] }, _draft: Draft, _m: TemplateMatch, _h: OperationHistory | undefined, _planner: Plan['planner']): DispatchDecision {
  return { workflow_type: 'custom', complexity: 'simple', estimate: { duration_ms: 0, basis: 'defaults', per_step: [] }, strategy: 'generate', reasoning: `${workflow.steps.length} steps generated.` };
}
