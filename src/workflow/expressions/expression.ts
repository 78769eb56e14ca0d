/**
 * Entry points for a single expression: evaluateExpression (source without braces) and
 * evaluateCondition (bare or wrapped in `{{ }}`, reduced to a boolean by truthiness).
 */
import { evaluateTree } from './evaluate.ts';
import { templateError } from './fail.ts';
import { Budget, resolveLimits, type ExpressionOptions } from './limits.ts';
import { parseExpression } from './parse.ts';
import { scanTemplate, soleExpression } from './scan.ts';
import { truthy } from './values.ts';

const systemClock = { now: () => Date.now() };

/** The clock `now()` reads for these options. */
export function clockOf(opts?: ExpressionOptions): { now(): number } {
  return opts?.clock ?? systemClock;
}

/** Parses and evaluates `source` against `scope`, charging `budget` (shared within one render). */
export function evaluateWithBudget(source: string, scope: Record<string, unknown>, budget: Budget, clock: { now(): number }): unknown {
  const tree = parseExpression(source, budget.limits);
  return evaluateTree(tree, { scope: scope ?? {}, source, budget, clock });
}

/**
 * Evaluates one expression, given WITHOUT braces (`step_1.items[0].id`), against `scope`.
 * Roots are `scope`'s own properties; a missing member reads as undefined, an unknown root throws
 * `unknown_reference`; syntax errors, forbidden names, disallowed calls and caps throw
 * `expression_error`. Values from the scope are returned as they are (not copied).
 */
export function evaluateExpression(source: string, scope: Record<string, unknown>, opts?: ExpressionOptions): unknown {
  return evaluateWithBudget(source, scope, new Budget(resolveLimits(opts)), clockOf(opts));
}

/**
 * Evaluates a condition, written bare (`inputs.count > 3 AND step_1.status == 'ok'`) or as one
 * `{{ }}` expression, and returns its truthiness: false, null, undefined (missing), 0, NaN, '',
 * [] and {} are false; everything else (including the text 'false') is true. A boolean
 * (a document that says `when: true`) is returned as it is.
 */
export function evaluateCondition(source: string | boolean, scope: Record<string, unknown>, opts?: ExpressionOptions): boolean {
  if (typeof source === 'boolean') return source;
  let expression = source;
  if (source.trim().startsWith('{{')) {
    const sole = soleExpression(scanTemplate(source));
    if (sole === undefined) {
      throw templateError(source, 'a condition must be a single expression', "Put the whole condition inside one pair of braces, e.g. {{ inputs.count > 3 AND step_1.status == 'ok' }}.");
    }
    expression = sole;
  }
  return truthy(evaluateExpression(expression, scope, opts));
}
