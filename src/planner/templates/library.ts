/**
 * The template library: the built-in templates (`src/templates/*.json`) and templates users
 * saved from their own workflows. A template is a versioned workflow document (`workflow`,
 * which the validator accepts, using `{{inputs.x}}` for what varies) plus what the matcher and
 * customiser need: the phrases that ask for the whole process, topic keywords, how to read each
 * input out of a request, a category (the dispatcher's workflow type), complexity, and the
 * output schema. The input schema is the workflow's `inputs` (one definition), shown as JSON
 * Schema by `inputSchemaOf`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { complexityOf } from '../complexity.ts';
import { actionKey, walkSteps, type RawStep } from '../steps.ts';
import type { WorkflowType } from '../types.ts';

export const WORKFLOW_TYPES = ['project_management', 'research', 'security_audit', 'development', 'deployment', 'incident', 'notification', 'data', 'custom'] as const;

const ExtractSpec = z.union([z.string(), z.strictObject({ pattern: z.string().min(1).max(500), flags: z.string().regex(/^[imsu]*$/).optional(), group: z.number().int().min(0).max(9).optional() })]);

export const TemplateDoc = z.strictObject({
  template_id: z.string().regex(/^[A-Za-z][\w.-]{0,127}$/, 'letters, digits, _ . - (start with a letter)'),
  version: z.number().int().min(1),
  name: z.string().min(1).max(200),
  description: z.string().max(5000).default(''),
  category: z.enum(WORKFLOW_TYPES).default('custom'),
  complexity: z.enum(['simple', 'moderate', 'complex']).optional(),
  /** Input whose value names a customised workflow ("Employee onboarding: Jane Doe"). */
  title_input: z.string().optional(),
  /** Seed-000 style names of what each step does, by step id ("asana_task_creation"). */
  actions: z.record(z.string(), z.string()).default({}),
  match: z.strictObject({
    /** Regular expressions that ask for the whole process ("onboard", "invoice approval"). */
    phrases: z.array(z.string().max(500)).max(50).default([]),
    /** Topic words: evidence only, never enough on their own to add steps. */
    keywords: z.array(z.string().max(60)).max(100).default([]),
  }).default({ phrases: [], keywords: [] }),
  parameters: z.record(z.string(), z.strictObject({ extract: z.array(ExtractSpec).max(10).default([]) })).default({}),
  output_schema: z.unknown().optional(),
  workflow: z.record(z.string(), z.unknown()).refine((w) => Array.isArray(w.steps), 'workflow.steps must be an array'),
  source: z.enum(['builtin', 'user']).optional(),
  created_at: z.string().optional(),
  created_by: z.string().optional(),
});
export type TemplateDoc = z.output<typeof TemplateDoc>;

/** A template ready for matching: its document plus precomputed action keys and regexes. */
export interface Template extends TemplateDoc {
  source: 'builtin' | 'user';
  /** `driver.operation` / kind of every step, in document order. */
  keys: string[];
  phraseRes: RegExp[];
  drivers: string[];
}

const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
let builtins: Template[] | undefined;

/** Compiles a template document (throws on an invalid one). */
export function compileTemplate(raw: unknown, source: 'builtin' | 'user'): Template {
  const doc = TemplateDoc.parse(raw);
  const steps = doc.workflow.steps as RawStep[];
  const keys = walkSteps(steps).map((w) => actionKey(w.step)).filter((k) => k !== 'parallel');
  const phraseRes = doc.match.phrases.flatMap((p) => { try { return [new RegExp(p, 'i')]; } catch { return []; } });
  const drivers = [...new Set(keys.filter((k) => k.includes('.')).map((k) => k.split('.')[0]))];
  return { ...doc, source, complexity: doc.complexity ?? complexityOf(steps), keys, phraseRes, drivers };
}

/** The built-in templates (read once from src/templates). */
export function builtinTemplates(): Template[] {
  builtins ??= readdirSync(templatesDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => {
      try { return compileTemplate(JSON.parse(readFileSync(path.join(templatesDir, f), 'utf8')), 'builtin'); } catch (err) { throw new Error(`Built-in template ${f} is invalid: ${(err as Error).message}`); }
    });
  return builtins;
}

/** User templates (invalid ones skipped) followed by the built-ins; a user template shadows a built-in of the same id. */
export function allTemplates(user: unknown[] = []): Template[] {
  const mine: Template[] = [];
  for (const u of user) {
    try { mine.push(compileTemplate(u, 'user')); } catch { /* not a template document */ }
  }
  const ids = new Set(mine.map((t) => t.template_id));
  return [...mine, ...builtinTemplates().filter((t) => !ids.has(t.template_id))];
}

/** Finds a template by id among user and built-in templates. */
export function findTemplate(id: string | null | undefined, user: unknown[] = []): Template | undefined {
  return id ? allTemplates(user).find((t) => t.template_id === id) : undefined;
}

/** The template's input schema as JSON Schema (from the workflow's `inputs`). */
export function inputSchemaOf(t: Pick<TemplateDoc, 'workflow'>): { type: 'object'; properties: Record<string, unknown>; required: string[] } {
  const inputs = (t.workflow.inputs ?? {}) as Record<string, { type?: string; description?: string; default?: unknown; required?: boolean; enum?: unknown[] }>;
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [name, s] of Object.entries(inputs)) {
    properties[name] = { type: s.type ?? 'string', ...(s.description ? { description: s.description } : {}), ...(s.default !== undefined ? { default: s.default } : {}), ...(s.enum ? { enum: s.enum } : {}) };
    if (s.default === undefined && s.required !== false) required.push(name);
  }
  return { type: 'object', properties, required };
}

/** The seed-000 `template_actions` names of a template: its own labels, else `driver_operation` / kind. */
export function templateActions(t: Pick<TemplateDoc, 'workflow' | 'actions'>): string[] {
  return walkSteps(t.workflow.steps as RawStep[]).filter((w) => actionKey(w.step) !== 'parallel').map((w) => {
    const label = t.actions[String(w.step.step_id)];
    return label ?? actionKey(w.step).replace('.', '_');
  });
}

/** A summary for listings (`autoflow templates`, `GET /v1/templates`). */
export function describeTemplate(t: Template): Record<string, unknown> {
  return {
    template_id: t.template_id,
    version: t.version,
    name: t.name,
    description: t.description,
    source: t.source,
    category: t.category as WorkflowType,
    complexity: t.complexity,
    template_actions: templateActions(t),
    drivers: t.drivers,
    input_schema: inputSchemaOf(t),
    output_schema: t.output_schema ?? { type: 'object' },
    ...(t.created_at ? { created_at: t.created_at } : {}),
  };
}
