/** How the command line shows an error: `✗ message`, and the hint on an indented line below. */
import { toErrorData } from '../platform/errors.ts';

/** The terminal text for `err` (no trailing newline). */
export function errorText(err: unknown): string {
  const e = toErrorData(err);
  return `✗ ${e.message}${e.hint ? `\n  hint: ${e.hint}` : ''}`;
}
