/**
 * Requests explained to the colleague who will set the automation up: "You'll want to wait 10 minutes, then post …",
 * "What we usually do is open an Asana task …", "You'll want it to check https://… every day at 6pm", "Make sure it
 * creates the task first", "You'll want a manager to approve first", "The idea is that #ops only gets an alert when
 * the status isn't 200". The frames of the explanation go and the request is left: "you'll want it to X" and "make
 * sure it X" say the automation does X (read by spec.ts), "you'll want a manager to approve" is "have a manager
 * approve", and "the idea is that X" is X when X names something the automation does (a channel, an address, an
 * app, a message, a task …) and only a reason otherwise ("— the idea is to give the backup time to settle"), which
 * goes. Runs before spec.ts; quoted words, addresses, URLs and paths are left as typed; a request without these
 * frames is returned unchanged.
 */
import { capSentences, rewriteAll, type Rewrite } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** Where a frame may start: the start, a sentence, a dash, a semicolon or a colon. */
const LEAD = String.raw`(^|[.!?;:]\s+|\s+[—–-]{1,2}\s+|\n\s*)`;
/** "you'll", "you will", "you'd", "you" (and "you'll probably"). */
const YOU = String.raw`(?:you['’]ll|you\s+will|you['’]d|you\s+would|you)\s+(?:probably\s+|also\s+|just\s+|really\s+|then\s+)?`;
/** "what we usually do is", "what I normally do is", "what you do is", "the way we do it is", "all you need to do is". */
const WHAT_WE_DO = String.raw`(?:what\s+(?:we|i|you|they|the\s+team)\s+(?:usually\s+|normally\s+|typically\s+|generally\s+|always\s+|tend\s+to\s+|like\s+to\s+|want\s+to\s+|need\s+to\s+)?do(?:\s+here)?\s+is|the\s+way\s+(?:we|i)\s+(?:usually\s+)?(?:do|handle)\s+(?:it|this|that)\s+is|all\s+you\s+(?:need|have)\s+to\s+do\s+is|what\s+happens\s+is(?:\s+that)?)\s+(?:to\s+|we\s+|you\s+|i\s+)?`;
/** Someone who approves or signs off: "a manager", "the finance lead", "your team lead". */
const PERSON = String.raw`(?:manager|lead|boss|director|supervisor|approver|owner|admin|head|reviewer|person|human|controller|cfo|cto|ceo)`;
/** The explanation's frames: without one of them nothing here runs. */
const MARKS = new RegExp(String.raw`${LEAD}(?:${YOU}(?:want|need|have|ought|got)\s+|${WHAT_WE_DO}|the\s+(?:idea|point)\s+(?:here\s+)?is\s+(?:that|to)\b|(?:please\s+|just\s+)*make\s+sure\s+)|\b(?:then|after\s+that|afterwards|and|so)\s*,?:?\s+${YOU}(?:want|need|have|ought|got)\s+to\s`, 'i');

/** What only an automation's step names: a channel, a handle, a value set aside (an address, a URL, a path, a quote), an app or a message, task … */
const DOES = /[#@]\w|\uE210|\b(?:slack|asana|github|e-?mail|mail|task|ticket|issue|message|note|alert|post|ping|notify|notified|tell|told|approv\w*|sign\w*\s+off|summar\w+|ai|llm|query|database|file|webhook|workflow|wait|dm)\b/i;

const RULES: Rewrite[] = [
  // "the idea is to give the backup time to settle", "the point is that the monitoring script reads that file": a reason, said after the request
  [new RegExp(String.raw`(\S)\s*(?:[—–-]{1,2}\s+|[.;]\s+|,\s*)the\s+(?:idea|point)\s+(?:here\s+)?is\s+(?:that|to)\s+([^.;!?\n]+)[.!]?`, 'gi'), (m: string, before: string, said: string) => (DOES.test(said) ? m : `${before}.`)],
  // "The idea is that whenever …, it creates …": what the automation does
  // (after a dash it starts a sentence of its own: "Fetch X first — the idea is that #ops only gets an alert when …")
  [new RegExp(String.raw`${LEAD}the\s+(?:idea|point)\s+(?:here\s+)?is\s+(?:that|to)\s+`, 'gi'), (_m: string, lead: string) => (/[—–-]/.test(lead) ? '. ' : lead)],
  // "What we usually do is open …"
  [new RegExp(String.raw`${LEAD}(?:so\s+)?${WHAT_WE_DO}`, 'gi'), '$1'],
  // "You'll want it to kick off when …", "you need it to check …": the automation does it
  [new RegExp(String.raw`${LEAD}${YOU}(?:want|need)\s+(?:it|this|the\s+(?:automation|workflow|flow|bot))\s+to\s+`, 'gi'), '$1it should '],
  // "You'll want a manager to approve first": have them approve
  [new RegExp(String.raw`${LEAD}${YOU}(?:want|need)\s+((?:an?|the|your|our|some)\s+(?:[\w-]+\s+)?${PERSON}|someone|somebody|@[\w.-]+)\s+to\s+(?=[a-z])`, 'gi'), '$1have $2 '],
  // "You'll want to wait …", "you'll need to open …", "you have to post …": the request
  [new RegExp(String.raw`${LEAD}${YOU}(?:want|need|have|ought|got)\s+to\s+`, 'gi'), '$1'],
  // ("… — then you'll need to email …", "after that, you'll need to let the team know", "and make sure you post …": the same, mid-sentence)
  [new RegExp(String.raw`(\b(?:then|after\s+that|afterwards|and(?:\s+then)?|so)\s*,?:?\s+)(?:${YOU}(?:want|need|have|ought|got)\s+to|make\s+sure\s+(?:to|you))\s+(?=[a-z])`, 'gi'), '$1'],
  // "Make sure it creates …": the automation does it; "make sure to post …": the request; "make sure a manager signs off …": that
  [new RegExp(String.raw`${LEAD}(?:and\s+)?make\s+sure\s+(?:that\s+)?(?:it|the\s+(?:automation|workflow|flow|bot))\s+(?=[a-z]+s\b)`, 'gi'), '$1it '],
  [new RegExp(String.raw`${LEAD}(?:and\s+)?(?:please\s+|just\s+)*make\s+sure\s+(?:to|you)\s+`, 'gi'), '$1'],
  [new RegExp(String.raw`${LEAD}make\s+sure\s+(?:that\s+)?(?=(?:an?|the)\s|\S+@|#)`, 'gi'), '$1'],
];

/** The request without the frames of an explanation; unchanged when it has none. */
export function handoverRead(request: string): string {
  if (!MARKS.test(request)) return request;
  return keepingValues(request, (words) => capSentences(rewriteAll(words, RULES)).replace(/\.\s*\./g, '.'));
}
