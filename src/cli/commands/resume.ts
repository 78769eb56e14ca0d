/**
 * `autoflow resume [RUN]`: finishes runs interrupted by a crash (no completed step is called
 * again; an interrupted step is retried with the same idempotency key) and runs whose timer is
 * due. With RUN, that run in the foreground with progress.
 */
import { has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { followRun } from './follow.ts';

export async function resumeCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const engine = ctx.engine();
  engine.startBackground();
  const runId = args.positionals[0];
  if (runId) return followRun(ctx, engine, runId, { json: has(args, 'json') });
  const runnable = await engine.resumable();
  if (!runnable.length) { ctx.out('Nothing to resume.'); return 0; }
  let code = 0;
  for (const r of runnable) {
    ctx.out(`Resuming ${r.id} (${r.workflow_name}, ${r.status})`);
    code = Math.max(code, await followRun(ctx, engine, r.id, { json: has(args, 'json') }));
  }
  return code;
}
