/**
 * Builders for the errors the expression language throws: every failure is an AutoflowError with
 * code `expression_error` (syntax, forbidden construct, type or limit) or `unknown_reference`
 * (a root name the scope does not have), a message naming the expression, and a hint.
 */
import { AutoflowError } from '../../platform/errors.ts';
import { closest } from '../../platform/suggest.ts';

/** Shows an expression the way the user wrote it, shortened for messages. */
export function showExpression(source: string): string {
  const s = source.trim().replace(/\s+/g, ' ');
  return `{{ ${s.length > 120 ? `${s.slice(0, 117)}...` : s} }}`;
}

/** An `expression_error` about `source` ("Expression {{ x }}: problem"). */
export function expressionError(source: string, problem: string, hint: string, details?: Record<string, unknown>): AutoflowError {
  return new AutoflowError({
    code: 'expression_error',
    message: `Expression ${showExpression(source)}: ${problem}`,
    hint,
    retryable: false,
    details: { expression: source.trim(), ...details },
  });
}

/** An `unknown_reference` naming the missing root, the roots that exist and the closest one. */
export function unknownReference(source: string, name: string, available: string[]): AutoflowError {
  const sorted = [...available].sort();
  const guess = closest(name, sorted);
  const listed = sorted.length === 0 ? 'none' : sorted.length > 30 ? `${sorted.slice(0, 30).join(', ')}, ...` : sorted.join(', ');
  return new AutoflowError({
    code: 'unknown_reference',
    message: `Expression ${showExpression(source)}: unknown reference '${name}'.${guess ? ` Did you mean '${guess}'?` : ''} Available: ${listed}.`,
    hint: guess
      ? `Replace '${name}' with '${guess}', or reference one of: ${listed}.`
      : `An expression can only read names in scope (${listed}): usually 'inputs' or the id of an earlier step.`,
    retryable: false,
    details: { expression: source.trim(), name, available: sorted, ...(guess ? { suggestion: guess } : {}) },
  });
}

/** Returns `err` with the JSON path of the template it came from (AutoflowErrors only). */
export function atPath(err: unknown, path: string): unknown {
  if (err instanceof AutoflowError && err.data.path === undefined) {
    return new AutoflowError({ ...err.data, path });
  }
  return err;
}

/** An `expression_error` about a template string as a whole (e.g. an unclosed `{{`). */
export function templateError(text: string, problem: string, hint: string, details?: Record<string, unknown>): AutoflowError {
  const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return new AutoflowError({
    code: 'expression_error',
    message: `Template ${JSON.stringify(shown)}: ${problem}`,
    hint,
    retryable: false,
    details: { template: text.length > 500 ? `${text.slice(0, 500)}...` : text, ...details },
  });
}
