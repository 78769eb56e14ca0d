/** Reads a workflow document from JSON text, turning syntax errors into a located Problem. */
import { documentLimits } from './schema.ts';
import type { Problem } from './problems.ts';

/** Parses JSON text; on failure returns a problem naming line and column. */
export function parseWorkflowText(text: string): { value?: unknown; problem?: Problem } {
  const bytes = Buffer.byteLength(text);
  if (bytes > documentLimits.maxBytes) {
    return { problem: { path: '$', code: 'document_too_large', severity: 'error', message: `The document is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${documentLimits.maxBytes / 1048576} MB.`, hint: 'Split it into sub-workflows or move data into inputs or files.' } };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let where = '';
    // A truncated document has no position in the message: it ends where the text ends.
    const offset = pos ? Number(pos[1]) : /end of JSON input/.test(msg) ? text.length : undefined;
    if (offset !== undefined) {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const col = offset - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${col}`;
    }
    return { problem: { path: '$', code: 'invalid_json', severity: 'error', message: `The file is not valid JSON${where}: ${msg.replace(/\s+in JSON at position \d+.*$/, '')}`, hint: 'Check for a missing comma or quote, or a trailing comma before } or ].' } };
  }
}
