/** The operators the expression language supports, shared by the parser, validator and evaluator. */

/** Operators that short-circuit, with their keyword spellings. */
export const LOGICAL_OPS: ReadonlySet<string> = new Set(['&&', '||', 'AND', 'OR', 'and', 'or']);
/** Logical operators that mean "and" (the rest mean "or"). */
export const AND_OPS: ReadonlySet<string> = new Set(['&&', 'AND', 'and']);
/** Binary operators evaluated on both operands. */
export const BINARY_OPS: ReadonlySet<string> = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', '+', '-', '*', '/', '%']);
/** Prefix operators. */
export const UNARY_OPS: ReadonlySet<string> = new Set(['-', '!', 'NOT', 'not']);
/** jsep's default operators that are switched off. */
export const REMOVED_BINARY_OPS: readonly string[] = ['|', '^', '&', '<<', '>>', '>>>', '**', '??'];
export const REMOVED_UNARY_OPS: readonly string[] = ['~', '+'];
