/**
 * Requests filed as an internal ticket and pasted whole:
 *
 *     Ticket #3318                          Summary: Weekly standup reminder
 *     Requested by: Priya N. (QA)           Trigger: Every Monday at 9:00 AM
 *     Summary: Track the bug fix            Description: Post a reminder in #standup …
 *     Acceptance criteria:                  Notes: both should go out simultaneously
 *     1. An Asana task is created …
 *
 * The ticket's own fields (its number, who asked, the department, the ticket's priority) are about the ticket, not the
 * workflow, so they go; a "Trigger:" leads the request ("manual" / "on demand" says there is none); the summary only
 * names what the other fields say, so it is read only when nothing else says it; the description and the acceptance
 * criteria (read by stories.ts) are the request; a note that the steps run together says so. A request that is not laid
 * out as a ticket is returned unchanged.
 */

/** Fields about the ticket itself: its number, who asked, the department, the ticket's own priority. */
const ABOUT = String.raw`ticket(?:\s*(?:#|no\.?|number|id))?|requested\s+by|requester|reporter|raised\s+by|submitted\s+by|opened\s+by|department|dept|team|cost\s+cent(?:er|re)|category|type|status|request\s+type|priority\s+of\s+(?:this|the)\s+(?:request|ticket)|request\s+priority|ticket\s+priority|urgency|sla|submitted|business\s+justification|justification|impact|environment|component`;
/** Fields that say what is wanted. */
const WANTED = String.raw`summary|short\s+description|description|details|request|trigger|schedule|when|acceptance\s+criteria|criteria|requirements|expected(?:\s+(?:result|behaviou?r|outcome))?|definition\s+of\s+done|notes?|comments?|additional\s+(?:info|information|notes)`;
/** The fields of a ticket, by name. */
const FIELD = new RegExp(`^\\s*(${ABOUT}|${WANTED})\\s*:\\s*(.*)$`, 'i');
const ABOUT_TICKET = new RegExp(`^(?:${ABOUT})$`, 'i');
const SUMMARY = /^(?:summary|short\s+description)$/i;
const TRIGGER = /^(?:trigger|schedule|when)$/i;
const NOTES = /^(?:notes?|comments?|additional)/i;
const CRITERIA = /^(?:acceptance\s+criteria|criteria|requirements|expected|definition\s+of\s+done)/i;

export function ticketRead(request: string): string {
  const lines = request.split('\n');
  const labelled = lines.filter((l) => FIELD.test(l));
  const numbered = lines.some((l) => /^\s*ticket\s*#\s*\d+\s*$/i.test(l));
  if (!(labelled.length >= 2 || (labelled.length === 1 && numbered) || /^\s*summary\s*:/i.test(request)) || !labelled.some((l) => /^\s*(?:summary|description|details|acceptance\s+criteria|criteria|trigger)\s*:/i.test(l))) return request;
  let lead = '';
  let summary = '';
  let together = false;
  const body: string[] = [];
  let field = '';
  for (const line of lines) {
    if (/^\s*ticket\s*#\s*\d+\s*$/i.test(line) || !line.trim()) continue;
    const m = FIELD.exec(line);
    if (!m) { if (!ABOUT_TICKET.test(field) && !SUMMARY.test(field) && !NOTES.test(field) && !TRIGGER.test(field)) body.push(line); continue; }
    field = m[1].toLowerCase();
    const v = m[2].trim();
    // ("Ticket: DM @rosa …": a ticket field that holds the request itself, not its number)
    if (/^ticket/.test(field) && v && !/^#?\s*[\w-]*\d[\w-]*$/.test(v)) { body.push(v); continue; }
    if (ABOUT_TICKET.test(field)) continue;
    if (SUMMARY.test(field)) { summary = v; continue; }
    if (TRIGGER.test(field)) { lead = when(v); continue; }
    if (NOTES.test(field)) { if (/\b(?:simultaneous(?:ly)?|in\s+parallel|at\s+the\s+same\s+time|together)\b/i.test(v)) together = true; continue; }
    if (CRITERIA.test(field)) { body.push(`Acceptance criteria:${v ? ` ${v}` : ''}`); continue; }
    if (v) body.push(v);
  }
  // (a summary that names the step the details below it belong to: "Summary: send a welcome email to each address",
  // "Description: alice@x.com / bob@y.com …")
  const fieldLine = (l: string) => /^\s*(?:[-*•]|\d+[.)])?\s*[\w ]{1,24}?\s*[:=]\s*\S/.test(l) || /^\s*(?:[-*•]|\d+[.)])?\s*(?:['"‘“]|[#@]|https?:|[\w.+-]+@[\w-]+\.)/.test(l);
  const detailsOnly = body.length > 0 && Boolean(summary) && (/^Acceptance criteria:$/.test(body[0]) ? body.slice(1).every(fieldLine) : fieldLine(body[0]));
  const said = body.length ? `${detailsOnly ? `${summary.replace(/[.!]\s*$/, '')}: ` : ''}${body.join('\n')}` : summary;
  if (!said) return request;
  return `${lead}${lead ? said.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : said}${together ? `${/[.!?]\s*$/.test(said) ? '' : '.'} Send both at the same time.` : ''}`;
}

/** A trigger field said as the words that lead a request ("Every Monday at 9:00 AM, ", "When a new issue is opened, "). */
function when(v: string): string {
  const s = v.replace(/[.!]+\s*$/, '');
  if (!s || /^(?:manual(?:ly)?|on\s+demand|none|n\/a|-|ad\s*hoc|one-?off)\b/i.test(s)) return '';
  if (/^(?:every|each|daily|nightly|weekly|monthly|hourly|weekdays?|on|at|when|whenever|once|if|after)\b/i.test(s)) return `${s}, `;
  return `When ${s.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}, `;
}
