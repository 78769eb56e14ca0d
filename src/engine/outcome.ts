/** What running a step (or a scope of steps) came to; handlers return these, never throw. */
import type { ErrorData } from '../platform/errors.ts';

export type StepOutcome =
  | { status: 'completed'; output: unknown }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; error: ErrorData }
  /** Waiting for a person or a timer; the run parks and resumes later. */
  | { status: 'suspended'; wakeAt?: number }
  | { status: 'cancelled' };

export interface ScopeResult {
  outputs: Record<string, unknown>;
  outcomes: Record<string, StepOutcome>;
  failed: boolean;
  suspended: boolean;
  cancelled: boolean;
}

/** Summarises a scope's step outcomes. */
export function scopeResult(outputs: Record<string, unknown>, outcomes: Record<string, StepOutcome>): ScopeResult {
  const list = Object.values(outcomes);
  return {
    outputs,
    outcomes,
    failed: list.some((o) => o.status === 'failed'),
    suspended: list.some((o) => o.status === 'suspended'),
    cancelled: list.some((o) => o.status === 'cancelled'),
  };
}

/** The first failure's error in a scope result (for a compound step's own error). */
export function firstError(r: ScopeResult): ErrorData | undefined {
  for (const o of Object.values(r.outcomes)) if (o.status === 'failed') return o.error;
  return undefined;
}
