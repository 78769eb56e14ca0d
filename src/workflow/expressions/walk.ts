/** Visits every string inside a JSON-like value (plain objects and arrays), with its JSON path. */
import { childPath } from './json-path.ts';
import { isPlainObject } from './values.ts';

/**
 * Calls `visit` for each string in `value` (object keys are not visited). Values nested deeper
 * than `maxDepth` are not entered; `tooDeep` is told where that happened.
 */
export function forEachString(
  value: unknown,
  basePath: string,
  maxDepth: number,
  visit: (text: string, path: string) => void,
  tooDeep?: (path: string) => void,
): void {
  const go = (v: unknown, path: string, depth: number): void => {
    if (typeof v === 'string') { visit(v, path); return; }
    if (!Array.isArray(v) && !isPlainObject(v)) return;
    if (depth >= maxDepth) { tooDeep?.(path); return; }
    if (Array.isArray(v)) v.forEach((item, i) => go(item, childPath(path, i), depth + 1));
    else for (const key of Object.keys(v)) go(v[key], childPath(path, key), depth + 1);
  };
  go(value, basePath, 0);
}
