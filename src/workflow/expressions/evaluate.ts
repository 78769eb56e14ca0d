/**
 * The interpreter: walks a validated tree against a scope object. Roots are the scope's own
 * properties; members are own data properties only; calls go to the allowlist; every node costs a
 * step and every produced string or list is checked against the caps. No JavaScript is run.
 */
import type jsep from 'jsep';
import { expressionError, unknownReference } from './fail.ts';
import { FUNCTIONS } from './functions.ts';
import type { Budget } from './limits.ts';
import { AND_OPS, LOGICAL_OPS } from './operators.ts';
import type { Node } from './parse.ts';
import { equal, FORBIDDEN_NAMES, readOwn, toText, truthy, typeName } from './values.ts';

/** Everything one evaluation needs. */
export interface EvalContext {
  scope: Record<string, unknown>;
  source: string;
  budget: Budget;
  clock: { now(): number };
}

type Handler = (node: Node, ctx: EvalContext) => unknown;

const TYPE_HINT = 'Operands must have matching types: convert with number() or string(), or give a fallback with default(value, fallback).';

function number(v: unknown, op: string, ctx: EvalContext): number {
  if (typeof v === 'number') return v;
  throw expressionError(ctx.source, `'${op}' needs numbers, got ${typeName(v)}`, TYPE_HINT);
}

function finite(n: number, op: string, ctx: EvalContext): number {
  if (Number.isFinite(n)) return n;
  throw expressionError(ctx.source, `'${op}' gave a result that is not a finite number${op === '/' || op === '%' ? ' (division by zero?)' : ''}`, 'Guard the divisor, e.g. b == 0 ? 0 : a / b.');
}

function compare(op: string, a: unknown, b: unknown, ctx: EvalContext): boolean {
  const bothNumbers = typeof a === 'number' && typeof b === 'number';
  const bothStrings = typeof a === 'string' && typeof b === 'string';
  if (!bothNumbers && !bothStrings) {
    throw expressionError(ctx.source, `cannot compare ${typeName(a)} with ${typeName(b)} using '${op}'`, TYPE_HINT);
  }
  const [x, y] = [a as number | string, b as number | string];
  return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
}

function add(a: unknown, b: unknown, ctx: EvalContext): unknown {
  if (typeof a === 'number' && typeof b === 'number') return finite(a + b, '+', ctx);
  if (typeof a === 'string' || typeof b === 'string') {
    const left = toText(a, ctx.budget, ctx.source);
    const right = toText(b, ctx.budget, ctx.source);
    ctx.budget.stringLength(ctx.source, left.length + right.length);
    return left + right;
  }
  throw expressionError(ctx.source, `cannot add ${typeName(a)} and ${typeName(b)}`, `'+' adds two numbers or joins text to anything. ${TYPE_HINT}`);
}

const BINARY: Record<string, (a: unknown, b: unknown, ctx: EvalContext) => unknown> = {
  '==': (a, b) => equal(a, b),
  '===': (a, b) => equal(a, b),
  '!=': (a, b) => !equal(a, b),
  '!==': (a, b) => !equal(a, b),
  '<': (a, b, c) => compare('<', a, b, c),
  '<=': (a, b, c) => compare('<=', a, b, c),
  '>': (a, b, c) => compare('>', a, b, c),
  '>=': (a, b, c) => compare('>=', a, b, c),
  '+': add,
  '-': (a, b, c) => finite(number(a, '-', c) - number(b, '-', c), '-', c),
  '*': (a, b, c) => finite(number(a, '*', c) * number(b, '*', c), '*', c),
  '/': (a, b, c) => finite(number(a, '/', c) / number(b, '/', c), '/', c),
  '%': (a, b, c) => finite(number(a, '%', c) % number(b, '%', c), '%', c),
};

/** The key a member access reads: a static name, or a computed string or number. */
function memberKey(m: jsep.MemberExpression, ctx: EvalContext): string {
  if (!m.computed) return (m.property as jsep.Identifier).name;
  const key = run(m.property, ctx);
  if (typeof key === 'number' && Number.isFinite(key)) return String(key);
  if (typeof key !== 'string') {
    throw expressionError(ctx.source, `a [key] must be text or a number, got ${typeName(key)}`, 'Use a[0] for list items and a[\'name\'] or a[key] (text) for fields.');
  }
  if (FORBIDDEN_NAMES.has(key)) {
    throw expressionError(ctx.source, `'${key}' is not allowed`, 'Names that reach JavaScript prototypes are blocked for safety; read a different key.', { name: key });
  }
  return key;
}

const HANDLERS: Record<string, Handler> = {
  Literal: (node) => (node as jsep.Literal).value,
  Identifier: (node, ctx) => {
    const name = (node as jsep.Identifier).name;
    if (Object.hasOwn(ctx.scope, name)) return readOwn(ctx.scope, name);
    if (FUNCTIONS.has(name)) {
      throw expressionError(ctx.source, `'${name}' is a function, not a value`, `Call it with arguments: ${FUNCTIONS.get(name)!.signature}.`);
    }
    throw unknownReference(ctx.source, name, Object.keys(ctx.scope));
  },
  MemberExpression: (node, ctx) => {
    const m = node as jsep.MemberExpression;
    const target = run(m.object, ctx);
    return readOwn(target, memberKey(m, ctx));
  },
  CallExpression: (node, ctx) => {
    const c = node as jsep.CallExpression;
    const name = (c.callee as jsep.Identifier).name;
    const spec = FUNCTIONS.get(name)!;
    const args = c.arguments.map((a) => run(a, ctx));
    return spec.call(args, { name, source: ctx.source, budget: ctx.budget, clock: ctx.clock });
  },
  UnaryExpression: (node, ctx) => {
    const u = node as jsep.UnaryExpression;
    const v = run(u.argument, ctx);
    if (u.operator === '-') return -number(v, '-', ctx);
    return !truthy(v);
  },
  BinaryExpression: (node, ctx) => {
    const b = node as jsep.BinaryExpression;
    const left = run(b.left, ctx);
    if (LOGICAL_OPS.has(b.operator)) {
      const isAnd = AND_OPS.has(b.operator);
      return truthy(left) === isAnd ? run(b.right, ctx) : left;
    }
    return BINARY[b.operator](left, run(b.right, ctx), ctx);
  },
  ConditionalExpression: (node, ctx) => {
    const t = node as jsep.ConditionalExpression;
    return truthy(run(t.test, ctx)) ? run(t.consequent, ctx) : run(t.alternate, ctx);
  },
  ArrayExpression: (node, ctx) => (node as jsep.ArrayExpression).elements.map((el) => run(el as Node, ctx)),
};

function run(node: Node, ctx: EvalContext): unknown {
  ctx.budget.step(ctx.source);
  const handler = Object.hasOwn(HANDLERS, node.type) ? HANDLERS[node.type] : undefined;
  if (!handler) throw expressionError(ctx.source, `'${node.type}' syntax is not supported`, 'Use paths, literals, operators and allowlisted functions.');
  return handler(node, ctx);
}

/**
 * Evaluates a tree that parseExpression has validated. `&&`/`||` (and AND/OR) short-circuit and
 * return an operand, as in JavaScript, under the truthiness of values.ts.
 */
export function evaluateTree(tree: Node, ctx: EvalContext): unknown {
  return run(tree, ctx);
}
