/**
 * Whole requests said in a style other than steps, said as steps before the clause rules read them: a list of
 * items in one line ("1) pull … 2) post …"), requirements ("the expected behaviour is that a task is created"),
 * a workflow described instead of asked for ("the flow starts when …: it creates …, then shares …"), values
 * corrected after they were said ("… in #eng? Actually, make that #eng-releases"), and outcomes listed instead of
 * steps ("What I'm after is a task for X, the team hearing about it, and a status email going out").
 */

import { MASKED_QUOTE } from './text.ts';
import { kindOf, valuesIn } from './value-kinds.ts';

/**
 * "1) pull … 2) post …", "a) … b) …": the items of a list said in one line are said one after another (only a real
 * sequence counts: "(… where id = 12)" is not a list). Under a loop head ("For each cohort: 1) … 2) …") they stay in
 * one sentence so the loop holds them all; otherwise each is a sentence of its own.
 */
export function listItems(text: string): string {
  for (const [first, second, marker] of [['1', '2', '\\d{1,2}'], ['a', 'b', '[a-h]']]) {
    const at = (x: string) => { const m = new RegExp(`(^|[\\s:;,])\\(?${x}\\)\\s+(?=\\S)`).exec(text); return m ? m.index + m[1].length : -1; };
    const a = at(first), b = at(second);
    if (a < 0 || b <= a) continue;
    const head = text.slice(0, a).trim();
    const items = text.slice(a).split(new RegExp(`(?:^|[\\s;,]+)\\(?${marker}\\)\\s+(?=\\S)`)).map((x) => x.trim().replace(/[\s.;,]+$/, '')).filter(Boolean);
    // "…; do 2 and 3 in parallel": those two items are said together
    const last = items.length - 1;
    const par = /[\s;,.]*\b(?:do|run)\s+(?:steps?\s+)?(\d{1,2}|[a-h])\s+and\s+(\d{1,2}|[a-h])\s+(?:in\s+parallel|at\s+the\s+same\s+time|simultaneously|together)\s*$/i.exec(items[last] ?? '');
    if (par) {
      items[last] = items[last].slice(0, par.index).replace(/[\s.;,]+$/, '');
      const n = (x: string) => (/^\d+$/.test(x) ? Number(x) : x.toLowerCase().charCodeAt(0) - 96) - 1;
      const [i1, i2] = [n(par[1]), n(par[2])];
      if (i2 === i1 + 1 && items[i1] && items[i2]) items.splice(i1, 2, `${items[i1]} and ${items[i2]} at the same time`);
    }
    const loop = /^(?:for|to)\s+(?:each|every|all)\b/i.test(head);
    const body = items.join(loop ? ', and ' : '. ');
    return head ? `${head.replace(/[:;]$/, loop ? ':' : ',')} ${body}.` : `${body}.`;
  }
  return text;
}

/** A list's head that says when its steps run: a trigger or a schedule. */
const WHEN_HEAD = /^(?:whenever|when|each\s+time|every\s+time|any\s+time|anytime|on\s+(?:every|each)|every|each|daily|nightly|weekly|monthly|weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b|\b(?:at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|\d{1,2}(?::\d\d)?\s*(?:am|pm))\s*:?$/i;
const ITEM_LINE = /^\s*(?:\d{1,2}[.)]|[-*•])\s+(?=\S)/;
/** A list item that is only a value: an address, a channel, a person, a path, a URL, quoted words or a name. */
const BARE_VALUE = /^(?:[\w.+-]+@[\w-]+\.[\w.-]+|#[\w-]+|@[\w.-]+|https?:\/\/\S+|[\w.-]+\/[\w./-]+|['"‘“]\uE100\d+\uE101['"’”]|\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})$/u;

/**
 * A list written one item per line under a head ("Please send a welcome email to each of these people:\n- a@x\n- b@y",
 * "For Asana task 5566:\n1. Leave the comment …\n2. Then mark it complete", "Please let people know in parallel:\n- …"):
 * values join the head as one list; steps under "For task N:" act on it; a head that only says why is left out; under a
 * head that says "in parallel" the steps run together; otherwise each step is a sentence of its own.
 */
export function lineItems(text: string): string {
  // ("… if any of them doesn't return 200:\nhttps://a\nhttps://b": values one a line, with no marker, under a colon)
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) if (!ITEM_LINE.test(lines[i]) && BARE_VALUE.test(lines[i].trim()) && /^\s*(?:https?:|[#@]|[\w.+-]+@)/.test(lines[i].trim()) && (/:\s*$/.test(lines[i - 1]) || ITEM_LINE.test(lines[i - 1]))) lines[i] = `- ${lines[i].trim()}`;
  const first = lines.findIndex((l) => ITEM_LINE.test(l));
  if (first < 0 || lines.filter((l) => ITEM_LINE.test(l)).length < 2) return text;
  let end = first;
  while (end < lines.length && (ITEM_LINE.test(lines[end]) || (!lines[end].trim() && ITEM_LINE.test(lines[end + 1] ?? '')))) end++;
  const items = lines.slice(first, end).filter((l) => l.trim()).map((l) => l.replace(ITEM_LINE, '').trim().replace(/[\s.;,]+$/, ''));
  const before = lines.slice(0, first).join('\n').trim();
  const after = lines.slice(end).join('\n').trim();
  const headAt = before.search(/[^.!?\n]*$/);
  const prior = before.slice(0, headAt).trim();
  // ("Welcome emails — loop over these addresses …:": a list's title said before its instruction names nothing more)
  const head = before.slice(headAt).trim().replace(/^(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+\s+[—–]\s+(?=\p{Ll})/u, '');
  let said: string;
  const list = `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  // ("check each of our public map services and post … if any of them fails:\n<url>\n<url>": the list is what "each of" means)
  // ("loop over these addresses and send each one a welcome email:\n- a@x\n- b@y": the list is what "these" means)
  const each = /\b(?:each\s+of\s+(?:our|the|these|those|my)|these|the\s+following)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+s|people|folks|staff|children)\b/i.exec(head);
  if (items.every((x) => BARE_VALUE.test(x)) && each && /:$/.test(head) && head.slice(each.index + each[0].length).replace(/\s*:$/, '').trim()) said = `${head.slice(0, each.index + each[0].length)} (${list})${head.slice(each.index + each[0].length).replace(/\s*:$/, '')}.`;
  else if (items.every((x) => BARE_VALUE.test(x))) said = `${head} ${list}.`;
  else if (/^(?:for|on|regarding|about|re)\s+(?:the\s+)?(?:\p{Lu}\w+\s+)?(?:task|issue|ticket|card|pr|pull\s+request)\s+#?\d+/iu.test(head)) said = `${head.replace(/\s*:$/, ',')} ${items.map((x, i) => (i ? x.replace(/^then\s*,?\s*/i, '') : x)).join(', then ')}.`;
  // ("Do both of these simultaneously, saying the office is closed tomorrow:": what each says, said with each)
  else if (/\b(?:in\s+parallel|at\s+the\s+same\s+time|simultaneously|at\s+once)\b/i.test(head)) {
    const says = /\b(?:saying|telling\s+(?:them|everyone|people)|to\s+say)\s+(.+?)\s*:?$/i.exec(head)?.[1];
    said = `In parallel: ${items.map((x) => (says && !/['"‘“\uE100]|\b(?:saying|that)\b/i.test(x) ? `${x} saying ${says}` : x)).join('; ')}.`;
  }
  // ("Whenever somebody opens an issue on GitHub:", "Daily check at 6pm:", "Every Monday at 9am:": when the steps run)
  else if (/:$/.test(head) && WHEN_HEAD.test(head)) said = `${head.replace(/\s*:$/, ',')} ${items.map((x, i) => (i ? x : x.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()))).join('. ')}.`;
  else if (/^(?:for\s+each|for\s+every|for\s+all|to\s+each)\b/i.test(head)) said = `${head.replace(/\s*:?$/, ':')} ${items.join(', and ')}.`;
  // ("Following the audit, …:", "Quick check needed:": a head that names nothing the steps act on says why or what they are)
  else if (/:$/.test(head) && (/^(?:for|as|re|regarding|about|following|after|given|since|because)\b/i.test(head) || head.split(/\s+/).length <= 6) && !/[#@\uE100]|[\w.-]+\/[\w./-]+|\d{3,}/.test(head)) said = `${items.join('. ')}.`;
  else said = `${head ? `${head.replace(/\s*:$/, '.')} ` : ''}${items.join('. ')}.`;
  return [prior, said, after].filter(Boolean).join('\n');
}

/** A verb said in the third person, as the imperative: "summarises" → "summarise", "fixes" → "fix", "copies" → "copy". */
export function baseForm(v: string): string {
  if (/(?:ss|sh|ch|x|z)es$|^(?:go|do|undo|redo)es$/.test(v)) return v.slice(0, -2);
  if (/ies$/.test(v)) return `${v.slice(0, -3)}y`;
  return v.replace(/s$/, '');
}

/**
 * What should happen, said as a requirement ("the expected behaviour is that an Asana task is created and #sales gets a
 * heads-up"), said as a request: present-tense outcomes become the modal forms the sentence rewrites read.
 */
export function required(said: string): string {
  // (the words of a message are quoted as said: "… stating that the forecast is finalized")
  const cue = /\b(?:saying|stating|that\s+says|telling\s+(?:them|him|her)|to\s+say|with\s+the\s+(?:text|message))\b/i.exec(said);
  if (cue) return `${required(said.slice(0, cue.index))}${said.slice(cue.index)}`;
  return said
    .replace(/\b(?:the\s+)?(?:ai|model|llm)\s+([a-z]+s)\b(?=\s)/gi, (_m, v: string) => `have the AI ${baseForm(v.toLowerCase())}`)
    .replace(/\b(?:is|are)\s+to\s+be\s+/gi, 'should be ')
    .replace(/\b(is|are|gets|get)\s+(?=(?:[a-z]+ed|sent|posted|written|made|built|done|run|shared|put|told|given|paid|kept)\b)/gi, 'should be ')
    // ("… is to be created and its link shared in #x": the participle said once for both)
    .replace(/\band\s+((?:its|the|their)\s+(?:link|url|summary|result|results|details))\s+(shared|posted|sent|dropped)\s+(?=(?:in|to|on|into)\b)/gi, 'and $1 should be $2 ')
    .replace(/\b(gets|receives|hears)\b/gi, (w: string) => `should ${w.toLowerCase().replace(/s$/, '')}`)
    // ("legal approves it first, then …")
    .replace(/\b(approves|signs\s+off\s+on|signs\s+off)\b/gi, 'must approve');
}

/** What the workflow itself is said to do, not asked: "it fails", "it is done" (a test or a state, not a step). */
const NOT_A_STEP = /^(?:fails|failed|finishes|completes|succeeds|breaks|errors|crashes|is|was|has|does|did|goes|comes|works|returns|contains|says|matches|exceeds|equals|needs|takes|gets|starts|begins|ends|stops|happens|seems|looks|kicks)$/i;

/** The workflow said as the subject of its own verbs ("the flow", "this automation", "our job"). */
const SUBJECT = String.raw`(?:the|this|our|my|that)\s+(?:workflow|flow|automation|pipeline|job|bot|routine|zap)`;
const ADVERB = String.raw`(?:then|first|also|next|finally|just|simply|only|immediately|automatically)`;
const DESCRIBED = new RegExp(`\\b${SUBJECT}\\s+(?:${ADVERB}\\s+)?[a-z]+s\\b`, 'i');
const SUBJECT_VERB = new RegExp(`\\b${SUBJECT}\\s+(${ADVERB}\\s+)?([a-z]+s)\\b`, 'gi');
const WHEN_IT_RUNS = new RegExp(`\\b${SUBJECT}\\s+(?:starts|kicks\\s+in|kicks\\s+off|runs|fires|triggers|is\\s+triggered|begins|should\\s+(?:start|run|kick\\s+in|fire))\\s+(?=(?:when|whenever|each\\s+time|every\\s+time|any\\s*time|once|as\\s+soon\\s+as|on|at|every|each|daily|nightly|weekly|hourly)\\b)`, 'gi');

/**
 * A workflow described instead of asked for: "The flow starts when a GitHub issue gets opened: it creates an Asana task
 * …, then shares the link in #qa", "First the workflow waits half an hour; after that it posts 'X' to #y", "Each night
 * at 11pm the workflow fetches …; if the check fails, it then emails …" — the workflow's verbs are the request's steps.
 */
export function described(text: string): string {
  if (!DESCRIBED.test(text)) return text;
  // ("The flow starts when …:", "This workflow kicks in each time …, and it posts …": when it runs is the trigger)
  // ("Each Wednesday at 10am the workflow kicks off and posts …": it starts, and what it does is the step)
  let s = text.replace(WHEN_IT_RUNS, '').replace(new RegExp(`\\b(${SUBJECT})\\s+(?:starts|kicks\\s+in|kicks\\s+off|runs|fires|wakes\\s+up|begins)\\s+and\\s+(?=[a-z]+s\\b)`, 'gi'), '$1 ');
  // ("completes Asana task 3390": a verb with an object is a step)
  // (a plural noun after the subject is no verb: "our pipeline numbers to #x", "the job results are …")
  const acts = (v: string, after: string) => !/^\s+(?:to|of|are|is|were|was|have|has|and|or)\b|^\s*$|^\s*[,.;]/i.test(after) && (!NOT_A_STEP.test(v) || (/^(?:completes|finishes|starts|gets|takes|closes)$/i.test(v) && /^\s+(?:asana|github|slack|task|issue|ticket|the|a|an|that|this|its)\b/i.test(after)));
  s = s.replace(SUBJECT_VERB, (all, adv = '', v: string, at: number, whole: string) => (acts(v, whole.slice(at + all.length)) ? `${adv}${baseForm(v.toLowerCase())}` : all));
  // ("…; after that it posts …", "…, it then emails …": "it" is the workflow once it has been the subject)
  s = s.replace(/(^|[.;:,]\s*|\b(?:then|and|after\s+that|afterwards|next|finally|also)\s+)it\s+((?:then|first|also|next|finally|immediately|automatically)\s+)?([a-z]+s)\b/gi, (all, lead: string, adv = '', v: string, at: number, whole: string) => (acts(v, whole.slice(at + all.length)) ? `${lead}${adv}${baseForm(v.toLowerCase())}` : all));
  // ("…, then shares the task link in #qa": the subject said once for both)
  return s.replace(/(,\s*(?:and\s+)?then\s+|,\s*and\s+|\band\s+then\s+)([a-z]+(?:es|s))\b(?=\s+(?:the|a|an|it|them|#|@|\uE100|to|in)\b)/gi, (all, lead: string, v: string) => (NOT_A_STEP.test(v) || /(?:ss|us|is)$/.test(v) ? all : `${lead}${baseForm(v.toLowerCase())}`));
}

/** A value a correction can name, and the correction said after it ("…, actually, make that #eng-releases, …"). */
const CORRECTED_VALUE = String.raw`(#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|${MASKED_QUOTE}|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d|\d+(?:\s*(?:minutes?|mins?|hours?|hrs?|days?|seconds?))?)`;
const CORRECTION = new RegExp(String.raw`\s*(?:[,.;!?]|\s[—–-])\s*(?:(?:actually|hmm+|oh|sorry|wait|scratch\s+that|on\s+second\s+thought)[,.]?\s*)+(?:no[,.]?\s*)?(?:make\s+(?:that|it)|change\s+(?:that|it)\s+to|i\s+mean|rather|use)\s+${CORRECTED_VALUE}(?:\s+instead)?(?:\s*(?:,|—|–|\s-)?\s*(?:(?!\b(?:and|then)\b)[^.!?;])*?)?(?=[.!?;]|,\s*(?:and|then)\b|$)`, 'i');

/**
 * A correction said after the value it corrects: "post it in #eng — actually, make that #eng-releases, the main channel is
 * too noisy", "every Tuesday at 10am … Hmm, make it 10:30", "wait 5 minutes, actually no, make it 15 to be safe, and then …":
 * the new value replaces the last one of its kind said before, and the correction itself goes.
 */
export function corrected(text: string): string {
  for (let k = 0; k < 3; k++) {
    const m = CORRECTION.exec(text);
    if (!m) break;
    const v = m[1];
    const before = text.slice(0, m.index);
    // (a bare number is any number said before — "wait 5 minutes …, make it 15" — not only an id)
    const kind = kindOf(v);
    const last = (kind && !['number', 'duration'].includes(kind) ? valuesIn(before, kind) : [...before.matchAll(/\b\d+(?!:)\b/g)]).at(-1);
    // (a bare number keeps the unit said before: "wait 5 minutes …, make it 15" → 15 minutes; "10am" → "10:30am")
    let nv = v.replace(/\s*(?:minutes?|mins?|hours?|hrs?|days?|seconds?)$/i, (u) => (/\d+\s*[a-z]/i.test(last?.[0] ?? '') ? '' : u));
    if (last && /^\d{1,2}:\d\d$/.test(nv) && /am|pm/i.test(last[0])) nv = `${nv}${/pm/i.test(last[0]) ? 'pm' : 'am'}`;
    text = last ? `${before.slice(0, last.index)}${nv}${before.slice(last.index! + last[0].length)}${text.slice(m.index + m[0].length)}` : `${before}${text.slice(m.index + m[0].length)}`;
  }
  return text;
}

/** Who a message goes to, in an outcome ("the team", "#noc", "cfo@x.io", "@dana", "Billing"). */
const OUT_WHO = String.raw`(?:#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:the|our)\s+(?:[\w-]+\s+)?(?:team|channel|group|crew|squad|staff|folks|people)|everyone|everybody)(?:\s+(?:on|in|via)\s+slack)?`;

/**
 * Outcomes listed instead of steps: "What I'm after is an Asana task for X, the team hearing about that task in Slack, and a
 * status email going out once the task exists", "… #dba seeing 'Migration finished' in Slack", "Asana task 2907 carrying the
 * comment 'X' and then being closed", "the file out/health.txt containing the text 'all checks passed'" — each one said as
 * the step that brings it about.
 */
export function outcomes(list: string): string {
  // (the separators are kept: odd places hold them; "a@x and b@x get an email" is one item, a list of who)
  const items = list.split(new RegExp(String.raw`(\s*,\s*(?:and\s+)?(?=(?:an?\s|the\s|one\s|${OUT_WHO}\s|asana\s|task\s|issue\s|if\s|then\s))|(?<!(?:^|,)\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\w.-]+))\s+and\s+(?=(?:an?\s|one\s|${OUT_WHO}\s)))`, 'i'));
  const said = items.map((item0, i) => {
    if (i % 2) return item0;
    // ("…, but only after a half-hour wait": the wait comes first)
    const wait = /,?\s*but\s+only\s+after\s+(?:a|an)\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:wait|delay|pause)\s*$/i.exec(item0);
    let item = (wait ? item0.slice(0, wait.index) : item0).replace(/\s+(?:once|after|when)\s+(?:the|that|this|it)\s*(?:task|issue|ticket|one)?\s*(?:exists|is\s+(?:created|made|up|there|in)|has\s+been\s+(?:created|made))\s*$/i, '');
    item = item
      .replace(/^(?:an?|one)\s+((?:new\s+)?(?:[\w-]+\s+){0,2}?(?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do))\b(?:\s+(?:being\s+|to\s+be\s+|getting\s+)?(?:created|opened|made|filed))?/i, (_m: string, what: string) => `create ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}`)
      .replace(/^the\s+((?:new\s+)?(?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do))\s+(?:being\s+|to\s+be\s+|getting\s+)?(?:created|opened|made|filed)\b/i, (_m: string, what: string) => `create ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}`)
      .replace(/^(?:a|one)\s+(?:quick\s+)?(?:check|health\s*check|ping|call|request)\s+(?:of|on|to|against)\s+/i, 'check ')
      .replace(new RegExp(String.raw`^(${OUT_WHO})\s+(?:to\s+)?(?:hearing|hear|learning|learn|finding\s+out|find\s+out|being\s+told|be\s+told|getting\s+told|knowing|know)\b(?:\s+(?:about|of))?\s*`, 'i'), (_m: string, who: string) => `notify ${who} about `)
      .replace(new RegExp(String.raw`^(${OUT_WHO}(?:\s*,\s*${OUT_WHO})*(?:\s*,?\s*and\s+${OUT_WHO})?)\s+(?:to\s+)?(?:seeing|see|getting|get|receiving|receive)\s+(.+)$`, 'i'), (_m: string, who: string, what: string) => (/@[\w-]+\./.test(who) ? `email ${who} ${what}` : `post ${what.replace(/\s+(?:in|on|via)\s+slack\b/i, '')} to ${who}`))
      .replace(/^(?:an?|the)\s+((?:[\w-]+\s+)?(?:e-?mail|message|update|note|reminder|notice))\s+(?:to\s+)?(?:going\s+out|go\s+out|being\s+sent|be\s+sent|getting\s+sent|get\s+sent)\b/i, 'send a $1')
      .replace(/^((?:asana\s+)?task\s+#?\d+|(?:github\s+)?issue\s+#?\d+(?:\s+in\s+[\w.-]+\/[\w.-]+)?)\s+(?:to\s+)?(?:carrying|carry|getting|get|gets|having|have|has|with)\s+(?:the\s+|a\s+)?comment\s+(?:reading\s+|saying\s+|that\s+(?:reads|says)\s+)?(\S+(?:\s+\S+)*?)(?:\s*,?\s*and\s+(?:then\s+)?(?:being|to\s+be|getting|get|gets|is|ending\s+up|end\s+up)\s+(?:then\s+)?(closed|completed|done|finished|marked\s+(?:as\s+)?(?:done|complete)))?\s*$/i, (_m: string, what: string, comment: string, closed?: string) => `comment ${comment} on ${what}${closed ? ', then close it' : ''}`)
      .replace(/^the\s+file\s+(\S+)\s+(?:to\s+)?(?:containing|contain|holding|hold|having|have|saying|say|reading|read)\s+(?:the\s+(?:text|line|words)\s+)?(.+)$/i, 'write $2 to $1');
    return wait ? `wait ${wait[1].replace(/^half-hour$/i, '30 minutes').replace(/^hour$/i, '1 hour')}, then ${item}` : item;
  });
  return said.join('');
}
