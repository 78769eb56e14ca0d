/**
 * The allowlist: the only functions an expression may call, by bare name (`upper(x)`). Each is
 * pure (now() reads the injected clock), checks its argument types, and respects the caps.
 */
import type { Budget } from './limits.ts';
import { expressionError } from './fail.ts';
import { equal, isPlainObject, jsonText, toText, truthy, typeName } from './values.ts';

/** What a function receives besides its arguments. */
export interface FunctionContext {
  name: string;
  source: string;
  budget: Budget;
  clock: { now(): number };
}

/** One allowlisted function: arity, a one-line signature for hints, and its body. */
export interface FunctionSpec {
  min: number;
  max: number;
  signature: string;
  call(args: unknown[], ctx: FunctionContext): unknown;
}

const TYPE_HINT = 'Convert with string() or number(), or give a fallback with default(value, fallback).';

function bad(ctx: FunctionContext, i: number, want: string, got: unknown): never {
  throw expressionError(ctx.source, `${ctx.name}() expects ${want} as argument ${i + 1}, got ${typeName(got)}`, TYPE_HINT);
}
function str(args: unknown[], i: number, ctx: FunctionContext): string {
  return typeof args[i] === 'string' ? (args[i] as string) : bad(ctx, i, 'a string', args[i]);
}
function num(args: unknown[], i: number, ctx: FunctionContext): number {
  return typeof args[i] === 'number' && Number.isFinite(args[i]) ? (args[i] as number) : bad(ctx, i, 'a number', args[i]);
}
function int(args: unknown[], i: number, ctx: FunctionContext): number {
  return Number.isInteger(args[i]) ? (args[i] as number) : bad(ctx, i, 'a whole number', args[i]);
}
function list(args: unknown[], i: number, ctx: FunctionContext): unknown[] {
  return Array.isArray(args[i]) ? args[i] : bad(ctx, i, 'a list', args[i]);
}
/** A list the function walks element by element: each element costs a step. */
function walked(args: unknown[], i: number, ctx: FunctionContext): unknown[] {
  const items = list(args, i, ctx);
  ctx.budget.step(ctx.source, items.length);
  return items;
}
function numbers(values: unknown[], ctx: FunctionContext): number[] {
  return values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : bad(ctx, 0, 'numbers only', v)));
}
function outString(s: string, ctx: FunctionContext): string {
  ctx.budget.stringLength(ctx.source, s.length);
  return s;
}
function outList<T>(a: T[], ctx: FunctionContext): T[] {
  ctx.budget.arrayLength(ctx.source, a.length);
  ctx.budget.step(ctx.source, a.length);
  return a;
}
function objectArg(args: unknown[], i: number, ctx: FunctionContext): Record<string, unknown> {
  if (args[i] == null) return {};
  return isPlainObject(args[i]) ? (args[i] as Record<string, unknown>) : bad(ctx, i, 'an object', args[i]);
}
/** Numbers from either one list argument or several number arguments. */
function spread(args: unknown[], ctx: FunctionContext): number[] {
  return numbers(args.length === 1 && Array.isArray(args[0]) ? walked(args, 0, ctx) : args, ctx);
}
function finite(n: number, ctx: FunctionContext): number {
  if (!Number.isFinite(n)) throw expressionError(ctx.source, `${ctx.name}() gave a result that is not a finite number`, 'Check the inputs.');
  return n;
}

function formatDate(args: unknown[], ctx: FunctionContext): string {
  const v = args[0];
  const d = typeof v === 'number' ? new Date(v) : typeof v === 'string' ? new Date(v) : bad(ctx, 0, 'an ISO date string or epoch milliseconds', v);
  if (Number.isNaN(d.getTime())) throw expressionError(ctx.source, `formatDate() cannot read '${String(v).slice(0, 40)}' as a date`, "Pass an ISO 8601 date such as '2026-01-31T09:00:00Z'.");
  const pattern = args.length > 1 ? str(args, 1, ctx) : 'YYYY-MM-DD';
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const parts: Record<string, string> = {
    YYYY: pad(d.getUTCFullYear(), 4), MM: pad(d.getUTCMonth() + 1), DD: pad(d.getUTCDate()),
    HH: pad(d.getUTCHours()), mm: pad(d.getUTCMinutes()), ss: pad(d.getUTCSeconds()),
  };
  return outString(pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (t) => parts[t]), ctx);
}

function replaceAll(args: unknown[], ctx: FunctionContext): string {
  const [s, find, rep] = [str(args, 0, ctx), str(args, 1, ctx), str(args, 2, ctx)];
  if (find === '') throw expressionError(ctx.source, 'replace() needs a non-empty text to search for', "Example: replace(name, ' ', '-').");
  let count = 0;
  for (let at = s.indexOf(find); at !== -1; at = s.indexOf(find, at + find.length)) count++;
  ctx.budget.step(ctx.source, count);
  ctx.budget.stringLength(ctx.source, s.length + count * (rep.length - find.length));
  return s.split(find).join(rep);
}

function join(args: unknown[], ctx: FunctionContext): string {
  const items = walked(args, 0, ctx);
  const sep = args.length > 1 ? str(args, 1, ctx) : ',';
  const texts: string[] = [];
  let size = Math.max(0, items.length - 1) * sep.length;
  ctx.budget.stringLength(ctx.source, size);
  for (const item of items) {
    const t = toText(item, ctx.budget, ctx.source);
    size += t.length;
    ctx.budget.stringLength(ctx.source, size);
    texts.push(t);
  }
  return texts.join(sep);
}

function split(args: unknown[], ctx: FunctionContext): string[] {
  const s = str(args, 0, ctx);
  const sep = args.length > 1 ? str(args, 1, ctx) : ',';
  const cap = ctx.budget.limits.maxArrayLength;
  const parts = s.split(sep, cap + 1);
  return outList(parts, ctx);
}

function slice(args: unknown[], ctx: FunctionContext): unknown {
  const v = args[0];
  const start = int(args, 1, ctx);
  const end = args.length > 2 ? int(args, 2, ctx) : undefined;
  if (typeof v === 'string') return v.slice(start, end);
  if (Array.isArray(v)) return outList(v.slice(start, end), ctx);
  return bad(ctx, 0, 'a string or a list', v);
}

function sizeOf(args: unknown[], ctx: FunctionContext, strings: boolean): number {
  const v = args[0];
  if (v == null) return 0;
  if (Array.isArray(v)) return v.length;
  if (strings && typeof v === 'string') return v.length;
  if (isPlainObject(v)) return Object.keys(v).length;
  return bad(ctx, 0, strings ? 'a string, list or object' : 'a list or object', v);
}

function contains(args: unknown[], ctx: FunctionContext): boolean {
  const [hay, needle] = args;
  if (typeof hay === 'string') return hay.includes(str(args, 1, ctx));
  if (Array.isArray(hay)) return walked(args, 0, ctx).some((x) => equal(x, needle));
  if (isPlainObject(hay)) return typeof needle === 'string' && Object.hasOwn(hay, needle);
  if (hay == null) return false;
  return bad(ctx, 0, 'a string, list or object', hay);
}

function toNumber(args: unknown[], ctx: FunctionContext): number {
  const v = args[0];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  const shown = typeof v === 'string' ? `the text '${v.slice(0, 40)}'` : typeName(v);
  throw expressionError(ctx.source, `number() cannot convert ${shown} to a number`,
    'Pass a numeric string such as \'42\', or give a fallback: number(default(x, 0)).');
}

const missing = (v: unknown) => v === null || v === undefined;
const isEmpty = (v: unknown) => missing(v) || v === '' || (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);
const least = (n: number[]) => (n.length ? n.reduce((x, y) => (y < x ? y : x)) : null);
const most = (n: number[]) => (n.length ? n.reduce((x, y) => (y > x ? y : x)) : null);

const SPECS: [string, FunctionSpec][] = [
  ['length', { min: 1, max: 1, signature: 'length(text | list | object)', call: (a, c) => sizeOf(a, c, true) }],
  ['count', { min: 1, max: 1, signature: 'count(list | object)', call: (a, c) => sizeOf(a, c, false) }],
  ['isEmpty', { min: 1, max: 1, signature: 'isEmpty(value)', call: (a) => isEmpty(a[0]) }],
  ['lower', { min: 1, max: 1, signature: 'lower(text)', call: (a, c) => outString(str(a, 0, c).toLowerCase(), c) }],
  ['upper', { min: 1, max: 1, signature: 'upper(text)', call: (a, c) => outString(str(a, 0, c).toUpperCase(), c) }],
  ['trim', { min: 1, max: 1, signature: 'trim(text)', call: (a, c) => str(a, 0, c).trim() }],
  ['contains', { min: 2, max: 2, signature: 'contains(text | list | object, value)', call: contains }],
  ['startsWith', { min: 2, max: 2, signature: 'startsWith(text, prefix)', call: (a, c) => str(a, 0, c).startsWith(str(a, 1, c)) }],
  ['endsWith', { min: 2, max: 2, signature: 'endsWith(text, suffix)', call: (a, c) => str(a, 0, c).endsWith(str(a, 1, c)) }],
  ['join', { min: 1, max: 2, signature: "join(list, separator = ',')", call: join }],
  ['split', { min: 1, max: 2, signature: "split(text, separator = ',')", call: split }],
  ['replace', { min: 3, max: 3, signature: 'replace(text, find, replacement) (every occurrence, literal text)', call: replaceAll }],
  ['slice', { min: 2, max: 3, signature: 'slice(text | list, start, end?)', call: slice }],
  ['first', { min: 1, max: 1, signature: 'first(list | text)', call: (a, c) => (typeof a[0] === 'string' ? a[0].slice(0, 1) : a[0] == null ? undefined : list(a, 0, c)[0]) }],
  ['last', { min: 1, max: 1, signature: 'last(list | text)', call: (a, c) => (typeof a[0] === 'string' ? a[0].slice(-1) : a[0] == null ? undefined : list(a, 0, c).at(-1)) }],
  ['keys', { min: 1, max: 1, signature: 'keys(object)', call: (a, c) => outList(Object.keys(objectArg(a, 0, c)), c) }],
  ['values', { min: 1, max: 1, signature: 'values(object)', call: (a, c) => outList(Object.values(objectArg(a, 0, c)), c) }],
  ['json', { min: 1, max: 2, signature: 'json(value, indent = 0)', call: (a, c) => jsonText(a[0], c.budget, c.source, a.length > 1 ? Math.min(8, Math.max(0, int(a, 1, c))) : 0) }],
  ['number', { min: 1, max: 1, signature: 'number(text | number | boolean)', call: toNumber }],
  ['string', { min: 1, max: 1, signature: 'string(value)', call: (a, c) => toText(a[0], c.budget, c.source) }],
  ['bool', { min: 1, max: 1, signature: 'bool(value)', call: (a) => truthy(a[0]) }],
  ['default', { min: 2, max: 2, signature: "default(value, fallback) (fallback when value is null, missing or '')", call: (a) => (missing(a[0]) || a[0] === '' ? a[1] : a[0]) }],
  ['coalesce', { min: 1, max: 20, signature: 'coalesce(a, b, ...) (first value that is not null or missing)', call: (a) => a.find((v) => !missing(v)) ?? null }],
  ['round', { min: 1, max: 2, signature: 'round(number, digits = 0)', call: (a, c) => { const f = 10 ** (a.length > 1 ? Math.min(15, Math.max(0, int(a, 1, c))) : 0); return finite(Math.round(num(a, 0, c) * f) / f, c); } }],
  ['floor', { min: 1, max: 1, signature: 'floor(number)', call: (a, c) => Math.floor(num(a, 0, c)) }],
  ['ceil', { min: 1, max: 1, signature: 'ceil(number)', call: (a, c) => Math.ceil(num(a, 0, c)) }],
  ['abs', { min: 1, max: 1, signature: 'abs(number)', call: (a, c) => Math.abs(num(a, 0, c)) }],
  ['min', { min: 1, max: 20, signature: 'min(list) | min(a, b, ...)', call: (a, c) => least(spread(a, c)) }],
  ['max', { min: 1, max: 20, signature: 'max(list) | max(a, b, ...)', call: (a, c) => most(spread(a, c)) }],
  ['sum', { min: 1, max: 1, signature: 'sum(list of numbers)', call: (a, c) => finite(numbers(walked(a, 0, c), c).reduce((x, y) => x + y, 0), c) }],
  ['now', { min: 0, max: 0, signature: 'now() (current time, ISO 8601)', call: (_a, c) => new Date(c.clock.now()).toISOString() }],
  ['formatDate', { min: 1, max: 2, signature: "formatDate(date, 'YYYY-MM-DD') (tokens YYYY MM DD HH mm ss, UTC)", call: formatDate }],
];

/** The allowlisted functions by name. A Map, so no name can reach Object.prototype. */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(SPECS);

/** The allowlisted function names, for hints and documentation. */
export const FUNCTION_NAMES: readonly string[] = SPECS.map(([name]) => name);
