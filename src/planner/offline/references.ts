/**
 * References to earlier steps: what "the link", "the summary", "it" or "the open rate" point at
 * (the most recent step with an output of the wanted kind), what the event that started the
 * workflow carries ("the issue title" → {{inputs.issue_title}}), values carried over from an
 * earlier step of the same driver, and the default message and subject that report a step.
 */
import type { PlannedTrigger } from '../types.ts';
import type { ActionContext, Produced } from './action.ts';
import { isMessageLike, isNotifier, type OpProfile, type OutputClass, type ParamInfo } from './catalog.ts';
import { restoreMasked, type Mask } from './clause-mask.ts';
import { isQuantified, trailingRun } from './condition.ts';
import { AUDIENCE, MESSAGE_PREFIX, REFERENCE_CUES } from './lexicon.ts';
import { cap, snake, stem, tidy } from './text.ts';

/** "with the issue title" in a workflow started by "a GitHub issue is opened" → {{inputs.issue_title}}. */
/** A field an event carries, named on its own ("the headline and link", "the amount and unit number"). */
const BARE_FIELD = String.raw`title|headline|heading|url|link|summary|amount|total|status|reference|(?:unit|order|invoice|account)\s+number`;

export function triggerField(said: string, trigger: PlannedTrigger | undefined, history: Produced[] = []): { phrase: string; field: string; ref: string } | undefined {
  let s = said;
  if (!trigger || trigger.type === 'schedule' || !s) return undefined;
  const whole = /\b(?:with\s+|using\s+)?the\s+(?:(?:webhook|event|request|incoming|form)\s+)?(payload|request body|event data|event|webhook data|data|details|submission|answers|form data|entry)\b/i.exec(s);
  if (whole) return { phrase: whole[0], field: 'payload', ref: '{{inputs.payload}}' };
  const desc = (trigger.description ?? '').toLowerCase();
  // "using the crash signature as the title": a value the event carries, put where the words say
  const as = /\b(?:using|with|use|taking)\s+the\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+as\s+(?:the\s+|its\s+)?(title|name|subject|body|description|message|text)\b/i.exec(s);
  if (as && !/^(?:same|following|text|message|words?)$/i.test(as[1])) return { phrase: as[0], field: as[2].toLowerCase(), ref: `{{inputs.${snake(as[1])}}}` };
  // "with what they wrote": the message the event carries
  const what = /(?:\b(?:with|using|containing|including)\s+)?\bwhat\s+(?:they|he|she|the\s+([\w-]+))\s+(?:wrote|said|sent|submitted|typed|reported|entered|described|asked)\b/i.exec(s);
  if (what) {
    const noun = (what[1] ?? /^[\w-]+\.([a-z]+)/.exec(trigger.source ?? '')?.[1] ?? 'event').toLowerCase();
    return { phrase: what[0], field: 'message', ref: `{{inputs.${snake(`${noun}_message`)}}}` };
  }
  // ("the title of that issue" is the issue's title)
  // ("the company in the enquiry", "the amount on the invoice": what the event's thing carries)
  s = s.replace(/\bthe\s+(title|headline|heading|name|subject|body|description|url|link|number|id)\s+of\s+(?:the|that|this|each|every)\s+(?:new\s+)?([\w-]+)\b/i, "the $2's $1")
    .replace(/\bthe\s+(name|company|organi[sz]ation|amount|email|phone|address|product|plan|order)\s+(?:in|on|from)\s+(?:the|that|this|each|every)\s+(?:new\s+)?([\w-]+)\b/i, "the $2's $1")
    // ("w/ issue title" typed without its article, when the event is about an issue)
    .replace(/\b(with|using|from|containing|including|carrying)\s+([a-z][\w-]+)\s+(title|name|subject|body|description|url|link|number|id)\b/i, (all, p: string, noun: string, f: string) => (desc.includes(noun.toLowerCase()) ? `${p} the ${noun} ${f}` : all));
  const m = /(?:\b(?:with|using|from|containing|including|carrying|bearing|showing)\s+)?\b(?:(?:the|that|this)\s+([\w-]+?)(?:'s)?|their|his|her|its)\s+(title|headline|heading|name|subject|body|description|url|link|id|number|email|sender|author|text|message|details|content|payload|summary|company|organization|organisation|order|product|plan|amount|phone|address|reference|ref|code|registration)\b(?:\s+(?:in|as)\s+(?:the|its)\s+(?:title|name|subject))?/i.exec(s);
  if (!m) {
    // ("When the CMS webhook fires …, post the headline and link": before any step, a bare field is the event's)
    const bare = !history.length ? new RegExp(`\\bthe\\s+(${BARE_FIELD})(?:\\s+(?:and|&|\\+)\\s+(?:the\\s+)?(${BARE_FIELD}))?\\b(?!\\s*(?:[\\uE000'"“:]|called\\b|named\\b|of\\b|for\\b|to\\b|is\\b|field\\b))`, 'i').exec(s) : null;
    if (!bare) return undefined;
    const noun = (/^[\w-]+\.([a-z]+)/.exec(trigger.source ?? '')?.[1] ?? 'event').toLowerCase();
    const fields = [bare[1], bare[2]].filter(Boolean).map((f) => f.toLowerCase().replace(/^(?:headline|heading)$/, 'title').replace(/\s+/g, '_'));
    return { phrase: bare[0], field: fields[0], ref: fields.map((f) => `{{inputs.${snake(`${noun}_${f}`)}}}`).join(' ') };
  }
  // "their message" in a workflow started by "a customer submits the form": the customer's
  const noun = (m[1] ?? /^[\w-]+\.([a-z]+)/.exec(trigger.source ?? '')?.[1] ?? /\b(?:a|an|the|new|every|each)\s+(?:new\s+)?([a-z]+)\b/.exec(desc)?.[1] ?? 'event').toLowerCase();
  // ("the submitter's name" when "somebody submits the form": the one who did what the event says)
  const agent = noun.replace(/(?:t?t?er|or)$/, '');
  // (a noun the event did not name is still the event's before any step could have made it: "Whenever PagerDuty sends a
  // Sev1 webhook, create an issue with the alert title")
  if (m[1] && !desc.includes(noun) && !(agent.length >= 4 && desc.includes(agent)) && !/^(event|payload|request|webhook|requester|submitter|sender|applicant|caller|reporter|author|customer|user|visitor|client)$/.test(noun) && (history.length > 0 || trigger.type !== 'webhook')) return undefined;
  // ("the issue's headline" is its title)
  const field = m[2].toLowerCase().replace(/^(?:headline|heading)$/, 'title');
  // ("with the bus number in the title": the value goes where the words say)
  const into = /\s(?:in|as)\s+(?:the|its)\s+(title|name|subject)$/i.exec(m[0])?.[1]?.toLowerCase();
  return { phrase: m[0], field: into ?? field, ref: `{{inputs.${snake(`${noun}_${field}`)}}}` };
}

export function triggerPrefix(verb: string | undefined): string {
  return MESSAGE_PREFIX[(verb ?? '').toLowerCase()] ?? 'Alert';
}

/**
 * What a message says, with the reference after it ("Numbers: {{step_1.rows}}"), or the reference alone when it says
 * nothing else (or only where it goes: "#hse" left over from "post the numbers to #logistics and #hse").
 */
function withToken(v: string, token: string): string {
  if (v.includes('{{')) return v;
  const says = v.replace(/[#@][\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\band\b|[,&]/gi, '').trim();
  return says ? `${v}${/[.!?:]$/.test(v) ? '' : ':'} ${token}` : token;
}

/** What the clause points at: the step and output, and the token(s) to put in its place (one per step of a run: "the results"). */
export interface RefHit { step: Produced; field: string; token: string; cue: string; alone: boolean; replaceIn(v: string): string }

/** An earlier step's output the clause points at ("the link", "the summary", "it"). */
export function findReference(t: string, m: Mask, ctx: ActionContext, op: OpProfile, wantsText: boolean): RefHit | undefined {
  if (!ctx.history.length) return undefined;
  // look at the words as said (only quotes and entities blanked), not what other cues consumed
  const s = t.replace(/\uE000\d+\uE001/g, (x) => ' '.repeat(x.length));
  for (const { cue, want } of REFERENCE_CUES) {
    const hit = cue.exec(s);
    if (!hit) continue;
    // ("comment with the contract folder link https://…": the link is the one given right after it)
    if (want === 'url' && /^\s*:?\s*\uE000\d+\uE001/.test(t.slice(hit.index + hit[0].length))) continue;
    // "it's done", "this is ready": the pronoun stays in the text, the link is added
    if (want === 'any' && /^(?:'s|’s|\s+(?:is|was|has|went|got|are|were)\b)/i.test(s.slice(hit.index + hit[0].length))) {
      const r = bestRef(ctx.history.filter((h) => !isNotifier(h.op)), 'any');
      if (!r) return undefined;
      const token = `{{${r.step.id}.${r.field}}}`;
      return { step: r.step, field: r.field, token, cue: hit[1], alone: false, replaceIn: (v: string) => withToken(v, token) };
    }
    // "that" is usually a conjunction ("tell them that …"); right after the verb ("POST that to …") it is the object
    if (want === 'any' && /^(that)$/i.test(hit[1]) && !/^\s*[a-z]+\s+$/i.test(t.slice(0, hit.index))) continue;
    // "comment on it", "add a note to it": where the step acts, not what it says
    if (want === 'any' && /^(it|this|that)$/i.test(hit[1]) && /\b(?:on|onto|to|under)\s+$/i.test(s.slice(0, hit.index)) && op.params.some((p) => p.kinds[0] === 'id' && p.required)) continue;
    // ("assign it to Priya", "close it": right after the verb, "it" is the thing acted on, not a value to write into it)
    if (want === 'any' && /^(it|this|that|them)$/i.test(hit[1]) && /^\s*[a-z]+\s+$/i.test(s.slice(0, hit.index)) && /^\s*(?:$|[,.;]|(?:to|in|on|as|for|with|from|and|then|back|off|up|over)\b)/i.test(s.slice(hit.index + hit[0].length)) && op.params.some((p) => p.kinds[0] === 'id' && p.required) && !isMessageLike(op.params) && !op.params.some((p) => p.role === 'instruction')) continue;
    // "the query", "the task": prefer the step whose clause named it
    const noun = /\bthe\s+([\w-]+)\s+(?:link|url|id|number|summary|result|results|output|response|text|content|data|rows|body)\b/i.exec(s)?.[1]?.toLowerCase();
    // ("email the same summary to x@y" after a task was made from it: a thing written is the text that was written, not a link)
    const written = want === 'text' && /^(?:summary|draft|recap|digest|translation|analysis|verdict|classification|suggestions?|rewrite|commentary|answer|reply|haiku|poem|caption|captions|blurb|teaser|headline)$/i.test(hit[1] ?? '');
    const wrote = written ? [...ctx.history].reverse().find((h) => h.op.outputs.some((o) => o.cls === 'text') && h.op.params.some((p) => p.role === 'instruction')) : undefined;
    // ("…, create a task and email the list to x@y": a list is what an earlier step returned as one, not a link made since)
    // (unless a model wrote one since: "have the AI flag anything over the limit … email the list")
    const listed = want === 'text' && /^(?:list|rows|records|entries|lines)$/i.test(hit[1] ?? '') ? [...ctx.history].reverse().find((h) => h.op.outputs.some((o) => o.types.includes('array') && o.cls !== 'url') || h.op.params.some((p) => p.role === 'instruction')) : undefined;
    const listField = listed?.op.params.some((p) => p.role === 'instruction') ? undefined : listed?.op.outputs.find((o) => o.types.includes('array') && o.cls !== 'url')?.name;
    // ("the fetched schedule": what a step got from a URL, not a file read since)
    const fetched = want === 'text' && /\b(?:fetched|downloaded|pulled|retrieved)\b/i.test(hit[0]) ? [...ctx.history].reverse().find((h) => h.op.params.some((p) => p.kinds[0] === 'url' && p.required) && pickField(h.op, ['text'])) : undefined;
    const r = (wrote ? { step: wrote, field: pickField(wrote.op, ['text'])! } : undefined) ?? (fetched ? { step: fetched, field: pickField(fetched.op, ['text'])! } : undefined) ?? (listed && listField ? { step: listed, field: listField } : undefined) ?? (want === 'any' && isMessageLike(op.params) ? echoed(ctx.history) : undefined) ?? bestRef(ctx.history, want === 'any' && wantsText ? 'text' : want, noun, op);
    if (!r) continue;
    // ("…, email x@y, and create a task to finish the root cause analysis": what a task is to do, not what a message sent)
    if (want === 'text' && isNotifier(r.step.op) && /\bto\s+[a-z]+\s+$/i.test(s.slice(0, hit.index))) continue;
    const phrase = hit[0];
    m.consume(hit.index, hit.index + phrase.length);
    // ("check A and B in parallel, then post the results": every one of the last run of one operation)
    const plural = /^(?:results|responses|outputs|rows|statuses|readings|answers|codes|them|both|these|those|list|links|urls)$/i.test(hit[1] ?? '');
    const run = plural && r.step === ctx.history.at(-1) ? trailingRun(ctx.history) : [r.step];
    const token = run.map((h) => `{{${h.id}.${r.field}}}`).join('\n');
    const restS = tidy(restoreMasked(t, m).replace(/\uE000\d+\uE001/g, ' '));
    const alone = want !== 'any' || !restS;
    return {
      step: r.step, field: r.field, token, cue: hit[1] ?? phrase, alone,
      replaceIn: (v: string) => {
        if (v.includes('{{')) return v;
        // ("the pack as the body": it is the whole of it)
        if (/\sas\s+(?:the\s+|its\s+)?(?:e-?mail\s+)?(?:body|message|text|content|contents)$/i.test(phrase)) return token;
        const re = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
        if (want !== 'any' && re.test(v)) return v.replace(re, token);
        // (what is left of the phrase itself says nothing more: "comes back" of "the reference that comes back")
        if (v.trim() && phrase.toLowerCase().endsWith(v.trim().toLowerCase())) return token;
        return withToken(v, token);
      },
    };
  }
  // "share the open rate in #crm", "DM the flags to @raj", "email the commentary to …" after a step: a thing named by
  // its own noun and sent somewhere is what came before
  // (or given to someone first: "DM @claire the highlights", "send ops@x.com the numbers")
  // (or written to a file: "save the plan to events/tables.md")
  const toFile = op.params.some((p) => p.role === 'body') && op.params.some((p) => p.required && p.kinds[0] === 'path');
  const obj = /^\s*[a-z]+\s+(?:the|its|their)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)(?=\s+(?:to|in|on|into|via|over)\s+(?:[#@\uE000]|the\s+[\w-]+\s+channel))/i.exec(t)
    ?? (toFile ? /^\s*(?:save|write|store|put|dump|export|keep)\s+(?:the|its|their)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)(?=\s+(?:to|in|into|as|under)\s+(?:(?:the\s+)?file\s+)?[\w.-]*[/.][\w./-]+)/i.exec(t) : null)
    ?? /^\s*[a-z]+\s+(?:[#@][\w.-]+|\uE000\d+\uE001)\s+(?:the|its|their)\s+((?:(?!(?:is|are|was|were|has|have|will)\b)[\w'’-]+\s+){0,2}(?!(?:is|are|was|were|has|have|will)\b)[\w'’-]+)\s*$/i.exec(t);
  if (obj && (isMessageLike(op.params) || toFile) && !AUDIENCE.test(obj[1]) && !/\b(?:team|channel|group|people|folks|everyone|link|url|path|file|filename|name|title|address|id|number)\b/i.test(obj[1])) {
    const r = bestRef(ctx.history.filter((h) => !isNotifier(h.op)), 'text');
    if (r) {
      m.consume(obj.index, obj.index + obj[0].length);
      const token = `{{${r.step.id}.${r.field}}}`;
      return { step: r.step, field: r.field, token, cue: obj[1], alone: true, replaceIn: (v: string) => (v.includes('{{') ? v : `${cap(obj[1])}: ${token}`) };
    }
  }
  // "tell #dev-oncall whether the retry worked": the outcome of the step before, said with the message
  const outcome = /\b(?:whether|if|how)\s+(?:or\s+not\s+)?(?:the\s+[\w-]+(?:\s+[\w-]+)?|it|that|this)\s+(?:worked|succeeded|went(?:\s+through|\s+ok|\s+well)?|passed|failed|was\s+successful|came\s+back(?:\s+ok)?|did)\b/i.exec(t);
  const prevStep = [...ctx.history].reverse().find((h) => !isNotifier(h.op) || h.op.outputs.some((o) => o.cls === 'status' || o.cls === 'ok'));
  const field = prevStep && pickField(prevStep.op, ['status', 'ok', 'text']);
  if (outcome && isMessageLike(op.params) && prevStep && field) {
    const token = `{{${prevStep.id}.${field}}}`;
    return { step: prevStep, field, token, cue: outcome[0], alone: false, replaceIn: (v: string) => withToken(v, token) };
  }
  return undefined;
}

/**
 * "comment that suggestion on the issue, and also share it in #triage": right after a step that passed on an
 * earlier result, "it" is that result again (not the comment's link).
 */
function echoed(history: Produced[]): { step: Produced; field: string } | undefined {
  const last = history.at(-1);
  if (!last) return undefined;
  const body = last.op.params.find((p) => p.role === 'body' && typeof last.params[p.name] === 'string');
  const tokens = body ? [...String(last.params[body.name]).matchAll(/\{\{(step_\d+)\.([\w.]+)\}\}/g)] : [];
  const ref = tokens.length === 1 ? tokens[0] : undefined;
  const step = ref && history.find((h) => h.id === ref[1]);
  return step ? { step, field: ref![2] } : undefined;
}

const WANT_ORDER: Record<'url' | 'text' | 'id' | 'any' | 'name', OutputClass[]> = {
  url: ['url'],
  text: ['text', 'url', 'name'],
  id: ['id'],
  name: ['name', 'text'],
  any: ['url', 'text', 'name', 'id'],
};

/** The most recent earlier step with an output of the wanted kind, and that output. */
export function bestRef(history: Produced[], want: 'url' | 'text' | 'id' | 'any' | 'name', noun?: string, consumer?: OpProfile): { step: Produced; field: string } | undefined {
  const classes = WANT_ORDER[want];
  const candidates = [...history].reverse();
  if (noun) {
    const n = stem(noun);
    const named = candidates.find((h) => h.words.has(n) || h.op.terms.has(n));
    if (named) { const f = pickField(named.op, classes); if (f) return { step: named, field: f }; }
  }
  for (const h of candidates) {
    if (consumer && h.op.key === consumer.key && want === 'any') continue;
    // (a statement that writes rows returns none worth passing on: "insert the entry …, then email them a confirmation")
    const sql = h.op.params.find((p) => p.kinds[0] === 'sql');
    if (sql && /^\s*(?:insert|update|delete)\s/i.test(String(h.params[sql.name] ?? '')) && (want === 'text' || want === 'any')) continue;
    // messages sent earlier are rarely what "it" means
    const f = pickField(h.op, classes);
    if (f && !(want === 'any' && isNotifier(h.op) && candidates.some((x) => x !== h && pickField(x.op, classes)))) return { step: h, field: f };
  }
  return undefined;
}

export function pickField(op: OpProfile, classes: OutputClass[]): string | undefined {
  const noun = op.op.split('_').slice(1).join('_');
  for (const c of classes) {
    // an output with the name of an input (http's final "url") echoes what was given: not a new link
    const fs = op.outputs.filter((o) => o.cls === c && !(c === 'url' && op.params.some((p) => p.name === o.name && p.required)));
    if (!fs.length) continue;
    const own = fs.find((o) => noun && o.name.startsWith(noun));
    const plain = fs.find((o) => !/permalink|requested|thread/.test(o.name));
    return (own ?? plain ?? fs[0]).name;
  }
  return undefined;
}

const PAST: Record<string, string> = { send: 'sent', run: 'ran', build: 'built', write: 'written', read: 'read', get: 'fetched', request: 'requested', query: 'queried' };
function pastTense(v: string): string {
  if (PAST[v]) return PAST[v];
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}

/** "create_task" → "task created"; a one-word operation ("query") → its driver's title. */
export function describeOp(op: OpProfile): string {
  const [verb, ...rest] = op.op.split('_');
  if (!rest.length) return op.driverTitle.replace(/\s*\(.*\)$/, '');
  return `${rest.join(' ')} ${pastTense(verb)}`;
}

/** What a step was about, for messages: the literal it was given (URL, path, title) or its operation. */
export function stepLabel(step: Produced): string {
  for (const p of step.op.params) {
    const v = step.params[p.name];
    if (typeof v === 'string' && !v.includes('{{') && (p.kinds[0] === 'url' || p.kinds[0] === 'path' || p.role === 'title' || p.role === 'instruction')) return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  }
  return describeOp(step.op);
}

export function defaultMessage(step: Produced, ctx: ActionContext, field?: string): string {
  const url = pickField(step.op, ['url']);
  const name = pickField(step.op, ['name']);
  const text = pickField(step.op, ['text']);
  const status = step.op.outputs.find((o) => o.cls === 'status' && (o.types.includes('integer') || o.types.includes('number')));
  if (ctx.condition && ctx.condition.step === step) {
    // ("if either one is down": about several steps, so no one step's label or status)
    if (isQuantified(ctx.condition.text)) return cap(ctx.condition.text);
    const label = stepLabel(step);
    // ("the response from fetching https://… isn't a 200": the step's label says where it came from)
    const said = ctx.condition.text.replace(/\s+(?:from|of)\s+(?:fetching|calling|checking|hitting|requesting|polling)\s+\S+/i, '').replace(/^(not \()?the\s+(?:[\w-]+\s+)?(?:request|response|call|check|ping|probe)\s+(?:of|on|for|to|at)\s+(?=[a-z]+:\/\/)/i, '$1').replace(/^(not \()?(it|this|that|the (?:request|response|query|result|call|check|site|page|api|endpoint))(?:'s|’s)/i, `$1$2 is`).replace(/^(not \()?(it|this|that|the (?:request|response|query|result|call|check|site|page|api|endpoint))\b/i, `$1${label}`);
    return `${said.includes(label) ? (/^[a-z]+:\/\//.test(said) ? said : cap(said)) : `${label}: ${said}`}${status ? ` (status {{${step.id}.${status.name}}})` : ''}`;
  }
  if (url) return `${cap(describeOp(step.op))}: ${name ? `{{${step.id}.${name}}} ` : ''}{{${step.id}.${url}}}`;
  if (text) return `{{${step.id}.${text}}}`;
  return `${cap(describeOp(step.op))}: {{${step.id}.${field ?? step.op.outputs[0]?.name ?? 'status'}}}`;
}

export function subjectFrom(body: string, step: Produced | undefined, cue: string | undefined): string {
  // ("send it" after "write a short management summary from it": the subject is what was asked for)
  const asked = step && /^\{\{[^}]+\}\}$/.test(body.trim()) ? askedFor(step) : undefined;
  if (asked) return cap(asked);
  if (step && /^\{\{[^}]+\}\}$/.test(body.trim())) return cap(`${cue && !/^(it|this|that|them)$/i.test(cue) ? cue : 'result'}: ${stepLabel(step)}`);
  const plain = body.replace(/\s*\([^()]*\{\{[^}]*\}\}[^()]*\)/g, '').replace(/\{\{[^}]*\}\}/g, '').replace(/[:\s–-]+$/, '').trim();
  const first = plain.split(/(?<=[.!?])\s|\n/)[0];
  const short = first.length > 78 ? `${first.slice(0, 75)}…` : first;
  return (/^[a-z]+:\/\//.test(short) ? short : cap(short)) || 'Notification';
}

/** What an instruction asked the model for: "Write a short management summary from it: {{…}}" → "management summary". */
export function askedFor(step: Produced): string | undefined {
  const p = step.op.params.find((q) => q.role === 'instruction');
  const v = p && step.params[p.name];
  if (typeof v !== 'string') return undefined;
  const head = v.split('{{')[0].replace(/[:\s]+$/, '');
  const m = /^[A-Za-z]+\s+(?:(?:a|an|the|some|short|brief|quick|concise|small|friendly|polite|formal|nice|one|two|three|few)\s+)*([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:from|of|about|for|on|based|using|with|in|that|which|to)\b|$)/i.exec(head);
  if (m && m[1].split(/\s+/).length <= 4 && !/^(it|them|this|that|these|those)$/i.test(m[1])) return m[1];
  // "Summarize it": the verb's own noun
  const NOUN_OF: Record<string, string> = { summarize: 'summary', summarise: 'summary', translate: 'translation', classify: 'classification', analyze: 'analysis', analyse: 'analysis', explain: 'explanation', review: 'review', draft: 'draft', rank: 'ranking', categorize: 'categories', recap: 'recap' };
  return NOUN_OF[head.split(/\s+/)[0].toLowerCase()];
}

/** The last address (any parameter holding one) or user (a user parameter's literal) earlier steps were given. */
export function lastPerson(history: Produced[], kind: 'email' | 'user'): string | undefined {
  if (kind === 'email') {
    const values = history.flatMap((h) => Object.values(h.params)).flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === 'string');
    // (or one named inside what an earlier step was given: "… where email = 'jordan@x.com'", then "email him the list")
    return values.filter((v) => /^[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i.test(v)).at(-1)
      ?? values.flatMap((v) => v.match(/[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi) ?? []).at(-1);
  }
  return history.flatMap((h) => h.op.params.filter((q) => q.kinds.includes('user') && typeof h.params[q.name] === 'string' && !String(h.params[q.name]).includes('{{')).map((q) => String(h.params[q.name]))).at(-1);
}

/** A literal the same parameter had in an earlier step of the same driver, or an output with its name. */
export function carry(p: ParamInfo, history: Produced[], op: OpProfile): unknown {
  for (const h of [...history].reverse()) {
    if (h.op.driver !== op.driver) continue;
    const v = h.params[p.name];
    const literal = v !== undefined && typeof v !== 'object' && !(typeof v === 'string' && v.includes('{{'));
    const output = h.op.outputs.some((o) => o.name === p.name);
    // an id the user typed stays that id; a value the parameter wants from the earlier output ("an ID, not a #name") comes from it
    const wantsOutput = /\boutput of\b|\bnot an? [#\w]+/i.test(p.description) && p.kinds[0] !== 'id';
    if (literal && (p.kinds[0] === 'id' || p.kinds[0] === 'repo' || !output || !wantsOutput)) return v;
    // (what a step writes is the latest result: "read a.md, have the AI turn it into a FAQ, save that to b.md")
    if (output && (p.role === 'body' || p.role === 'instruction') && h !== history.at(-1)) continue;
    if (output) return `{{${h.id}.${p.name}}}`;
    if (literal) return v;
  }
  for (const h of [...history].reverse()) {
    if (h.op.outputs.some((o) => o.name === p.name) && p.kinds.some((k) => k === 'id')) return `{{${h.id}.${p.name}}}`;
  }
  return undefined;
}
