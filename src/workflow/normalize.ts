/**
 * Normalises step objects as written into the schema's form: `type` is accepted for `kind`,
 * common synonyms map to the step kinds (human_task → approval, if → condition, for_each →
 * loop, delay → wait), and a step without a kind is inferred from its fields (a `driver`
 * makes it an action, as in seed 000). Nothing else is rewritten.
 */
import type { StepKind } from './schema.ts';

const kindAliases: Record<string, StepKind> = {
  action: 'action', task: 'action',
  condition: 'condition', if: 'condition', branch: 'condition', conditional: 'condition',
  loop: 'loop', for_each: 'loop', foreach: 'loop', each: 'loop',
  parallel: 'parallel',
  approval: 'approval', human_task: 'approval', approval_gate: 'approval', human: 'approval', gate: 'approval',
  wait: 'wait', delay: 'wait', sleep: 'wait', timer: 'wait',
  sub_workflow: 'sub_workflow', subworkflow: 'sub_workflow', workflow: 'sub_workflow',
};

/** The kind a raw step object declares or implies, or the unrecognised word. */
export function stepKindOf(step: Record<string, unknown>): StepKind | { unknown: string } {
  const declared = step.kind ?? step.type;
  if (typeof declared === 'string') {
    const k = kindAliases[declared.trim().toLowerCase()];
    return k ?? { unknown: declared };
  }
  if ('driver' in step || 'operation' in step) return 'action';
  if ('condition' in step && ('then' in step || 'else' in step)) return 'condition';
  if ('items' in step) return 'loop';
  if ('duration' in step || 'until' in step) return 'wait';
  return 'action';
}

/** A copy of the raw step with `type` folded into `kind` (canonical kind name). */
export function normalizeStep(step: Record<string, unknown>, kind: StepKind): Record<string, unknown> {
  const { type: _type, ...rest } = step;
  if (kind === 'action' && rest.kind === undefined) return rest;
  return { ...rest, kind };
}
