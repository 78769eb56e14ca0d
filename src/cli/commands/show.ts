/** `autoflow show RUN`: the run in the seed 000 monitoring shape (completion summary with --summary). */
import { completionSummary, monitoringView } from '../../engine/summary.ts';
import { has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';

export async function showCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const id = args.positionals[0];
  if (!id) { ctx.err('usage: autoflow show RUN [--summary]'); return 64; }
  const run = await ctx.store().getRun(id);
  if (!run) { ctx.err(`No run ${id}. List runs with \`autoflow runs\`.`); return 1; }
  const steps = await ctx.store().getSteps(id);
  const view = has(args, 'summary') ? completionSummary(run, steps, Date.now()) : monitoringView(run, steps, Date.now());
  ctx.out(JSON.stringify(view, null, 2));
  return 0;
}
