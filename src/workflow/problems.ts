/** The validator's report entries: every problem with its JSON path, a message and a hint. */

export interface Problem {
  /** JSON path into the document, e.g. `$.steps[1].parameters.channel`. */
  path: string;
  code: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** Appends a property or index to a JSON path. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

/** Renders problems for a terminal, one block each. */
export function formatProblems(problems: Problem[]): string {
  return problems
    .map((p) => `${p.severity === 'error' ? '✗' : '!'} ${p.path}: ${p.message}${p.hint ? `\n    hint: ${p.hint}` : ''}`)
    .join('\n');
}
