/**
 * The wait step: a delay (`duration`) or a point in time (`until`). The wake time is recorded
 * first, so a restart waits only what is left. Short waits sleep in the process; long ones
 * park the run (a row, no memory) until the engine's timer poll wakes it.
 */
import { AutoflowError } from '../../platform/errors.ts';
import { renderTemplate } from '../../workflow/expressions/index.ts';
import { durationMs } from '../../workflow/duration.ts';
import type { WaitStep } from '../../workflow/schema.ts';
import type { StepContext } from '../execution.ts';
import type { StepOutcome } from '../outcome.ts';

export async function runWait(x: StepContext): Promise<StepOutcome> {
  const step = x.node.step as WaitStep;
  const now = x.exec.clock.now();
  let wakeAt = x.row?.wake_at ?? undefined;
  if (wakeAt === undefined) {
    if (step.until) {
      const at = Date.parse(String(renderTemplate(step.until, x.env)));
      if (!Number.isFinite(at)) throw new AutoflowError({ code: 'invalid_until', message: `Wait '${x.node.id}': until is not a date-time.`, hint: 'Use an ISO 8601 date-time such as 2026-12-01T09:00:00Z.' });
      wakeAt = at;
    } else {
      wakeAt = now + durationMs(step.duration ?? 0);
    }
    await x.exec.putStep(x.key, x.node, { status: 'waiting', wake_at: wakeAt, started_at: now, state: { reason: 'timer', wake_at: new Date(wakeAt).toISOString() } },
      { type: 'step.waiting', data: { reason: 'timer', wake_at: new Date(wakeAt).toISOString() } }, true);
  }
  const left = wakeAt - now;
  if (left > x.exec.deps.inlineWaitMaxMs) {
    x.exec.wakeAts.push(wakeAt);
    return { status: 'suspended', wakeAt };
  }
  if (left > 0) {
    try { await x.exec.clock.sleep(left, x.exec.signal); } catch { return { status: 'cancelled' }; }
  }
  const output = { waited_ms: Math.max(0, x.exec.clock.now() - (x.exec.rows.get(x.key)?.started_at ?? now)), woke_at: new Date(x.exec.clock.now()).toISOString() };
  await x.exec.putStep(x.key, x.node, { status: 'completed', output, ended_at: x.exec.clock.now(), wake_at: null }, { type: 'step.completed', data: { output } }, true);
  return { status: 'completed', output };
}
