/**
 * Note-style shorthand said in words before anything else reads the request: "&" and "w/",
 * arrows between steps ("fetch X -> summarise w/ AI -> post to #y") and between a field and its
 * written as four digits ("weekdays 0800"), unit letters after numbers ("every 30m", "wait 1 hr"),
 * and labels ("GH issue", "high prio", "AI: draft …"); and the framing of a note to a colleague (a greeting
 * before the request, thanks and a name after it). Quoted words are masked while these run.
 */

import { gerundToVerb, thirdPerson } from './clause-words.ts';
import { findSchedule } from './trigger.ts';
import { baseForm, corrected, described, lineItems, listItems, outcomes, required } from './styles.ts';
import { MASKED_QUOTE, type Rewrite } from './text.ts';
import { EMAIL } from './value-kinds.ts';
import { formRequest } from './forms.ts';
import { affirmed, plain } from './negation.ts';
import { unwrapped } from './letters.ts';
import { routine } from './routine.ts';
import { withoutReasons } from './reasons.ts';
import { endState } from './end-state.ts';
import { withAfterthoughts } from './afterthoughts.ts';
import { HOUR, HOURS, PART, hourOf, meridiem, spokenTime } from './spoken-time.ts';


/** A property of a task said on its own: "high priority", "due Friday", "owner data-team", "assigned to sam". */
export const PROP = String.raw`(?:(?:high|low|medium|normal|urgent|top)(?:\s+|-)priority|priority\s+(?:high|low|medium|normal|urgent)|due\s+(?:on\s+|by\s+)?[\w-]+(?:\s+\d{1,2})?|(?:owner|assignee)\s*(?:is\s+)?@?[\w.-]+|assigned\s+to\s+@?[\w.-]+)`;

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** Two or more email addresses said as a list: "a@x, b@x and c@x". */
const ADDRESS_LIST = String.raw`(?:${EMAIL}(?:\s*,\s*(?:and\s+)?|\s+and\s+))+${EMAIL}`;

export const SHORTHAND: Rewrite[] = [
  // "our release channel #releases", "the finance inbox payroll@acme.com", "the status page https://…", "Jane (jane@x.com)":
  // what a channel, an address or a page is for, said before it — the value is the destination
  [/\b(?:the|our|your|their|my)\s+(?:(?!(?:to|in|on|into|for|of|from|at|by|with|the|a|an)\s)[\w'’&-]+\s+){0,3}?(?:slack\s+)?(?:channel|inbox|mailbox|list|mailing\s+list|address|page|endpoint|url|feed)\s*,?\s*(?:called\s+|named\s+|[(:]\s*)?(#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+?)\)?(?=[\s,.;:!?)]|$)/gi, '$1'],
  // (a name on its own: not "the COO (coo@x)", "cc Mr. Hale (h@x)" or "a Slack DM (@ana.r)", read elsewhere)
  [/(?<!(?:\bthe|\bcc|\bMrs?\.?|\bMs\.?|\bDr\.?)\s+)\b(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+\(\s*(@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*\)/gu, '$2'],
  // "… in #releases? That's our Slack channel for releases.": what the channel is, said after — no step
  [/(^|[.!?]\s+)(?:that['’]s|that\s+is|this\s+is|it['’]s)\s+(?:our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:channel|inbox|list|page|repo|repository|file)\b[^.!?]*[.!?]?/gi, '$1'],
  // "… Is that possible?", "Could you set that up, please?", "Would that work?": asks whether the request can be done — no step
  [/(^|[.!?]\s+)(?:is\s+that\s+(?:possible|doable|ok(?:ay)?|something\s+you\s+can\s+do)|would\s+that\s+work|(?:can|could)\s+you\s+(?:please\s+)?(?:set\s+(?:that|it|this)\s+up|do\s+(?:that|it|this)|handle\s+(?:that|it|this))(?:\s+for\s+me)?(?:,?\s+please)?)\s*[?.!]*(?:\s*(?:thanks?(?:\s+you)?|cheers)[.!]*)?\s*$/i, '$1'],
  // "I was asked to log …", "I was told we need …", "Sorry if this is a basic one:": how the request reached me — no step
  [/(^\s*|[.!?]\s+)(?:(?:hi|hello|hey)\s*,?\s*)?(?:sorry\s+if\s+this\s+is\s+[^:,.]{1,40}[:,]\s*|i['’]m\s+not\s+sure\s+how\s+this\s+(?:part\s+)?works\s*,?\s*(?:but\s+)?)/gi, '$1'],
  [/(^\s*|[.!?]\s+)(?:i\s+was|i['’]ve\s+been|i['’]m|i\s+am)\s+(?:asked|told)\s+(?:to\s+|that\s+)?(?=we\s+need|[a-z]+\s)/gi, '$1'],
  // a request pasted from a letter: no greeting or sign-off, its P.S. applied ("P.S. it should go to #releases, not #deploys")
  [/^[\s\S]+$/, unwrapped],
  // "email each guest a thank-you: a@x, b@x, c@x": one each, the people listed after the colon
  [/\b(email|e-mail|mail|message|dm|send)\s+each\s+[\w-]+\s+(an?\s+[^:.;]{2,40}?)\s*:\s*((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*,\s*(?:and\s+)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)+)/gi, '$1 each of $3 $2'],
  // "trigger: gh issue opened. create …": the event, said as a label
  [/^(\s*)trigger\s*:\s*(?:an?\s+)?(?:new\s+)?(?:gh|github)\s+(issue|pr|pull\s+request)\s+(opened|created|merged|closed|filed)\s*[.;,]\s*/i, '$1When a GitHub $2 is $3, '],
  // "mail to a@x, b@x. subj 'X'. body: report is ready": what the message says, said as a field after it
  [/\bsubj\b\.?(?=\s*[:=]?\s*['"‘“\uE100])/gi, 'subject'],
  // (also "Copy: X" and "Both say X", "Each should read X": what every message said before it says)
  [/([.!?])\s+(?:(?:(?:the\s+)?(?:exact|full|precise)\s+)?(?:body|message|text|msg|copy)(?:\s*,\s*word\s+for\s+word)?\s*[:=]|(?:both|each|they|all)(?:\s+of\s+them)?\s+(?:(?:should|must|will|need\s+to|can)\s+)?(?:just\s+)?(?:say|says|read|reads|state|states)(?:\s+that)?\s)\s*([^.!?]+)([.!?]?)\s*$/i, (_m: string, _end: string, said: string, end: string) => ` saying ${said}${end}`],
  // "hit https://… with a POST and send {…} as the json": the request's body
  [/\s+and\s+send\s+(\{[^{}]*\}|\uE100\d+\uE101)\s+as\s+(?:the\s+)?(?:json|body|payload)\b/gi, ' with the JSON $1'],
  // "New GitHub issue opened? Log an Asana task …": the event asked as a question, then what to do
  [/^(\s*)(?:a\s+|any\s+)?new\s+([\w\s-]{2,40}?)\s+(opened|created|filed|submitted|received|merged|posted|uploaded|added)\s*\?\s+/i, '$1When a new $2 is $3, '],
  [/^(\s*)(?:a\s+|any\s+)?new\s+([\w\s-]{2,40}?)\s+(comes?\s+in|arrives?|lands?|shows?\s+up)\s*\?\s+/i, '$1When a new $2 comes in, '],
  // "Watch for newly opened GitHub issues. When one comes in, raise …": the event watched for is the trigger
  [/^(\s*)(?:watch|look|listen|keep\s+an\s+eye\s+out)\s+for\s+(?:any\s+)?(?:new(?:ly)?\s+)?((?:opened|created|filed|submitted)\s+)?([\w\s-]{2,40}?)s\s*[.!]\s+(?:when|whenever|each\s+time|every\s+time|as\s+soon\s+as)\s+(?:one|it|they|a\s+new\s+one)\s+(?:comes?\s+in|arrives?|shows?\s+up|appears?|lands?|is\s+(?:opened|created|filed))\s*,\s*/i, (_m: string, lead: string, how: string | undefined, what: string) => `${lead}When a new ${what} is ${how ? how.trim() : 'created'}, `],
  // "Subject 'Weekly report', body saying the report is ready — mail it out to a@x and b@x": the fields first, then the sending
  [new RegExp(`^(\\s*)subject(?:\\s+line)?\\s*:?\\s*(${MASKED_QUOTE})(?:\\s*,\\s*(?:and\\s+)?(?:body|message|text)\\s*(?:saying|that\\s+says|reading|:)?\\s*([^—–]+?))?\\s*[—–-]\\s*((?:mail|email|e-mail|send)\\b.+?)([.!]?)\\s*$`, 'i'), (_m: string, lead: string, subj: string, body: string | undefined, ask: string, end: string) => `${lead}${ask} with the subject ${subj}${body ? ` saying ${body}` : ''}${end}`],
  // "Shoot a note to a@x. Subject line: 'X'. Just tell them the report is ready.", "… post in #standup. Tell folks to update the board.":
  // what the message says, said in a sentence after it
  [/(^|[.!?]\s+)((?:[^.!?]|[.!?](?=\S))*\b(?:email|e-mail|mail|post|message|send|ping|note|dm|slack)\b(?:[^.!?]|[.!?](?=\S))*?)([.!?])((?:\s+subject(?:\s+line)?\s*:\s*[^.!?]+[.!?])?)\s+(?:just\s+|and\s+)?(?:tell|let|remind|ask)\s+(them|folks|everyone|everybody|people|the\s+team|him|her)(?:\s+know)?\s+(?:(to)\s+|that\s+)?([^.!?#@]+)([.!?]?)\s*$/i, (m: string, lead: string, ask: string, end: string, subj: string, _who: string, to: string | undefined, said: string, end2: string) => (/\b(?:saying|that\s+says|reminding|telling|asking|about)\b|:\s/i.test(ask) ? m : `${lead}${ask}${subj ? ` with the subject ${subj.trim().replace(/^subject(?:\s+line)?\s*:\s*/i, '').replace(/[.!?]$/, '')}` : ''} ${to ? 'reminding them to' : 'saying'} ${said}${end2 || end}`)],
  // "update reports/status.txt so that the file contains the text 'X'": write X there
  [/\b(?:update|change|edit|set|overwrite)\s+((?:[\w.-]+\/)*[\w.-]+\.[a-z0-9]{1,5})\s+so\s+(?:that\s+)?(?:the\s+file|it)\s+(?:contains|says|reads|holds|has|shows)\s+(?:the\s+(?:text|line|words?)\s+)?/gi, 'write to the file $1 the text '],
  // "…, and it needs to be done by 2026-12-01": when it is due
  [/\b(?:it|this|that|the\s+task)\s+(?:needs|has)\s+to\s+be\s+(?:done|finished|completed|closed|ready|wrapped\s+up)\s+(?:by|before|on)\s+/gi, 'due '],
  // ("Could you send {…} to https://…? It needs to be a POST request.": the method of the request just said)
  [/[.!?]\s+(?:and\s+)?it\s+(?:needs|has)\s+to\s+be\s+an?\s+(POST|GET|PUT|PATCH|DELETE)(?:\s+request)?\s*[.!]?\s*$/i, (_m: string, method: string) => ` as a ${method.toUpperCase()} request.`],
  // "Before anything goes out, could we get a manager to okay it?": the approval comes first
  [/(^|[.!?]\s+)before\s+(?:anything|it|this|that|they|anyone\s+\w+)\s+(?:goes|go|is|gets|are)\s+(?:out|sent|posted|published|emailed|mailed|to\s+(?:the\s+)?(?!\S+@)[\w.#-]+)\s*,\s*((?:[^.!?]|[.!?](?=\S))+?)(?=\s*(?:[—–;,]\s*)?(?:and\s+)?then\b|[.!?](?:\s|$)|$)/gi, '$1$2 first'],
  // "a message that just says 'X'": the words it says
  [/\b(that|which)\s+(?:(?:just|simply|only)\s+(says|reads)|(says|reads)\s+(?:exactly|verbatim|precisely|word\s+for\s+word))\b/gi, (_m: string, that: string, a?: string, b?: string) => `${that} ${a ?? b}`],
  // "email a@x the weekly starts and stops — the query is select * from weekly_v" ("Routes come from: select …"): the query said
  // after the step that sends its result
  [/^(.*?\b(?:email|e-mail|mail|send|post|share|dm|message)\b.*?)\s*(?:[—–;]|\s-\s|[.:,]\s+)\s*(?:(?:the\s+)?(?:query|sql)\s+(?:is|=|:|to\s+use\s+is)|(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+comes?\s+from\s*:?|use\s*:|using\s*:)\s+((?:select|with)\s.+?)[.!]?\s*$/i, (_m: string, ask: string, sql: string) => {
    // (a schedule said first stays first: "Mondays 10am send the top sellers to #retail — query is …")
    const lead = /^\s*((?:every|each|on|daily|nightly|weekly|monthly|weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|at)\b[^,]*?)(?:,\s*|\s+)(?=(?:email|e-mail|mail|send|post|share|dm|message)\b)/i.exec(ask);
    const q = sql.includes("'") ? `"${sql}"` : `'${sql}'`;
    return lead ? `${lead[1]}, run ${q} on the database, then ${ask.slice(lead[0].length)} with the results` : `Run ${q} on the database, then ${ask} with the results`;
  }],
  // "Slack message to #ops. Text exactly 'Disk at 90%'.": the field, said exactly
  [/(^|[.!?]\s+)(text|message|body|subject)\s+(?:exactly|verbatim|word\s+for\s+word)\s*:?\s+(?=['"‘“\uE100])/gi, '$1$2: '],
  // "…, but only after waiting 10 minutes first": the wait comes first
  [/,?\s+but\s+only\s+after\s+(?:waiting|a\s+wait\s+of|a\s+pause\s+of)\s+((?:\d+|a|an|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:seconds?|minutes?|mins?|hours?|days?))(?:\s+first)?(?=\s*[.!]?\s*$)/gi, ', but not before $1 have passed'],
  // "… called 'X'. It should go to ops-team, be due 2026-12-01, and be marked high priority.": the details, as steps on it
  [/(^|[.!?]\s+)it\s+(?:should|must|needs\s+to|has\s+to|will|can)\s+([^.!?]+)/gi, (m: string, lead: string, said: string) => {
    const parts = said.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((p) => p.trim()).filter(Boolean);
    const steps = parts.map((p) => /^(?:go|be\s+assigned|be\s+given|belong)\s+to\s+(.+)$/i.exec(p)?.[1].replace(/^(.+)$/, 'assign it to $1')
      ?? /^be\s+due\s+(?:on\s+|by\s+)?(.+)$/i.exec(p)?.[1].replace(/^(.+)$/, 'make it due $1')
      ?? /^(?:be\s+(?:marked|set|flagged)(?:\s+(?:as|to))?|have)\s+(.+?\s+priority|priority\s+\w+|urgent)$/i.exec(p)?.[1].replace(/^(.+)$/, 'mark it $1'));
    return parts.length > 1 && steps.every(Boolean) ? `${lead}${steps.join(', ').replace(/^a/, 'A')}` : m;
  }],
  // "We just confirmed the bug — I need a task made …", "The fix has shipped, so I need 'X' added …": the wish is a sentence of its own
  [/(\S)\s*(?:,\s*so|[—–]|\s-)\s+(?=(?:i|we)\s*(?:need|want|['’]d\s+like|would\s+like)\s+(?!to\b)(?![^.!?]*\bto\s+(?:see|know|hear|find\s+out|be\s+aware|learn)\b))/gi, '$1. '],
  // "In reports/status.txt, I need the text 'X' saved": where, said first, goes after the wish
  [/(^|[.!?]\s+)((?:in|into|to|for|on)\s+(?:[#@][\w.-]+|[\w.-]*\/[\w.\/-]+|[\w-]+\.[a-z]{2,5}|\uE000\d+\uE001)(?:\s+(?:on|in)\s+slack)?),\s+((?:i|we)\s*(?:need|want|['’]d\s+like|would\s+like)\s+(?!to\b)(?:(?!,\s*but\b)[^.!?—–;]|[.!?](?=\S))+)/gi, '$1$3 $2'],
  // "Subject should be 'Weekly report', and just let them know …": the subject, a sentence of its own
  [/(^|[.!?]\s+)(?:the\s+)?subject(?:\s+line)?\s+(?:should\s+be|is|will\s+be|can\s+be)\s*:?\s*(['"‘“]\uE100\d+\uE101['"’”])\s*(?:,\s*|;\s*|\s+)(?:and\s+)?(?=(?:just\s+)?(?:let|tell|say|mention|explain|remind|ask)\b)/gi, '$1Subject: $2. '],
  // "Subject 'Outage resolved' — I need that email going out to x@y": the subject said before the email it belongs to
  [/^\s*(?:the\s+)?subject(?:\s+line)?\s*(?:is\s+|:\s*|=\s*)?(['"‘“]\uE100\d+\uE101['"’”])\s*(?:[.;:]|\s[—–-])\s*((?:(?!\bsubject\b)[\s\S])*?\b(?:e-?mail|mail)\b[\s\S]*?)([.!?]?)\s*$/i, '$2 with the subject $1$3'],
  // "I need that email going out to team@x": send it there
  [/\b(?:i|we)\s+need\s+((?:that|the|this|an?)\s+(?:e-?mail|message|note))\s+(?:going\s+out|to\s+go\s+out|sent(?:\s+out)?|going)\s+to\b/gi, 'send $1 to'],
  // "Could we get a chocolate cake baked for the party?", "get the report emailed to x@y": the thing, and what is done to it
  [/\b(?:get|have)\s+((?:an?|the|some|that|this|our|my)\s+(?:(?!(?:and|then|or|but|to|for)\b)[\w'’-]+\s+){0,3}?[\w-]+)\s+([a-z]{3,}ed|made|done|built|sent|written)\b(?!\s+(?:by|to\s+(?:be|have)))/gi, (m: string, what: string, done: string) => (/^(?:need|want|us|used|interest|red|bed|speed|seed|feed|shed|hundred)ed?$/i.test(done) ? m : `${plain(done)} ${what}`)],
  // "We just okayed Alice's access — could you message @alice …": what happened, then the request, two sentences
  [/(^|[.!?]\s+)((?:we|i|they)\s+(?:just\s+|already\s+|finally\s+)?[a-z]+ed\b[^.!?—–]*?)\s+[—–]\s+(?=(?:(?:can|could|would)\s+you\s+|please\s+)?[a-z]+\s)/gi, '$1$2. '],
  // "Whilst you're emailing all@x, post in #general that …": both steps, said as one done during the other
  [/(^|[.!?]\s+)(?:whilst|while)\s+(?:you['’]re|you\s+are|we['’]re|we\s+are)\s+([a-z]+ing)\s+([^,]+),\s*/gi, (_m: string, lead: string, g: string, what: string) => `${lead}${gerundToVerb(g)} ${what} and `],
  // "I need a status email sent and the team told. Both should happen only after you've created an Asana task for X.": that first
  [/^([\s\S]+?[.!?])\s+(?:both|all\s+of\s+(?:that|this|them)|these|they|each)\s+(?:should|must|need\s+to|have\s+to|can)\s+(?:only\s+)?(?:happen|go\s+out|run|be\s+sent|be\s+done)\s+(?:only\s+)?(?:after|once)\s+(?:you['’]ve|you\s+have|we['’]ve|we\s+have)\s+([a-z]+ed|made|sent|done|written|built)\b([^.!?]*)[.!?]?\s*$/i, (_m: string, before: string, done: string, rest: string) => `${plain(done)}${rest}. ${before.trim()}`],
  // "… Please make sure the subject line reads 'X'.", "The text is exactly 'X' and nothing else.": a field of the step before
  [/(^|[.!?]\s+)(?:(?:just\s+)?(?:please\s+)?(?:make\s+sure|ensure)\s+(?:that\s+)?)?(?:the\s+)?subject(?:\s+line)?\s+(?:reads|says|is|should\s+(?:read|say|be))\s+(['"‘“]\uE100\d+\uE101['"’”])(?=\s*(?:[.!?]|$|,?\s+(?:so|please|thanks)\b))/gi, '$1Subject: $2'],
  [/(^|[.!?]\s+)(?:(?:just\s+)?(?:please\s+)?(?:make\s+sure|ensure)\s+(?:that\s+)?)?(?:the\s+)?(text|message|body)\s+(?:reads|says|is|should\s+(?:read|say|be))\s+(?:exactly\s+|just\s+)?(['"‘“]\uE100\d+\uE101['"’”])(?:,?\s+and\s+nothing\s+(?:else|more))?(?=\s*(?:[.!?]|$|,?\s+(?:so|please|thanks)\b))/gi, '$1$2: $3'],
  // "update the file reports/status.txt for me. Please make sure it contains the text 'X'.": write it there
  [/\b(?:update|edit|change)\s+(?:the\s+file\s+)?([\w.-]*\/[\w.\/-]+|[\w-]+\.[a-z]{2,5})(?:\s+for\s+me)?\s*[.,;]?\s+(?:(?:just\s+)?(?:please\s+)?(?:make\s+sure|ensure)\s+(?:that\s+)?)?(?:it|the\s+file)\s+(?:contains?|says?|reads?|has|holds?)\s+(?:the\s+(?:text|line|words)\s+)?(['"‘“]\uE100\d+\uE101['"’”])/gi, 'write $2 to $1'],
  // "It's set to high priority with a due date of 2026-12-01, too.": the details, as steps on the task
  [/(^|[.!?]\s+)(?:(?:just\s+)?(?:please\s+)?(?:make\s+sure|ensure)\s+(?:that\s+)?)?it(?:['’]s|\s+is)\s+(?:set\s+to|marked(?:\s+as)?|flagged(?:\s+as)?)\s+(high|low|medium|normal|urgent)\s+priority(?:\s*,?\s*(?:and\s+)?with\s+a\s+due\s+date\s+of\s+([^,.;!?\s]+))?(?:\s*,?\s*(?:too|as\s+well))?/gi, (_m: string, lead: string, p: string, due?: string) => `${lead}Mark it ${p} priority${due ? `, make it due ${due}` : ''}`],
  // "Please post 'X' in #infra. Just make sure you wait a good 10 minutes before sending it.": the wait, then the step
  [/^([\s\S]+?[.!?])\s+(?:just\s+)?(?:please\s+)?(?:make\s+sure\s+(?:that\s+)?(?:you\s+)?|be\s+sure\s+to\s+)?(?:wait|hold\s+off(?:\s+for)?|pause(?:\s+for)?)\s+(?:a\s+good\s+|at\s+least\s+|a\s+full\s+)?((?:\d+|an?|one|two|five|ten|fifteen|twenty|thirty)\s+(?:seconds?|minutes?|mins?|hours?|days?))\s+(?:before|prior\s+to)\s+(?:sending|posting|doing|you\s+send|you\s+post|you\s+do)\s+(?:it|that|this)\s*[.!]?\s*$/i, 'Wait $2, then $1'],
  // "… into #releases for me. It should just say 'Deploy finished'.": the words of the message before
  [/(^|[.!?]\s+)(?:(?:please\s+)?make\s+sure\s+)?(?:it|the\s+(?:message|post|note|email))\s+(?:should|can|will|must|needs\s+to)\s+(?:just\s+|only\s+|simply\s+)?(?:say|read)\s+(?:exactly\s+)?(['"‘“]\uE100\d+\uE101['"’”])(?:\s+so\s+[^.!?]*(?=\s*(?:[.!?]|$)))?/gi, '$1Text: $2'],
  // (the same once "it should" has been read as the automation: "… for me. Just say 'Deploy finished' so the staff know.")
  [/([.!?]\s+)(?:just|only|simply)\s+say\s+(?:exactly\s+)?(['"‘“]\uE100\d+\uE101['"’”])(?:\s+so\s+[^.!?]*)?(?=\s*(?:[.!?]|$))/gi, '$1Text: $2'],
  // "… the result of a database query for me? The query is 'select …', so make sure you run that first and include what it returns."
  [/\bthe\s+(result|output|answer)s?\s+of\s+an?\s+(?:database\s+|sql\s+)?query(?:\s+for\s+me)?\s*[?.!]\s+(?:the\s+)?query\s+(?:is|should\s+be|will\s+be|to\s+(?:use|run)\s+is)\s*:?\s*(['"‘“]\uE100\d+\uE101['"’”])(?:\s*,?\s*(?:so\s+|and\s+)?(?:please\s+)?(?:make\s+sure\s+(?:that\s+)?(?:you\s+)?)?run\s+(?:that|it|this)\s+first\b[^.!?]*)?/gi, 'the $1 of running $2 on the database'],
  // "Please make sure a manager has given their approval before it goes anywhere.", said after the step: that first
  [/^([\s\S]+?[.!?])\s+(?:just\s+)?(?:please\s+)?(?:make\s+sure|ensure)\s+(?:that\s+)?((?:an?|the|your|our)\s+(?:[\w-]+\s+)?[\w-]+|someone(?:\s+senior)?)\s+(?:has\s+given\s+(?:their|his|her|an?|the)\s+(?:approval|sign-?off|go-ahead|ok)|has\s+approved(?:\s+it)?|has\s+signed\s+off(?:\s+on\s+it)?|approves(?:\s+it)?|signs\s+off(?:\s+on\s+it)?)\s+(?:before|first)\b[^.!?]*[.!?]?\s*$/i, 'Have $2 approve it first. $1'],
  // "You'll need to fetch that address first, of course, and only raise the alert when …": the check already said
  [/(^|[.!?]\s+)(?:you['’]ll\s+need\s+to\s+|you\s+(?:need|have)\s+to\s+|be\s+sure\s+to\s+)?(?:fetch|check|call|hit|request|ping)\s+(?:that|the|this)\s+(?:address|url|endpoint|page|site)\s+first\b[^.!?]*(?:[.!?]|$)/gi, '$1'],
  // "an AI summary of https://… could be posted in #product": post it there
  [/(^|[.!?]\s+|,\s*)((?:an?|the)\s+(?:https?:\/\/\S+|[^.,;!?]){1,100}?)\s+(?:could|should|would|can)\s+be\s+(posted|sent|emailed|shared|dropped)\s+(in|to|into|on)\b/gi, (_m: string, lead: string, what: string, v: string, to: string) => `${lead}${v.replace(/ed$/, '').replace(/^(shar|dropp)$/, (x) => (x === 'shar' ? 'share' : 'drop'))} ${what} ${to}`],
  // "Please make sure that check is run every day at 6pm.": the whole runs on that schedule
  [/(^|[.!?]\s+)(?:(?:please\s+)?make\s+sure\s+(?:that\s+)?)?(?:that|the|this)\s+(?:check|job|request|call|email|message|reminder|alert)\s+(?:is|gets|should\s+be)\s+(?:run|sent|done|made|posted)\s+(?=(?:every|each|daily|nightly|weekly|on\s+(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekdays)|at\s+\d))/gi, '$1Run this '],
  // "The tech team told me to do a POST to https://… with this JSON: {…}. Can you do that?": what they asked for
  [/^\s*(?:the\s+|our\s+|my\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:told|asked)\s+me\s+to\s+((?:[^.!?]|[.!?](?=\S))+)[.!?](?:\s+(?:can|could|would)\s+you\s+(?:please\s+)?(?:do|handle|sort)\s+(?:that|it|this)(?:\s+for\s+me)?\s*[?.!]?)?\s*$/i, '$1'],
  // "put the bug fix into Asana as a task": a task for it
  [/\bput\s+(the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:into|in|on)\s+asana\s+as\s+(?:a|an)\s+(?:new\s+)?task\b/gi, 'create an Asana task for $1'],
  // "…, and just say the report is ready": what the message says
  [/,?\s+and\s+(?:just\s+)?say\s+(?=(?:that\s+)?(?:the|our|we|it|they|everything|all)\b)/gi, ' saying '],
  // "It's high priority and it's due 2026-12-01.": the details, as steps on the task
  [/(^|[.!?]\s+)it(?:['’]s|\s+is)\s+(high|low|medium|normal|urgent)\s+priority(?:\s*(?:,\s*|\s+)(?:and\s+)?(?:it['’]s\s+|it\s+is\s+)?due\s+(?:on\s+|by\s+)?([^,.;!?\s]+))?/gi, (_m: string, lead: string, p: string, due?: string) => `${lead}Mark it ${p} priority${due ? `, make it due ${due}` : ''}`],
  // "I want Asana task 1204 marked complete, and then #pm told it's done", "We need a bug fix task set up, and after that the
  // team told about it": the wish said once for both steps, the second said as what is done to its object
  [/\b((?:i|we)\s*(?:want|need|['’]d\s+like|would\s+like)\s+(?:[^.!?,]|[.!?](?=\S))+?\s+[a-z]+(?:ed|en|t|up)\b[^.!?]*?)(,?\s*(?:and\s+)?(?:then|after\s+that|afterwards)\s*,?\s+)((?:the\s+|a\s+|an\s+)?(?:#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\s+[\w-]+){0,2}?))\s+(told|notified|informed|alerted|pinged|messaged|emailed|closed|completed|created|made|sent|posted|updated|marked|added|given\s+a\s+heads-up)\b/gi,
    (_m: string, first: string, then: string, what: string, done: string) => `${first}${then}${/^(?:told|notified|informed|alerted|pinged|messaged|given\s+a\s+heads-up)$/i.test(done) ? 'notify' : plain(done)} ${what}`],
  // "Into #releases on Slack, put up the message 'X'", "In #infra, after a 10-minute delay, share 'X'": where, said first, goes with
  // the verb that sends there
  [/(^|[.!?]\s+)(?:in|into|to|on|over\s+in)\s+(#[\w-]+)(?:\s+(?:on|in)\s+slack)?\s*,\s*((?:(?![.!?](?:\s|$))[\s\S])*?\b)(post(?:ing)?|shar(?:e|ing)|send(?:ing)?|say(?:ing)?|mention(?:ing)?|announc(?:e|ing)|drop(?:ping)?|put(?:ting)?\s+up|put(?:ting)?|writ(?:e|ing))\b(?!\s+(?:in|to|into|on)\s+#)/gi, '$1$3$4 in $2'],
  // "Please ensure an Asana task titled 'X' is set up with …, owned by ops-team": make it, theirs
  [/\b(?:(?:please|kindly)\s+)?(?:ensure|make\s+sure)\s+(?:that\s+)?(an?\s+(?:asana\s+|github\s+)?(?:task|issue|ticket)\b(?:[^.!?]|[.!?](?=\S))*?)\s+(?:is|gets|be)\s+(?:set\s+up|created|made|opened|raised|added|logged|filed)\b/gi, 'create $1'],
  [/\bowned\s+by\s+(?=[\w@.-]+)/gi, 'assigned to '],
  // "Upon the opening of any GitHub issue, …": whenever one is opened
  [/\b(?:upon|on|at)\s+the\s+(opening|creation|submission|filing|closing|completion)\s+of\s+(?:any|each|every|an?|a\s+new)\s+((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s*,)/gi, (_m: string, n: string, what: string) => `whenever a ${what} is ${n.toLowerCase().replace(/^opening$/, 'opened').replace(/^creation$/, 'created').replace(/^submission$/, 'submitted').replace(/^filing$/, 'filed').replace(/^closing$/, 'closed').replace(/^completion$/, 'completed')}`],
  // "Announce that X in #general on Slack and by email to all@x", "tell everyone that X, both in #general and by email to all@x",
  // "to #general on Slack and to all@x by email, announce that X": one thing said in two places, a post and an email
  [/(?:[^.!?]|[.!?](?=\S))*\b(?:announc(?:e|ing)|tell(?:ing)?\s+(?:everyone|everybody|people|folks|the\s+team)|let(?:ting)?\s+(?:everyone|everybody|people|folks|the\s+team)\s+know|say(?:ing)?|shar(?:e|ing)\s+the\s+news)\b(?:[^.!?]|[.!?](?=\S))*/gi, (m: string) => {
    const ch = m.match(/#[\w-]+/g);
    const to = m.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g);
    const said = /\bthat\s+((?:(?!\s+(?:both\s+)?(?:in|to|on|via)\s+#|\s+(?:both\s+)?(?:by|via)\s+e-?mail|,)(?:[^.!?]|[.!?](?=\S)))+)/i.exec(m)?.[1];
    if (!ch || ch.length !== 1 || !to || to.length !== 1 || !said || !/\b(?:by|via)\s+e-?mail\b/i.test(m) || /\b(?:post|send|e-?mail)\s+(?:it|that|this|a|an|the)\b/i.test(m)) return m;
    const together = /\b(?:simultaneously|in\s+parallel|at\s+the\s+same\s+time|at\s+once|together)\b/i.test(m);
    const lead = /^\s*/.exec(m)![0];
    return `${lead}post in ${ch[0]} and email ${to[0]} saying ${said.trim()}${together ? ', both at the same time' : ''}`;
  }],
  // "each of a@x, b@x and c@x to get their own welcome email", "each address in the list a@x, b@x, c@x gets its own …",
  // "a@x, b@x, c@x: for every one of them, mail out …", "New joiners a@x, b@x and c@x — each of them should get their own …": one each
  [new RegExp(String.raw`\b(?:(?:we\s+need\s+|i\s+want\s+|i['’]d\s+like\s+)?each\s+(?:of|address\s+in(?:\s+the\s+list)?|one\s+of)\s+)(${ADDRESS_LIST})\s+(?:to\s+get|gets?|should\s+get|receives?|should\s+receive)\s+(?:their|its|his|her|a)\s+(?:own\s+)?`, 'gi'), (_m: string, list: string) => `send to each of ${list} a `],
  [new RegExp(String.raw`(^|[.!?]\s+)(${ADDRESS_LIST})\s*[:—–-]\s*(?:for\s+(?:every|each)\s+one\s+of\s+them|each\s+of\s+them)\s*,?\s*(?:should\s+get\s+(?:their|its)\s+own\s+(.+?)(?=[.!?]?\s*$)|([a-z][\s\S]*))`, 'gi'), (_m: string, lead: string, list: string, own?: string, rest?: string) => (own ? `${lead}send ${own} to each of ${list}` : `${lead}for each of ${list}, ${rest}`)],
  [new RegExp(String.raw`(^|[.!?]\s+)(?:[\p{L}'’-]+\s+){0,3}?(${ADDRESS_LIST})\s+[—–-]\s+each\s+of\s+them\s+should\s+(?:get|receive)\s+(?:their|its)\s+own\s+([^.!?]+)`, 'giu'), (_m: string, lead: string, list: string, what: string) => `${lead}send ${what} to each of ${list}`],
  // ("have a workflow where send to each of …": once what it does is said as a step, the frame goes)
  [/\b(?:have|get|set\s+up|build)\s+(?:an?\s+)?(?:workflow|automation|flow)\s+where\s+(?=(?:send|post|create|email|notify|for\s+each)\b)/gi, ''],
  // fields written as bullets ("- Channel: #deployments\n- Message: 'Deploy finished'"): a form, not a list of steps
  // ("Asana task: 6013\n- add comment: …\n- then close the task": and a step said after them)
  [/^[\s\S]+$/, (all: string) => ((all.match(/^[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?[A-Za-z][\w '()/-]{0,30}?[ \t]*:(?!\/\/)[ \t]*\S/gm) ?? []).length >= 2 && /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+[A-Za-z][\w '()/-]{0,30}?[ \t]*:(?!\/\/)[ \t]*\S/m.test(all) ? all.replace(/^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?=[A-Za-z][\w '()/-]{0,30}?[ \t]*:(?!\/\/)[ \t]*\S|(?:then|and[ \t]+then|finally|afterwards)[ \t])/gim, '') : all)],
  // a list written one item per line ("… to each of these people:\n- a@x\n- b@y", "For Asana task 5566:\n1. … 2. …")
  [/^[\s\S]+$/, lineItems],
  // a routine done by hand, described, then "Could you take that over?": the description is the steps
  [/^[\s\S]+$/, routine],
  // why a step is wanted, said with it ("so nobody is caught off guard", "as a paper trail"): no step of its own
  [/^[\s\S]+$/, withoutReasons],
  // words given to a field without quotes ("with subject weekly report saying …", "write the text nightly run ok to the
  // file …", "add the comment duplicate of the billing ticket and then close it"): quoted, so no word in them is read as
  // a schedule ("weekly", "nightly") or a step
  [/\b(with\s+(?:the\s+|a\s+)?subject(?:\s+line)?|subject(?:\s+line)?\s*:)\s+(?![\s'"‘“]|\uE100)((?:(?!\b(?:saying|telling|that\s+says|and|with|to|body)\b)[^,;.!?'"\uE100])+?)(?=\s+(?:saying|telling|that\s+says|and\s+(?:tell|say|let|mention|explain|the\s+body)|with\s+the\s+(?:body|message|text)|to\s+\S+@)\b|\s*[,;.!?]|\s*$)/gi, (_m: string, cue: string, v: string) => `${cue} '${v.trim()}'`],
  [/\b(write|append|add|put|save)\s+(the\s+(?:text|line|words|message|note))\s+(?![\s'"‘“]|\uE100)([^,;!?'"\uE100]+?)\s+(to|into|in)\s+(?=(?:the\s+)?file\b|\S+\.\w{2,5}\b)/gi, (_m: string, verb: string, what: string, v: string, to: string) => `${verb} ${what} '${v}' ${to} `],
  [/\b((?:add|post|leave|put)\s+(?:the\s+|a\s+)?comment)\s+(?![\s'"‘“]|\uE100|(?:on|to|in|saying|that|about)\b)([^,;!?'"\uE100]+?)(?=\s+(?:and\s+then|then|and\s+(?:close|complete|mark|finish)|(?:and\s+)?(?:after\s+that|afterwards?))\b|\s+(?:to|on)\s+(?:the\s+)?(?:asana\s+|github\s+)?(?:task|issue|ticket)\b|\s*[,;]|\s*[.!?]?\s*$)/gi, (_m: string, cue: string, v: string) => `${cue} '${v}'`],
  // details, order and timing said afterwards in sentences of their own ("Text: 'X'. Oh, and it goes in #deployments.")
  [/^[\s\S]+$/, withAfterthoughts],
  // the state wanted at the end, said instead of steps ("End state: task 3381 is marked complete and #pm has been told")
  [/^[\s\S]+$/, endState],
  // a list set off by spaced hyphens ("For each new starter - a@x, b@x and c@x - send …") is an aside, not two checklist lines
  [/(\S)\s+-\s+((?:(?:[@#]?[\w.+-]+(?:@[\w.-]+)?|\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*)\s*(?:,\s*(?:and\s+)?|\s+and\s+))+(?:[@#]?[\w.+-]+(?:@[\w.-]+)?|\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*))\s+-\s+/gu, '$1 — $2 — '],
  // ("For each of the swab points - Line 1 filler, Line 3 conveyor and Packing Room B - create …": any items, after "each")
  [/(\b(?:for\s+)?(?:each|every)\b(?:(?!\s-\s)[^—\n]){0,60}?)\s+-\s+((?:(?!\s-\s)[^—\n]){2,160}?(?:,|\s+and\s+)(?:(?!\s-\s)[^—\n]){2,160}?)\s+-\s+/gi, '$1 — $2 — '],
  // a checklist typed in one line ("- complete Asana task 3019 - tell #ops it's finished", "Launch: - post … - email …"): one sentence each
  [/^[\s\S]+$/, (all: string) => ((all.match(/(?:^|\s)-\s+(?=\S)/g) ?? []).length >= 2 ? all.replace(/^\s*([^-]{2,60}?)\s*:\s*(?=-\s)/, (_m: string, h: string) => (/\b(?:in\s+parallel|at\s+the\s+same\s+time|simultaneously)\b/i.test(h) ? 'In parallel: ' : '')).replace(/(?:^|\s)-\s+(?=\S)/g, (m: string, at: number) => (at === 0 ? '' : '; ')).replace(/^;\s*/, '') : all)],
  // a form or questions and answers ("Check: GET … | Condition: … | Alert: #x", "Where? #x. What should it say? 'Y'.")
  [/^[\s\S]+$/, formRequest],
  // what must not happen, said as what should ("don't ping the team until the task exists", "no Slack post")
  [/^[\s\S]+$/, affirmed],
  // "GET <url>; non-200 means a Slack warning to #sre", "a failure means an email to ops@x": what a result means is what to do then
  [/(^|[;,.]\s*|\s[—–-]\s*)(non-?\s*(\d{3})|(?:a\s+|any\s+)?(?:failure|timeout|error|outage)s?|(?:an?\s+)?empty\s+result|no\s+rows)\s+(?:means|should\s+mean|=|->|→)\s+/gi, (_m: string, lead: string, what: string, code?: string) => `${lead}${/^[;,.]/.test(lead.trim()) || !lead.trim() ? '' : '; '}if ${code ? `it is not ${code}` : /empty|no\s+rows/i.test(what) ? 'it returns nothing' : 'it fails'}, send `],
  // "Should the invoice-sync workflow ever blow up, …": a standing rule on another workflow's failure
  [/^(\s*)should\s+((?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:workflow|flow|job|pipeline|automation|sync|run|import|export|backup|deploy(?:ment)?))\s+(?:ever\s+)?(fail|break|crash|error(?:\s+out)?|blow\s+up|go\s+down|die|fall\s+over)\b/i, (_m: string, lead: string, what: string, verb: string) => `${lead}Whenever ${what} ${thirdPerson(verb)}`],
  // "… and drop oncall@x a line should it fail": the inverted "if" said last
  // (not the inversion after "only once …": "only once my manager has approved it should it be emailed")
  [/(?<!\bonly\b[^,.;]{0,80})\s+should\s+(it|that|this|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:ever\s+)?((?:fail|break|error(?:\s+out)?|crash|go\s+down|time\s+out|be|return|come\s+back|not)\b[^,.;!?]*)/gi, (_m: string, who: string, what: string) => ` if ${who} ${/^they$/i.test(who) ? what.replace(/^be\b/i, 'are') : thirdPerson(what)}`],
  // "Loop over a@x, b@x and c@x, dropping each of them a welcome mail": the gerund after the list is what each pass does
  [/(^\s*|[.;]\s+)((?:for\s+each\s+of|(?:loop(?:ing)?|iterat(?:e|ing)|go(?:ing)?|run(?:ning)?|work(?:ing)?|cycl(?:e|ing))\s+(?:over|through)|one\s+(?:by\s+one|at\s+a\s+time)\s+through)\s+(?:[^.;!?]|[.](?=\w))+?),\s+(?!(?:including|starting|beginning|using|morning|evening|meeting|building|nothing|something|everything)\b)([a-z]{3,}ing)\b(?![@\/-]|\.\w)/gi, (m: string, lead: string, head: string, g: string) => (/^\p{Lu}/u.test(g) ? m : `${lead}${head}, ${gerundToVerb(g)}`)],
  // "send each volunteer a reminder email", "email every new hire the handbook": one each, in a loop over them
  [/\b(send|email|e-mail|mail|message|dm|remind|notify)\s+(?:each|every)\s+(?!(?:of|one)\b)((?:[\w-]+\s+){0,2}?[a-z][\w-]*?)\s+(?=(?:a|an|the|their|his|her|its|our)\s)/gi, (_m: string, verb: string, who: string) => `for each ${who}, ${verb.toLowerCase() === 'send' ? 'send' : verb} `],
  // "I want to approve it before it's emailed to x@y": my approval, then the step
  [/\b(?:i|we)\s+(?:want|need|would\s+like|'d\s+like|’d\s+like)\s+to\s+(?:approve|sign\s+off\s+on|okay|review\s+and\s+approve)\s+(it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+before\s+(?:it|this|that|they)(?:'s|’s|\s+is|\s+are|\s+gets?)\s+([a-z]+ed|sent|posted)\b/gi, (_m: string, what: string, done: string) => `get my approval, then ${plain(done)} ${what}`],
  // "…, while at the same time posting 'X' in #hr-ops": a step beside the ones before
  [/,?\s+while\s+(?:at\s+the\s+same\s+time|simultaneously|in\s+parallel)\s+([a-z]{3,}ing)\b([^.!?]*)([.!?]?)/gi, (_m: string, g: string, rest: string, end: string) => `. At the same time, ${gerundToVerb(g)}${rest}${end || '.'}`],
  // "Welcome emails, one for each person: a@x, b@x and c@x. Go through them one by one.": one each, in a loop
  [/^\s*(?:send\s+)?((?:[\w-]+\s+){0,2}?(?:e-?mail|message|dm|reminder|invite|invitation|note))s?\s*,\s*one\s+(?:for|to)\s+each\s+(?:(?:person|recipient|address|of\s+them|one)\s*:|of)\s*((?:[^.!?]|[.](?=\w))+?)\s*[.!?]\s*(?:(?:please\s+)?go\s+through\s+them\s+one\s+(?:by\s+one|at\s+a\s+time)\s*[.!?]?\s*)?$/i, (_m: string, what: string, list: string) => `For each of ${list}, send a ${what.toLowerCase()}.`],
  // "when you get a chance", "if possible", "at your convenience": politeness, not a condition
  [/,?\s*\b(?:when(?:ever)?\s+you\s+(?:get|have|find)\s+(?:a|the)\s+(?:chance|moment|minute|sec(?:ond)?)|if\s+(?:at\s+all\s+)?(?:possible|you\s+can|you\s+could|you\s+don't\s+mind|that's\s+ok(?:ay)?)|at\s+your\s+(?:earliest\s+)?convenience)\b\s*[,:]?/gi, ' '],
  // "What I'm after is …", "Ideally: …": outcomes listed instead of steps
  [/(^\s*|[.!?]\s+)(?:what\s+(?:i|we)(?:'m|’m|'re|’re|\s+am|\s+are)\s+after|what\s+(?:i|we)\s+(?:want|need|would\s+like)|ideally|the\s+(?:goal|aim|idea|outcome\s+i\s+want))\s*(?:is|would\s+be|:|,)\s*(?:that\s+|for\s+)?((?:[^.!?]|[.!?](?=\S))+)/gi, (m: string, lead: string, list: string) => { const said = outcomes(list); return said === list ? m : `${lead}${said}`; }],
  // phrasings of colleagues writing in a second language: "Kindly do the needful:", "I need that you …", "you can make …",
  // "intimate the team", "after you notify …" (then), "post which" / "post that" (after which), "revert" (reply),
  // "notify to the team", "different than 200", "at 18h", "is possible to …?", "you wait … and then you write …"
  [/(^\s*|[.;]\s*)first\s*,?\s+((?:a|the|our|my)\s+[\w\s-]{1,30}?\s+(?:must|should|has\s+to|needs?\s+to)\s+approve)\s*,?\s*(?:and\s+)?only\s+after\s+that\s*,?\s*/gi, '$1$2, then '],
  [/\b(?:please\s+|kindly\s+)?do\s+the\s+needful\b\s*[:,.]?\s*(?:and\s+)?/gi, ''],
  [/\b(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)\s+that\s+you\s+/gi, ''],
  [/(^\s*|[.!?;]\s+)(?:you\s+(?:can|could|may|should)|is\s+possible\s+(?:to|that\s+you))\s+(?=[a-z])/gi, '$1'],
  [/(^\s*|[,;.:]\s*|\b(?:and|then|and\s+then|also)\s+)(?:please\s*,?\s+)?you\s+(?=(?:wait|write|send|post|create|make|check|call|email|mail|notify|inform|add|close|open|read|run|save|tell|put|share|delete|update|ping|fetch|get|message|dm)\b)/gi, '$1'],
  [/\bintimate\s+(?=(?:the|our|all|everyone|everybody|#|@|[\w.+-]+@))/gi, 'notify '],
  [/\b(notify|inform|tell|alert)\s+to\s+(?=(?:the|our|all|everyone|everybody|#|@))/gi, '$1 '],
  [/(,\s*|\band\s+)after\s+(?:you\s+|that\s+you\s+)?(?=(?:notify|inform|tell|send|post|email|mail|share|close|create|write|save|ping|alert|message|dm)\b)/gi, '$1then '],
  [/,?\s*\bpost\s+(?:which|that)\s*,?\s+(?=(?:close|complete|send|email|mail|notify|inform|intimate|share|update|create|delete|mark|run|check|assign|add|remove|revert|tell|ping|alert|move|archive|the\s+[\w\s-]{1,40}?\s+(?:should|must|can|will|needs?\s+to)\b)\b)/gi, ', after which '],
  [/\b(?:is|are)\s+different\s+(?:than|from|to)\s+(?=\d)/gi, 'is not '],
  [/\bat\s+(\d{1,2})h(\d{2})?\b/gi, (_m: string, h: string, mm?: string) => `at ${h}:${mm ?? '00'}`],
  [/\b(?:take|have|obtain|seek)\s+(the\s+[\w\s'’-]{1,30}?approval)\b/gi, 'get $1'],
  [/\b(?:put|set|move|mark)\s+(.{1,40}?)\s+(?:on|to|as|in)\s+(?:complete|completed|done|finished|closed)\b/gi, 'complete $1'],
  [/\b(?:confirm|verify|ensure|make\s+sure)\s+(?:that\s+|whether\s+|if\s+)?(https?:\/\/\S+?)\s+(?:works|is\s+(?:up|working|ok|fine|healthy|reachable|alive)|responds|returns\s+(?:a\s+|an\s+)?(?:200|ok|success(?:ful)?)(?:\s+(?:status|response))?)\b/gi, 'check $1'],
  [/\bwrite\s+inside\s+(?:it\s+)?(?:that\s+)?/gi, 'saying '],
  // a colleague named first ("Kenji, can you …", "Ivy, mind marking …"): the request is theirs to read
  [/(^\s*|[.!?]\s+)(?:hey\s+|hi\s+|ok\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*,\s+(?=(?:can|could|would|will|mind|please|pls|when|do|i|we|any\s+chance|are|is|quick|just)\b)/gu, '$1'],
  [/(^\s*|[.!?]\s+)mind\s+(?=[a-z]+ing\b)/gi, '$1would you mind '],
  // "Now that the audit is finished, …", "Because of the snowstorm, …", "Right away, …", "One at a time, …": context and manner
  [/(^\s*|[.!?]\s+)(?:now\s+that|because(?:\s+of)?|given\s+that|seeing\s+(?:as|that)|since)\s+[^,]{3,80},\s*(?=[a-z])/gi, '$1'],
  // ("While we're on sale, hit … every 5 minutes …": a period said as context, not a step or a trigger)
  [/(^\s*|[.!?]\s+)(?:while|as\s+long\s+as|for\s+as\s+long\s+as)\s+(?:we|we're|we\s+are|it's|it\s+is|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are))\s+(?:still\s+)?(?:on\s+sale|open|live|running|in\s+[\w-]+(?:\s+[\w-]+)?|on|up|away|out)\s*,\s*(?=[a-z])/gi, '$1'],
  [/(^\s*|[.!?]\s+)(?:right\s+away|right\s+now|asap|one\s+at\s+a\s+time|one\s+by\s+one|straight\s+away|immediately|first\s+thing)\s*,\s*/gi, '$1'],
  // "As soon as I get home tonight, …": a moment in the writer's day, which no event tells the workflow about
  [/(^\s*|[.!?]\s+)(?:as\s+soon\s+as|once|when|whenever|the\s+moment)\s+(?:i|we)(?:'m|\s+am|\s+are)?\s+(?:get(?:ting)?\s+(?:home|back|in|up|to\s+(?:work|the\s+office))|arrive|wake\s+up|leave|come\s+back|am\s+back|back|home|out\s+of\s+(?:the\s+)?(?:meeting|office))\b[^,]*,\s*/gi, '$1'],
  // "Right after you create a task for X, give the team a heads-up": the first, then the second
  // "We need a task for X. After you've made it, please let …": the task said before is made, then …
  [/(^\s*|[.!?]\s+)after\s+you['’]ve\s+(?:created|made|set\s+up|opened|logged|raised)\s+(it|that|this)\s*,\s*(?:please\s+)?/gi, '$1Then '],
  [/(^\s*|[.!?]\s+)(?:right\s+|straight\s+|immediately\s+|just\s+)?after\s+(?:you|we)(?:'ve|’ve|\s+have)?\s+([a-z][^,]{3,120}),\s*(?=[a-z])/gi, (_m: string, lead: string, did: string) => `${lead}${did.replace(/^(created|made|opened|logged|raised|added|posted|sent|emailed|fetched|run|ran|completed|closed|marked|written|set\s+up)\b/i, (p) => ({ created: 'create', made: 'make', opened: 'open', logged: 'log', raised: 'raise', added: 'add', posted: 'post', sent: 'send', emailed: 'email', fetched: 'fetch', run: 'run', ran: 'run', completed: 'complete', closed: 'close', marked: 'mark', written: 'write' } as Record<string, string>)[p.toLowerCase()] ?? p.replace(/^set/i, 'set'))}, then `],
  // "Set up a weekly reminder in #eng-sync. It should go out every Tuesday at 10:30am and ask people to …": when it goes and
  // what it asks belong to the message said before
  [/([^.!?])\s*[.!?]\s+(?:it|this|that)\s+(?:should|will|must|needs\s+to|has\s+to|can)\s+(?:go\s+out|run|be\s+sent|fire|be\s+posted|repeat)\s+([^.!?]*?)\s*,?\s+and\s+(ask|tell|remind)\s+/gi, (_m: string, end: string, when: string, verb: string) => `${end} ${when}, ${verb.toLowerCase() === 'ask' ? 'asking' : verb.toLowerCase() === 'tell' ? 'telling' : 'reminding'} `],
  [/\bset\s+up\s+(an?\s+(?:(?:daily|weekly|monthly|recurring|regular)\s+)?(?:slack\s+)?(?:reminder|message|post|announcement|nudge))\s+(in|to|on|for)\s+(?=#)/gi, 'post $1 $2 '],
  // "Could you drop a thank-you in #x …? Something like 'Huge thanks …'": the words the message should say
  [/\s*([.!?])\s+(?:something\s+like|along\s+the\s+lines\s+of|e\.g\.|for\s+example|maybe|perhaps)\s*[:,]?\s*(['"‘“]\uE100\d+\uE101['"’”])\s*[.!]?\s*$/i, ' saying $2$1'],
  // "cc me at nadia@x": the address is mine
  [/\b(cc|copy|bcc)\s+me\s+(?:at|on|via)\s+(?=[\w.+-]+@)/gi, '$1 '],
  // a purpose said first ("So #pm knows it's wrapped up, …", "So that someone actually notices, …"): why, not what
  [/(^\s*|[.!?]\s+)so\s+(?!(?:first|then|please|just|now|go\s+ahead)\b)(?:that\s+)?[^,]{1,60}?\b(?:knows?|can|could|will|sees?|notices?|hears?|is\s+aware|are\s+aware|gets?|has|have|doesn't|don't|won't|isn't)\b[^,]{0,60},\s*(?=[a-z#@])/gi, '$1'],
  // a clarification after a dash ("— Slack for the first, email for the second", "— the task lives in Asana and the message goes on
  // Slack", "— a database query, then an email", "— nobody wants to be cc'd …"): nothing new to do
  [/\s*[—–]\s*(?:(?:slack|e-?mail)\s+for\s+the\s+(?:first|second)\b|the\s+(?:task|issue|message|email|post|ticket)\s+(?:lives|is|goes|sits|belongs)\s+(?:in|on)\b|an?\s+[\w\s-]{3,30}?,\s*then\s+an?\s+[\w\s-]{3,30}(?=[.!?]?\s*$)|(?:nobody|no\s+one|because|since|as\s+they|they|people)\b)[^.!?]*/gi, ''],
  // things named instead of steps: "Creation of an Asana task for X, notification of the team …, and a status email to follow",
  // "A comment of 'X' on task N, followed by completion of that same task", "delivery of X by email to y", "Manager approval first"
  [/\b(creation|notification|deletion|completion|closure|closing|delivery|posting|submission|archiving|assignment)\s+of\s+/gi, (_m: string, n: string) => `${({ creation: 'create', notification: 'notify', deletion: 'delete', completion: 'complete', closure: 'close', closing: 'close', delivery: 'send', posting: 'post', submission: 'submit', archiving: 'archive', assignment: 'assign' } as Record<string, string>)[n.toLowerCase()]} `],
  [/,?\s*(?:and\s+)?(?:an?|the)\s+((?:[\w-]+\s+)?(?:e-?mail|message|update|note))\s+to\s+follow\b/gi, ', then send a $1'],
  [/,?\s*followed\s+by\s+/gi, ', then '],
  [/(^\s*|[.;:]\s*)(?:an?\s+)?comment\s+of\s+(?=['"‘“])/gi, '$1comment '],
  [/(^\s*|[.;:]\s*)((?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:approval|sign-?off))\s+first\b/gi, '$1get $2 first'],
  [/(^\s*|[,;]\s*|\b(?:then|and)\s+)send\s+the\s+([^,.;]{3,60}?)\s+by\s+e-?mail\s+to\s+/gi, '$1email the $2 to '],
  // "ping #standup in slack, tell people to update the board", "ping #standup asking everyone to …": what the ping says
  [/\b(ping|message|post\s+in|post\s+to|notify|alert|nudge)\s+(#[\w-]+(?:\s+(?:in|on|via|over)\s+slack)?)\s*,?\s*(?:and\s+)?(tell|ask|remind)(?:ing)?\s+(?:people|everyone|everybody|folks|them|the\s+team|all|staff)\s+to\s+/gi, (_m: string, v: string, ch: string, how: string) => `${v} ${ch}, ${how.toLowerCase() === 'ask' ? 'asking' : how.toLowerCase() === 'tell' ? 'telling' : 'reminding'} everyone to `],
  // "slack reminder in #standup, mondays at 9am — update the sprint board please": what the reminder says, after a dash
  [/^(\s*(?:(?:a|an|the)\s+)?(?:(?:slack|weekly|daily|monthly|quick|friendly)\s+)*(?:reminder|nudge|announcement|heads[- ]up)\b[^—–:]*?)\s+[—–]\s+(?!then\b|and\b|also\b)([^—–]+?)\s*[.!]?\s*$/i, '$1 saying $2'],
  // "the team needs to know about a new bug fix task — create it first, then tell them": "it" is the task named before
  [/\b((?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:task|issue|ticket|to-?do))\b([^—–.;]*?\s+[—–:]\s+)(create|make|open|add|file|log|raise)\s+(?:it|one)\b/gi, '$1$2$3 $1'],
  // "Finance has to hear about a new expense-policy task — make it first, then tell them in #finance": who is told is
  // said first, the steps after the dash tell them
  [/^\s*((?:the\s+)?[\w#@.-]+(?:\s+team)?)\s+(?:needs?\s+to|has\s+to|have\s+to|should|must)\s+(?:know|hear|be\s+told)\s+about\s+[^—–:]+?\s+[—–:]\s+(.*\b(?:tell|notify|inform|ping|let)\s+them\b.*)$/i, (_m: string, who: string, steps: string) => steps.replace(/\b(tell|notify|inform|ping|let)\s+them\b(?!\s+(?:in|on|via)\s+#)/i, `$1 ${who}`)],
  // "…, run it daily at 6pm", "— do this every Monday": the schedule for all of it, not a step
  [/(\s*[,;—–]\s*|\.\s+)(?:and\s+)?(?:please\s+)?(?:run|do|repeat|schedule)\s+(?:it|this|that|the\s+(?:whole\s+)?(?:thing|check|job|lot))\s+(?=(?:every|each|daily|nightly|hourly|weekly|monthly|weekdays|on\s+(?:mon|tue|wed|thu|fri|sat|sun|weekdays)|at\s+\d)\b)/gi, '$1'],
  // "office is closed tomorrow — let #general know and email all@x": the news first, then where it goes
  [/^\s*(?!(?:please\s+)?(?:ping|post|send|email|e-mail|mail|notify|tell|create|make|close|add|update|let|alert|dm|message|share|run|check|fetch|get|read|write|wait|hit|call|open|if|when|whenever|every|each|for)\b)([^—–#@\uE100:]{3,140}?)\s+[—–]\s+((?:please\s+)?(?:let\s+\S+\s+know|tell|notify|post|email|e-mail|mail|message|send|ping|alert|announce|share|dm)\b(?:(?!\b(?:saying|that|about|to\s+say)\b|\uE100)[^—–])+?)\s*[.!]?\s*$/i, '$2, saying $1'],
  // "The office is closed tomorrow, tell #general and all@x by email": the news first, a comma, then where it goes
  [/^\s*((?:the|our|my|this|all)\s+(?:[^,#@\uE100—–]){3,100}?\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+[^,#@\uE100—–]{1,80}?)\s*,\s*((?:please\s+)?(?:let\s+\S+\s+know|tell|notify|post\s+(?:in|to)|email|message|ping|alert|announce\s+(?:in|to)|dm)\b(?:(?!\b(?:saying|that|about|to\s+say)\b|\uE100)[^—–])+?)\s*[.!]?\s*$/i, '$2, saying $1'],
  // "The report is ready, so email that to a@x …": what "that" is, is the news before it
  [/^\s*((?:the|our|my|this|all)\s+(?:[^,#@\uE100]){3,100}?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+[^,#@\uE100]{1,60}?)\s*,\s*so\s+(email|e-mail|mail|send|post|tell|message)\s+(?:that|it|this)\s+((?:to|in|on)\s+[^;]+?)\s*([.!]?)\s*$/i, '$2 $3, saying $1$4'],
  // "a@x, b@x, c@x: each of them needs a welcome email": one for each of them
  [/^\s*((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.-]+)(?:\s*(?:,|and)\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.-]+))+)\s*[:—–-]\s*(?:each\s+(?:of\s+them|one)|every\s+one\s+of\s+them|they\s+each|all\s+of\s+them)\s+(?:needs?|should\s+get|gets?|must\s+get)\s+(an?\s+[^.!;]+?)(?=\s*(?:[.!;]|$))/i, 'send $2 to each of $1'],
  // "simultaneously: post in #general & email all@x — office is closed tomorrow": the news said last
  [/^((?:(?![—–]).)*?\b(?:post|email|e-mail|mail|message|send|notify|tell|dm|ping|alert|announce|know)\b(?:(?!\b(?:saying|that|about|to\s+say)\b|\uE100)[^—–])*?)\s+[—–]\s+(?!(?:then|and|also|if|when|whenever|unless|otherwise|but|so|because|since|as|which|once|after|before|only|that|this|a|an|ping|post|send|email|notify|tell|create|close|add|update|let|alert|dm|message|share|run|check|fetch|get|read|write|wait|hit|call|make|open|select)\b)(?![^—–]*:\/\/)([^—–#@\uE100]{3,140}?)\s*[.!]?\s*$/i, '$1, saying $2'],
  // "Need an Asana task for the X fix asap — ping the team …": a dash before the next step
  // "Asana task 1204 — mark it complete.", "Task 5566: comment on it …", "1204 in asana - close that out": the task named
  // first, then what to do with "it"
  [/(^\s*(?:(?:okay|ok|so|right|hey)\s*,?\s+)*|[.!?]\s+)((?:the\s+)?(?:asana\s+|github\s+)?(?:task|ticket|issue)\s+#?\d+(?:\s+(?:in|on)\s+(?:asana|github))?|#?\d+\s+in\s+asana)\s*(?:[—–:]|\s-)\s*(?:(?:okay|ok|so|please)\s*,?\s+)?([a-z]+(?:\s+[a-z]+){0,3}?\s+)(it|that|this)\b/gi, '$1$3$2'],
  [/\s+[—–]\s+(?=(?:ping|post|send|email|notify|tell|create|close|add|update|let|alert|dm|message|share|then|and\s+then)\b)/gi, ', then '],
  // "We should have an Asana task called X …": one to make
  [/(^\s*|[.!?]\s+)(?:we|i)\s+(?:should|must|need\s+to|have\s+to|ought\s+to)\s+have\s+(?=an?\s+(?:[\w-]+\s+){0,3}?(?:task|issue|ticket|to-?do|card)\b)/gi, '$1create '],
  // "Need an Asana task for …", "We'll need a task for …", "Task for the CSV export fix, then …": a thing asked for is made
  // ("We need a bug fix task set up, …": the participle says the same making)
  [/(^\s*|[.!?]\s+)(?:(?:we|i)(?:'ll|\s+will|'d|\s+would)?\s+)?need\s+(an?\s+(?:[\w-]+\s+){0,3}?(?:task|issue|ticket|to-?do|card)\b)(?:\s+(?:set\s+up|made|created|opened|raised|logged|filed))?/gi, '$1create $2'],
  [/(^\s*|[.!?]\s+)(?:an?\s+)?((?:asana\s+)?task)\s+(for|about)\s+/gi, '$1create a $2 $3 '],
  [/,?\s*and\s+once\s+it\s+exists\s*,?\s*/gi, ', then '],
  [/\bshoot\s+(?:out|off)\s+(?=an?\s)/gi, 'send '],
  // "…, legal-team owns it", "sitting with infra-team", "flagged as high priority": who has it and how urgent it is
  [/,?\s*(@?[\w.-]+)\s+owns\s+it\b/gi, ', assigned to $1'],
  [/\bsitting\s+with\s+(@?[\w.-]+)/gi, 'assigned to $1'],
  [/\bflagged\s+as\s+(?=(?:high|low|medium|urgent)\b)/gi, ''],
  // "Simultaneous push:", "Two things, both at once:", "Do this together, not one after the other:", "Send in the same moment
  // two messages:", "Run it on both wires at once —": a head that names no place, only that what follows runs together
  [/^(\s*)((?:[^:—–#@\uE100.!?]|\s-(?=\s)){0,70}?)\s*(?::(?!\/\/)|\s[—–-]\s|[—–])\s*(?=\S)([\s\S]*)$/i, (all: string, lead: string, head: string, rest: string) => (/\b(?:simultaneous(?:ly)?|at\s+(?:the\s+same|one)\s+(?:time|moment|go)|in\s+the\s+same\s+(?:moment|instant)|in\s+parallel|at\s+once|together|concurrently|not\s+one\s+after\s+(?:the\s+)?other|one\s+after\s+the\s+other|not\s+in\s+(?:sequence|order)|in\s+one\s+go)\b/i.test(head) && !/[\w.+-]+@[\w-]+\.|https?:|\b(?:if|when|whenever|every|each|(?<!\bone\s)after|(?<!\bat\s)once|before|wait)\b/i.test(head) && !/^first(?:ly)?\b/i.test(rest) ? `${lead}Simultaneously: ${rest.replace(/,?\s+(?:together|at\s+once)\b/gi, '').replace(/(^|[,;]\s*)one\s+(?:in|on|to)\s+(?=(?:slack\s+)?#)/gi, '$1post in ')}` : all)],
  // "Simultaneously: a Slack post in #x and an email to y@z, both saying …": the messages named
  [/(^\s*|[:;,]\s*|\b(?:and|then)\s+)(?:an?\s+|one\s+)?(?:slack\s+)?(?:post|message|note)\s+(?:in|to|on)\s+(?:slack\s+)?(?=#)/gi, '$1post in '],
  // ("#general on Slack and an email to all@x": a channel said alone, as one of the places it goes, is a post there)
  [/(^\s*|[:;]\s*)(#[\w-]+)\s+(?:on|in|via)\s+slack\s*(,|\band\b)(?=\s*(?:an?\s+)?(?:e-?mail\b|[\w.+-]+@))/gi, '$1post in $2 $3'],
  [/(^\s*|[:;,]\s*|\band\s+)(?:an?|one)\s+(?:e-?mail|message)\s+to\s+(?=[\w.+-]+@)/gi, '$1email '],
  // "Heads-up that the Wi-Fi will be down tomorrow: post it in #office …": what "it" says, said first
  [/^\s*(?:a\s+)?(?:heads[- ]up|fyi|news|notice|reminder)\s+that\s+([^:]{3,150}?)\s*:\s*(post|send|share|announce|email|tell)\s+it\b((?:[^.!?]|[.!?](?=\S))*)([.!?]?)\s*$/i, '$2 a message$3 saying that $1$4'],
  // "…, with an email to x@y whenever that check fails": the alert, said as what comes with it
  [/,?\s*with\s+an?\s+(e-?mail|slack\s+message|message|dm|alert)\s+to\s+(\S+?)\s+(?:whenever|when|if|each\s+time|any\s+time)\s+(?:that|the|this|it)\s*(?:check\s+|call\s+|request\s+)?(fails|is\s+down|goes\s+down|breaks)\b/gi, (_m: string, kind: string, to: string, what: string) => `, and if it ${what}, ${/e-?mail/i.test(kind) ? 'email' : 'notify'} ${to}`],
  // "email a@x with the subject 'S' and a line saying the report is ready": the line is what the email says
  [/\s+(?:and|with)\s+(?:a|one)\s+(?:short\s+|quick\s+)?(?:line|note|sentence)\s+(saying|that\s+says|telling\s+them)\b/gi, ' $1'],
  // "Please ensure that <url> gets requested and that, should it fail, #x is alerted": what must be true, said as steps
  // (also mid-sentence: "…, and please ensure a status email goes out", "call https://… and ensure #ops is alerted if …")
  [/(^\s*|[.!?]\s+|,\s*(?:and\s+)?|\band\s+)(?:please\s+|kindly\s+)?(?:ensure|make\s+sure)\s+(?:that\s+)?(?!there\s+(?:is|are)\b)((?:[^.!?]|[.!?](?=\S))+)/gi, (_m: string, lead: string, said: string) => `${lead}${required(said.replace(/\band\s+that\s*,?\s*/gi, 'and ').replace(/\b(https?:\/\/\S+?)\s+(?:gets|is|should\s+be)\s+(?:requested|checked|called|fetched|pinged|hit|polled)\b/gi, 'check $1'))}`],
  // "One welcome email per person for a, b and c": one each
  [/(^\s*|[.;]\s*)one\s+([\w\s-]{1,30}?)\s+per\s+(?:person|recipient|address|head|user|hire)\s+for\s+/gi, '$1send a $2 to each of '],
  // "get that number over to coo@x": send it there
  [/\bget\s+((?:that|the|this|it|them)\b[^,.;]{0,40}?)\s+over\s+to\s+/gi, 'send $1 to '],
  // "Post 'X' in #y, but wait 5 minutes before you do."
  [/\bbefore\s+(?:you|we)\s+do(?:\s+(?:it|so|that))?(?=\s*[.!]?\s*$)/gi, 'before you do it'],
  // "… word for word", "… verbatim": the words as given
  [/\s+(?:word\s+for\s+word|verbatim|exactly\s+as\s+(?:written|is|given))\b(?=\s*(?:[.!?;]|$))/gi, ''],
  // a value corrected after it was said
  [/^[\s\S]+$/, corrected],
  // "Billing (billing@umbrella.co)", "The CFO (cfo@x.io)", "Dana (@dana.k)": the one named is reached at the address
  [/\b(?:(?:[Mm]rs?|[Mm]s|[Dd]r)\.?\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*|[a-z]+(?:\s+team)?)(?:\s+\p{Lu}[\p{L}'’-]*)?\s*\(\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.-]*\w|#[\w-]+)\s*\)/gu, '$1'],
  // "reading exactly 'X', nothing more and nothing less": the words as given
  [/,?\s*(?:and\s+)?nothing\s+(?:more|else)(?:\s+(?:and|or)\s+nothing\s+less)?\b/gi, ''],
  [/\b(reading|saying|that\s+says|with\s+the\s+text)\s+(?:exactly|precisely|verbatim|word\s+for\s+word)\s*:?\s*(?=['"‘“])/gi, '$1 '],
  // an aside in brackets ("(it's the endpoint the payments team set up last sprint, I think)"): context, not the request
  // (not a list, a value, a date or a setting: "(Eastgate, Millbrook and Oak Hollow)", "(@nina)", "(name = issue title)", "(due Friday)")
  [/\s*\(((?:and|but|which|who|as|since|because|though|although|they|it|this|i|we|you|yes|no|again|finally|sigh|ugh|lol)\b[^()@#=\/\uE100]{2,200}|[^()]{8,240})\)/gi, (all: string, inner: string) => /^(?:and|but|which|who|as|since|because|though|although|they|it|this|i|we|you|yes|no|again|finally|sigh|ugh|lol)\b/i.test(inner) && !/[@#=\/\uE100]/.test(inner) ? '' : (inner.trim().split(/\s+/).length >= 3 && !/[@#=\/\d\uE100]|:\/\/|\b(?:slack|e-?mail|asana|github|ai|sql|due|priority|assign\w*|owner|cc|subject|title|name[ds]?|called|every|each|daily|weekly|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|not|only|unless|if|except)\b/i.test(inner) && !/^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+)\p{Lu}/u.test(inner) && !/^\s*[\w-]+(?:\s*,\s*[\w-]+)+\s*,?\s*(?:or|and)\s+[\w-]+\s*$/.test(inner) && !/^\s*[^,]{1,40}(?:\s*,\s*[^,]{1,40}){2,}\s*$/.test(inner) ? '' : all)],
  // spoken fillers: "hey so, um, could you …", "can you, like, post …", "…, I guess", "…, yeah that", "…, ok?"
  [/(?:,\s*)?\b(?:u+m+|u+h+|erm+|hmm+|uhm+)\b[,.]?\s*/gi, ' '],
  [/(^\s*|[.!?]\s+)(?:(?:hey|oh|ok(?:ay)?|so|well|yeah|alright)\b(?:\s+and\b)?[\s,]*)+(?=\S)/gi, (m: string, lead: string) => (/^\s*so\s+that\b/i.test(m.slice(lead.length)) ? m : lead)],
  [/(,\s*)(?:(?:hey|oh|okay|yeah|well)\b[\s,]*)+(?=\S)/gi, '$1'],
  [/[,\s]+\b(?:like|basically|you\s+know|i\s+mean|obviously|honestly|kind\s+of|sort\s+of)\b\s*,/gi, ','],
  [/(^|\b(?:but|so|and|can\s+you|could\s+you|would\s+you|you|just|checked|then)\s+)(?:like(?!\s+(?:to|me|us|it|that|this|the|a|an|him|her|them)\b)|basically|obviously|you\s+know|i\s+mean)\b,?\s+/gi, '$1'],
  [/(?:,?\s*\b(?:i\s+guess|yeah\s+that|you\s+know)|,\s*(?:yeah|ok(?:ay)?|right|cool))\s*[?.!]*\s*$/gi, ''],
  // "the text should be 'Hotfix shipped', just drop that into #eng-updates", "the body needs to say X, subject 'Y', and send it to …":
  // the words of the message said first, then where it goes
  [/(^|[.!?]\s+)(?:so\s+)?(?:the\s+)?(?:body|text|message|wording|email(?:\s+body)?)\s+(?:(?:just\s+)?(?:should|needs\s+to|must|has\s+to|will|is\s+to|can)?\s*(?:just\s+)?(?:say|read|be|contain)s?|is|'s)\s+(?:literally\s+|exactly\s+|simply\s+)?((?:that\s+)?[^,]+?)((?:,\s*subject\s+[^,]+)?),\s*(?:and\s+)?(?:just\s+)?([a-z].*?)([.!?]?)$/gim, (_m: string, lead: string, said: string, subj: string, rest: string, end: string) => `${lead}${rest.replace(/\b(it|that|this)\b/i, 'a message')}${subj ? ` with the subject ${subj.replace(/^,\s*subject\s+/i, '')}` : ''} saying ${said.replace(/^that\s+/i, '')}${end}`],
  // requirements said of the system: "Requirement: the system should open …", "…, the system should send …"
  [/\b(?:requirement|req|spec|user\s+story|story|acceptance\s+criteria)\s*:\s*/gi, ''],
  [/\b(?:the|our)\s+(?:system|platform|tool|app|application|workflow|automation|bot|autoflow|service)\s+(?:should|must|shall|will|needs?\s+to|has\s+to|is\s+(?:expected|supposed)\s+to|ought\s+to)\s*,?\s+(?:be\s+able\s+to\s+)?(?:also\s+)?/gi, ''],
  // "…, after which the team is informed": then they are told
  [/,?\s*after\s+which\s+(?=\S)/gi, ', then '],
  [/\b(?:then|and)\s+(the\s+(?:[\w-]+\s+)?team|#[\w-]+|everyone)\s+(?:is|are|gets?|should\s+be)\s+(?:informed|notified|told|alerted|pinged|updated)\b/gi, (m: string, who: string) => `${/^and/i.test(m) ? 'and' : 'then'} notify ${who}`],
  // "anything but 200, alert #sre": the test said as what the answer must not be
  [/(^|[;,.]\s*|\s[—–-]\s*)anything\s+(?:but|other\s+than|except|besides)\s+(?:a\s+|an?\s+http\s+)?(\d{3})\s*(?:,|:|->|→|\s+means|\s+and(?:\s+then)?)\s*/gi, '$1if it is not $2, '],
  // "First a task gets created for X; next, the team is notified about it": the steps told as what happens, in order
  [/^(\s*first(?:ly)?\s*,?\s+)((?:a|an|the)\s+[^,;]{1,50}?\s+(?:gets|is|are)\s+[a-z]+ed\b[\s\S]*)$/i, (_m: string, _first: string, rest: string) => required(rest)],
  // "Before anything goes out to payroll@x, have a manager approve it; after that, mail them …": the approval, then the
  // send to whoever the opening clause named
  [/^(\s*)before\s+(?:anything|something|it|this|that|they|the\s+[\w\s-]{1,30}?)\s+(?:goes|go|is|gets?)\s+(?:out|sent|posted|emailed|mailed)\s+(?:out\s+)?(?:to|in)\s+([#@]?[\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)\s*,\s*((?:have|get|ask|let|make|require|need|wait\s+for)\b[^;.]*?\b(?:approv|sign[- ]?off|sign\s+off|ok\b|okay|go-ahead|green[- ]light)[^;.]*?)(\s*(?:[;.]|,\s*(?:and\s+)?then\b))([\s\S]+)$/i,
    (_m: string, lead: string, who: string, gate: string, sep: string, rest: string) => `${lead}${gate}${sep}${rest.replace(/\b(mail|e-?mail|send|forward|post|message)\s+(them|him|her|it)\b/i, (_x: string, v: string, p: string) => (/^it$/i.test(p) ? `${v} it to ${who}` : `${v} ${who}`))}`],
  // "Give ops-team a new Asana task", "hand Priya Shah a to-do": a task assigned to them
  [/\b(?:[Gg]ive|[Hh]and|[Aa]ssign)\s+(@?[a-z][\w.]*[-.][\w.-]*\w|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|the\s+[\w-]+\s+team)\s+(an?\s+(?:new\s+)?(?:[Aa]sana\s+)?(?:task|to-?do|ticket))\b/gu, 'create $2 assigned to $1'],
  // "put 'Renew SSL certificate' on ops-team's plate": a task for them
  [/\b(?:[Pp]ut|[Aa]dd|[Dd]rop|[Pp]lace|[Ll]and)\s+(\S.{0,60}?)\s+(?:on|onto|to|in)\s+(@?[\w.-]+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)['’]s\s+(?:plate|to-?do\s+list|list|queue|desk)\b/gu, (_m: string, what: string, who: string) => `create ${/^(?:an?|the)\s/i.test(what) ? what : `a task ${what}`} assigned to ${who}`],
  // "Let people know the office is closed tomorrow: message #general and email all@x in parallel": the news, then the ways
  [/(^\s*|[.!?]\s+)(?:(?:notify|tell|inform|warn|remind)\s+(?:people|everyone|everybody|folks|staff|all|the\s+(?:whole\s+)?(?:team|company|office))|let\s+(?:people|everyone|everybody|folks|staff|all|the\s+(?:whole\s+)?(?:team|company|office))\s+know|give\s+(?:people|everyone|everybody|folks|staff|all|the\s+(?:whole\s+)?(?:team|company|office))\s+an?\s+heads[- ]up)\s+(?:that\s+)?([^:;—–]{3,160}?)\s*(?::|,|\s[—–])\s*((?:message|post|send|email|e-mail|mail|dm|ping|notify|alert|tell|drop|put|share|announce|broadcast)(?:ing)?\b[^:]+|an?\s+(?:slack\s+)?(?:message|email|e-mail|post|dm)\s+(?:to|in|on)\b[^:]+)$/i, (_m: string, lead: string, news: string, ways0: string) => { const par = /,?\s*(?:(?:sent|sending|both|all|going\s+out)\s+)?(?:in\s+parallel|at\s+the\s+same\s+time|simultaneously)\s*[.!]?\s*$/i.exec(ways0); const ways = par ? `${ways0.slice(0, par.index)} at the same time` : ways0; return `${lead}${/^an?\s/i.test(ways) ? 'send ' : ''}${ways.replace(/[.!]\s*$/, '').replace(/\s+plus\s+/gi, ' and ').replace(/\b(messag|post|send|email|e-mail|mail|dm|ping|notify|alert|tell|shar|announc|broadcast)ing\b/gi, (_g: string, v: string) => (/^(?:messag|shar|announc)$/i.test(v) ? `${v}e` : v))}, saying ${news}`; }],
  // "Let #infra know 'Backup complete', but give it 10 minutes before sending": the wait comes first
  [/^([^.;!?]+?)\s*,?\s*(?:but|and|just)?\s*,?\s*(?:give\s+it|wait|hold\s+(?:off|on|it)(?:\s+for)?|pause(?:\s+for)?|leave\s+it)\s+((?:an?|\d+|a\s+few|a\s+couple\s+of)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?))\s+before\s+(?:sending|posting|it\s+goes\s+out|(?:sending|posting|firing)\s+(?:it|that)|you\s+(?:send|post)\s+(?:it|that)|firing)\s*[.!]?\s*$/i, 'wait $2, then $1'],
  // "bug fix: make asana task first, then …": a topic said as a heading is what the unnamed task is for
  [/^(\s*)(?!(?:goal|request|task|todo|to-?do|steps?|notes?|schedule|trigger|when|subject|text|body|message|in\s+parallel|simultaneously|urgent|reminder|heads[- ]up|priority|update|re|fyi|context|background|summary|plan|ask|important|action|title|name|assignee|owner|due|channel|to|cc|from|who|what|where|why|how|then|also|next|first|finally|ps|asana|slack|github|email|e-mail|jira|workflow|automation|ops|todo\s+list)\s*:)([a-z][a-z0-9-]*(?:\s+[a-z0-9-]+){0,3})\s*:\s+((?:please\s+)?(?:make|create|open|add|file|log|raise|set\s+up|start)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do))\b(?!\s+(?:for|called|named|titled|about|to|in\s+\S+\s+(?:for|called|named|titled))\b|\s*['"‘“]\uE100)/i, (_m: string, lead: string, topic: string, make: string) => `${lead}${make} for ${/^[A-Z][a-z0-9-]*(?:\s+[a-z0-9-]+)*$/.test(topic) ? topic.toLowerCase() : topic}`],
  // "Close the loop with cfo@x: run … and email over the result", "close the loop with team@x: email them, …": who the
  // steps after the colon are for; "close the loop on Asana task 5566: comment …, then complete the task": what they act on
  [/^(\s*)close\s+the\s+loop\s+with\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.-]+|#[\w-]+)\s*[:—–-]\s*(.+)$/i, (_m: string, lead: string, who: string, steps: string) => {
    const named = steps.replace(/\b(email|e-mail|mail|message|dm|ping|tell|notify|send)\s+(them|him|her)\b/i, `$1 ${who}`);
    return `${lead}${named !== steps ? named : steps.replace(/\b(email|e-mail|mail|send|post)\s+(?:over\s+)?(the\s+\w+|it)\b(?![^,.;]*(?:@|#))/i, `$1 $2 to ${who}`)}`;
  }],
  [/^(\s*)(?:close\s+the\s+loop\s+on|for|on|re|regarding)\s+((?:asana\s+)?task\s+#?\d+|(?:github\s+)?issue\s+#?\d+(?:\s+in\s+[\w.-]+\/[\w.-]+)?)\s*:\s*(?!.*\b(?:task|issue)\s+#?\d)(.+)$/i, (_m: string, lead: string, thing: string, steps: string) => `${lead}${/\b(?:the\s+(?:task|issue)|it)\b/i.test(steps) ? steps.replace(/\b(?:the\s+(?:task|issue)|it)\b/i, thing) : `${steps} on ${thing}`}`],
  [/\bclose\s+the\s+loop\s+with\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|message|note|update|dm|post)\b)/gi, 'send '],
  // "Before we pay the $18,400 invoice, get the finance director's approval, then POST …": the gate is asked for outright;
  // the clause before it only says what it guards
  [/^(\s*)before\s+(?:we|you|i|anyone|anybody|anything|it|this|that)\s+(?:[^,]|,(?=\d{3})){3,100},\s*(?=(?:please\s+)?(?:get|obtain|have|ask|request|seek|secure|require|need)\b[^.;]{0,80}?\b(?:approv|sign[- ]?off|ok\b|okay|go-ahead))/i, '$1'],
  // "Shoot an email to a@x. The subject should be 'X' and it should say …": the details said in a sentence after it
  // (". Put 'Weekly report' in the subject line and just tell them the report is ready.": the same email's subject and words)
  [new RegExp(`\\s*[.!?]\\s+(?:please\\s+)?(?:put|use|have|make|stick)\\s+(${MASKED_QUOTE})\\s+(?:in|as)\\s+(?:the\\s+)?subject(?:\\s+line)?(?:\\s*,?\\s+and\\s+(?:just\\s+)?(?:tell\\s+them|let\\s+them\\s+know|say)\\s+(?:that\\s+)?([^.!?]+))?\\s*([.!]?)\\s*$`, 'i'), (_m: string, subj: string, body: string | undefined, end: string) => ` with the subject ${subj}${body ? ` saying ${body}` : ''}${end}`],
  [new RegExp(`\\s*[.!]\\s+(?:(?:use|give\\s+it|put)\\s+)?(?:the\\s+|a\\s+)?subject(?:\\s+line)?\\s+(?:should\\s+|must\\s+|will\\s+|can\\s+)?(?:be\\s+|read\\s+|say\\s+|is\\s+|of\\s+)?(${MASKED_QUOTE})(?:\\s*,?\\s+and\\s+(?:it|the\\s+(?:body|email|message))\\s+(?:should\\s+|must\\s+|will\\s+|can\\s+)?(?:just\\s+|simply\\s+)?(?:say|read|mention)s?\\s+(?:that\\s+)?([^.!?]+))?\\s*([.!]?)\\s*$`, 'i'), (_m: string, subj: string, body: string | undefined, end: string) => ` with the subject ${subj}${body ? ` saying ${body}` : ''}${end}`],
  // "ops-team needs an Asana task called 'X'": a task for them
  [/^(\s*)(@?[a-z][\w.]*-[\w.-]+|@[\w.-]+)\s+needs\s+(an?\s+(?:new\s+)?(?:asana\s+)?(?:task|ticket|to-?do))\b/i, '$1create $3 assigned to $2'],
  // "Share an AI recap of https://… in #product, fetching the page first": the step said last as a gerund runs first
  [/^((?:[^.;!?]|\.(?=\S))+?),\s*(fetching|downloading|reading|pulling|grabbing|checking|querying|loading|getting)\s+((?:[^,.;!?]|\.(?=\S))+?)\s+first\s*([.!]?)\s*$/i, (_m: string, main: string, g: string, what: string, end: string) => {
    // ("…, fetching the page first": the page is the URL the main clause names, which then says "it")
    const url = /^(?:the\s+(?:page|site|feed|file|url|changelog|doc|document|link)|it)$/i.test(what.trim()) ? /https?:\/\/\S+?(?=[,;]?\s|$)/.exec(main)?.[0] : undefined;
    const said = url ? main.replace(url, 'it') : main;
    return `${gerundToVerb(g.toLowerCase())} ${url ?? what} first, then ${said.charAt(0).toLowerCase()}${said.slice(1)}${end}`;
  }],
  // "The bug fix needs an Asana task: add one, …": the thing needed, then the step that makes it ("one")
  [/(^|[.!?]\s+)((?:the|our|this|that)\s+[^:;,.!?]{2,60}?|\p{Lu}[^:;,.!?]{2,60}?)\s+(?:needs?|deserves?|should\s+(?:get|have)|requires?|calls\s+for|wants?)\s+(an?\s+(?:new\s+)?(?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do|card)(?:\s+(?:in|on)\s+[^:;,\s]{2,40})?)\s*[:—–-]\s*(create|add|open|make|file|log|raise|set\s+up|put\s+in)\s+one\b/giu, '$1$4 $3 for $2'],
  // "New GitHub issue comes in: make …": the event said as a heading
  [/^\s*(?:a\s+)?(new\s+.{2,40}?)\s+(comes\s+in|arrives|is\s+opened|gets\s+opened|is\s+filed|gets\s+filed|is\s+created|lands|is\s+submitted)\s*[:—–-]\s*/i, 'When a $1 $2, '],
  // durations said in words: "a quarter of an hour", "half an hour", "three quarters of an hour"
  [/\b(?:a\s+)?quarter\s+of\s+an\s+hour\b/gi, '15 minutes'],
  [/\bthree\s+quarters\s+of\s+an\s+hour\b/gi, '45 minutes'],
  // "for every address in the list a, b and c": the list itself
  [/\b(in|on|from)\s+(?:the|this|that|my|our)\s+(?:following\s+)?list(?:\s+of\s+[a-z]+)?\s+(?=[^\s,:]+\s*(?:,|\s+and\s))/gi, '$1 '],
  // "to each of: a, b, c": the list after the colon
  [/\beach\s+of\s*:\s*/gi, 'each of '],
  // steps said as a sequence: "Start by creating …", "Step one is adding …; step two is marking …", "First thing: …",
  // "The first thing is to …", "… and to finish, send …"
  [/\b(?:start|begin|kick\s+(?:it\s+)?off|open)\s+(?:off\s+|up\s+)?by\s+([a-z]+ing)\b/gi, (_m: string, g: string) => gerundToVerb(g)],
  [/(^|[.;,]\s*|\b(?:and|then)\s+)(?:the\s+)?(?:step\s+(?:one|two|three|four|five|six|\d)|(?:first|second|third|fourth|fifth|next|last|final)\s+(?:step|thing))\s*(?:(?:is|will\s+be|should\s+be)\s*:?|:)\s*(?:to\s+)?(?:([a-z]+ing)\b)?/gi, (_m: string, lead: string, g?: string) => `${lead}${/step\s+(?:one|1)\b|first/i.test(_m) || !lead.trim() ? '' : 'then '}${g ? gerundToVerb(g) : ''}`],
  [/(^|[.;,]\s*|\b(?:and)\s+)(?:and\s+)?(?:to\s+finish(?:\s+(?:up|off))?|to\s+close\s+(?:out|off)|to\s+wrap\s+(?:it\s+|things\s+)?up|as\s+a\s+(?:last|final)\s+step)\s*,?\s+(?=[a-z])/gi, (_m: string, lead: string) => `${lead}finally `],
  // the ask introduced after some context: "What I need: …", "Here's the plan: …", "The ask: …"
  // (not states: "What I need: the page fetched, …" is read as the outcomes wanted)
  [/(^\s*|[.!?]\s+)(?:what\s+(?:i|we)\s+need(?:\s+is)?|here(?:'s|’s|\s+is)\s+(?:the\s+plan|what\s+(?:i|we)\s+(?:need|want)(?:\s+done)?)|the\s+plan(?:\s+is)?|the\s+ask(?:\s+is)?|my\s+ask)\s*:\s*(?!\s*(?:the|a|an|our|my|that|this|its)\b)/gi, '$1'],
  // "nightly-backup workflow goes down? Alert #alerts. Every time.", "Event trigger: X workflow fails → …", "Any failed run of the
  // X workflow should produce a notification in #alerts": an event said as a question, a label or a noun is the trigger
  [/(^\s*|[.!?]\s+)((?:the\s+)?[\w.-]+\s+(?:workflow|automation|job|flow|pipeline)\s+(?:fails|failed|goes\s+down|went\s+down|breaks|errors(?:\s+out)?|crashes|falls\s+over|dies|finishes|completes|succeeds))\s*(?:\?|→|->|=>|:|;|—|–)\s*/gi, '$1Whenever $2, '],
  [/(^\s*|[.!?]\s+)(?:event\s+)?trigger\s*:\s*((?:the\s+)?[\w.-]+\s+(?:workflow|automation|job|flow|pipeline)\s+(?:fails|failed|goes\s+down|went\s+down|breaks|errors(?:\s+out)?|crashes|falls\s+over|dies|finishes|completes|succeeds))\s*(?:\?|→|->|=>|:|;|—|–|,(?:\s*then\b)?)\s*/gi, '$1Whenever $2, '],
  // "Can you hook it up so that if …", "set it up so that whenever …": how it is asked, not what is asked
  [/(^\s*|[.!?]\s+)(?:(?:hey|hi|okay|ok|so)\s*,?\s+)*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:hook|set|wire|rig)\s+(?:it|this|things|something)\s+up\s+(?:so\s+(?:that\s+)?|such\s+that\s+)(?=if|when|whenever|every|each|any)/gi, '$1'],
  [/(^\s*|[.!?]\s+)(?:any|every|each)\s+(?:failed|failing|unsuccessful|broken)\s+(?:run|execution|instance|attempt)\s+of\s+((?:the\s+)?[\w.-]+\s+(?:workflow|automation|job|flow|pipeline))\s+(?:should|must|needs?\s+to|will|has\s+to|is\s+to)\s+(?:produce|trigger|result\s+in|raise|generate|create|cause|send|fire(?:\s+off)?)\s+/gi, '$1Whenever $2 fails, send '],
  [/\b((?:the\s+)?[\w.-]+\s+(?:workflow|automation|job|flow|pipeline))\s+(?:is|keeps|starts)\s+failing\b/gi, '$1 fails'],
  [/([.!?])\s+(?:every|each)\s+(?:single\s+)?time\s*[.!]?\s*$/gi, '$1'],
  // "Hit <url>. Non-200? Alert #ops.", "Down? Flag it to oncall@x", "…; on any non-200 status code, alert #ops", "on failure, …": the
  // test the step before must pass, said as a question or a noun
  [/(^\s*|[.!?;]\s+|,\s*)(?:(?:on|for|with)\s+(?:any|a)\s+)?non-?200(?:\s+(?:status(?:\s+code)?|response|code|reply))?\s*(?:\?|,)\s*(?:then\s+)?/gi, '$1if it does not return 200, '],
  [/(^\s*|[.!?;]\s+)(?:down|failed|failing|fails|broken|unhealthy|no\s+good|not\s+(?:ok(?:ay)?|up|healthy|responding))\s*\?\s*(?:then\s+)?/gi, '$1If it fails, '],
  [/(^\s*|[.!?;]\s+|,\s*)on\s+(?:any\s+)?(?:failure|error)\s*,\s*/gi, '$1if it fails, '],
  [/([.!?;])\s+(?:otherwise|else|if\s+not)\s*,?\s+(?:stand\s+down|no\s+action|take\s+no\s+action|leave\s+it|ignore\s+it|nothing|all\s+good)\s*[.!]?/gi, '$1'],
  // "I need the number from this query: 'select …'. Please run it on the database …": the query said, then run
  [/(^\s*|[.!?]\s+)(?:(?:i\s+need|we\s+need|i\s+want)\s+the\s+(?:number|count|figure|result|total|answer)\s+(?:from|of)\s+this\s+(?:query|sql)\s*:\s*)?(['"‘“]\uE100\d+\uE101['"’”])\s*[.!]\s+(?:please\s+)?(?:run|execute)\s+(?:it|that|this)(?:\s+(?:query|sql))?\b/gi, '$1run $2'],
  // "email cfo@x the result of 'select …' once you've run it on the database": running it is how the result comes
  [/(\b(?:result|results|output|answer|count|number|rows|total)\s+of\s+(?:running\s+)?['"‘“]\uE100\d+\uE101['"’”])(?:\s+on\s+the\s+(?:database|db))?\s*,?\s*(?:once|after|when)\s+(?:you['’]ve|you\s+have|we['’]ve|we\s+have|you|we)\s+(?:run|ran|executed)\s+(?:it|that|this)(?:\s+(?:on|against|in)\s+(?:the\s+)?(?:database|db))?/gi, '$1'],
  // "cfo@x wants the order count — query the db with '…' and email the result": who wants it is who it goes to
  [/^(\s*)([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+(?:wants|needs|asked\s+for|is\s+asking\s+for|would\s+like)\s+[^—–:]{1,60}?\s*[—–:]\s*((?:[^.!?]|[.!?](?=\S))+?\b)(email|mail|send)\s+(it|the\s+(?:result|results|number|count|answer|figure|output|total))(?!\s+(?:to|over)\b)/gi, '$1$3$4 $5 to $2'],
  // "Once you've got the answer, email it …": having the result is the step before, not one of its own
  [/(^\s*|[.!?;,]\s*)(?:and\s+)?(?:once|when|after)\s+(?:you['’]ve|you\s+have|we['’]ve|we\s+have|you|we)\s+(?:got|gotten|get|have|received)\s+(?:the|that|an?)\s+(?:answer|result|results|number|count|figure|output|rows|data|response|reply)\s*,\s*/gi, '$1then '],
  // "… and get a status email out too": send it
  [/\bget\s+((?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|message|note|update|notice|reminder|alert|announcement))\s+out\b/gi, 'send $1'],
  // "a matching Asana task carrying the issue title", "a task using the issue's title as its name", "with the same title as the
  // issue": the task is named after the issue's title
  [/\b(?:carrying|using|bearing|taking|with|under|named\s+(?:after|with|for|using)|titled\s+(?:after|with|using)|called\s+after)\s+(?:the\s+same\s+title\s+as\s+the\s+(?:github\s+)?issue|(?:the|that|its)\s+(?:github\s+)?issue['’]?s?\s+title|the\s+title\s+of\s+(?:the|that)\s+(?:github\s+)?issue|its\s+title)(?:\s+as\s+(?:the|its)\s+(?:task\s+)?name)?/gi, 'using the issue title'],
  [/\b(an?\s+)matching\s+(?=(?:asana\s+)?task\s+(?:in\s+asana\s+)?using\s+the\s+issue\s+title\b)/gi, '$1'],
  // "Trigger on GitHub issue creation.", "Inbound webhook for newly opened GitHub issues →", "Outcome for every newly opened
  // GitHub issue:", "New issue opened on GitHub? Then …", "We need every freshly filed GitHub issue turned into an Asana task":
  // the event said as a noun or a question is the trigger
  [/(^\s*|[.!?]\s+)(?:trigger(?:ed)?\s+(?:on|by)|inbound\s+webhook\s+for|outcome\s+for|(?:runs?|fires?)\s+(?:on|for))\s+(?:(?:every|each|any)\s+)?(?:(?:new(?:ly)?|freshly)\s+(?:(?:opened|filed|created|raised)\s+)?)?github\s+issues?(?:\s+(?:creation|opening|being\s+opened))?\s*(?:[.:;→—–]+|-+>|\s-\s|,\s*then\b)\s*/gi, '$1Whenever a GitHub issue is opened, '],
  [/(^\s*|[.!?]\s+)(?:(?:a\s+)?new\s+issue\s+opened\s+(?:on|in)\s+github|(?:a\s+)?new\s+github\s+issue(?:\s+opened)?)\s*\?\s*(?:then\s*,?\s*)?/gi, '$1Whenever a GitHub issue is opened, '],
  [/(^\s*|[.!?]\s+)(?:(?:we|i)\s+(?:need|want|['’]d\s+like|would\s+like)\s+)(?:(?:every|each|any)\s+)?(?:(?:new(?:ly)?|freshly)\s+(?:(?:opened|filed|created|raised)\s+)?)?github\s+issues?(?:\s+(?:creation|opening|being\s+opened))?\s+(?:turned|converted|made)\s+into\s+/gi, '$1Whenever a GitHub issue is opened, create '],
  // "Create … in #triage. It must fire whenever a GitHub issue is opened.": when it runs, said last, goes first
  [/^(\s*)([\s\S]+?[.!?])\s+(?:(?:it|this|that|the\s+(?:workflow|automation|flow))\s+(?:must|should|needs\s+to|has\s+to|will|is\s+to)\s+(?:fire|run|trigger|happen|kick\s+off|go\s+off|start)\s+)?((?:whenever|each\s+time|every\s+time|any\s*time)\b[^.!?,;]+|(?<=(?:fire|run|trigger|happen|off|start)\s+)(?:when|on\s+every)\b[^.!?,;]+)[.!?]?\s*$/i, (_m: string, lead: string, body: string, when: string) => `${lead}${when.charAt(0).toUpperCase()}${when.slice(1)}, ${body.charAt(0).toLowerCase()}${body.slice(1)}`],
  // "First a bug fix task needs creating", "The bug fix needs a task.", "First we log a bug fix task, then you tell …": the task to make
  [/\b((?:an?|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:task|ticket|to-?do))\s+(?:needs|wants|has\s+to\s+be|must\s+be|should\s+be|is\s+to\s+be)\s+(?:creating|created|making|made|opening|opened|logging|logged|setting\s+up|set\s+up|raising|raised|adding|added)\b/gi, 'create $1'],
  [/(^\s*|[.!?]\s+)(?:the\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)\s+needs\s+(an?\s+(?:new\s+)?(?:asana\s+)?(?:task|ticket|to-?do))(?=\s*[.!?,;]|\s*$)/gi, '$1Create $3 for the $2'],
  [/([,;]\s*|\b(?:then|first|and)\s+)(?:we|you|i)\s+(?=(?:log|create|make|open|add|raise|file|post|send|email|notify|tell|ping|run|fetch|write|mark|close|comment)\b)/gi, '$1'],
  // "tell the team about a new bug fix task once you've created it": make it, then tell them
  [/\b(tell|notify|let|ping|alert)\s+((?:the\s+)?[\w#@-]+(?:\s+team)?)\s+(?:know\s+)?about\s+(an?\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:task|ticket))\s+once\s+(?:you['’]ve|you\s+have|it['’]s|it\s+has\s+been|it\s+is)\s+(?:created|made|set\s+up|opened|logged|raised)(?:\s+it)?/gi, 'create $3, then $1 $2 about it'],
  // "After setting up a task for the bug fix": making one
  [/\bsetting\s+up\s+(?=(?:an?|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:task|ticket|issue)\b)/gi, 'creating '],
  // "once the bug fix task is created in asana, let the team know …", "…, but only after the bug fix task has been created in
  // Asana": making the task is this workflow's first step, not an event from outside
  [/(^\s*|[.!?]\s+)(?:once|after|when|as\s+soon\s+as)\s+(the\s+(?:[\w-]+\s+){0,3}?(?:task|ticket|issue))\s+(?:is|has\s+been|gets|was)\s+(?:created|made|set\s+up|opened|logged|added|raised)(\s+in\s+(?:asana|github))?\s*,\s*/gi, '$1Create $2$3, then '],
  [/^(\s*)([\s\S]+?)\s*,?\s*(?:but\s+)?only\s+(?:after|once|when)\s+(the\s+(?:[\w-]+\s+){0,3}?(?:task|ticket|issue))\s+(?:has\s+been|is|gets|was)\s+(?:created|made|set\s+up|opened|logged)(\s+in\s+(?:asana|github))?\s*[.!]?\s*$/i, '$1Create $3$4, then $2.'],
  // "pop a 'bug fix' task into Asana", "log the bug fix as an Asana task", "put the bug fix in asana as a task": make one
  [/\b(?:pop|put|stick|throw|drop|get)\s+(an?\s+(?:[^\s.,;!?]+\s+){0,3}?(?:task|ticket))\s+(?:in|into|onto|on)\s+(asana)\b/gi, 'create $1 in $2'],
  [/\b(?:log|put|add|record|track|enter|file|pop|get)\s+(the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:(?:in|into)\s+asana\s+)?as\s+(?:an?\s+)?(?:new\s+)?(asana\s+)?task\b/gi, 'create an Asana task for $1'],
  [/\bdispatch\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|message|note|update|notice))/gi, 'send '],
  // "GitHub issue opened? Create …", "New GitHub issue comes in, make …", "Trigger is somebody opening a GitHub issue.": the event
  [/(^\s*|[.!?]\s+)(?:a\s+)?(?:new\s+)?github\s+issue\s+(?:opened|comes\s+in|gets\s+opened|is\s+opened|arrives|created)\s*(?:\?|,)\s*(?:then\s*,?\s*)?/gi, '$1Whenever a GitHub issue is opened, '],
  [/(^\s*|[.!?]\s+)(?:the\s+)?trigger(?:\s+is|\s*:)\s+(?:somebody|someone|anyone|a\s+user)\s+(?:opening|opens|creating|creates|filing|files)\s+(?:a|an)\s+(?:new\s+)?(?:github\s+)?issue(?:\s+(?:on|in)\s+github)?\s*[.:;]\s*/gi, '$1Whenever a GitHub issue is opened, '],
  // "Nightly-backup workflow fails, #alerts hears about it.": a workflow's outcome said first, then what follows
  [/^(\s*)((?:the\s+)?[\w.-]+\s+(?:workflow|automation|job|flow|pipeline)\s+(?:fails|failed|goes\s+down|breaks|crashes|errors(?:\s+out)?))\s*,\s*/i, '$1Whenever $2, '],
  // "Bug fix task. Create it. Then …": the thing named, then the verb that makes it — one step
  [/(^\s*|[.!?]\s+)((?:an?\s+)?(?:new\s+)?(?:[\w-]+\s+){1,3}(?:task|ticket|issue))\s*\.\s+(create|make|open|log|raise|file)\s+it\b/gi, '$1$3 a $2'],
  // "1204 in Asana: mark complete.", "Asana 5566: close it": the task named first, then what to do to it
  [/(^\s*|[.!?]\s+)((?:asana\s+)?(?:task\s+)?#?\d{3,}(?:\s+in\s+asana)?)\s*[:—–]\s*(?:mark|set)\s+(?:it\s+)?(?:as\s+)?(complete|completed|done|finished|closed)\b/gi, (_m: string, lead: string, task: string) => `${lead}complete Asana task ${/\d+/.exec(task)![0]}`],
  // "Please make us a chocolate cake", "whip up a homemade chocolate cake for me": food is made in a kitchen, not by a step
  [/\b(?:make|whip\s+up|cook|prepare|rustle\s+up|knock\s+up|fix)\s+(?:(?:me|us|him|her|them|everyone)\s+)?(?:an?\s+|some\s+)?((?:[\w-]+\s+){0,3}?(?:cake|cupcakes?|pizza|coffee|tea|sandwich(?:es)?|dinner|lunch|breakfast|meal|cookies|biscuits|pie|soup|salad|drinks?|cocktails?|muffins?|brownies|bread))\b/gi, 'bake $1'],
  // "So what I need is, wait ten minutes, …", "Hey, so what I need is — can you make …", "what I need is a task for X, and
  // then …": the lead-in said before the request (a task, ticket or issue named after it is one to make)
  [/(^\s*|[.!?]\s+)(?:(?:hey|hi|okay|ok|right|so|and)\s*,?\s+)*(?:what\s+(?:i|we)\s+(?:need|want|['’]d\s+like|would\s+like)(?:\s+(?:you\s+)?to\s+do)?\s+is|the\s+thing\s+(?:i|we)\s+need\s+is)(?:\s*[,:—–]\s*|\s+-\s+|\s+(?=(?:an?|one)\s+(?:new\s+)?(?:(?:asana|github)\s+)?(?:task|ticket|issue)\b))(?=((?:an?|one)\s+(?:new\s+)?(?:(?:asana|github)\s+)?(?:task|ticket|issue)\b)?)/gi, (_m: string, lead: string, thing?: string) => `${lead}${thing ? 'create ' : ''}`],
  // one step said as such: "There's a single step: …", "All it needs to do is (this single call:) …", "Just one thing, every time …: …"
  [/(^\s*|[.!?]\s+)(?:there(?:'s|’s|\s+is)\s+(?:only\s+|just\s+)?(?:a\s+single|one|a\s+sole)\s+step|(?:all\s+)?(?:it|this|the\s+(?:workflow|automation))\s+(?:only\s+|really\s+)?needs\s+to\s+do\s+is(?:\s+(?:this|one|a)(?:\s+single|\s+one)?\s+(?:call|step|thing))?|(?:just|only)\s+one\s+(?:thing|step)|one\s+step\s+only|(?:it's|it’s|it\s+is)\s+(?:a\s+)?(?:single|one)[- ]step(?:\s+(?:job|workflow|thing|automation))?)\s*(?::\s*|,\s*|\s+(?=every|each|when|whenever|on\b|at\b)|(?<=\bis)\s+)/gi, '$1'],
  // "To start, …", "First up, …", "For starters, …": the first step
  [/(^\s*|[.;]\s*)(?:to\s+(?:start|begin)(?:\s+with)?|first\s+up|first\s+off|for\s+starters)\s*,\s*/gi, '$1'],
  // "Two things, done simultaneously: first, A; second, at the same time, B", "Steps one and two should run in parallel: A, and B"
  [/(^\s*|[.!?]\s+)(?:(?:two|three|both)\s+things?|(?:the\s+)?(?:two|both)\s+steps|steps?\s+(?:one|1)\s+and\s+(?:two|2))\s*,?\s+(?:(?:should|must|can|will|need\s+to)\s+(?:run|happen|go\s+out|be\s+done)\s+|(?:done|run|happening)\s+)?(?:in\s+parallel|simultaneously|at\s+the\s+same\s+time)\s*:\s*(?:first(?:ly)?\s*,?\s+)?/gi, '$1In parallel: '],
  [/([;,]\s*|\.\s+)(?:second(?:ly)?|third(?:ly)?|and)\s*,?\s+(?:at\s+the\s+same\s+time|simultaneously|in\s+parallel)\s*,?\s+/gi, (...m: string[]) => (/^\s*In parallel:/.test(m[3]) ? m[1] : `${m[1]}and at the same time `)],
  // "wrap up by posting …", "finish by emailing …": the last step
  [/\b(?:wrap\s+(?:it\s+|things\s+)?up|finish(?:\s+(?:up|off))?|end|close\s+(?:out|off))\s+by\s+([a-z]+ing)\b/gi, (_m: string, g: string) => `finally ${gerundToVerb(g)}`],
  // "follow that with …", "follow it up with …": the next step
  [/\bfollow\s+(?:that|it|this)\s+(?:up\s+)?with\s+/gi, 'then '],
  // "First, go through each of a, b and c. Second, for every one of them, send …", "take the list a, b, c. Next up, for each address, …": the list, then what is done for each
  [/\b(?:go\s+through|loop\s+(?:through|over)|iterate\s+(?:through|over)|take|use|here(?:'s|’s|\s+is))\s+(?:the\s+(?:list|addresses|people)\s+|each\s+of\s+|every\s+one\s+of\s+)?((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\w.-]+)(?:\s*,\s*(?:and\s+)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\w.-]+)|\s+and\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\w.-]+))+)\s*\.\s+(?:(?:then|next(?:\s+up)?|second(?:ly)?|after\s+that)\s*,?\s+)?for\s+(?:each|every)\s+(?:one\s+of\s+them|of\s+them|one|address|person|item|recipient|entry|[a-z]+)\s*,?\s+/gi, 'for each of $1, '],
  // steps counted in words: "First, leave a comment …; second, mark it complete", "first download …, second …, finally post …"
  [/([;,]\s*|\.\s+|\b(?:and|then)\s+)(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|next|finally|lastly|last\s+of\s+all)\s*,?\s+(?=[a-z#@])/gi, (_m: string, lead: string) => (lead.trim() === '.' ? '. Then ' : `${lead.trim() === ';' ? ';' : ','} then `)],
  [/^(\s*)first(?:ly|\s+of\s+all)?\s*,?\s+(?=[a-z])(?![a-z]+\s+(?:of|thing)\b)/i, '$1'],
  // "… and have that go out on Wednesdays at 2:30pm": the when of the request, not another step
  [/,?\s*(?:and\s+)?(?:have|let|make)\s+(?:that|it|this|them)\s+(?:go\s+out|be\s+sent|run|happen|repeat|fire)\b/gi, ''],
  // "log the broken export button fix as a task in Asana": make one for it
  [/\b(?:log|record|track|capture|note)\s+((?:the|a|an|our|this)\s+[^,;]{2,60}?)\s+as\s+(?:an?\s+)?(?:new\s+)?(task|ticket|issue|to-?do)\b/gi, 'create a $2 for $1'],
  // "Let's tell people the Wi-Fi is down: a Slack post in #x and an email to y@z …": what is said, then where it goes
  [/(^\s*|[.!?]\s+)(?:let's|let\s+us|we\s+(?:need|have)\s+to|please)\s+(?:tell|notify|inform|warn)\s+(?:people|everyone|everybody|the\s+team|staff|folks|the\s+company)\s+(?:that\s+)?([^:]{3,120}?):\s+(.+?)(?=[.!?](?:\s|$)|$)/gi, (_m: string, lead: string, said: string, where: string) => `${lead}${/^(?:a|an|one)\s/i.test(where) ? 'send ' : ''}${where}, saying ${said}`],
  // "I want a summary of <url> in #marketing: first download the page, …, finally post that summary in the channel":
  // the wish is a heading; the steps say "the page" and "the channel" for what it named
  [/^\s*(?:i|we)\s+(?:want|need|would\s+like|'d\s+like)\s+((?:[^.!?{}]|[.!?](?=\S)){3,160}?):\s+(.+)$/i, (m: string, head: string, steps: string) => {
    if (!/\b(?:then|first|second|next|finally|after\s+that)\b|,/.test(steps)) return m;
    // ("I need to email a@x and b@x: subject 'X', and …": the wish is the step, what follows its details)
    if (/^to\s+[a-z]+\s/i.test(head)) return `${head.replace(/^to\s+/i, '')}: ${steps}`;
    const ch = /#[\w-]+/.exec(head)?.[0];
    const url = /\bhttps?:\/\/\S+/.exec(head)?.[0];
    // ("I want the online shop checked every evening at 6pm: open …": when it runs stays with the steps)
    const when = /\b(?:(?:every|each)\s+(?:[\w-]+\s+){0,2}?(?:day|morning|evening|night|week|weekday|month|hour|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?|daily|nightly|weekly|hourly)\b(?:\s+at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?/i.exec(head)?.[0];
    const said = steps.replace(/\bthe\s+(?:channel|slack\s+channel)\b/i, (x) => ch ?? x).replace(/\bthe\s+(?:page|site|article|post|url|link)\b/i, (x) => url ?? x);
    return when && !said.includes(when) ? `${when}, ${said}` : said;
  }],
  // "…, and, once it exists, share it …": then
  [/,?\s*(?:and\s*,?\s*)?(?:once|when|after)\s+(?:it|that|this|the\s+task|the\s+issue)\s+(?:exists|is\s+(?:there|created|made|done|in\s+place|up))\s*,\s*/gi, ', then '],
  // "Once Gabriela, our GM, approves, …": the name and who she is, said as one approver
  [/\b(\p{Lu}[\p{Ll}]+),\s+(?:our|the|my|their)\s+[\w\s-]{2,30}?,\s+(approves|signs\s+off|okays|gives\s+the\s+(?:ok|go-ahead))\b/gu, '$1 $2'],
  // the outcome said instead of the steps: "I'd like X tracked as a task …, with the team hearing about that task on Slack and an
  // email going out that reports …", "I want #storage to see the message 'X'", "… should end up in the inbox of a@x",
  // "the link to the task should end up in #eng-triage", "Make sure there is a GitHub issue …", "I'd like A and B to learn that …"
  [/,?\s*with\s+(#[\w-]+|@[\w.-]+|the\s+(?:[\w-]+\s+)?team|everyone)\s+hearing\s+(?:about\s+|that\s+)?/gi, (_m: string, who: string) => `, and tell ${who} about `],
  [/\b(?:and\s+)?an?\s+(e-?mail|message|update|note)\s+going\s+out\s+(?:that\s+(?:reports|says|explains)\s+|saying\s+)?/gi, (_m: string, what: string) => `and send an ${what} about `],
  // (not a wish only for when they hear: "I want the team to hear it before any customers ask", "… to hear the news today")
  [/\b(?:i'd|i\s+would|we'd|we\s+would|i|we)\s+(?:like|want|need)\s+(.{2,60}?)\s+to\s+(?:learn|know|hear|find\s+out|be\s+told)\s+(?!(?:it|this|that|the\s+news|about\s+it)\s+(?:before|today|soon|first|quickly|asap|right\s+away|in\s+time|early)\b|(?:it|this|that|the\s+news)\s*[.!?]?\s*$)(at\s+the\s+same\s+(?:time|moment)\s+)?(?:that\s+)?/gi, 'tell $1 $2that '],
  [/\b(?:i'd|i\s+would|we'd|we\s+would|i|we)\s+(?:like|want|need)\s+(#[\w-]+|@[\w.-]+)(?:\s+on\s+slack)?\s+to\s+(?:see|get|receive)\s+(.+?)(?=[.!?](?:\s|$)|$)/gi, 'send $2 to $1'],
  [/\b(?:i'd|i\s+would|we'd|we\s+would|i|we)\s+(?:like|want|need)\s+((?:the|an?|our)\s+[^,;]{2,60}?)\s+(?:tracked|logged|recorded|captured)\s+as\s+(?:an?\s+)?(task|ticket|issue|to-?do)\b/gi, 'create a $2 for $1'],
  [/\b(?:i'd|i\s+would|we'd|we\s+would|i|we)\s+(?:like|want|need)\s+((?:the\s+|an?\s+)[^,;]{2,80}?)\s+to\s+(?:end\s+up|land|arrive|show\s+up)\s+in\s+(?:the\s+inbox\s+of\s+|(?=\S+@))/gi, 'email $1 to '],
  [/((?:the|an?)\s+[^,;]{2,60}?)\s+(?:should|must|needs\s+to|has\s+to|will)?\s*(?:end\s+up|land|arrive|show\s+up)\s+in\s+(?:the\s+inbox\s+of\s+|(?=\S+@))/gi, 'email $1 to '],
  [/((?:the|an?)\s+[^,;]{2,60}?)\s+(?:should|must|needs\s+to|has\s+to|will)?\s*(?:end\s+up|land|show\s+up|be\s+posted)\s+in\s+(?=#[\w-])/gi, 'post $1 in '],
  [/\b(?:make\s+sure|ensure)\s+(?:that\s+)?there(?:'s|\s+is)\s+(an?\s+)/gi, 'create $1'],
  [/\b(?:i'd|i\s+would|we'd|i|we)\s+(?:like|want)\s+((?:asana\s+)?(?:task|ticket|issue)\s+#?\d+(?:\s+in\s+[\w.-]+\/[\w.-]+)?)\s+to\s+(?:end\s+up\s+)?(?:marked\s+)?(?:complete|completed|closed|done|finished)\b/gi, 'complete $1'],
  [/\b(?:i'd|i\s+would|we'd|i|we)\s+(?:like|want)\s+((?:asana\s+)?(?:task|ticket|issue)\s+#?\d+(?:\s+in\s+[\w.-]+\/[\w.-]+)?)\s+to\s+(?:carry|get|have)\s+the\s+comment\s+/gi, 'comment on $1 saying '],
  [/,?\s*(?:and\s*,?\s*)?once\s+(?:that's|that\s+is|it's|it\s+is)\s+(?:on\s+there|there|in|posted|added|done)\s*,\s*to\s+end\s+up\s+(?:marked\s+)?(?:complete|completed|closed|done)\b/gi, ', then complete it'],
  [/\b(?:lands?|ends?\s+up|sits?)\s+with\s+(?=[\w-]+)/gi, 'assigned to '],
  [/\b(assignee|owner)\s+(?:set|changed)\s+to\b/gi, 'assigned to'],
  [/\bthe\s+(priority|status)\s+set\s+to\b/gi, '$1'],
  [/\bafter\s+an?\s+(\d+|\w+)[\s-]+(minute|hour|second|day)s?\s+(?:delay|wait|pause)\s*,\s*/gi, 'wait $1 $2s, then '],
  [/\bperform\s+(?:a\s+)?(check|request|call|query|lookup|scan|backup)\s+(?:of|on|against)\s+/gi, '$1 '],
  [/\b(?:whatever\s+is|what(?:ever)?\s+gets?)\s+(?:published|posted|put\s+up)\s+(?:at|on)\s+(?=https?:)/gi, ''],
  [/,?\s*(?:and\s+)?(?:after|once)\s+(?:it's|it\s+has|it\s+is|that's|that\s+has)\s+been\s+(?:created|made|opened|done)\s*,?\s+/gi, ', then '],
  // "Subject should be 'X'; mail a@x and b@x to tell them …": the subject said before the message
  // "Compose an email to a@x. The subject is 'X' and the body says …": the message's parts said after it
  [/\s*[.!?]\s+(?:the\s+|its\s+)?subject(?:\s+line)?\s+(?:is|should\s+be|will\s+be|reads|must\s+be)\s+(['"‘“]\uE100\d+\uE101['"’”])\s*,?\s*(?:and\s+)?(?:the\s+|its\s+)?(?:body|message|text|email)\s+(?:says|should\s+say|reads|will\s+say|is|should\s+be|must\s+say)\s*:?\s*(?:that\s+)?(.+?)([.!?]?)\s*$/i, ' with the subject $1, saying $2$3'],
  // ("Use the subject 'VPN restored' and send the email to it@x": the same, said as an instruction)
  [/(^\s*|[.!?]\s+)(?:(?:the\s+)?subject(?:\s+line)?\s+(?:should|must|will|has\s+to)\s+be|(?:please\s+)?(?:use|put|go\s+with)\s+(?:the\s+|a\s+)?subject(?:\s+line)?(?:\s+of)?)\s+(['"‘“]\uE100\d+\uE101['"’”])\s*(?:[;:,.]\s*|,?\s+and\s+(?:then\s+)?)(?=[a-z])(?!(?:and\s+)?(?:let|tell|say|mention|explain|notify|inform)\b)(.+?)([.!?]?)\s*$/i, '$1$3 with the subject $2$4'],
  // "give infra-squad an Asana task to 'X'": the task is theirs
  [/\bgive\s+(@?[\w.]+-[\w-]+|@[\w.-]+)\s+an?\s+((?:asana\s+)?(?:task|ticket|to-?do))\s+(?:to\s+)?/gi, 'create a $2 assigned to $1 called '],
  // "an Asana task named 'X' should go to legal-ops": assigned to them
  [/\b(an?\s+(?:asana\s+)?(?:task|ticket|to-?do)\b[^,;]{0,60}?)\s+(?:should|must|will|needs\s+to)\s+go\s+to\s+(@?[\w.]+-[\w-]+|@[\w.-]+)/gi, 'create $1 assigned to $2'],
  // "a@x, b@x and c@x should each receive their own welcome message": one each
  [/(?:(?:our|the|these|all)\s+(?:[\w-]+\s+){0,2}?)?((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*,\s*)*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*,?\s*(?:and|&)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+should\s+(?:each\s+)?(?:receive|get)\s+(?:their\s+own\s+|an?\s+)?/gi, 'for each of $1, send a '],
  // "Tell the team once there's a task set up for the password reset fix": the task first
  [/^\s*(.+?)\s+(?:once|when|after)\s+there(?:'s|\s+is)\s+(an?\s+(?:asana\s+)?(?:task|ticket|to-?do))(?:\s+set\s+up|\s+created|\s+in\s+place)?(\s+for\s+[^.!?]+)?([.!?]?)\s*$/i, 'create $2$3, then $1$4'],
  // "… then link that task in #eng-triage": post its link there
  [/\blink\s+(it|that|this|that\s+\w+|the\s+\w+)\s+(?:in|into|to|on)\s+(?=#[\w-])/gi, 'post the link to $1 in '],
  // "Create Asana tasks to inspect … in each of these buildings, due 2026-10-15: Hartley Hall, … and the Rec Center": the list said last
  [/^\s*(.+?)\s+(?:in|for|at|on)\s+each\s+of\s+(?:these|the\s+following)\s+[a-z]+s\b([^:]*?):\s*([^:.!?]+?(?:,|\s+and\s+)[^:.!?]+?)\s*([.!?]?)\s*$/i, (_m: string, head: string, rest: string, list: string, end: string) => `for each of ${list.replace(/\s+and\s+the\s+/i, ' and ')}, ${head}${rest}${end}`],
  // "Heads up to #facilities that …": a message to them
  // (not a heading before a statement: "Heads up for the lab: the freezer is getting defrosted. Post in #lab-ops …")
  [/(^\s*|[.;]\s+)(?:a\s+|quick\s+)?heads[- ]up\s+(?:to|for)\s+(?![^:.;]{1,40}:\s*[^.!?]+[.!?]\s+\S)/gi, '$1notify '],
  [/^\s*(?:a\s+|quick\s+)?heads[- ]up\s+(?:to|for)\s+[^:.;]{1,40}:\s*(?=[^.!?]+[.!?]\s+\S)/i, ''],
  // "each newly opened GitHub issue turns into an Asana task …": an event that makes something
  [/\b(?:each|every|any)\s+(?:new(?:ly\s+(?:opened|created|filed|submitted))?\s+|incoming\s+)((?:github\s+)?(?:issue|ticket|form\s+submission|submission|order|signup|lead|bug\s+report))\s+(?:turns\s+into|should\s+turn\s+into|gets\s+turned\s+into|is\s+turned\s+into|becomes|should\s+become)\s+/gi, 'whenever a new $1 comes in, create '],
  // ("… becomes an Asana task with the same title": named as the event's thing is)
  [/\b(whenever\s+a\s+new\s+(?:github\s+)?([a-z]+)\s+comes\s+in,\s+create\s+[^,.;]*?)\s+with\s+the\s+same\s+(title|name|subject)\b/gi, "$1 named after the $2's $3"],
  // times said in words
  [new RegExp(`\\b(half|quarter)\\s+(past|after|to)\\s+${HOUR}\\b${PART}`, 'gi'), spokenTime],
  [/\b(\d{1,2}):(\d\d)(\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))/gi, (_m: string, h: string, mm: string, part: string) => `${h}:${mm}${meridiem(part)}`],
  [new RegExp(`(?<![:\\d])\\b${HOUR}(?:\\s+o'clock)?(\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night))`, 'gi'), (_m: string, hour: string, part: string) => `${hourOf(hour)}${meridiem(part)}`],
  [new RegExp(`\\b${HOUR}\\s+o'clock\\b`, 'gi'), (_m: string, hour: string) => `${hourOf(hour)}:00`],
  [new RegExp(`\\bat\\s+(${Object.keys(HOURS).join('|')})(?:\\s+(thirty|fifteen|forty-five))?(?=\\s*(?:am|pm|sharp|[,.;]|$)|\\s+(?:on|every|each|daily|and|tonight|tomorrow|today|sharp)\\b)`, 'gi'), (_m: string, hour: string, mins?: string) => `at ${hourOf(hour)}:${mins ? { thirty: '30', fifteen: '15', 'forty-five': '45' }[mins.toLowerCase()] : '00'}`],

  // a request written as a note to a colleague: "Hi there, …", "Hello Autoflow team, …", "… Thanks so much!", "… Cheers, Dana"
  [/^\s*(?:hi|hello|hey|hiya|howdy|greetings|dear|(?:good\s+)?(?:morning|afternoon|evening))(?:\s+(?:there|all|team|everyone|everybody|folks|guys|y'all|autoflow(?:\s+team)?|[A-Z][a-z]+))?\s*[,!.:;—–-]+\s*/i, ''],
  // ("… fire off a status email (thanks).": thanks in brackets at the end)
  [/\s*\((?:thanks|thank\s+you|thx|ta|cheers|please|pls|plz)!?\)(?=[\s.!]*$)/i, ''],
  [/(^|[.!?]\s+|,\s*)(?:thanks|thank\s+you|many\s+thanks|thx|ta|cheers|best(?:\s+(?:regards|wishes))?|kind\s+regards|regards|much\s+appreciated|appreciate\s+it)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+in\s+advance)?\s*(?:[,!.]+\s*(?:[-—–]\s*)?(?:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)?)?[\s.!]*$/iu, '$1'],
  // "Would you mind opening a task … and letting the team know …?": the gerunds are the request's verbs
  [/\b(?:would|do)\s+you\s+mind\s+((?:[^.?!]|[.?!](?=\S))*)/gi, (_m: string, rest: string) => rest.replace(/(^|,\s*(?:and\s+)?(?:then\s+)?|\s(?:and\s+)?(?:then)?\s+(?=[a-z]+ing\b)|\sand\s+)([a-z]+ing)\b/gi, (_x: string, lead: string, g: string) => `${lead}${gerundToVerb(g)}`)],
  // a workflow described instead of asked for: its verbs are the steps
  [/^[\s\S]+$/, described],
  // "Could you set something up that posts our numbers to #x every Friday?": what it does is the request
  [/\b(?:(?:could|can|would)\s+you\s+|please\s+)?set\s+(?:something|a\s+\w+|an\s+\w+|one)\s+up\s+(?:that|which|to)\s+([a-z]+)\b/gi, (_m: string, v: string) => baseForm(v.toLowerCase())],
  // "could you set it up so that …", "please set things up so …": the framing of a standing rule
  [/\b(?:(?:could|can|would|shall)\s+(?:you|we)\s+(?:please\s+|kindly\s+)?|please\s+|(?:let(?:'s|\s+us)|we\s+should|i\s+want\s+(?:you\s+)?to)\s+)?set\s+(?:it|things|this|something|everything)\s+up\s+(?:so\s+that|so(?!\s+that\b)|such\s+that)\s+/gi, ''],
  // "whenever a GitHub issue is opened, an Asana task is created and the link gets posted in #bugs": what follows the event is
  // what should happen then, said as an outcome
  [/^(\s*(?:whenever|each\s+time|every\s+time|any\s*time)\s+[^,]{3,120}?,\s*)([^;.!?]+)/i, (_m: string, when: string, said: string) => `${when}${required(said)}`],
  // "would you be able to …", "it would be great if you could …", "I was hoping you could …": the request itself
  [/\b(?:would|could|will)\s+you\s+be\s+able\s+to\b|\bit\s+would\s+be\s+(?:great|lovely|wonderful|ideal|helpful|nice|amazing)\s+if\s+(?:you\s+)?(?:could|can)\b|\b(?:i|we)\s+(?:was|were)\s+hoping\s+(?:you\s+)?(?:could|can|would)\b|\bis\s+it\s+possible\s+to\b|\bwould\s+it\s+be\s+possible\s+to\b/gi, ''],
  // steps listed in one line: "Goal: weekly churn digest. …" is a heading (its words may still say when); "Steps: 1) pull … 2) post …", "a) … b) …"
  // are sentences of their own; a heading before the list ("Black Friday email: 1) …") is what the list is for
  [/^\s*(?:goal|objective|purpose|aim|context|background|overview)\s*:\s*([^.!?]*)[.!?]\s*([\s\S]*)$/i, (_m: string, heading: string, rest: string) => {
    const when = findSchedule(heading);
    return when && !findSchedule(rest) ? `${when.phrase}, ${rest}` : rest;
  }],
  [/(^|[.!?]\s+)(?:steps|todo|to-do|plan|tasks|workflow)\s*:\s*(?=(?:\d{1,2}|[a-h])[.)]\s)/gi, '$1'],
  [/(^|[.!?]\s+)(?!(?:for|to)\s+(?:each|every|all)\b|(?:every|each|on|at|when|whenever|if|once|after|before|daily|weekly|monthly|hourly|nightly|weekdays|weekends)\b)([A-Z][^:.!?]{2,60}?):\s*(?=\(?(?:1|a)\)\s)/gi, '$1For the $2, '],
  [/^[\s\S]+$/, (all: string) => listItems(all)],
  // user stories and acceptance criteria: "As a support lead, I want …", "Given a deploy fails, when …, then …",
  // "the expected behaviour is that …", "The goal is that …", "We need a way to …"
  [/^\s*as\s+(?:a|an|the|our)\s+[^,]{2,40},\s*/i, ''],
  // "I want every new GitHub issue labelled 'customer' to become an Asana task": when one arrives, make the other
  [/^\s*(?:i|we)\s*(?:'d|would)?\s*(?:like|love|want|need)\s+(?:every|each|all|any)\s+((?:new|newly\s+(?:opened|created|filed|raised|submitted|added))\s+[^,]{3,80}?)\s+to\s+(?:become|turn\s+into|be\s+turned\s+into|show\s+up\s+as|get\s+copied\s+(?:in)?to)\s+(an?\s+)/i, 'when a $1 arrives, create $2'],
  // (a Gherkin "…, then …" is the consequence, not a later step)
  [/^\s*given\s+(?:([^,]{3,160}?),\s*when\s+)?([\s\S]*)$/i, (_m: string, _given: string, rest: string) => `${/^[^,]*(?:`|\bselect\s|https?:\/\/)/i.test(rest) && !_given ? 'if' : 'when'} ${rest.replace(/,\s*then\s+(?=[a-z@#])/i, ', ')}`],
  [/(?:^|\b)(?:(?:the|our)\s+)?(?:expected\s+behaviou?r|goal|requirement|desired\s+outcome)\s*(?:is\s+(?:that|to)|:)\s*([^;!?]*?)(?=[.!?](?:\s|$)|[;!?]|$)/gi, (_m: string, said: string) => required(said)],
  [/^\s*we\s+need\s+(?:a\s+way\s+to|an?\s+(?:[\w-]+\s+){0,2}(?:path|process|flow|workflow|automation)\s*(?::|to|that|where))\s*/i, ''],
  // "How many users logged in this week? Run … and share the number": a question the request then answers is context
  // (only when what follows gets the data itself — a query or a URL — else the question is the request: "How many signed up today? Post the count …")
  [/^\s*((?:how\s+(?:many|much|often|long)|what(?:'s|\s+is|\s+are)?|which|who|why|where|is|are|does|do|did)\b[^?]{3,150})\?\s+(?=[A-Z][\s\S]*(?:`|\bselect\s|https?:\/\/))/i, 'The question is $1. '],
  // "more than 50,000": thousands separators are not clause breaks
  // (not inside a URL or a path: "…/gridpoints/MTR/88,126/forecast")
  [/(?<![\/\w.:=&?-])\d{1,3}(?:,\d{3})+(?!\d|,\d|\/)/g, (n: string) => n.replace(/,/g, '')],
  // "At the same time as you email a@x about it, post in #office …": the two steps side by side
  [/(^\s*|[.;!?]\s+)(?:at\s+the\s+same\s+time\s+as|simultaneously\s+with|in\s+parallel\s+with|while)\s+(?:you\s+|we\s+)?(?:also\s+)?([a-z]+\b(?:[^,;.]|\.(?=\S))*?),\s*(?:also\s+)?(?=[a-z])/gi, (all: string, lead: string, first: string) => (/^(?:i|we|you|it|they|the|this|that|there)\b/i.test(first) ? all : `${lead}${first} and at the same time `)],
  // "download the page first so it can be summarized": the purpose said after a step is no step of its own
  [/,?\s+so\s+(?:that\s+)?(?:it|they|this|that|we|you|the\s+[\w-]+)\s+(?:can|could|may)\s+(?:be\s+)?[a-z]+(?:\s+(?:it|them))?(?=\s*(?:[.;!?]|$))/gi, ''],
  // "… the report at https://…, which you'll need to fetch first": getting what a step reads is implied
  [/,\s*which\s+(?:you|we)(?:'ll|’ll|\s+will)?\s+(?:need|have)\s+to\s+(?:fetch|download|grab|pull|load|get|read|open)(?:\s+(?:down|in))?(?:\s+first)?(?=\s*(?:[.;!?]|$))/gi, ''],
  // "send each of them (a@x, b@x and c@x) an email", "email them individually (a@x, b@x …)": the ones in brackets
  [/\b((?:each|all|every\s+one)\s+of\s+)?(?:them|those|these|everyone|everybody|the\s+[a-z]+s)(\s+(?:individually|separately|one\s+by\s+one))?\s*\(\s*((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\w.-]+)(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\w.-]+))+)\s*\)/gi, (_m: string, each = '', how = '', list: string) => `${each}${list}${how}`],
  // "High priority, due 2027-03-01, owner data-team: add an Asana to-do named 'X'": the properties said first
  [new RegExp(`^\\s*(${PROP}(?:\\s*(?:,|;)\\s*(?:and\\s+)?${PROP})*)\\s*:\\s*(?=[a-z])([^.!?]+)([.!?]?)\\s*$`, 'i'), '$2, $1$3'],
  // "make sure it's flagged high priority because the auditors will check": a property of what was just made
  [/\bmake\s+sure\s+(?:that\s+)?(it|this|that|the\s+(?:task|ticket|issue|card))\s*(?:'s|’s|\s+is|\s+gets|\s+will\s+be)\s+(?:flagged|marked|set)\s+(?:as\s+)?/gi, 'mark $1 '],
  [/\b(priority|urgent)\s+(?:because|since|as)\s+[^.;!?]+/gi, '$1'],
  // "make sure #mobile-team hears about it", "make sure each of a, b and c gets …": what is to be made sure of is the request
  [/\b(?:please\s+)?make\s+sure\s+(?:that\s+)?(?=[#@]|\S+@|(?:each|every|all|everyone|everybody|the|our|it|they|he|she)\b)/gi, ''],
  // "I think that covers it.", "That's all.", "That should be everything": a closing remark
  [/(^|[.!?;]\s+|,\s*)(?:(?:i\s+think|i\s+guess|ok(?:ay)?|and)\s*,?\s+)?(?:that(?:'s|’s|\s+is|\s+should\s+be|\s+covers|\s+about\s+covers)\s+(?:it|all|everything|about\s+it)|that\s+(?:covers|does)\s+it)(?:\s+for\s+now)?\s*[.!;]?(?=\s|$)/gi, '$1'],
  // "No need to do anything when it's fine.", "We don't need a message when it passes.", "Otherwise do nothing.": nothing to plan
  [/(^|[.!?;]\s+|,\s*)(?:(?:there's\s+|there\s+is\s+)?no\s+need\s+to\s+(?:do|send|post)\s+anything|nothing\s+(?:needs\s+to|should)\s+happen|(?:otherwise|else)\s*,?\s+do\s+nothing|do\s+nothing\s+otherwise|(?:we|i)\s+(?:don't|do\s+not)\s+need\s+(?:a|any)\s+(?:message|notification|alert|email|ping)s?)(?:\s+(?:when|if|as\s+long\s+as)\s+[^.!?;]*)?\s*[.!?;]?/gi, '$1'],
  // "Don't forget to email …", "remember to post …": the reminder is the request
  [/\b(?:(?:please\s+)?(?:don't|do\s+not)\s+forget|remember|be\s+sure)\s+to\s+(?=[a-z])/gi, ''],
  // "Hold off 15 minutes, then post … Don't post it any sooner, the nodes need time.": a constraint said after the steps adds none
  [/([.!?;]\s+)(?:but\s+)?(?:please\s+)?(?:don't|do\s+not|never)\s+[a-z]+\s+(?:it|this|that|them|anything)\s+(?:any\s+)?(?:sooner|earlier|before|until|twice|again|early|yet|more\s+than\s+once)\b[^.!?;]*[.!?;]?/gi, '$1'],
  // "A to-do for the CSV export fix: set that up, then …": the thing named first, then made
  [/^\s*((?:an?|one)\s+[^:;.]{3,60}?)\s*:\s*(?:please\s+)?(?:set|create|make|open|add|log|raise|file|put)\s+(?:that|it|this|one)(?:\s+(?:up|in|together))?\b/i, 'create $1'],
  // "Create three Asana tasks: 'A', 'B' and 'C'": as many steps as the titles counted (a loop is for "for each of …")
  [new RegExp(`\\b(create|make|open|add|file|log|raise|set\\s+up)\\s+(two|three|four|five|[2-5])\\s+((?:asana\\s+|github\\s+)?(?:tasks|issues|tickets|to-?dos|cards))((?:\\s+(?:in|for|on)\\s+[^:,;'"‘“]{1,40}?)?)(\\s+at\\s+the\\s+same\\s+time|\\s+in\\s+parallel|\\s+simultaneously)?\\s*[:,—–-]?\\s*(${MASKED_QUOTE}(?:\\s*,\\s*${MASKED_QUOTE})*\\s*,?\\s*and\\s+${MASKED_QUOTE})(?:\\s*,\\s*(?:both|all|each)\\s+((?:for|assigned\\s+to|due|owned\\s+by|with)\\s+[^,.;!?]+))?`, 'gi'),
    (all: string, verb: string, n: string, noun: string, where: string, together = '', list: string, shared = '') => {
      const titles = list.match(new RegExp(MASKED_QUOTE, 'g')) ?? [];
      if (titles.length !== (NUMBER_WORDS[n.toLowerCase()] ?? Number(n))) return all;
      const one = noun.replace(/s$/i, '');
      // ("…, both for jamal": said once for every one)
      return `${titles.map((q, i) => `${i ? (i === titles.length - 1 ? ' and ' : ', ') : ''}${verb} a${/^[aeiou]/i.test(one) ? 'n' : ''} ${one}${where} ${q}${shared ? ` ${shared}` : ''}`).join('')}${together}`;
    }],
  // "assigned to me (nora.quinn)": the person is the one named
  [/\bme\s*\(\s*(@?[\w.+-]+(?:@[\w.-]+)?)\s*\)/gi, '$1'],
  // "… and DM me the list? I'm @lucy.barnes.": who "me" is, said after
  [/^([\s\S]*?)\s*(?:[.!?]\s+|,\s*|\s+[—–-]\s+)(?:i'm|i’m|i\s+am|this\s+is|me\s+being|my\s+handle\s+is|my\s+(?:slack\s+)?(?:handle|username)\s+is)\s+(@[\w.-]*\w)\s*(?:on\s+slack\s*)?[.!]?\s*$/i, (all: string, rest: string, me: string) => (/\bme\b/i.test(rest) ? `${rest.replace(/\b(dm|message|ping|slack|remind|send|tell|notify)\s+me\b/gi, `$1 ${me}`).replace(/\b(to|for)\s+me\b/gi, `$1 ${me}`)}.` : all)],
  // "Standing rule for Stavanger: whenever …": a heading before the rule
  [/^\s*([^:#@\d]{3,60}?):\s+(?=(?:whenever|when|each\s+time|every\s+time|any\s*time|as\s+soon\s+as|every|each|on\s+(?:every|each))\b)/i, ''],
  // "From now on, whenever …", "Going forward, …": the framing of a standing rule
  [/(^\s*|[.!?]\s+)(?:from\s+now\s+on|going\s+forward|from\s+today(?:\s+on(?:wards)?)?|moving\s+forward|in\s+future|in\s+the\s+future)\s*,?\s+(?=[a-z])/gi, '$1'],
  // "whenever the site sends us a webhook for a gift over £5,000, DM …": the event, then the test on what it carries
  // ("When the telemetry webhook reports a tank temperature above 4°C, …": the unit said with the number is no part of the test)
  [/(^|[.!?]\s+)(\s*(?:whenever|when|each\s+time|every\s+time|any\s*time)\s+[^,.]{3,100}?)(\s+(?:for|with|about|of|reports?|reporting|shows?|showing|records?|recording|logs?|logging|sends?|has|having)\s+(?:(?:a|an|any)\s+)?)([a-z][\w-]*(?:\s+(?!of\b|over\b|above\b|under\b|below\b|more\b|greater\b|less\b|at\b|bigger\b|larger\b|worth\b)[a-z][\w-]*)?)\s+((?:of\s+)?(?:over|above|under|below|more\s+than|greater\s+than|less\s+than|at\s+least|bigger\s+than|larger\s+than|worth\s+(?:over|more\s+than))\s+[$£€¥]?\d[\d.]*\s*[kKmM]?)((?:\s*(?:°\s*[CF]|%|percent|degrees(?:\s+[CF])?|kg|ms|seconds?|minutes?|mph|km\/h|kph|knots|cm|mm|inches|feet|metres|meters))?)\s*,\s*/gi, (_m: string, lead: string, when: string, said: string, noun: string, test: string, unit: string) => `${lead}${when}${/^\s+(?:for|with|about|of)\s/i.test(said) ? '' : `${said}${noun} ${test}${unit}`}, if the ${noun} is ${test.replace(/^of\s+|^worth\s+/i, '')}, `],
  // "send the email to each venue lead: a@x, b@x and c@x", "email each venue lead (a@x, b@x, c@x) the schedule": one each
  [/\b((?:to|for)\s+)?each\s+(?!of\b|one\b)(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*\s*(?::\s*|\(\s*|[—–]\s*)((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+|@[\w.-]*\w)(?:\s*(?:,|\band\b|,\s*and\b)\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+|@[\w.-]*\w))+)(?:\s*(?:\)|[—–]))?/gi, (_m: string, to: string | undefined, list: string) => `${to ?? ''}each of ${list}`],
  // "send the 'Autumn Wedding Showcase' invite email to …": the quoted name of the email is its subject
  [new RegExp(`\\b(send|email|mail|shoot|fire\\s+off)\\s+(?:the|our|an?)\\s+(${MASKED_QUOTE})\\s+((?:[\\w-]+\\s+){0,2}?)(e-?mail|newsletter|mailer)\\b`, 'gi'), '$1 the $3$4 with the subject $2'],
  // ("Whenever the RSVP form sends in a response that mentions an allergy, DM …": the event, then a test of what it carries)
  [/(^|[.!?]\s+)(\s*(?:whenever|when|each\s+time|every\s+time|any\s*time)\s+[^,.]{3,100}?)\s+(?:that|which|who)\s+(?:mentions?|contains?|includes?|says?|asks?\s+(?:for|about)|refers?\s+to|brings?\s+up)\s+((?:an?\s+|the\s+|any\s+)?[^,.]{2,60}?)\s*,\s*/gi, (_m: string, lead: string, when: string, what: string) => `${lead}${when}, if the payload mentions ${what.replace(/^(?:an?|the|any)\s+/i, '')}, `],
  // ("When a gift comes through the giving webhook and it's £1,000 or more, DM …": the same test, said after "and")
  [/(^|[.!?]\s+)(\s*(?:whenever|when|each\s+time|every\s+time|any\s*time)\s+[^,.]{3,100}?)\s+and\s+((?:it|(?:the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:['’]s|\s+is)\s+(?:over|above|under|below|more\s+than|greater\s+than|less\s+than|at\s+least|at\s+most|worth\s+(?:over|more\s+than)\s+)?\s*[$£€¥]?\d[\d,.]*\s*[kKmM]?(?:\s+or\s+(?:more|above|over|less|below|under))?)\s*,\s*/gi, (_m: string, lead: string, when: string, test: string) => `${lead}${when}, if ${test}, `],
  // ("When an incident report is submitted and its severity is major or higher, …": a test of what the event carries)
  [/(^|[.!?]\s+)(\s*(?:whenever|when|each\s+time|every\s+time|any\s*time)\s+[^,.]{3,100}?)\s+and\s+((?:its|their|the)\s+[a-z][\w-]*\s+(?:is|was)\s+(?:not\s+)?[a-z][\w-]*(?:\s+or\s+(?:higher|above|worse|more|lower|below|less))?)\s*,\s*/gi, (_m: string, lead: string, when: string, test: string) => `${lead}${when}, if ${test.replace(/^(?:its|their)\s+/i, 'the ')}, `],
  // "get approval from the controller and then from the festival director": two gates, one after the other
  [/\b(get|obtain|request|ask\s+for)\s+((?:an?\s+)?(?:approval|sign-?off|the\s+go-ahead))\s+from\s+((?:the\s+)?[\w.@-]+(?:\s+(?!and\b|then\b)[\w-]+)?)\s*,?\s+(?:and\s+)?(?:then\s+)?(?:also\s+)?from\s+((?:the\s+)?[\w.@-]+(?:\s+(?!and\b|then\b)[\w-]+)?)(?=\s*[,.;]|\s+and\b|\s+then\b|$)/gi, '$1 $2 from $3, then $1 $2 from $4'],
  // note forms: "#infra-ops: 'Reindex done'", "Slack DM → @priya: her claim is approved", "email → eng@x, subj: 'X'",
  // "(Slack)" after a channel, "w/ link", "status email after", "(name = issue title)"
  [/(^|[;,]\s*|\bthen\s+|\band\s+)(#[\w-]+)\s*:\s*(?=['"‘“]\uE100)/gi, '$1post in $2 '],
  // "Run this against the permits database and email the output to x@y:\nSELECT …": the statement said below is "this"
  [/\b((?:run|execute)\s+)(?:this|the\s+following|this\s+(?:query|sql|statement)|the\s+(?:query|sql)\s+below)\b([^:\n]*?):\s*\n\s*((?:select|with|update|delete|insert)\b[^\n"]+?)\s*;?\s*$/i, (_m: string, run: string, rest: string, sql: string) => `${run}"${sql}"${rest}`],
  // "Purchase orders over $25,000 need the finance director's OK. When …, request that approval, …": the rule said first
  // names whose approval "that approval" is
  [/(^|[.!?]\s+)[^.!?]{3,80}?\s+(?:need|needs|require|requires|must\s+get|must\s+have)\s+(?:the\s+|a\s+|an\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)['’]s\s+(?:ok|okay|approval|sign-?off|go-ahead)\s*[.!]\s+([\s\S]*?\b(?:request|get|ask\s+for|obtain)\s+)(?:that|this|the)\s+(?:approval|ok|okay|sign-?off)\b/i, (_m: string, lead: string, who: string, between: string) => `${lead}${between}approval from the ${who.replace(/^the\s+/i, '')}`],
  // "create two Asana tasks in parallel: one for IT to set up the laptop and one for facilities to issue a badge": each one
  [/\b(create|open|add|make|file|raise)\s+(?:two|three|four|2|3|4)\s+((?:[A-Z]\w+\s+)?(?:task|issue|ticket|card)s)(\s+(?:in\s+parallel|at\s+the\s+same\s+time|simultaneously))?\s*:\s*one\s+((?:(?!\.\s)[^;])+?)(?=\.\s|[.;]?$)/gi, (_m: string, verb: string, what: string, par: string | undefined, list: string) => {
    const ones = list.split(/\s*,?\s*(?:and\s+)?\bone\s+/i).filter(Boolean);
    return `${ones.map((o) => `${verb} ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what.slice(0, -1)} ${o.replace(/[,\s]+$/, '')}`).join(' and ')}${par ?? ''}`;
  }],
  // "Messages from the form hit our webhook. For each one that comes in, …": each arrival is the event, not a list
  [/(^|[.!?]\s+)for\s+(?:each|every)\s+(?:one|[a-z]+)\s+that\s+(comes\s+in|arrives|lands|gets\s+submitted|is\s+submitted|gets\s+posted|is\s+received|hits\s+(?:it|the\s+webhook|our\s+webhook))\s*,\s*/gi, (_m: string, lead: string, what: string) => `${lead}Whenever one ${what}, `],
  // "whenever a GitHub issue is opened create an Asana task …": the event ends where the step's verb starts
  [/\b(when(?:ever)?|every\s+time|each\s+time|as\s+soon\s+as)\s+([^,.;]{3,80}?\s+(?:is|are|was|were|gets|get|has\s+been)\s+[a-z]+(?:ed|en|ne))\s+(?=(?:create|open|post|send|email|notify|add|make|log|file|run|call|fetch|alert|ping|tell|dm|message|update|close|comment|write|save)\b)/gi, '$1 $2, '],
  // "save each draft under outreach/invites/": written into that folder
  [/\b(save|store|write|put|file)\s+((?:each|every|the|that|this|it|them)(?:\s+[\w-]+){0,2})\s+(?:under|in|into|inside)\s+((?:[\w.-]+\/)+)(?=[\s,.;]|$)/gi, '$1 $2 to $3'],
  // "email the draft reply to cs@x for review": the reply is what is sent, to whom is after "to" (not a reply-to address)
  [/\b(email|send|forward|mail)\s+((?:the|a|an|that|this|their|our)\s+(?:[\w-]+\s+){0,2}?(?:reply|response|answer))\s+to\s+([\w.+-]+@[\w-]+\.[\w.-]*\w)/gi, '$1 $3 $2'],
  // "#pw-crews: Snow plow routes 1-6 start at 3am tonight": the whole request is the message for the channel
  [/^\s*(#[\w-]+)\s*:\s+(?![a-z]+\s+(?:the|a|an|it)\b)([^\n]+)$/, (_m: string, ch: string, words: string) => `post in ${ch} saying ${words.replace(/[.!]+$/, '')}`],
  [/\bslack\s+dm\s*(?:→|->|=>|to|:|,\s*then)?\s*(@[\w.-]*\w)\s*:\s*/gi, 'DM $1 saying '],
  [/\b(e-?mail|dm|message|post)\s*(?:→|->|=>)\s*/gi, '$1 '],
  [/\bsubj\b\.?/gi, 'subject'],
  [/\s*\((slack|e-?mail)\)/gi, ' on $1'],
  [/(\bwith|\bw\/|\bplus|\bincluding|\bincl\.?)\s+((?:task\s+|issue\s+)?(?:link|url))\b/gi, '$1 the $2'],
  [/(^|[;,]\s*|\b(?:and|then)\s+)(?:an?\s+|the\s+)?((?:[\w-]+\s+)?(?:e-?mail|message|update|note|reminder|dm))\s+(?:after|afterwards|after\s+that|next|last|at\s+the\s+end|to\s+finish)\b/gi, '$1then send a $2'],
  // "… and then, once that's in, close the task": the step before is done, then the next
  // (also the thing named: "…, and once that comment's on there, close it out", "once the task is in, …")
  [/,?\s*(?:and\s+)?(?:then\s*,?\s*)?once\s+(?:(?:that|it)(?:'s|’s|\s+is|\s+has\s+been|\s+was)|(?:that|the)\s+(?:comment|task|issue|ticket|message|post|email|note|query|summary)(?:'s|’s|\s+is|\s+has\s+been|\s+was))\s+(?:in|done|posted|added|there|on|on\s+there|in\s+there|finished|complete|completed|through|sent|up|made|created|logged)\s*,\s*/gi, ' and then '],
  // "welcome email to each: a@x, b@x, …": one for each of them
  [/\b(to|for)\s+each\s*:\s*/gi, '$1 each of '],
  // "new task: pagination bug fix; then …": the thing made, named after the colon
  [/(^\s*|[;.]\s*)(?:new|create(?:\s+an?)?|add(?:\s+an?)?)\s+((?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do))\s*:\s*([^;,.'"‘“]+?)(?=\s*(?:[;,.]|$))/gi, '$1create a $2 called "$3"'],
  // "This is more of a process thing, but …": a remark about the request
  [/^\s*(?:this|it)(?:'s|’s|\s+is)\s+(?:more\s+of\s+|just\s+|kind\s+of\s+|sort\s+of\s+|really\s+|mostly\s+)?an?\s+(?:[\w-]+\s+){0,3}?(?:thing|request|question|ask|one|favou?r)\s*(?:,\s*but\b|[.:;,—–-])\s*:?\s*/i, ''],
  // "The invoice-sync workflow has been flaky …, so whenever it fails, notify …": the event of the workflow named before
  [/^(\s*(?:the|our)\s+([\w.-]+\s+(?:workflow|automation|flow|job))\b[^.;!?]*?),\s*so\s+(whenever|every\s+time|each\s+time|any\s*time|when|if)\s+(?:it|this|that)\s+(?=(?:fails|breaks|errors|crashes|goes\s+down|falls\s+over|finishes|completes|succeeds)\b)/i, '$1. $3 the $2 '],
  // "the #company channel", "the #ops Slack channel": the channel by its name
  [/\b(?:the\s+)?(#[\w-]+)\s+(?:slack\s+)?channel\b/gi, '$1'],
  // "acme/app#812": issue 812 in acme/app
  [/\b([\w.-]+\/[\w.-]+)#(\d+)\b/g, 'issue $2 in $1'],
  // "GH issue", "AI summary", "AI: draft an email …"
  [/\bGH\b|\bgh\b(?=\s+(?:issues?|prs?|pull|repos?|repository)\b)/g, 'GitHub'],
  // (not the subject of a passive: "An AI summary of X should be posted to #y" is read as one)
  [/\b([Aa]n?|[Tt]he)\s+AI\s+(summary|digest|recap|overview)\b(?=[^,;]*?\b(?:should|must|needs?\s+to|has\s+to|will)\s+(?:be|get)\b)/g, '$1 AI-written $2'],
  // ("create an AI summary of the page", "follow that with an AI summary of it": the verb before it is the model's)
  [/\b(?:(?:create|make|produce|generate|write|get|do|prepare)\s+)?(?:[Aa]n?\s+)?AI(?:[- ](?:generated|produced|made))?\s+(summary|digest|recap|overview)(?:\s+of)?\b/g, 'summarize with AI'],
  [/(^|[.;]\s*)AI:\s*([a-z]+)\b/g, '$1$2 with AI'],
  // "ai: 5 blog title ideas on remote work": what to ask the model for
  [/(^|[.;]\s*)(?:ai|llm|gpt)\s*:\s*/gi, '$1generate with AI '],
  // "…, link in #bugs": post it there
  [/,\s*(?:and\s+)?(?:the\s+)?(link|url|summary|result|results|details|answer)\s+(?:in|to)\s+(?=#[\w-])/gi, ', post the $1 in '],
  // command-bar labels: "asana task: update pricing copy", "gh issue in acme/web: login broken", "asana 5120 comment: waiting"
  [/^\s*(asana|github|gh)\s+(task|issue|ticket|card)(\s+in\s+[\w.-]+\/[\w.-]+)?\s*:\s*([^",;\n]+?)\s*(?=$|[,;]|[.!?]\s)/i, (_m: string, app: string, noun: string, where = '', title: string) => `create a ${/^gh$/i.test(app) ? 'GitHub' : app} ${noun}${where} titled "${title}"`],
  [/\b(asana|github|gh)\s+(?:task\s+|issue\s+)?#?(\d+)(\s+in\s+[\w.-]+\/[\w.-]+)?\s+(?:comment|note)\s*:\s*/gi, (_m: string, app: string, id: string, where = '') => `comment on ${/^asana$/i.test(app) ? 'Asana task' : 'GitHub issue'} ${id}${where} saying `],
  // "onboarding email to each of …", "reminder to @sam about …": a message said without its verb
  [/^\s*(?:an?\s+)?((?:(?!(?:draft|write|compose|prepare|create|make|send|generate|need|want|i|we|shoot|fire|drop|pop|dash|whip|post|mail|email|ping|give|get|put)\b)[\w-]+\s+){0,3}?(?:e-?mail|message|dm|reminder|note|notice|heads-up))\s+(?=to\s)/i, 'send a $1 '],
  // "Asana 7781: comment 'Resolved', then complete it", "GitHub issue 12 in a/b: close it": the thing, then what to do with it
  [/\b(asana|github|gh)\s+(?:task\s+|issue\s+)?#?(\d+)(\s+in\s+[\w.-]+\/[\w.-]+)?\s*:\s*(comment|note|close|complete|finish|reopen|assign|update|rename|delete)\b(\s+(?:it|this)\b)?/gi, (_m: string, app: string, id: string, where = '', verb: string) => `${/^(?:comment|note)$/i.test(verb) ? 'comment on' : verb} ${/^asana$/i.test(app) ? 'Asana task' : 'GitHub issue'} ${id}${where}${/^(?:comment|note)$/i.test(verb) ? ' saying' : ''}`],
  // "GET …, asana onboarding task for each": a thing of an app said without its verb is made
  [/([,;]\s*|\bthen\s+|\band\s+)(?=(?:an?\s+)?(?:asana|github)\s+(?:[\w-]+\s+)?(?:task|issue|ticket)\b)(?![^,.;]*\b(?:is|are|be|gets?)\s+(?:created|made|opened|filed|added|raised)\b)/gi, '$1create '],
  // "Slack channel #db-alerts, message 'CPU at 95%'": the fields of one message
  [/(^\s*|[.;]\s*)(?:slack\s+)?channel\s*:?\s*(#[\w-]+)\s*[,;]\s*(?:message|text)\s*:?\s*(['"‘“]\uE100\d+\uE101['"’”])/gi, '$1post $3 in $2'],
  // "…, and copy accounts@x on it": a copy of an email goes to them
  [/,?\s*(?:and\s+)?\b(b?cc|copy)\s+(?:in\s+)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*(?:,|and)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*)(?:\s+(?:in|on)(?:\s+(?:it|that|the\s+e-?mail))?)?/gi, (_m: string, how: string, who: string) => `, ${how.toLowerCase() === 'bcc' ? 'bcc' : 'cc'} ${who}`],
  // "create an Asana task for IT …, create another for the site manager …": another of the same
  [/\b(create|make|open|add|file|raise)\s+(?:an?\s+)?((?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do))\b([^.;]*?)\b(create|make|open|add|file|raise)\s+another(?:\s+one)?\b(?!\s+(?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do))/gi, '$1 a $2$3$4 another $2'],
  // "List everything in X, subfolders included": recursively
  [/,?\s*(?:with\s+|including\s+)?(?:all\s+)?(?:the\s+)?sub-?(?:folders|directories)\s+(?:included|too|as\s+well)|,?\s*including\s+(?:all\s+)?(?:the\s+)?sub-?(?:folders|directories)/gi, ' recursively'],
  // "post that suggestion as a comment on the issue": a comment
  [/\b(?:post|add|leave|put|drop|write)\s+((?:it|that|this|the|its)\b(?:\s+[\w-]+){0,3}?)\s+as\s+an?\s+comment\s+(on|to)\s+/gi, 'comment $1 $2 '],
  // "Slack #all-hands: 'X'": that message there
  [/\bslack\s+(#[\w-]+)\s*:\s*(?=['"‘“]\uE100)/gi, 'post in $1 '],
  // "to Slack #shanghai", "in Slack channel #ops": the channel, on Slack
  [/\b(to|in|on|into|via)\s+slack\s+(?:channel\s+)?(#[\w-]+)/gi, '$1 $2 on Slack'],
  // "…, using the issue title as its name": named after it
  [/,?\s*using\s+(?:the\s+)?([a-z]+)(?:'s|’s)?\s+(title|name|subject)\s+as\s+(?:its|the|their)\s+(?:name|title)\b/gi, " named after the $1's $2"],
  // "with the title of the issue", "with task name same as issue title": named after what the event carries
  [/\bwith\s+(?:the\s+)?(title|name|subject)\s+of\s+the\s+([a-z]+)\b/gi, "named after the $2's $1"],
  [/\bwith\s+(?:the\s+|its\s+)?(?:task\s+|issue\s+|ticket\s+)?(?:name|title)\s+(?:(?:the\s+)?same\s+as|equal\s+to|taken\s+from|matching|from)\s+(?:the\s+)?([a-z]+)(?:'s|’s)?\s+(title|name|subject)\b/gi, "named after the $1's $2"],
  // "…, message 'CPU at 95%', please send exactly this": the words as given, said once
  [/[,;.]\s*(?:and\s+)?(?:please\s+)?(?:send|post|use)\s+(?:exactly\s+|just\s+)?(?:this|that|it)(?:\s+exactly|\s+as\s+is|\s+verbatim|\s+word\s+for\s+word)?\s*(?=[.!]?\s*$)/gi, ''],
  // "slack #queue", "slack @sara": a message there
  [/\bslack\s+(?=[#@][\w-])/gi, 'message '],
  // "asana task + email sales@x": and
  // (not an interval added in SQL: "now() + interval '7 days'")
  [/(?<!\(\))\s+\+\s+(?!interval\b)(?=[a-z#@])/gi, ' and '],
  // "sql 'select …'" at the start of a clause: run it
  [/(^|[:;,]\s*|\bthen\s+)sql\s+(?=['"‘“`])/gi, '$1run '],
  [/\s*(?:->|→|=>)\s*/g, ', then '],
  // ("on failure of the data-export workflow, then alert …": when it fails)
  [/(^\s*|[.;]\s*)(?:on|upon|after)\s+(?:a\s+|any\s+)?(failure|success|completion)\s+of\s+((?:the\s+)?[\w.-]+\s+(?:workflow|automation|flow|job))\s*(?:,\s*then|,|:)?\s*/gi, (_m: string, lead: string, what: string, wf: string) => `${lead}whenever ${wf} ${/fail/i.test(what) ? 'fails' : 'finishes'}, `],
  // ("Asana task (name = issue title)": the field said in brackets, once the arrows are read)
  [/\s*\(\s*(?:name|title)\s*[=:]\s*(?:the\s+)?([^()]{2,40}?)\s*\)/gi, ' named after the $1'],
  // "status != 200, then alert #sre": the test said without its "if"
  [/(^|[;,]\s*)(?:the\s+)?(?:status(?:\s+code)?|code|response(?:\s+code)?|http\s+status)\s*(!=|==|=|is\s+not|isn't|not)\s*(\d{3})\s*(?:,\s*then|,|:)\s*/gi, (_m: string, lead: string, op: string) => `${lead}if it is ${/^(?:!=|is\s+not|isn't|not)$/i.test(op) ? 'not ' : ''}${_m.match(/\d{3}/)![0]}, `],
  // "if != 200", "if == 404", "if > 50", "if it's < 10"
  [/\b(if|when|unless)\s+(?:it(?:'s|\s+is)?\s+|the\s+(?:status|code|count|result|number)\s+(?:is\s+)?)?!=\s*/gi, '$1 it is not '],
  [/\b(if|when|unless)\s+(?:it(?:'s|\s+is)?\s+|the\s+(?:status|code|count|result|number)\s+(?:is\s+)?)?==?\s*(?=\d)/gi, '$1 it is '],
  [/\b(if|when|unless)\s+(?:it(?:'s|\s+is)?\s+|the\s+(?:status|code|count|result|number)\s+(?:is\s+)?)?>=?\s*(?=\d)/gi, '$1 it is above '],
  [/\b(if|when|unless)\s+(?:it(?:'s|\s+is)?\s+|the\s+(?:status|code|count|result|number)\s+(?:is\s+)?)?<=?\s*(?=\d)/gi, '$1 it is below '],
  // "weekdays 0800", "daily at 1730": a clock time in four digits
  [/\b((?:every|each)\s+[a-z]+|weekdays|weekends|daily|nightly|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|at)\s+([01]\d|2[0-3])([0-5]\d)\b/gi, '$1 $2:$3'],
  // "every 30m", "wait 1 hr", "in 2h": units said as letters
  [/\b(every|each|wait|in|after|for)\s+(\d+)\s*(?:m|mins?)\b/gi, '$1 $2 minutes'],
  [/\b(every|each|wait|in|after|for)\s+(\d+)\s*(?:h|hrs?)\b/gi, '$1 $2 hours'],
  [/\b(every|each|wait|in|after|for)\s+(\d+)\s*d\b/gi, '$1 $2 days'],
  [/\b(wait|in|after|for)\s+(an?|one)\s+(?:hr)\b/gi, '$1 $2 hour'],
  // "Good news for @jonas: his budget got approved. Send him a direct message on Slack saying so.": what "so" is
  [/^\s*((?:good|great|bad|some)\s+news\s+for\s+(@[\w.-]*\w)\s*:\s*)?([^.!?]{3,160})[.!?]\s+(.+?)\s+(?:saying|telling\s+(?:him|her|them)|to\s+say)\s+(?:so|that|as\s+much)\s*[.!]?\s*$/i, (_m: string, _h: string, who: string | undefined, said: string, ask: string) => `${who ? ask.replace(/\b(?:him|her|them)\b/i, who) : ask} saying ${said}.`],
  // "…, then link dropped into #triage on Slack": the thing, then what is done with it
  [/\b(then|and)\s+(?:the\s+|its\s+)?(link|url|summary|result|results|report|output)\s+(posted|dropped|shared|sent|put)\s+(in|into|to|on)\s+/gi, (_m: string, c: string, what: string, done: string, to: string) => `${c} ${plain(done)} the ${what} ${to} `],
];
