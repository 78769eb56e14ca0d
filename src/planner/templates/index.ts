/**
 * Templates for the planner: the library (built-in and user-saved), the matcher (seed 000 stage
 * 3) and the customiser that turns a matched template into this request's workflow.
 */
import type { Draft, Plan, TemplateMatch } from '../types.ts';
import { customize, type Customization } from './customize.ts';
import { findTemplate } from './library.ts';
import type { MatchOptions } from './match.ts';

export { matchTemplate, rankTemplates, scoreTemplate, MATCH_THRESHOLD, type MatchOptions } from './match.ts';
export { allTemplates, builtinTemplates, compileTemplate, describeTemplate, findTemplate, inputSchemaOf, templateActions, TemplateDoc, type Template } from './library.ts';
export { customize, type Customization } from './customize.ts';
export { templateFromWorkflow } from './save.ts';

/** The matched template customised for the request, with what was filled, or undefined when none matched. */
export function customizeTemplateDetailed(match: TemplateMatch, request: string, draft: Draft, user: unknown[] = [], opts: MatchOptions = {}): Customization | undefined {
  if (!match.template_found) return undefined;
  const t = findTemplate(match.template_id, user);
  return t ? customize(t, request, draft, opts.now) : undefined;
}

/** The matched template customised for the request (a workflow document), or undefined. */
export function customizeTemplate(match: TemplateMatch, request: string, draft: Draft, user: unknown[] = [], opts: MatchOptions = {}): Plan['workflow'] | undefined {
  return customizeTemplateDetailed(match, request, draft, user, opts)?.workflow;
}
