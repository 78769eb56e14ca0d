/**
 * Requests written in the formal register of a memo or a service-desk form, said as plain imperatives:
 * "It is requested that 'Deploy finished' be published in #releases" → "post 'Deploy finished' in #releases";
 * "Kindly arrange for an Asana task to be created for the bug fix" → "create an Asana task for the bug fix";
 * "Please ensure that the team is notified on Slack and that a status email is issued" → "notify the team on Slack,
 * and send a status email"; "the team is to be informed", "an email shall be dispatched to x@y" → "inform the team",
 * "send an email to x@y"; "following which", "whereupon", "thereafter" → "then"; "Upon creation of X, …" → "After
 * creating X, …"; "Upon the opening of a GitHub issue, …" → "When a GitHub issue is opened, …"; "in the event that
 * it fails" → "if it fails"; "advising that" → "saying that"; "under the subject" → "with the subject". Runs before
 * anything else reads the request; quoted words, addresses, URLs and paths are left as typed, and a request with none
 * of these marks is returned unchanged.
 */
import { rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** Marks of the formal register; without one of them nothing here runs. */
const FORMAL = /\b(?:it\s+is\s+(?:hereby\s+)?requested|kindly|the\s+undersigned|(?:please|kindly)\s+ensure|(?:is|are)\s+to\s+be|shall\s+be|following\s+which|whereupon|thereafter|upon\s+(?:the\s+)?\w+(?:ion|ure|al|ing)\s+of|upon\s+(?:its|their|such)|in\s+the\s+event|with\s+effect\s+from|arrange\s+for)\b/i;

/** What is done, by the participle the formal register says it with. */
const DONE: Record<string, string> = {
  created: 'create', opened: 'create', raised: 'create', lodged: 'create', logged: 'create', filed: 'create', set_up: 'create',
  sent: 'send', dispatched: 'send', despatched: 'send', issued: 'send', transmitted: 'send', delivered: 'send', submitted: 'send',
  forwarded: 'forward', emailed: 'email', mailed: 'email', posted: 'post', published: 'post', shared: 'share', announced: 'announce', circulated: 'share',
  informed: 'inform', notified: 'notify', advised: 'notify', apprised: 'notify', alerted: 'alert', told: 'tell', reminded: 'remind', messaged: 'message', pinged: 'ping',
  queried: 'check', checked: 'check', polled: 'check', called: 'call', executed: 'run', run: 'run', performed: 'run', carried_out: 'run',
  retrieved: 'fetch', fetched: 'fetch', downloaded: 'fetch', obtained: 'get', secured: 'get', requested: 'request',
  summarized: 'summarize', summarised: 'summarize', produced: 'write', prepared: 'write', drafted: 'draft', generated: 'generate',
  closed: 'close', completed: 'complete', marked: 'mark', added: 'add', written: 'write', saved: 'save', stored: 'save', recorded: 'record',
  read: 'read', updated: 'update', assigned: 'assign', deleted: 'delete', removed: 'delete', scheduled: 'schedule', paused: 'pause', listed: 'list',
};
const PARTICIPLE = String.raw`(?:set\s+up|carried\s+out|${Object.keys(DONE).filter((k) => !k.includes('_')).join('|')})`;
const verbOf = (p: string) => DONE[p.toLowerCase().replace(/\s+/g, '_')];
const gerund = (v: string) => (/[^e]e$/.test(v) ? `${v.slice(0, -1)}ing` : /^(?:run|set)$/.test(v) ? `${v}${v.at(-1)}ing` : `${v}ing`);

/** "the team be notified in Slack" → "notify the team in Slack"; undefined when the clause is not a passive. */
function active(clause: string): string | undefined {
  const c = clause.trim();
  // ("alice@x, bob@y and carol@z each receive a welcome email", "Asana task 5566 receive the comment 'X'", "the #releases
  // Slack channel receives the following notice: 'X'")
  const got = /^(.+?)\s+(?:each\s+)?(?:receives?|gets?|be\s+(?:sent|given))\s+(.+)$/i.exec(c);
  if (got && /^(?:the\s+)?(?:following\s+)?(?:notice|message|comment|note|email|e-mail|welcome\s+email|an?\s+|the\s+)/i.test(got[2]) && !/\b(?:be|is|are)\s+\w+ed\b/i.test(got[1])) {
    const what = got[2].replace(/^(?:the\s+)?following\s+(?:notice|message|text)\s*:\s*/i, '');
    if (/^(?:the\s+|a\s+)?comment\b/i.test(what)) return `add ${what} to ${got[1]}`;
    if (/\beach\b/i.test(c)) return `send each of ${got[1]} ${what}`;
    return /#[\w-]/.test(got[1]) ? `post ${what} to ${got[1].replace(/^the\s+/i, '')}` : `send ${got[1]} ${what}`;
  }
  const m = new RegExp(String.raw`^(.+?)\s+(?:(?:is|are|shall|will|should|must)\s+(?:to\s+)?)?(?:be|is|are|gets?|being)\s+(?:(?:subsequently|then|also|duly|promptly|immediately|first|thereafter|individually|separately)\s+)?(${PARTICIPLE})\b(.*)$`, 'i').exec(c);
  if (!m) return undefined;
  const v = verbOf(m[2]);
  if (!v) return undefined;
  let np = m[1].replace(/^(?:that\s+)?/i, '');
  let rest = m[3];
  // ("be closed as complete", "be marked as done": the state said after the verb)
  if (v === 'close' && /^\s+as\s+(?:complete|completed|done|finished)\b/i.test(rest)) return `complete ${np}${rest.replace(/^\s+as\s+\w+/i, '')}`;
  // ("team@x be sent an email under the subject …": the person is who it goes to)
  if (v === 'send' && /^\s+(?:an?|the)\s+/i.test(rest)) return `send ${np}${rest}`;
  // ("the file reports/status.txt be written with the text 'X'": the words go into the file)
  const into = /^\s+with\s+(?:the\s+)?(?:text|words|content|line)\s+(.+)$/i.exec(rest);
  if (v === 'write' && into) return `write ${into[1]} to ${np}`;
  // ("the approved invoice shall be forwarded by email to x@y"): by email, to them
  if (v === 'forward' && /^\s+by\s+e-?mail\b/i.test(rest)) return `email ${np}${rest.replace(/^\s+by\s+e-?mail/i, '')}`;
  np = np.replace(/^(?:the\s+)?(?:endpoint|url|page|address)\s+(?=\uE210)/i, '');
  // ("be retrieved and summarized using AI", "be created and its link posted to #x": more done to it, or to a part of it)
  // ("be raised and assigned to ops-team": who it is for, said as a property)
  rest = rest.replace(/^\s+and\s+(assigned|allocated|given)\s+to\b/i, ' assigned to').replace(new RegExp(String.raw`^\s+and\s+(${PARTICIPLE})\b`, 'i'), (_x, p: string) => ` and ${verbOf(p)} it`)
    .replace(new RegExp(String.raw`\s+and\s+((?:its|the|their)\s+[\w\s-]{1,30}?)\s+(${PARTICIPLE})\b`, 'i'), (_x, part: string, p: string) => `, then ${verbOf(p)} ${part}`);
  return `${v} ${np}${rest}`;
}

/** "Please ensure that X is done and that Y is sent" → "do X, and send Y". */
function clauses(body: string): string {
  const parts = body.split(/\s*,?\s+and\s+(?:that|for)\s+/i);
  const done = parts.map((p) => active(p.replace(/^for\s+/i, '').replace(/\s+to\s+be\s+/i, ' be ')) ?? p);
  return done.join(', and ');
}

const RULES: Rewrite[] = [
  [/\bwith\s+effect\s+from\s+(?:today|now|immediately)\s*,?\s*/gi, ''],
  [/\b(?:accordingly|forthwith|duly|herewith|as\s+appropriate|at\s+(?:your\s+)?earliest\s+convenience)\b\s*/gi, ''],
  [/\b(?:the\s+)?undersigned\s+requests\s+the\s+following\s+arrangement\s*:\s*/gi, ''],
  [/\bsaid\s+(summary|task|issue|message|email|file|report|result|results|draft|link)\b/gi, 'the $1'],
  [/\bunder\s+the\s+(subject(?:\s+line)?|title|heading)\b/gi, (_m: string, what: string) => (/^subject/i.test(what) ? 'with the subject' : 'titled')],
  [/\bwith\s+the\s+subject\s+line\b/gi, 'with the subject'],
  [/\bentitled\b/gi, 'titled'],
  [/\b(?:advising|stating|informing\s+(?:them|recipients|all)|to\s+the\s+effect)\s+that\b/gi, 'saying that'],
  [/\binstructing\s+(?:the\s+team|staff|them|everyone|all\s+staff|the\s+recipients)\s+to\b/gi, 'telling everyone to'],
  [/\bother\s+than\s+(\d{3})\b/gi, 'not $1'],
  [/\bthe\s+status\s+(?:code\s+)?returned\b/gi, 'the status'],
  // order and timing
  [/\s*[,;]?\s+(?:following\s+which|whereupon|upon\s+which|after\s+which|and\s+thereafter|thereafter)\s*,?\s+/gi, ', then '],
  [/(^|[.;]\s+)thereafter\s*,?\s+/gi, '$1then '],
  [/\bupon\s+(?:its|their|such)\s+(?:creation|completion|approval|closure|posting|dispatch)(?:\s+being\s+(?:granted|given|recorded))?\s*,\s*/gi, 'then '],
  [/\b(?:following|after)\s+a\s+(?:waiting\s+)?(?:period|interval|delay)\s+of\s+/gi, 'after waiting '],
  [/\b(?:but\s+)?only\s+after\s+(?:an?\s+)?(?:interval|period|delay)\s+of\s+(.+?)\s+has\s+elapsed\b/gi, 'after waiting $1'],
  // events and conditions
  [/\b(?:in\s+the\s+event\s+of|upon|on)\s+(?:any|each|every|a)\s+(failure|completion)\s+of\s+(the\s+[\w.-]+\s+(?:workflow|job|pipeline|automation))/gi, (_m: string, what: string, wf: string) => `whenever ${wf} ${/^fail/i.test(what) ? 'fails' : 'completes'}`],
  [/\bin\s+the\s+event\s+(?:that\s+)?/gi, 'if '],
  [/\bupon\s+the\s+(opening|submission|arrival|receipt|filing)\s+of\s+(an?\s+[^,]+?)\s*,/gi, (_m: string, what: string, np: string) => `when ${np} is ${{ opening: 'opened', submission: 'submitted', arrival: 'received', receipt: 'received', filing: 'filed' }[what.toLowerCase() as 'opening']},`],
  [/\bupon\s+(?:the\s+)?(creation|completion|closure|posting|dispatch)\s+of\s+(.+?)(?:\s+being\s+(?:recorded|confirmed|made))?\s*,/gi, (_m: string, what: string, np: string) => `after ${{ creation: 'creating', completion: 'completing', closure: 'closing', posting: 'posting', dispatch: 'sending' }[what.toLowerCase() as 'creation']} ${np},`],
  [new RegExp(String.raw`\bupon\s+(.+?)\s+having\s+been\s+(${PARTICIPLE})\s+(to|on|in|for)\s+(.+?)\s*,`, 'gi'), (_m: string, np: string, p: string, prep: string, where: string) => `after ${gerund(verbOf(p))} ${np} ${prep} ${where},`],
  // the frames that wrap a request
  [/\b(?:it\s+is\s+(?:hereby\s+)?requested|(?:the\s+)?undersigned\s+requests|(?:we|i)\s+(?:hereby\s+)?request|(?:please|kindly)\s+(?:ensure|see\s+to\s+it|make\s+sure))\s+that\s*,?\s*((?:(?:every|each|daily|on|whenever|when|once|after|if)\b[^,]{2,60},\s*)?)([^.;]+)/gi, (_m: string, when: string, body: string) => `${when}${clauses(body)}`],
  [/\b(?:please\s+|kindly\s+)?arrange\s+for\s+([^.;]+)/gi, (_m: string, body: string) => clauses(body.replace(/\s+to\s+be\s+/i, ' be '))],
  [/\b(?:the\s+)?undersigned\s+requests\s+the\s+(creation|dispatch|sending|posting|closure|completion)\s+(?:(in\s+\w+)\s+)?of\s+/gi, (_m: string, what: string, where?: string) => `${{ creation: 'create', dispatch: 'send', sending: 'send', posting: 'post', closure: 'close', completion: 'complete' }[what.toLowerCase() as 'creation']} ${where ? `${where} ` : ''}`],
  [/\bkindly\s+/gi, 'please '],
  // ("inform staff that X by means of a message to #general and an email to all@x, both sent at the same time")
  [/\b(?:inform|notify|tell|advise)\s+[^,.;]+?\s+that\s+([^.;]+?)\s+by\s+means\s+of\s+([^.;]+?)(,?\s*both\s+(?:sent\s+|issued\s+|dispatched\s+)?(?:at\s+the\s+same\s+time|simultaneously|in\s+parallel))?\s*(?=[.;]|$)/gi, (_m: string, news: string, ways: string, both?: string) => `send ${ways}${both ? ' at the same time' : ''}, saying ${news}`],
];

/** The request in plain imperatives; unchanged when it has no mark of the formal register. */
export function formalForms(request: string): string {
  if (!FORMAL.test(request)) return request;
  return keepingValues(request, (words) => {
    let s = rewriteAll(words, RULES);
    // ("…; the team is to be notified in Slack and a status email is to be sent": each passive left is a step too)
    // (not words of a message: "… saying that the office will be closed tomorrow")
    s = s.replace(/(^|[.;,]\s+|\bthen\s+|\band\s+)([^.;,]+?\s+(?:is|are|shall|will)\s+(?:to\s+)?be\s+[a-z]+(?:\s+(?:up|out))?\b[^.;,]*)/gi, (all: string, lead: string, c: string, at: number, whole: string) => {
      if (/\b(?:saying|says|say|that)\b[^.;]*$/i.test(whole.slice(0, at + lead.length)) || /^that\b/i.test(c)) return all;
      const then = /^then\s+/i.exec(c)?.[0] ?? '';
      const a = c.slice(then.length).split(/\s+and\s+(?=(?:an?|the)\s+[^.;,]+?\s+(?:is|are|shall|will)\s+(?:to\s+)?be\s)/i).map((x) => active(x));
      return a.every(Boolean) ? `${lead}${then}${a.join(' and ')}` : all;
    });
    return s;
  });
}
