/**
 * How the expression language sees values: type names for messages, truthiness, equality,
 * own-property reads (never the prototype chain, never functions), and conversion to text and
 * JSON under the size caps.
 */
import type { Budget } from './limits.ts';
import { expressionError } from './fail.ts';

/** Names that are never readable, as identifiers or keys, because they reach prototypes. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for `{}`-style objects (prototype Object.prototype or null). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A short type name for messages: string, number, boolean, null, undefined, array, object. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/**
 * Truthiness used by `!`, `&&`, `||`, `?:`, bool() and evaluateCondition. Falsy: false, null,
 * undefined (a missing path), 0, NaN, '' (empty string), [] (empty list) and {} (object without
 * keys). Everything else is truthy; in particular the string 'false' is truthy (no coercion).
 */
export function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (isPlainObject(v)) return Object.keys(v).length > 0;
  return Boolean(v);
}

/** `==` / `===`: strict equality, except that null and undefined (missing) are equal. */
export function equal(a: unknown, b: unknown): boolean {
  return a === b || (a == null && b == null);
}

/**
 * Reads an own data property of an object, array or string. Missing keys, accessors (getters
 * are never run) and function values read as undefined; the prototype chain is never consulted.
 */
export function readOwn(target: unknown, key: string): unknown {
  if (target === null || target === undefined) return undefined;
  if (typeof target !== 'object' && typeof target !== 'string') return undefined;
  const desc = Object.getOwnPropertyDescriptor(target, key);
  if (!desc || !('value' in desc)) return undefined;
  return typeof desc.value === 'function' ? undefined : desc.value;
}

/**
 * Text for interpolation and string(): strings as-is, numbers and booleans via String,
 * null/undefined as '', arrays and objects as JSON.
 */
export function toText(v: unknown, budget: Budget, source: string): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  if (typeof v === 'object') return jsonText(v, budget, source);
  return '';
}

/** JSON.stringify under the caps: the value is measured first, so a huge result is never built. */
export function jsonText(v: unknown, budget: Budget, source: string, indent = 0): string {
  measureJson(v, budget, source, 0, new Set(), { size: 0 });
  let text: string | undefined;
  try {
    text = JSON.stringify(v, null, indent);
  } catch (err) {
    throw expressionError(source, `cannot convert the value to JSON (${(err as Error).message})`,
      'Only JSON-like data (objects, arrays, strings, numbers, booleans, null) can be turned into text.');
  }
  const out = text ?? 'null';
  budget.stringLength(source, out.length);
  return out;
}

function measureJson(v: unknown, budget: Budget, source: string, depth: number, seen: Set<object>, acc: { size: number }): void {
  budget.step(source);
  if (depth > budget.limits.maxValueDepth) {
    throw expressionError(source, `the value is nested more than ${budget.limits.maxValueDepth} levels deep`,
      'Select a smaller part of the value before converting it to text.');
  }
  if (typeof v === 'string') acc.size += v.length + 2;
  else if (v === null || typeof v !== 'object') acc.size += 6 + (typeof v === 'number' ? 18 : 0);
  else if (v instanceof Date) acc.size += 26;
  else {
    if (seen.has(v)) {
      throw expressionError(source, 'the value is circular and cannot be converted to JSON', 'Select a part of the value that does not refer to itself.');
    }
    seen.add(v);
    acc.size += 2;
    if (Array.isArray(v)) {
      for (const item of v) { acc.size += 1; measureJson(item, budget, source, depth + 1, seen, acc); }
    } else {
      for (const key of Object.keys(v)) {
        acc.size += key.length + 4;
        measureJson((v as Record<string, unknown>)[key], budget, source, depth + 1, seen, acc);
      }
    }
    seen.delete(v);
  }
  budget.stringLength(source, acc.size);
}
