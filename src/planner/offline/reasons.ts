/**
 * Why a step is wanted, said with it: "So that the fix is tracked, create a task …", "notify the team so nobody is caught
 * off guard", "send a status email as a paper trail", "in order to have one place to track it", "— that way the PMs
 * aren't chasing a finished item", "— I want to hear about outages before customers do". A reason adds no step, so it
 * goes; what it names that the step then points at ("because the team coordinates in Slack, notify them there") is lent
 * to the step ("notify the team in Slack").
 */

/** A reason or purpose said first, up to its comma. */
// (the purpose first: "With the goal of X, …", "For incoming bug reports to land in our tool, …", "To warn the infra team: …";
// not what to say: "To say the cafeteria is closed, email …")
const LEADING = /^(\s*)(?:so\s+that|so(?=\s+(?:everyone|everybody|nobody|no\s+one|nothing|none)\b)|in\s+order\s+(?:not\s+)?(?:to|for)|with\s+(?:the|an?)\s+(?:goal|aim|intention|purpose|idea|hope|view)\s+(?:of|to|that)|with\s+a\s+view\s+to|aiming\s+to|in\s+the\s+interests?\s+of|to\s+(?:make\s+sure|ensure|keep|avoid|help|give|let|stop|prevent)|to\s+(?!(?:the|a|an|our|my|all|each|every|everyone|it|them|do|say|tell|announce|let|inform|share|report|mention|explain|remind|ask)\b)[a-z]{3,}|for\s+(?!(?:each|every|all)\b)(?:[\w'’-]+\s+){1,4}to(?=\s+[a-z]+\b)|for\s+the\s+sake\s+of|because|since|given\s+that)\s+([^,:]{3,140}?)[,:]\s*(?=[a-z])/i;
/** A purpose said after a step, up to the end of its clause. */
const TRAILING = new RegExp([
  // "so nobody is caught off guard", "so the triage crew can pick it up", "so it's tracked" (not "so I need X added …": a request)
  String.raw`\s+so\s+(?:that\s+)?(?:nobody|no\s+one|everyone|everybody|people|stakeholders|(?:we|they|i|you)(?!['’](?:d|ll)\b|\s+(?:need|want|would\s+like|have\s+to|must|should)\b)|it['’]s\s+(?:tracked|logged|recorded|visible|on\s+record|not\s+(?:forgotten|lost|missed))|(?:the|our|their)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:can|could|will|won['’]t|doesn['’]t|don['’]t|aren['’]t|isn['’]t|is|are|has|have|knows?|sees?|hears?|gets?))\b[^,;.!?]*`,
  // "in order to have one place to track it", "to keep stakeholders in the loop", "for the triage rotation to see"
  String.raw`\s+in\s+order\s+(?:to|for)\s+[^,;.!?]*`,
  String.raw`\s+to\s+(?:keep|make\s+sure|ensure|avoid|help|give|stop|prevent)\s+(?:\w+\s+){0,6}?(?:in\s+the\s+loop|informed|updated|aware|posted|happy|on\s+track|sure|safe|surprised|blindsided)\b[^,;.!?]*`,
  // (not what a task is for: "an Asana task for the shift supervisor to review the settings")
  String.raw`(?<!\b(?:task|ticket|to-?do|issue))\s+for\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+(?:see|pick\s+(?:it|them)\s+up|review|know|find|act\s+on)\b[^,;.!?]*`,
  // "GET https://…/status to confirm it was accepted", "to check that it went through", "to see whether it worked": a check
  // said with the request that makes it
  String.raw`\s+to\s+(?:confirm|check|verify|make\s+sure|see|find\s+out)\s+(?:that\s+|whether\s+|if\s+)?(?:it|they|the\s+(?:order|payment|request|reorder|upload|deploy|change|job))\s+(?:was|were|has\s+been|have\s+been|went|got|is|are|worked|succeeded|landed)\b[^,;.!?]*`,
  // "as a paper trail", "for the record"
  String.raw`\s*,?\s+(?:as\s+a\s+(?:paper\s+trail|record|reminder\s+for\s+later|safety\s+net)|for\s+(?:the\s+record|visibility|reference|good\s+measure|transparency))\b`,
].join('|'), 'gi');
/** "— that way …", "— I want to hear about it first", "; that way nobody has to ask": a reason closing the sentence. */
const CLOSING = /\s*(?:(?:[—–]|\s-|;)\s*(?:that\s+way|this\s+way)|(?:[—–]|\s-)\s*(?:(?:i|we)\s+(?:want|need|would\s+like|['’]d\s+like)\s+to\s+(?:hear|know|find\s+out|be\s+told|catch|see|avoid|make\s+sure|spot)|(?:i|we)\s+(?:hate|don['’]t\s+want|can['’]t\s+afford)))\b[^.!?]*/gi;

/** What a reason names that a step may point at with "there" or "them". */
function lent(step: string, reason: string): string {
  const place = /(#[\w-]+)/.exec(reason)?.[1] ?? /\b(?:in|on|via)\s+(slack|e-?mail|asana|github)\b/i.exec(reason)?.[1];
  const people = /\b((?:the|our)\s+(?:[\w-]+\s+)?(?:team|folks|crew|people|staff|managers|leads|engineers))\b/i.exec(reason)?.[1];
  let out = step;
  if (place) out = out.replace(/\s+there\b/i, place.startsWith('#') ? ` in ${place}` : ` in ${place[0].toUpperCase()}${place.slice(1)}`);
  if (people && !/[#@]/.test(out)) out = out.replace(/\b(notify|tell|ping|alert|message|let)\s+them\b/i, `$1 ${people.replace(/^our\s+/i, 'the ')}`);
  return out;
}

/** A message, then what it says ("post in #x that …", "email a@x saying …"): a reason after it is part of the message. */
const SAYS = /\b(?:post|send|email|e-mail|mail|tell|notify|message|announce|know|remind|dm|ping|alert)\b[^.!?]*?\s(?:that|saying|to\s+say|reading)\s/i;

/** The request without the reasons said with its steps. */
export function withoutReasons(text: string): string {
  if (!/\b(?:so|order|because|since|as|to|for|that\s+way|want|need)\b/i.test(text)) return text;
  // (sentences keep what stood between them: a line break before "To: a@x" is still one)
  return text.split(/(?<=[.!?])(\s+)(?=[A-Z])/).map((s0, i) => {
    if (i % 2) return s0;
    let s = s0.replace(CLOSING, '');
    // ("Nothing reported on GitHub should get lost, so every time …": the reason before ", so" and an event or a step)
    // (not one that names what a later "it" is: "The nightly-etl workflow has been unreliable, so whenever it fails, …")
    const so = /^([^,]{8,160}?),\s*so\s+(?=(?:every\s+time|each\s+time|whenever|when|any\s*time|once|as\s+soon\s+as|if)\s+(?!(?:it|this|that|they)\b))/i.exec(s);
    if (so) s = s.slice(so[0].length);
    const lead = LEADING.exec(s);
    if (lead) s = lend(s, lead);
    // ("…; because the team coordinates in Slack, notify them there, and …": the same, said mid-sentence)
    s = s.replace(/([;,]\s*|\band\s+)because\s+([^,]{3,120}?),\s*([^,;]+)/gi, (_m, sep: string, reason: string, step: string) => `${sep}${lent(step, reason)}`);
    s = s.replace(/,\s*because\s+[^,;.!?]{3,120}?(?=,\s*(?:and\s+)?(?:then\s+)?[a-z]|[.!?]?$)/gi, '');
    // ("Email bob@x the invoice because he asked for it.": said last, after the step)
    // (not when it is part of what a message says: "post in #desk that the desk closes early because of the alarm test")
    s = s.replace(/(\S)\s+because\s+[^,;.!?]{3,120}?(?=[.!?]?$)/i, (m: string, last: string, at: number) => (SAYS.test(s.slice(0, at)) ? m : last));
    s = s.replace(TRAILING, '');
    return s;
  }).join('');
}

function lend(s: string, lead: RegExpExecArray): string {
  const rest = s.slice(lead[0].length);
  return `${lead[1]}${lent(rest, lead[2])}`;
}
