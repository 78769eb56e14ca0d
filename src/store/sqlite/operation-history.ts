/**
 * Per-operation duration history for the dispatcher's estimate: the median duration of
 * completed action steps by `driver.operation`, over the tenant's most recently finished runs.
 * Step rows do not name their operation, so each run's workflow snapshot is read (once per
 * workflow version) to map step ids to operations.
 */
import type { DatabaseSync } from 'node:sqlite';
import { canonicalDriverName } from '../../drivers/registry.ts';
import { walkSteps, kindOf, type RawStep } from '../../planner/steps.ts';
import type { OperationHistory } from '../../planner/dispatch.ts';

export interface HistoryOptions {
  /** How many of the most recently finished runs to read (default 500). */
  runs?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median duration per `driver.operation` from the tenant's finished runs. */
export function operationHistory(db: DatabaseSync, tenantId: string, o: HistoryOptions = {}): OperationHistory {
  const runs = db.prepare('SELECT id, workflow_id, workflow_version, doc FROM runs WHERE tenant_id = ? AND ended_at IS NOT NULL ORDER BY ended_at DESC LIMIT ?')
    .all(tenantId, o.runs ?? 500) as { id: string; workflow_id: string; workflow_version: number | null; doc: string }[];
  const ops = new Map<string, Map<string, string>>();
  const opsOf = (r: (typeof runs)[number]): Map<string, string> => {
    const key = r.workflow_version === null ? `run:${r.id}` : `${r.workflow_id}@${r.workflow_version}`;
    let m = ops.get(key);
    if (!m) {
      m = new Map();
      try {
        const doc = JSON.parse(r.doc) as { steps?: RawStep[] };
        for (const { step } of walkSteps(doc.steps ?? [])) {
          if (kindOf(step) === 'action' && typeof step.driver === 'string') m.set(String(step.step_id), `${canonicalDriverName(step.driver)}.${String(step.operation)}`);
        }
      } catch { /* unreadable snapshot: no history from it */ }
      ops.set(key, m);
    }
    return m;
  };
  const durations = new Map<string, number[]>();
  const stmt = db.prepare("SELECT step_id, started_at, ended_at FROM steps WHERE run_id = ? AND status = 'completed' AND kind = 'action' AND started_at IS NOT NULL AND ended_at IS NOT NULL");
  for (const r of runs) {
    const m = opsOf(r);
    for (const s of stmt.all(r.id) as { step_id: string; started_at: number; ended_at: number }[]) {
      const op = m.get(s.step_id);
      if (!op) continue;
      const list = durations.get(op) ?? [];
      list.push(Math.max(0, s.ended_at - s.started_at));
      durations.set(op, list);
    }
  }
  const out: OperationHistory = {};
  for (const [op, list] of durations) out[op] = { count: list.length, p50_ms: Math.round(median(list)) };
  return out;
}
