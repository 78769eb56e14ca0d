/**
 * What the planner reads from a SQLite database for one tenant: per-operation duration history
 * (the dispatcher's estimate) and the tenant's saved templates. Used by the CLI (`plan`, `do`)
 * and the API (`POST /v1/plan`, `/v1/plan/run`).
 */
import type { DriverRegistry } from '../../drivers/registry.ts';
import type { PlanDeps } from '../../planner/plan.ts';
import { operationHistory } from './operation-history.ts';
import type { SqliteStore } from './sqlite-store.ts';
import { SqliteTemplateStore } from './templates-store.ts';

export async function sqlitePlannerDeps(registry: DriverRegistry, store: SqliteStore, tenantId: string): Promise<PlanDeps> {
  const templates = await new SqliteTemplateStore(store.db).listTemplates(tenantId);
  return { registry, history: operationHistory(store.db, tenantId), userTemplates: templates.map((t) => t.doc) };
}
