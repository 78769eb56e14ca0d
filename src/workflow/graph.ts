/**
 * The step graph: every step's place (scope, index, enclosing steps) and its dependencies
 * within its scope. Dependencies are the declared ones; a step that declares none runs after
 * the step whose `next_step` names it, else after its predecessor in the list (sequential by
 * default; `dependencies: []` means "right away"; children of a parallel step all start together); references to earlier siblings add edges.
 */
import type { Step, StepKind } from './schema.ts';

export interface StepNode {
  id: string;
  kind: StepKind;
  step: Step;
  /** JSON path of the step object. */
  path: string;
  /** Key of the scope (list of steps) the step sits in: `$` for the top level. */
  scope: string;
  index: number;
  /** Enclosing compound steps, outermost first. */
  ancestors: string[];
  /** Ids of siblings (same scope) that must finish before this step starts. */
  deps: string[];
}

export interface WorkflowGraph {
  nodes: Map<string, StepNode>;
  /** Step ids of each scope in document order. */
  scopes: Map<string, string[]>;
}

/** Computes the default dependencies of one scope's steps (before reference edges are added). */
export function defaultDependencies(steps: Step[], concurrent = false): string[][] {
  const pointedBy = new Map<string, string[]>();
  for (const s of steps) if (s.next_step) pointedBy.set(s.next_step, [...(pointedBy.get(s.next_step) ?? []), s.step_id]);
  return steps.map((s, i) => {
    if (s.dependencies) return [...s.dependencies];
    const from = pointedBy.get(s.step_id);
    if (from) return from;
    return i > 0 && !concurrent ? [steps[i - 1].step_id] : [];
  });
}

/** Finds one dependency cycle in a scope, returned as ids from start back to start, or null. */
export function findCycle(ids: string[], depsOf: (id: string) => string[]): string[] | null {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 1);
    stack.push(id);
    for (const d of depsOf(id)) {
      if (!ids.includes(d)) continue;
      if (state.get(d) === 1) return [...stack.slice(stack.indexOf(d)), d];
      if (!state.has(d)) {
        const c = visit(d);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(id, 2);
    return null;
  };
  for (const id of ids) {
    if (!state.has(id)) {
      const c = visit(id);
      if (c) return c.reverse();
    }
  }
  return null;
}
