/**
 * Requests typed with the verb at the end of each clause, as a German (or Dutch) speaker often writes English:
 * "Please the text 'nightly run ok' into the file reports/status.txt write.", "… and afterwards the team about it
 * inform", "Please first 10 minutes wait and then 'Backup complete' in #infra post." Each clause that ends in a plain
 * action verb and does not start with one is said again with its verb first ("write the text … into the file …");
 * a leading "first" goes after it. Quoted words, addresses, URLs and paths are left as typed; a request without such
 * a clause is unchanged.
 */
import { keepingValues } from './values-kept.ts';

/** Action verbs a clause may end with: only ones that are never a noun or an adjective at the end of a clause. */
const VERB = '(?:create|make|send|post|inform|notify|add|write|download|open|close|mark|wait|run|check|delete|tell|fetch|put|assign|approve|start|share|forward|save|read|remove|publish|execute|summari[sz]e|generate|raise|upload|announce)';

/** Any action verb (not a noun after its article), to tell a clause that already has one ("and carol@z.com send a welcome email"). */
const ANY_VERB = new RegExp(`(?<!\\b(?:the|a|an|this|that|its|their|our|my|your)\\s+)\\b(?:${VERB.slice(3, -1)}|email|e-mail|mail|update|list|log|file|ping|alert|message|dm|query|draft|call|complete|comment|do|give|take|have|get)\\b`, 'i');

/** Where a clause ends: a sentence end, or before the next clause's connector. */
const CLAUSES = /[^.!?;,]+?(?=\s*(?:[.!?;,]|\s(?:and\s+(?:also\s+|then\s+|afterwards\s+)?|afterwards\s+|after\s+that\s+|then\s+)(?!$))|\s*$)/gi;

/** A clause that ends with its verb: what comes before it, then the verb. */
const ENDS_IN_VERB = new RegExp(`^(\\s*(?:(?:and|also|then|afterwards|after\\s+that|please|kindly|first)\\s+)*)(?!${VERB}\\b)(\\S.*?)\\s+(${VERB})$`, 'i');

/** Marks of the word order; without one nothing here runs. */
const MARKS = new RegExp(`\\S\\s+${VERB}\\s*(?:[.!?;,]|\\s+(?:and|afterwards|then)\\b|$)`, 'i');

export function verbLastSaid(request: string): string {
  if (!MARKS.test(request)) return request;
  // (once one clause read so, the ones after it may start bare: "…, with the AI a summary of it make, …")
  let seen = false;
  return keepingValues(request, (words) => words.replace(CLAUSES, (clause: string) => {
    const m = ENDS_IN_VERB.exec(clause);
    // (not "what to send", "we will post", "it can wait": a verb after "to" or a modal is already in its place)
    // (only a clause opened as a request — "Please …", "and afterwards …", "first …" — and not one that already says words:
    // "… saying bookings are now open", "Once this has run")
    if (!m || (!m[1].trim() && !seen) || /\b(?:to|will|can|could|should|would|must|may|might|shall|not|don['’]t|the|a|an|this|that|its|their|our|my|is|are|was|were|be|been|has|have|had|now|still|already|also|get|got|we|i|you|they)$/i.test(m[2]) || /\b(?:saying|says|that|which|who)\b/i.test(m[2]) || ANY_VERB.test(m[2]) || (!/\s/.test(m[2].trim()) && !/\uE210/.test(m[2]))) return clause;
    seen = true;
    const lead = m[1].replace(/\bfirst\s+$/i, '');
    const first = lead !== m[1] || /^first\s+/i.test(m[2]);
    const rest = m[2].replace(/^first\s+/i, '');
    return `${lead}${m[3]} ${rest}${first ? ' first' : ''}`;
  }));
}
