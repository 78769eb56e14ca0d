/**
 * One approval, then one email, however it is said: "I'd like a manager to okay it before the approved invoice goes out
 * by email to payroll@x", "Before anything goes to payroll@x, loop in a manager to approve. Then email them the approved
 * invoice", "once a manager ok's it, email payroll@x the invoice", "Only after a manager has approved it should the
 * approved invoice be emailed to payroll@x", "manager approval, then email payroll@x the approved invoice". When a request
 * names one address, asks someone named (a manager, finance, a director …) to approve and names nothing else a step could act on, it is read as "Get approval
 * from <who>, then email <the thing> to <address>." Any other request is returned unchanged.
 */
import { EMAIL } from './value-kinds.ts';

const ADDRESS = new RegExp(EMAIL, 'g');
/** Asking for approval, in its many words. */
const APPROVAL = /\b(?:approv\w*|sign(?:s|ed|ing)?[- ]?off|signs?\s+off|ok(?:ay)?(?:['’]s|s|ed|['’]d)?|okays|go-ahead|green[- ]light)\b/i;
/** Who approves. */
const WHO = /\b(manager|finance|director|supervisor|team\s+lead|lead|boss|legal|cfo|ceo|head\s+of\s+\w+|accounts)\b/i;
/** What is sent once approved. */
const THING = /\b(invoice|report|contract|quote|document|receipt|expense\s+report|budget|proposal|draft|purchase\s+order|timesheet)s?\b/i;
/** Anything else a step could act on or run on: then the request is more than one approval and one email. */
const OTHER = /#|(?<![\w])['"‘“][^'"‘“’”\n]*?['"’”](?![\w])|https?:|\/\w|\b(?:task|issue|ticket|slack|post|dm|query|select|database|file|summar\w*|fetch|wait|minutes?|hours?|every|daily|weekly|whenever|webhook|submitted|comment|cc|bcc|subject|each|all\s+of|ai|llm|gpt|draft\w*|writ\w+|generat\w*|asking|saying|says|telling|to\s+(?:say|tell|let|confirm|explain)|form|comes\s+in)\b|\bthe\s+\w+\s+(?:is|are|was|were)\s+(?!approved\b|signed\s+off|ok)|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i;

/** The request read as one approval and then one email; unchanged when it is not. */
export function approveThenSend(request: string): string {
  const addresses = [...new Set(request.match(ADDRESS) ?? [])];
  if (addresses.length !== 1 || !APPROVAL.test(request.replace(ADDRESS, ' ')) || OTHER.test(request.replace(ADDRESS, ' '))) return request;
  if (!/\b(?:e-?mail\w*|mail\w*|send\w*|sent|goes|go|inbox|forward\w*)\b/i.test(request)) return request;
  // (a sentence about neither may say what the email says: "We're out of A4 paper. Have the office manager approve it, then …")
  if (request.split(/(?<=[.!?])\s+/).some((x) => !APPROVAL.test(x) && !new RegExp(ADDRESS.source).test(x) && !/\b(?:e-?mail\w*|mail\w*|send\w*|sent)\b/i.test(x))) return request;
  // (someone named approves: "her access request was approved" is news to send, not a gate)
  const who = WHO.exec(request)?.[1]?.toLowerCase();
  if (!who) return request;
  const thing = THING.exec(request)?.[1]?.toLowerCase();
  return `Get approval from a ${who}, then email ${thing ? `the approved ${thing}` : 'it'} to ${addresses[0]}.`;
}
