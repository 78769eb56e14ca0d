/**
 * Static checks on a parsed expression tree, before anything is evaluated: only known node
 * types and operators, no forbidden names (__proto__, constructor, prototype), calls only to
 * allowlisted functions by bare name with the right number of arguments, and the depth cap.
 */
import type jsep from 'jsep';
import { closest } from '../../platform/suggest.ts';
import { expressionError } from './fail.ts';
import { FUNCTIONS, FUNCTION_NAMES } from './functions.ts';
import type { ExpressionLimits } from './limits.ts';
import { BINARY_OPS, LOGICAL_OPS, UNARY_OPS } from './operators.ts';
import { FORBIDDEN_NAMES } from './values.ts';

type Node = jsep.Expression;

const FORBIDDEN_HINT = 'Names that reach JavaScript prototypes are blocked for safety; read a different key.';
const SYNTAX_HINT = "Supported: paths (step_1.items[0].id), literals ('text', 42, true, null, [1, 2]), == != < <= > >=, AND OR NOT (&& || !), a ? b : c, + - * / % and allowlisted functions.";

function forbidden(source: string, name: string): never {
  throw expressionError(source, `'${name}' is not allowed`, FORBIDDEN_HINT, { name });
}

function checkCall(node: jsep.CallExpression, source: string, visitCallee: (callee: Node) => void): void {
  const callee = node.callee;
  if (callee.type === 'MemberExpression') {
    visitCallee(callee);
    throw expressionError(source, 'method calls on values are not supported', `Call an allowlisted function by name instead, e.g. upper(x) rather than x.toUpperCase(). Functions: ${FUNCTION_NAMES.join(', ')}.`);
  }
  if (callee.type !== 'Identifier') {
    visitCallee(callee);
    throw expressionError(source, 'only allowlisted functions can be called', `Functions: ${FUNCTION_NAMES.join(', ')}.`);
  }
  const name = (callee as jsep.Identifier).name;
  const spec = FUNCTIONS.get(name);
  if (!spec) {
    const guess = closest(name, FUNCTION_NAMES);
    throw expressionError(source, `'${name}' is not an allowed function.${guess ? ` Did you mean '${guess}'?` : ''}`, `Functions: ${FUNCTION_NAMES.join(', ')}.`, { name });
  }
  const n = node.arguments.length;
  if (n < spec.min || n > spec.max) {
    const want = spec.min === spec.max ? `${spec.min}` : `${spec.min} to ${spec.max}`;
    throw expressionError(source, `${name}() takes ${want} argument${spec.max === 1 ? '' : 's'}, got ${n}`, `Usage: ${spec.signature}.`);
  }
}

/** True for a keyword NOT applied directly, which reads ambiguously next to a comparison. */
function isKeywordNot(node: Node): boolean {
  return node.type === 'UnaryExpression' && (node.operator === 'NOT' || node.operator === 'not');
}

/** Walks the tree; throws an `expression_error` at the first problem. */
export function validateTree(tree: Node, source: string, limits: ExpressionLimits): void {
  const visit = (node: Node, depth: number): void => {
    if (depth > limits.maxDepth) {
      throw expressionError(source, `is nested more than ${limits.maxDepth} levels deep`, 'Simplify the expression or split it across steps; the cap is limits.maxDepth.');
    }
    const d = depth + 1;
    switch (node.type) {
      case 'Literal': {
        const v = (node as jsep.Literal).value;
        if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
          throw expressionError(source, 'this kind of literal is not supported', SYNTAX_HINT);
        }
        if (typeof v === 'number' && !Number.isFinite(v)) throw expressionError(source, 'the number is too large', 'Use a number within the double-precision range.');
        return;
      }
      case 'Identifier': {
        const name = (node as jsep.Identifier).name;
        if (FORBIDDEN_NAMES.has(name)) forbidden(source, name);
        return;
      }
      case 'MemberExpression': {
        const m = node as jsep.MemberExpression;
        visit(m.object, d);
        if (!m.computed) {
          if (m.property.type !== 'Identifier') throw expressionError(source, 'invalid property access', SYNTAX_HINT);
          const name = (m.property as jsep.Identifier).name;
          if (FORBIDDEN_NAMES.has(name)) forbidden(source, name);
          return;
        }
        const p = m.property;
        if (p.type === 'Literal' && typeof p.value === 'string' && FORBIDDEN_NAMES.has(p.value)) forbidden(source, p.value);
        visit(p, d);
        return;
      }
      case 'CallExpression': {
        const c = node as jsep.CallExpression;
        checkCall(c, source, (callee) => visit(callee, d));
        for (const arg of c.arguments) visit(arg, d);
        return;
      }
      case 'UnaryExpression': {
        const u = node as jsep.UnaryExpression;
        if (!UNARY_OPS.has(u.operator)) throw expressionError(source, `operator '${u.operator}' is not supported`, SYNTAX_HINT);
        visit(u.argument, d);
        return;
      }
      case 'BinaryExpression': {
        const b = node as jsep.BinaryExpression;
        if (!BINARY_OPS.has(b.operator) && !LOGICAL_OPS.has(b.operator)) {
          throw expressionError(source, `operator '${b.operator}' is not supported`, SYNTAX_HINT);
        }
        if (BINARY_OPS.has(b.operator) && isKeywordNot(b.left)) {
          throw expressionError(source, `'NOT x ${b.operator} y' is ambiguous`, `Write NOT (x ${b.operator} y) to negate the comparison, or (NOT x) ${b.operator} y.`);
        }
        visit(b.left, d);
        visit(b.right, d);
        return;
      }
      case 'ConditionalExpression': {
        const t = node as jsep.ConditionalExpression;
        visit(t.test, d);
        visit(t.consequent, d);
        visit(t.alternate, d);
        return;
      }
      case 'ArrayExpression': {
        const a = node as jsep.ArrayExpression;
        if (a.elements.length > limits.maxArrayLength) {
          throw expressionError(source, `the list has more than ${limits.maxArrayLength} items`, 'Use a shorter list; the cap is limits.maxArrayLength.');
        }
        for (const el of a.elements) {
          if (el === null) throw expressionError(source, 'the list has an empty slot', 'Remove the extra comma, e.g. [1, 2] rather than [1, , 2].');
          visit(el, d);
        }
        return;
      }
      case 'ThisExpression':
        throw expressionError(source, "'this' is not supported", 'Reference a name in scope instead, e.g. inputs or a step id.');
      case 'Compound':
      case 'SequenceExpression':
        if (node.type === 'Compound' && (node as jsep.Compound).body.length === 0) {
          throw expressionError(source, 'is empty', 'Put a reference or value between the braces, e.g. {{ inputs.name }}.');
        }
        throw expressionError(source, 'contains more than one expression', 'Write one expression per {{ }} (a missing operator or a stray comma or semicolon causes this).');
      default:
        throw expressionError(source, `'${node.type}' syntax is not supported`, SYNTAX_HINT);
    }
  };
  visit(tree, 0);
}
