/**
 * "Save any workflow as a template": builds a template document from a workflow document. The
 * workflow is kept as written (its `inputs` are the template's input schema); matching evidence
 * comes from the phrases the user gives (matched literally, case-insensitive) and keywords taken
 * from the name and description unless given; the category and complexity are computed.
 */
import { complexityOf } from '../complexity.ts';
import { workflowTypeOf } from '../classify.ts';
import { slug, type RawStep } from '../steps.ts';
import { TemplateDoc } from './library.ts';

const STOP = new Set(['with', 'from', 'into', 'that', 'this', 'then', 'when', 'each', 'every', 'their', 'there', 'about', 'after', 'before', 'workflow', 'create', 'send', 'step', 'steps', 'and', 'the', 'for']);

export interface SaveTemplateOptions {
  template_id?: string;
  version: number;
  name?: string;
  description?: string;
  /** Phrases that ask for this process ("our weekly report"); matched as literal text. */
  phrases?: string[];
  keywords?: string[];
  created_by?: string;
  now?: Date;
}

/** A template document for `workflow` (throws when the result is not a valid template). */
export function templateFromWorkflow(workflow: Record<string, unknown>, o: SaveTemplateOptions): TemplateDoc {
  const name = String(o.name ?? workflow.name ?? 'Saved workflow');
  const description = String(o.description ?? workflow.description ?? '');
  const base = o.template_id ?? slug(String(workflow.workflow_id ?? name).replace(/^wf_/, ''), 60);
  const steps = (workflow.steps ?? []) as RawStep[];
  const keywords = o.keywords ?? [...new Set(`${name} ${description}`.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? [])].filter((w) => !STOP.has(w)).slice(0, 8);
  const phrases = (o.phrases ?? []).map((p) => `\\b${p.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`);
  const { workflow_id: _id, version: _v, created_at: _c, ...doc } = workflow;
  return TemplateDoc.parse({
    template_id: base,
    version: o.version,
    name,
    description,
    category: workflowTypeOf(`${name} ${description}`, steps),
    complexity: complexityOf(steps),
    match: { phrases, keywords },
    workflow: { ...doc, template_id: base },
    source: 'user',
    created_at: (o.now ?? new Date()).toISOString(),
    ...(o.created_by ? { created_by: o.created_by } : {}),
  });
}
