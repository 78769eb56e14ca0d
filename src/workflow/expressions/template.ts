/**
 * renderTemplate: deep-walks a JSON-like value and evaluates every `{{ }}` in its strings. A
 * string that is exactly one expression yields the raw value; mixed text interpolates. Results
 * are never parsed again, and object keys are never rendered.
 */
import { AutoflowError } from '../../platform/errors.ts';
import { clockOf, evaluateWithBudget } from './expression.ts';
import { atPath } from './fail.ts';
import { childPath } from './json-path.ts';
import { Budget, resolveLimits, type ExpressionOptions } from './limits.ts';
import { hasTemplate, scanTemplate, soleExpression } from './scan.ts';
import { isPlainObject, toText } from './values.ts';

/**
 * Renders `value` against `scope`. Strings without `{{` come back unchanged; a string that is
 * exactly one `{{ expr }}` (whitespace around allowed) becomes the expression's value (object,
 * number, …); other strings interpolate: text as-is, numbers and booleans via String,
 * null/undefined as '', arrays and objects as JSON. Arrays and plain objects are copied; other
 * values pass through. One step/output budget covers the whole call. Errors carry the JSON path
 * (`opts.basePath`, default `$`) of the failing string.
 */
export function renderTemplate(value: unknown, scope: Record<string, unknown>, opts?: ExpressionOptions): unknown {
  const budget = new Budget(resolveLimits(opts));
  const clock = clockOf(opts);

  const renderString = (s: string, path: string): unknown => {
    if (!hasTemplate(s)) return s;
    try {
      const segments = scanTemplate(s);
      const sole = soleExpression(segments);
      if (sole !== undefined) return evaluateWithBudget(sole, scope, budget, clock);
      let out = '';
      for (const seg of segments) {
        const text = seg.kind === 'text' ? seg.text : toText(evaluateWithBudget(seg.source, scope, budget, clock), budget, seg.source);
        budget.stringLength(seg.kind === 'expr' ? seg.source : s, out.length + text.length);
        out += text;
      }
      budget.addOutput(s, out.length);
      return out;
    } catch (err) {
      throw atPath(err, path);
    }
  };

  const walk = (v: unknown, path: string, depth: number): unknown => {
    if (typeof v === 'string') return renderString(v, path);
    if (!Array.isArray(v) && !isPlainObject(v)) return v;
    if (depth >= budget.limits.maxValueDepth) {
      throw new AutoflowError({
        code: 'expression_error', path, retryable: false,
        message: `The value at ${path} is nested more than ${budget.limits.maxValueDepth} levels deep to render`,
        hint: 'Flatten the document (or raise limits.maxValueDepth).',
      });
    }
    if (Array.isArray(v)) return v.map((item, i) => walk(item, childPath(path, i), depth + 1));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      // defineProperty, so a key named __proto__ stays a plain key and never sets a prototype.
      Object.defineProperty(out, key, { value: walk(v[key], childPath(path, key), depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  return walk(value, opts?.basePath ?? '$', 0);
}
