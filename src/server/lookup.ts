/** Tenant-scoped lookups for routes: another tenant's (or an unknown) id is a plain 404. */
import type { RunRow, WorkflowRow } from '../store/types.ts';
import type { Principal } from './auth.ts';
import { notFound } from './errors.ts';
import type { Services } from './services.ts';

export async function runOr404(s: Services, who: Principal, id: string): Promise<RunRow> {
  const run = await s.store.getRun(id, who.tenantId);
  if (!run) throw notFound('run', id);
  return run;
}

/** The latest (or a given) undeleted version of a workflow in the caller's tenant. */
export async function workflowOr404(s: Services, who: Principal, id: string, version?: number): Promise<WorkflowRow> {
  const wf = await s.store.getWorkflow(who.tenantId, id, version);
  if (!wf || wf.deleted_at !== null) throw notFound(version === undefined ? 'workflow' : 'workflow version', version === undefined ? id : `${id}@${version}`);
  return wf;
}

/** Cancels a run for `who` and waits up to `ms` for it to stop (a running step may take a moment). */
export async function cancelRun(s: Services, who: Principal, id: string, ms = 2000): Promise<void> {
  await runOr404(s, who, id);
  const pending = s.engine.cancel(id, who.name, who.tenantId);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => { timer = setTimeout(resolve, ms, 'late'); });
  try {
    if ((await Promise.race([pending, late])) === 'late') void pending.catch(() => {});
  } finally {
    clearTimeout(timer);
  }
}
