/**
 * A step said, then corrected on the spot by putting another one before it: "close Asana task 5566 — wait, no,
 * comment 'Fixed in v2.3' on it first, then close it", "email payroll@acme.com the invoice — wait, no — a manager has
 * to approve it first, then send the approved invoice over", "notify the team — sorry, create the bug fix task first,
 * then notify them". The step that now comes first runs first, then the step as it was first said (with its
 * recipient and object); the correction's own "then …" only said that step again. A correction with no "first" (a
 * value said again: "in #releases — yeah #releases") is left to the other readers. Quoted words, addresses, URLs and
 * paths are left as typed.
 */
import { keepingValues } from './values-kept.ts';

const CORRECTION = /^(.+?)\s*[—–-]+\s*(?:wait,?\s*no|no,?\s*wait|sorry|actually|scratch\s+that|i\s+mean)\s*[,—–-]*\s+(.+?)\s+first\b\s*,?\s*(?:and\s+)?(?:then\s+(.+?))?\s*([.!]?)$/i;

/** The request with a step put before the one said first in run order; unchanged without such a correction. */
export function selfCorrected(request: string): string {
  if (!/[—–-]\s*(?:wait|no|sorry|actually|scratch|i\s+mean)\b/i.test(request)) return request;
  return keepingValues(request, (words) => words.replace(/(^|[.!?]\s+)([^.!?]+[.!?]?)/g, (all: string, lead: string, sentence: string) => {
    const m = CORRECTION.exec(sentence);
    if (!m) return all;
    const [, said, before] = m;
    return `${lead}${before.replace(/^(?:to\s+)?/i, '')}, then ${said.trim()}${m[4]}`;
  }));
}
