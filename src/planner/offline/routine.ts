/**
 * A routine done by hand today, described, with a request to take it over: "What I usually do is open an Asana task …,
 * post it in Slack … and send a status email. Could you take that over?", "Right now I manually check <url> and if it's
 * not a 200 I ping #ops. I'd love for that to just happen.", "Last week I had to create the task and tell the team myself.
 * This time I'd like it done for me." The description is said as the steps ("open …, post …, send …"); the sentence that
 * only asks for it to happen, and the words that say it was done by hand ("myself", "by hand", "with curl", "instead of me
 * doing all three"), add nothing. Hedged wishes ("Would it be possible to have …", "Is there a way to have …", "I was
 * hoping we could have …", "It would be great if …") are said as what should happen.
 */

import { gerundToVerb } from './clause-words.ts';
import { plain } from './negation.ts';

/** Words that say a thing is done by a person today. */
const BY_HAND = String.raw`(?:by\s+hand|manually|myself|ourselves|themselves|one\s+at\s+a\s+time|with\s+curl|from\s+my\s+(?:laptop|phone)|in\s+my\s+browser)`;
/** A sentence that only asks for the routine described to happen without the person. */
const TAKE_OVER = new RegExp(String.raw`^(?:(?:so\s+)?(?:could|can|would|will)\s+(?:you|that|this|it|these|those|autoflow)\s+(?:please\s+)?(?:take\s+(?:that|this|it|them)\s+over|handle\s+(?:that|this|it|them)|do\s+(?:that|this|it|them|the\s+same)|happen|run|be\s+(?:automated|done|handled)|send\s+(?:that|this|it|them|both|one)|post\s+(?:that|this|it|exactly\s+that)|automate\s+(?:that|this|it))\b[^.!?]*|(?:i['’]d|i\s+would|we['’]d)\s+(?:love|like)\s+(?:for\s+)?(?:that|this|it|them)\s+(?:to\s+)?(?:just\s+)?(?:happen|be\s+(?:done|automated|handled|sent))[^.!?]*|this\s+time\s+i['’]d\s+like\s+(?:it|that|them)\s+(?:done|sent|handled|posted)[^.!?]*|i\s+(?:was\s+)?hop(?:ed|ing)\s+(?:that|this|it)\s+could\s+be\s+automated[^.!?]*|(?:at\s+the\s+moment|right\s+now|currently|today)\s*,?\s+i\s+(?:do|handle|check|send|run)\s+(?:that|this|it|them)(?:\s+check)?\s*${BY_HAND}?[^.!?]*|i\s+(?:do|send|handle)\s+(?:it|that|them|this)\s+${BY_HAND}(?:\s+(?:right\s+now|at\s+the\s+moment|today|currently))?[^.!?]*|i\s+usually\s+(?:do|send)\s+(?:it|that|them)\s+${BY_HAND}[^.!?]*|(?:right\s+now|currently|at\s+the\s+moment)\s+i\s+do\s+it\s+${BY_HAND}[^.!?]*|(?:send|post|do|handle|run)\s+(?:it|that|this|them|both|all\s+three|the\s+same)(?:\s+(?:instead|for\s+me|at\s+the\s+same\s+time|automatically|from\s+now\s+on))*)[.!?]*$`, 'i');

/** One sentence of the routine, said as steps. */
function asSteps(s0: string): string {
  let s = s0;
  // "What I usually do is …", "Right now I (manually) …", "Every evening at 6pm I …", "Last week I had to …"
  s = s.replace(/^(?:what\s+i\s+(?:usually|normally|typically|always)\s+do\s+(?:when\s+([^,]+?)\s+)?is(?:\s*:)?|(?:right\s+now|currently|at\s+the\s+moment|today|these\s+days|normally|usually)\s*,?\s+|(?:last\s+(?:week|time|month)|yesterday)\s*,?\s+)/i, (_m, when?: string) => (when ? `when ${when}, ` : ''));
  s = s.replace(/^(?:i|we)['’]d\s+(?:normally|usually|typically|otherwise)\s+/i, '');
  s = s.replace(/\s*,?\s*so\s+(?:that\s+)?(?:i|we)\s+(?:don['’]t|do\s+not|won['’]t)\s+have\s+to\s+[^,.;?!]*/gi, '');
  s = s.replace(/(^|,\s*|\b(?:and|then|so)\s+)(?:i|we|whoever\s+is\s+on\s+call)\s+(?:usually\s+|normally\s+|typically\s+|always\s+|just\s+|also\s+|then\s+|manually\s+|still\s+)*(?:(?:have|has|had)\s+to\s+|(?:would|'d)\s+(?:normally\s+|usually\s+)?)?(?!(?:need|needs|want|wants|can|can't|cannot|could|should|must|will|won't|am|are|is|was|were|do|don't|did|like|love|hope|think|expect)\b)(?=[a-z])/gi, '$1');
  // ("… and if it's not a 200 I ping #ops", "Every evening at 6pm I load …": the person before a verb said mid-sentence)
  s = s.replace(/\b(if|when|once|whenever)\s+([^,]+?)\s+(?:i|we)\s+(?=[a-z]+\s)/gi, '$1 $2, ');
  s = s.replace(/(\d\s*(?:am|pm)|\b(?:morning|evening|night|day|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\s+(?:i|we)\s+(?!(?:need|want|would|'d|like|expect)\b)(?=[a-z]+\s)/gi, '$1, ');
  // "set a timer for 10 minutes and, once it goes off, write …": a wait
  s = s.replace(/\bset\s+(?:a\s+)?(?:timer|reminder|alarm)\s+for\s+([^,]+?)\s*(?:and\s*,?\s*)?(?:,\s*)?(?:once|when|after)\s+it\s+(?:goes\s+off|rings|is\s+up)\s*,\s*/i, 'wait $1, then ');
  // "open reports/status.txt and write 'X' into it": writing to that file
  s = s.replace(/\bopen\s+([\w.-]*\/[\w./-]+|[\w-]+\.\w{2,5})\s+and\s+(write|add|append|put)\s+(.+?)\s+(?:into|in|to)\s+it\b/i, '$2 $3 to $1');
  // "type 'X' into #ops", "chase a manager for approval", "get a manager to sign off"
  s = s.replace(/\btype\s+(.+?)\s+into\s+(#[\w-]+)/i, 'post $1 in $2').replace(/\bchase\s+(an?|the|my|our)\s+([\w-]+)\s+for\s+(?:their\s+|his\s+|her\s+)?(?:approval|sign-?off)\b/i, 'get approval from $1 $2');
  s = s.replace(/\bload\s+(https?:\/\/\S+)/i, 'check $1');
  // "copy its title into a new Asana task": a task made with it
  s = s.replace(/\bcopy\s+(its|their|the\s+[\w-]+['’]s)\s+(title|name|summary|text|details)\s+into\s+(?:a\s+)?(?:new\s+)?((?:[A-Z]\w+\s+)?(?:task|issue|ticket|card))\b/i, 'create a new $3 with $1 $2');
  // the words that say it is done by hand
  s = s.replace(new RegExp(String.raw`\s*,?\s*(?:(?:instead\s+of|rather\s+than|without)\s+me\s+[a-z]+ing\b[^,.;]*|so\s+(?:that\s+)?i\s+(?:don['’]t|do\s+not|won['’]t)\s+have\s+to\s+[^,.;]*|${BY_HAND}(?:\s+(?:right\s+now|at\s+the\s+moment|today))?)`, 'gi'), '');
  return s;
}

/**
 * "Would it be possible to have the task created, the team notified and the email sent?", "Is there a way to have a manager
 * approve first and then have the invoice emailed to …?", "It would be great if the email … could go out": what should happen.
 */
function hedged(s0: string): string {
  const lead = /^(?:(?:would|will)\s+it\s+be\s+possible|is\s+(?:there\s+)?(?:a|any)\s+way|is\s+it\s+possible|i\s+was\s+hoping\s+(?:we|you)\s+could|could\s+we|can\s+we)\s+(?:for\s+(?:you|autoflow|us|the\s+system)\s+)?(?:to\s+)?/i.exec(s0);
  const great = /^it\s+would\s+be\s+(?:great|nice|ideal|good|helpful|awesome|amazing|lovely)\s+if\s+/i.exec(s0);
  if (!lead && !great) return s0;
  let s = s0.slice((lead ?? great)![0].length).replace(/[?!.]+\s*$/, '');
  // ("… if opening a GitHub issue automatically produced an Asana task …": each time that happens, the thing is made)
  s = s.replace(/^([a-z]+ing)\s+((?:a|an|the|any|every)\s+[^,]+?)\s+(?:automatically\s+|also\s+)?(?:produced|created|made|generated|opened|spawned|triggered|kicked\s+off|would\s+(?:produce|create|make|open|trigger))\s+/i, (_m, doing: string, what: string) => { const v = gerundToVerb(doing); return `whenever ${what} is ${v.endsWith('e') ? `${v}d` : /(?:mit|pel|fer|trol|ot|op|an|ag|ug|ip|ap|ab|ub)$/.test(v) ? `${v}${v.slice(-1)}ed` : `${v}ed`}, create `; });
  // "have a manager approve first": a gate
  s = s.replace(/\bhave\s+((?:a|an|the|my|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:approve|sign\s+off)(?:\s+(?:on\s+)?(?:it|this|that))?\b/gi, 'get approval from $1');
  // "have <thing> <done>, <thing> <done> and <thing> <done>": each thing, said as what should be done to it
  // (the thing ends at the last participle before a comma or "and": "the approved invoice emailed to …")
  s = s.replace(/(^|,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?)(?:have\s+)?((?:the|a|an|its|their|our|my|['"‘“]\uE100\d+\uE101['"’”]|https?:\/\/\S+)(?:(?!\s+and\s)[^,])*?)\s+(?:(?:could|should|would|can|will)\s+be\s+|got\s+|get\s+|be\s+)?([a-z]+(?:ed|en|ent|ade|ilt|ung|one))(?=\s+(?:to|in|on|at|by|for|with|about|as|into|afterwards|after|first|then|and|via|over|automatically|daily|weekly|every)\b|\s*$|\s*[,.?!])/gi, (m, sep: string, thing: string, done: string) => (/^(?:the|a|an)\s+[\w-]+\s+(?:is|are|was)\b/i.test(thing) || /^(?:need|want|speed|feed|seed|bleed|shed|red|bed|bred)$/i.test(done) ? m : `${sep}${plain(done)} ${thing.replace(/\s+(?:could|should|would|can|will|might)\s+be$|\s+(?:got|get|be)$/i, '')}`));
  s = s.replace(/\bcould\s+(go\s+out|be\s+sent|happen|run)\b/gi, 'should $1');
  return `${s}.`;
}

/** The request, with a described routine said as steps and the take-over sentence dropped. */
export function routine(text: string): string {
  if (!/\b(?:i|we)\b|\bwhoever\b|^(?:would|will|is|it\s+would)\b/i.test(text)) return text;
  const parts = text.split(/(?<=[.!?])\s+(?=[A-Z])/).map(hedged);
  const kept = parts.filter((p) => !TAKE_OVER.test(p.trim()));
  if (!kept.length) return text;
  // ("… Would it be possible for you to send both at the same time?": the sentence dropped said they go out together)
  const together = /\b(?:at\s+the\s+same\s+time|simultaneously|in\s+parallel|at\s+once)\b/i;
  parts.forEach((p, i) => { if (TAKE_OVER.test(p.trim()) && together.test(p) && i > 0 && kept.includes(parts[i - 1]) && !together.test(parts[i - 1])) kept[kept.indexOf(parts[i - 1])] = `${parts[i - 1].replace(/[.!?]+$/, '')} at the same time.`; });
  const described = kept.some((p) => /^(?:what\s+i\s+(?:usually|normally|typically|always)\s+do|(?:right\s+now|currently|at\s+the\s+moment|today|these\s+days)\s*,?\s+(?:i|we|whoever)\b|(?:i|we)\s+(?:usually|normally|typically|always)\b|(?:i|we)['’]d\s+normally\b|(?:last\s+(?:week|time|month)|yesterday)\s*,?\s+i\s+had\s+to\b|every\s+[^,]{2,30}?\s+i\s+(?!need|want|would|like|expect)[a-z]+)/i.test(p.trim()) || new RegExp(BY_HAND, 'i').test(p));
  if (!described && kept.length === parts.length) return parts.join(' ');
  return kept.map((p) => asSteps(p)).join(' ');
}
