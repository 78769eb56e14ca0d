/**
 * The values a request can name and a later correction can replace: URLs, addresses, #channels, @people, quoted words,
 * paths, dates, durations, clock times and ids — one pattern per kind, read by the P.S. reader (letters.ts) and by
 * in-line corrections (styles.ts), so that "make that #eng-releases" and "P.S. it should go to #releases" find the
 * value they correct the same way.
 */
import { MASKED_QUOTE } from './text.ts';

/** An email address ("a@x.com"), the one pattern the values below, the address lists and the whole-request readers share. */
export const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** Words in quotes as typed, with no quote mark inside ("'Weekly report'", "“X”"); a word's apostrophe ("I'd") opens none. */
export const QUOTE = String.raw`(?<![\w])['"‘“][^'"‘“’”\n]+?['"’”](?![\w])`;

/** The kinds of value a correction can name, each as a pattern. */
export const VALUE_KINDS: { kind: string; re: RegExp }[] = [
  { kind: 'url', re: /https?:\/\/[^\s,;]+[^\s,;.!?)]/gi },
  { kind: 'email', re: new RegExp(EMAIL, 'g') },
  { kind: 'channel', re: /#[\w-]*[\w]/g },
  { kind: 'user', re: /(?<![\w.])@[\w.-]*\w/g },
  { kind: 'quote', re: new RegExp(MASKED_QUOTE, 'g') },
  { kind: 'path', re: /(?<![\w@/])(?:[\w.-]+\/)+[\w.-]*\w|(?<![\w@/.])[\w-]+\.(?:txt|log|csv|json|md|pdf|xlsx?|docx?|ya?ml|html?)\b/gi },
  { kind: 'date', re: /\b\d{4}-\d{2}-\d{2}\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{1,2}(?:st|nd|rd|th)?\b/gi },
  { kind: 'duration', re: /\b\d+(?:\s+|-)(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\b/gi },
  { kind: 'time', re: /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b/gi },
  { kind: 'number', re: /(?<![\w.:/@#-])\d{3,}(?![\w:/@-]|\.\w)/g },
];

export function valuesIn(s: string, kind: string): RegExpMatchArray[] {
  const k = VALUE_KINDS.find((x) => x.kind === kind)!;
  return [...s.matchAll(new RegExp(k.re.source, k.re.flags))].filter((m) => kind !== 'path' || !/@/.test(s.slice(Math.max(0, m.index! - 1), m.index!)));
}

/** The first value in the words and its kind (a URL before the path inside it, an email before its domain). */
export function firstValue(s: string): { kind: string; text: string; at: number } | undefined {
  let best: { kind: string; text: string; at: number } | undefined;
  for (const k of VALUE_KINDS) for (const m of valuesIn(s, k.kind)) if (!best || m.index! < best.at) best = { kind: k.kind, text: m[0], at: m.index! };
  return best;
}

/** The kind of a value said on its own ("#eng" → channel, "10:30" → time), if it is one. */
export function kindOf(v: string): string | undefined {
  return VALUE_KINDS.find((k) => new RegExp(`^(?:${k.re.source})$`, k.re.flags.replace('g', '')).test(v.trim().replace(/[.,;:!?]+$/, '')))?.kind;
}
