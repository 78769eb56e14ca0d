/**
 * Requests written as a filled-in form or as questions answered in turn, said as one request in words:
 * "Check: GET https://x/health | Condition: response is not 200 | Alert: #platform-ops in Slack",
 * "Trigger: new GitHub issue opened. Action: create an Asana task …. Follow-up: post the task link in #bugs.",
 * "Where should it go? #releases on Slack. What should it say? 'iOS build shipped'." — each field's label says
 * what its value is (when, what to check, the words, where they go, …), and the fields become the steps.
 * Runs while quoted words are masked; anything that is not such a form is returned as it was.
 */

import { MASKED_QUOTE } from './text.ts';

interface Field { slot: Slot; key: string; value: string }
type Slot = 'wait' | 'schedule' | 'trigger' | 'watch' | 'condition' | 'ifthen' | 'approver' | 'source' | 'against' | 'method' | 'payload' | 'repo' | 'tool'
  | 'title' | 'id' | 'comment' | 'due' | 'owner' | 'priority' | 'subject' | 'content' | 'dest' | 'mode' | 'action' | 'heading' | 'time';

/** What a field's label (or question) asks for; the first that matches. */
const SLOTS: [Slot, RegExp][] = [
  ['wait', /^(?:delay|wait|pause|how\s+long(?:\s+(?:do|should)\s+we|\s+to)?\s+wait)\b/],
  ['schedule', /^(?:schedule|how\s+often|frequency|cadence|timing|when\s+does\s+it\s+run)\b/],
  ['watch', /^(?:what\s+are\s+we\s+watching|watch(?:ing)?|which\s+workflow)\b/],
  ['trigger', /^(?:trigger|what\s+(?:starts|kicks\s+off|triggers)\s+it|event|starts?\s+when|when\s+does\s+it\s+start)\b/],
  ['condition', /^(?:condition|only\s+if|alert\s+when|when\s+do\s+we\s+(?:alert|react|notify)|in\s+what\s+case|under\s+what\s+condition)\b/],
  ['ifthen', /^(?:if\b|what\s+if\b|on\s+failure|otherwise)/],
  ['approver', /^(?:who\s+(?:needs\s+to\s+|has\s+to\s+|must\s+|should\s+)?(?:sign\s*s?\s*off|approve)|approv(?:al|er)|sign-?off)\b/],
  ['method', /^(?:method|which\s+method|http\s+method|verb)\b/],
  ['payload', /^(?:payload|what\s+payload|json|request\s+body)\b/],
  ['against', /^(?:against\s+what|on\s+which\s+database|database|db)\b/],
  ['source', /^(?:source|target|path|file\s+path|check|what\s+(?:should\s+be|gets|do\s+we)\s+(?:checked|check|fetch)|what\s+do\s+we\s+fetch|query|which\s+query|url|endpoint|which\s+file|file|read|input|where\s+should\s+the\s+json\s+go)\b/],
  ['repo', /^(?:repo|repository|which\s+repo)\b/],
  ['tool', /^(?:tool|tracker|app|system|type|medium|via)\b/],
  ['heading', /^heading$/],
  ['time', /^(?:time|at|what\s+time)\b/],
  ['id', /^(?:task\s+id|which\s+(?:asana\s+)?task|task\s+#|asana\s+task)$/],
  ['comment', /^(?:comment|what\s+comment|(?:add|leave|post)\s+(?:a\s+|the\s+)?comment)\b/],
  ['due', /^(?:due(?:\s+date)?|deadline|when\s+is\s+it\s+due)\b/],
  ['owner', /^(?:owner|who\s+owns\s+it|assignee|assigned\s+to|who(?:'s|\s+is)\s+responsible)\b/],
  ['priority', /^(?:priority|how\s+urgent(?:\s+is\s+it)?)\b/],
  ['subject', /^(?:subject|subj|what(?:'s|\s+is)\s+the\s+subject)/],
  ['title', /^(?:title|task|ticket|issue\s+title|name|what(?:'s|\s+is)\s+the\s+(?:task|issue\s+called)|what\s+needs\s+tracking|what\s+should\s+be\s+created|new\s+(?:asana\s+)?task)\b/],
  ['action', /^(?:action|then|and\s+then|also(?:\s+then)?|follow-?up|next|after\s+that|step\s+\d+|do|process|what\s+(?:do\s+we\s+do|happens|should\s+happen|should\s+each)|then\s+what|anything\s+else|and\s+afterwards|afterwards|finally|and\s+after\s+that)/],
  ['content', /^(?:what\s+should\s+it\s+say|text|body|message|content|what(?:'s|\s+is)\s+the\s+news|what\s+about|news|wording|exact\s+text|what\s+goes\s+in\s+it|what)\b/],
  ['dest', /^(?:where|channel|notify|alert|deliver\s+to|destination|who\b|whom|recipients?|to|send\s+(?:(?:the|it|them)\s+(?:\w+\s+)?)?to|e-?mail\s+(?:(?:the|it|them)\s+(?:\w+\s+)?)?to|post\s+(?:(?:the|it|them)\s+(?:\w+\s+)?)?to|audience|target)/],
  ['mode', /^(?:how|one\s+after\s+the\s+other|in\s+parallel|simultaneously|order)\b/],
];

const APP = /^(?:asana|slack|github|email|e-mail)$/i;
const SCHEDULE = /\b(?:every|each|daily|nightly|weekly|hourly|monthly|weekdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b/i;
const QUOTE = new RegExp(`^${MASKED_QUOTE}$`);

/** The fields of a form or of questions and answers, or undefined when the text is neither. */
function fieldsOf(text: string): { key: string; value: string }[] | undefined {
  const t = text.trim().replace(/[.!]+$/, '');
  const keyed = (segs: string[]) => segs.map((x) => /^\s*([A-Za-z][\w\s'()#/-]{0,40}?)\s*:(?!\/\/)\s*(.+?)\s*[.;]?\s*$/.exec(x)).map((m, i) => (m ? { key: m[1], value: m[2] } : { key: '', value: segs[i].trim() }));
  // "Please create this Asana task:\nName: 'X'\nAssignee: ops-team\nDue date: 2026-12-01": one field a line, under a lead
  // (a bullet or number before a field is only layout: "- Channel: #x"; a sign-off after the fields is no field)
  const lines = t.replace(/\n\s*(?:thanks|thank\s+you|thx|cheers|ta|regards|best)\b[^\n]{0,30}$/i, '').split(/\n+/).map((l) => l.trim().replace(/^(?:[-*•]|\d{1,2}[.)])\s+(?=[A-Za-z][\w\s'()#/-]{0,40}?\s*:\s*\S)/, '')).filter(Boolean);
  const isField = (l: string) => /^[A-Za-z][\w\s'()#/-]{0,40}?\s*:\s*\S/.test(l) && !/^https?:/i.test(l);
  const firstField = lines.findIndex(isField);
  // ("Asana task: 6013\n- add comment: …\n- then close the task": a step said after the fields is one more action)
  const then = /^(?:[-*•]\s+)?(?:then|and\s+then|finally|afterwards|after\s+that)\s+(?=[a-z])/i;
  if (firstField >= 0 && firstField <= 1 && lines.length - firstField >= 2 && lines.slice(firstField).every((l) => isField(l) || then.test(l)) && isField(lines[firstField + 1] ?? '')) {
    return [...(firstField ? [{ key: 'heading', value: lines[0].replace(/[:.!]+$/, '') }] : []), ...keyed(lines.slice(firstField)).map((f, i) => (f.key || !then.test(lines[firstField + i]) ? f : { key: 'then', value: f.value.replace(then, '') }))];
  }
  // "Check: GET … | Condition: … | Alert: …"
  if (/\s\|\s/.test(t)) {
    const fs = keyed(t.split(/\s+\|\s+/));
    if (fs.filter((f) => f.key).length >= 2) return fs;
  }
  // "Trigger: new GitHub issue opened. Action: create …. Follow-up: post …" (a heading may come first: "Daily health check. Time: …")
  const sentences = t.split(/(?<=[.!])\s+(?=[A-Z][\w\s'()-]{0,30}:\s)/);
  if (sentences.length >= 2) {
    const fs = keyed(sentences);
    const head = !fs[0].key && fs.length >= 3 && fs[0].value.split(/\s+/).length <= 6 ? fs[0] : undefined;
    if (fs.every((f) => f.key || f === head)) return head ? [{ key: 'heading', value: head.value.replace(/[.!]+$/, '') }, ...fs.slice(1)] : fs;
  }
  // "Slack post → channel #web-releases → text 'Hotfix deployed'": labelled parts between arrows
  if (/\s(?:→|->|=>)\s/.test(t)) {
    const segs = t.split(/\s*(?:→|->|=>)\s*/);
    const labelled = segs.map((x) => /^(channel|text|message|subject|to|title|body|due|priority|assignee|repo)\s+(.+)$/i.exec(x.trim()));
    if (labelled.filter(Boolean).length >= 2) return segs.map((x, i) => (labelled[i] ? { key: labelled[i]![1], value: labelled[i]![2] } : /^slack\b/i.test(x.trim()) ? { key: 'tool', value: 'Slack' } : { key: '', value: x.trim() }));
  }
  // "Where should it go? #releases on Slack. What should it say? 'iOS build shipped'."
  const qa = [...t.matchAll(/(?:^|(?<=[.!?])\s+)([A-Z][^?.!]{1,80}?)\?\s+((?:[^?]|\?(?=\S))+?)(?=\s+[A-Z][^?.!]{1,80}?\?\s|\s*$)/g)];
  if (qa.length >= 2 && qa.map((m) => m[0]).join(' ').replace(/\s+/g, '').length >= t.replace(/\s+/g, '').length - 2) return qa.map((m) => ({ key: m[1], value: m[2].trim().replace(/[.!]+$/, '') }));
  return undefined;
}

function slotOf(key: string, value: string): Slot {
  const k = key.toLowerCase().replace(/\?$/, '').trim();
  let slot: Slot = SLOTS.find(([, re]) => re.test(k))?.[0] ?? 'action';
  // (a place that is an app — "Where? Asana." — says which tool)
  if (slot === 'dest' && APP.test(value.trim())) slot = 'tool';
  // ("Asana task: 6102": a number is which task; "Ticket: Asana task 'X'": a title)
  if (slot === 'title' && /^#?\d+$/.test(value.trim())) slot = 'id';
  if (slot === 'id' && !/\d/.test(value)) slot = 'title';
  // ("When: every day at 7am": a when that recurs is a schedule; "When do we alert? If …": a condition)
  if (/^when$/.test(k)) slot = SCHEDULE.test(value) ? 'schedule' : /^(?:if|once|only)\b/i.test(value) ? 'condition' : 'trigger';
  if (slot === 'condition' && /^(?:whenever|when|each\s+time|every\s+time)\b/i.test(value.trim())) slot = 'trigger';
  return slot;
}

/** A place a message can go: a channel, a person's handle, an address, or a team. */
const PLACE = /#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:the\s+)?(?:[\w-]+\s+)?(?:team|channel|everyone|everybody|staff)\b/i;

/** "#a on Slack and b@x by email" → ["#a", "b@x"]; "@lena, directly on Slack" → ["@lena"]. */
function places(v: string): string[] {
  const plain = v.replace(/,?\s*(?:directly\s+)?(?:on|in|over|via|by)\s+(?:slack|e-?mail)\b/gi, '').replace(/,?\s*with\s+(?:a|the)\s+link\b.*$/i, '');
  return plain.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?:an?\s+e-?mail\s+to\s+)?/i).map((x) => x.replace(/^(?:slack\s+)?(?=#)|^an?\s+e-?mail\s+to\s+/i, '').trim()).filter((x) => PLACE.test(x));
}

/** A form or questions-and-answers request, said as steps; any other text as it was. */
export function formRequest(text: string): string {
  const raw = fieldsOf(text);
  if (!raw) return text;
  const fields: Field[] = raw.map((f) => ({ ...f, slot: slotOf(f.key, f.value) }));
  const get = (s: Slot) => fields.find((f) => f.slot === s)?.value;
  const method = get('method');
  for (const f of fields) {
    // ("Body: {…}" beside a method is the payload; "Destination: post the summary to #x" is an action)
    if (/^body$/i.test(f.key.trim()) && method) f.slot = 'payload';
    if (f.slot === 'dest' && /^(?:post|send|email|notify|tell|alert|dm|share|ping|let)\b/i.test(f.value.trim())) f.slot = 'action';
  }
  const payload = get('payload');
  const lead: string[] = [];
  // ("Daily health check. Time: 11pm.": the heading says how often, the field at what time)
  const heading = get('heading') ?? '';
  const time = get('time');
  const often = /\b(daily|nightly|weekly|hourly|monthly|every\s+\w+(?:\s+at\s+[\w:]+)?)\b/i.exec(heading)?.[1];
  const schedule = get('schedule') ?? (often ? `${/^(?:daily|nightly)$/i.test(often) ? 'every day' : often}${time ? ` at ${time}` : ''}` : undefined);
  if (schedule) lead.push(schedule);
  // ("New Asana task. Title: …", "Weekly Slack reminder. When: … What: …": the heading names the thing made or sent)
  const headTool = /\b(asana|github|slack|e-?mail|http)\b/i.exec(heading)?.[1];
  if (headTool && !fields.some((f) => f.slot === 'tool')) fields.push({ slot: 'tool', key: 'tool', value: headTool });
  // ("What are we watching? The weekly-report workflow. When do we react? Whenever it fails.")
  const watch = get('watch');
  const trigger = get('trigger');
  if (trigger) {
    const ev = trigger.replace(/^(?:when(?:ever)?|on|each\s+time|every\s+time)\s+/i, '');
    lead.push(SCHEDULE.test(trigger) && !/\b(?:issue|workflow|form|order|webhook)\b/i.test(trigger) ? trigger : `when ${watch && /^(?:it|this|that)\b/i.test(ev) ? ev.replace(/^(?:it|this|that)\b/i, watch) : ev}`);
  }
  const out: string[] = [];
  const approver = get('approver');
  if (approver) out.push(`get approval from ${approver.replace(/^the\s+/i, 'the ')}`);
  const wait = get('wait');
  if (wait) out.push(`wait ${wait.toLowerCase()}`);
  // what is read or called first
  const source = get('source');
  const content = get('content')?.replace(/^(?:the\s+)?(?:line|text|words)\s+(?=['"‘“])/i, '').replace(/^(?:let\s+(?:them|everyone|people)\s+know|tell\s+(?:them|everyone|people))\s+(?:that\s+)?/i, '').replace(/^(ask|remind|tell)\s+(?=(?:everyone|everybody|people|the\s+team|them|all)\b)/i, (_m: string, v: string) => `a reminder ${v.toLowerCase() === 'ask' ? 'asking' : v.toLowerCase() === 'tell' ? 'telling' : 'reminding'} `);
  const file = source && /^(?:[\w.~-]*\/)?[\w.-]+\.\w{1,6}$/.test(source.trim()) ? source.trim() : undefined;
  if (source && !file) {
    const url = /https?:\/\/\S+/.exec(source)?.[0];
    const q = QUOTE.test(source.trim()) || /^\s*(?:select|insert|update|delete|with)\s/i.test(source);
    if (method && url) out.push(`send a ${method.toUpperCase()} request to ${url}${payload ? ` with ${payload}` : ''}`);
    else if (url) out.push(/^(?:get|post|put|call|hit|fetch|check)\b/i.test(source) ? source : `check ${url}`);
    else if (q) out.push(`run ${source}${get('against') ? ' on the database' : ''}`);
    else out.push(`check ${source}`);
  }
  if (file) out.push(content ? `write ${content} to ${file}` : `read ${file}`);
  // what is made
  const tool = get('tool') ?? '';
  const title = get('title');
  const repo = get('repo');
  if (title) {
    const app = /github/i.test(tool) || repo ? `a GitHub issue${repo ? ` in ${repo.replace(/\s+on\s+github$/i, '')}` : ''}` : /^(?:asana\s+task|task)\b/i.test(title) ? '' : 'an Asana task';
    // (a title said without quotes is quoted when it is a name, "Rotate AWS access keys"; "the export button bug fix" is what it is for)
    const bare = title.replace(/^(?:an?\s+)?(?:task\s+for\s+)?/i, '').replace(/,?\s+as\s+a\s+task\s+in\s+asana$/i, '');
    const named = QUOTE.test(title.trim()) ? `${app ? `${app} ` : ''}${title.trim()}` : /^(?:the|a|an|our|my)\s/i.test(bare) ? `${app ? `${app} for ` : ''}${bare}` : `${app ? `${app} ` : ''}"${bare}"`;
    const extras = [get('due') && `due ${get('due')}`, get('owner') && `assigned to ${get('owner')}`, get('priority') && `${get('priority')!.replace(/\s*priority$/i, '').toLowerCase()} priority`].filter(Boolean);
    out.push(`create ${named}${extras.length ? `, ${extras.join(', ')}` : ''}`);
  }
  const id = get('id');
  const comment = get('comment');
  if (id) out.push(comment ? `comment ${comment} on Asana task ${/\d+/.exec(id)![0]}` : `complete Asana task ${/\d+/.exec(id)![0]}`);
  // the message, when the form is one: one email to every address, one post per channel, one DM per person
  const subject0 = get('subject');
  const subject = subject0 && !QUOTE.test(subject0.trim()) ? `"${subject0.trim()}"` : subject0;
  const dests = fields.filter((f) => f.slot === 'dest');
  const targets = dests.flatMap((f) => places(f.value));
  const together = /\b(?:simultaneous|same\s+time|parallel|at\s+once|together)/i.test(get('mode') ?? '');
  const messages: string[] = [];
  if ((content && !file) || subject) {
    const words = content ? (QUOTE.test(content.trim()) ? content.trim() : content.replace(/^that\s+/i, '')) : '';
    const emails = targets.filter((d) => /@[\w-]+\./.test(d));
    if (emails.length || (/e-?mail/i.test(tool) && !targets.length)) messages.push(`email ${emails.join(' and ')}${subject ? ` with the subject ${subject}` : ''}${words ? ` saying ${words}` : ''}`);
    for (const d of targets.filter((x) => !/@[\w-]+\./.test(x))) messages.push(/^@/.test(d) || /\bdm\b/i.test(tool) ? `DM ${d} saying ${words}` : `post ${words} to ${d}`);
    if (!targets.length && !emails.length && QUOTE.test(words) && /slack/i.test(tool)) messages.push(`post ${words}`);
  }
  const condition = get('condition');
  const clean = (v: string) => v.replace(/^(?:yes|sure|ok(?:ay)?)\s*,\s*/i, '').replace(/^(?:then|and\s+then)\s+/i, '').replace(/^(an?\s+[^,]+?)\s+(?:gets|is|should\s+be)\s+created\b\s*(?:using\s+(?:the\s+)?([a-z]+)(?:'s)?\s+(title|name))?/i, (_m, what: string, of?: string, f?: string) => `create ${what}${of ? ` named after the ${of}'s ${f}` : ''}`).trim();
  const steps = [...out];
  // (an action that sends one to each of them uses the places itself: "Recipients: a, b | Action: a welcome email to each")
  let usedDest = messages.length > 0 || fields.some((f) => f.slot === 'action' && /\b(?:each|them|all\s+of\s+them)\b/i.test(`${f.key} ${f.value}`) && /\b(?:e-?mail|message|dm|reminder|invite)\b/i.test(f.value));
  const link = title || source || id ? ' with the link' : '';
  // actions, conditions and places in the order the form gives them
  for (const f of fields) {
    if (f.slot === 'action') {
      let a = clean(f.value);
      if (/^(?:a\s+|an\s+)?(?:separate\s+|their\s+own\s+|own\s+)?([\w-]+\s+)?(?:e-?mail|message|dm|reminder)\b/i.test(a) && targets.length) { a = `send ${a.replace(/^(?:a\s+|an\s+)?(?:separate\s+|their\s+own\s+|own\s+)/i, 'a ').replace(/\s+to\s+each\s+of\s+them$/i, '')} to each of ${targets.join(', ')}`; usedDest = true; }
      else if (/^(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:approval|sign-?off)$/i.test(a)) a = `get ${a}`;
      else if (/^(?:an?\s+)?ai\s+summary\b/i.test(a)) a = 'summarize it with AI';
      else if (/^(?:close\s+it\s+out\s+as\s+complete|mark\s+(?:it\s+)?(?:as\s+)?complete|close\s+it)\b/i.test(a) && id && !comment) a = '';
      steps.push(a);
    } else if (f.slot === 'ifthen') steps.push(`if ${f.key.replace(/\?$/, '').replace(/^on\s+(?:failure|error)$/i, 'it fails').replace(/^on\s+success$/i, 'it succeeds').replace(/^(?:what\s+)?if\s+/i, '')}, ${clean(f.value)}`);
    else if (f.slot === 'condition') { steps.push(`if ${f.value.replace(/^(?:if|when|only\s+if)\s+/i, '')}, ${targets.length ? `alert ${targets.join(' and ')}` : 'notify the team'}`); usedDest = true; }
    else if (f.slot === 'dest' && !messages.length && targets.length && !usedDest) {
      // ("Where does the summary go? #x": what the key names goes there; "Who gets the result? a@x, by email")
      const what = /\b(?:the\s+)?(summary|result|results|link|output|report|number|answer|list|draft)\b/i.exec(f.key)?.[1];
      const ts = places(f.value);
      if (what) steps.push(ts.map((d) => (/@[\w-]+\./.test(d) ? `email ${d} the ${what}` : `post the ${what} to ${d}`)).join(' and '));
      else steps.push(`notify ${ts.join(' and ')}${/\blink\b/i.test(f.value) ? ' with the link' : link}`);
      usedDest = true;
    }
  }
  steps.push(together ? messages.join(' and at the same time ') : messages.join(', then '));
  const said = steps.filter(Boolean);
  if (!said.length) return text;
  return `${lead.length ? `${lead.join(', ')}, ` : ''}${said.join(', then ')}.`;
}
