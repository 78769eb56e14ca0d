/** JSON paths (`$.steps[1].parameters['x-y']`) for pointing at a string inside a document. */

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of `key` (an object key or an array index) under `base`. */
export function childPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (PLAIN_KEY.test(key)) return `${base}.${key}`;
  return `${base}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}
