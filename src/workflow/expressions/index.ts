/**
 * The `{{ }}` expression language: a strict, non-JavaScript evaluator over jsep trees. Paths,
 * literals, comparisons, AND/OR/NOT, ?:, arithmetic and an allowlist of pure functions; own
 * properties only, prototype names rejected, everything capped. See the modules for details.
 */
export { evaluateExpression, evaluateCondition } from './expression.ts';
export { renderTemplate } from './template.ts';
export { findReferences, type Reference } from './references.ts';
export { checkTemplates, type TemplateProblem } from './check.ts';
export { DEFAULT_LIMITS, type ExpressionLimits, type ExpressionOptions } from './limits.ts';
export { FUNCTION_NAMES } from './functions.ts';
export { truthy } from './values.ts';
