/**
 * What the planner reads from this installation: per-operation duration history (for the
 * dispatcher's estimate) and user-saved templates. `plan` reads them only when the data
 * directory already has a database (planning never creates one); `do` always opens it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PlanDeps } from '../../planner/plan.ts';
import { operationHistory } from '../../store/sqlite/operation-history.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { SqliteTemplateStore } from '../../store/sqlite/templates-store.ts';
import type { CliContext } from '../context.ts';

export const CLI_TENANT = 'default';

/** The template store of the CLI's database (SQLite only). */
export function templateStore(ctx: CliContext): SqliteTemplateStore {
  const store = ctx.store();
  if (!(store instanceof SqliteStore)) throw new Error('Saved templates need the SQLite store.');
  return new SqliteTemplateStore(store.db);
}

/** Planner dependencies: registry, history and user templates (when a database is there or `open`). */
export async function plannerDeps(ctx: CliContext, o: { open: boolean }): Promise<PlanDeps> {
  if (!o.open && !existsSync(path.join(ctx.dataDir, 'autoflow.db'))) return { registry: ctx.registry };
  const store = ctx.store();
  if (!(store instanceof SqliteStore)) return { registry: ctx.registry };
  const templates = await new SqliteTemplateStore(store.db).listTemplates(CLI_TENANT);
  return { registry: ctx.registry, history: operationHistory(store.db, CLI_TENANT), userTemplates: templates.map((t) => t.doc) };
}
