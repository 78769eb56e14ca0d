/**
 * Parses a model's JSON answer, tolerating a surrounding ```json fence; a failure is a
 * retryable error because another sample may well be valid.
 */
import { AutoflowError } from '../../platform/errors.ts';

/** The JSON value in `text`, or a retryable `invalid_json` error. */
export function parseModelJson(text: string): unknown {
  const fenced = /^\s*```(?:json)?\s*\n?([\s\S]*?)\n?```\s*$/i.exec(text);
  const candidate = (fenced ? fenced[1] : text).trim();
  try {
    return JSON.parse(candidate);
  } catch (err) {
    throw new AutoflowError({
      code: 'invalid_json',
      message: `The model was asked for JSON but answered something else (${(err as Error).message}): ${candidate.slice(0, 200)}`,
      hint: 'The step is retried; make the prompt say exactly which JSON shape to return.',
      retryable: true,
    });
  }
}
