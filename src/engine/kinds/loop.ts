/**
 * The loop step (for-each): evaluates `items` once and records them (a resumed run iterates
 * the same items), then runs the body for each item, at most `concurrency` at a time. Each
 * iteration's steps are keyed `loop[i]/step`, and see the item as `{{item}}` (or the `as`
 * name) and `{{loop.index}}`. Output: {count, results: [outputs of each iteration]}.
 */
import { AutoflowError } from '../../platform/errors.ts';
import { renderTemplate } from '../../workflow/expressions/index.ts';
import type { LoopStep } from '../../workflow/schema.ts';
import type { StepContext } from '../execution.ts';
import type { ScopeResult, StepOutcome } from '../outcome.ts';
import { finishCompound, startCompound } from './compound.ts';

const maxItems = 10_000;

export async function runLoop(x: StepContext): Promise<StepOutcome> {
  const step = x.node.step as LoopStep;
  const saved = x.row?.state as { items: unknown[] } | null | undefined;
  let items = saved?.items;
  if (!items) {
    const value = typeof step.items === 'string' ? renderTemplate(step.items.includes('{{') ? step.items : `{{${step.items}}}`, x.env) : renderTemplate(step.items, x.env);
    if (!Array.isArray(value)) throw new AutoflowError({ code: 'loop_items_not_array', message: `Loop '${x.node.id}': items evaluated to ${value === null ? 'null' : typeof value}, not an array.`, hint: 'Point items at an array, e.g. "{{step_1.rows}}" or a literal [..].' });
    if (value.length > maxItems) throw new AutoflowError({ code: 'loop_too_many_items', message: `Loop '${x.node.id}' has ${value.length} items; the limit is ${maxItems}.`, hint: 'Batch the items or use a sub-workflow per batch.' });
    items = value;
  }
  await startCompound(x, { items });
  const as = step.as ?? 'item';
  const concurrency = step.concurrency ?? 1;
  const results: ScopeResult[] = new Array(items.length);
  let next = 0;
  let stop = false;
  const worker = async () => {
    while (!stop && next < items!.length) {
      const i = next++;
      const env = { ...x.env, [as]: items![i], loop: { index: i, item: items![i], count: items!.length } };
      const r = await x.exec.runScope(x.graph, `${x.node.id}.steps`, `${x.prefix}${x.node.id}[${i}]/`, env);
      results[i] = r;
      if (r.failed || r.cancelled) stop = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  const done = results.filter(Boolean);
  return finishCompound(x, done, { count: items.length, results: done.map((r) => r.outputs) });
}
