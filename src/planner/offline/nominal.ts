/**
 * Steps said as nouns instead of verbs, as engineers write pipelines: "Asana task creation for the bug fix → team
 * notification in Slack", "Task creation for the bug fix, followed by a team notification referencing the task",
 * "10-minute delay, then …", "Wait step of 10 min", "AI summarization of the content", "Completion update on Asana task
 * 1204", "Approval step (manager sign-off) followed by …". Each such step, where a step starts (the request's start, a
 * sentence, an arrow, ";", ":", "then", "followed by", "afterwards"), is said with its verb: "create an Asana task for the
 * bug fix", "notify the team in Slack", "wait 10 minutes", "summarize the content with AI", "complete Asana task 1204",
 * "get approval (manager sign-off)". Quoted words are left alone; a request with no such step is returned unchanged.
 */

/** Where a step may start. */
const STEP_START = String.raw`((?:^|[.;:!?]\s+|[:;]\s*|[→⇒]\s*|-+>\s*|=>\s*|,\s*)(?:(?:and\s+)?(?:then|followed\s+by|afterwards|after\s+that)\b\s*,?\s*)?|\s(?:and\s+)?(?:then|followed\s+by|afterwards|after\s+that)\b\s*,?\s*)`;
/** Where a step ends: the next step's start. */
const STEP_END = String.raw`(?=\s*[.;:!?→⇒—–,]|\s*-+>|\s*=>|\s+(?:and\s+)?(?:then|followed\s+by|afterwards|after\s+that)\b|\s*$)`;
/** Words that may stand before the noun of a step and say what it acts on. */
const MODIFIER = String.raw`(?:asana|github|slack|e-?mail|team|task|issue|ticket|bug[- ]fix|new|status|manager|ai|llm|http|api|db|database|file|welcome|record|a|an|the)`;
/** A length of time: "10-minute", "10 min", "ten minutes". */
const SPAN = String.raw`(\d+|one|two|five|ten|fifteen|twenty|thirty)[\s-]*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)`;

type Nominal = [RegExp, (m: RegExpExecArray) => string];

/** The nouns of steps, each with how its step is said as a verb (the match starts after the step's start). */
const NOMINALS: Nominal[] = [
  // "10-minute delay", "a delay of 10 minutes", "Wait step of 10 min", "10 min pause"
  [new RegExp(String.raw`^(?:an?\s+)?${SPAN}\s+(?:delay|wait|pause|sleep)(?:\s+step)?\b`, 'i'), (m) => `wait ${m[1]} ${m[2]}`],
  [new RegExp(String.raw`^(?:an?\s+)?(?:delay|wait|pause|sleep)(?:\s+step)?\s+(?:of|for)\s+${SPAN}`, 'i'), (m) => `wait ${m[1]} ${m[2]}`],
  // "Asana task creation for X", "New task record for X", "GitHub issue creation in acme/web"
  [new RegExp(String.raw`^((?:${MODIFIER}\s+){0,3}?)(task|issue|ticket)(?:\s+record)?(?:\s+creation)?\s+(?=for\b|in\b|on\b|called\b|named\b|titled\b|with\b)`, 'i'), (m) => `create ${/^(?:an?|the)\s/i.test(m[1]) ? '' : 'a '}${m[1].replace(/^(?:new\s+)/i, '')}${m[2]} `],
  [new RegExp(String.raw`^((?:${MODIFIER}\s+){0,3}?)(task|issue|ticket)\s+creation\b`, 'i'), (m) => `create ${/^(?:an?|the)\s/i.test(m[1]) ? '' : 'a '}${m[1]}${m[2]}`],
  // "team notification in Slack", "a notification to #dev-team referencing the issue"
  [/^(?:an?\s+|the\s+)?(?:(team|slack|channel)\s+)?notification(?!\s+(?:shall|should|is|will|must|be|needs?|has|gets?|goes|went|can|may)\b)(?:\s+(?:to|for)\s+(?=\S))?/i, (m) => `notify ${m[1] && /team/i.test(m[1]) ? 'the team ' : ''}`],
  // "AI summarization of the content"
  [/^(?:an?\s+|the\s+)?(ai|llm)\s+summari[sz]ation\s+(?:of\s+)?/i, () => 'have AI summarize '],
  // "Slack post of that summary in #product"
  [/^(?:an?\s+)?slack\s+(?:post|message)\s+of\s+/i, () => 'post '],
  // "an email with the approved invoice to payroll@x", "a Slack send to #infra with text 'X'", "Slack message to #pm saying …"
  [/^(?:an?\s+)?e-?mail\s+(?:with|containing|of)\s+(?=\S)/i, () => 'email '],
  [/^(?:an?\s+)?(?:outbound\s+)?e-?mail\s+to\s+(?=\S+@)/i, () => 'email '],
  [/^(?:an?\s+)?slack\s+(?:message|post|send|notification)\s+(to|in|into)\s+(?:(?:the\s+)?channel\s+)?(?=#)/i, (m) => `post ${m[1]} `],
  // "… → status email.": an email named alone is one to send
  [/^(?:an?\s+)?((?:status|summary|confirmation|welcome|alert|notification)\s+)e-?mail\s*$/i, (m) => `send a ${m[1]}email`],
  // "Completion update on Asana task 1204", "completion of task 1204", "closure of issue 42"
  [/^(?:an?\s+|the\s+)?(completion|closure|deletion)(?:\s+update)?\s+(?:on|of|for)\s+/i, (m) => `${({ completion: 'complete', closure: 'close', deletion: 'delete' } as Record<string, string>)[m[1].toLowerCase()]} `],
  // "Approval step (manager sign-off) followed by …", "Manager approval step, then …"
  [/^(?:an?\s+)?((?:manager|finance|legal|director)\s+)?approval\s+step\b(?:\s*\(([^()]*)\))?/i, (m) => `get ${m[1] ?? /\b(?:manager|finance|legal|director)\b/i.exec(m[2] ?? '')?.[0].concat(' ') ?? ''}approval`],
];

/** The request with its steps said as nouns said with their verbs; unchanged when it has none. */
export function nominalSteps(request: string): string {
  if (!/creation|record|notification|summari[sz]ation|completion|closure|deletion|approval\s+step|delay|wait\s+step|pause|sleep|slack\s+(?:post|message|send|notification)|e-?mail\s+(?:with|containing|of|to)|(?:status|summary|confirmation|welcome|alert)\s+e-?mail/i.test(request)) return request;
  // ("Pipeline: …", "Flow: …": a label for the steps, not a step)
  request = request.replace(/^\s*(?:pipeline|flow|workflow|job|sequence|steps)\s*:\s*/i, '');
  // (quoted words are what a message says: "'Deploy pause over'" is no step)
  const quotes: string[] = [];
  let s = request.replace(/(['"‘“])[^'"‘“’”\n]*?['"’”](?![\w])/g, (q) => `\uE200${quotes.push(q) - 1}\uE201`);
  s = s.replace(new RegExp(`${STEP_START}([^.;:!?→⇒—–,]+?)${STEP_END}`, 'gi'), (all, start: string, step: string) => {
    for (const [re, say] of NOMINALS) {
      const m = re.exec(step);
      if (m) return `${start}${say(m)}${step.slice(m[0].length)}`.replace(/\s{2,}/g, ' ');
    }
    return all;
  });
  return s.replace(/\uE200(\d+)\uE201/g, (_q, i: string) => quotes[Number(i)]);
}
