/**
 * Details and order said as afterthoughts, in sentences of their own after the step they belong to: "Post a message in
 * Slack. Text: 'Release shipped'. Oh, and it goes in #deployments." (the text and the channel of that message), "Create
 * an Asana task. Call it 'Renew domain'. Oh and it's high priority, due 2026-03-03, assigned to it-ops." (its name and
 * properties), "Send a Slack DM saying X. It's for @jonas." (whom), "… to the deploy hook. That's https://…" (what the
 * words named), "Mark Asana task 9902 complete. Before that, though, comment on it: 'X'." and "Send X to #db. Hold off
 * 15 minutes before sending it, though." (a step said after, run before), and "Check … Run that daily at 7:30am." /
 * "Trigger: the invoice-export workflow failing." (when it all runs, said last). Each afterthought is folded into the
 * sentence it belongs to, so the rest of the planner reads one request said in order.
 */
import { gerundToVerb, thirdPerson } from './clause-words.ts';
import { fwd } from './sentences.ts';

/** Lead and trail words of an afterthought ("Oh, and", "by the way", "though"). */
const LEAD = /^(?:(?:oh|ah|also|and|plus|btw|by\s+the\s+way|one\s+more\s+thing|p\.?s\.?)\b[\s,:;—–-]*)+/i;
const TRAIL = /(?:[\s,;—–-]+(?:by\s+the\s+way|though|please|i\s+mean|of\s+course|obviously|too|as\s+well|that\s+is))+\s*[.!]?\s*$/i;
/** What a sentence of its own can add to the one before: a value in a field, a place, a person, properties. */
const VALUE = String.raw`(?:\uE100\d+\uE101|['"‘“]\uE100\d+\uE101['"’”]|#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|[\w.-]+\/[\w./-]+)`;

/** The patterns below that carry a value, built once. */
const TEXT_IS = new RegExp(String.raw`^(?:text|message|the\s+(?:text|message)\s+(?:is|should\s+be|reads))\s*:?\s*(${VALUE})$`, 'i');
const FIELD_IS = new RegExp(String.raw`^(?:the\s+)?(subject(?:\s+line)?|title|name)\s*(?::|is|should\s+be)\s*(${VALUE})$`, 'i');
const CALL_IT = new RegExp(String.raw`^(?:call|name|title)\s+it\s+(${VALUE})$`, 'i');
const GOES_IN = new RegExp(String.raw`^(?:it|that|this)\s+(?:goes|should\s+go|needs\s+to\s+go|belongs)\s+(?:in|into|to|on)\s+(${VALUE}(?:\s+(?:and|,)\s+${VALUE})*)$`, 'i');
const FOR_WHOM = new RegExp(String.raw`^(?:(?:it|that|this)(?:'s|’s|\s+is)\s+for|to|send\s+it\s+to|(?:the\s+)?recipients?\s+(?:are|is)(?:\s*:)?)\s+(${VALUE}(?:\s*(?:,|and|,\s*and)\s*${VALUE})*)$`, 'i');
const SAID_FIRST = new RegExp(String.raw`^\s*(${VALUE})\s*[—–:-]\s*(post|send|share|email|drop|put)\s+(?:that|it|this)\b`, 'i');
const SUBJECT_FIRST = new RegExp(String.raw`^\s*subject(?:\s+line)?\s*:\s*(${VALUE})\s*[.!]?\s*$`, 'i');
const LISTED = new RegExp(String.raw`^(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+?)s?\s+(?:are|is|will\s+be)\s*:?\s*(${VALUE}(?:\s*(?:,|and|,\s*and)\s*${VALUE})+)\s*[.!]?\s*$`, 'i');

/** An afterthought without its lead and trail words ("Oh, and …", "…, though.") or its full stop. */
function bare(s: string): string {
  return s.trim().replace(LEAD, '').replace(TRAIL, '').replace(/[.!]\s*$/, '').trim();
}

/** A sentence without its closing punctuation, so words can be added at its end. */
function open(s: string): string {
  return s.replace(/\s*[.!?]?\s*$/, '');
}

/** A detail sentence (bare) said as the words that would carry it inside the sentence before; undefined if it is no detail. */
function asDetail(s: string): { words: string; replaces?: RegExp } | undefined {
  let m: RegExpExecArray | null;
  if ((m = TEXT_IS.exec(s))) return { words: ` saying ${m[1]}` };
  if ((m = FIELD_IS.exec(s))) return { words: /^subject/i.test(m[1]) ? ` with the subject ${m[2]}` : ` called ${m[2]}` };
  if ((m = CALL_IT.exec(s))) return { words: ` called ${m[1]}` };
  if ((m = GOES_IN.exec(s))) return { words: /^#/.test(m[1]) ? ` in ${m[1]}` : ` to ${m[1]}` };
  if ((m = FOR_WHOM.exec(s))) return { words: ` to ${m[1]}` };
  if ((m = /^(?:it(?:'s|’s|\s+is)|that(?:'s|’s|\s+is))\s+for\s+(the\s+[^,;]{2,60})$/i.exec(s))) return { words: ` for ${m[1]}` };
  if ((m = /^(?:the\s+)?(?:path|file(?:\s+path)?|file\s+name|filename)\s+(?:is|should\s+be)\s*:?\s*([\w./-]+\.\w{1,5}|[\w.-]+\/[\w./-]+)$/i.exec(s))) return { words: ` ${m[1]}`, replaces: /\b(?:a|the)\s+(?:new\s+)?(?:text\s+)?file\b/i };
  if ((m = /^(?:that(?:'s|’s|\s+is)|it(?:'s|’s|\s+is)|the\s+url\s+is)\s+(https?:\/\/\S+)$/i.exec(s))) return { words: ` ${m[1]}`, replaces: /\bthe\s+(?:[\w-]+\s+){0,2}(?:hook|webhook|endpoint|url|page|site|api|server|service)\b/i };
  if ((m = /^(?:the\s+)?(?:body|payload)\s+(?:is|should\s+be)\s+(?:(?:the\s+)?json\s*)?:?\s*(\{.*\}|\uE100\d+\uE101)$/i.exec(s))) return { words: ` with the JSON ${m[1]}` };
  if (/^as\s+a\s+(?:direct\s+message|dm)\b/i.test(s)) return { words: ' as a direct message' };
  if ((m = /^(?:and\s+)?assign\s+it\s+to\s+(@?[\w.-]+)$/i.exec(s))) return { words: `, assigned to ${m[1]}` };
  // "Oh and it's high priority, due 2026-03-03, assigned to it-ops", "Due date 2027-01-10, priority high — and assign it to legal-ops"
  const props = s.replace(/^(?:it(?:'s|’s|\s+is)|make\s+it|and)\s+/i, '').replace(/\bdue\s+date\s+(?:is\s+|of\s+)?/gi, 'due ').replace(/\bpriority\s+(?:is\s+)?(high|low|medium|urgent|normal)\b/gi, '$1 priority').replace(/\s+[—–-]\s+(?:and\s+)?|\s*[—–]\s*(?:and\s+)?/g, ', ').replace(/\b(?:and\s+)?assign\s+it\s+to\b/gi, 'assigned to');
  const parts = props.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  if (parts.length && parts.every((p) => /^(?:(?:high|low|medium|urgent|normal)\s+priority|due\s+(?:on\s+|by\s+)?\S+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s*,?\s*\d{4})?|assigned\s+to\s+@?[\w.-]+|in\s+(?:the\s+)?[\w\s-]{2,30}\s+project)$/i.test(p))) return { words: `, ${parts.join(', ')}` };
  return undefined;
}

/** A date as people write it in a task's details: "2026-12-01", "Dec 1st, 2026", "1 December". */
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+\d{4})?)`;
/** A task's properties, however a sentence of its own says them, each as the words the task's sentence takes. */
const TASK_PROPS: [RegExp, (m: RegExpExecArray) => string][] = [
  [new RegExp(String.raw`\b(?:(?:a|the|its)\s+)?(?:due(?:\s+date)?|deadline|target\s+date)\s*(?:is|of|:|should\s+be|set\s+to|for)?\s*(?:on\s+|by\s+)?(${DATE})`, 'i'), (m) => `due ${m[1]}`],
  [new RegExp(String.raw`\b(?:be\s+)?(?:done|finished|completed?|closed|ready)\s+(?:by|until|till|before|on)\s+(${DATE})`, 'i'), (m) => `due ${m[1]}`],
  [/\b(?:priority\s*(?:is|:|of|should\s+be|set\s+to)?\s*(high|low|medium|urgent|normal)\b|(high|low|medium|urgent|normal)(?:[- ]priority|\s+prio)\b)/i, (m) => `${(m[1] ?? m[2]).toLowerCase()} priority`],
  [/\b(?:assign(?:ed)?(?:\s+(?:it|this|that))?(?:\s+to)?|owner\s*(?:is|:)?|give\s+it\s+to|(?:goes|belongs)\s+to)\s+(?!(?:it|them|the|a|an|high|low|medium|urgent|priority|due|its)\b)(@?[\w.-]*[\w])(?=[\s,.;!]|$)/i, (m) => `assigned to ${m[1]}`],
  [/\bon\s+(@?[\w.-]*[\w])['’]s\s+(?:desk|plate|board|queue|list)\b/i, (m) => `assigned to ${m[1]}`],
  [/^(high|low|medium|urgent)$/i, (m) => `${m[1].toLowerCase()} priority`],
];
/** Words around a task's properties that add nothing ("It should be …", "Mark it …", "please", "and"). */
const PROP_FILLER = /^(?:it|its|it's|it’s|this|that|should|must|will|would|needs?|to|be|is|are|please|kindly|also|and|mark|marked|make|made|give|given|set|with|a|an|the|of|as|has|have|just|ok|okay|too|plus|then|so|oh|one|more|thing|on)$/i;

/** A sentence (bare) made only of a task's properties, said as the words the task's sentence takes; undefined otherwise. */
function taskDetails(s: string): string | undefined {
  let rest = s.replace(/\s*,?\s*\b(?:since|because|as\s+(?=\w+\s+(?:is|are|was|would|will))|so\s+that)\b.*$/i, '');
  const words: string[] = [];
  for (const [re, say] of TASK_PROPS) {
    const m = re.exec(rest);
    if (!m) continue;
    words.push(say(m));
    rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
  }
  const left = rest.split(/[\s,;:—–.!-]+/).filter(Boolean);
  return words.length && left.every((w) => PROP_FILLER.test(w)) ? `, ${words.join(', ')}` : undefined;
}

/** A sentence (bare) said after, to run before the one it follows ("Before that, though, comment on it: 'X'", "… first"). */
function runsBefore(s: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(?:before\s+(?:that|this|doing\s+(?:that|so|it)|you\s+do\s+(?:that|it))|first(?:\s+of\s+all)?)\s*,?\s*(?:though\s*,?\s*)?(.+)$/i.exec(s))) return m[1];
  // (not "Raise it first" after "We need a task for X.": making the thing just named is that same step, read in clauses.ts)
  if ((m = /^(?:so\s+)?(.+?)\s+first(?:\s*,?\s*(?:of\s+course|obviously|please))?$/i.exec(s)) && !/\b(?:the|its|a)\s+first$/i.test(m[0]) && !/^(?:raise|create|open|make|log|file|add|set\s+up)\s+it$/i.test(m[1])) return m[1];
  if ((m = /^(?:hold\s+off|wait|pause)\s+(?:for\s+)?(\S+\s+(?:seconds?|minutes?|mins?|hours?|days?))\s+before\s+(?:sending|posting|doing|running)\s+(?:it|that|this)$/i.exec(s))) return `wait ${m[1]}`;
  if ((m = /^(?:it|that|this)\s+needs\s+(an?\s+[\w\s'’-]{1,40}?approval|approval\s+from\s+[\w\s'’-]{1,40}?|sign-?off\s+from\s+[\w\s'’-]{1,40}?)\s+first$/i.exec(s))) return `get ${m[1]}`;
  return undefined;
}

/** When it all runs, said last (bare): "Run that daily at 7:30am.", "Schedule: every day at 11pm.", "Trigger: X failing." */
function whenItRuns(s: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(?:run|do|repeat)\s+(?:that|this|it|all\s+(?:of\s+)?(?:that|this))\s+((?:every|each|daily|nightly|weekly|monthly|hourly|on|at|weekdays)\b.+)$/i.exec(s))) return `${m[1]}, `;
  if ((m = /^(?:schedule|timing)\s*:\s*(.+)$/i.exec(s))) return `${m[1]}, `;
  if ((m = /^make\s+it\s+(?:recurring|repeat|a\s+recurring\s+one)\b[\s,]*(?:[—–:-]\s*)?(.+)$/i.exec(s))) return `every ${m[1].replace(/^every\s+/i, '')}, `;
  if ((m = /^(?:trigger|that(?:'s|’s|\s+is)\s+for)\s*:?\s*(?:whenever\s+|when\s+)?(.+)$/i.exec(s))) {
    const event = m[1].replace(/\b(?:being|getting)\s+([a-z]+ed)\b/i, 'is $1').replace(/\b([a-z]+ing)$/i, (_x, g: string) => thirdPerson(gerundToVerb(g)));
    return `whenever ${event.replace(/^(?:a\s+)?new\s+/i, 'a new ')}, `;
  }
  return undefined;
}

/** The request with its afterthoughts folded into the sentences they belong to. */
export function withAfterthoughts(said: string): string {
  let text = said;
  // "'Staging deploy finished' — post that to Slack, in #x": the words said first
  text = text.replace(SAID_FIRST, '$2 $1');
  const sentences = text.match(/[^.!?]+(?:[.!?](?=\S)[^.!?]*)*[.!?]*\s*/g);
  if (!sentences || sentences.length < 2) return text;
  // (a form — "Title: X. Assignee: Y. Due date: Z." — or questions and answers — "Where? Asana. Who owns it? …" — are read as one elsewhere)
  if ((text.match(/\?\s/g) ?? []).length >= 2) return text;
  if (sentences.filter((x) => /^\s*[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s*:(?!\/\/)/.test(x) && !/^\s*\S+(?:\s+\S+)*?\s+(?:is|are)\b[^:]*:/i.test(x)).length >= 2) return text;
  const subjectFirst = SUBJECT_FIRST.exec(sentences[0]);
  if (subjectFirst && /^\s*(?:send|email|mail)\s+(?:that|it|this)\b/i.test(sentences[1])) {
    sentences.splice(0, 2, `${sentences[1].replace(/^\s*(?:send|email|mail)\s+(?:that|it|this)\s*(?:by\s+e-?mail\s*)?/i, 'Send an email ').replace(/\s*[.!?]?\s*$/, '')} with the subject ${subjectFirst[1]}. `);
    if (sentences.length < 2) return sentences[0].trim();
  }
  const out: string[] = [sentences[0]];
  let lead = '';
  for (const s of sentences.slice(1)) {
    const prev = out.length - 1;
    const led = s.trim().replace(LEAD, '');
    const said = bare(s);
    // "Send each new hire a welcome email. The new hires are a@x, b@x and c@x.": who "each" is
    const listed = LISTED.exec(led);
    const each = listed && new RegExp(String.raw`\b(?:each|every)\s+${listed[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'i');
    if (listed && each && each.test(out[prev])) { out[prev] = out[prev].replace(each, `each of ${listed[2]}`); continue; }
    // "Alert #ops in Slack. Only if https://… doesn't return 200, I mean — fetch it first and check.": the condition of that step
    const only = /^(?:but\s+)?only\s+(?:if|when|in\s+case)\s+(.+?)(?:,?\s+i\s+mean\b.*)?(?:\s*[—–-]\s*(?:so\s+)?(?:fetch|check|call|hit|query|run)\s+it\s+first\b.*)?[.!]?\s*$/i.exec(led);
    if (only) { out[prev] = `${open(out[prev])} only if ${only[1]}. `; continue; }
    // "… only when the response isn't a 200. The response from fetching https://…, that is.": what the words named
    const named = /^(the\s+[\w-]+(?:\s+[\w-]+)?)\s+((?:from|of|at|in|for)\s+.+?)(?:,?\s*(?:that\s+is|i\s+mean))?[.!]?\s*$/i.exec(led);
    if (named && !/\b(?:is|are|was|were|should|must|will|has|have)\b/i.test(`${named[1]} ${named[2]}`) && new RegExp(`\\b${named[1]}\\b`, 'i').test(out[prev])) { out[prev] = out[prev].replace(new RegExp(`\\b${named[1]}\\b`, 'i'), `${named[1]} ${named[2]}`); continue; }
    // "Could you DM @alice? She should hear that her access request has been approved, so …": what the message says
    const hear = /^(?:she|he|they|them)\s+(?:should|needs?\s+to|must|has\s+to|have\s+to|will\s+want\s+to|ought\s+to)\s+(?:hear|know|be\s+told|find\s+out|learn)\s+(?:that\s+)?(.+?)(?:,?\s+so\s+(?:she|he|they)\s+.+)?$/i.exec(said);
    if (hear && /\b(?:dm|message|e-?mail|mail|tell|notify|ping|post|send|let)\b/i.test(out[prev]) && !/\b(?:saying|that|says|reads?)\b|['"‘“]/i.test(out[prev])) { out[prev] = `${open(out[prev]).replace(/\s+for\s+me$/i, '')} saying ${hear[1]}. `; continue; }
    const detail = asDetail(said);
    if (detail) {
      const p = open(out[prev]);
      out[prev] = `${detail.replaces && detail.replaces.test(p) ? p.replace(detail.replaces, detail.words.trim()) : `${p}${detail.words}`}. `;
      continue;
    }
    // "It should be due 2026-12-01, assigned to ops-team, and marked high priority.", "Deadline 2026-12-01.", "Assign ops-team."
    const props = /\b(?:task|ticket|to-?do|asana)\b/i.test(out[prev]) ? taskDetails(said) : undefined;
    if (props) { out[prev] = `${open(out[prev])}${props}. `; continue; }
    const when = whenItRuns(said);
    if (when && !lead) { lead = when; continue; }
    const before = runsBefore(said);
    if (before) {
      const p = open(out[prev]);
      out[prev] = `${fwd(before, p)}, then ${p.charAt(0).toLowerCase()}${p.slice(1)}. `;
      continue;
    }
    out.push(s);
  }
  const joined = out.join('').trim();
  return lead ? `${lead}${joined.charAt(0).toLowerCase()}${joined.slice(1)}` : joined;
}
