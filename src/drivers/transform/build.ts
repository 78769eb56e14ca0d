/**
 * transform.build: passes an already-rendered JSON value through so later steps can reference
 * it (or, for an object, its fields) as `{{step_x.value}}` / `{{step_x.field}}`. Pure.
 */
import { z } from 'zod';
import { defineOperation } from '../define.ts';

const input = z.object({
  value: z.unknown().describe('Any JSON value; `{{ }}` references inside it are already filled in by the engine.'),
});

const output = z.looseObject({
  value: z.unknown().describe('The value as given.'),
}).describe('`value`, plus the fields of `value` spread at the top level when it is an object (a field named `value` stays the whole value).');

/** Builds a value from earlier step results; no side effects. */
export const build = defineOperation({
  description: 'Builds a JSON value (object, list, text or number) from workflow inputs and earlier step results, so later steps can reference it. '
    + 'Use it to reshape or combine data between steps, e.g. assemble a summary object or rename fields. '
    + 'When the value is an object its fields are also exposed directly ({{step_x.field}}). Pure: no side effects, safe to retry.',
  keywords: ['transform', 'build', 'map', 'reshape', 'combine', 'compose', 'set variable', 'format data', 'extract'],
  examples: [
    'Combine the task URL and the Slack timestamp into one summary object',
    'Set a variable with the release version for later steps',
    'Reshape the HTTP response into {name, email} for the next step',
  ],
  effect: 'read',
  idempotent: true,
  outcomes: ['value_built'],
  input,
  output,
  async run({ value }) {
    const fields = value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {};
    return { ...fields, value };
  },
});
