/**
 * Requests typed as quick chat: the abbreviations people use in a team chat written out ("pls" → please, "w/" → with,
 * "msg" → message, "ppl" → people, "tmrw" → tomorrow, "b4" → before, "abt" → about, "eod" → end of day, "u"/"ur" →
 * you/your, "n" → and, "thru" → through, "prio" → priority, "mgr" → manager, "dept" → department, "re:" → about, "10 min" → 10 minutes), "&"
 * between words as "and", and "@ 9am" as "at 9am". Runs before anything else reads the request. Quoted words,
 * addresses, URLs and paths are left as typed ("facilities-mgr@x" stays); a request with none of these is returned
 * unchanged.
 */

import { rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** Marks of chat shorthand; without one of them nothing here runs. */
const CHAT = /(?<![\w@./-])(?:w\/o?|ppl|tmrw?|tmrrw|2moro|msgs?|pls|plz|thx|thnx|b4|abt|eod|cuz|coz|rn|ur|u|n|thru|mins?|hrs?|prio|mgr|dept|subj|wf|gh|foreach|re:)(?![\w@/-])|\s&\s|@\s+\d/i;

/** Abbreviations and what they stand for. */
const WORDS: Rewrite[] = [
  [/(?<![\w@./-])ppl(?![\w@-])/gi, 'people'],
  [/(?<![\w@./-])(?:tmrw?|tmrrw|2moro)(?![\w@-])/gi, 'tomorrow'],
  [/(?<![\w@#./-])msg(s?)(?![\w@-])/gi, 'message$1'],
  [/(?<![\w@./-])(?:pls|plz)(?![\w@-])/gi, 'please'],
  [/(?<![\w@./-])(?:thx|thnx)(?![\w@-])/gi, 'thanks'],
  // (lower case only: "berths B3, B4 and B11" are names)
  [/(?<![\w@./-])b4(?![\w@-])/g, 'before'],
  [/(?<![\w@./-])abt(?![\w@-])/gi, 'about'],
  [/(?<![\w@./-])(?:cuz|coz)(?![\w@-])/gi, 'because'],
  [/(?<![\w@./-])eod(?![\w@-])/gi, 'end of day'],
  [/(?<![\w@./-])rn(?![\w@-])/g, 'right now'],
  [/(?<![\w@./-])ur(?![\w@-])/g, 'your'],
  [/(?<![\w@./'’-])u(?![\w@'’-])/g, 'you'],
  // "check it n if it fails …", "loop thru a, b and c": and, through (lower case, between words)
  [/(?<=[a-z0-9,\uE211]\s)n(?=\s[a-z])/g, 'and'],
  [/(?<![\w@./-])thru(?![\w@-])/g, 'through'],
  [/(?<![\w@./-])prio(?![\w@-])/gi, 'priority'],
  [/(?<![\w@./-])mgr(?![\w@-])/gi, 'manager'],
  [/(?<![\w@./-])dept(?![\w@-])/gi, 'department'],
  [/(?<![\w@./-])subj(?![\w@-])/gi, 'subject'],
  [/(?<![\w@./-])wf(?![\w@-])/gi, 'workflow'],
  [/(?<![\w@./-])gh(?![\w@-])/gi, 'GitHub'],
  [/(?<![\w@./-])foreach(?![\w@-])/gi, 'for each of'],
  [/(^|\s)re:\s*/gi, '$1about '],
  // "after a 10 min wait", "every 15 mins", "2 hrs": units written out
  [/\b(\d+)\s*mins?(?![\w@-])/gi, '$1 minutes'],
  [/\b(\d+)\s*hrs?(?![\w@-])/gi, '$1 hours'],
  // "mondays @ 9am": at
  [/@\s+(?=\d)/g, 'at '],
  // "make a task & post the link": and
  // (not inside a name: "Boosey & Hawkes", "Marks & Spencer")
  [/(?<!\b\p{Lu}[\p{L}'’.]*)\s&\s|\s&\s(?!\p{Lu})/gu, ' and '],
];

/** The request with chat shorthand written out; unchanged when it has none. */
export function chatForms(request: string): string {
  if (!CHAT.test(request)) return request;
  // (quoted words, addresses, URLs and paths stay as typed; "w/o", "w/" are words, not paths)
  const words = request.replace(/(?<!\S)w\/o(?!\S)/gi, 'without').replace(/(?<!\S)w\/(?=\s)/gi, 'with');
  return keepingValues(words, (s) => rewriteAll(s, WORDS));
}
