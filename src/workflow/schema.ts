/**
 * The workflow document: one zod schema per part, read by the validator, the engine, the
 * planner, the CLI and (later) the OpenAPI document. The seed 000 "Generated Workflow Script"
 * is accepted as written: steps without a `kind` are actions, `asana_driver` names a driver,
 * `retry_policy {max_retries, retry_delay}` (seconds), `success_condition`, `next_step`.
 */
import { z } from 'zod';

/** Step ids are referenced as `{{step_1.field}}`, so they must be identifier-like. */
export const StepId = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'must start with a letter or _ and contain only letters, digits and _ (max 64)');

/** A duration: seconds as a number, or a string like "500ms", "30s", "10m", "2h", "1d". */
export const Duration = z.union([z.number().min(0), z.string().regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)\s*$/, 'use a number of seconds or a string like "30s", "10m", "2h"')]);

export const RetryPolicy = z.strictObject({
  max_retries: z.number().int().min(0).max(50).default(0).describe('How many times to retry after the first attempt fails'),
  retry_delay: z.number().min(0).max(86_400).default(1).describe('Seconds before the first retry'),
  backoff: z.enum(['fixed', 'exponential']).default('exponential'),
  backoff_multiplier: z.number().min(1).max(10).default(2),
  max_delay: z.number().min(0).max(86_400).default(300).describe('Cap on any single delay, seconds'),
  jitter: z.number().min(0).max(1).default(0.2).describe('Fraction of each delay that is randomised'),
});
export type RetryPolicy = z.output<typeof RetryPolicy>;

const baseFields = {
  step_id: StepId,
  name: z.string().max(200).optional(),
  description: z.string().max(2000).optional(),
  kind: z.string().optional(),
  dependencies: z.array(z.string()).max(1000).optional().describe('Steps that must finish first; omit for "after the previous step", [] for "right away"'),
  next_step: z.string().nullable().optional(),
  retry_policy: RetryPolicy.optional(),
  timeout: Duration.optional().describe('Per-attempt time limit'),
  success_condition: z.string().max(2000).optional().describe("An outcome name the operation declares (e.g. task_created) or an expression over `output`"),
  when: z.string().max(2000).optional().describe('Expression; the step is skipped when it is false'),
};

export const ActionStep = z.strictObject({
  ...baseFields,
  kind: z.literal('action').optional(),
  driver: z.string().min(1),
  operation: z.string().min(1),
  parameters: z.record(z.string(), z.unknown()).default({}),
});

export const ApprovalStep = z.strictObject({
  ...baseFields,
  kind: z.literal('approval'),
  message: z.string().max(5000).optional(),
  approvers: z.array(z.string()).optional(),
});

export const WaitStep = z.strictObject({
  ...baseFields,
  kind: z.literal('wait'),
  duration: Duration.optional(),
  until: z.string().optional().describe('ISO date-time or an expression giving one'),
});

export type Step = ActionStep | ApprovalStep | WaitStep | ConditionStep | LoopStep | ParallelStep | SubWorkflowStep;
export type ActionStep = z.output<typeof ActionStep>;
export type ApprovalStep = z.output<typeof ApprovalStep>;
export type WaitStep = z.output<typeof WaitStep>;
type Base = { [K in keyof typeof baseFields]?: z.output<(typeof baseFields)[K]> } & { step_id: string };
export type ConditionStep = Base & { kind: 'condition'; condition: string; then: Step[]; else?: Step[] };
export type LoopStep = Base & { kind: 'loop'; items: unknown; as?: string; concurrency?: number; steps: Step[] };
export type ParallelStep = Base & { kind: 'parallel'; steps: Step[] };
export type SubWorkflowStep = Base & { kind: 'sub_workflow'; workflow: string; inputs?: Record<string, unknown> };

/** Child steps are validated one by one by the validator, so here they are "an array of objects". */
const children = z.array(z.record(z.string(), z.unknown())).max(1000);

export const ConditionStep = z.strictObject({ ...baseFields, kind: z.literal('condition'), condition: z.string().min(1).max(2000), then: children, else: children.optional() });
export const LoopStep = z.strictObject({
  ...baseFields,
  kind: z.literal('loop'),
  items: z.union([z.string(), z.array(z.unknown())]).describe('An expression giving an array, or a literal array'),
  as: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).default('item'),
  concurrency: z.number().int().min(1).max(100).default(1),
  steps: children.min(1),
});
export const ParallelStep = z.strictObject({ ...baseFields, kind: z.literal('parallel'), steps: children.min(1) });
export const SubWorkflowStep = z.strictObject({ ...baseFields, kind: z.literal('sub_workflow'), workflow: z.string().min(1), inputs: z.record(z.string(), z.unknown()).optional() });

/** Every step kind, with the schema that checks its own fields (children are checked recursively). */
export const stepSchemas = {
  action: ActionStep,
  condition: ConditionStep,
  loop: LoopStep,
  parallel: ParallelStep,
  approval: ApprovalStep,
  wait: WaitStep,
  sub_workflow: SubWorkflowStep,
} as const;
export type StepKind = keyof typeof stepSchemas;
export const stepKinds = Object.keys(stepSchemas) as StepKind[];

/** Fields holding nested steps, per kind. */
export const childFields: Record<StepKind, readonly string[]> = {
  action: [], approval: [], wait: [], sub_workflow: [], condition: ['then', 'else'], loop: ['steps'], parallel: ['steps'],
};

export const InputSpec = z.strictObject({
  type: z.enum(['string', 'number', 'integer', 'boolean', 'object', 'array']).default('string'),
  description: z.string().optional(),
  default: z.unknown().optional(),
  required: z.boolean().optional(),
  enum: z.array(z.union([z.string(), z.number()])).optional(),
});
export type InputSpec = z.output<typeof InputSpec>;

export const OnFailure = z.enum(['stop', 'continue', 'rollback_and_notify']);

export const ErrorHandling = z.strictObject({
  on_failure: OnFailure.default('stop'),
  notification_channel: z.string().optional().describe('Where failures are announced: "#alerts", "slack:#alerts", "email:ops@example.com"'),
  escalation_policy: z.string().optional(),
});

export const Trigger = z.object({
  type: z.enum(['manual', 'schedule', 'webhook', 'event']),
  cron: z.string().optional(),
  timezone: z.string().optional(),
}).passthrough();

export const WorkflowDoc = z.strictObject({
  workflow_id: z.string().max(128).optional(),
  name: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  version: z.union([z.number(), z.string()]).optional(),
  created_at: z.string().optional(),
  created_by: z.string().optional(),
  template_id: z.string().optional(),
  inputs: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), InputSpec).optional(),
  steps: z.array(z.record(z.string(), z.unknown())).min(1, 'a workflow needs at least one step'),
  error_handling: ErrorHandling.optional(),
  monitoring: z.record(z.string(), z.unknown()).optional(),
  trigger: Trigger.optional(),
  outputs: z.record(z.string(), z.unknown()).optional(),
});

/** A validated workflow document (steps typed by kind, defaults applied). */
export type Workflow = Omit<z.output<typeof WorkflowDoc>, 'steps'> & { steps: Step[] };

/** Limits that protect the process from hostile or accidental documents. */
export const documentLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxSteps: 1000,
  maxDepth: 8,
};
