/**
 * Parsing: configures the global jsep parser once (adds AND/OR/NOT and and/or/not, removes the
 * bitwise, exponent, nullish and unary-plus operators) and turns expression source into a tree
 * that validate.ts has checked. Parsed trees are cached by source; they are never mutated.
 */
import jsep from 'jsep';
import { AutoflowError } from '../../platform/errors.ts';
import { expressionError } from './fail.ts';
import type { ExpressionLimits } from './limits.ts';
import { REMOVED_BINARY_OPS, REMOVED_UNARY_OPS } from './operators.ts';
import { validateTree } from './validate.ts';

/** A node of the parsed tree (jsep's shape). */
export type Node = jsep.Expression;

function configureJsep(): void {
  for (const op of REMOVED_BINARY_OPS) jsep.removeBinaryOp(op);
  for (const op of REMOVED_UNARY_OPS) jsep.removeUnaryOp(op);
  jsep.addBinaryOp('OR', 1);
  jsep.addBinaryOp('or', 1);
  jsep.addBinaryOp('AND', 2);
  jsep.addBinaryOp('and', 2);
  jsep.addUnaryOp('NOT');
  jsep.addUnaryOp('not');
}
configureJsep();

const CACHE_SIZE = 1_000;
const cache = new Map<string, Node>();

/**
 * Parses without the semantic checks (for tools like findReferences that read even invalid
 * expressions); throws an `expression_error` on syntax errors only. Not for evaluation.
 */
export function parseSyntax(source: string): Node {
  const hit = cache.get(source);
  if (hit) return hit;
  let tree: Node;
  try {
    tree = jsep(source);
  } catch (err) {
    if (err instanceof RangeError) {
      throw expressionError(source, 'is nested too deeply to parse', 'Remove some parentheses or brackets.');
    }
    const e = err as { description?: string; index?: number; message?: string };
    const problem = e.description ?? e.message ?? String(err);
    throw expressionError(source, `syntax error: ${problem}${e.index !== undefined ? ` at character ${e.index + 1}` : ''}`,
      "Expressions are paths (step_1.items[0].id), literals ('text', 42, true, null), comparisons, AND/OR/NOT, a ? b : c, + - * / % and allowlisted functions such as upper(x).",
      e.index !== undefined ? { index: e.index } : undefined);
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(source, tree);
  return tree;
}

/**
 * Parses and validates one expression (the text inside `{{ }}`, without the braces).
 * Throws an `expression_error` AutoflowError for syntax errors, forbidden constructs and caps.
 */
export function parseExpression(source: string, limits: ExpressionLimits): Node {
  if (source.length > limits.maxExpressionLength) {
    throw expressionError(source, `is ${source.length} characters long, more than the limit of ${limits.maxExpressionLength}`,
      'Split the logic across steps, or raise limits.maxExpressionLength.');
  }
  if (source.trim() === '') {
    throw expressionError(source, 'is empty', 'Put a reference or value between the braces, e.g. {{ inputs.name }}.');
  }
  const tree = parseSyntax(source);
  try {
    validateTree(tree, source, limits);
  } catch (err) {
    if (err instanceof AutoflowError) throw err;
    throw expressionError(source, 'could not be checked', 'Simplify the expression.');
  }
  return tree;
}
