/**
 * Requests typed in a hurry, with slips in the words the planner reads by: "shoot an emial to …", "post teh link",
 * "wiat 10 mins", "let #pm kno its done", "notfy the team", "subjcet 'Outage resolved'". A lower-case word that is
 * one slip (a letter wrong, missing, extra, or two swapped) away from exactly one of the words below, and is not
 * itself an English word (`typo-neighbours.ts` lists the English words one slip from them — "sent", "post", "past",
 * "them" — generated from a word list by `scripts/typo-neighbours.ts`), is read as that word. Capitalised words
 * (names), handles, channels, hyphenated names and values (quotes, addresses, URLs, paths) are never touched.
 */
import { REAL_NEIGHBOURS } from './typo-neighbours.ts';
import { keepingValues } from './values-kept.ts';

/** The words the planner reads by: verbs, step nouns, times and connectives. Change them, then regenerate typo-neighbours.ts. */
export const TARGETS: readonly string[] = `
the and then than that this with from into about after before when whenever every each first last next
email emails mail message messages subject body text note notes summary summarize summarise summarized
notify notified tell told know ping post posted send sent share create created make open opened close closed
complete completed mark done task tasks issue issues ticket comment comments channel team slack asana github
database query result results report reports file files write read save list folder
wait minutes minute hours hour seconds days tomorrow today tonight morning evening afternoon week weekly daily
monday tuesday wednesday thursday friday saturday sunday month monthly nightly hourly
schedule approve approval approved manager assign assigned assignee priority high urgent due title titled called named
link welcome through check fails failed failure alert alerts status request fetch download upload
workflow webhook event same time parallel simultaneously please quickly repo repository label labels
delete remove update updated direct everyone someone reminder remind until success error`.split(/\s+/).filter(Boolean);

const TARGET_SET = new Set(TARGETS);

/** Short forms that are no slips: file types ("logs slash backup dot txt") and abbreviations. */
const KEPT = new Set('txt csv tsv pdf png jpg jpeg gif svg log xml yml yaml json html htm doc docx xls xlsx ppt pptx zip tar tgz sql env cfg ini tmp bak msg pls thx asap eta fyi tbd sre ops'.split(' '));

/** One slip apart: one letter changed, added or dropped, or two neighbours swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]);
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** The word meant, or undefined when the word is one as typed (or could be a slip of more than one word). */
export function meant(word: string): string | undefined {
  if (word.length < 3 || TARGET_SET.has(word) || REAL_NEIGHBOURS.has(word) || KEPT.has(word)) return undefined;
  // (a word's own endings are no slip: "fridays", "mondays", "emailed", "pinging")
  if ([/s$/, /es$/, /d$/, /ed$/, /ing$/].some((e) => e.test(word) && TARGET_SET.has(word.replace(e, '')))) return undefined;
  const hits = TARGETS.filter((t) => t.length >= 3 && oneSlipApart(word, t));
  // (one slip from a word and from its plural — "taks": task, tasks — is the word)
  const [a, b] = hits;
  if (hits.length === 2 && (b === `${a}s` || a === `${b}s`)) return a.length < b.length ? a : b;
  return hits.length === 1 ? hits[0] : undefined;
}

/** Lower-case words, not part of a handle, a channel or a hyphenated or dotted name. */
const WORD = /(?<![\w@#.'’-])[a-z]{3,}(?![\w@.'’-])/g;

/** The request with slips in the words the planner reads by mended; unchanged when there are none. */
export function typosMended(request: string): string {
  return keepingValues(request, (words) => words.replace(WORD, (w) => meant(w) ?? w));
}
