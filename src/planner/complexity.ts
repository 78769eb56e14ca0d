/**
 * Workflow complexity (seed 003 "simple / moderate / complex"), from the workflow's shape alone
 * so the dispatcher, the template library and saved templates all agree:
 *
 * | level    | rule                                                                                   |
 * |----------|----------------------------------------------------------------------------------------|
 * | simple   | at most 3 steps, no branches or loops, no gates, at most 3 systems                     |
 * | complex  | more than 7 steps, or 2+ branches/loops, or branches + gates ≥ 3, or 5+ systems         |
 * | moderate | everything in between                                                                  |
 *
 * Steps count every step, nested ones included, except `parallel` wrappers; branches are
 * condition and loop steps; gates are approval and wait steps; systems are distinct drivers
 * (the `transform` helper not counted).
 */
import { canonicalDriverName } from '../drivers/registry.ts';
import { kindOf, walkSteps, type RawStep } from './steps.ts';

export type Complexity = 'simple' | 'moderate' | 'complex';

export interface Shape {
  steps: number;
  branches: number;
  gates: number;
  systems: string[];
}

/** Counts what the complexity rule looks at. */
export function shapeOf(steps: RawStep[]): Shape {
  const systems = new Set<string>();
  let count = 0, branches = 0, gates = 0;
  for (const { step } of walkSteps(steps)) {
    const k = kindOf(step);
    if (k === 'parallel') continue;
    count++;
    if (k === 'condition' || k === 'loop') branches++;
    if (k === 'approval' || k === 'wait') gates++;
    if (k === 'action' && typeof step.driver === 'string') {
      const d = canonicalDriverName(step.driver);
      if (d !== 'transform') systems.add(d);
    }
  }
  return { steps: count, branches, gates, systems: [...systems].sort() };
}

/** The complexity level of a list of steps. */
export function complexityOf(steps: RawStep[]): Complexity {
  const s = shapeOf(steps);
  if (s.steps > 7 || s.branches >= 2 || s.branches + s.gates >= 3 || s.systems.length >= 5) return 'complex';
  if (s.steps <= 3 && s.branches === 0 && s.gates === 0 && s.systems.length <= 3) return 'simple';
  return 'moderate';
}
