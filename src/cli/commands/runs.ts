/** `autoflow runs [--status S] [--workflow ID] [--limit N] [--json]`: recent runs, newest first. */
import type { RunStatus } from '../../store/types.ts';
import { formatDuration } from '../../workflow/duration.ts';
import { flag, has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';

export async function runsCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const status = flag(args, 'status')?.split(',') as RunStatus[] | undefined;
  const runs = await ctx.store().listRuns('default', { status, workflow_id: flag(args, 'workflow'), limit: Number(flag(args, 'limit') ?? 20) });
  if (has(args, 'json')) {
    ctx.out(JSON.stringify(runs.map(({ doc: _doc, ...r }) => r), null, 2));
    return 0;
  }
  if (!runs.length) { ctx.out('No runs yet. Start one with `autoflow run examples/bug-fix.json`.'); return 0; }
  const now = Date.now();
  ctx.out(['RUN'.padEnd(32), 'STATUS'.padEnd(10), 'STARTED'.padEnd(20), 'TIME'.padEnd(8), 'WORKFLOW'].join(' '));
  for (const r of runs) {
    const started = new Date(r.started_at ?? r.created_at).toISOString().replace('T', ' ').slice(0, 19);
    const took = formatDuration((r.ended_at ?? now) - (r.started_at ?? r.created_at));
    ctx.out([r.id.padEnd(32), r.status.padEnd(10), started.padEnd(20), took.padEnd(8), r.workflow_name].join(' '));
  }
  return 0;
}
