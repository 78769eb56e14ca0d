/**
 * Requests in a very casual register: "lowkey need an asana task for the bug fix", "ngl", "no cap", "lol", "tbh",
 * "can we make it so every time … it turns into …", "just have it yeet a welcome email", "it'd be a vibe if slack
 * nudged #standup every monday", "yell at #ops in slack", "hit up #pm". The asides go, the frames go ("can we make it
 * so", "just have it", "it'd be a vibe if"), and the slang verbs are said plainly ("yeet X to" → send X to, "yell at"
 * → alert, "hit up" → message, a wish in the past tense → the imperative). Runs before spec.ts and polite.ts; quoted
 * words, addresses, URLs and paths are left as typed; a request without these words is returned unchanged.
 */
import { plain } from './negation.ts';
import { capSentences, rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** Marks of the register; without one of them nothing here runs. */
const MARKS = /\b(?:lowkey|highkey|ngl|no\s+cap|lol|lmao|tbh|fr|imo|yeet|yell(?:ing)?\s+at|hit\s+up|can\s+we\s+make\s+it\s+so|just\s+have\s+it|(?:it['’]d|it\s+would)\s+be\s+(?:a\s+)?(?:vibe|slay|chef['’]s\s+kiss|elite|goated|fire))\b/i;

const RULES: Rewrite[] = [
  // the asides
  [/(^|[\s,])(?:lowkey|highkey|ngl|no\s+cap|lol|lmao|tbh|fr\s+fr|fr|imo)(?=[\s,.!?]|$)\s*,?/gi, '$1'],
  // "it'd be a vibe if slack nudged #standup every monday …": the wish, with its verb said now
  [/(^|[.!?;]\s+|,\s*)(?:it['’]d|it\s+would)\s+be\s+(?:a\s+)?(?:vibe|slay|chef['’]s\s+kiss|elite|goated|fire|nice|great|cool)\s+if\s+(?:(slack|email|asana|github)\s+)?([a-z]+ed|sent|made|told)\b/gi, (_m: string, lead: string, app: string | undefined, verb: string) => `${lead}${plain(verb)}${app ? ` on ${app}` : ''}`],
  // "can we make it so X", "just have it X": X
  [/(^|[.!?;]\s+|,\s*)(?:so\s+)?(?:can|could)\s+(?:we|you)\s+make\s+it\s+so\s+(?:that\s+)?(?!there\b)/gi, '$1'],
  [/\b(?:just\s+)?have\s+it\s+(?=[a-z])/gi, ''],
  // the slang verbs
  [/\byeet(?:s|ed|ing)?\b/gi, 'send'],
  [/\byell(?:s|ed|ing)?\s+at\b/gi, 'alert'],
  [/\bhit(?:s|ting)?\s+up\b/gi, 'message'],
];

/** The request in a plain register; unchanged when it has none of these words. */
export function slangSaid(request: string): string {
  if (!MARKS.test(request)) return request;
  return keepingValues(request, (words) => capSentences(rewriteAll(words, RULES).replace(/\s{2,}/g, ' ').replace(/\s+([,.!?])/g, '$1').replace(/^[\s,]+/, '')).trim());
}
