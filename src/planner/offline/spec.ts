/**
 * The automation described in the third person, as in a spec or a ticket: "This automation requests https://… and
 * raises a Slack alert in #ops whenever …" → "request https://… and raise a Slack alert in #ops whenever …"; "It
 * should check https://…; when the status isn't 200 it alerts #ops" → "check https://…; when the status isn't 200
 * alert #ops"; "The flow should pause for 10 minutes before posting X" → "wait 10 minutes, then post X"; "once the
 * task exists, it lets the team know" → "then let the team know"; "The workflow's only step is slack.send_message,
 * channel=#ops, text='X'" → the command itself; "I'd like an automation that opens …", "Set up something that …", "Build
 * me a flow to …" ask for the automation by what it does. Runs before anything else reads the request; quoted words,
 * addresses, URLs and paths are left as typed, and a request that describes no automation is returned unchanged.
 */
import { plainOfThirdPerson, rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** The automation as the subject of its sentence. */
const SUBJECT = String.raw`(?:(?:this|the|our|that)\s+(?:new\s+)?(?:automation|workflow|flow|bot|job|integration|zap|recipe|routine|pipeline)|it)`;
const MODAL = String.raw`(?:should|must|will|shall|needs?\s+to|has\s+to|is\s+to|is\s+supposed\s+to|ought\s+to|can)`;
const SPEC = new RegExp(String.raw`(?:^|[.;!?,]\s*|\b(?:after\s+approval|once\s+approved)\s+)${SUBJECT}(?:['’]s\s+only\s+step\s+is|\s+${MODAL}\b|\s+[a-z]+(?:s|es)\b)`, 'i');

/** Verbs of a step, in the third person (`plainOfThirdPerson` gives the imperative). */
const THIRD = /\b(sends|posts|emails|e-mails|mails|creates|adds|opens|closes|completes|notifies|alerts|tells|lets|raises|requests|fetches|downloads|checks|calls|runs|writes|saves|reads|summarizes|summarises|shares|has(?=\s+(?:the\s+|an?\s+)?(?:ai|llm|model|gpt)\b)|marks|assigns|sets|waits|pauses|pings|grabs|loops|holds|mails|tests|probes|kicks|fires|closes|flags|messages|dms|comments|files|logs|updates|deletes|lists|asks|gets|pulls|hits|queries|executes|drafts|generates|announces|broadcasts|forwards|polls|makes|puts|drops|leaves|gives|informs|reminds)\b/i;

const RULES: Rewrite[] = [
  // "The workflow's only step is slack.send_message, channel=#ops, text='X'": the command
  [new RegExp(String.raw`(^|[.;!?]\s+)${SUBJECT}['’]s\s+only\s+step\s+is\s+([a-z]+\.[a-z_]+)\s*,?\s*`, 'gi'), (_m: string, lead: string, cmd: string) => `${lead}${cmd} `],
  [/(\b[a-z]+\.[a-z_]+\s+[a-z_]+=\S+)\s*,\s*(?=[a-z_]+=)/gi, '$1 '],
  // "once the task exists, it lets the team know": after the step that makes it
  [/\b(?:once|when|after)\s+(?:the|that|this)\s+(?:task|issue|ticket|message|email)\s+(?:exists|is\s+(?:created|there|made|open|in\s+place|up))\s*,\s*/gi, 'then '],
  // "should pause for 10 minutes before posting …": the wait, then the step
  [/\b(?:pause|wait|hold(?:\s+off)?)\s+(?:for\s+)?((?:an?|\d+|one|two|five|ten|fifteen|thirty)\s+(?:seconds?|minutes?|mins?|hours?|days?))\s+before\s+([a-z]+)ing\b/gi, (_m: string, d: string, g: string) => `wait ${d}, then ${/(?:at|it|ut|iv|rit)$/.test(g) ? `${g}e` : g}`],
  // "It should kick off when a GitHub issue is opened: …": when it runs is the event
  [new RegExp(String.raw`(^|[.;!?]\s+)${SUBJECT}\s+${MODAL}\s+(?:kick\s+off|start|run|fire|trigger|go)\s+(?=(?:when|whenever|each\s+time|every\s+time|as\s+soon\s+as)\b)`, 'gi'), '$1'],
  // "The automation runs every Monday at 9am and posts …", "… fires whenever someone opens …": when it runs stays, the verb goes
  [new RegExp(String.raw`(^|[.;!?]\s+)${SUBJECT}\s+(?:runs|fires|goes\s+off|kicks\s+off|triggers|starts)\s+(?=(?:every|each|daily|nightly|hourly|weekly|monthly|on\s+|at\s+\d|whenever|when|each\s+time|every\s+time|as\s+soon\s+as|any\s+time)\b)`, 'gi'), '$1'],
  // "… watches for failures of the nightly-backup workflow and flags each one in #alerts": whenever it fails
  [new RegExp(String.raw`(^|[.;!?]\s+)${SUBJECT}\s+(?:${MODAL}\s+)?(?:listens?|watch(?:es)?|looks?\s+out)\s+for\s+(?:any\s+|the\s+)?(failures?|errors?|crash(?:es)?|completions?)\s+(?:of|in)\s+(the\s+[\w.-]+\s+(?:workflow|flow|automation|job|pipeline))\s*(?:,\s*|\s+)and\s+${THIRD.source}(?:\s+each\s+one|\s+them)?`, 'gi'), (_m: string, lead: string, what: string, wf: string, v: string) => `${lead}Whenever ${wf} ${/^complet/i.test(what) ? 'completes' : 'fails'}, ${plainOfThirdPerson(v)} it`],
  // "… listens for newly opened GitHub issues; for each one, create …": whenever one is
  [new RegExp(String.raw`(^|[.;!?]\s+)${SUBJECT}\s+(?:${MODAL}\s+)?(?:listens?|watch(?:es)?|looks?\s+out)\s+for\s+([^—–;:.]+?)\s*[—–;:,]\s*(?:and\s+)?for\s+(?:each|every)\s+(?:one|of\s+them)\s*,\s*`, 'gi'), '$1Whenever there are $2, '],
  // "It listens for new GitHub issues being opened — each time one comes in, it should …": one event, said twice
  [new RegExp(String.raw`(^|[.;!?]\s+)${SUBJECT}\s+(?:${MODAL}\s+)?(?:listens?|watch(?:es)?|waits?|looks?\s+out)\s+for\s+([^—–;:.]+?)\s*[—–;:,]\s*(?:and\s+)?(?:each|every|any)\s+time\s+(?:one|it|they|that)\s+(?:comes?\s+in|arrives?|happens?|shows?\s+up|lands?)\s*,\s*`, 'gi'), '$1Whenever $2, '],
  // "Mark X complete before it tells #pm …": first the one, then the other
  [new RegExp(String.raw`\s+before\s+${SUBJECT}\s+(?:also\s+)?${THIRD.source}`, 'gi'), (_m: string, v: string) => `, then ${plainOfThirdPerson(v)}`],
  // the subject and its modal go: "It should check …", "This automation should open …", "the flow will email …"
  // (not when it says when it runs: "It should go out every Monday …", "it should run nightly")
  [new RegExp(String.raw`(^|[.;!?]\s+|,\s*|\b(?:and|then|when|whenever|if)\s+[^,.;]{0,80}?\s|\b(?:after\s+(?:that|this)|afterwards?|next|finally)\s+)${SUBJECT}\s+${MODAL}\s+(?!(?:go|run|repeat|fire|be|happen|trigger|start|kick|execute|recur)\b)(?:also\s+|then\s+|first\s+)?`, 'gi'), '$1'],
  // "This automation requests X and raises …", "when the status isn't 200 it alerts #ops": the verbs said of it
  [new RegExp(String.raw`(^|[.;!?]\s+|,\s*|\b(?:and|then|after\s+which|whereupon|after\s+approval|once\s+approved|after\s+(?:that|this))\s+|(?:when|whenever|if|once)\s+[^,.;]{3,80}?\s)${SUBJECT}\s+(?:also\s+|then\s+|first\s+)?${THIRD.source}(?!\s+(?:whenever|when|every|each|daily|nightly|hourly|weekly|monthly|once|after|before|on\s+(?:every|each|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekdays))\b)`, 'gi'), (_m: string, lead: string, v: string) => `${/^(?:after\s+approval|once\s+approved|after\s+(?:that|this))\s+$/i.test(lead) ? `${lead.trim()}, ` : lead}${plainOfThirdPerson(v)}`],
];

/** An automation asked for by what it does: "I'd like an automation that …", "Set up something that …", "Build me a flow to …" ("… a workflow where X" is read as X says it). */
const ASKED_FOR = new RegExp(String.raw`(^|[.!?]\s+)(?:(?:so\s+)?(?:i['’]d\s+like|i\s+would\s+like|i\s+want|i\s+need|we\s+need|we['’]d\s+like|we\s+want|(?:can|could)\s+(?:we|you|i)\s+(?:please\s+)?(?:have|get|set\s+up|build|create|make)|please\s+(?:set\s+up|build|create|make)|set\s+up|build(?:\s+me|\s+us)?|create|make(?:\s+me|\s+us)?)\s+(?:an?|one|some)\s+(?:new\s+|little\s+|simple\s+|small\s+|quick\s+|weekly\s+|daily\s+)?(?:automation|workflow|flow|bot|zap|recipe|routine|pipeline|integration|job|automated\s+\w+)|(?:set\s+up|build|create|make|(?:i['’]d|we['’]d)\s+like|i\s+want|we\s+need)\s+(?:me\s+|us\s+)?something)\s+(that|which|to)\s+`, 'i');

/** "I'd like an automation that opens …" → "The automation opens …"; "… a flow to request …" → "request …". */
function askedFor(request: string): string {
  return request.replace(ASKED_FOR, (_m: string, lead: string, how: string) => `${lead}${/^(?:that|which)$/i.test(how) ? 'The automation ' : ''}`)
    // ("… that simultaneously sends …", "… that every evening at 18:00 pings …": said before the verb, it goes first)
    .replace(new RegExp(String.raw`\bThe automation\s+([a-z]+ly\s+|(?:every|each|daily|nightly|weekly|hourly|monthly|on|at)\s+(?:(?!${THIRD.source})[\w:'’-]+,?\s+){0,6}?)${THIRD.source}`), (_m: string, said: string, _ahead: string | undefined, v: string) => `${said.trim().replace(/,$/, '')}, the automation ${v}`);
}

/** The request in imperatives; unchanged when it does not describe the automation in the third person. */
export function specForms(typed: string): string {
  const request = askedFor(typed);
  if (!SPEC.test(request)) return request === typed ? typed : request.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase());
  return keepingValues(request, (words) => {
    let s = rewriteAll(words, RULES);
    // ("request X and raise …, then share it …": every verb after the first one said in the third person too)
    s = s.replace(new RegExp(String.raw`(,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|\bthen\s+)${THIRD.source}`, 'gi'), (_m: string, lead: string, v: string) => `${lead}${plainOfThirdPerson(v)}`);
    return s.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase());
  });
}
