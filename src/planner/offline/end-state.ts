/**
 * Requests said as the state the user wants to end up in, not as steps: "By the end of this there should be an Asana
 * task for the bug fix, the team should have heard about that task in Slack, and a status email should have gone
 * out", "End state: Asana task 3381 is marked complete and #pm-updates has been told it's done", "The result I'm after
 * is that https://hooks.x/build has received a POST with the JSON …", "At the end, the file reports/daily.txt should
 * exist and contain the text 'ok'". After a lead that frames what follows as an end state, each state is said as the
 * step that brings it about ("#sre has been alerted in Slack" → "alert #sre in Slack", "cfo@x has an email containing
 * …" → "email cfo@x …"). A clause that is already a step is left as it is.
 */
import { plain } from './negation.ts';
import { MASKED_QUOTE } from './text.ts';
import { outcomes } from './styles.ts';

/** Leads that frame the rest of the request as the state wanted at the end. */
const LEAD = new RegExp(String.raw`(^\s*|[.!?]\s+|,\s*(?:and\s+)?)(?:(?:ideally|so|basically|in\s+short)\s*,?\s*)?(?:` + [
  String.raw`by\s+the\s+(?:end|time)(?:\s+(?:of\s+(?:this|it|the\s+run|the\s+day)|(?:this|it)\s+(?:is\s+done|is\s+finished|runs|has\s+run|finishes|completes|is\s+over)))?`,
  String.raw`at\s+the\s+(?:very\s+)?end(?:\s+of\s+(?:this|it|the\s+run))?`,
  String.raw`once\s+this\s+(?:runs|has\s+run|is\s+done|finishes|has\s+finished)`,
  String.raw`(?:the\s+)?(?:end|final|target|desired)\s+(?:state|result|outcome)(?:\s+(?:i|we)(?:'m|’m|\s+am|'re|\s+are)\s+(?:after|looking\s+for|hoping\s+for)|\s+(?:i|we)\s+(?:want|need|expect))?`,
  String.raw`(?:the\s+)?(?:result|outcome|state)\s+(?:i|we)(?:'m|’m|\s+am|'re|\s+are)\s+(?:after|looking\s+for|hoping\s+for)`,
  String.raw`(?:the\s+)?(?:result|outcome)\s+(?:i|we)\s+(?:want|need|expect)`,
  String.raw`(?:the\s+)?outcome\s+should\s+be`,
  String.raw`what\s+(?:i|we)(?:'d|’d|\s+would)?\s+(?:want|like|need|love)\s+to\s+(?:end\s+up\s+with|see|have)(?:\s+at\s+the\s+end)?`,
  String.raw`what\s+(?:i|we)\s+want`,
  // ("I want an Asana task made for X, the team notified in Slack, and a status email sent out": a list of states)
  String.raw`(?:i|we)(?:\s+(?:want|need|would\s+like)|['’]d\s+like)(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:made|created|opened|filed|sent|notified|told|posted|pinged|emailed|added|written|closed|completed)\b[^.!?]*,)`,
  String.raw`(?:i|we)(?:'d|’d|\s+would)?\s+(?:want|like|love)\s+to\s+end\s+up\s+with`,
].join('|') + String.raw`)\s*(?:is\s*[,:]?\s+(?:that\s+|for\s+)?|would\s+be\s+(?:that\s+)?|should\s+be\s+(?:that\s+)?|:\s*|,\s*|(?=\s))\s*(?:that\s+)?`, 'gi');

/** A clause said as a state: "there should be", "has been told", "should exist", "has an email". */
const STATE = /\bthere\s+(?:should|will|is|'s)\b|\b(?:should|must|will)\s+(?:have|exist|be|get)\b|\b(?:has|have)\s+(?:been|an?|the|received)\b|\b(?:exists?|hears?|knows?)\b/i;

/** End-state wording that needs no lead: "I want X to have been checked", "x@y should have an email about it". */
const STRONG = /\bto\s+have\s+been\s+[a-z]+(?:ed|en)\b|\b(?:should|must|will)\s+have\s+(?:been\s+[a-z]+(?:ed|en)\b|(?:an?|the)\s+(?:[\w-]+\s+)?(?:e-?mail|message|alert|dm|note)\b|(?:heard|received|gone\s+out)\b)/i;

/** Who hears of something: a channel, a person, an address, a team. */
const WHO = String.raw`(?:#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:the|our)\s+(?:[\w-]+\s+)?(?:team|channel|group|crew|staff|folks|people|managers?)|everyone|everybody|(?:both\s+)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+)(?:\s*,\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+))*\s*(?:,\s*)?and\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+))(?:\s+(?:on|in|via)\s+slack|\s+by\s+e-?mail)?`;
/** Where a clause may start inside the framed text. */
const AT = String.raw`(^\s*|,\s*(?:and\s+)?(?:then\s+)?(?:only\s+then\s+)?|;\s*|\b(?:i|we)(?:'d|’d|\s+would)?\s+(?:want|need|like|love)\s+|\s+and\s+(?:then\s+|after\s+that\s*,?\s+|only\s+then\s+)?|\b(?:then|afterwards|after\s+that)\s*,?\s+)(?:with\s+)?`;
/** A noun phrase a state is said of (lazy: it ends where the state's verb begins; a state after "saying" is what a message says). */
const NP = String.raw`((?:the|an?|every|each|all|both|its|that|this|our|it|them|one|asana|github|task|issue|https?:\/\/|#|@|[\w.+-]+@|['"‘“]\uE100)(?:(?!\b(?:should|must|will|has|have|had|is|are|was|were|be|been|being|saying|says|telling|tells|reading|reads|stating)\b)[^,;]){0,120}?)`;
/** Participles of the steps a state is the result of ("told", "sent", "fetched", "marked"). */
const PARTICIPLE = String.raw`(told|sent|heard|run|read|set|put|made|written|done|built|given|shared|[a-z]{3,}(?:ed|en))`;
const HAVE = String.raw`(?:(?:should|must|will|would|needs?\s+to)\s+have|has|have|having|should\s+be|will\s+be|is|are|gets?|should\s+get|ends?\s+up|should\s+end\s+up)`;

/** One state, said as the step that brings it about; the text unchanged when it is no state. */
function asStep(text: string): string {
  return text
    // "there should be an Asana task for X", "there's a matching Asana task carrying …" → "create …"
    .replace(new RegExp(`${AT}there(?:\\s+(?:should\\s+be|will\\s+be|is|are)|'s|’s)\\s+(?:an?|one)\\s+(?:matching\\s+|new\\s+)?`, 'gi'), '$1create a ')
    // "Asana has a task named 'X'" → "create an Asana task named 'X'"
    .replace(new RegExp(`${AT}(asana|github)\\s+(?:has|should\\s+have|having)\\s+(?:an?\\s+)?(?:new\\s+)?(task|issue)\\b`, 'gi'), (_m, at: string, tool: string, what: string) => `${at}create ${/^a/i.test(tool) ? 'an' : 'a'} ${tool} ${what}`)
    // "a comment 'X' on Asana task 6023" → "add a comment …"
    .replace(new RegExp(`${AT}(an?\\s+comment\\s+(?:${MASKED_QUOTE}|saying|reading)[^,;]*?\\s+on\\s+)`, 'gi'), '$1add $2')
    // "Asana task 9023 has a comment reading 'X'" → "add a comment 'X' to Asana task 9023"
    .replace(new RegExp(`${AT}((?:asana\\s+)?task\\s+#?\\d+|(?:github\\s+)?issue\\s+#?\\d+|the\\s+(?:new\\s+)?(?:task|issue))\\s+(?:has|should\\s+have|gets?|carries)\\s+(?:a|the|one)\\s+(?:new\\s+)?comment\\s+(?:reading\\s+|saying\\s+|that\\s+(?:says|reads)\\s+|with\\s+the\\s+text\\s+)?(${MASKED_QUOTE})`, 'gi'), '$1add a comment $3 to $2')
    // "an HTTP POST with the JSON {…} is made to https://x" → "send an HTTP POST with the JSON {…} to https://x"
    .replace(new RegExp(`${AT}(an?\\s+(?:http\\s+)?(?:POST|PUT|PATCH|DELETE|GET)\\b(?:\\s+request)?[^;]*?)\\s+(?:is|gets|should\\s+be|has\\s+been)\\s+(?:made|sent|issued|fired)\\s+to\\s+(https?:\\/\\/\\S+)`, 'gi'), '$1send $2 to $3')
    // "a new issue exists in the GitHub repo x/y with the title 'X'" → "create a new issue …"
    .replace(new RegExp(`${AT}((?:an?|one)\\s+(?:new\\s+)?(?:[\\w-]+\\s+){0,2}?(?:task|issue|ticket|to-?do))\\s+(?:exists|is\\s+there|is\\s+present|should\\s+exist)\\b`, 'gi'), '$1create $2')
    // "…, once approved, emailed to x@y": the step said by its participle alone does it to the same thing
    .replace(new RegExp(`(,\\s*(?:and\\s+)?(?:then\\s+)?(?:once\\s+(?:approved|signed\\s+off|that's\\s+done)\\s*,\\s*)?)(emailed|posted|sent|forwarded|shared|mailed)\\s+(to|in|into|on)\\s+(?=${WHO})`, 'gi'), (_m, at: string, pp: string, to: string) => `${at}${plain(pp)} it ${to} `)
    // "the file reports/daily.txt should exist and contain the text 'X'", "a file at logs/health.txt holding the line 'X'" → write
    .replace(new RegExp(`${AT}(?:the|a)\\s+file\\s+(?:at\\s+|called\\s+|named\\s+)?(\\S+)\\s+(?:(?:should|must|will)\\s+)?(?:exist(?:s|ing)?\\s+(?:and\\s+|with\\s+)?)?(?:contain(?:s|ing)?|hold(?:s|ing)?|ha(?:s|ving)|say(?:s|ing)|read(?:s|ing)|with)\\s+(?:the\\s+|a\\s+)?(?:text|line|words|content)?\\s*(${MASKED_QUOTE})`, 'gi'), '$1write $3 to $2')
    // "https://x has received a POST with the JSON …" → "send a POST with the JSON … to https://x"
    .replace(new RegExp(`${AT}(https?:\\/\\/\\S+)\\s+(?:has\\s+received|received|receives|should\\s+(?:have\\s+)?receive[ds]?|gets?|got|has\\s+got)\\s+(?:an?\\s+)?(POST|PUT|PATCH|DELETE|GET)\\b([^,;]*)`, 'gi'), (_m, at: string, url: string, method: string, rest: string) => `${at}send a ${method.toUpperCase()} request to ${url}${rest}`)
    // "#infra-alerts has a Slack message whose text is exactly 'X'", "cfo@x has an email containing …", "oncall@x should have an email about it"
    .replace(new RegExp(`${AT}(${WHO})\\s+(?:${HAVE}|ha(?:s|ve)\\s+(?:got|received)|receives?|should\\s+receive|(?:should|must|will)\\s+have\\s+(?:received|got|gotten))\\s+(?:with\\s+)?(?:an?\\s+|the\\s+)?((?:[\\w-]+\\s+){0,2}?)(e-?mail|slack\\s+message|message|dm|post|alert|note|update|summary)\\b(?:\\s+(?:whose\\s+text\\s+is|that\\s+(?:says|reads)|reading|saying)\\s+(?:exactly\\s+)?(?=['"‘“]))?`, 'gi'), (m, at: string, who: string, adj: string, what: string) => {
      const mail = /@[\w-]+\./.test(who) && !/#/.test(who) || /e-?mail/i.test(what) || /by\s+e-?mail/i.test(who);
      if (/^summary$/i.test(what)) return m;
      return mail ? `${at}email ${who.replace(/\s+by\s+e-?mail$/i, '')} ${adj}`.replace(/\s+$/, ' ') : `${at}post to ${who.replace(/\s+(?:on|in|via)\s+slack$/i, '')} ${adj}`.replace(/\s+$/, ' ');
    })
    // "#product has an AI-written summary of X posted in it" → "post an AI-written summary of X in #product"
    .replace(new RegExp(`${AT}(#[\\w-]+)(?:\\s+on\\s+slack)?\\s+(?:${HAVE})\\s+((?:an?|the)\\s+[^,;]{2,120}?)\\s+(posted|shared|dropped)\\s+(?:in|into|on|to)\\s+(?:it|there)\\b`, 'gi'), (_m, at: string, ch: string, what: string) => `${at}post ${what} in ${ch}`)
    // "#support-triage has the link to that task", "cfo@x has the numbers" → post or email it to them
    .replace(new RegExp(`${AT}(${WHO})\\s+(?:${HAVE})\\s+((?:the|its|an?)\\s+(?:[\\w-]+\\s+)?(?:link|url|summary|result|results|report|details|numbers|count|output|news|draft|list|figures)\\b[^,;.!?]*)`, 'gi'), (_m, at: string, who: string, what: string) => (/^the\s+(?:link|url)\s+(?:to|of|for)\s+an?\s+(?:new\s+)?/i.test(what) ? `${at}${what.replace(/^the\s+(?:link|url)\s+(?:to|of|for)\s+an?\s+(?:new\s+)?/i, 'create a ')}, then post its link to ${who.replace(/\s+(?:on|in|via)\s+slack$/i, '')}` : /@[\w-]+\./.test(who) && !/#/.test(who) || /by\s+e-?mail/i.test(who) ? `${at}email ${what} to ${who.replace(/\s+by\s+e-?mail$/i, '')}` : `${at}post ${what} to ${who.replace(/\s+(?:on|in|via)\s+slack$/i, '')}`))
    // "the team should have heard about that task in Slack", "#x knowing it's finished", "sre@x hears by email whenever it fails"
    .replace(new RegExp(`${AT}(${WHO})\\s+(?:(?:should|must|will|would)\\s+(?:have\\s+)?|has\\s+|have\\s+|having\\s+)?(?:heard|hear|hears|hearing|learned|learnt|learns?|learning|found\\s+out|finds?\\s+out|finding\\s+out|knows?|knowing|seen|sees|seeing)\\b(\\s+by\\s+e-?mail)?(?:\\s+(?:about|of))?`, 'gi'), (_m, at: string, who: string, mail?: string) => `${at}${mail || /@[\w-]+\./.test(who) && !/#/.test(who) ? 'email' : 'notify'} ${who} about`)
    // "a manager should have approved the invoice" → "have a manager approve the invoice"
    .replace(new RegExp(`${AT}((?:the|an?|our|my|[\\w-]+['’]s)\\s+[\\w\\s-]{1,40}?|[A-Z][a-z]+)\\s+(?:should|must|will)\\s+have\\s+(?:approved|signed\\s+off\\s+on|signed\\s+off|okayed)\\b`, 'g'), '$1have $2 approve')
    // "an email with the subject 'X' has landed at support@x" → "send an email with the subject 'X' to support@x"
    .replace(new RegExp(`${AT}(an?\\s+(?:[\\w-]+\\s+){0,2}(?:e-?mail|message|note|reminder|notice)\\b[^,;]*?)\\s+(?:(?:should|must|will)\\s+have\\s+|has\\s+|have\\s+)?(?:landed|arrived|gone|been\\s+delivered|been\\s+sent|ended\\s+up)\\s+(?:at|in|to|with)\\s+(?:the\\s+inbox\\s+of\\s+)?(?=${WHO})`, 'gi'), '$1send $2 to ')
    // "only then should it have been emailed to x@y" (inverted), "#x has been told it's done", "URL checked", "the task marked complete"
    .replace(new RegExp(`${AT}(?:should|must|will)\\s+(it|they|that|the\\s+[\\w-]+)\\s+have\\s+been\\s+${PARTICIPLE}\\b`, 'gi'), (m, at: string, np: string, pp: string) => verbed(m, at, np, pp))
    .replace(new RegExp(`${AT}${NP}\\s+(?:(?:should|must|will|would)\\s+(?:have\\s+been|be|get)|has\\s+been|have\\s+been|having\\s+been|is|are|gets?|got|to\\s+have\\s+been|to\\s+be)?\\s*(?:then\\s+)?${PARTICIPLE}\\b(\\s+(?:out|off|up|over))?`, 'gi'), (m, at: string, np: string, pp: string) => verbed(m, at, np, pp))
    // "a status email should have gone out", "a status email sent out about it"
    // "an alert goes to #infra", "a reminder is sent to x@y" → "send an alert to #infra"
    .replace(new RegExp(`${AT}(an?\\s+(?:[\\w-]+\\s+){0,2}(?:alert|e-?mail|message|note|notice|reminder|update|ping|summary|report))\\s+(?:goes|should\\s+go|will\\s+go|gets\\s+sent|is\\s+sent|should\\s+be\\s+sent)\\s+(?:out\\s+)?to\\s+(?=${WHO})`, 'gi'), '$1send $2 to ')
    .replace(new RegExp(`${AT}(an?\\s+(?:[\\w-]+\\s+){0,2}(?:e-?mail|message|update|note|reminder|notice))\\s+(?:(?:should|must|will)\\s+have\\s+)?(?:gone|went|goes|going)\\s+out\\b`, 'gi'), '$1send $2');
}

/** "… #x has been told it's done" → "tell #x it's done", unless the participle is no step ("is closed" of a shop, "fixed"). */
function verbed(m: string, at: string, np: string, pp: string): string {
  if (/^(?:named|called|titled|assigned|due|based|related|attached|needed|used|supposed|expected|scheduled|interested|located|closed\s+out|fixed|broken|finished|completed|done|failed|opened)$/i.test(pp) && !/^(?:the\s+task|asana\s+task|task|issue|github\s+issue)\b/i.test(np)) return m;
  if (/\b(?:named|called|titled|whose|which|who)\b|\bthat\s+(?:is|was|were|are|has|had)\b/i.test(np) && !/^(?:https?:|#|@)/.test(np)) return m;
  const v = /^heard$/i.test(pp) ? 'notify' : plain(pp);
  if (!/^[a-z]{2,}$/i.test(v)) return m;
  // ("Asana task 3381 is marked complete", "task 7720 closed out as complete": the verb and its object)
  return `${at}${v} ${np}`;
}

/** The request with its end states said as steps; unchanged when no lead frames one. */
export function endState(text: string): string {
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(text); m; m = LEAD.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    // ("At the end, email the summary": a step already — the lead only orders it)
    if (/^(?:at|by|once|in)\b/i.test(m[0].slice(m[1].length).trim()) && !STATE.test(rest.split(/[.!?](?:\s|$)/)[0])) continue;
    const lead = /^,/.test(m[1]) ? ', ' : m[1];
    return `${text.slice(0, m.index)}${lead}${asStep(rest.replace(/[^.!?]+(?:[.!?](?=\S)[^.!?]*)*/g, (one: string) => outcomes(one)))}`;
  }
  return STRONG.test(text) ? asStep(text) : text;
}
