/**
 * Filler words typed while thinking: "So basically I need …", "could you like create …", "…, you know?", "I guess send
 * …", "kind of alert #sre", "maybe wait like half an hour", "… or whatever", "…, kind of the usual routine, right?".
 * They soften the request without changing it, so they go; "I'd like", "let you know", "what kind of" and quoted
 * words stay, and so does "actually" (it corrects what came before: "Actually, make that #ops-announce"). A tired
 * aside ("sorry, one more:", "sorry, that's all") goes too; a "sorry" that corrects ("— sorry, create the task first")
 * is read by self-corrections.ts.
 */

import { cap, rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** Marks of fillers; without one of them nothing here runs. */
const MARKS = /\b(?:(?:right|okay|ok)(?=\s*,)|quick\s+(?:one|favou?r|request|ask)|heads[- ]up(?:\s+for\s+\w+)?(?=\s*[:—–-])|just\s+(?:want|need)|basically|honestly|anyway|like|you\s+know|i\s+guess|kind\s+of|sort\s+of|maybe|or\s+whatever|right\?|okay\s+so|ok\s+so|sorry)\b/i;

const FILLERS: Rewrite[] = [
  // "Quick one: task 1204 …", "Quick favour —": a lead-in that only says the request is small
  [/(^\s*|[.!?]\s+)(?:quick\s+(?:one|favou?r|request|ask)|heads[- ]up(?:\s+for\s+(?:tomorrow|today|everyone|everybody|all))?)\s*[:—–-]\s*/gi, '$1'],
  // an aside said last: ", kind of the usual routine, right?", ", kind of a nudge, right?", "or whatever?"
  [/,\s*(?:(?:kind|sort)\s+of\s+)?(?:a|the|our)\s+(?:usual\s+|little\s+|quick\s+|gentle\s+|friendly\s+)?(?:nudge|routine|drill|thing|reminder\s+thing|heads-?up\s+thing)\b[^,.?!]{0,30}(?:,\s*right)?[?.!]?\s*$/i, ''],
  [/\s*,?\s*(?:or\s+whatever|or\s+something|and\s+stuff|right)\s*(?=[?.!]?\s*$)/i, ''],
  [/\s*,?\s*you\s+know\s*(?=[?.!]?\s*$)/i, ''],
  // a tired aside: "sorry, one more:", "…, sorry, that's all", ". sorry, brain's fried"
  [/(^\s*|[.!?]\s+|,\s*)sorry\s*[,:—–-]?\s*(?:one\s+more(?:\s+thing)?|that['’]s\s+(?:all|it)|brain['’]s\s+(?:fried|mush)|long\s+day|(?:it['’]s|it\s+has\s+been)\s+a\s+long\s+day)\s*[:,.!]?\s*/gi, (_m: string, lead: string) => (/[.!?]/.test(lead) ? lead : /,/.test(lead) ? ' ' : lead)],
  // "So basically", "Okay so like,", "Honestly,", "Anyway:", "Actually," at the start of a sentence
  [/(^\s*|[.!?]\s+)(?:(?:so|okay|ok|well|honestly|basically|anyway|like|right(?=\s*,))\b\s*[,:]?\s*)+(?=\S)/gi, '$1'],
  // mid-sentence: ", you know, so …", ", like,", ", I guess,", "kind of", "sort of"
  [/(?<!\blet(?:s|ting)?\s+(?:you|them|us|me|him|her|everyone)\s*)\s*,?\s*\byou\s+know\b\s*,?(?=\s)/gi, ''],
  [/,\s*like\s*,\s*/gi, ' '],
  // "I just want …": the wish itself
  [/\b(i|we)\s+just\s+(?=(?:want|need|wanted|needed|would\s+like|['’]d\s+like)\b)/gi, '$1 '],
  [/\b(you|we|maybe|just|wait|then|and|so|,)\s+like\s+(?=[a-z\d])/gi, '$1 '],
  [/(?:,\s*)?\bI\s+guess\b\s*,?\s*/gi, ' '],
  [/(?<!\b(?:what|any|this|that|the|a|some|which|every|one|same)\s)\b(?:kind|sort)\s+of\s+/gi, ''],
  [/\b(?:honestly|basically)\b\s*,?\s*/gi, ''],
  [/(\b(?:you|we|and|then|or|just|to)\s+|,\s*)maybe\s+(?=[a-z])/gi, '$1'],
  [/(^\s*|[.!?]\s+|\b(?:you|we)\s+)maybe\s*,\s*/gi, '$1'],
  // what is left: doubled spaces and commas (line breaks stay: a letter's lines, a form's fields)
  [/[ \t]{2,}/g, ' '],
  [/[ \t]+,/g, ','],
  [/,\s*,/g, ','],
  [/^\s*,\s*/, ''],
];

/** The request with its fillers gone; unchanged when it has none. */
export function withoutFillers(request: string): string {
  if (!MARKS.test(request)) return request;
  return keepingValues(request, (words) => cap(rewriteAll(words, FILLERS)));
}
