/**
 * Requests typed the way people write in a Slack thread: emoji ("🚀", "🙏"), emoji codes (":rotating_light:"),
 * attention words ("@here", "@channel"), greetings and sign-offs ("hey team! 🙌", "quick one:", "lmk if that works!",
 * "ty!"), "can someone …" and doubled exclamation marks. They wrap the request without changing it, so they go; emoji
 * inside quoted words stay as typed.
 */

import { cap, rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;
/** Marks of the style; without one of them nothing here runs. */
const MARKS = new RegExp(`${EMOJI.source}|(?<![\\w/])@(?:here|channel|everyone)\\b|(?<![\\w:/]):[a-z][a-z0-9_+-]*:(?![\\w/])|\\b(?:lmk|ty|tysm|tyvm)\\b`, 'iu');

const RULES: Rewrite[] = [
  // emoji and emoji codes, with the joiners and variation selectors between them
  [/(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f])+/gu, ' '],
  [/(?<![\w:/]):[a-z][a-z0-9_+-]*:(?![\w/])/gi, ' '],
  // attention words
  [/(?<![\w/])@(?:here|channel|everyone)\b\s*[,:!]?/gi, ' '],
  // sign-offs: "lmk if anything's off!", "ty!", "thanks in advance"
  [/\s*[,.!?]*\s*\b(?:lmk|let\s+me\s+know)\b(?:\s+(?:if|when|once|how)\b[^.!?]{0,40})?\s*[!.?]*\s*$/i, ''],
  [/\s*[,.!?]*\s*\b(?:ty|tysm|tyvm|thx)\s*[!.]*\s*$/i, ''],
  [/\s*[,.!?]\s*(?:thanks|thank\s+you)(?:\s+(?:so\s+much|in\s+advance|all|team))?\s*[!.]*\s*$/i, ''],
  // greetings and openers: "hey team!", "hey!", "hi all,", "quick one:", "quick ask:"
  [/^\s*(?:(?:hey|hi|hello|yo|morning)(?:\s+(?:team|all|folks|everyone|y'all|there|friends))?\s*[!,.]*\s*)+/i, ''],
  [/^\s*(?:quick\s+(?:one|ask|q|request|favou?r)|small\s+(?:ask|favou?r)|psa)\s*[:!,-]\s*/i, ''],
  // "can someone run …", "could somebody …": the request itself
  [/(^\s*|[.!?]\s+)(?:can|could|would)\s+(?:someone|somebody|anyone)\s+(?:please\s+)?/gi, '$1'],
  // "!!" and what is left
  [/!{2,}/g, '!'],
  [/[ \t]{2,}/g, ' '],
  [/[ \t]+([,.!?;:])/g, '$1'],
];

/** The request without its Slack-thread trimmings; unchanged when it has none. */
export function withoutSlackStyle(request: string): string {
  if (!MARKS.test(request)) return request;
  return keepingValues(request, (words) => cap(rewriteAll(words, RULES)));
}
