/**
 * Requests that say the steps out of order, the way people often explain: the end first, then what comes before it.
 * "The last thing should be a status email; before that, notify the team …, and before that, create a task …",
 * "End by posting the link in #triage. Start with an Asana task …", "Post an AI summary in #product — but first
 * download https://… and summarize it", "Before emailing cfo@x, run 'select …'". Each is said again in run order:
 * what is said to come first, then the rest, then what is said to come last. "Before X-ing …, Y" puts Y first, and
 * when Y already does X ("Before alerting #ops, fetch …, and only alert them if …") the lead adds nothing. Runs before
 * the other readers of the sentence (end-state.ts reads "The end result should be …" once it is in order); quoted
 * words, addresses, URLs and paths are left as typed; a request said in order is returned unchanged.
 */
import { gerundToVerb } from './clause-words.ts';
import { plain } from './negation.ts';
import { keepingValues } from './values-kept.ts';

/** Marks of steps said out of order; without one of them nothing here runs. */
const MARKS = /\b(?:before\s+(?:that|this|then|it|you|anything|[a-z]+ing)\b|but\s+first|end\s+(?:by|with)|finish\s+(?:by|with|off\s+(?:by|with))|start\s+(?:by|with)|begin\s+(?:by|with)|the\s+(?:last|final)\s+(?:thing|step)|the\s+end\s+(?:result|goal)|end\s+result)/i;

/** What is said to come last: "End by posting …", "The last thing should be …", "The end goal is …". */
const LAST = /^(?:and\s+)?(?:(?:you\s+should\s+|we\s+should\s+|please\s+)?(?:end|finish(?:\s+off)?|wrap\s+up)\s+(?:by|with)\s+|the\s+(?:last|final)\s+(?:thing|step)\s+(?:should\s+be|is|will\s+be|has\s+to\s+be)\s+(?:to\s+)?|the\s+end\s+(?:result|goal)\s+(?:should\s+be|is|will\s+be)\s+(?:that\s+)?|end\s+result\s*:\s*)/i;
/** What is said to come first: "Start with …", "Begin by …". */
const FIRST = /^(?:and\s+)?(?:(?:you\s+should\s+|please\s+)?(?:start|begin|kick\s+off)\s+(?:by|with)\s+)/i;

/** A step said with its verb: "posting the link" → "post the link", "a status email" → "send a status email". */
function imperative(s0: string): string {
  const s = s0.trim().replace(/^([a-z]+ing)\b/i, (g) => gerundToVerb(g.toLowerCase()))
    // ("Asana task 5566 can be closed now": said in the passive, the step that does it)
    .replace(/^((?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:task|issue|ticket|file|page|report|invoice|message|email)(?:\s+#?\d+)?)\s+(?:can|could|should|may|must|needs?\s+to|has\s+to)\s+be\s+([a-z]+ed|sent|done|made|written)\b(?:\s+now)?/i, (_m, what: string, done: string) => `${plain(done)} ${what}`);
  // ("End with 'Backup complete' in #infra": the words, posted there)
  if (/^\uE210\d+\uE211\s+(?:in|to|on)\s+#/.test(s)) return `post ${s}`;
  const noun = /^(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(email|e-mail|message|note|alert|reminder|dm|post|task|issue|ticket)\b/i.exec(s)?.[1]?.toLowerCase();
  if (!noun) return s;
  return `${/^(?:task|ticket)$/.test(noun) ? 'create' : noun === 'issue' ? 'open' : 'send'} ${s}`;
}

/** One sentence's clauses in run order, for "X; before that, Y, and before that, Z" and "X — but first Y". */
function beforeThat(sentence: string): string {
  // (mid-sentence only, and as a phrase of its own: "before that offer is emailed" is no "before that,"; a sentence that
  // starts with "Before that, …" is put before the one it follows elsewhere)
  const parts = /^\s*before\s+that\b/i.test(sentence) ? [sentence] : sentence.split(/\s*(?:[;,—–-]\s*)?(?:and\s+)?before\s+that(?=\s*[,;:])\s*[,;:]?\s*/i);
  if (parts.length > 1) return parts.map((p) => p.trim()).filter(Boolean).reverse().map(imperative).join(', then ');
  const first = /^(.+?)\s*(?:[;,—–-]\s*)?\bbut\s+first\s*,?\s+(.+)$/i.exec(sentence);
  if (first) return `${imperative(first[2])}, then ${imperative(first[1])}`;
  // "Before emailing cfo@x, run …": the step said after "before" runs after the rest
  const lead = /^before\s+(?:you\s+)?([a-z]+ing|[a-z]+)\s+([^,]+?),\s*(.+)$/i.exec(sentence);
  // (not when the rest points back at what the lead names: "Before deleting task 88, add a comment on it")
  if (lead && !/^(?:anything|it|that|this|the|a|an)$/i.test(lead[1])) {
    const verb = /ing$/i.test(lead[1]) ? gerundToVerb(lead[1].toLowerCase()) : lead[1].toLowerCase();
    // (the rest already does it: "Before alerting #ops, fetch …, and only alert them if it is not 200")
    if (new RegExp(`(?<!\\b(?:the|a|an|in|to|of)\\s+)\\b${verb}\\b(?=\\s+\\S)`, 'i').test(lead[3])) return lead[3].replace(/\b(them|him|her)\b/i, lead[2].replace(/\s+(?:in|on|via)\s+slack$/i, ''));
    if (/\b(?:it|them)\b/i.test(lead[3])) return sentence;
    return `${lead[3].replace(/[.!]\s*$/, '')}, then ${verb} ${lead[2]}`;
  }
  return imperative(sentence);
}

/** The request with its steps said in run order; unchanged when it says them in order. */
export function inRunOrder(request: string): string {
  if (!MARKS.test(request)) return request;
  return keepingValues(request, (said) => {
    // ("Close task 5566 for me? Before you do, please add a comment …": before that)
    const words = said.replace(/(^|[.!?]\s+)before\s+you\s+do(?:\s+(?:that|it|so))?\s*,\s*/gi, '$1Before that, ');
    // (a semicolon before what comes first or last ends a sentence too: "End by letting the team know; start with a task …")
    const sentences = words.split(/(?<=[.!?])\s+(?=[A-Z\uE210])|(?<=;)\s+(?=(?:start|begin|end|finish)\s+(?:by|with)\b)/i);
    const first: string[] = [];
    const last: string[] = [];
    const rest: string[] = [];
    for (const s0 of sentences) {
      const end = /[.!?;]$/.exec(s0)?.[0] ?? '';
      const s = s0.slice(0, s0.length - end.length);
      const l = LAST.exec(s);
      const f = FIRST.exec(s);
      if (l) last.push(beforeThat(s.slice(l[0].length)));
      else if (f) first.push(beforeThat(s.slice(f[0].length)));
      else rest.push(beforeThat(s));
    }
    const low = (x: string) => x.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    if (!first.length && !last.length) return sentences.map((s0, i) => { const end = /[.!?]$/.exec(s0)?.[0] ?? ''; return `${rest[i]}${end}`; }).join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase()).replace(/,\s*then\s+\p{Lu}(?=\p{Ll})/gu, (m) => m.toLowerCase());
    return `${[...first, ...rest, ...last].map(low).join(', then ')}.`.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  });
}
