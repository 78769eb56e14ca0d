/**
 * findReferences: lists every scope root an expression reads (with its static member path) in
 * every `{{ }}` of a JSON-like value, so a validator can check that `step_1.task_url` names a
 * real step before anything runs. Function names are not references.
 */
import type jsep from 'jsep';
import { DEFAULT_LIMITS } from './limits.ts';
import { parseSyntax, type Node } from './parse.ts';
import { hasTemplate, scanTemplate } from './scan.ts';
import { forEachString } from './walk.ts';

/** One read of a scope root: `{{ step_1.items[0].id }}` gives root 'step_1', path ['items', 0, 'id']. */
export interface Reference {
  /** The root identifier (a step id, `inputs`, …). */
  root: string;
  /** The member path after the root, as far as it is static (stops at the first computed key like `[i]`). */
  path: (string | number)[];
  /** The expression the reference appears in (inside the braces, trimmed). */
  expression: string;
  /** JSON path of the string holding the expression, e.g. `$.parameters.message`. */
  jsonPath: string;
}

/** Children of a node that may contain references (a call's callee is a function name, not one). */
function children(node: Node): Node[] {
  switch (node.type) {
    case 'CallExpression': return (node as jsep.CallExpression).arguments;
    case 'UnaryExpression': return [(node as jsep.UnaryExpression).argument];
    case 'BinaryExpression': return [(node as jsep.BinaryExpression).left, (node as jsep.BinaryExpression).right];
    case 'ConditionalExpression': {
      const t = node as jsep.ConditionalExpression;
      return [t.test, t.consequent, t.alternate];
    }
    case 'ArrayExpression': return (node as jsep.ArrayExpression).elements.filter((e): e is Node => e !== null);
    case 'Compound': return (node as jsep.Compound).body;
    case 'SequenceExpression': return (node as jsep.SequenceExpression).expressions;
    default: return [];
  }
}

/** Collects (root, static path) pairs from one expression tree. */
function collect(node: Node, out: { root: string; path: (string | number)[] }[]): void {
  if (node.type === 'Identifier') {
    out.push({ root: (node as jsep.Identifier).name, path: [] });
    return;
  }
  if (node.type !== 'MemberExpression') {
    for (const child of children(node)) collect(child, out);
    return;
  }
  const chain: jsep.MemberExpression[] = [];
  let cur: Node = node;
  while (cur.type === 'MemberExpression') { chain.unshift(cur as jsep.MemberExpression); cur = (cur as jsep.MemberExpression).object; }
  const path: (string | number)[] = [];
  let isStatic = cur.type === 'Identifier';
  if (!isStatic) collect(cur, out);
  for (const m of chain) {
    const p = m.property;
    if (!m.computed && p.type === 'Identifier') { if (isStatic) path.push((p as jsep.Identifier).name); continue; }
    if (p.type === 'Literal' && (typeof p.value === 'string' || typeof p.value === 'number')) { if (isStatic) path.push(p.value); continue; }
    isStatic = false;
    collect(p, out);
  }
  if (cur.type === 'Identifier') out.push({ root: (cur as jsep.Identifier).name, path });
}

/**
 * Every root identifier used in any `{{ }}` inside `value`, with its static path, the expression
 * and the JSON path of the string (relative to `basePath`, default `$`, e.g. pass
 * `$.steps[1].parameters`). Unparsable expressions are skipped (checkTemplates reports them).
 */
export function findReferences(value: unknown, basePath = '$'): Reference[] {
  const refs: Reference[] = [];
  const seen = new Set<string>();
  forEachString(value, basePath, DEFAULT_LIMITS.maxValueDepth, (text, jsonPath) => {
    if (!hasTemplate(text)) return;
    let segments;
    try { segments = scanTemplate(text); } catch { return; }
    for (const seg of segments) {
      if (seg.kind !== 'expr') continue;
      const expression = seg.source.trim();
      let tree: Node;
      try { tree = parseSyntax(seg.source); } catch { continue; }
      const found: { root: string; path: (string | number)[] }[] = [];
      collect(tree, found);
      for (const f of found) {
        const key = JSON.stringify([f.root, f.path, expression, jsonPath]);
        if (seen.has(key)) continue;
        seen.add(key);
        refs.push({ root: f.root, path: f.path, expression, jsonPath });
      }
    }
  });
  return refs;
}
