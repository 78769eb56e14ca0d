/**
 * Requests written as configuration, the way someone who lives in YAML or INI files jots a workflow down:
 *
 *     trigger: every monday 9am            [email]                      asana:
 *     steps:                               to = jane@x.com, bob@y.com     create_task:
 *       - asana: create task 'bug fix'     subject = Weekly report          name: Renew SSL certificate
 *       - slack #triage: post the link     message = report is ready        due: 2026-12-01
 *
 * The lines are read as a tree (indentation, "- " items, "key: value" / "key = value", "[section]") and said again
 * as one sentence the rest of the planner reads: a trigger key ("trigger", "on", "schedule") leads, "steps"/"then"
 * items follow in order, a "condition"/"on_not_200"/"on_failure" key is an "if", "approval"/"gate" a manager's
 * approval, "wait"/"delay" a wait, "for_each"/"recipients" a loop, "run: simultaneously" runs the steps together; an
 * app's block ("email:", "[mail]", "slack_dm:") is one step whose fields (brackets.ts's `labelled`) are its details;
 * "driver:"/"operation:" is a structured command. A request of one line, or with no such lines, is returned unchanged.
 */
import { labelled } from './brackets.ts';

interface Node { key?: string; value: string; item: boolean; children: Node[] }

/** "key: value", "key = value" (not the colon of a URL or a time). */
const KEYED = /^([A-Za-z_][\w .#@\/-]{0,40}?)\s*(?::(?=\s|$)|\s=\s|=(?=\S))\s*(.*)$/;
/** Apps a block may be named after, and the verb its step takes when the block says none. */
/** A list item's marker: "- ", "* ", "• ", "1. ", "2) ". */
const ITEM_MARK = /^\s*(?:[-*•]|\d{1,2}[.)])\s+/;
const APP_VERB: Record<string, string> = {
  asana: 'create an Asana task', task: 'create an Asana task', 'asana task': 'create an Asana task', slack: 'post on Slack', 'slack message': 'post on Slack', 'github issue': 'open a GitHub issue', issue: 'open a GitHub issue', slack_dm: 'send a Slack DM', dm: 'send a Slack DM', 'direct message': 'send a Slack DM', email: 'send an email', mail: 'send an email', 'e-mail': 'send an email',
  github: 'open a GitHub issue', gh: 'open a GitHub issue', http: 'send an HTTP request', webhook: 'send an HTTP request', database: 'run the database query', db: 'run the database query', sql: 'run the database query',
  'db query': 'run the database query', file: 'write', output_file: 'write', output: 'write', ai: 'have AI', llm: 'have AI',
};
const TRIGGER = /^(?:trigger|triggers|on|when|whenever|schedule|cron|event|webhook|runs?\s+on|start(?:s)?\s+on)$/i;
const SEQUENCE = /^(?:steps|then|do|actions|pipeline|flow|sequence|afterwards|next|after|run\s+steps)$/i;
const CONDITION = /^(?:condition|if|only\s+if|when_true|filter)$/i;
const ON_FAIL = /^(?:on_(?:failure|fail|error|down)|if_(?:fails|failed|down|error)|on_not_(\d{3}))$/i;
const ON_APPROVED = /^(?:on_approv(?:ed|al)|after_approval|once_approved|if_approved)$/i;
const APPROVAL = /^(?:approval|require_approval|requires_approval|needs_approval|gate|approver|approve|sign_off|signoff)$/i;
const WAIT = /^(?:wait|delay|sleep|pause)$/i;
const LOOP = /^(?:for_each|foreach|for\s+each|loop|each|recipients|items|for)$/i;
const PARALLEL = /^(?:run|mode|parallel|concurrency)$/i;
/** Keys whose value is a step said plainly ("action: slack message", "notify: slack #dev-team"), with the verb to lend it. */
const SAID: Record<string, string> = { action: '', process: '', output: '', task: 'create a task', notify: 'notify', check: 'check', healthcheck: 'check', source: 'fetch', download: 'download', fetch: 'fetch', destination: 'post it to', 'create task': 'create a task called', create_task: 'create a task', complete_task: 'complete Asana task', complete: 'complete it', add_comment: 'add the comment', comment: 'add the comment', create_issue: 'create a GitHub issue titled', bake: 'bake', post: 'post', send: 'send', alert: 'alert' };

/** The lines as a tree by indentation ("- " items and "key:" blocks), INI sections holding the lines after them. */
function parse(text: string): Node[] {
  const root: Node = { value: '', item: false, children: [] };
  const stack: { indent: number; node: Node }[] = [{ indent: -1, node: root }];
  let section: Node | undefined;
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    const head = /^\s*\[([\w .-]+)\]\s*$/.exec(raw);
    if (head) { section = { key: head[1].trim().toLowerCase(), value: '', item: false, children: [] }; root.children.push(section); stack.length = 1; continue; }
    const indent = raw.length - raw.trimStart().length;
    let t = raw.trim();
    const item = ITEM_MARK.test(t);
    if (item) t = t.replace(ITEM_MARK, '');
    const kv = KEYED.exec(t);
    const node: Node = kv ? { key: kv[1].trim().toLowerCase(), value: kv[2].trim(), item, children: [] } : { value: t, item, children: [] };
    // (a block's items may sit at its own indentation: "steps:\n- a\n- b")
    while (stack.length > 1 && (stack.at(-1)!.indent > indent || (stack.at(-1)!.indent === indent && !(item && !stack.at(-1)!.node.item && stack.at(-1)!.node.key && !stack.at(-1)!.node.value)))) stack.pop();
    const parent = stack.length === 1 && section ? section : stack.at(-1)!.node;
    parent.children.push(node);
    stack.push({ indent, node });
  }
  return root.children;
}

/** "10m" → "10 minutes". */
function duration(v: string): string {
  return v.replace(/^(\d+)\s*(m|min|mins)$/i, '$1 minutes').replace(/^(\d+)\s*(h|hr|hrs)$/i, '$1 hours').replace(/^(\d+)\s*(s|sec|secs)$/i, '$1 seconds').replace(/^(\d+)\s*d$/i, '$1 days');
}

/** A value as quoted words, unless it is already quoted or a value the planner reads as it is. */
function quoted(v: string): string {
  return /^['"‘“]/.test(v) || /^(?:[#@][\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|\d+)$/.test(v) ? v : `'${v.replace(/'/g, '’')}'`;
}

/** The details of a step said as fields ("channel: #ops", "subject = X"). */
function details(fields0: Node[], app: string): string {
  const out: string[] = [];
  // (a file's words, then where they go: "write the text 'X' to the file P")
  const fields = [...fields0].sort((a, b) => Number(/^(?:path|file)$/.test(a.key ?? '')) - Number(/^(?:path|file)$/.test(b.key ?? '')));
  for (const f of fields) {
    const k = (f.key ?? '').replace(/_/g, ' ');
    const v = f.value.replace(/^\[(.*)\]$/, '$1');
    if (!v) continue;
    if (/^(?:sql|query)$/.test(k)) out.push(quoted(v.replace(/^['"]|['"]$/g, '')));
    else if (/^(?:url|endpoint)$/.test(k)) out.push(`to ${v}`);
    else if (/^method$/.test(k)) out.unshift(v.toUpperCase());
    else if (/^(?:json|payload)$/.test(k) || (k === 'body' && /^\{/.test(v))) out.push(`with the JSON ${v}`);
    else if (/^(?:path|file)$/.test(k)) out.push(`to the file ${v}`);
    else if (/^content$/.test(k) && /file/.test(app)) out.push(`the text ${quoted(v)}`);
    else if (/^(?:recipient|recipients|assigned to|due date)$/.test(k)) out.push(labelled(k === 'due date' ? 'due' : k === 'assigned to' ? 'assignee' : 'to', v)!);
    else if (/^(?:labels?|tags?)$/.test(k)) out.push(`labelled ${v}`);
    // ("body: the result", "content: the approved invoice": what an earlier step made, named, not words to send)
    else if (/^(?:text|message|body|msg|content)$/.test(k) && NAMED_RESULT.test(v)) out.push(`with ${v}`);
    else { const said = labelled(k, /^(?:text|message|body|msg|content|title|name|subject)$/.test(k) ? quoted(v) : v); if (said) out.push(said); }
  }
  return out.join(' ');
}

/** What an earlier step made, named rather than said ("the result", "the approved invoice"): no words to send. */
const NAMED_RESULT = /^(?:the|its|that|this)\s+(?:[\w-]+\s+){0,2}[\w-]+$/i;

/** A file's path with its extension ("reports/status.txt"). */
const FILE_PATH = /^[\w.-]*\/?[\w./-]+\.[a-z0-9]{1,5}$/i;

/** Where each app is named in a sentence. */
const APP_IN: Record<string, string> = { asana: 'in Asana', slack: 'on Slack', slack_dm: 'on Slack', dm: 'on Slack', email: 'by email', mail: 'by email', 'e-mail': 'by email', github: 'on GitHub', gh: 'on GitHub' };

/** "email: payroll@acme.com, send the approved invoice", "asana: new task for the bug fix", "ai: summarize it": the step. */
function ownStep(app: string, v: string, hasFields: boolean): string {
  if (/^(?:ai|llm)$/.test(app)) return `${v} with AI`;
  // ("direct message: alice (slack)": whom to write to)
  if (/^(?:slack_dm|dm|direct message)$/.test(app) && /^@?[\w.-]+(?:\s*\(slack\))?$/i.test(v)) return `${APP_VERB[app]} to @${v.replace(/^@|\s*\(slack\)$/gi, '')}`;
  if (/^(?:file|output_file|output)$/.test(app) && FILE_PATH.test(v)) return `write to the file ${v}`;
  if (/^(?:database|db|sql|db query)$/.test(app)) return `run the query ${quoted(v.replace(/^['"]|['"]$/g, ''))} on the database`;
  const dest = /^((?:[#@][\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*,\s*(?:[#@][\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))*)\s*(?:,\s*|\s*<-\s*|\s*:\s*)?(.*)$/.exec(v);
  if (dest && !dest[2]) return `${APP_VERB[app]} to ${dest[1]}`;
  if (dest) return `${dest[2]} to ${dest[1]} ${APP_IN[app] ?? ''}`.trim();
  if (/^[a-z_]+$/.test(v) && hasFields) return APP_VERB[app];
  return `${v} ${APP_IN[app] ?? ''}`.trim();
}

/** Marks a trigger's words, which lead the sentence wherever they were written. */
const LEAD = '\u0001';

/** A trigger's value said as words: a schedule as it is, an event after "when". */
function when(v: string): string {
  if (/^(?:every|each|daily|nightly|hourly|weekly|monthly|weekdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b(?!-)|^(?:at\s|\d|@)/i.test(v)) return v.replace(/@\s*/, 'at ');
  // ("nightly-backup workflow fails", "github issue opened": a thing, then what happened to it)
  const wf = /^(?:the\s+)?([\w.-]+\s+(?:workflow|flow|automation|job))\s+(fails|failed|finishes|finished|completes|completed|errors)$/i.exec(v);
  if (wf) return `whenever the ${wf[1]} ${wf[2]}`;
  const ev = /^(?:an?\s+|new\s+)?([\w-]+(?:\s+[\w-]+)?)\s+(opened|created|filed|submitted|received|merged|closed|updated|added|paid|placed|uploaded)$/i.exec(v);
  if (ev) return `when a ${ev[1]} is ${ev[2]}`;
  return `when ${v}`;
}

/** One node said as a step (or a lead: a trigger, an "if"), or '' when it is only structure. */
function said(n: Node, ctx: { parallel: boolean; message?: string }): string {
  const key = n.key?.replace(/\s+/g, ' ');
  const kids = n.children;
  const v = n.value;
  if (!key) {
    // ("Asana task please, Renew SSL certificate" over "assigned_to: ops-team", "due: …": the fields are its details)
    const head = v.replace(/,?\s*(?:and\s+)?then\s*$/i, '');
    if (kids.length && kids.every((c) => c.key && FIELD.test(c.key))) return `${head} ${details(kids, '')}`;
    return [head, ...kids.map((c) => said(c, ctx))].filter(Boolean).join(', then ');
  }
  if (TRIGGER.test(key) && v) return `${LEAD}${when(v)},`;
  // ("- if it fails: email oncall@x": the test, then what to do)
  if (/^if\s/.test(key)) return `${key}, ${[v, ...kids.map((c) => said(c, ctx))].filter(Boolean).join(', then ')}`;
  if (PARALLEL.test(key) && /^(?:simultaneously|parallel|in\s+parallel|true|yes|at\s+the\s+same\s+time|concurrent(?:ly)?)$/i.test(v)) { ctx.parallel = true; return ''; }
  if (SEQUENCE.test(key)) return [v, ...kids.map((c) => said(c, ctx))].filter(Boolean).join(ctx.parallel ? ' and ' : ', then ');
  if (CONDITION.test(key)) return `if ${v.replace(/^(?:response|status)\s+/i, 'it ')},${kids.length ? ` ${kids.map((c) => said(c, ctx)).join(', then ')}` : ''}`;
  const fail = ON_FAIL.exec(key);
  if (fail) {
    const then = [v, ...kids.map((c) => said(c, ctx))].filter(Boolean).join(', then ');
    // ("on_failure: nightly-backup workflow" with nothing before it: the workflow failing is the event)
    if (/\b(?:workflow|flow|automation|job)$/i.test(v) && !kids.length) return `${LEAD}whenever the ${v} fails,`;
    return `if ${fail[1] ? `it is not ${fail[1]}` : 'it fails'}, ${then}`;
  }
  if (ON_APPROVED.test(key)) return `once approved, ${[v, ...kids.map((c) => said(c, ctx))].filter(Boolean).join(', then ')}`;
  if (APPROVAL.test(key)) return `get approval from ${/^(?:manager|lead|director|finance|boss|supervisor)/i.test(v) ? `the ${v.replace(/\s+sign-?off$/i, '')}` : v || 'a manager'}`;
  if (WAIT.test(key)) return `wait ${duration(v)}`;
  if (LOOP.test(key)) {
    const items = (v || kids.filter((c) => !c.key).map((c) => c.value).join(', ')).replace(/^\[(.*)\]$/, '$1');
    const body = kids.filter((c) => c.key).map((c) => said(c, ctx)).join(', then ');
    return `for each of ${items}:${body ? ` ${body}` : ''}`;
  }
  if (key === 'driver' || key === 'operation') return '';
  // ("task_id: 5566" over the steps after it: what they act on)
  if (/^task[_ ]id$/.test(key)) return `on Asana task ${v},`;
  // ("process: AI summary": the model's step)
  if (key in SAID && !SAID[key] && /\b(?:ai|llm)\b/i.test(v) && /summar/i.test(v)) return 'summarize it with AI';
  // ("action: welcome email to each one": a message named by its noun)
  const noun = key in SAID && !SAID[key] ? /^((?:[\w-]+\s+){0,3}?(?:email|e-mail|message|note|reminder|dm))(?:\s+to\s+(?:each(?:\s+one)?|every\s+one|them|all))?$/i.exec(v) : null;
  if (noun) return `send ${/^[aeiou]/i.test(noun[1]) ? 'an' : 'a'} ${noun[1]}`;
  if (key in SAID && !(key === 'output' && FILE_PATH.test(v))) {
    const val = /^(?:true|yes|on)$/i.test(v) ? '' : /^(?:create task|create_task|add_comment|comment|create_issue|task)$/.test(key) && v ? quoted(v) : v;
    return [SAID[key], val, ...kids.map((c) => said(c, ctx))].filter(Boolean).join(' ').trim();
  }
  const app = Object.keys(APP_VERB).find((a) => key === a) ?? Object.keys(APP_VERB).find((a) => key.startsWith(`${a} `));
  if (app || /^[a-z]+\.[a-z_]+$/.test(key)) {
    // ("slack.send_message:\n  channel: #ops\n  text: 'Disk at 90%'": the structured command)
    if (!app) return `${key} ${kids.map((c) => `${c.key}=${quoted(c.value)}`).join(' ')}`;
    const where = key.slice(app.length).trim();
    const fields = kids.filter((c) => c.key && !(c.key in SAID) && !APP_VERB[c.key]);
    const steps = kids.filter((c) => !fields.includes(c));
    const own = v ? ownStep(app, v, fields.length > 0) : APP_VERB[app];
    // ("http:\n  method: POST\n  url: …": the method is the verb)
    const head = steps.length ? steps.map((c) => said(c, ctx)).join(', then ') : /^(?:http|webhook)$/.test(app) && fields.some((f) => f.key === 'method') ? '' : own;
    const place = where ? ` in ${where}` : '';
    return `${head}${place}${fields.length ? ` ${details(fields, app)}` : ''}`.trim();
  }
  // a field said at the top ("message: the office is closed tomorrow"): what the messages say
  if (/^(?:message|text|content|body)$/.test(key)) { ctx.message = v; return ''; }
  const d = details([n], '');
  return d || [v, ...kids.map((c) => said(c, ctx))].filter(Boolean).join(', then ');
}

/** Field keys a step's block holds. */
const FIELD = /^(?:channel|to|recipients?|user|text|message|body|msg|content|subject|title|name|assignee|assigned_to|owner|due|due_date|deadline|priority|cc|repo|repository|url|endpoint|method|json|payload|path|file|sql|query|labels?|tags?|task_id|issue|issue_number)$/i;

/** A key only configuration uses (not "Dear", "Acceptance criteria", "Subject" in a letter). */
function known(key: string): boolean {
  const k = key.trim().toLowerCase();
  if (/^if\s/.test(k)) return true;
  return [TRIGGER, SEQUENCE, CONDITION, ON_FAIL, ON_APPROVED, APPROVAL, WAIT, LOOP, PARALLEL, FIELD].some((re) => re.test(k)) || k in SAID || k in APP_VERB || Object.keys(APP_VERB).some((a) => k.startsWith(`${a} `)) || /^[a-z]+\.[a-z_]+$/.test(k) || k === 'driver' || k === 'operation';
}

/** True when the request is laid out as configuration. */
function isConfig(request: string): boolean {
  const lines = request.split('\n').filter((l) => l.trim());
  if (lines.length < 2) return false;
  const keyed = lines.map((l) => KEYED.exec(l.trim().replace(ITEM_MARK, ''))).filter((m): m is RegExpExecArray => Boolean(m));
  // (a letter's "Subject:" line, a ticket's "Acceptance criteria:" or a list of sentences is no configuration)
  if (!keyed.length || !keyed.every((m) => known(m[1]) || /^[a-z_]+$/.test(m[1].trim())) || keyed.filter((m) => known(m[1])).length < Math.min(2, keyed.length)) return false;
  if (keyed.length === 1 && !/^\s*\[/m.test(request)) return false;
  const shaped = lines.filter((l) => /^\s*\[[\w .-]+\]\s*$/.test(l) || (KEYED.test(l.trim().replace(ITEM_MARK, '')) && !/^\s*(?:https?|subject|to|cc|from)\s*:/i.test(l)) || ITEM_MARK.test(l));
  // (laid out as a tree, or naming a key only configuration has: "on_not_200:", "trigger:", "healthcheck:")
  const structured = lines.some((l) => /^\s+\S/.test(l) || /^\s*\[/.test(l) || /^\s*[\w ]+\s*(?::\s*$|\s=\s)/.test(l));
  const configKey = keyed.some((m) => known(m[1]) && !FIELD.test(m[1].trim()) && !/^(?:to|subject|cc|message|text)$/i.test(m[1].trim()));
  return shaped.length >= Math.ceil(lines.length / 2) && (structured || configKey);
}

/** The request said as one sentence when it is laid out as configuration; unchanged otherwise. */
export function configSaid(typed: string): string {
  // ("Email to send:\n1. Recipients: …\n2. Subject line: …": the form's title and labels said in full)
  const request = typed.replace(/^(\s*)((?:an?\s+)?(?:e-?mail|slack\s+message|dm|asana\s+task|task|github\s+issue|issue))\s+to\s+(?:send|post|create|make|open|file|write)\s*:[ \t]*$/gim, '$1$2:')
    .replace(/^([ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?)subject[ \t]+line[ \t]*:/gim, '$1Subject:');
  if (!isConfig(request)) return typed;
  const nodes = parse(request);
  const keys = new Map(nodes.filter((n) => n.key).map((n) => [n.key!, n.value]));
  // ("driver: slack / operation: send_message / channel: #ops / text: Disk at 90%": a structured command)
  if (keys.has('driver') && keys.has('operation')) return `${keys.get('driver')}.${keys.get('operation')} ${nodes.filter((n) => n.key && n.key !== 'driver' && n.key !== 'operation').map((n) => `${n.key}=${quoted(n.value)}`).join(' ')}`;
  const ctx: { parallel: boolean; message?: string } = { parallel: false };
  const parts = nodes.map((n) => said(n, ctx)).filter(Boolean);
  const lead = parts.filter((p) => p.startsWith(LEAD)).map((p) => p.slice(1));
  const steps = parts.filter((p) => !p.startsWith(LEAD));
  // (a loop's head with its body in the next part: "recipients: - a - b" then "action: welcome email to each one")
  const joined = steps.reduce((acc, p, i) => (i === 0 ? p : `${acc}${/[:,]$/.test(steps[i - 1]) ? ' ' : ctx.parallel ? ' and ' : ', then '}${p}`), '');
  let s = `${lead.join(' ')} ${joined}`.trim();
  if (ctx.parallel) s += ' at the same time';
  const file = steps.length === 1 ? /^write to the file (\S+)$/.exec(steps[0]) : null;
  if (ctx.message && file) s = `${lead.join(' ')} write the text ${quoted(ctx.message)} to the file ${file[1]}`.trim();
  else if (ctx.message) s += NAMED_RESULT.test(ctx.message) ? ` with ${ctx.message}` : ` saying ${quoted(ctx.message)}`;
  return `${s.replace(/\s+,/g, ',').replace(/,\s*,/g, ',').replace(/^\p{Ll}/u, (c) => c.toUpperCase())}.`;
}
