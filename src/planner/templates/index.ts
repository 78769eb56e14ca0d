/** PLACEHOLDER (being replaced by the template library and matcher): never matches. */
import type { Draft, TemplateMatch } from '../types.ts';

export function matchTemplate(_request: string, _draft: Draft, _user: unknown[]): TemplateMatch {
  return { template_found: false, template_id: null, match_confidence: 0, template_actions: [], customization_needed: [] };
}

export function customizeTemplate(_m: TemplateMatch, _request: string, _draft: Draft): { workflow_id: string; name: string; description?: string; template_id?: string; steps: Record<string, unknown>[] } | undefined {
  return undefined;
}
