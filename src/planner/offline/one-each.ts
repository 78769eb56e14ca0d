/**
 * One message each, to a list of addresses, however it is said: "Go down the list — a@x, b@x, c@x — and send each a
 * welcome email", "Welcome emails, one apiece: a@x, b@x, c@x", "I have three new persons: a@x, b@x and c@x. To each of
 * them, one by one, send an email for welcome", "new starters a@x, b@x, c@x — can each of them get their own welcome
 * email". When the whole request is one list of addresses, a word that hands out one each ("each", "apiece", "one by
 * one", "their own", "go through") and the kind of message, and names nothing else a step could act on, it is read as
 * "For each of <list>, send a <kind> email." Any other request is returned unchanged.
 */
import { EMAIL } from './value-kinds.ts';

/** Two or more addresses said as one list ("a@x, b@x and c@x", "a@x / b@x"). */
const LIST = new RegExp(String.raw`(?:${EMAIL}(?:\s*[,/;]\s*(?:and\s+)?|\s+(?:and|&)\s+|\s+))+${EMAIL}`, 'g');
/** Words that hand out one each. */
const EACH = /\b(?:each|every\s+(?:one|address|person|recipient|name)|apiece|one\s+by\s+one|one\s+at\s+a\s+time|individually|separately|(?:their|its|his|her)\s+own|one\s+(?:per|for\s+each)\s+(?:person|address|recipient)|per\s+(?:person|address|recipient)|go(?:ing)?\s+(?:down|through)|loop(?:s|ing)?\s+(?:over|through)|iterat\w*\s+(?:over|through))\b/i;
/** The message each gets: "a welcome email", "an email for welcome", "welcome emails". */
const MESSAGE = /\b((?:[\w-]+[\s-]+){0,2}?)(e-?mails?|mails?|messages?|notes?|letters?|greetings?)\b(?:\s+(?:of|for)\s+(welcome|onboarding|thanks))?/gi;
/** Anything else a step could act on or wait for: then the request says more than one message each. */
const OTHER = /[#'"‘“’”]|https?:|\b(?:task|issue|ticket|slack|post|dm|comment|approv\w*|sign[- ]?off|wait|minutes?|hours?|if|unless|when(?:ever)?|then|after|before|also|daily|weekly|monthly|every\s+(?!(?:one|address|person|recipient|name)\b)\w+|schedul\w*|file|summar\w*|query|database|webhook|github|asana|remind\w*|cc|bcc|subject|body|saying|says|tell\w*|that\s+(?:the|our|we|it|they))\b/i;
/** Words around the kind of message that do not name it. */
const NOT_KIND = /^(?:a|an|the|one|their|its|his|her|own|individual|separate|personal|proper|single|each|every|same|them|him|of|to|send|sends|sending|get|gets|receive|receives|and|please|pls|with|for|fire|shoot|mail|dispatch|pop|out|through|down|over|go|um|uh|just|new|this|these|those|our|your|my|time|at|by|once|then|or|could|would|can|will|you|kindly|hi|hello|hey)$/i;

/** The request read as a loop over its one list of addresses; unchanged when it is not one message each. */
export function oneEachSaid(request: string): string {
  const lists = request.match(LIST) ?? [];
  if (lists.length !== 1 || !EACH.test(request)) return request;
  const rest = request.replace(lists[0], ' ');
  if (new RegExp(EMAIL).test(rest) || OTHER.test(rest)) return request;
  const messages = [...rest.matchAll(MESSAGE)];
  if (!messages.length) return request;
  // (the first that says what kind it is: "Email a welcome note …, one email each" is a welcome one)
  const kinds = messages.map((m) => [...m[1].replace(/-\s*$/, ' ').split(/\s+/), m[3] ?? ''].filter((w) => w && !NOT_KIND.test(w)).join(' '));
  // (or the message said by its kind alone: "… and email each a welcome.")
  const kind = kinds.find(Boolean) ?? /\b(?:an?|their\s+own)\s+(?!(?:e-?mail|mail|message|note)\b)([\w-]+)\s*(?:[.!?,]|$)/i.exec(rest)?.[1] ?? '';
  return `For each of ${lists[0].replace(/\s*[/;]\s*|(?<=\.[\w-]+)\s+(?=[\w.+-]+@)/g, ', ')}, send a ${kind ? `${kind.toLowerCase()} ` : ''}email.`;
}
