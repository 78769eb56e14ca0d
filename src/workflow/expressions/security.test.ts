/** The sandbox: prototype attacks, JavaScript escapes and resource caps are rejected or harmless. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AutoflowError } from '../../platform/errors.ts';
import { checkTemplates, evaluateExpression as ev, renderTemplate } from './index.ts';

const scope = { a: { x: 1, list: [1, 2] }, k: 'constructor', p: '__proto__', big: 'x,'.repeat(20_000), mid: 'x,'.repeat(100), inputs: { text: 'hello' } };

function rejects(source: string, pattern: RegExp, s: Record<string, unknown> = scope, opts?: Parameters<typeof ev>[2]): void {
  assert.throws(() => ev(source, s, opts), (err: unknown) => {
    assert.ok(err instanceof AutoflowError, `${source}: ${String(err)}`);
    assert.equal(err.data.code, 'expression_error');
    assert.match(err.data.message, pattern);
    return true;
  }, source);
}

test('prototype names are rejected statically, in every spelling', () => {
  rejects('a.__proto__', /'__proto__' is not allowed/);
  rejects("a['__proto__']", /'__proto__' is not allowed/);
  rejects('a.constructor', /'constructor' is not allowed/);
  rejects("a['prototype']", /'prototype' is not allowed/);
  rejects('__proto__', /'__proto__' is not allowed/);
  rejects("constructor.constructor('return process')()", /'constructor' is not allowed/);
  rejects("a.x.constructor.constructor('return process')()", /'constructor' is not allowed/);
  assert.equal(checkTemplates({ t: '{{ a.constructor }}' })[0].path, '$.t');
});

test('computed keys that evaluate to a prototype name are rejected at run time', () => {
  rejects('a[k]', /'constructor' is not allowed/);
  rejects('a[p]', /'__proto__' is not allowed/);
  rejects("a['con' + 'structor']", /'constructor' is not allowed/);
  rejects("a[lower('__PROTO__')]", /'__proto__' is not allowed/);
  rejects('a[a.list]', /a \[key\] must be text or a number, got array/);
});

test('inherited members read as undefined, never as functions', () => {
  for (const source of ['a.toString', "a['toString']", 'a.hasOwnProperty', 'a.__defineGetter__', 'a.list.map', 'inputs.text.toUpperCase', 'a.valueOf']) {
    assert.equal(ev(source, scope), undefined, source);
  }
  assert.throws(() => ev('toString', scope), (e: unknown) => e instanceof AutoflowError && e.data.code === 'unknown_reference');
  assert.throws(() => ev('hasOwnProperty', {}), (e: unknown) => e instanceof AutoflowError && e.data.code === 'unknown_reference');
  // function values and getters in the scope are never exposed or run
  let ran = false;
  const tricky = { fn: () => 'boom', get g() { ran = true; return 1; } };
  assert.equal(ev('t.fn', { t: tricky }), undefined);
  assert.equal(ev('t.g', { t: tricky }), undefined);
  assert.equal(ran, false);
  rejects('t.fn()', /method calls on values are not supported/, { t: tricky });
});

test('no JavaScript escape hatches', () => {
  rejects('this', /'this' is not supported/);
  rejects('new Function()', /more than one expression/, { Function: 1 });
  rejects("Function('return process')()", /'Function' is not an allowed function/);
  rejects("eval('1')", /'eval' is not an allowed function/);
  rejects('a.x = 2', /syntax error/);
  rejects('(() => 1)()', /syntax error/);
  rejects('`${a}`', /syntax error/);
  rejects('/a/.test(k)', /syntax error/);
  rejects("a.list['map'](x)", /method calls on values are not supported/, { ...scope, x: 1 });
});

test('rendering a document cannot pollute prototypes', () => {
  const doc = JSON.parse('{"__proto__": {"polluted": "{{ a.x }}"}, "ok": "{{ a.x }}"}');
  const out = renderTemplate(doc, scope) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(out), Object.prototype);
  assert.deepEqual(Object.getOwnPropertyDescriptor(out, '__proto__')?.value, { polluted: 1 });
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(out.ok, 1);
});

test('caps: expression length and nesting depth', () => {
  rejects(`a.x + ${'1 + '.repeat(600)}1`, /characters long, more than the limit of 2000/);
  rejects('a.x', /more than the limit of 2/, scope, { limits: { maxExpressionLength: 2 } });
  rejects(`${'['.repeat(40)}1${']'.repeat(40)}`, /nested more than 32 levels/);
  rejects(`${'abs('.repeat(40)}1${')'.repeat(40)}`, /nested more than 32 levels/);
  rejects(`a${'.x'.repeat(40)}`, /nested more than 32 levels/);
  rejects(`${'NOT '.repeat(40)}true`, /nested more than 32 levels/);
  rejects(`${'['.repeat(999)}${']'.repeat(999)}`, /nested|syntax/); // deep but within the length cap: still refused, no crash
  assert.equal(ev(`${'('.repeat(500)}1${')'.repeat(500)}`, scope), 1); // parentheses add no depth
  assert.equal(ev(`${'abs('.repeat(20)}-1${')'.repeat(20)}`, scope), 1);
});

test('caps: huge split, string growth, steps, template output', () => {
  rejects("split(big, ',')", /more than 10000 items/);
  assert.equal((ev("split(big, ',')", scope, { limits: { maxArrayLength: 50_000 } }) as string[]).length, 20_001);
  rejects("split(big, '')", /more than 10000 items/);
  rejects("replace(big, 'x', big)", /more than the limit of 1000000/);
  rejects("join(split(mid, ','), big)", /more than the limit of 1000000/);
  rejects('big + big', /more than the limit of 100/, scope, { limits: { maxStringLength: 100 } });
  rejects("json([a, a, a])", /more than the limit of 20/, scope, { limits: { maxStringLength: 20 } });
  rejects("sum(split(big, ','))", /more than 1000 steps/, scope, { limits: { maxSteps: 1_000, maxArrayLength: 50_000 } });
  // one budget covers a whole render: many small expressions add up
  const doc = Array.from({ length: 200 }, () => '{{ a.x + 1 }}');
  assert.throws(() => renderTemplate(doc, scope, { limits: { maxSteps: 300 } }), /more than 300 steps/);
  assert.throws(() => renderTemplate(Array(30).fill('x {{ inputs.text }}'), scope, { limits: { maxOutputLength: 100 } }), /more than 100 characters in total/);
});

test('circular values are refused by json(), not looped over', () => {
  const loop: Record<string, unknown> = { name: 'loop' };
  loop.self = loop;
  rejects('json(l)', /circular/, { l: loop });
  assert.throws(() => renderTemplate('value: {{ l }}', { l: loop }), /circular/);
});
