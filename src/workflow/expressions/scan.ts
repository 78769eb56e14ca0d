/**
 * Splits a template string into literal text and `{{ expression }}` parts. The closing `}}` is
 * found outside quoted strings, so `{{ x == '}}' }}` works; an unclosed `{{` is an error.
 */
import { templateError } from './fail.ts';

/** One piece of a template string. */
export type Segment = { kind: 'text'; text: string } | { kind: 'expr'; source: string };

/** True when the string contains template syntax at all. */
export function hasTemplate(s: string): boolean {
  return s.includes('{{');
}

/** Index of the `}}` closing an expression that starts at `from`, skipping quoted text; -1 if none. */
function findClose(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== ch) j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) return s.indexOf('}}', from); // unbalanced quote: let the parser report it
      i = j;
    } else if (ch === '}' && s[i + 1] === '}') {
      return i;
    }
  }
  return -1;
}

/** Splits `s` into segments; throws an `expression_error` for an unclosed `{{`. */
export function scanTemplate(s: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  for (;;) {
    const open = s.indexOf('{{', i);
    if (open === -1) {
      if (i < s.length) out.push({ kind: 'text', text: s.slice(i) });
      return out;
    }
    if (open > i) out.push({ kind: 'text', text: s.slice(i, open) });
    const close = findClose(s, open + 2);
    if (close === -1) {
      throw templateError(s, `'{{' at character ${open + 1} has no closing '}}'`, "Close every expression with '}}', e.g. {{ step_1.url }}.", { index: open });
    }
    out.push({ kind: 'expr', source: s.slice(open + 2, close) });
    i = close + 2;
  }
}

/** The source of the only expression when the segments are one `{{ }}` with nothing but whitespace around it. */
export function soleExpression(segments: Segment[]): string | undefined {
  let found: string | undefined;
  for (const seg of segments) {
    if (seg.kind === 'text') {
      if (seg.text.trim() !== '') return undefined;
    } else {
      if (found !== undefined) return undefined;
      found = seg.source;
    }
  }
  return found;
}
