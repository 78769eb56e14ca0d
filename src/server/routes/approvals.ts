/**
 * Approval gates: the pending ones of the tenant (what is asked, who may act, since when) and
 * the decision. One decision wins; a second gets 409. When the gate names approvers, only a
 * key with one of those names (or an admin) may decide. The run continues in this process.
 */
import { z } from 'zod';
import type { Principal } from '../auth.ts';
import { httpError, notFound } from '../errors.ts';
import { runOr404 } from '../lookup.ts';
import { rolesFor } from '../roles.ts';
import { route, type RouteDef } from '../route.ts';
import type { Services } from '../services.ts';

export const Approval = z.object({
  run_id: z.string(),
  workflow_id: z.string(),
  workflow_name: z.string(),
  step_id: z.string(),
  message: z.string(),
  approvers: z.array(z.string()).describe('Key names that may decide (empty: any role allowed to decide)'),
  may_act: z.object({ roles: z.array(z.string()), approvers: z.array(z.string()) }),
  requested_at: z.string().describe('Waiting since (ISO 8601)'),
  links: z.object({ approve: z.string(), reject: z.string(), run: z.string() }),
}).meta({ id: 'Approval' });
const ApprovalList = z.object({ approvals: z.array(Approval), next_cursor: z.string().nullable().describe('Pass as `cursor` for gates of older runs') });
const ApprovalQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(100).describe('Waiting runs to look at'), cursor: z.string().optional() });
const DecisionBody = z.strictObject({ comment: z.string().max(2000).optional() }).meta({ id: 'Decision' });
export const DecisionResult = z.object({ run_id: z.string(), step_id: z.string(), decision: z.enum(['approved', 'rejected']), by: z.string(), comment: z.string().nullable() }).meta({ id: 'DecisionResult' });

interface GateState { reason?: string; message?: string; approvers?: string[]; requested_at?: number }

/** Pending approvals of a tenant's waiting runs (newest runs first, a page of `limit` runs before `cursor`). */
export async function pendingApprovals(s: Services, tenantId: string, page: { limit: number; cursor?: string }): Promise<{ approvals: z.infer<typeof Approval>[]; next_cursor: string | null }> {
  const runs = await s.store.listRuns(tenantId, { status: ['waiting'], limit: page.limit, before: page.cursor });
  const out: z.infer<typeof Approval>[] = [];
  for (const run of runs) {
    for (const st of await s.store.getSteps(run.id)) {
      const state = st.state as GateState | null;
      if (st.status !== 'waiting' || st.kind !== 'approval' || state?.reason !== 'approval') continue;
      const base = `/v1/runs/${run.id}/approvals/${encodeURIComponent(st.step_key)}`;
      out.push({
        run_id: run.id, workflow_id: run.workflow_id, workflow_name: run.workflow_name, step_id: st.step_key,
        message: state.message ?? '', approvers: state.approvers ?? [],
        may_act: { roles: [...rolesFor('approvals:decide')], approvers: state.approvers ?? [] },
        requested_at: new Date(state.requested_at ?? st.started_at ?? run.created_at).toISOString(),
        links: { approve: `${base}/approve`, reject: `${base}/reject`, run: `/v1/runs/${run.id}` },
      });
    }
  }
  return { approvals: out, next_cursor: runs.length === page.limit ? runs.at(-1)!.id : null };
}

/** Decides a gate for `who` (approvers enforced) and continues the run here. */
export async function decide(s: Services, who: Principal, runId: string, stepKey: string, approved: boolean, comment: string | undefined): Promise<z.infer<typeof DecisionResult>> {
  await runOr404(s, who, runId);
  const step = (await s.store.getSteps(runId)).find((st) => (st.step_key === stepKey || st.step_id === stepKey) && st.kind === 'approval');
  if (!step) throw notFound('approval step', stepKey);
  const approvers = (step.state as GateState | null)?.approvers ?? [];
  if (approvers.length && who.role !== 'admin' && !approvers.includes(who.name)) {
    throw httpError(403, 'forbidden', `This gate may be decided by ${approvers.join(', ')} (or an admin); this key is '${who.name}'.`, 'Ask one of the approvers.');
  }
  await s.engine.decide(runId, step.step_key, { approved, by: who.name, comment }, who.tenantId);
  s.runs.kick(runId);
  return { run_id: runId, step_id: step.step_key, decision: approved ? 'approved' : 'rejected', by: who.name, comment: comment ?? null };
}

export function approvalRoutes(s: Services): RouteDef[] {
  const decisionRoute = (approved: boolean) => route({
    id: approved ? 'approvals.approve' : 'approvals.reject', method: 'post', path: `/v1/runs/:id/approvals/:step/${approved ? 'approve' : 'reject'}`, tag: 'Approvals',
    summary: approved ? 'Approve a waiting gate' : 'Reject a waiting gate (the step fails)', description: 'One decision wins: a second decision on the same gate answers 409.',
    permission: 'approvals:decide', body: DecisionBody, target: 'run', response: { status: 200, description: 'The decision', schema: DecisionResult }, errors: [409],
  }, async ({ c, who, params, body, audit }) => {
    audit({ step: params.step, decision: approved ? 'approved' : 'rejected', ...(body.comment ? { comment: body.comment } : {}) });
    return c.json(await decide(s, who, params.id, params.step, approved, body.comment));
  });
  return [
    route({ id: 'approvals.list', method: 'get', path: '/v1/approvals', tag: 'Approvals', summary: 'Pending approvals: what is asked, who may act, since when', permission: 'approvals:read', query: ApprovalQuery, response: { status: 200, description: 'Pending approvals', schema: ApprovalList } },
      async ({ c, who, query }) => c.json(await pendingApprovals(s, who.tenantId, query))),
    decisionRoute(true),
    decisionRoute(false),
  ];
}
