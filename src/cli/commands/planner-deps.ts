/**
 * What the planner reads from this installation: per-operation duration history (for the
 * dispatcher's estimate) and user-saved templates. `plan` reads them only when the data
 * directory already has a database (planning never creates one); `do` always opens it. Also
 * the drivers the planner may use: `--drivers slack,email`, else `AUTOFLOW_ENABLED_DRIVERS`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PlanDeps } from '../../planner/plan.ts';
import { sqlitePlannerDeps } from '../../store/sqlite/planner-deps.ts';
import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { SqliteTemplateStore } from '../../store/sqlite/templates-store.ts';
import type { DriverRegistry } from '../../drivers/registry.ts';
import { closest } from '../../platform/suggest.ts';
import { flag, type ParsedArgs } from '../args.ts';
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
  return sqlitePlannerDeps(ctx.registry, store, CLI_TENANT);
}

/**
 * The drivers the planner may use (canonical names): `--drivers a,b`, else the
 * `AUTOFLOW_ENABLED_DRIVERS` variable; undefined (every driver) when neither is set. Throws on
 * an unknown name, with the closest valid one and the list of valid names.
 */
export function enabledDriversOption(registry: DriverRegistry, args: ParsedArgs, env: Record<string, string | undefined> = process.env): string[] | undefined {
  const fromFlag = flag(args, 'drivers');
  const raw = fromFlag ?? env.AUTOFLOW_ENABLED_DRIVERS;
  if (raw === undefined || (fromFlag === undefined && !raw.trim())) return undefined;
  const source = fromFlag !== undefined ? '--drivers' : 'AUTOFLOW_ENABLED_DRIVERS';
  const names = raw.split(',').map((x) => x.trim()).filter(Boolean);
  if (!names.length || fromFlag === 'true') throw new Error(`${source} needs driver names, e.g. --drivers slack,email. Valid drivers: ${registry.drivers.map((d) => d.name).join(', ')}.`);
  const out = new Set<string>();
  for (const n of names) {
    const def = registry.get(n);
    if (def) { out.add(def.name); continue; }
    const guess = closest(n, registry.drivers.map((d) => d.name));
    throw new Error(`${source}: unknown driver '${n}'${guess ? ` (did you mean '${guess}'?)` : ''}. Valid drivers: ${registry.drivers.map((d) => d.name).join(', ')}.`);
  }
  return [...out];
}
