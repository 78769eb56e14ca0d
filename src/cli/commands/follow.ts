/**
 * Executes a run in the foreground with live progress, the way `run`, `resume` and `approve`
 * do: prints each event, sleeps through short timer waits (re-executing when due), stops at
 * approval gates with instructions, and ends with the completion summary. Returns an exit code.
 */
import type { Engine } from '../../engine/engine.ts';
import { completionSummary } from '../../engine/summary.ts';
import type { CliContext } from '../context.ts';
import { errorText } from '../error-text.ts';
import { progressPrinter } from '../render.ts';

export async function followRun(ctx: CliContext, engine: Engine, runId: string, o: { json?: boolean; quiet?: boolean } = {}): Promise<number> {
  let run = await engine.store.getRun(runId);
  if (!run) { ctx.err(`No run ${runId}. List runs with \`autoflow runs\`.`); return 1; }
  const steps = (run.doc as { steps: { step_id: string }[] }).steps;
  const print = o.json || o.quiet ? () => {} : progressPrinter(runId, steps, ctx.out, run.started_at ?? engine.clock.now());
  const off = engine.on(print);
  try {
    for (;;) {
      run = await engine.execute(runId);
      if (run.status !== 'waiting' || !run.wake_at) break;
      await engine.clock.sleep(run.wake_at - engine.clock.now());
    }
  } catch (err) {
    ctx.err(errorText(err));
    return 1;
  } finally {
    off();
  }
  const summary = completionSummary(run, await engine.store.getSteps(runId), engine.clock.now());
  if (!o.quiet) ctx.out(o.json ? JSON.stringify(summary, null, 2) : `\n${JSON.stringify(summary, null, 2)}`);
  if (run.status === 'waiting') return 0;
  if (run.status !== 'completed') return 1;
  return summary.success_rate === '100%' || summary.steps_executed === 0 ? 0 : 1;
}
