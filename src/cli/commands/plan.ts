/**
 * `autoflow plan "<request>" [--json] [--catalog FILE] [--drivers a,b]`: shows each stage's product — intent,
 * template match, dispatch decision, the workflow as a step list, the trigger and the driver
 * check. Nothing runs. `--drivers` (or `AUTOFLOW_ENABLED_DRIVERS`) restricts the drivers planned with.
 */
import { readFile } from 'node:fs/promises';
import { plan } from '../../planner/plan.ts';
import type { CatalogDriver } from '../../drivers/registry.ts';
import { flag, has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { printPlan } from './plan-render.ts';
import { enabledDriversOption, plannerDeps } from './planner-deps.ts';

export async function planCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const request = args.positionals.join(' ');
  if (!request.trim()) { ctx.err('usage: autoflow plan "<request>" [--json] [--catalog FILE] [--drivers a,b]'); return 64; }
  const catalogFile = flag(args, 'catalog');
  const catalog = catalogFile ? (JSON.parse(await readFile(catalogFile, 'utf8')) as CatalogDriver[]) : ctx.registry.catalog();
  let enabledDrivers: string[] | undefined;
  try { enabledDrivers = enabledDriversOption(ctx.registry, args); } catch (err) { ctx.err(`✗ ${(err as Error).message}`); return 64; }
  const result = await plan(request, await plannerDeps(ctx, { open: false }), { catalog, enabledDrivers, allowDestructiveWithoutApproval: has(args, 'no-approval-gates') });
  if (has(args, 'json')) ctx.out(JSON.stringify(result, null, 2));
  else printPlan(ctx, result);
  return 0;
}
