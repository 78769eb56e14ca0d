/**
 * checkTemplates: finds, without evaluating anything, every template problem in a JSON-like
 * value (unclosed `{{`, syntax errors, forbidden names, calls outside the allowlist, caps), each
 * with the JSON path of the string it sits in.
 */
import { AutoflowError } from '../../platform/errors.ts';
import { resolveLimits, type ExpressionOptions } from './limits.ts';
import { parseExpression } from './parse.ts';
import { hasTemplate, scanTemplate } from './scan.ts';
import { forEachString } from './walk.ts';

/** One problem found by checkTemplates. */
export interface TemplateProblem {
  /** JSON path of the string, e.g. `$.steps[1].parameters.text`. */
  path: string;
  message: string;
  hint?: string;
}

function problem(path: string, err: unknown): TemplateProblem {
  if (err instanceof AutoflowError) return { path, message: err.data.message, ...(err.data.hint ? { hint: err.data.hint } : {}) };
  return { path, message: String(err) };
}

/**
 * Checks every `{{ }}` in `value` statically. Returns an empty list when all templates are sound.
 * Unknown roots are not reported here (the scope is not known yet): use findReferences for that.
 */
export function checkTemplates(value: unknown, basePath = '$', opts?: ExpressionOptions): TemplateProblem[] {
  const limits = resolveLimits(opts);
  const problems: TemplateProblem[] = [];
  forEachString(value, basePath, limits.maxValueDepth, (text, path) => {
    if (!hasTemplate(text)) return;
    try {
      for (const seg of scanTemplate(text)) {
        if (seg.kind !== 'expr') continue;
        try { parseExpression(seg.source, limits); } catch (err) { problems.push(problem(path, err)); }
      }
    } catch (err) {
      problems.push(problem(path, err));
    }
  }, (path) => problems.push({ path, message: `The value at ${path} is nested more than ${limits.maxValueDepth} levels deep`, hint: 'Flatten the document.' }));
  return problems;
}
