/** `autoflow cancel RUN`: cancels a parked run at once, or asks the process running it to stop. */
import os from 'node:os';
import type { ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { errorText } from '../error-text.ts';

export async function cancelCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const runId = args.positionals[0];
  if (!runId) { ctx.err('usage: autoflow cancel RUN'); return 64; }
  try {
    const run = await ctx.engine().cancel(runId, os.userInfo().username);
    ctx.out(run.status === 'cancelled' ? `✓ run ${runId} cancelled` : `… cancellation requested; the process running ${runId} will stop it`);
    return 0;
  } catch (err) {
    ctx.err(errorText(err));
    return 1;
  }
}
