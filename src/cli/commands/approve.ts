/**
 * `autoflow approve RUN STEP [--reject] [--comment TEXT] [--by NAME] [--no-resume]`: records the
 * decision (one decision wins; a second is refused) and continues the run here with progress.
 */
import os from 'node:os';
import { flag, has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { errorText } from '../error-text.ts';
import { followRun } from './follow.ts';

export async function approveCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const [runId, step] = args.positionals;
  if (!runId || !step) { ctx.err('usage: autoflow approve RUN STEP [--reject] [--comment TEXT] [--by NAME]'); return 64; }
  const engine = ctx.engine();
  const approved = !has(args, 'reject');
  try {
    await engine.decide(runId, step, { approved, comment: flag(args, 'comment'), by: flag(args, 'by') ?? os.userInfo().username });
  } catch (err) {
    ctx.err(errorText(err));
    return 1;
  }
  ctx.out(`${approved ? '✓ approved' : '✗ rejected'} ${step} of run ${runId}`);
  if (has(args, 'no-resume')) return 0;
  engine.startBackground();
  return followRun(ctx, engine, runId, { json: has(args, 'json') });
}
