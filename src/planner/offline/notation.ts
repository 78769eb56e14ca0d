/**
 * Requests jotted in compact notation, the way an engineer writes a todo: "asana task 'rotate keys' -> slack team ->
 * status mail to cto@x", "GET https://…/health; != 200 => alert #ops", "curl https://… -> non-200? -> slack #incidents",
 * "asana task 'X' / due 2026-11-30 / assign -> it-ops", "asana 3381 -> complete; tell #pm", "mgr approval -> email …",
 * "same time -> slack #a & email b@x: 'wifi down'", "foreach a@x, b@x -> welcome email".
 * An arrow is "then", unless what follows is only where something goes ("status email => x@y": to), what comes before
 * is a test ("!= 200 =>", "down =>", "non-200? ->": if), an event or a schedule (its steps follow), or only the thing
 * the next step acts on ("asana 3381 -> complete"). Steps written as bare nouns get their verb ("slack team", "status
 * mail to x", "mgr approval", "fyi #x", "team heads-up"); spaced slashes separate steps, or a task's details.
 */

import { labelled } from './brackets.ts';
import { cap } from './text.ts';
import { keepingQuotes } from './values-kept.ts';

// (spaced on one side at least: "data->'name'" in SQL is no arrow)
const ARROW = /\s(?:-+>|=+>|→|⇒)|(?:-+>|=+>|→|⇒)\s/;
const ARROWS = /\s*(?<=\s|^)(?:-+>|=+>|→|⇒)\s*|\s*(?:-+>|=+>|→|⇒)(?=\s)\s*/g;
const SLASHES = /\s+\/\s+/;

/** Where something goes: a channel, an address, a handle ("slack #x", "#x (slack)", "a@x, b@x"). */
const DEST = String.raw`(?:[#@][\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`;
const ONLY_DEST = new RegExp(String.raw`^(?:(?:slack|e-?mail|mail)\s+)?(?:to\s+)?(${DEST}(?:\s*(?:,|&|and|;)\s*${DEST})*)(?:\s*\((?:slack|e-?mail)\))?$`, 'i');
/** A test said in a word or a symbol: "!= 200", "non-200?", "down", "fails", "on error". */
const TEST = /^(?:if\s+.+|(?:on\s+)?(?:fail(?:s|ed|ure)?|error|errors?|down|timeout|timed\s+out)|(?:status\s*)?(?:!=|<>|==|>=|<=|>|<)\s*\S+|(?:non|not)[- ]?\d{3}|.+\?)$/i;
/** A field named last, its value after the arrow: "due date -> 2025-07-18". */
const FIELD_LAST = /\b(?:due(?:\s+date)?|deadline|priority|prio|status|state|assignee|owner|name|title|label|labels|subject|channel|project)$/i;
/** A step's first word. */
const STEP_VERB = /^(?:post|send|email|notify|create|alert|ping|tell|dm|share|update|close|open|add|run|check|get|fetch|save|write|then)\b/i;
/** What opens the run rather than a step: an event or a schedule. */
const OPENER = /^(?:on\s+|when(?:ever)?\s+|trigger\s*:|every\s+|each\s+|daily|nightly|weekly|hourly|monthly|weekdays?\b|mon|tue|wed|thu|fri|sat|sun)/i;
/** Working side by side. */
const TOGETHER = /^(?:(?:at\s+the\s+)?same\s+time|in\s+parallel|parallel|simultaneously|together)$/i;
/** Only the thing a step acts on: "asana 3381", "asana task 6203", "issue 42 in acme/web". */
const THING = /^(?:(?:asana|github|gh)\s+)?(?:task|issue|ticket)?\s*#?\d+(?:\s+in\s+[\w.-]+\/[\w.-]+)?$|^(?:asana|github)\s+#?\d+$/i;
/** A verb alone, said of the thing before it: "complete", "close", "done". */
const BARE_VERB = /^(?:complete|close|done|finish|delete|archive|reopen|mark\s+(?:it\s+)?(?:done|complete))$/i;
/** A task's detail after a slash: "due 2026-11-30", "priority medium", "assign -> it-ops", "owner sam". */
const DETAIL = /^(?:due\s+.+|priority\s+\w+|\w+\s+priority|(?:assign(?:ed)?(?:\s+to)?|owner|assignee)\s+.+|labels?\s+.+|tag(?:ged)?\s+.+)$/i;


/** A step written as a bare noun, with its verb. */
function verbed(step: string): string {
  return step
    .replace(/^(?:todo|note|task\s+list)\s*:\s*/i, '')
    .replace(/^curl\s+(?=https?:)/i, 'GET ')
    .replace(/^(?:new\s+)?(?:task|ticket|to-?do)\s*:\s*/i, 'create a task called ')
    .replace(/\b(task|issue)\s*=\s*(?:the\s+)?(issue|pr|ticket|form)\s+(title|name|subject)\b/i, '$1 named after the $2 $3')
    .replace(new RegExp(String.raw`^(?:the\s+)?(?:task\s+|issue\s+)?(link|url|summary|result)s?\s+(?:to|in)\s+(${DEST})`, 'i'), 'post the $1 to $2')
    .replace(/^slack\s+(the\s+)?team\b(?:\s+(?:with|about)\s+(it|that|the\s+link))?/i, (_m, _the, it?: string) => `notify the team on Slack${it ? ` about ${it}` : ''}`)
    .replace(new RegExp(String.raw`^slack\s+(${DEST})`, 'i'), 'post to $1 on Slack')
    .replace(new RegExp(String.raw`^fyi\s+(${DEST}|(?:the\s+)?team)`, 'i'), 'notify $1')
    .replace(new RegExp(String.raw`^((?:the\s+)?team|${DEST})\s+heads-?up$`, 'i'), 'give $1 a heads-up')
    .replace(/^(?:(?:the\s+)?(?:manager|mgr|boss|lead)['’]?s?\s+(?:approval|sign-?off|ok)|(?:approval|sign-?off)\s+\(?(?:from\s+)?(?:the\s+)?(?:manager|mgr|lead)\)?)(\s+first)?$/i, 'get approval from the manager')
    .replace(/^(new\s+)?(asana|github)\s+(task|ticket|issue)\b\s*(:)?\s*/i, (_m, n = '', app: string, what: string, colon?: string) => `${/^a/i.test(n || app) ? 'create an' : 'create a'} ${n}${app} ${what} ${colon ? 'called ' : ''}`)
    .replace(/^new\s+(task|ticket|issue)\s*:?\s*/i, 'create a new $1 ')
    .replace(/^(?!(?:send|email|mail|post|dm)\b)((?:[\w-]+\s+){0,2}?)(e-?mail|mail|message|dm|note|reminder|notification|update|ping)(\s+to\b|\s*$)/i, (_m, adj: string, what: string, to: string) => `send a ${adj}${/^mail$/i.test(what) ? 'email' : what}${to}`)
    .replace(/\s+$/, '');
}

/** An event said as a noun and a participle: "gh issue opened (webhook)", "invoice-sync workflow fails". */
const EVENT = /^(?:on\s+)?(?:an?\s+|the\s+)?(new\s+)?(.+?)\s+(opened|created|filed|submitted|merged|closed|received|arrives|comes\s+in|fails|failed|finishes|finished)((?:\s+(?:in|on|to|for)\s+[\w./-]+)?)(?:\s*\((?:webhook|event)\))?$/i;

/** The clauses of a step list: ";", ", then" and sentence ends separate them. */
const CLAUSES = /(;\s*|,\s*(?:and\s+)?then\s+|(?<=[.!?])\s+)/i;

function lastOf(text: string): { head: string; last: string } {
  const parts = text.split(CLAUSES);
  const last = parts.pop()!.trim();
  return { head: parts.join(''), last };
}

/** "it fails", "the status != 200", "it is down": a test said in a word or a symbol, as a condition. */
function testSaid(test0: string): string {
  const test = test0.replace(/\?$/, '').replace(/^if\s+/i, '').trim();
  if (/^(?:status\s*)?(?:!=|<>|==|>=|<=|>|<)/i.test(test)) return `the status ${test.replace(/^status\s*/i, '')}`;
  if (/^(?:non|not)[- ]?\d{3}$/i.test(test)) return `the status is not ${test.replace(/\D/g, '')}`;
  const w = test.replace(/^on\s+/i, '').toLowerCase();
  if (/^(?:fail|fails|failed|failure)$/.test(w)) return 'it fails';
  if (/^(?:error|errors)$/.test(w)) return 'it errors';
  if (/^(?:down|timeout|timed\s+out)$/.test(w)) return `it is ${w === 'timeout' ? 'timed out' : w}`;
  return test;
}

/** The steps written between arrows, said as one request. */
function arrows(text: string): string {
  const segs = text.split(ARROWS).map((s) => s.trim());
  const items: { sep: string; text: string }[] = [{ sep: '', text: segs[0] }];
  for (let i = 1; i < segs.length; i++) {
    const prev = items[items.length - 1];
    const { head, last } = lastOf(prev.text);
    const right = segs[i].replace(/^then\s+/i, '');
    const first = right.split(CLAUSES)[0].trim();
    // ("complete; tell #pm" said of the thing: the bare verb on it, then the rest)
    const doneTo = (what: string) => `${first.replace(/^done$/i, 'complete')} ${what}${right.slice(right.indexOf(first) + first.length)}`;
    const dest = ONLY_DEST.exec(right);
    const event = i === 1 && !head && !/[:;]|https?:|\uE210/.test(prev.text) ? EVENT.exec(prev.text.replace(/^trigger\s*:\s*/i, '').replace(/\s*\((?!webhook\)|event\))[^)]*\)/gi, '')
      // ("on nightly-backup workflow failure -> …": the event said as a noun)
      .replace(/^(?:on\s+)?(.+?\s+(?:workflow|flow|automation|job))\s+(failures?|errors?|completion|success)$/i, (_m: string, w: string, n: string) => `${w} ${/fail|error/i.test(n) ? 'fails' : 'finishes'}`)) : null;
    if (TEST.test(last) && (head || items.length > 1 || /\?$/.test(last))) {
      const said = `if ${testSaid(last)}, ${right}`;
      if (head) { prev.text = head.replace(CLAUSES, ''); items.push({ sep: '; ', text: said }); } else { prev.text = said; prev.sep = prev.sep ? '; ' : ''; }
      continue;
    }
    // ("gh issue opened (webhook) -> …", "invoice-sync workflow fails => slack #x": what happens, then the steps)
    if (event && !/^(?:send|email|mail|post|create|open|when|whenever|once|if)\b/i.test(prev.text)) {
      const what = event[2].replace(/^(?:a|an|the)\s+/i, '');
      prev.text = /^(?:fails|failed|finishes|finished)$/i.test(event[3]) ? `when the ${what} ${event[3].replace(/^failed$/i, 'fails').replace(/^finished$/i, 'finishes')}${event[4]}` : /^(?:arrives|comes\s+in)$/i.test(event[3]) ? `when a ${event[1] ?? ''}${what} ${event[3]}${event[4]}` : `when a ${event[1] ?? ''}${what} is ${event[3]}${event[4]}`;
      items.push({ sep: ', ', text: dest ? `post to ${dest[1]}` : verbed(right) });
      continue;
    }
    // ("new gh issue in acme/sdk -> post to #sdk-triage", "incoming form -> …": the event, then the steps)
    const arrival = i === 1 && !head && !/[:;]|\uE210/.test(prev.text) ? /^(?:new|incoming)\s+(.{2,60})$/i.exec(prev.text) : null;
    if (arrival) { prev.text = `when a new ${arrival[1]} comes in`; items.push({ sep: ', ', text: dest ? `post to ${dest[1]}` : verbed(right) }); continue; }
    // ("Slack post → channel #web → text 'X'": details of the step before; "due date -> 2025-07-18": a field's value)
    const field = /^(channel|to|text|message|body|subject|title|name|due(?:\s+date)?|deadline|priority|assignee|owner|cc|repo)\s*[:=]?\s+(\S.*)$/i.exec(right);
    const detail = field && !/[;,]/.test(right) && !STEP_VERB.test(last) && !/^(?:wait|pause|sleep|if|when|for\s+each)\b/i.test(last) ? labelled(field[1], field[2]) : undefined;
    if (detail) { prev.text += ` ${detail}`; continue; }
    if (FIELD_LAST.test(last) && /^(?:[^\s]+|\uE210\d+\uE211|[\w-]+\s+\d{1,2}(?:,?\s+\d{4})?)$/.test(right) && !STEP_VERB.test(right)) { prev.text += ` to ${right}`; continue; }
    if (dest) {
      // ("link -> slack #x": what is posted, where; "status email => x@y": to)
      if (/^(?:the\s+)?(?:task\s+)?(?:link|url|summary|result|results|output|it|report)$/i.test(last)) prev.text = `${head}${/@[\w-]+\./.test(dest[1]) && !/#/.test(dest[1]) ? 'email' : 'post'} the ${last.replace(/^the\s+/i, '')} to ${dest[1]}`;
      else prev.text += ` to ${dest[1]}`;
      continue;
    }
    if (/^assign(?:ed)?$/i.test(last)) { prev.text += ` to ${right}`; continue; }
    if (TOGETHER.test(last)) { prev.text = `${head}Simultaneously: ${right}`; continue; }
    if (i === 1 && OPENER.test(prev.text)) { items.push({ sep: ', ', text: verbed(right) }); continue; }
    // ("asana 3381 -> complete", "asana task 6203 -> add comment 'X'": the step done to the thing)
    if (THING.test(last)) {
      prev.text = `${head}${BARE_VERB.test(first) ? doneTo(last) : `${right} on ${last}`}`;
      continue;
    }
    items.push({ sep: ', then ', text: BARE_VERB.test(first) ? doneTo('it') : right });
  }
  return items.map((x) => `${x.sep}${x.text}`).join('');
}

/** Each clause of a step list with its verb. */
function verbedAll(text: string): string {
  return text.split(CLAUSES).map((c, i) => (i % 2 ? c : verbed(c))).join('');
}

/** Steps or details between spaced slashes. */
function slashes(text: string): string {
  // ("post in #pm / Slack that it's done": the app the channel is on, not another step)
  const parts = text.replace(/([#@][\w.-]+)\s+\/\s+(slack|asana|github)\b/gi, '$1 on $2').split(SLASHES).map((s) => s.trim());
  return parts.map((p, i) => (i === 0 ? p : DETAIL.test(p.replace(ARROWS, ' to ')) ? `, ${p.replace(/^assign(?:ed)?\b\s*(?:to\s+)?(?:->|=>)?\s*/i, 'assigned to ')}` : `; ${p}`)).join('');
}

/** The request with its compact notation said in words; unchanged when it has none. */
export function notationSaid(request: string): string {
  if (!ARROW.test(request) && !SLASHES.test(request) && !/^\s*(?:for\s+each\s+of|loop(?:\s+over)?)\s*\[/i.test(request)) return request;
  return keepingQuotes(request, (words) => {
    // ("foreach a@x, b@x -> welcome email", "loop [a, b, c]: send …": the items, then what is done for each)
    let s = words.replace(/^\s*(?:for\s+each\s+of|loop(?:\s+(?:over|through))?)\s*\[?([^\]\n]+?)\]?\s*(?::|->|=>)\s*([^;\n]*)/i, (_m, items: string, step: string) => `for each of ${items}: ${verbed(step.replace(/\s+each\s*$/i, ''))}`);
    // ("trigger: new GH issue in lumen/api. …": the event the steps wait for)
    s = s.replace(/^\s*trigger\s*:\s*(?:an?\s+)?([^.;\n]+?)\s*[.;]\s+/i, 'When a $1 comes in, ');
    // ("welcome email => each of a / b / c": a list between slashes)
    s = s.replace(new RegExp(String.raw`(${DEST}(?:\s+\/\s+${DEST})+)`, 'g'), (list: string) => list.split(/\s+\/\s+/).join(', '));
    const lines = s.split(/\n+/);
    return lines.map((line) => {
      let l = SLASHES.test(line) && !/^\s*(?:https?:|\/)/.test(line) ? slashes(line) : line;
      if (ARROW.test(l)) l = arrows(l);
      return cap(verbedAll(l));
    }).join('\n');
  });
}
