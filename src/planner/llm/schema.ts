/**
 * The JSON schema the LLM planner's answer must follow (sent as structured output where the
 * server supports it), and reading an answer into a planner draft.
 */
import { parseModelJson } from '../../drivers/llm/parse-json.ts';
import { toErrorData } from '../../platform/errors.ts';
import { walkSteps, kindOf, type RawStep } from '../steps.ts';
import type { Draft, PlannedTrigger } from '../types.ts';

const stepProps = {
  step_id: { type: 'string', description: 'Identifier: letters, digits, _ (e.g. step_1)' },
  name: { type: 'string' },
  kind: { type: 'string', enum: ['action', 'condition', 'loop', 'parallel', 'approval', 'wait'] },
  driver: { type: 'string' },
  operation: { type: 'string' },
  parameters: { type: 'object' },
  dependencies: { type: 'array', items: { type: 'string' } },
  condition: { type: 'string' },
  then: { type: 'array', items: { $ref: '#/$defs/step' } },
  else: { type: 'array', items: { $ref: '#/$defs/step' } },
  items: {},
  as: { type: 'string' },
  concurrency: { type: 'integer' },
  steps: { type: 'array', items: { $ref: '#/$defs/step' } },
  message: { type: 'string' },
  duration: { type: 'string' },
  until: { type: 'string' },
  when: { type: 'string' },
};

/** The plan answer's JSON schema. */
export const PLAN_JSON_SCHEMA = {
  type: 'object',
  properties: {
    intent: { type: 'string' },
    name: { type: 'string' },
    steps: { type: 'array', items: { $ref: '#/$defs/step' } },
    trigger: {
      type: 'object',
      properties: { type: { type: 'string', enum: ['manual', 'schedule', 'webhook', 'event'] }, cron: { type: 'string' }, timezone: { type: 'string' }, source: { type: 'string' }, description: { type: 'string' } },
      required: ['type'],
    },
    notes: { type: 'array', items: { type: 'string' } },
  },
  required: ['intent', 'name', 'steps'],
  $defs: { step: { type: 'object', properties: stepProps, required: ['step_id'] } },
} as const;

export interface ParsedAnswer {
  intent: string;
  name: string;
  steps: RawStep[];
  trigger?: PlannedTrigger;
  notes: string[];
}

/** Reads the model's text; returns the answer or the problems with its shape. */
export function readAnswer(text: string, request: string): { answer?: ParsedAnswer; problems: string[] } {
  let raw: unknown;
  try { raw = parseModelJson(text); } catch (err) { return { problems: [`The answer is not valid JSON: ${toErrorData(err).message.slice(0, 300)}`] }; }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { problems: ['The answer must be one JSON object {"intent", "name", "steps", ...}.'] };
  const o = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (!Array.isArray(o.steps)) problems.push('"steps" must be an array of step objects.');
  else if (o.steps.some((s) => !s || typeof s !== 'object' || Array.isArray(s))) problems.push('Every element of "steps" must be a step object.');
  let trigger: PlannedTrigger | undefined;
  if (o.trigger !== undefined && o.trigger !== null) {
    const t = o.trigger as Record<string, unknown>;
    if (!t || typeof t !== 'object' || !['manual', 'schedule', 'webhook', 'event'].includes(String(t.type))) problems.push('"trigger.type" must be manual, schedule, webhook or event.');
    else if (t.type === 'schedule' && (typeof t.cron !== 'string' || t.cron.trim().split(/\s+/).length !== 5)) problems.push('A schedule trigger needs a five-field "cron".');
    else if (t.type !== 'manual') trigger = t as unknown as PlannedTrigger;
  }
  if (problems.length) return { problems };
  return {
    answer: {
      intent: typeof o.intent === 'string' && o.intent.trim() ? o.intent.trim().slice(0, 100) : 'multi_step_workflow',
      name: typeof o.name === 'string' && o.name.trim() ? o.name.trim().slice(0, 200) : request.slice(0, 60),
      steps: o.steps as RawStep[],
      ...(trigger ? { trigger } : {}),
      notes: Array.isArray(o.notes) ? o.notes.filter((n): n is string => typeof n === 'string').map((n) => n.slice(0, 500)).slice(0, 10) : [],
    },
    problems: [],
  };
}

/** A draft from an accepted answer. */
export function draftFromAnswer(a: ParsedAnswer): Draft {
  return {
    intent: a.steps.length ? a.intent : 'unsupported',
    actions: walkSteps(a.steps).filter((w) => kindOf(w.step) === 'action').map((w) => ({ driver: String(w.step.driver), operation: String(w.step.operation), parameters: (w.step.parameters ?? {}) as Record<string, unknown> })),
    steps: a.steps,
    ...(a.trigger ? { trigger: a.trigger } : {}),
    name: a.name,
    notes: a.notes.map((n) => `LLM: ${n}`),
  };
}
