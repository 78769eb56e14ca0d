/**
 * Requests asked as a question about how to get something done: "Is it doable to check https://… and warn #ops …?",
 * "What's the simplest way to request … and ping #ops when …?", "Any way to fire off … ?", "How do I get
 * https://…/health checked automatically every day at 6pm, with an email going to oncall@x if the check fails?",
 * "What would it take to get an Asana task made for the bug fix …?". The frame asks for the steps, so it goes; a thing
 * wished done ("get X checked", "have that task closed out") is said as the verb and its object; what is left is the
 * imperative. Quoted words, addresses, URLs and paths are left as typed; a request without such a frame is unchanged.
 */
import { plain } from './negation.ts';
import { rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

const LEAD = String.raw`(^|[.!?;]\s+)`;

/** Marks of a question about how to get it done; without one of them nothing here runs. */
const ASKED_HOW = /\b(?:(?:is|would|will|might)\s+it\s+(?:be\s+)?(?:at\s+all\s+)?(?:possible|doable|feasible)|what(?:['’]s|\s+is|\s+would\s+be)\s+the\s+(?:simplest|best|easiest|quickest|right|proper|cleanest|fastest)\s+way|(?:any|a)\s+(?:way|chance|option)\s+(?:for\s+(?:you|us|me)\s+)?(?:to|you\s+could|we\s+could)|how\s+(?:do|can|would|should|could)\s+(?:i|we)|what\s+would\s+it\s+take\s+to)\b/i;

/** A thing wished done: "get https://…/health checked", "have that task closed out", "get an Asana task made". */
const WISHED = /\b(?:get|have)\s+((?:an?|the|that|this|my|our)\s+(?:(?!(?:and|then|or|but)\b)[\w'’-]+\s+){0,5}?[\w-]+|\uE210\d+\uE211)\s+([a-z]{3,}ed|made|done|sent|built|set\s+up)\b(?:\s+(?:out|off|up))?/gi;

const RULES: Rewrite[] = [
  [new RegExp(`${LEAD}(?:is|would|will|might)\\s+it\\s+(?:be\\s+)?(?:at\\s+all\\s+)?(?:possible|doable|feasible)\\s+(?:for\\s+(?:you|us|me)\\s+)?to\\s+`, 'gi'), '$1'],
  [new RegExp(`${LEAD}what(?:['’]s|\\s+is|\\s+would\\s+be)\\s+the\\s+(?:simplest|best|easiest|quickest|right|proper|cleanest|fastest)\\s+way\\s+(?:for\\s+(?:you|us|me)\\s+)?to\\s+`, 'gi'), '$1'],
  [new RegExp(`${LEAD}(?:is\\s+there\\s+)?(?:any|a)\\s+(?:way|chance|option)\\s+(?:for\\s+(?:you|us|me)\\s+)?(?:to|you\\s+could|we\\s+could)\\s+`, 'gi'), '$1'],
  [new RegExp(`${LEAD}how\\s+(?:do|can|would|should|could)\\s+(?:i|we)\\s+(?:go\\s+about\\s+)?`, 'gi'), '$1'],
  [new RegExp(`${LEAD}what\\s+would\\s+it\\s+take\\s+to\\s+`, 'gi'), '$1'],
  [WISHED, (_m: string, what: string, done: string) => `${plain(done)} ${what}`],
];

/** The request as an imperative; unchanged when it is not asked as a question of how. */
export function questionsAsked(request: string): string {
  if (!ASKED_HOW.test(request)) return request;
  return keepingValues(request, (words) => rewriteAll(words, RULES).replace(/\?(?=\s*$|\s+[A-Z])/g, '.').replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase()));
}
