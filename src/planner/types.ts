/**
 * The planner's products, stage by stage (seed 000 stages 2–5, seed 003's dispatcher): the
 * intent analysis, the template match, the dispatch decision, the workflow, the trigger and
 * the driver check. `autoflow plan --json`, `POST /v1/plan` and the UI all show this shape.
 */
import type { CatalogDriver } from '../drivers/registry.ts';
import type { DriverCheck } from '../drivers/check.ts';

/** One action of the intent analysis: `{driver, operation, parameters}` (seed 000 stage 2). */
export interface PlannedAction {
  driver: string;
  operation: string;
  parameters: Record<string, unknown>;
}

/** When the workflow should start by itself. Absent (or manual) means "when asked". */
export interface PlannedTrigger {
  type: 'manual' | 'schedule' | 'webhook' | 'event';
  /** Five-field cron for schedules, e.g. "0 9 * * 1". */
  cron?: string;
  timezone?: string;
  /** What fires it: "github.issue_opened", "workflow.failed", … */
  source?: string;
  /** For event triggers: the workflow or event named in the request. */
  match?: Record<string, unknown>;
  description?: string;
}

/** Seed 000 stage 3. */
export interface TemplateMatch {
  template_found: boolean;
  template_id: string | null;
  match_confidence: number;
  template_actions: string[];
  customization_needed: string[];
}

export type WorkflowType = 'project_management' | 'research' | 'security_audit' | 'development' | 'deployment' | 'incident' | 'notification' | 'data' | 'custom';
export type Strategy = 'use_template' | 'customize_template' | 'generate' | 'hybrid';

/** Seed 003's dispatcher decision. */
export interface DispatchDecision {
  workflow_type: WorkflowType;
  complexity: 'simple' | 'moderate' | 'complex';
  estimate: {
    duration_ms: number;
    /** `history` when this installation has run the operations before, else `defaults`. */
    basis: 'history' | 'defaults' | 'mixed';
    per_step: { step_id: string; operation: string; duration_ms: number; basis: 'history' | 'default' }[];
    /** Tokens the LLM planner is expected to spend (only when an LLM plans). */
    llm_tokens?: number;
  };
  strategy: Strategy;
  reasoning: string;
}

/** Everything `plan` produces. `workflow` is a workflow document the validator accepts. */
export interface Plan {
  request: string;
  /** Which planner produced the actions, and whether an LLM answer was replaced by the offline plan. */
  planner: 'offline' | 'llm' | 'offline_fallback';
  intent: string;
  actions: PlannedAction[];
  template_match: TemplateMatch;
  dispatch: DispatchDecision;
  workflow: { workflow_id: string; name: string; description?: string; template_id?: string; steps: Record<string, unknown>[]; error_handling?: Record<string, unknown>; trigger?: PlannedTrigger; inputs?: Record<string, unknown> };
  trigger?: PlannedTrigger;
  driver_check: DriverCheck;
  /** For a person: what was understood, assumed, or could not be done (and what can be). */
  notes: string[];
}

/** What the offline and LLM planners return before templates and dispatch are applied. */
export interface Draft {
  intent: string;
  actions: PlannedAction[];
  /** Steps of the workflow document (actions plus control steps: condition, loop, approval, wait…). */
  steps: Record<string, unknown>[];
  trigger?: PlannedTrigger;
  name: string;
  notes: string[];
}

export interface PlanOptions {
  /** The catalogue to plan with (the registry's, or one loaded with --catalog). */
  catalog: CatalogDriver[];
  /** Only these drivers may be used (the tenant's enabled drivers); all when absent. */
  enabledDrivers?: string[];
  /** Skip the approval gate the planner puts before destructive operations. */
  allowDestructiveWithoutApproval?: boolean;
  /** "Now" for relative dates ("tomorrow", "next Friday"). */
  now?: Date;
  timezone?: string;
  env?: Record<string, string | undefined>;
  /** Called with each offline stage's intermediate text (after phrase rewrites, the clause units): for debugging a plan. */
  trace?: (stage: string, value: unknown) => void;
}
