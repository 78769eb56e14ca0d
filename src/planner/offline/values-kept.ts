/**
 * A rewrite applied to the words of a request only: quoted words, addresses, URLs, paths and SQL are set aside first
 * and put back after, as typed. The readers in as-typed.ts use it, so an abbreviation rule never touches
 * "facilities-mgr@x" or "where dept = 'ROADS'", and a passive rule never touches 'It is requested that …' in quotes.
 */

// (an apostrophe inside a word — "the workflow's", "don't" — opens no quote)
const QUOTES = /(?<![\w])(['"‘“])[^'"‘“’”\n]*\1(?![\w])|“[^”]*”|‘[^’]*’/g;
const VALUE = new RegExp(`${QUOTES.source}|https?:\\/\\/\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?<!\\S)[\\w.-]*\\/[\\w./-]+`, 'g');

/** SQL said without quotes, up to the end of its sentence or the step after it ("… where dept = 'ROADS', and if …"). */
const BARE_SQL = /\b(?:select\s+[\s\S]+?\s+from|insert\s+into|update\s+[\w."]+\s+set|delete\s+from)\s[^;!?\n]*?(?=\s*,?\s+(?:and\s+)?(?:if|then|email|e-mail|post|send|dm|message|write|save|alert|notify)\b|\s+(?:on|against|in)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:database|db)\b|[.;!?](?:\s|$)|$)/gi;

/** The rewrite applied with the parts matched by each pattern set aside, in turn. */
function keeping(request: string, patterns: RegExp[], rewrite: (words: string) => string): string {
  const kept: string[] = [];
  const keep = (v: string) => {
    kept.push(v);
    return `\uE210${kept.length - 1}\uE211`;
  };
  const words = patterns.reduce((s, p) => s.replace(p, keep), request);
  let out = rewrite(words);
  while (/\uE210\d+\uE211/.test(out)) out = out.replace(/\uE210(\d+)\uE211/g, (_m, i: string) => kept[Number(i)]);
  return out;
}

/** The rewrite applied to all but values: quoted words, addresses, URLs, paths and SQL. */
export function keepingValues(request: string, rewrite: (words: string) => string): string {
  // (quotes first, so SQL is never looked for inside them; SQL may hold a quoted value set aside already)
  return keeping(request, [VALUE, BARE_SQL], rewrite);
}

/** The rewrite applied to all but quoted words (a reader that itself reads addresses or URLs: brackets, dictation). */
export function keepingQuotes(request: string, rewrite: (words: string) => string): string {
  return keeping(request, [QUOTES], rewrite);
}
