/**
 * `autoflow plan "<request>" [--json] [--catalog FILE]`: shows each stage's product — intent,
 * template match, dispatch decision, the workflow as a step list, the trigger and the driver
 * check. Nothing runs.
 */
import { readFile } from 'node:fs/promises';
import { plan } from '../../planner/plan.ts';
import type { CatalogDriver } from '../../drivers/registry.ts';
import { flag, has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { printPlan } from './plan-render.ts';
import { plannerDeps } from './planner-deps.ts';

export async function planCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const request = args.positionals.join(' ');
  if (!request.trim()) { ctx.err('usage: autoflow plan "<request>" [--json] [--catalog FILE]'); return 64; }
  const catalogFile = flag(args, 'catalog');
  const catalog = catalogFile ? (JSON.parse(await readFile(catalogFile, 'utf8')) as CatalogDriver[]) : ctx.registry.catalog();
  const result = await plan(request, await plannerDeps(ctx, { open: false }), { catalog, allowDestructiveWithoutApproval: has(args, 'no-approval-gates') });
  if (has(args, 'json')) ctx.out(JSON.stringify(result, null, 2));
  else printPlan(ctx, result);
  return 0;
}
