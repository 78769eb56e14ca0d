/**
 * The approval gate: records a waiting request (message, approvers, since when) and parks the
 * run; it costs a row, not memory. A decision (`autoflow approve`, the API) completes the
 * step with {approved, by, comment, decided_at} or fails it as rejected, and the run resumes.
 */
import { renderTemplate } from '../../workflow/expressions/index.ts';
import type { ApprovalStep } from '../../workflow/schema.ts';
import type { StepContext } from '../execution.ts';
import type { StepOutcome } from '../outcome.ts';

export async function runApproval(x: StepContext): Promise<StepOutcome> {
  if (x.row?.status === 'waiting') return { status: 'suspended' };
  const step = x.node.step as ApprovalStep;
  const message = step.message ? String(renderTemplate(step.message, x.env)) : `Approve step '${step.name ?? step.step_id}'?`;
  const state = { reason: 'approval', message, approvers: step.approvers ?? [], requested_at: x.exec.clock.now() };
  await x.exec.putStep(x.key, x.node, { status: 'waiting', state, started_at: x.exec.clock.now() }, { type: 'step.waiting', data: state }, true);
  return { status: 'suspended' };
}
