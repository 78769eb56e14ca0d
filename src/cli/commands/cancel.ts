/** `autoflow cancel RUN`: cancels a parked run at once, or asks the process running it to stop. */
import os from 'node:os';
import { toErrorData } from '../../platform/errors.ts';
import type { ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';

export async function cancelCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const runId = args.positionals[0];
  if (!runId) { ctx.err('usage: autoflow cancel RUN'); return 64; }
  try {
    const run = await ctx.engine().cancel(runId, os.userInfo().username);
    ctx.out(run.status === 'cancelled' ? `✓ run ${runId} cancelled` : `… cancellation requested; the process running ${runId} will stop it`);
    return 0;
  } catch (err) {
    const e = toErrorData(err);
    ctx.err(`✗ ${e.message}${e.hint ? `\n  hint: ${e.hint}` : ''}`);
    return 1;
  }
}
