/** `autoflow logs RUN [--follow] [--json]`: the run's events; --follow keeps printing until it ends. */
import { terminalRunStatuses } from '../../store/types.ts';
import { has, type ParsedArgs } from '../args.ts';
import type { CliContext } from '../context.ts';
import { preview } from '../render.ts';

export async function logsCommand(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const id = args.positionals[0];
  if (!id) { ctx.err('usage: autoflow logs RUN [--follow] [--json]'); return 64; }
  const store = ctx.store();
  if (!(await store.getRun(id))) { ctx.err(`No run ${id}. List runs with \`autoflow runs\`.`); return 1; }
  const json = has(args, 'json');
  let after = 0;
  let stop = false;
  process.once('SIGINT', () => { stop = true; });
  for (;;) {
    for (const e of await store.getEvents(id, after)) {
      after = e.seq;
      if (json) ctx.out(JSON.stringify(e));
      else {
        const d = e.data as Record<string, unknown> | null;
        const detail = d ? preview((d.error as object) ?? (d.output as object) ?? d, 160) : '';
        ctx.out(`${new Date(e.at).toISOString()}  #${e.seq} ${e.type.padEnd(22)} ${e.step_key ?? ''}${detail ? `  ${detail}` : ''}`);
      }
    }
    const run = await store.getRun(id);
    if (!has(args, 'follow') || stop || terminalRunStatuses.includes(run!.status)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return 0;
}
