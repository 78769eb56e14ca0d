/**
 * The offline planner's only word list. Everything about *which operation* a request means comes
 * from the driver catalogue (descriptions, keywords, examples, parameter schemas); this file holds
 * the general English the catalogue cannot carry: synonyms of verbs and nouns, filler words,
 * phrase rewrites, the vocabulary of control steps (conditions, loops, approvals, waits, triggers)
 * and a few defaults ("task" → a task tracker, "notify the team" → chat). Keep it small.
 */

import { MASKED_QUOTE, plainOfThirdPerson, type Rewrite } from './text.ts';

/** Phrase rewrites applied before anything else (lower-case patterns; `$1` keeps a captured part). */
export const PHRASES: Rewrite[] = [
  // "… and then a status email goes out too": send it
  [/(^|[.;,]\s*|\b(?:and|then)\s+)(an?\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|message|note|update|reminder|alert))\s+(?:goes|gets\s+sent|is\s+sent)\s+out\b(?:\s+(?:too|as\s+well|also))?/gi, '$1send $2'],
  // "allow a 10 minutes pause": wait; ", following that," / "Thereafter,": then
  [/\ballow\s+(?:a|an)\s+(\d+|one|two|five|ten|fifteen|twenty|thirty)[-\s](seconds?|minutes?|mins?|hours?|days?)\s+(?:pause|delay|wait|gap|break)\b/gi, (_m: string, n: string, u: string) => `wait ${n} ${u.replace(/s?$/, 's')}`],
  [/\s*,?\s*(?:and\s*,?\s*)?(?:following\s+that|thereafter|subsequently)\s*,\s*/gi, ', then '],
  // "advise #pm that …", "brief the team on Slack", "apprise everyone": tell them; "circulate a status update by email": send it
  [/\b(?:advise|brief|apprise)\s+(?=#[\w-]+|@[\w.-]+|the\s+(?:[\w-]+\s+)?team\b|everyone|everybody|staff|them\b)/gi, 'notify '],
  [/\bcirculate\s+(?=(?:an?|the)\s+)/gi, 'send '],
  // "email team@x, titling it 'Outage resolved'": its subject
  [/(\be-?mail\b(?:[^.!?]|[.!?](?=\S))*?),?\s*titl(?:ing|ed)\s+it\s+(['"‘“]\uE100\d+\uE101['"’”])/gi, '$1 with the subject $2'],
  // "… and an email to all@x, both announcing that the office is closed": saying so
  [/,?\s+(?:both\s+|each\s+)?(?:announcing|stating|explaining|noting)\s+(?=that\b)/gi, ' saying '],
  // "mention in #pm that it's done": post it there; "put up the message 'X'": post it
  [/\bmention\s+(in|to|on)\s+(#[\w-]+)/gi, 'post $1 $2'],
  [/\bput\s+up\s+(?=(?:in|to|on)\s+#|(?:the|a|an)\s+(?:message|note|post|notice)\b|['"‘“]\uE100)/gi, 'post '],
  // "… a Slack reminder went to #standup …" (said as a wish): send it there
  [/(^|[.!?]\s+|,\s*)(an?\s+(?:[\w-]+\s+){0,3}?(?:reminder|message|email|e-mail|note|alert|post|nudge|dm))\s+(?:went(?:\s+out)?|got\s+sent|was\s+sent|got\s+posted|was\s+posted)\s+(to|in|into)\b/gi, '$1send $2 $3'],
  // "Email oncall@x should the health check at https://… fail": if it fails
  [/,?\s+should\s+((?:the|that|this)\s+(?:https?:\/\/\S+|[^,.;!?]){1,80}?|it|https?:\/\/\S+)\s+(fail|go\s+down|error\s+out|break|time\s+out)\b/gi, (_m: string, what: string, v: string) => ` if ${what} ${v.replace(/^(fail|break)$/, '$1s').replace(/^go\s+down$/, 'goes down').replace(/^error\s+out$/, 'errors out').replace(/^time\s+out$/, 'times out')}`],
  // "the team gets a notification about it": notify them
  [/(^|[.;,]\s*|\bthen\s+)(the\s+(?:[\w-]+\s+)?[\w-]+|#[\w-]+|everyone|everybody)\s+(?:gets?|receives?)\s+(?:a|an)\s+(?:notification|heads-up|message|ping|alert)\s+(about\s+(?:it|this|that))/gi, '$1notify $2 $3'],
  // "every single time that workflow fails": every time
  // (not one that opens a complaint: "Every single time the backup fails, I only find out …")
  [/(?<!(?:^|[.!?])\s*)\bevery\s+single\s+time\b/gi, 'every time'],
  // "week in, week out", "without fail": said of a schedule, adds nothing
  [/,?\s*(?:week\s+in,?\s+week\s+out|without\s+fail|like\s+clockwork)\b/gi, ''],
  // "We need a task for the bug fix. Create it, then notify the team": the thing needed is what "it" makes
  [/(^|[.!?]\s+)(?:(?:we|i)\s+(?:need|want|['’]d\s+like)|create|make|open)\s+((?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:task|issue|ticket)\b[^.!?]*)[.!?]\s+(raise|create|make|open|log|file|add|set\s+up)\s+it\b(?!\s+(?:first|now|please|right\s+away|straight\s+away)?\s*[.!?]?\s*$)/gi, (_m: string, lead: string, what: string, verb: string) => `${lead}${verb} ${what}`],
  // "have Slack nudge #standup about it": Slack is how, the nudge is the step
  [/\bhave\s+(?:slack|e-?mail|asana|github)\s+(?=(?:nudge|ping|remind|post|message|notify|alert|tell|send)\b)/gi, ''],
  // "organise a welcome email", "arrange a reminder": send it
  [/\b(?:organi[sz]e|arrange|line\s+up)\s+(an?\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|message|note|dm|reminder|nudge))\b/gi, 'send $1'],
  // "once you've ticked it off as complete", "tick off task 1204": mark it complete
  [/\b(?:tick|check)(ed|s|ing)?\s+(?:(it|this|that|them|(?:asana\s+)?task\s+#?\d+)\s+off|off\s+((?:asana\s+)?task\s+#?\d+))(?:\s+as\s+(?:complete|completed|done|finished))?/gi, (_m: string, t: string | undefined, a?: string, b?: string) => `${t === 'ed' ? 'completed' : t === 'ing' ? 'completing' : 'complete'} ${a ?? b}`],
  // "after a manager has signed it off": signed off on it
  [/\bsign(ed|s)?\s+(it|this|that|them)\s+off\b/gi, (_m: string, t: string | undefined, it: string) => `sign${t ?? ''} off on ${it}`],
  // "post in #general and email all@x simultaneously that the office is closed tomorrow": what both say, then how
  [/\b(simultaneously|at\s+the\s+same\s+time|in\s+parallel|at\s+once)\s+(that\s+[^.?!;]+)/gi, '$2, $1'],
  // "After that, a quick Slack note to the team about it and a status email.": steps named as the messages they send
  [/(^|[.;:]\s+|\bafter\s+that,?\s+|\bthen,?\s+)(an?\s+(?:quick\s+|short\s+|brief\s+)?(?:slack\s+)?(?:note|message|post|ping|heads-up)\s+(?:to|in|for)\s+[^.;]*?\s+(?:and|plus)\s+)(an?\s+(?:[\w-]+\s+){0,2}?e-?mail)(?=\s*(?:[,.;!]|$))/gi, '$1send $2send $3'],
  // "a quick Slack note to the team about it plus a status email": and
  [/\s+plus\s+(?=(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|message|note|dm|task|issue|post|alert|comment)\b)/gi, ' and '],
  // "put 'Backup complete' up in #infra": post it there
  [/\bput\s+(['"‘“]\uE100\d+\uE101['"’”]|(?:a|the)\s+(?:[\w-]+\s+)?(?:message|note|post|notice|reminder))\s+up\s+(in|on|to)\b/gi, 'post $1 $2'],
  // "post the message 'X', just that, word for word": nothing but the words
  [/\s*,?\s*\b(?:just|only)\s+that(?:\s+and\s+nothing\s+(?:more|else))?\s*,?(?=\s*(?:word\s+for\s+word|verbatim|exactly|[.!]|$))/gi, ''],
  // "Open reports/status.txt. Write the text 'X' into it.": opening the file is how one writes to it, no step of its own
  [/\bopen\s+(?:up\s+)?(?:the\s+file\s+)?([\w.-]*\/?[\w.\/-]+\.\w{2,5})\s*(?:[.,;]\s*|\s+and\s+|\s+then\s+)(?:and\s+|then\s+)?(write|append|put|save|add)\s+(.+?)\s+(?:into|to|in)\s+it\b/gi, (_m: string, path: string, verb: string, what: string) => `${verb.toLowerCase()} ${what} to ${path}`],
  // "A GitHub issue gets opened. Make an Asana task with its title.": an event said on its own first is when the steps run
  [/^(an?|new)\s+((?:[\w-]+\s+){0,3}?(?:issue|form|ticket|order|message|email|payment|invoice|signup|sign-up|request|submission|comment|lead|pull\s+request|pr|deploy|release|alert|webhook|booking|application))\s+(gets|is|has\s+been|was)\s+(opened|created|filed|submitted|placed|received|posted|raised|made|paid|added|booked)\s*[.!]\s+(?=\p{Lu})/iu, (_m: string, a: string, what: string, _v: string, done: string) => `When ${a.toLowerCase()} ${what} is ${done}, `],
  [/^(an?|new)\s+((?:[\w-]+\s+){0,3}?(?:issue|form|ticket|order|message|email|payment|invoice|signup|sign-up|request|submission|comment|lead|pull\s+request|pr|alert|webhook|booking|application))\s+(comes\s+in|arrives|lands)\s*[.!]\s+(?=\p{Lu})/iu, (_m: string, a: string, what: string, v: string) => `When ${a.toLowerCase()} ${what} ${v}, `],
  // "Hit https://…. Not a 200? Alert #ops.", "…; anything but 200? then alert #ops": the question asks the condition
  [/(^|[.;:—–]\s*|,\s*)(?:not|anything\s+(?:but|other\s+than|except)|no)\s+(?:a\s+|an\s+)?(\d{3})(?:\s+(?:status|response|back))?\s*\?\s*(?:then\s+)?/gi, '$1if it does not return $2, '],
  // "If the X workflow ever fails I want to know right away. Email … and post in #y when it does.": the event, then what to do
  [/(^|[.!?]\s+)if\s+(the\s+[\w.-]+\s+(?:workflow|flow|automation|job))\s+(?:ever\s+)?(fails|errors|breaks|crashes|finishes|completes)\b[^.!?]*[.!?]\s+(.+?)\s*,?\s+(?:whenever|when|if|once)\s+(?:that|it|this)\s+(?:happens|does|occurs)\s*([.!?]?)\s*$/gi, '$1Whenever $2 $3, $4$5'],
  // "The hiring partner has to approve the offer letter first", "I need the GM to approve this week's order first": their approval
  [/(^|[.!?]\s+)(the|our|my|a|an)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:needs?\s+to|has\s+to|must)\s+(approve|sign\s+off\s+on|okay|ok)\b/gi, (_m: string, lead: string, a: string, who: string, v: string) => `${lead}have ${a} ${who} ${v.toLowerCase() === 'ok' ? 'okay' : v}`],
  [/\b(?:i|we)\s+need\s+(the\s+[\w-]+(?:\s+[\w-]+)?|\p{Lu}\p{Ll}+)\s+to\s+(approve|sign\s+off\s+on|ok|okay)\b/giu, 'have $1 $2'],
  // "Email each crew lead, a@x, b@x and c@x, with subject …": one each, the people named after what they are
  [/\b(email|e-mail|mail|message|dm|ping|remind)\s+each\s+(?:[\w-]+\s+){0,2}[\w-]+\s*[,:]\s*(?=[\w.+-]+@[\w-]+\.|@[\w.-]+)/gi, '$1 each of '],
  // "write a summary of this and post it to #newsroom: 'The county commission voted …'": "this" is the quoted text
  [/\b(of|about|on)\s+this\b([^:\uE100]*?):\s*(['"‘“]\uE100\d+\uE101['"’”])\s*[.!]?\s*$/gi, '$1 $3$2'],
  // "The issues list can't go to our lawyers until Dana signs off on it.": her approval first
  [/(^|[.!?]\s+)(?:the|our|this|that)\s+[^.!?]{2,60}?\s+(?:can['’]t|cannot|can\s+not|shouldn['’]t|mustn['’]t)\s+(?:go|be\s+sent|go\s+out|be\s+posted|be\s+published)\b[^.!?]{0,60}?\s+until\s+([^.!?]+?)\s+(?:signs?\s+off|approves?|gives?\s+(?:the\s+|us\s+the\s+)?(?:ok|okay|go-ahead|green\s+light))(?:\s+on\s+it)?\s*([.!?])/gi, '$1Get approval from $2$3'],
  // "Anything other than a 200 means #ops on Slack needs to hear about it": a test, and who to tell
  [/(^|[.!?]\s+)anything\s+(?:other\s+than|but|except)\s+(?:an?\s+)?(\d{3})\s+(?:means|and)\s+(.+?)\s+(?:needs?|should|must|has|have)\s+(?:to\s+)?(?:hear|know)\s+about\s+it\b/gi, '$1If it is not $2, notify $3 about it'],
  // "Two messages, both at once: Slack #general and an email to all@x": a count, then the steps run together
  [/(^|[.!?]\s+)(?:two|three|2|3)\s+(?:messages|notes|posts|notifications)\s*,?\s*(?:both|all)\s+at\s+once\s*:\s*/gi, '$1At the same time: '],
  // "Need three things: an Asana task …, a Slack note …, and …": the heading counts what follows
  [/(^|[.!?]\s+)(?:i\s+|we\s+)?need\s+(?:two|three|four|five|\d+|a\s+few|a\s+couple\s+of)\s+things\s*:\s*/gi, '$1'],
  // "Bug fix task first, then a heads-up to the team": the task named first is made first
  [/(^|[.!?]\s+)(?!(?:create|make|open|add|file|log|raise)\b)((?:[\w-]+\s+){1,4}?(?:task|issue|ticket))\s+first\s*,\s*then\s+/gi, '$1create a $2, then '],
  // "New Asana task please — 'Renew SSL certificate', owner ops-team, …": the task, named after the dash
  [/\b(?:a\s+)?(?:new\s+)?(asana\s+task|github\s+issue)\s*(?:please\s*)?[—–:-]\s*(?=['"‘“\uE100])/gi, 'create an $1 called '],
  // "announce that X, both in #general on Slack and by email to all@x, sending the two simultaneously": the news, then where
  [/,?\s*(?:and\s+)?(?:sending|send|posting|firing\s+off)\s+(?:the\s+two|both(?:\s+of\s+them)?|them)\s+(simultaneously|at\s+the\s+same\s+time|in\s+parallel|together)\b/gi, ' $1'],
  [/\b(?:announce|say|post|share)\s+that\s+([^,;]+?),\s*both\s+(?:in|on|to)\s+(#[\w-]+)(\s+on\s+slack)?\s+and\s+by\s+e-?mail\s+to\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gi, 'post in $2$3 and email $4 saying $1'],
  // "llm summarize", "ai classify": the model does it
  [/(?<!\b(?:have|get|let|use|using|ask|could|can|with|had|make|will|would|should|the|an?)\s+(?:the\s+)?)\b(?:llm|ai|gpt)\s+(summari[sz]e|classify|translate|rewrite|draft|extract|analy[sz]e|score|rank|tag|categori[sz]e)\b/gi, '$1 with AI'],
  // "manager approval gate, then …": the approval
  [/(^\s*|[.;]\s*|,\s*|\bthen\s+)(?:an?\s+)?((?:[\w-]+\s+){0,2}?)approval\s+(?:gate|step|check)\b/gi, '$1get $2approval'],
  // "Email a@x with the subject 'X', say the figures are in the shared folder, …": what the message says
  [/(?<=\b(?:email|e-mail|mail|message|post|dm|send)\b(?:[^.;!?]|\.(?=\S))*),\s*(?:and\s+)?say\s+(?:that\s+)?(?=(?:the|a|an|our|it|we|they|this|there|i)\b)/gi, ', saying '],
  // "… so one of the team can check it and send it": what people do with it afterwards is no step
  [/,?\s+so\s+(?:that\s+)?(?:one\s+of\s+(?:the\s+team|us|them|you)|someone|somebody|the\s+team|they|we|i|he|she|people|everyone|everybody)\s+(?:can|could|will|may|might)\s+[^.;!?]+/gi, ''],
  // "Write me 3 Instagram captions for …": words only the model writes
  [/(?<!\b(?:ai|llm|model|gpt|bot|assistant)\s+(?:to\s+)?)\bwrite\s+(?:me\s+|us\s+)?((?:\d+|a\s+few|some|a|an|two|three|four|five|ten)\s+(?:[\w-]+\s+){0,3}?(?:captions?|posts?|tweets?|headlines?|taglines?|slogans?|subject\s+lines?|ideas?|names?|titles?|bios?|blurbs?|haikus?|poems?|jokes?|replies|responses?|product\s+descriptions?))\b/gi, 'have AI write $1'],
  // "POST {…} to https://… to set up her LIMS account": why it is sent is no step
  [/(\bto\s+https?:\/\/\S+)\s+to\s+(?:set\s+up|create|make|register|enable|provision|add|activate|update|open)\s+(?:her|his|their|the|a|an|our|my|its)\b[^,;.]*/gi, '$1'],
  // "cc the case manager abrown@x": the address is who is copied
  [/\b(cc|bcc|copy\s+in|loop\s+in)\s+(?:the|our|my|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?=[\w.+-]+@[\w-]+\.)/gi, '$1 '],
  // "Put it in Asana as 'X'": an Asana task called X
  [/\bput\s+(?:it|this|that)\s+in(?:to)?\s+asana\s+as\s+/gi, 'create an Asana task called '],
  // ("… and assign to permits-team": assign it)
  [/\band\s+assign\s+to\s+/gi, 'and assign it to '],
  // "paste the output as a comment on asana task 77310": comment it there
  [/\b(?:paste|put|drop|post|add)\s+(the\s+(?:output|result|results|rows|answer|summary)|it|that)\s+as\s+a\s+comment\s+(?:on|to)\s+/gi, 'add $1 as a comment on '],
  // "each of these people — a@x, b@x, c@x — needs an email reminding them …": an email to each of them
  [/\beach\s+of\s+(?:these|those|the)\s+(?:people|folks|contacts|addresses|recipients|users|customers|members)\s*[—–:-]\s*((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*,\s*(?:and\s+)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)+)\s*[—–,-]?\s*(?:needs|should\s+get|gets|must\s+get)\s+an?\s+(email|e-mail|message|dm|reminder)\b/gi, 'send an $2 to each of $1'],
  // "use the notify step (not slack) to send X …": that driver
  [/\buse\s+the\s+([a-z]+)\s+(?:step|driver|operation|integration|action)(?:\s*\([^)]*\))?\s+to\s+([^,.;]+)/gi, '$2 using $1'],
  // "We can't announce the early dismissal until the superintendent's office signs off.": their approval first
  [/(^|[.!?]\s+)(?:we|i)\s+(?:can['’]t|cannot|can\s+not|shouldn['’]t|mustn['’]t)\s+[^.!?]{3,80}?\s+until\s+([^.!?]+?)\s+(?:signs?\s+off|approves?|gives?\s+(?:the\s+|us\s+the\s+)?(?:ok|okay|go-ahead|green\s+light))(?:\s+on\s+it)?\s*([.!?])/gi, '$1Get approval from $2$3'],
  // "…, with an email going to oncall@x if the check fails": and email them
  [/,?\s+with\s+an?\s+(e-?mail|message|slack\s+message|alert|dm)\s+(?:going|sent|going\s+out)\s+to\s+/gi, ', and send an $1 to '],
  // "create a task automatically whenever …", "checked automatically every day": every step here runs by itself
  [/\s+automatically(?=\s+(?:whenever|when|every|each|if|once|after|on|at|as\s+soon\s+as|daily|nightly|weekly)\b|\s*[,.;!?]|\s*$)/gi, ''],
  // "point the team to it", "give #pm the word", "fill the team in on it": tell them about it
  [/\bpoint\s+((?:the\s+)?(?:whole\s+)?(?:team|crew|channel|everyone|everybody|folks)|[#@][\w.-]+)\s+(?:to|at)\s+(it|this|that|the\s+[\w-]+)\b/gi, 'notify $1 about $2'],
  [/\bgive\s+((?:the\s+)?(?:whole\s+)?(?:team|crew|channel)|everyone|everybody|folks|[#@][\w.-]+)\s+the\s+(?:word|nod|heads-?up)\b/gi, 'notify $1'],
  [/\bfill\s+((?:the\s+)?(?:whole\s+)?(?:team|crew|channel)|everyone|everybody|folks|them|[#@][\w.-]+)\s+in(?:\s+on\s+(it|this|that|the\s+[\w-]+))?\b/gi, (_m: string, who: string, what?: string) => `notify ${who}${what ? ` about ${what}` : ''}`],
  // "send round an email", "send around a note": send one
  [/\bsend\s+(?:round|around)\s+(?=an?\s|the\s)/gi, 'send '],
  // "at high priority": with that priority
  [/\bat\s+(high|low|medium|normal|urgent)\s+priority\b/gi, 'with $1 priority'],
  // "hand it to ops-team": assign it
  [/\bhand\s+(it|this|that|the\s+task|the\s+ticket)\s+(?:off\s+|over\s+)?to\s+/gi, 'assign $1 to '],
  // "Asana 1204: mark it done": the task named in the heading is "it"
  [/(^|[.!?]\s+)(asana|github)\s+(?:task\s+|issue\s+)?#?(\d+)\s*:\s*([a-z]+)\s+it\b/gi, (_m: string, lead: string, app: string, id: string, verb: string) => `${lead}${verb} ${app} ${/github/i.test(app) ? 'issue' : 'task'} ${id}`],
  // "To #releases on Slack: drop the line 'X'": where it goes, said first
  [/(^|[.!?]\s+)to\s+((?:#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s+(?:on|in|via)\s+slack)?)\s*:\s*([^.!?]+)/gi, '$1$3 to $2'],
  // "DM me the result on slack (bhollis)": the person, named in brackets after the message
  [/\b(dm|message|ping|email|e-mail|text|slack)\s+me\b([^()]{0,40}?)\s*\(\s*(@?[\p{Ll}][\w.+-]*(?:@[\w-]+(?:\.[\w-]+)+)?)\s*\)/giu, '$1 $3$2'],
  // ("DM bhollis the result", "ping kelsey.b on slack": a handle typed without its @ after a direct-message verb)
  [/\b(dm)\s+(?!(?:me|us|them|him|her|everyone|everybody|all|each|every|the|a|an|it|this|that|those|these|people|folks|team|staff|someone|somebody|anyone|whoever|back|out|over|saying|with|to|about|for|on|in|and|then|when|if|asking|telling|reminding|letting|please|now|later|again)\b)([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)\b(?![.@/])(?=\s+(?:the|a|an|that|about|on|in|to|with|saying|and|when|if|once|asking|reminding|telling)\b|\s*[,.;!?]|\s*$)/gi, (_m: string, v: string, who: string) => (/^[A-Z]/.test(who) ? `${v} ${who}` : `${v} @${who}`)],
  // ("DM @lthompson, rgarcia and kwebb": the handles listed with the first are handles too)
  [/\b(dm\s+@[\w.-]*\w)((?:\s*,\s*(?:and\s+)?@?[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|\s+and\s+@?[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)+)(?=\s+(?:on|in|via|one|each|individually|separately|saying|reminding|telling|asking|about|that|to)\b|\s*[,.;!?]|\s*$)/gi, (_m: string, first: string, rest: string) => `${first}${rest.replace(/(^|,\s*(?:and\s+)?|\s+and\s+)@?([a-z][\w.-]*)/gi, (_x: string, sep: string, h: string) => (/^and$/i.test(h) ? `${sep}${h}` : `${sep}@${h}`))}`],
  // "Asana tasks 7731, 7732 and 7735 — mark each of them complete": the verb, then the ones listed
  [/\b((?:asana\s+|github\s+)?(?:tasks|issues|tickets|cards)\s+#?\d+(?:\s*,\s*#?\d+)*\s*,?\s*(?:and|&)\s+#?\d+)\s*(?:[—–:-]|,\s*then)\s*([a-z]+)\s+(?:each|all|every\s+one)\s+of\s+them(?:\s+(?:out|off))?\b/gi, '$2 $1'],
  // "before I issue the credit to Brightline my supervisor has to OK it": what I do myself is no step; the approval is
  [/(^|[.!?]\s+)before\s+(?:i|we)\s+[^,.;!?]{3,80}?(?:,\s*|\s+)(?=(?:my|our|the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:has|have|needs?|must)\s+to\s+(?:ok|okay|approve|sign\s+off|sign-off|green-?light)\b)/gi, '$1'],
  // "Teacher feedback lives in the program_feedback table. Pull last month's rows from the database": that table, in the database
  [/(\b(?:lives?|sits?|(?:is|are)\s+(?:stored|kept|logged|saved))\s+in\s+(?:the\s+)?([a-z_][\w]*)\s+table\b[^.!?]*[.!?]\s+[^.!?]*?)\bfrom\s+the\s+(database|db)\b/gi, '$1from the $2 table in the $3'],
  // "assign it to me (Carla Nguyen)": the person, named in brackets
  // ("a task for me (sam.t)", "cc me (pat.o@x.com)": a handle or an address too)
  [/\b(?:me|myself)\s*\(\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}|@?[\p{Ll}][\w.+-]*(?:@[\w-]+(?:\.[\w-]+)+)?)\s*\)/gu, '$1'],
  // "an Asana task for the shift supervisor to review the makeready settings": the task is what they are to do
  [/\b(task|ticket|to-?do)\s+for\s+((?:the|our|a|an)\s+(?:(?!(?:then|and|post|send|email|notify|tell)\b)[\w-]+\s+){0,3}?(?!(?:then|and)\b)[\w-]+)\s+to\s+(?!be\b)([a-z]+\b[^,;.!?]*)/gi, '$1 to $3 for $2'],
  // (or a person by name or handle: "a task for sam.t to finish the root cause analysis")
  [/\b(task|ticket|to-?do)\s+for\s+(@?[a-z][\w-]*\.[\w.-]*[a-z]|@[\w.-]+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+to\s+(?!be\b)(\p{Ll}+\b[^,;.!?]*?)(?=\s+by\s+\d|[,;!?]|\.(?:\s|$)|$)/gu, '$1 to $3 for $2'],
  // "send each shipping line on that list a reminder": each of what the step before found
  [/\b(each|every)\s+(?!of\b)(?:[\w-]+\s+){0,3}?(?:on|in|from)\s+(?:that|the|this)\s+(?:list|results?|query\s+results?)\b/gi, '$1 of them'],
  // "get it approved by the customer experience lead": that person's approval
  [/\b(?:get|have)\s+(it|this|that|them|the\s+[\w-]+)\s+(?:approved|signed\s+off|okayed)\s+by\s+((?:the|a|an|our|my)\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*[,;.]|\s+(?:and|then|before|first)\b|\s*$)/gi, (_m: string, what: string, det = 'the ', who: string) => `have ${det}${who} approve ${what}`],
  // "flag it to the team on Slack": tell them about it
  [/\bflag\s+(it|this|that|them)\s+(?:up\s+)?to\s+((?:the\s+)?(?:[\w-]+\s+)?(?:team|channel|crew|group)|[#@][\w.-]+)/gi, 'notify $2 about $1'],
  // "a manager needs to approve it": a manager's approval
  // (not after "Before anyone runs X,": that sentence is read as the gate before X)
  [/(?<!\bbefore\b[^.;!?]*)\b(a|an|the|my|our)\s+((?:[\w-]+\s+)?(?:manager|boss|lead|supervisor|director|approver|head))\s+(?:needs?\s+to|has\s+to|must|should)\s+(approve|sign\s+off\s+on|okay)\b/gi, 'have $1 $2 $3'],
  // ("It's over the €5k limit so Martin needs to approve it, then POST it …": a person named by name approves)
  [/(?<!\bbefore\b[^.;!?]*)\b(?!(?:It|This|That|He|She|They|We|I|You|Everyone|Nobody|Somebody|Someone)\b)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|@[\w.-]+)\s+(?:needs\s+to|has\s+to|must|should)\s+(approve|sign\s+off(?:\s+on)?|okay)\b/g, 'have $1 $2'],
  // ("It's over the €5k limit so have Martin approve it, then …": the fact, then what to do because of it)
  [/(\b(?:it['’]s|it\s+is|that['’]s|this\s+is|we['’]re|they['’]re|it\s+costs|it\s+goes)\s+[^.;!?]{1,80}?)\s*,?(?<!\b(?:if|and|or))\s+so\s+(?=(?:have|get|ask|send|email|post|notify|create|open|make|let|tell|please|first)\b)/gi, '$1. So '],
  // "Copy the zone file /etc/a.zone to /backups/a.bak": read one, write the other
  [/\bcopy\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:file\s+)?((?:\/|\.{1,2}\/|[\w-]+\/)[\w./-]+|[\w-]+\.[a-z]{2,5})\s+(?:to|into|over\s+to)\s+((?:\/|\.{1,2}\/|[\w-]+\/)[\w./-]+|[\w-]+\.[a-z]{2,5})/gi, 'read $1, then write it to $2'],
  // "…, and the message should say the notes are uploaded": what it says
  [/,?\s*(?:and\s+)?the\s+(?:message|body|email|text|note)\s+(?:should|must|can|will|needs?\s+to)\s+(?:just\s+|simply\s+)?(?:say|read|mention)\s+(?:that\s+)?/gi, ' saying '],
  // "Get a task set up for the login fix": create one
  [/\b(?:get|have)\s+(an?\s+(?:new\s+)?(?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do))\s+(?:set\s+up|created|made|opened|filed|going)\b/gi, 'create $1'],
  // "list the files in /x and post what's there to #y": what the step before found
  [/\b(post|send|share|email|dm|message|forward)\s+(?:whatever|what)(?:['’]s|\s+is)\s+(?:there|in\s+(?:it|there|them|the\s+folder)|inside)\b/gi, '$1 the result'],
  // "Create an Asana task for each of Jade, Ravi and Connor to finish their refresher": the people, then the task for each
  [/\b([Cc]reate|[Mm]ake|[Oo]pen|[Aa]dd|[Ff]ile)\s+(an?\s+(?:[Aa]sana\s+|[Gg]it[Hh]ub\s+)?(?:task|ticket|issue|to-?do))\s+for\s+each\s+of\s+((?:\p{Lu}[\p{L}'-]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*,\s*(?:and\s+)?(?:\p{Lu}[\p{L}'-]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|\s+and\s+(?:\p{Lu}[\p{L}'-]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))+)\s+to\s+(?=[a-z]+\b)/gu, 'for each of $3, $1 $2 to '],
  // "Close GitHub issue #412 in a/b with a comment 'Fixed by …'": the comment first, then close it
  [new RegExp(`\\b(close|complete|resolve|finish)\\s+((?:(?:github|asana)\\s+)?(?:issue|task|ticket)\\s+#?\\d+(?:\\s+in\\s+[\\w.-]+\\/[\\w.-]+)?)\\s+with\\s+(?:a|the)\\s+(?:closing\\s+|final\\s+)?(?:comment|note)\\s+(?:saying\\s+|reading\\s+|of\\s+)?(${MASKED_QUOTE})`, 'gi'), 'comment $3 on $2, then $1 it'],
  // "We should post …", "I'd like it to check …", "I want the workflow to …": the steps themselves
  [/(^\s*|[.!?]\s+)(?:i|we)\s+(?:should|ought\s+to|gotta)\s+(?=[a-z]+\s)/gi, '$1'],
  [/\b(?:i|we)\s*(?:['’]d|would)?\s+(?:like|want)\s+(?:it|this|the\s+(?:workflow|automation|bot|job|flow))\s+to\s+(?=[a-z])/gi, ''],
  // "I need a manager to approve it first": a manager's approval
  [/\b(?:i|we)(?:\s+(?:need|want|would\s+like|require)|['’]d\s+like)\s+(a|an|the|my|our)\s+((?:[\w-]+\s+)?(?:manager|boss|lead|supervisor|director|approver|head|partner))\s+to\s+(approve|sign\s+off(?:\s+on)?|ok|okay)\b/gi, 'have $1 $2 $3'],
  // "a reminder went out to #design", "an email goes out to ops@x": send one there
  [/\b(an?\s+(?:[\w-]+\s+){0,2}?(?:reminder|message|e-?mail|note|alert|notice|update|ping|nudge))\s+(?:just\s+|automatically\s+)?(?:went|got\s+sent|was\s+sent)\s+out\s+to\s+/gi, 'send $1 to '],
  // "set something up that every weekday sends …", "set up something to …": the automation is what it does
  [/set\s+(?:something|a\s+thing|an?\s+(?:automation|workflow|job|rule|flow))\s+up\s+(?:that|which|so\s+that|to)\s*,?\s*|\bset\s+up\s+(?:something|a\s+thing)\s+(?:that|which|to)\s*,?\s*/gi, ''],
  // "non-200": not 200
  [/\bnon[- ]?(\d{3})\b/gi, 'not $1'],
  // "new task 'patch memory leak', then tell team": a step said by its noun
  [/^(\s*)(?:a\s+)?new\s+((?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do))(?=\s*[:'"‘“]|\s+(?:for|called|named|titled)\b)/i, '$1create a new $2'],
  [/\blet (.{1,90}?) know((?:\s+(?:privately|directly|personally|right away|asap|now|immediately|on slack|via slack|in slack|over slack|by email|via email|by dm|in a dm))*)(?:\s+that)?\s+(?!(?:if|when|whenever|whether|about|once|as soon|how|what|which|by|via|on|in|through|over|at|with|and|then)\b)/gi, 'notify $1$2 that '],
  // "at the top of every hour", "every hour on the hour": minute 0 of every hour
  [/\b(?:at|on)\s+the\s+top\s+of\s+(?:every|each|the)\s+hour\b|\bevery\s+hour\s+on\s+the\s+hour\b|\bhourly\s+on\s+the\s+hour\b/gi, 'every hour'],
  [/\blet (.{1,40}?) know\b/gi, 'notify $1'],
  // ", letting folks know the office is closed": what the messages say
  [/,?\s*(?:and\s+)?letting\s+(?:folks|everyone|everybody|people|them|him|her|the\s+(?:[\w-]+\s+)?team|all|staff)\s+know(?:\s+that)?\s+/gi, ' saying '],
  // "the deployments channel", "our sre channel on Slack": that channel
  [/\b(?:the|our)\s+(?!(?:same|right|wrong|main|usual|slack|email|e-mail|other|new|old|private|public|whole|entire|relevant|appropriate|proper|correct|team|project|company)\s)([a-z][\w-]*)\s+(?:slack\s+)?channel\b(?!\s+(?:name|id|list|topic|members?)\b)/gi, '#$1'],
  // "dm alice on slack", "send a direct message to marcus": a person named in lower case is still a person
  [/\b([dD][mM]|[dD]irect\s+message(?:\s+to)?|[sS]lack\s+[dD][mM]|[pP]rivate\s+message(?:\s+to)?)\s+(?!(?:the|them|him|her|me|us|everyone|everybody|all|each|every|a|an|it|this|that|our|my|their|his|team|channel|on|in|to|with|about|saying|is|are|was|were|be|should|must|will|would|gets?|goes|needs?|has|have|can|could|may|might|for|from|of|and|or|then|please|once|when|if)\b)([a-z][a-z]+(?:\.[a-z]+)?)\b(?=\s+(?:on\s+slack|and|that|saying|to|about|with|telling|letting|asking|in\s+slack)\b|\s*[,.;!?]|\s*$)/g, '$1 @$2'],
  // "raise it in #ops-alerts", "flag it with @dana": tell them about it
  [/\b(?:raise|flag|surface|escalate)\s+(it|this|that|the\s+(?:[\w-]+\s+)?(?:failure|error|problem|issue|alert|link|url|result|results|summary|details))\s+(?:in|on|to|with)\s+(?=#[\w-]|@[\w.-])/gi, 'post $1 in '],
  // "loop the team in", "loop in #web-team": tell them
  [/\bloop\s+((?:the|our)\s+(?:[\w-]+\s+)?(?:team|crew|folks|group|channel|staff)|everyone|everybody|#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+in\b/gi, 'notify $1'],
  [/\bloop\s+in\s+(?=(?:the|our)\s|everyone\b|everybody\b|#[\w-]|@[\w.-]|[\w.+-]+@)/gi, 'notify '],
  // ("loop facilities in on Slack": a team by its one-word name)
  [/\bloop\s+(?!it\b|them\b|this\b|that\b|me\b|us\b)([a-z][\w-]+)\s+in\b(?=\s+(?:on|via|over|through|in)\s+slack\b|\s*[,.;!?]|\s*$|\s+(?:and|then)\b)/gi, 'notify the $1 team'],
  // "circulate word in #company", "spread the word", "get the word out": announce it
  [/\b(?:circulate|spread|get\s+out|put\s+out|pass\s+along|pass\s+on)\s+(?:the\s+)?word(?:\s+out)?\b/gi, 'announce'],
  // "over mail", "by mail": email
  [/\b(by|via|over|through)\s+mail\b/gi, '$1 email'],
  // "on our chat", "in the chat": Slack, the chat the catalogue connects
  [/\b(on|in|via|over|through)\s+(?:our|the)\s+(?:team\s+|work\s+|company\s+)?chat(?:\s+(?:tool|app))?\b/gi, '$1 Slack'],
  // "notify @alice, by direct message on Slack, that …": how it goes, said as an aside
  [/,\s*((?:by|via|over|through|in)\s+(?:a\s+)?(?:direct\s+message|dm|e-?mail|slack(?:\s+dm)?|private\s+message)(?:\s+on\s+slack)?)\s*,\s*(?=that\b|saying\b)/gi, ' $1 '],
  // "email x@y asking them to …, and cc kpark@x": the copy said after the words goes with the recipients, not into the words
  [/^(.*?\b(?:e-?mail|mail|send)\b.*?)(\s+(?:saying|asking|telling|reminding|that\s+says|to\s+say|to\s+let\s+\S+\s+know|to\s+(?:notify|tell|inform)\s+\S+)\b.*?)\s*,?\s*(?:and\s+)?(?:cc|copy\s+in)\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*(?:,|and)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*)\s*([.!]?)\s*$/i, '$1 cc $3$2$4'],
  // "open the privilege log at matters/x/privlog.csv": read it
  [/\bopen\s+(?=(?:(?:the|our|this)\s+(?:[\w-]+\s+){0,4}?(?:at|in|from)\s+)?(?:[\w.~-]*\/[\w./-]+|[\w-]+\.(?:csv|txt|json|md|log|xlsx?|pdf|docx?|ya?ml)\b))/gi, 'read '],
  // "welcome them in #associates": a welcome message there
  [/\bwelcome\s+(them|him|her|everyone|(?:the\s+)?new\s+[\w-]+(?:\s+[\w-]+)?|@[\w.-]+)\s+(in|on|to)\s+(?=#[\w-])/gi, (_m: string, who: string, prep: string) => `post a welcome message ${prep} `],
  // "create an Asana task to check each stale terminal": one task for each of them
  [/\b(create|make|open|add|file)\s+(an?\s+(?:asana\s+|github\s+)?(?:task|ticket|issue|to-?do))\s+(to|for)\s+(?:([a-z]+)\s+)?each\s+(?!of\b|one\b)((?:[\w-]+\s+){0,2}[\w-]+)(?=\s*[,.;]|\s+(?:and|then)\b|\s*$)/gi, (_m: string, v: string, what: string, prep: string, verb: string | undefined, each: string) => `for each ${each}, ${v} ${what} ${prep} ${verb ? `${verb} the ${each}` : `the ${each}`}`],
  // "look in /media/raw/ep143 and if …": list what is there
  [/\b(?:look|check)\s+(?:in|inside)\s+(?:the\s+(?:folder|directory)\s+)?(?=[\w.~-]*\/)/gi, 'list the files in '],
  // "share it with the liaison group at fl@x.com and in #community": an email there and a post here
  [/\bshare\s+(it|this|that|them|the\s+[\w-]+)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:at\s+)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+and\s+(?:in|on|to)\s+(#[\w-]+)/gi, 'email $1 to $2 and post $1 in $3'],
  // "save a copy to /t/a.json": save it there
  [/\b(save|write|store|put|drop|keep)\s+a\s+copy\s+(?:of\s+(?:it|that|this|them)\s+)?(to|in|into|at)\s+/gi, '$1 it $2 '],
  // "open a GitHub issue … containing its findings": what an earlier step found is the body
  [/\bcontaining\s+(its|their|the)\s+(findings|results|summary|output|analysis|answer|report|list|assessment)\b/gi, 'with $1 $2 in the body'],
  // "read X and, in parallel, post it to #a and email it to b@x": the two after the marker run side by side, after X
  [/\s+and\s*,?\s*(?:then\s*,?\s*)?(in\s+parallel|at\s+the\s+same\s+time|simultaneously)\s*,\s*(?=[^,.;]*?\band\s+(?:post|send|email|e-mail|mail|notify|tell|dm|message|create|write|save|share|ping|alert)\b)/gi, ', then $1 '],
  // "open a GitHub issue …, assign it to nkowalski": who the issue is for, said as a step of its own
  [/(\b(?:open|create|file|raise|log)\s+an?\s+(?:new\s+)?github\s+issue\b[^.;]*?),\s*(?:and\s+)?assign\s+it\s+to\s+/gi, '$1, assigned to '],
  // "with the label ot-incident": that label
  [/\bwith\s+the\s+label\s+(['"‘“]?)([\w-]+)\1(?=\s*(?:[,.;]|$|\s+then\b|,?\s+and\s+(?:then\s+)?(?:post|send|email|notify|tell|assign|add|create|close)\b))/gi, 'with the $2 label'],
  // "at every shift change, 6am and 6pm": every day at those times
  [/\b(?:at\s+)?(?:every|each)\s+(?:shift\s+change|shift\s+handover|shift|changeover|handover)\s*(?:,|\(|—|–|-)\s*(\d{1,2}(?::\d\d)?\s*(?:am|pm)(?:\s*(?:,|and|&)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm))+)\)?/gi, 'every day at $1'],
  // office jargon: "greenlights it", "once it's greenlit" (approves); "run it past a manager" (get their approval)
  [/\bgreen[- ]?light(?:s|ed)\b|\bgreen[- ]?lit\b/gi, (m: string) => (/s$/i.test(m) ? 'approves' : 'approved')],
  [/\bgreen[- ]?light(?=\s+(?:it|this|that|them|the)\b)/gi, 'approve'],
  [/\b(?:run|route|put|send|pass)\s+(?:it|this|that|them)\s+(?:past|by|through)\s+(?!(?:the|an?|our)\s+(?:ai|llm|model|gpt|chatgpt|summari[sz]er)\b)((?:a|an|the|our|my)\s+[\w-]+(?:\s+[\w-]+)?|@[\w.-]+)(?:\s+for\s+(?:approval|sign-?off|an?\s+ok))?/gi, 'get approval from $1'],
  // "put the bug fix on the board as an Asana task", "get a bug fix task on the board": make one
  [/\b(?:put|get|add|stick)\s+(?!it\b|them\b)(.{2,60}?)\s+on\s+the\s+(?:board|backlog|tracker)\s+as\s+(an?\s+(?:asana\s+|github\s+)?(?:task|ticket|card|issue|to-?do))\b/gi, 'create $2 for $1'],
  [/\b(?:put|get|add|stick)\s+(an?\s+(?:[\w-]+\s+){0,4}?(?:task|ticket|card|to-?do))\s+on\s+the\s+(?:board|backlog|tracker)\b/gi, 'create $1'],
  // "put it on the team's radar", "get it on #ops's radar": tell them
  [/\b(?:put|get)\s+(it|this|that|them)\s+on\s+((?:the\s+)?[\w#@.-]+(?:\s+team)?)['’]s?\s+radar\b/gi, 'notify $2 about $1'],
  // "…, exactly that text": the words are already the quoted ones
  [/,?\s*(?:exactly\s+(?:that|this|as\s+(?:written|typed|is))(?:\s+(?:text|wording|message))?)(?=\s*(?:[.,;!]|$))/gi, ''],
  // "wait 15 minutes for any late edits": the wait; what it waits for is no step
  [/\b(wait|pause|hold(?:\s+off)?)\s+((?:an?|\d+|one|two|five|ten|fifteen|twenty|thirty)\s+(?:seconds?|minutes?|mins?|hours?|days?))\s+(?:for|in\s+case\s+of)\s+(?:any|the|late|possible|last-minute)\b[^,.;]*/gi, '$1 $2'],
  // "set up a daily check of https://… at 6pm": check it daily
  [/\bset\s+up\s+an?\s+(daily|nightly|weekly|hourly)\s+(?:health\s+)?check\s+(?:of|on)\s+(?=https?:\/\/)(\S+)/gi, 'check $2 $1'],
  // "…, emailing oncall@x if it fails", "…, posting in #general and emailing all@x": more steps, said as gerunds
  [/,\s*(?:and\s+)?(emailing|posting|messaging|alerting|pinging|notifying|sending|telling|dming)\s+(?=[#@]|[\w.+-]+@|in\s+#|to\s+|the\s+|an?\s+)/gi, (_m: string, g: string) => `, and ${({ emailing: 'email', posting: 'post', messaging: 'message', alerting: 'alert', pinging: 'ping', notifying: 'notify', sending: 'send', telling: 'tell', dming: 'DM' } as Record<string, string>)[g.toLowerCase()]} `],
  [/and\s+(emailing|posting|messaging|notifying)\s+(?=[#@]|[\w.+-]+@|in\s+#|to\s+)/gi, (_m: string, g: string) => `and ${({ emailing: 'email', posting: 'post', messaging: 'message', notifying: 'notify' } as Record<string, string>)[g.toLowerCase()]} `],
  // "turn each newly opened GitHub issue into an Asana task": one for every new one
  [/\b(?:turn|convert)\s+(?:each|every|any)\s+((?:new|newly\s+[a-z]+)\s+[^,.;]+?)\s+into\s+(an?\s+(?:asana\s+|github\s+)?(?:task|issue|ticket))/gi, 'for every $1, create $2'],
  // "an Asana task with the same title" in a workflow about an issue: named after the issue's title
  [/(?<=\b(?:whenever|each\s+time|every\s+time|when|for\s+every|for\s+each|on\s+every|any\s+time)\b[^.;]*?\bissues?\b[\s\S]*)\bwith\s+the\s+same\s+(title|name)\b/gi, "named after the issue's $1"],
  // "The file reports/status.txt should contain the text 'X'; write it there": write that to it
  [/\bthe\s+file\s+([\w.-]*\/[\w./-]+|[\w-]+\.[a-z]{1,5})\s+should\s+(?:contain|hold|say|read)\s+(?:the\s+(?:text|line|words)\s+)?(['"‘“]\uE100\d+\uE101['"’”])(?:\s*[;,.]\s*(?:just\s+)?(?:write|put|save)\s+it\s+(?:there|in\s+it))?/gi, 'write $2 to $1'],
  // "load the retention query from sql/retention.sql, run it …": read the file that holds it
  [/\b(?:load|take|grab|pull|get|fetch)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:query|sql|statement|script)\s+(?:from|in|at)\s+(?=[\w.~-]*\/[\w./-]+|[\w-]+\.sql\b)/gi, 'read '],
  // "with a due date of 1 December 2026", "a deadline of Dec 1st": due then
  [/\b(?:with\s+)?(?:a|the)\s+(?:due\s+date|deadline)\s+of\s+(?!\d{4}-\d\d-\d\d)/gi, 'due '],
  // "after a 10-min wait", "a 2-hour delay": the number and its unit
  [/(?<![\w/.-])(\d+)-(minute|min|hour|hr|day|second|sec|week)s?(?![\w./-])/gi, (_m: string, n: string, u: string) => `${n} ${({ min: 'minute', hr: 'hour', sec: 'second' } as Record<string, string>)[u.toLowerCase()] ?? u.toLowerCase()}${n === '1' ? '' : 's'}`],
  // "after leaving a comment on it": adding one
  [/\bleaving\s+(?:a|the)\s+(comment|note)\b/gi, 'adding a $1'],
  // "using 'Weekly report' as the subject line": that subject
  [/\busing\s+(['"‘“]\uE100\d+\uE101['"’”])\s+as\s+(?:the\s+|its\s+)?subject(?:\s+line)?\b/gi, 'with the subject $1'],
  // "Slack message for #releases, text 'Deploy finished'": its words
  [/,\s*(?:with\s+)?(?:the\s+)?(?:text|message|wording)\s*:?\s+(?=['"‘“]\uE100)/gi, ' saying '],
  // "…, cc'ing me at m.okafor@x": a copy to that address
  [/,?\s*(?:and\s+)?cc['’]?(?:ing|ed)\s+(?:(?:me|us|him|her|them)\s+)?(?:at\s+)?(?=[\w.+-]+@[\w-]+\.)/gi, ' cc '],
  // "add the bug fix to Asana as a task": a task for it
  [/\badd\s+(the\s+[\w\s-]{2,40}?)\s+to\s+asana\s+as\s+an?\s+(?:task|ticket|to-?do)\b/gi, 'create an Asana task for $1'],
  // "set it up so #standup gets a reminder every Monday …": send them one
  [/\bset\s+(?:it|this|things)\s+up\s+so\s+(?:that\s+)?(#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|the\s+[\w-]+\s+team|everyone)((?:\s+(?:in|on)\s+slack)?)\s+(?:gets|receives)\s+/gi, 'send $1$2 '],
  // "Slack-message @alice that …": a DM
  [/\bslack[- ]message\s+(?=@[\w.-])/gi, 'DM '],
  // "a message that reads exactly 'X'": its words
  [/\b(?:with\s+)?(?:a|the)\s+(?:message|note|text|post)\s+that\s+(?:reads|says)\s+(?:exactly\s+|just\s+)?/gi, 'saying '],
  // "update the file reports/status.txt so it says 'X'": write that to it
  [/\b(?:update|change|set|edit)\s+(?:the\s+file\s+)?([\w.-]*\/[\w./-]+|[\w-]+\.[a-z]{1,5})\s+so\s+(?:that\s+)?it\s+(?:says|reads|contains|just\s+says)\s+(['"‘“]\uE100\d+\uE101['"’”])/gi, 'write $2 to $1'],
  // "get the text 'X' written to reports/status.txt": write it there
  [/\b(?:get|have)\s+(the\s+(?:text|line|words)\s+['"‘“]\uE100\d+\uE101['"’”])\s+(?:written|saved|put)\s+(to|into|in)\s+/gi, 'write $1 $2 '],
  // "Action item for ops-team: add an Asana task …": a task for them; "Action item:" alone is a heading
  [/\baction\s+item\s+for\s+(@?[\w.-]+(?:\s+team)?)\s*:\s*([^.;]*?\b(?:task|ticket|to-?do)\b)/gi, '$2 assigned to $1'],
  [/(^|[.;]\s+)action\s+items?\s*:\s*/gi, '$1'],
  // "list them in #catering", "list the overdue ones to @sam": post them there
  [/\blist\s+(them|these|those|it|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(in|to|on|into)\s+(?=#[\w-]|@[\w.-])/gi, 'post $1 $2 '],
  // "call X, compare it with data/last.json": the file is read so the two can be compared
  [/,?\s*(?:and\s+)?compare\s+(?:it|them|that|this|the\s+(?:result|response|results|data|answer|output))\s+(?:with|to|against)\s+(?=\/|[\w.-]+\/|[\w-]+\.[a-z]{1,5}\b)/gi, ', then read '],
  // "overwrite that file with the new schedule", "replace the contents of x.json with it": write it there
  [/\b(?:overwrite|replace\s+the\s+contents?\s+of)\s+((?:that|the|this)\s+file|it|\/[\w./-]+|[\w.-]*\/[\w./-]+|[\w-]+\.[a-z]{1,5})\s+with\s+([^,.;]+?)(?=\s*(?:[,.;]|$)|\s+and\s+then\b)/gi, (_m: string, where: string, what: string) => `write ${what.replace(/^the\s+(?:new|latest|fresh|updated|current)\s+/i, 'the fetched ')} to ${where}`],
  // "write the draft to /cq/drafts/x.md": what was made is saved there (not a new piece of writing)
  [/\bwrite\s+((?:the|that|this|its|their|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:out\s+)?(to|into)\s+(?=\/|[\w.-]+\/|[\w-]+\.[a-z]{1,5}\b)/gi, 'save $1 $2 '],
  // "pay supplier invoice INV-30917 by POSTing {…} to https://…": that request, with what it sends
  [/\b(?:pay|release|submit|register|book|record|log|cancel|trigger|start|kick\s+off|settle|place)\s+[^,.;]{0,60}?\s+by\s+(POST|PUT|PATCH|DELETE|GET)(?:ing|'ing)\s+(?:(to)\s+)?/g, (_m: string, method: string, to?: string) => `send a ${method} request ${to ? 'to ' : 'with '}`],
  // "release it with a POST to https://…", "kick it off via a PUT request at …": that request
  [/\b(?!send\b|make\b|do\b)[a-z]+\s+(?:it|this|that|them|the\s+[\w-]+)\s+(?:with|via|using|through|by)\s+(?:a|an)\s+(POST|PUT|PATCH|DELETE|GET)(?:\s+(?:request|call))?\s+(?:to|at|against|on)\s+(?=https?:\/\/)/g, 'send a $1 request to '],
  // "tell #warehouse the dock is shut tomorrow": the news is a clause of its own (its date is news, not a wait)
  [/\b(tell|inform|remind|warn)\s+((?:people|everyone|everybody|folks|staff|the\s+team)\s+(?:in|on)\s+)?(#[\w-]+|@[\w.-]+|the\s+(?:[\w-]+\s+)?team|everyone|everybody|staff)\s+(?!that\b|about\b|to\b|if\b|when\b|whenever\b|whether\b|once\b|after\b|before\b)((?:the|our|a|an|this|these|all|my|their|it|its|we|they)\s+(?:[\w'-]+\s+){0,5}?(?:is|are|was|were|has|have|will|isn't|aren't|won't|can't)\b)/gi, '$1 $2$3 that $4'],
  // "… and DM @grace once it's set up": said last, the order is the order already
  [/,?\s+(?:once|when|after|as\s+soon\s+as)\s+(?:it|that|this|the\s+(?:task|issue|ticket))(?:'s|’s|\s+is|\s+has\s+been|\s+gets)\s+(?:created|done|ready|set\s+up|made|live|up|in\s+place|finished|open(?:ed)?)(?=\s*(?:[.;!]|$))/gi, ''],
  // "… & post the task link to #triage after": said last, the order is the order already
  [/,?\s+(?:after|afterwards?|after\s+that)(?=\s*(?:[.!;]|$))/gi, ''],
  // "our nightly-backup workflow has a failed run", "the sync job hits an error": it fails
  [/\b(workflow|job|pipeline|flow|automation|sync|backup|export|import|run|deploy(?:ment)?|build)\s+(?:has|had|gets|got|hits|hit|ends\s+(?:with|in)|ended\s+(?:with|in))\s+(?:a|an|another)\s+(?:failed\s+(?:run|execution|build|attempt)|failure|error|crash)\b/gi, '$1 fails'],
  // "the all@acme.com list", "the ops@x mailbox": that address; "the Slack channel #general": that channel
  [/\bthe\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s+(?:mailing\s+|distribution\s+|e-?mail\s+)?(?:list|address|alias|inbox|mailbox|group)\b/gi, '$1'],
  [/(?<!\b(?:in|on|into|to|at)\s+)\bthe\s+(?:slack\s+)?channel\s+(?=#[\w-])/gi, ''],
  // "for every newly opened GitHub issue", "each freshly submitted form": a new one (an event)
  [/\b(?:newly|freshly)[- ](?:opened|created|filed|submitted|added|registered|raised|arrived|received|placed|posted|logged|reported)\b/gi, 'new'],
  // "follow up with a status email", "follow up with a DM to @ana": send it after
  [/\bfollow(?:s|ed)?[- ]up\s+with\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:e-?mail|message|note|dm|reminder|post)\b)/gi, 'send '],
  [/\bgive (.{1,40}?) a heads[- ]up\b/gi, 'notify $1'],
  [/\bgive (.{1,40}?) an? (update|shout)\b/gi, 'notify $1'],
  [/\bkeep (.{1,40}?) (posted|informed|in the loop)\b/gi, 'notify $1'],
  // "drop oncall@x a line by mail", "shoot @dana a quick note": a message to them
  [/\b(?:drop|shoot|send|fire\s+off|flick)\s+([\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.-]+|#[\w-]+)\s+a\s+(?:quick\s+|short\s+)?(?:line|note|message|msg)\b(\s+(?:by|via|over)\s+(?:e-?mail|mail)\b)?/gi, (_m: string, who: string, mail?: string) => (mail || /@[\w-]+\./.test(who) ? `email ${who}` : `message ${who}`)],
  [/\b(?:shoot|fire off|fire|drop|send off|send out|pop|dash off)\s+(?:(an|a|the)\s+)?(?:quick\s+|short\s+)?((?:(?!quick|short)[\w-]+\s+)?)(e-?mail|mail|note|message|msg|line|dm|slack message|reminder)\b/gi, (_m: string, a = '', adj: string, what: string) => `send ${a ? `${a} ` : ''}${adj}${/^line$/i.test(what) ? 'message' : what}`],
  [/\bdrop (a|an)?\s*(quick\s+)?(note|line|message)\b/gi, 'post a message'],
  // "then mirror it as a GitHub issue in acme/web": another of the same, made there
  [/\b(?:mirror|copy|duplicate|clone|replicate)\s+(?:it|this|that|the\s+task|the\s+issue)\s+(?:as|to|into|over\s+to)\s+(?=an?\s)/gi, 'create '],
  [/\bwith\s+the\s+(asana\s+task|task|issue|ticket|page)\s+linked\s+in\s+(?:the|its)\s+(body|description|notes|text)\b/gi, 'with the $1 link in the $2'],
  // "shoot the approved purchase order over to procurement@x", "jot 'deploy succeeded' down in status/deploy.txt"
  [/\b(?:shoot|fire|zap|flick|bounce|send|ship)\s+((?:the|it|this|that|them|these|those|our|my|a|an)\b.{0,60}?)\s+over\s+(to|in)\b/gi, 'send $1 $2'],
  // ("jot down a to-do for …", "log a task": a thing to track is made, not written to a file)
  [/\b(?:jot|note)\s+down\s+(?=(?:an?|one|the)\s+(?:new\s+|quick\s+)?(?:asana\s+)?(?:task|to-?do|todo|ticket|issue|reminder\s+task)\b)/gi, 'create '],
  [/\bjot\s+down\b|\bjot\s+(.{1,60}?)\s+down\b/gi, (_m: string, what?: string) => (what ? `write ${what}` : 'write')],
  [/\bfile (a|an|the)\b/gi, 'create $1'],
  [/\b(raise|log|open up|put in|submit|add) (a|an) (ticket|to-?do|todo)\b/gi, 'create a $3'],
  // (not an event said to start at a time: "Sunday's fixture kicks off at 10:30")
  // (nor one said to have started: "The backup just kicked off.")
  [/(?<!\b(?:just|already)\s+)\bkick(s|ed)? off\b(?!\s+(?:at|on|in|tomorrow|today|tonight|this|next|from)\b)/gi, 'trigger'],
  // "confirm in #finance", "confirm it to ops@x": a message saying it is done
  [/\bconfirm(?:\s+(?:it|this|that))?\s+(in|to|on|with)\s+(?=#[\w-]|@[\w.-]|[\w.+-]+@[\w-]+\.)/gi, (_m: string, p: string) => `send a confirmation ${/with/i.test(p) ? 'to' : p} `],
  [/\b(?:show|tell)\s+(?:me|us)\s+what(?:'s| is)\s+in(?:side)?\s+/gi, 'read '],
  [/\bwhat(?:'s| is)\s+in(?:side)?\s+(?=\S+\.[a-z0-9]{1,8}\b)/gi, 'read '],
  [/\bwhat\s+does\s+(\S+\.[a-z0-9]{1,8})\s+say\b/gi, 'read $1'],
  [/\b(?:put|drop|stick|pop|throw)\s+(it|that|this|them|the\s+(?:result|results|summary|answer|output|text|notes|draft))\s+(?:in|into|on|to)\s+(?=#[\w-])/gi, 'post $1 to '],
  // (not inside what a task is for: "a task for IT to set up their laptop")
  // (nor a state: "once it's set up", "when everything is set up")
  [/(?<!\b(?:to|it's|it’s|is|was|been|be|are|were|get|gets|got)\s)\b(?:spin|set|whip|throw|put|rustle) up\b|\bput together\b|\bthrow together\b/gi, 'create'],
  [/\bfire (off )?(a|an|the)? ?(request|webhook|call)\b/gi, 'call $2 $3'],
  [/\blook up\b/gi, 'lookup'],
  // "a task tracking the CSV export fix": a task for it
  [/\b(task|ticket|issue|to-?do)\s+(?:tracking|covering)\s+/gi, '$1 for '],
  // "I need send email to …": the need is the request
  [/\b(?:i|we)\s+(?:need|want)\s+(?=(?:send|email|post|create|open|make|write|notify|tell|run|check|fetch|get|add|close|update|delete|remind|ping)\b)/gi, ''],
  // "AI-summarize it", "AI-draft a reply": the verb given to the model
  [/\bai-(summari[sz]e|draft|write|translate|classify|rank|analy[sz]e|generate|rewrite|compose|categori[sz]e)\b/gi, '$1 with AI'],
  // "produce a summary of the content using AI": the model does it
  [/\b(produce|create|make|write|generate|prepare|build)\s+((?:a|an|the)\s+[^,;]{1,50}?)\s+(?:using|with|via|by)\s+(?:the\s+)?(?:ai|llm|model|gpt|chatgpt)\b/gi, '$1 with AI $2'],
  // "Using the subject line 'Sprint notes', write to …": the subject, wherever it is said
  [/\busing\s+(?:the\s+)?subject(?:\s+line)?\s+(['"‘“]\uE100\d+\uE101['"’”])/gi, 'with the subject $1'],
  // "…, both going out at the same time": the marker is what counts
  [/,?\s*both\s+(?:going\s+out|being\s+sent|sent|posted)\b/gi, ''],
  [/(?:,|\s+[—–-])?\s*(?:both|each)\s+(?=(?:saying|reading|stating|announcing|telling)\b)/gi, ' '],
  // "with 'Network fault fixed' as the subject": that is the subject
  [/\bwith\s+(['"‘“]\uE100\d+\uE101['"’”])\s+as\s+(?:the|its)\s+(subject|title|name|heading)(?:\s+line)?\b/gi, 'with the $2 $1'],
  // "email sre@x on failure", "page #oncall upon error": a condition said as a circumstance
  [/\s+(?:on|upon|in\s+case\s+of|in\s+the\s+event\s+of)\s+(?:a\s+|an\s+|any\s+)?(failure|error|errors|timeout|outage|success)\b(?!\s+(?:of|to|in)\b)/gi, (_m: string, w: string) => (/success/i.test(w) ? ' if it succeeds' : ' if it fails')],
  // "email out a status update", "send out the invites": the particle adds nothing
  [/\b(email|e-mail|mail|send|post|ship)\s+out\s+(?=(?:a|an|the|our|this|that|these|those|some|\uE000)\b|\uE000)/gi, '$1 '],
  // "Asana task for the login fix, …": an app's thing named alone at the start of a clause is one to create
  [/(^|[,;]\s*|\b(?:and|then)\s+)(asana|github|jira|trello)\s+(task|issue|ticket|to-?do|card)\s+(?=for|about|to|called|named|titled|on|re\b|\uE000)/gi, '$1create an $2 $3 '],
  // "…; all they need to say is that the office is closed", "— all it has to say is 'X'": what the messages say
  [/\s*[;,.—–]\s*all\s+(?:it|they|the\s+(?:message|messages|email|emails|post|posts|note|notes)|each|both)\s+(?:needs?|has|have)\s+to\s+say\s+is\s+(?:that\s+)?/gi, ' saying '],
  // "The Slack post to #general and the email to all@x go out at the same time": send them
  [/(^|[.;!?]\s+)((?:the|a|an)\s+(?:[\w-]+\s+)?(?:post|message|e-?mail|note|alert|reminder|announcement|update|dm)\s+(?:to|in|for)\s+(?:[^.;!?]|\.(?=\S))*?)\s+(?:(?:should|must|will|need\s+to|have\s+to)\s+)?(?:go|goes|get|gets|be|are|is)\s+(?:out|sent(?:\s+out)?)\b/gi, '$1send $2'],
  // "if the nightly-backup workflow ever fails alert #alerts, every time": each time it happens
  [/(^|[.!?]\s+)if\s+([^.!?]+?),?\s+(?:every|each)\s+(?:single\s+)?time\s*(?=[.!?]|$)/gi, '$1whenever $2'],
  // "loop through a@x, b@x and c@x and send each one a welcome email": the loop said who; the message is a welcome email
  [/(?<=\b(?:loop|iterate|go|run|cycle|step)(?:s|ing)?\s+(?:over|through)\b(?:[^.;!?]|\.(?=\S))*)\b(send|email|mail|message|dm)\s+(?:each|every)\s+(?:one|of\s+them|person|recipient|address)\s+(?=(?:an?|the|their|his|her)\s)/gi, '$1 '],
  // "email me last week's gate count — select sum(entries) from gate_counts …": the query said after what it feeds
  [/\b((?:email|e-mail|send|post|share|dm|tell|message)\b(?:(?![—–]).)*?)\s*[—–]\s*((?:select|with)\s+(?:(?![—–]).)+?\bfrom\b(?:(?![—–]).)*?)\s*([.!]?)\s*$/gi, 'run $2, then $1$3'],
  // "Sit on it for ten minutes", "let it sit 10 minutes", "make a pause of ten minutes": a wait
  [/\b(?:sit\s+on\s+(?:it|that|this)|leave\s+it|let\s+(?:it|things)\s+(?:sit|rest|ride|settle|breathe)|hang\s+(?:back|tight)|stand\s+by|hold\s+(?:it|back|fire))\s+(?:for\s+)?(?:a\s+good\s+|about\s+|around\s+)?((?:\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:seconds?|minutes?|mins?|hours?|days?))\b/gi, 'wait $1'],
  [/\b(?:make|take|have|insert|add|put\s+in|do)\s+a\s+(?:short\s+|brief\s+)?(?:pause|break|wait|delay|gap)\s+of\s+((?:\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:seconds?|minutes?|mins?|hours?|days?))\b/gi, 'wait $1'],
  // "run 'Backup complete' in #infra", "run the summary in #product": in a newsroom, running a piece publishes it
  [/\brun\s+((?:['"‘“]\uE100\d+\uE101['"’”])|(?:the|a|an|that|this)\s+(?:[\w-]+\s+){0,2}?(?:summary|link|message|note|alert|announcement|update|digest|headline|story|item|copy|piece|recap|notice))\s+(in|on|to|into)\s+(?=(?:the\s+)?#)/gi, 'post $1 $2 '],
  // "HTTP GET https://…": the method names the request
  [/\bhttp\s+(get|post|put|patch|delete)\s+(?=https?:)/gi, (_m: string, v: string) => `${v.toUpperCase()} `],
  // "a notification to #dev-team referencing the issue": a message about what was just made
  [/\b(?:referencing|referring\s+to|pointing\s+(?:to|at)|mentioning)\s+(?=(?:the|that|this)\s+(?:new\s+)?(?:task|issue|ticket|pr|pull\s+request)\b)/gi, 'about '],
  // "… and put 'weekly report' as the subject line", "and put outage resolved in the subject", "the subject should be X":
  // the subject of the message said before
  [/,?\s*(?:and\s+)?(?:please\s+)?(?:put|use|make|set|have|give\s+it)\s+((?:['"‘“]\uE100\d+\uE101['"’”])|[a-z][\w ]{1,50}?)\s+(?:as|in|for|into|on)\s+(?:the|its)\s+subject(?:\s+line)?\b/gi, (_m: string, said: string) => ` with the subject ${/\uE100/.test(said) ? said : `'${said}'`}`],
  [/,?\s*(?:and\s+)?(?:the\s+)?subject(?:\s+line)?\s+(?:should|must|will|can|has\s+to|needs\s+to)\s+(?:be|read|say)\s+((?:['"‘“]\uE100\d+\uE101['"’”])|[a-z][\w ]{1,40}?)(?=\s+(?:and|saying|with)\b|\s*[,.;!?]|\s*$)/gi, (_m: string, said: string) => ` with the subject ${/\uE100/.test(said) ? said : `'${said}'`}`],
  // "… and just tell them the report is ready": what the message says
  [/\band\s+(?:just|simply)\s+(?=(?:tell|let|say|inform|remind|mention)\b)/gi, 'and '],
  // "tell her privately in a Slack DM to @alice rather than posting it in a channel": a DM to her
  [/\btell\s+(?:her|him|them)\s+(?:privately\s+)?(?:in|via|by|over|with)\s+(?:a\s+)?(?:slack\s+)?(?:dm|direct\s+message|private\s+message)\s+(?:to\s+)?(@[\w.-]+)/gi, 'DM $1'],
  [/\s*,?\s*(?:rather\s+than|instead\s+of|not)\s+(?:posting|putting|sending|sharing)\s+it\s+(?:in|to|on|into)\s+(?:a|the|any)\s+(?:public\s+)?(?:channel|group|thread)\b/gi, ''],
  // "privately message alice in slack", "Direct message on Slack to alice": the person DMed, named without "@"
  [/\b([Dd][Mm]|[Dd]irect\s+message|[Pp]rivate\s+message|[Pp]rivately\s+message)\s+(?:(?:on|in|via)\s+[Ss]lack\s+)?(?:to\s+)?(?!(?:the|a|an|her|him|them|me|us|everyone|team|it|this|that|on|in|to|about|saying|with|and)\b|[a-z]+ing\b)([a-z][a-z.-]{1,30})\b(?=\s+(?:in|on|via|that|saying|about|to|and)\b|\s*[—–,:.-]|\s*$)/g, '$1 @$2'],
  // "give notice of it to #dev-team", "tip off #dev-team about it", "Flag #pm once it's done", "#pm should be advised that …": notify
  [/\bgive\s+notice\s+(?:of\s+(it|this|that|the\s+[\w-]+)\s+)?to\s+([#@]?[\w+@-]+(?:\.[\w-]+)*)/gi, (_m: string, what: string | undefined, who: string) => `notify ${who}${what ? ` about ${what}` : ''}`],
  [/\btip\s+off\s+(?=[#@]|the\s|\S+@)/gi, 'notify '],
  [/\btip\s+([#@][\w.-]+|the\s+[\w-]+(?:\s+team)?)\s+off\b/gi, 'notify $1'],
  [/(^|[.;!?]\s+|,\s*(?:and\s+|then\s+)?|\b(?:then|and)\s+)flag\s+(?=#[\w-]|[\w.+-]+@[\w-]+\.)/gi, '$1notify '],
  [/(^|[.;!?]\s+|,\s*(?:and\s+|then\s+)?|\b(?:then|whereupon|after\s+which)\s+)(?:the\s+)?(#[\w-]+)(?:\s+channel)?\s+(?:should|must|needs\s+to|is\s+to|shall|will)\s+(?:then\s+)?be\s+(?:advised|notified|informed|told|alerted|updated|pinged)\b/gi, '$1notify $2'],
  // "put the summary to the Slack channel #product": post it there
  [/\bput\s+((?:the|that|this|its)\s+(?:[\w-]+\s+){0,2}?(?:summary|link|result|results|message|note|update|digest|text|number|count|answer))\s+(?:to|into|in|on)\s+(?:the\s+)?(?:slack\s+)?(?:channel\s+)?(?=#)/gi, 'post $1 in '],
  // "close task 1204 out", "close that out": complete it
  [/\bclose\s+((?:the\s+)?(?:asana\s+)?(?:task|ticket|to-?do)\s+#?\d+(?:\s+in\s+asana)?|it|that|this)\s+out\b/gi, 'complete $1'],
  // "notify the team that it's there", "tell them it has been created": about what was just made
  [/\b(notify|tell|inform|ping|alert|advise)\s+((?:the\s+)?[\w#@-]+(?:\s+team)?\s+)?(?:that\s+)?it(?:['’]s|\s+is|\s+has\s+been|\s+exists)(?:\s+(?:there|up|in|created|made|live|in\s+place|been\s+created|open(?:ed)?))?(?=\s*[.,;!?]|\s*$)/gi, '$1 $2about it'],
  // "put a reminder in #standup (Slack) so the team keeps the sprint board current": what the reminder is for is what it says
  [/\b(reminder|nudge)\s+((?:in|to|into|for)\s+#[\w-]+(?:\s*\(slack\))?(?:\s+(?:on|in)\s+slack)?)\s*,?\s+so\s+(?:that\s+)?((?:the\s+team|people|everyone|everybody|folks|they|we)\s+[^.!?]+)/gi, '$1 $2 saying $3'],
  // "pass the good news on to #pm": tell them
  [/\bpass\s+(?:the\s+(?:good\s+)?news|it|that|this|the\s+word)\s+(?:on|along)?\s*to\s+(?=[#@]|the\s|\S+@)/gi, 'notify '],
  // "an email with 'Outage resolved' in the subject": the subject
  [/\bwith\s+(['"‘“]\uE100\d+\uE101['"’”])\s+(?:in|as)\s+(?:the|its)\s+subject(?:\s+line)?\b/gi, 'with the subject $1'],
  // "test https://…": check it
  [/\btest\s+(?=https?:)/gi, 'check '],
  // "Would it be possible, each time someone opens a GitHub issue, to make …": the event, then the step
  [/\bwould\s+it\s+be\s+possible\s*,\s*((?:each|every|any)\s*time\s+[^,]+|whenever\s+[^,]+),\s*to\s+/gi, '$1, '],
  // "the text 'disk at 90%' exactly like that nothing else", "read just 'X', word for word": the words, and only them
  [/(['"‘“]\uE100\d+\uE101['"’”])\s*,?\s*(?:exactly\s+like\s+that|exactly\s+as\s+(?:written|is)|word\s+for\s+word|verbatim|as\s+is)(?:\s*,?\s*(?:and\s+|with\s+)?nothing\s+(?:else|more))?/gi, '$1'],
  [/\b(read|reads|say|says|saying|be)\s+just\s+(?=['"‘“]\uE100)/gi, '$1 '],
  // "A manager has to approve before anything moves", "sign off on it before it goes anywhere": the approval comes first
  [/\b(approve|sign\s+off(?:\s+on\s+(?:it|this|that|them))?|okay|ok|give\s+(?:the\s+|their\s+)?(?:ok|okay|go-ahead|green\s+light|sign-?off|approval))(\s+(?:it|this|that|them))?\s+before\s+(?:anything|it|this|that|they|something)(?:\s+else)?\s+(?:moves|happens|ships|leaves|goes(?:\s+(?:out|anywhere|further|ahead))?|(?:is|gets)\s+sent(?:\s+out)?)\b(?!\s+(?:(?:out|anywhere|further|ahead)\s+)?(?:in|to|on|into|via|by)\s)/gi, '$1$2 first'],
  // "I want to approve it before it goes out; after I do, email it …", "I'll approve it first, then …": my approval, then the rest
  [/\b(?:i|we)(?:\s+(?:want|need|would\s+like|have)\s+to|['’]d\s+like\s+to|['’]ll|\s+will|\s+must|\s+should)\s+(?:review\s+and\s+)?(?:approve|sign\s+off\s+on|okay|ok)\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:first|myself|personally|before\s+(?:it|they|anything)\s+(?:goes|go|is\s+sent|are\s+sent|gets\s+sent)(?:\s+out)?))*\s*(?:[;,.]\s*)?(?:(?:and\s+)?(?:after|once|when)\s+(?:i|we)(?:['’]ve|\s+have)?\s+(?:do|did|done|approved(?:\s+it)?|signed\s+off)\s*,\s*|(?:and\s+)?then\s+)?/gi, 'get my approval, then '],
  // "Put 'Weekly report' as the subject line", "The subject line should say 'Outage resolved'": the message's subject
  [/\b(?:put|use|have)\s+(['"‘“]\uE100\d+\uE101['"’”])\s+as\s+(?:the|its)\s+subject(?:\s+line)?\b/gi, 'use the subject $1'],
  [/(^|[.!?]\s+)(?:the|its)\s+subject(?:\s+line)?\s+(?:should|must|will|can|needs\s+to)\s+(?:say|be|read)\s+(?=['"‘“]\uE100)/gi, '$1use the subject '],
  // "every time a GitHub issue gets opened it turns into an Asana task": make one from it
  [/\s*,?\s*\b(?:it|they|each\s+one)\s+(?:turns|gets\s+turned|is\s+turned|becomes)\s+into\s+(an?\s+(?:new\s+)?(?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do))\b/gi, ', create $1 from it'],
  // "and then the link gets posted in #triage", "the summary should be sent to cfo@x": said the active way
  [/\b(the\s+(?:[\w-]+\s+){0,2}?(?:link|url|summary|result|results|message|note|update|report|numbers|list))\s+(?:gets|is|should\s+be|will\s+be|must\s+be)\s+(posted|sent|shared|emailed|dropped|dmed|forwarded)\s+(to|in|into|on)\s+/gi, (_m: string, what: string, verb: string, to: string) => `${{ posted: 'post', sent: 'send', shared: 'share', emailed: 'email', dropped: 'drop', dmed: 'DM', forwarded: 'forward' }[verb.toLowerCase()] ?? verb} ${what} ${to} `],
  // "https://shop.x/health gets checked daily at 6pm": check it
  [/(https?:\/\/\S+?)[,.]?\s+(?:gets|is|should\s+be|will\s+be|must\s+be)\s+(?:checked|fetched|pinged|polled|called|hit|monitored)\b/gi, 'check $1'],
  // "run select … having sum(hours) > 60 — if anyone shows up, email …": a dash before a test ends what came before
  [/\s+[—–]\s+(?=(?:if|unless|and\s+if|only\s+if|in\s+case)\b)/gi, ', and '],
  // "…, and only alert #ops if it is not 200", "only send it if it fails": the step, under its condition
  [/\b(and\s+(?:then\s+)?|,\s*)only\s+(?=(?:alert|post|send|email|e-mail|notify|ping|message|tell|dm|page|create|open|escalate)\b[^.;!?]*?\b(?:if|when|unless)\b)/gi, '$1'],
  // "ACTION — manager to approve the invoice; …": an item that a person approves
  [/(^|[.;:—–]\s*)(?:an?\s+|the\s+)?((?:[\w-]+\s+)?(?:manager|lead|director|supervisor|cfo|controller|head\s+of\s+[\w-]+))\s+to\s+(approve|sign\s+off(?:\s+on)?)\b/gi, '$1have a $2 $3'],
  // "delete it, but get Lina's approval before it goes": the approval first, then the step
  [/(^|[.;:—–]\s*)([a-z][^,;.—–]*?)\s*,?\s+but\s+(?:first\s+)?(get|ask\s+for|obtain)\s+([^,;.]*?\b(?:approval|sign-?off|ok|go-ahead))\s+(?:first|before\s+(?:it|they|that|this|anything)\s+(?:goes|go|happens?|runs?|is\s+\w+|gets\s+\w+))\s*(?=[.!;]|$)/gi, '$1$3 $4, then $2'],
  // "Slack DM to @tom.bryce - customer on MC-49902 has rung three times, can you call her back": what the DM says
  [/^\s*(?:send\s+)?(?:an?\s+)?((?:slack\s+)?(?:dm|direct\s+message|message|note)\s+to\s+@[\w.-]+)\s+[-—–:]\s+([^'"‘“\uE100]{8,})$/i, (_m: string, head: string, said: string) => `send a ${head.trim()} saying "${said.replace(/[.!?\s]+$/, '')}"`],
  // "Hold off 10 minutes, then …": a wait
  [/\bhold\s+off(?:\s+for)?\s+(?=(?:\d+|an?|one|two|five|ten|fifteen|twenty|thirty)\s+(?:seconds?|minutes?|mins?|hours?|days?)\b)/gi, 'wait '],
  // "then say Backup complete in #infra": post the words there
  [/\b(then\s+|and\s+|^)say\s+(?!that\b|to\b)([^,;.#@\uE100]{2,80}?)\s+(in|to|on)\s+(#[\w-]+)/gi, (_m: string, lead: string, said: string, prep: string, ch: string) => `${lead}post '${said.trim()}' ${prep} ${ch}`],
  // "Message priya directly on Slack": a direct message
  [/\b(?:message|ping|slack)\s+(@?[a-z][\w.-]*)\s+(?:directly|privately|in\s+private)\b/gi, 'DM $1'],
  // "Delete task 40917. Check with me before it actually gets deleted though.": my approval first
  [/(^|[.!?]\s+)(?:but\s+)?(?:please\s+)?(?:check|confirm)\s+with\s+(me|us)\s+(?:first|before\s+(?:it|they|anything|this|that)\b[^.;!?]*?)(?:\s+though)?\s*(?=[.!?]|$)/gi, '$1First get my approval'],
  // "Simultaneously email all-staff@x and post in #site: fire alarm test Thursday at 10:00, no evacuation needed": the words said after the places
  // (up to a sentence that goes on in sequence: "Post to #yard: lift 12 is down. Then wait an hour and DM …")
  [/^((?:(?!:\s).)*\b(?:post|email|e-mail|mail|send|notify|tell|dm|message|announce|ping|alert)\b(?:(?!:\s).)*?(?:#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s+(?:on|in|via)\s+slack)?)\s*:\s+(?![^a-z]*$)([^'"‘“\uE100:](?:[^:]|:(?=\d)){5,200}?)(?:\s*[.!]?\s*$|(?=[.!]\s+(?:then|after\s+that|afterwards|next|finally|later|once\s+that|an\s+hour\s+later|wait)\b))/i, (_m: string, head: string, said: string) => `${head} saying "${said}"`],
  // "Create a 'X' task for each club tier: Reserve, Estate, Discovery": the items named after the colon are what it loops over
  [/(^|[.!?]\s+)((?:[^.!?:]|[.!?](?=\S))*?\b)for\s+(?:each|every)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s*:\s*((?:[A-Z\uE100][^,;:.]{0,40},\s*)+(?:and\s+)?[A-Z\uE100][^,;:.]{0,40})\s*([.!]?)\s*$/, (_m: string, lead: string, step: string, what: string, items: string, end: string) => `${lead}For each ${what} (${items}) ${step.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase())}${end}`],
  // "Remind @jonas.weber by DM to call Kestrel Media back …": the reminder, said to them
  [/\bremind\s+(@[\w.-]+)\s+(?:by|via|over|in\s+a)\s+(?:dm|direct\s+message|slack\s+dm)\s+to\s+/gi, 'remind $1 to '],
  // "give it 10 minutes, then 'Backup complete' to #infra": the words, posted there
  [/(\bthen\s+|^\s*|[,;]\s*)(['"‘“]\uE100\d+\uE101['"’”])\s+(to|in|into)\s+(?=#[\w-])/gi, '$1post $2 $3 '],
  // "#eng-alerts on Slack gets a message any time …", "ops@x.io receives an email", "— #ops only gets a Slack alert when …": the destination is sent to
  [/(^|[.;,—–]\s+|\band\s+|\bthat\s+)([#@][\w.-]+|\uE000\d+\uE001)(?:\s+(?:on|in|via)\s+slack)?\s+(?:only\s+)?(?:gets|receives|should\s+get|should\s+receive|is\s+sent|will\s+get)\s+(?:a\s+(?:slack\s+)?(?:message|alert|notification|ping)|an?\s+(?:alert|notification|ping|dm|heads-up|update|e-?mail)|notified|pinged|alerted|emailed)\b/gi, '$1notify $2'],
  // "#engine-alerts should hear about it too", "@maya needs to know about this": the channel or person is told
  // (not of a thing still to make: "the team should find out about a new task … once it has been created" is read in sentences.ts)
  [/(^|[.;,]\s+|\band\s+|\bthat\s+)(?:that\s+)?([#@][\w.-]+|the\s+(?:[\w-]+\s+)?team|everyone)\s+(?:(?:should|must|needs?\s+to|has\s+to|ought\s+to|will\s+want\s+to|wants?\s+to)\s+(?:hear|know|be\s+told|be\s+notified|be\s+informed|find\s+out|learn|be\s+in\s+the\s+loop)|hears|knows|learns|finds\s+out)(?!\s+(?:about|of)\s+an?\s+(?:new\s+)?(?:(?:asana|github)\s+)?(?:task|issue|ticket|to-?do)\b)(?:\s+(?:about|of)\s+(it|this|that|them))?\b/gi, '$1notify $2 about $3'],
  // a telephone call is made by a person ("give the director a cold call", "cold-call Acme", "ring Sam"), not an HTTP call
  [/\b(?:give|make)\s+(?!(?:the|an?)\s+(?:api|http|webhook|endpoint|url|server|service)\b)(.{1,60}?)\s+an?\s+(?:quick\s+|cold\s+|phone\s+|courtesy\s+)?(?:call|ring|buzz)\b(?!\s+(?:to|on|against)\s+(?:https?:|the\s+(?:api|endpoint|url)))/gi, 'phone $1'],
  [/\bcold[- ]call\b/gi, 'phone'],
  // errands done by hand, not verbs of any operation ("pick up the dry cleaning", "drop off the kids")
  [/\b(?:pick(?:s|ed|ing)?|drop(?:s|ped|ping)?)\s+(?:(?:the|my|our|some)\s+)?(?:[a-z-]+\s+){0,2}?(up|off)\b(?!\s+(?:the\s+)?(?:where|from the (?:task|issue|ticket|file|list)))/gi, 'collect'],
  [/\b(?:take|takes|took|taking)\s+(?:out\s+(?=(?:the|my|our)\s+(?:trash|garbage|rubbish|bins?|recycling|dog))|(?:the|my|our)\s+(?:trash|garbage|rubbish|bins?|recycling|dog)\s+out\b)/gi, 'collect '],
  // ("…, and put security-team as the assignee" right after what it is made with: assigned to them; alone: reassign)
  [/(,\s*(?:and\s+)?|\band\s+)(?:add|set|make|put)\s+(\S+)\s+(?:as|to be)\s+(?:the\s+)?(?:assignee|owner)\b/gi, '$1assigned to $2'],
  [/\b(?:add|set|make|put)\s+(\S+)\s+(?:as|to be)\s+(?:the\s+)?(?:assignee|owner)\b/gi, 'reassign to $1'],
  [/\bcheck off\b/gi, 'complete'],
  [/\b(?:tick|check|cross)\s+(it|that|this|them|the\s+task)\s+off(?:\s+as\s+(?:done|complete|completed|finished))?/gi, 'complete $1'],
  [/\b(?:tick(?:ed|ing)?|cross(?:ed|ing)?)\s+off\s+((?:asana\s+)?(?:task|ticket|item|card|to-?do)\s+#?\d+|the\s+[\w\s-]{1,30}?\s+(?:task|ticket|item|card))(?:\s+as\s+(?:done|complete|completed|finished))?/gi, 'complete $1'],
  [/\b(?:mark|flag|tag|set) (.{1,40}?) as (done|complete|completed|finished|resolved)\b/gi, 'complete $1'],
  [/\b(?:set|change|move|update|switch) (.{1,40}?) (?:to|as) (?:done|complete|completed|finished|resolved|closed)\b/gi, 'complete $1'],
  // (not when a participle says what to do with it: "we need a GitHub issue opened in …")
  [/\b(?:i|we)\s+(?:need|want|would like|'d like|require)\s+(?=(?:a|an|one|some|new)\s)(?!(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:check|checks|workflow|automation|process|routine|monitor|system|way|setup)\b)(?!(?:a|an)\s+(?:[\w-]+\s+)?(?:manager|boss|lead|supervisor|director|approver|head|partner)\s+to\s+(?:approve|sign|ok|okay|review)\b)(?!(?:a|an|one|some|new)\s+(?:[\w-]+\s+){0,4}?(?:(?!(?:named|called|titled|entitled|labell?ed|tagged|assigned|based|related|linked)\b)[a-z]+ed|sent|made|done|written|put|set)\b)/gi, 'create '],
  [/\bclose out\b/gi, 'close'],
  [/\bwrite up\b/gi, 'write'],
  [/\bsum up\b/gi, 'summarize'],
  [/\btl;?dr\b/gi, 'summarize'],
  [/\bsummari[sz](e|es|ed|ing)\b/gi, 'summariz$1'],
  [/\be-mail/gi, 'email'],
  [/\bdirect[- ]message\b/gi, 'dm'],
  [/\bprivate message\b/gi, 'dm'],
  // "Heads up, I'm out tomorrow …", "FYI: …": an interjection, not a request for a notification
  [/(^|[.!?]\s+)(?:heads[- ]up|fyi|just so you know|quick note|for context)\s*[,:;—–-]\s*/gi, '$1'],
  [/\bheads[- ]up\b/gi, 'notification'],
  [/\bto-do\b/gi, 'todo'],
  // "Step 1: create …. Step 2: …", "Two things at once: …": markers, not words of a step
  [/(^|[.;]\s*|\s)(?:step\s+\d+|first|second|third|finally)\s*[:)]\s*/gi, '$1'],
  // ("Once X gets approved, I'd like three things to happen at the same time: …")
  [/(^|[,;.]\s*)(?:(?:i|we)\s*(?:'d|’d|\s+would)?\s+(?:like|want|need)\s+)?(?:two|three|four|a\s+few|several|some)\s+things(?:\s+(?:to\s+happen|happen|should\s+happen|need\s+to\s+happen|have\s+to\s+happen|to\s+do|go\s+out|to\s+go\s+out))?(\s+at\s+once|\s+in\s+parallel|\s+at\s+the\s+same\s+time|\s+simultaneously)?\s*:\s*/gi, (_m: string, lead: string, together = '') => `${lead}${together.trim() ? `${together.trim()} ` : ''}`],
  // "Do these simultaneously: post …, post …, and DM …": the marker goes with the list
  [/^(?:please\s+)?(?:do|run|handle)\s+(?:these|this|the\s+following|all\s+of\s+(?:these|this|them))(?:\s+(?:things|steps))?\s+(simultaneously|in\s+parallel|at\s+the\s+same\s+time|at\s+once|together)\s*:\s*/gi, '$1 '],
  // "give Leo an Asana task to …", "make Rafael an Asana task …": a task for that person
  [/\b(?:give|make|assign)\s+([A-Z][a-z]+|@[\w.-]+)\s+(an?\s+(?:[\w-]+\s+)?(?:task|issue|ticket|todo))\b/g, 'create $2 for $1'],
  [/\b(?:Give|Make|Assign)\s+([A-Z][a-z]+|@[\w.-]+)\s+(an?\s+(?:[\w-]+\s+)?(?:task|issue|ticket|todo))\b/g, 'create $2 for $1'],
  // "For each plant — Brno, Győr and Katowice — send …", "for every site (Leeds, York and Hull), …": the list after a colon
  [/\b((?:for|to)\s+(?:each|every)\s+(?:one\s+)?(?:of\s+)?(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?)\s*(?:\(\s*([^()]+?(?:,|\band\b)[^()]+?)\s*\)|[—–]\s*([^—–]+?(?:,|\band\b)[^—–]+?)\s*[—–]|\s-\s+([^-]+?(?:,|\band\b)[^-]+?)\s+-\s)\s*,?\s*/gi, (_m: string, head: string, a?: string, b?: string, c?: string) => `${head}: ${a ?? b ?? c}, `],
  // "if it's still broken after that, alert #ops": "after that" tells when it is tested, not a next step
  [/\b(still\s+(?:[\w']+\s+){0,2}?[\w']+)\s+(?:after\s+that|afterwards|by\s+then|then)\b/gi, '$1'],
  // "…, oh and also create …", "oh, and": a spoken aside before the next request
  [/,?\s*\boh,?\s+(?=and\b|also\b|btw\b|by the way\b|plus\b)/gi, ', '],
  // "update task 61120: due date to 2025-07-18, assign to lchen": who the same task goes to, not another step
  [/,\s*(?:and\s+)?assign(?:\s+(?:it|this|that|the\s+(?:task|issue)))?(?:\s+to)?\s+(?!(?:it|this|that|the|a|an|someone|somebody)\b)(?=[@\w.-]+\s*(?:[,.;]|$))/gi, ', assigned to '],
  // "… and dump to reports/ccu.csv", "export into out/x.json": save what came before there
  [/\b(?:dump|export|spit\s+out|write\s+out)\s+(?=(?:to|into)\s+(?:the\s+file\s+)?[\w.\/~-]*[\/.][\w])/gi, 'save it '],
  // "close it and after tell it to @juergen": "after" before an imperative is "then"
  // (not a gerund: "…, after making an asana task" says what comes first)
  [/(\band|,)\s+after\s+(?!(?:that|this|which|the|a|an|he|she|they|we|you|i|it|its|his|her|their|our|my|someone|everyone|lunch|hours|work|approval|sign-off)\b|[a-z]+ing\b)(?=[a-z]+\s+(?:it|them|this|that|the|a|an|to|him|her|#|@))/gi, '$1 then '],
  // "open an issue … and put label bug", "… and add the label ui": a label of the item just made
  [/,?\s+and\s+(?:put|add|set|apply|attach|give\s+it)\s+(?:(?:the|a)\s+)?labels?\s+(['"]?)([\w-]+)\1\s*(?=[.;]?\s*$|,|\s+(?:and|then)\b)/gi, ' with the $2 label'],
  // "…, label bug": the label
  [/,\s*label(?:l?ed)?\s+([\w-]+|['"‘“]\uE100\d+\uE101['"’”])\s*(?=[.;]?\s*$)/gi, ' with the $1 label'],
  // "say 'Newsletter sent' in #marketing": post it
  [/\bsay\s+(?=['"‘“])/gi, 'post '],
  // "flag it in #moderation": post it there
  [/\bflag\s+(it|this|that|them)\s+(?:in|to)\s+(#[\w-]+)/gi, 'post $1 in $2'],
  // "… and use the response as its body": that result goes in that field
  [/,?\s+and\s+use\s+(the\s+[\w-]+|it|that|this)\s+as\s+(?:its|the)\s+(body|description|text|content|message)\b/gi, ' with $1 as its $2'],
  // "point #fin-eng at it": share it there
  [/\bpoint\s+(#[\w-]+|@[\w.-]+)\s+(?:at|to)\s+(it|this|that|them|the\s+[\w-]+)/gi, 'post $2 in $1'],
  // "feed the rows to the LLM for a rundown of …": the model works on them
  [/\bfeed\s+(.{1,40}?)\s+(?:to|into)\s+(?:the\s+|an?\s+)?(?:llm|ai|model|gpt|chatgpt|claude)\s+(?:for|to\s+get|to\s+produce|to\s+write|and\s+get)\s+/gi, 'generate with AI from $1 '],
  // "look at reports/x.txt": reading it
  [/\blook\s+(?:at|over|through|into)\s+(?=[\w.-]*\/[\w./-]+|[\w-]+\.(?:md|txt|csv|json|log|ya?ml|xml|html)\b)/gi, 'read '],
  // "ask in #dispatch whether the driver has checked in": a question posted there
  [/\bask\s+(in|on)\s+(#[\w-]+)\s+(whether|if)\b/gi, 'post in $2 asking $3'],
  // "for every warehouse: Reno, Tulsa and Macon": each of the listed ones
  [/\bfor\s+(?:each|every)\s+([a-z]+)(?:\s+(?:on|in)\s+(?:this|the|that|our)\s+list)?\s*:\s*/gi, 'for each of '],
  // "Change task 3345 so that it is due on … and assigned to ravi": the state it is set to
  [/\s+so\s+that\s+(?:it|this|the\s+task|the\s+issue)\s+(?:is|gets|becomes)\s+(?=(?:due|assigned|marked|labell?ed|tagged|set)\b)/gi, ' '],
  // "…, so that the service desk is prepared": why, not what to do
  [/,?\s+so\s+that\s+(?![^,;.]*\b(?:says?|reads?)\b)[^,;.]+/gi, ''],
  // "I would like the AI to write …": the model does it
  [/\b(?:i|we)\s+(?:would like|'d like|want|need)\s+(?:the\s+|an?\s+)?(?:ai|gpt|chatgpt|llm|model|claude)\s+to\s+([a-z]+)/gi, '$1 with AI'],
  // "allow 15 minutes to pass", "give the vendor one hour to look at it": a wait
  [/\b(?:allow|let|leave)\s+((?:\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:seconds?|minutes?|hours?|days?))\s+(?:to\s+(?:pass|elapse|go\s+by)|go\s+by|pass|for\s+(?:it|them|things|the\s+[\w-]+)\s+to\s+[^,;.]+)/gi, 'wait $1'],
  [/\bgive\s+(?:the\s+[\w-]+|them|him|her|everyone|people|the\s+team)\s+((?:\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:seconds?|minutes?|hours?|days?))(?:\s+to\s+[^,;.]+)?/gi, 'wait $1'],
  // "with a description noting that X": the description says X
  [/\bwith\s+(?:a|the)\s+(description|note|body|comment)\s+(?:noting|saying|stating|explaining|mentioning)(?:\s+that)?\s+([^;.]+)/gi, 'with the $1 "$2"'],
  // "Please request it, and once …" after a sentence asking for approval: that approval
  [/\b(request|ask\s+for|seek|obtain)\s+(?:it|that|this)(?=\s*(?:,|and\b|\.|;|$))/gi, '$1 approval'],
  // "DM him so he knows", "send a POST to … so the listings update", "email priya so she knows for the books":
  // the purpose, to the end of its clause, adds nothing to do (unless it says what someone should do)
  [/\s+so\s+(?:that\s+)?(?:he|she|they|we|i|you|everyone|everybody|people|(?:the|our|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?!(?:should|must|needs?|has\s+to|have\s+to|ought)\b)[^,.;:!?\uE100]*?(?=\s*[,.;:!?]|\s+(?:and\s+)?then\b|\s*$)/gi, ''],
  // "nudge #x to get the reports out": what they are reminded to do is the message
  // ("ask #lab-ops to move their boxes": a question put to the channel; "ask @bob to …": to him)
  // (not a gate: "ask @lead to approve")
  [/\bask\s+(#[\w-]+)\s+to\s+(?!approve\b|sign\b|ok\b|okay\b|review\s+and\s+approve\b)(?=[a-z])/gi, 'post in $1 asking everyone to '],
  [/\bask\s+(@[\w.-]+)\s+to\s+(?!approve\b|sign\b|ok\b|okay\b|review\s+and\s+approve\b)(?=[a-z])/gi, 'DM $1 asking them to '],
  [/\bask\s+(the\s+(?:[\w-]+\s+)?(?:team|crew|group|folks|staff))((?:\s+(?:in|on|via)\s+slack)?)\s+to\s+(?!approve\b|sign\b)(?=[a-z])/gi, 'post to $1$2 asking everyone to '],
  [/\b(remind|nudge|tell|ping)\s+(#[\w-]+|@[\w.-]+)\s+to\s+(?=[a-z])/gi, '$1 $2 saying '],
  // "Take docs/onboarding.md, …": reading that file
  [/\b(?:take|grab)\s+(?=[\w.-]*\/[\w./-]+|[\w-]+\.(?:md|txt|csv|json|log|yaml|yml|xml|html)\b)/gi, 'read '],
  // "… reassigned to Wendy, with the due date moved to 2025-12-05": one more property of the same item
  [/,?\s*with\s+(?:the\s+|its\s+)?(due date|deadline|priority)\s+(?:moved|changed|set|pushed|bumped|updated)\s+to\b/gi, ' and set the $1 to'],
  // "Do a GET on https://…", "perform a POST against …": a request
  [/\b(?:[Dd]o|[Mm]ake|[Pp]erform|[Ii]ssue|[Rr]un|[Ee]xecute)\s+an?\s+(GET|POST|PUT|PATCH|DELETE|HEAD)\b(?:\s+request)?\s+(?:on|to|against|at|for)\b/g, 'send a $1 request to'],
  // "Take the complaint in tickets/4471.txt, …": reading what is in a file
  [/\b(take|grab|pick up)\s+((?:the|my|our|this|that|his|her|their)\s+[\w\s-]{1,30}?\s+(?:in|from|at)\s+)(?=[\w.-]*\/[\w./-]+|[\w-]+\.[a-z]{2,5}\b)/gi, 'read $2'],
  // "take from database all open reports (select …)", "take the KPI data from http://…": getting data from a source
  [/\b(?:take|grab|pull)\b(?=[^.,;]{0,60}?\b(?:from|out of)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:database|db|table|api|endpoint|https?:))/gi, 'get'],
  // "look at what's in the returns/pending folder", "check what is inside exports/": a listing
  // (asked of us, not wished by someone: "The committee wants to see what's in …" is context)
  [/(^|[,;.:]\s*|\b(?:and|then|please|pls|first)\s+)(?:look\s+at|check|see|show(?:\s+me)?|find\s+out)\s+what(?:'s|’s|\s+is|\s+are)\s+(?:sitting\s+|currently\s+|left\s+)?(in|under|inside)\s+(?=(?:the\s+)?[\w.-]*\/|(?:the\s+)?[\w.-]+\s+(?:folder|directory|dir)\b)/gi, '$1list the files $2 '],
  // "copy drafts/a.md to public/a.md": read the one, write it to the other
  [/\bcopy\s+((?:the\s+file\s+)?[\w.~-]*\/[\w./-]*[\w]|[\w-]+\.[a-z]{2,5})\s+(?:to|into|over\s+to)\s+(?=[\w.~-]*\/|[\w-]+\.[a-z]{2,5}\b)/gi, 'read $1 and save it to '],
  // "What files are sitting in the exports folder?": a listing
  [/\b(?:what|which)\s+files\s+(?:are|exist|sit|are\s+sitting|are\s+there|do\s+we\s+have)\s+(?:sitting\s+|currently\s+|right\s+now\s+)?(in|under|inside)\s+/gi, 'list the files $1 '],
  // "…, should it come back over 20, message #ops", "and, should there be any, open …": a condition said inverted
  [/(^|,\s*|\band\s+)should\s+there\s+be\b/gi, '$1if there are'],
  [/(^|,\s*|\band\s+)should\s+(it|they|this|that|the\s+[\w-]+)\s+(?=[a-z])/gi, '$1if $2 '],
  // "with hr@x.com on cc", "copying hiring@x.com": a copy
  [/\bwith\s+([\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\s+(?:on\s+cc|cc'?d|in\s+cc|on\s+copy|in\s+copy|copied(?:\s+in)?)\b/gi, 'cc $1'],
  [/,?\s*\b(?:copying|cc'?ing|cc-ing)\s+(?:in\s+)?(?=[\w.%+-]+@)/gi, ' cc '],
  // "with cc to coo@x", "and a copy to hr@x", "with a copy for legal@x": a copy
  [/,?\s*\b(?:with|and|plus)\s+(?:a\s+)?(?:cc|copy)\s+(?:to|for)\s+(?=[\w.%+-]+@)/gi, ' cc '],
  // "make replies go to x@y", "replies should go to x@y", "with replies to x@y": where answers go
  [/,?\s*\b(?:and\s+)?(?:make|have|let|set)\s+(?:the\s+)?repl(?:ies|y)\s+(?:go|come|be\s+sent)\s+(?:back\s+)?to\s+(?=[\w.%+-]+@)/gi, ' reply to '],
  [/,?\s*\b(?:with|and)\s+(?:the\s+)?repl(?:ies|y)\s+(?:going\s+|should\s+go\s+)?to\s+(?=[\w.%+-]+@)/gi, ' reply to '],
  // "under the subject 'X'": the subject
  [/\bunder\s+the\s+subject(?:\s+line)?\b/gi, 'with the subject'],
  // "Subject line should be 'Onboarding checklist'": the subject of what is sent
  [/(^|[.!?]\s+)(?:the\s+)?subject(?:\s+line)?\s+(?:should|must|can|will|has\s+to)\s+be\s+(['"‘“]\uE100\d+\uE101['"’”])/gi, '$1use $2 as the subject'],
  [/\b(?:the\s+)?subject(?:\s+line)?\s+(?:should|must|can|will|has\s+to)\s+be\s+(['"‘“]\uE100\d+\uE101['"’”])/gi, 'with the subject $1'],
  // "…, and in the text say that invoice 2291 is paid": the words of the message
  [/,?\s*(?:and\s+)?in\s+the\s+(?:text|body|message|e-?mail)\s*,?\s*(?:say|write|mention|tell\s+them|explain)\s+(?:that\s+)?/gi, ' saying '],
  // "… give it half an hour, and follow up with 'Maintenance complete'": another message
  [/\bfollow(?:\s+(?:it|that))?\s+up\s+(?:((?:in|on)\s+#[\w-]+\s+)|there\s+)?with\s+(?=['"‘“])/gi, 'post $1'],
  // "put those bullets in #infra-news", "drop the summary into #ops": a post to that channel
  [/\b(?:put|drop|stick|throw|dump)\s+((?:it|them|that|this|those|these|the|its|a|an)\b[^#@]{0,40}?|['"‘“]\uE100\d+\uE101['"’”])\s+(?:in|into|on|to)\s+(?:the\s+)?(?=#[\w-])/gi, 'post $1 in '],
  // "Could AI draft a follow-up email …": asked of the model
  [/\b(?:can|could|would|will)\s+(?:the\s+)?(?:ai|gpt|llm|model)\s+(?=[a-z]+\b)(?!(?:be|not|never|please)\b)/gi, 'have the AI '],
  // "AI summarizes it", "the model drafts a reply": the model does it, said in the third person
  [/(^|[,;]\s*(?:and\s+)?(?:then\s+)?|\b(?:then|and)\s+)(?:the\s+)?(?:ai|gpt|chatgpt|llm|model|claude)\s+(summari[sz]es|drafts|writes|translates|classifies|rewrites|condenses|analy[sz]es|categori[sz]es|generates|composes)\b/gi, (_m: string, at: string, v: string) => `${at}${plainOfThirdPerson(v)} with AI`],
  // "AI should write a short summary from it", "the model needs to classify it": the model does it
  [/\b(?:the\s+)?(?:ai|gpt|chatgpt|llm|model|claude)\s+(?:should|must|shall|can|will|is\s+to|needs?\s+to|has\s+to)\s+(?:then\s+)?(?=[a-z]+\b)(?!(?:be|not|never)\b)/gi, 'have the AI '],
  // "ask the AI for …", "let AI make a short summary", "have the model put together …": the model produces it
  [/\b(?:ask|get|have|let|use)\s+(?:the\s+|an?\s+)?(?:ai|gpt|chatgpt|llm|model|openai|claude|ollama)\s+(?:for|(?:to\s+)?(?:give(?: me| us)?|come up with|suggest|produce|make|create|prepare|put together|do))\s+/gi, 'generate with AI '],
  [/\b(?:leave|(left))\s+(?:a\s+|the\s+|an?\s+)?(comment|note)\b/gi, (_m: string, left: string | undefined, what: string) => `${left ? 'added' : 'add'} a ${what}`],
  // "leave the remark 'Verified'", "get rid of task 6021", "raise a flag in #x", "hold off for half an hour"
  [/\bleave\s+(?:a\s+|the\s+|an?\s+)?remark\b/gi, 'add a comment'],
  [/\bget\s+rid\s+of\b/gi, 'delete'],
  // "Try the bank sync at https://…": call it
  [/\b(?:try|trigger|kick\s+off)\s+(?=(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:at|on|via)\s+https?:)/gi, 'call '],
  [/\braise\s+(?:a\s+|an\s+)?(?:flag|alarm|red\s+flag)\s+(?=in|on|to)\b/gi, 'alert '],
  [/\bhold\s+off\s+(?=for\s)/gi, 'wait '],
  [/\bleave\s+(?:a|an|the)\s+((?:"[^"]+"|'[^']+'|“[^”]+”|‘[^’]+’)\s+)(comment|note)\b/gi, 'add a $2 saying $1'],
  [/\b(?:have|get|let|ask|use)\s+(?:the\s+|an?\s+)?(?:ai|gpt|chatgpt|llm|model|openai|claude|ollama)\s+(?:(?:to\s+)?(?:decide|judge|check|determine|say|tell(?:\s+(?:us|me))?)\s+)?(?:whether|if)\s+/gi, 'generate with AI whether '],
  [/\b(?:have|get|let|ask|make|use|tell)\s+(?:the\s+|an?\s+)?(ai|gpt|chatgpt|llm|model|openai|claude|ollama)\s+(?:to\s+)?(?!(?:for|about|a|an|the|some|me|us|with|on|in)\b)([a-z]+)/gi, '$2 with AI'],
  [/\b(?:include|add|mention|attach|put|paste)\s+(.{1,60}?)\s+when (?:you )?(tell|notify|ping|email|message|post to|alert|dm)\s+(.+)$/gi, '$2 $3 with $1'],
  [/\bgo ahead and\b/gi, ''],
  [/\bgo\s+out\s+(individually\s+|separately\s+|directly\s+)?to\b|(?<=\b(?:should|must|will|can|shall|needs? to|has to|have to)\s+)go\s+to(?=\s+(?:[#@]|[\w.+-]+@))/gi, 'be sent $1to'],
  // "… can be closed now; please do that and then …": "do that" is the thing just said
  [/;\s*(?:please\s+)?do\s+(?:that|it|so)\s+(?=and\b)/gi, '; '],
  [/\b(after|following)\s+(?:a|an)\s+(\d+|[a-z]+)[\s-](second|minute|hour|day|week)s?[\s-](?:pause|wait|delay|break)\b/gi, 'after $2 $3s'],
  [/\bmake sure (to|that you)\b/gi, ''],
  [/\b(please|kindly|pls|plz)\b,?/gi, ''],
  [/\b(can|could|would|will) you\b/gi, ''],
  [/\b(i|we) (want|need|would like|'d like) (you )?to\b/gi, ''],
  [/\b(i'd|we'd) like (you )?to\b/gi, ''],
  [/\blet's\b/gi, ''],
];

/** Verbs that say little by themselves ("leave a comment", "drop a note", "give an update"): the noun after them decides. */
export const LIGHT_VERBS = new Set(['leave', 'drop', 'give', 'put', 'make', 'do', 'have', 'take', 'shoot', 'fire', 'pop', 'throw', 'spin', 'whip', 'write', 'get', 'set', 'stick', 'place', 'post', 'fire', 'kick', 'start']);

/** Words that may precede the verb of a clause and carry nothing. */
export const LEAD_FILLERS = new Set(['and', 'then', 'both', 'either', 'please', 'but', 'also', 'just', 'immediately', 'automatically', 'next', 'finally', 'afterwards', 'first', 'firstly', 'second', 'lastly', 'additionally', 'plus', 'so', 'now', 'quickly', 'simply', 'too', 'afterward', 'subsequently', 'straight', 'away', 'right', 'lastly,']);

/** Stop words ignored when ranking and when deciding what text is left. */
export const STOP = new Set(('a an the to of in on at by for with from into onto via using through and or but is are be been was were it its it\'s this that these those ' +
  'me my we our us you your i he she they them their his her some any all each every as so than then also just please new about over up out ' +
  'do does did done has have had will would should can could may might must there here what which who whom whose when where why how not no nor only').split(' '));

/**
 * Verb and noun synonyms: a request word → catalogue words it stands for. Both sides are
 * compared after stemming, so list base forms.
 */
export const SYNONYMS: Record<string, string[]> = {
  ping: ['notify', 'message', 'dm', 'alert'],
  push: ['notify', 'send'],
  produce: ['generate', 'write'],
  tell: ['notify', 'message', 'tell'],
  inform: ['notify', 'tell'],
  forward: ['send', 'post', 'message'],
  relay: ['send', 'post', 'message'],
  alert: ['alert', 'notify'],
  warn: ['alert', 'notify'],
  remind: ['notify', 'message', 'post'],
  nudge: ['notify', 'message', 'post'],
  reminder: ['message', 'notify'],
  announce: ['announce', 'post', 'notify'],
  broadcast: ['announce', 'post', 'notify'],
  share: ['post', 'send', 'notify'],
  circulate: ['send', 'post', 'share', 'announce'],
  publish: ['post', 'announce'],
  shout: ['post', 'announce'],
  message: ['message', 'send'],
  msg: ['message', 'send'],
  text: ['message', 'send'],
  note: ['message', 'note', 'comment'],
  update: ['update', 'message'],
  dm: ['dm', 'direct message', 'private'],
  mail: ['email', 'mail'],
  email: ['email', 'mail'],
  inbox: ['email'],
  notification: ['notify', 'notification', 'message'],
  escalate: ['alert', 'notify'],
  page: ['alert', 'notify', 'page'],
  file: ['create', 'file'],
  log: ['create', 'log'],
  raise: ['create', 'open'],
  open: ['create', 'open'],
  make: ['create'],
  add: ['add', 'create'],
  create: ['create', 'add'],
  register: ['create'],
  record: ['create', 'log', 'write'],
  set: ['create', 'set', 'update'],
  ticket: ['task', 'ticket'],
  todo: ['task', 'todo'],
  chore: ['task'],
  card: ['task'],
  story: ['task'],
  item: ['task', 'work item'],
  assignment: ['task'],
  bug: ['bug', 'issue'],
  issue: ['issue', 'bug'],
  pr: ['pull request'],
  trigger: ['trigger', 'call', 'webhook', 'post'],
  start: ['trigger', 'call'],
  launch: ['trigger', 'call'],
  invoke: ['call', 'request'],
  hit: ['call', 'request'],
  repost: ['post', 'send'],
  resend: ['send', 'post'],
  fire: ['send', 'call', 'request'],
  call: ['call', 'request'],
  ping_url: ['fetch', 'get'],
  get: ['get', 'fetch', 'read', 'load'],
  grab: ['fetch', 'get', 'read', 'load'],
  pull: ['fetch', 'get', 'read', 'load'],
  download: ['fetch', 'get'],
  retrieve: ['fetch', 'get'],
  fetch: ['fetch', 'get'],
  scrape: ['fetch', 'get'],
  check: ['check', 'fetch', 'get', 'query'],
  verify: ['check', 'fetch', 'get'],
  confirm: ['check', 'fetch', 'get'],
  validate: ['check', 'fetch', 'get'],
  monitor: ['check', 'fetch', 'get'],
  probe: ['check', 'fetch', 'get'],
  poll: ['fetch', 'get'],
  api: ['api', 'request', 'endpoint'],
  endpoint: ['endpoint', 'api', 'url'],
  site: ['url', 'http'],
  website: ['url', 'http'],
  webpage: ['url', 'http'],
  page_url: ['url'],
  summarize: ['summarize', 'generate'],
  summary: ['summarize'],
  digest: ['summarize'],
  condense: ['summarize'],
  translate: ['generate', 'write'],
  rewrite: ['generate', 'write', 'draft'],
  draft: ['draft', 'generate'],
  compose: ['draft', 'generate'],
  analyze: ['classify', 'decide', 'generate'],
  pick: ['decide', 'classify', 'generate'],
  choose: ['decide', 'classify', 'generate'],
  rank: ['decide', 'classify', 'generate'],
  rate: ['decide', 'classify', 'generate'],
  score: ['decide', 'classify', 'generate'],
  evaluate: ['decide', 'classify', 'generate'],
  judge: ['decide', 'classify', 'generate'],
  assess: ['decide', 'classify', 'generate'],
  suggest: ['generate', 'draft'],
  recommend: ['generate', 'decide'],
  explain: ['generate', 'write'],
  describe: ['generate', 'write'],
  predict: ['decide', 'generate'],
  estimate: ['decide', 'generate'],
  analyse: ['classify', 'decide', 'generate'],
  categorize: ['classify'],
  triage: ['classify'],
  ai: ['ai', 'llm'],
  gpt: ['gpt', 'llm', 'ai'],
  chatgpt: ['gpt', 'llm', 'ai'],
  llm: ['llm', 'ai'],
  claude: ['llm', 'ai'],
  write: ['write', 'message', 'draft'],
  save: ['save', 'write'],
  put: ['write', 'save', 'add'],
  place: ['write', 'save', 'add', 'post'],
  drop: ['post', 'send', 'share'],
  pop: ['post', 'send'],
  stick: ['post', 'write'],
  store: ['save', 'write'],
  dump: ['write', 'save', 'export'],
  export: ['export', 'write'],
  persist: ['save', 'write'],
  append: ['append', 'write'],
  read: ['read', 'load'],
  load: ['load', 'read'],
  open_file: ['read'],
  list: ['list'],
  finish: ['complete', 'done'],
  resolve: ['resolve', 'complete', 'close'],
  close: ['close', 'complete'],
  complete: ['complete', 'done'],
  done: ['complete', 'done'],
  delete: ['delete', 'remove'],
  remove: ['remove', 'delete'],
  trash: ['delete'],
  retract: ['delete', 'retract'],
  unsend: ['delete', 'retract'],
  rename: ['rename', 'update'],
  reassign: ['reassign', 'update'],
  reschedule: ['reschedule', 'update'],
  postpone: ['reschedule', 'update'],
  edit: ['edit', 'update'],
  change: ['change', 'update'],
  modify: ['update', 'change'],
  comment: ['comment'],
  reply: ['reply', 'comment'],
  respond: ['reply', 'comment'],
  run: ['run', 'query', 'execute'],
  execute: ['run', 'query'],
  query: ['query', 'sql'],
  lookup: ['lookup', 'query'],
  find: ['lookup', 'query', 'find'],
  search: ['lookup', 'query'],
  count: ['count', 'query'],
  select: ['select', 'query', 'sql'],
  table: ['table', 'database'],
  db: ['database', 'db'],
  record_row: ['database'],
  rows: ['rows', 'database'],
  sql: ['sql', 'query'],
  team: ['team', 'channel'],
  // (a group of people addressed together is a channel's audience: "ping the design folks")
  folks: ['team', 'channel'],
  crew: ['team', 'channel'],
  squad: ['team', 'channel'],
  everyone: ['team', 'channel'],
  everybody: ['team', 'channel'],
  channel: ['channel'],
  chat: ['chat', 'slack'],
  folder: ['directory', 'folder'],
  directory: ['directory', 'folder'],
  document: ['file'],
  doc: ['file'],
};

/**
 * Preferences between drivers that can do the same thing: when the words on the left occur and
 * no app is named, the named driver gets a small bonus (used only when it is in the catalogue).
 */
export const PREFERENCES: { when: string[]; driver: string; op?: string }[] = [
  { when: ['task', 'todo', 'ticket', 'card', 'chore'], driver: 'asana', op: 'create_task' },
  { when: ['notify', 'tell', 'alert', 'announce', 'message', 'post', 'remind', 'nudge', 'ping', 'team', 'channel', 'update', 'share', 'broadcast', 'warn', 'inform', 'page', 'escalate'], driver: 'slack', op: 'send_message' },
  { when: ['issue', 'bug', 'repo', 'repository', 'pr'], driver: 'github' },
  { when: ['email', 'mail', 'inbox'], driver: 'email' },
];

/** Drivers that only route to other drivers are chosen only when their own cue is present. */
export const ROUTER_HINT = /\bthrough the \w+ or \w+ driver\b|\bchoosing \w+ or \w+ from\b/i;

/** Apps people name that may have no driver: naming one means "not this catalogue". */
export const OTHER_APPS = ['tweet', 'trello', 'jira', 'teams', 'microsoft teams', 'discord', 'zendesk', 'salesforce', 'hubspot', 'notion', 'twitter', 'linkedin', 'facebook', 'instagram', 'whatsapp', 'telegram', 'sms', 'text message', 'pagerduty', 'opsgenie', 'gitlab', 'bitbucket', 'confluence', 'google sheets', 'google drive', 'dropbox', 'stripe', 'shopify', 'twilio', 'monday.com', 'clickup', 'linear', 'airtable', 'mailchimp', 'intercom', 'calendar', 'google calendar', 'outlook calendar', 'zoom'];

/** Capitalised words that are not people's names (greetings, pronouns, days, months, teams, apps). */
export const NOT_NAMES = /^(?:I|The|A|An|It|This|That|Them|Everyone|Everybody|Team|Hi|Hello|Hey|Then|And|When|If|Please|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Slack|Email|Asana|GitHub|Github|AI|DM|Me|Us|Him|Her|Engineering|Sales|Marketing|Finance|Design|Support|Ops|Product|Legal|HR|Security|Team|Staff|Leadership|Management|DevOps|Devops|QA|IT|All|Jira|Trello|Teams|Discord|Notion|Google|Microsoft|Zoom|OK|No|Yes|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Nouns for "everyone" destinations, and the default destination for each parameter kind. */
export const AUDIENCE = /\b(?:the\s+)?(?:([a-z][\w-]*)\s+)?(team|squad|crew|group|everyone|everybody|people|staff|folks|channel|department)\b/i;
export const DEFAULT_CHANNEL = '#general';

/** Words that make a clause refer back to an earlier step's result, by what is wanted from it. */
export const REFERENCE_CUES: { cue: RegExp; want: 'url' | 'text' | 'id' | 'any' }[] = [
  // "… with the subject X and the pack as the body": whatever it is called, what goes in as the body came before
  { cue: /\b(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}?([\w-]+)\s+as\s+(?:the\s+|its\s+)?(?:e-?mail\s+)?(?:body|message|text|content|contents)\b/i, want: 'text' },
  { cue: /\b(?:the|its|a|that)\s+(?:[\w'’-]+\s+){0,3}(link|url|permalink|address)\b/i, want: 'url' },
  { cue: /\b(?:the|its|that)\s+(?:[\w-]+\s+){0,2}(id|number|gid|identifier)\b/i, want: 'id' },
  // "email them the booking reference that comes back": what the step before answered
  { cue: /\b(?:the|its)\s+(?:[\w'’-]+\s+){0,2}?([\w-]+)\s+(?:that|which)\s+(?:comes?\s+back|came\s+back|(?:is|gets|was)\s+returned|it\s+returns|they\s+return|we\s+get(?:\s+back)?)\b/i, want: 'text' },
  { cue: /\b(?:whatever|what)\s+(?:(?:number|count|value|figure|total|answer|result|data|text|rows?|numbers|figures)\s+)?(?:it|that|they|this|we|the (?:call|request|api|server|endpoint|query|model|ai|page|site|list|listing|folder|search))?\s*(arrived|came in|changed|turned up|showed up|landed|got in|(?:is|was) new|matched|comes? back|came back|returns?|returned|gives? back|gave back|sends? back|sent back|responds?(?: with)?|replies|outputs?|produces?|found|finds|says|said|shows|showed|gives|gave|reports|reported)\b/i, want: 'text' },
  { cue: /\b(?:the|its|that|each|both(?:\s+the)?|all\s+the|(?:today|tomorrow|yesterday|tonight|this\s+(?:week|month|morning)|last\s+(?:week|month|night))['’]s)\s+(?:[\w'’-]+\s+){0,2}(summary|result|results|output|response|answer|reply|text|content|contents|data|rows|body|report|findings|details|outcome|list|draft|classification|json|value|numbers|count|figures|payload|analysis|assessment|evaluation|screening|notes|translation|announcement|message|decision|verdict|choice|picks?|ranking|rating|score|label|category|suggestions?|recommendations?|explanation|haiku|poem|note|info|information|feedback|stats|statistics|digest|transcript|number|total|totals|tally|figure|metrics|counts|listing|inventory|codes|statuses|responses|tag|tag name|version|version number|recap|writeup|write-up|overview|take|brief|category|verdict|rundown|reading|readings|status|balance|confirmation|preview|teaser|caption|captions|headline|headlines|blurb|rate|rates|price|prices|forecast|forecasts|temperature|temperatures|amount|amounts|usage|latency|uptime|depth|weather|exchange rate|standings|leaderboard|changelog|release notes|kpis)\b(?!\s+(?:team|channel|group|folks|people|crew|is|are|was|were|has|have|will|should)\b)/i, want: 'text' },
  { cue: /\b(?:those|these)\s+(?:[\w'’-]+\s+){0,2}(items|points|ideas|bullets|bullet points|highlights|takeaways|themes|keywords|questions|results|notes|suggestions|findings|answers)\b/i, want: 'text' },
  // "email link to …": the link, said without an article
  { cue: /(?<=^\s*[a-z]+\s+)(?:(?:task|issue|ticket|pr|page|doc)\s+)?(link|url|permalink)\b(?!\s+(?:of|from)\b)/i, want: 'url' },
  // "email result to …", "post contents to #x", "send draft to …": said without an article, right after the verb
  { cue: /(?<=^\s*[a-z]+\s+)(result|results|output|response|contents|content|summary|draft|list|data|rows|answer|reply|report|findings)\b(?!\s+(?:of|from)\b)/i, want: 'text' },
  // "tell #dev about that issue": the thing an earlier step made, by its link
  { cue: /\b(?:that|this|the\s+(?:new|same))\s+(issue|task|ticket|card|pr|pull request|comment|message|page)\b/i, want: 'url' },
  // "notify the team about the bug fix task" after making it: that task, by its link
  { cue: /\babout\s+the\s+(?:[\w-]+\s+){1,3}(task|issue|ticket)\b/i, want: 'url' },
  // ("slack the team with the task", "ping #ops about the ticket": the thing just made, by its link)
  { cue: /\b(?:with|about|re)\s+the\s+(task|issue|ticket|card)\b(?!\s+(?:name|title|number|id|description)\b)/i, want: 'url' },
  // "email any problems to archive@x" after a check: what the check found
  { cue: /\bany\s+(problems|issues|mismatches|errors|anomalies|discrepancies|violations|flags|exceptions|concerns)\b/i, want: 'text' },
  // "the fetched schedule", "the downloaded CSV": what an earlier step got
  { cue: /\b(?:the|that)\s+(?:fetched|downloaded|pulled|retrieved|returned)\s+([\w-]+)\b/i, want: 'text' },
  // "let #dev-team know it's there", "tell them it's up": the thing just made, by its link
  { cue: /(?<=\b(?:know|notify\s+\S+\s+that|tell\s+\S+|(?:post|say|share|announce)\s+(?:in|to|on)\s+\S+\s+that)\s+(?:that\s+)?)(it|this|one)\s*(?:['’]s|\s+is|\s+has|\s+was)\s+(?:been\s+)?(?:there|up|open|opened|ready|live|created|filed|made|in\s+place|logged|out|assigned|raised|booked|scheduled)\b/i, want: 'url' },
  { cue: /\b(it|this|that|them|these|those)\b/i, want: 'any' },
];


/** Parameter roles by name (and description words), used when the schema carries no hint. */
export const PARAM_ROLES = {
  title: /^(name|title|subject|summary|headline|task_name)$/,
  body: /^(text|message|body|content|description|notes|comment|details|html_body|markdown|msg)$/,
  instruction: /^(prompt|instruction|instructions|question|query_text|input_text)$/,
};

/** Words people use for a parameter instead of its name ("urgency high" sets the priority). */
export const PARAM_NAME_SYNONYMS: Record<string, string[]> = {
  priority: ['urgency', 'importance', 'severity', 'prio'],
};

/** Values of enums that people say differently. */
export const ENUM_SYNONYMS: Record<string, string[]> = {
  urgent: ['critical', 'asap', 'emergency', 'p0', 'blocker', 'sev1', 'highest', 'top'],
  high: ['important', 'p1', 'major', 'elevated'],
  medium: ['normal', 'p2', 'moderate', 'regular', 'standard'],
  low: ['minor', 'p3', 'trivial', 'lowest'],
  append: ['add to the end', 'appending'],
  overwrite: ['replace', 'overwriting'],
  not_planned: ['not planned', "won't fix", 'wontfix', 'duplicate'],
};

/** Control vocabulary. */
export const PARALLEL = /\b((?:(?:both|all)\s+)?(?:at the same (?:time|moment|instant)|simultaneously|in parallel|concurrently|at once|together)|meanwhile|in tandem)\b/i;
/** "when both are back", "once they exist": what follows waits for every step said before. */
export const GROUP_DONE = '(?:when|once|after)\\s+(?:both|all|they|these|those)(?:\\s+of\\s+them)?\\s+(?:exist|are\\s+(?:back|done|finished|complete|completed|ready|there|created|in)|have\\s+(?:finished|completed|returned|come\\s+back|been\\s+created)|come\\s+back|came\\s+back|get\\s+back|return|returned|is\\s+back)';
/** "…, and at the end send …", "when they're all done, post …": after everything before (a loop's last pass too). */
/** What "they're all …" may say of the steps before: done, sent, made, set up. */
const ALL_DONE = '(?:done|finished|sent|created|made|posted|written|added|filed|opened|built|set\\s+up|complete|completed|ready|out)';
export const AT_THE_END = `(?:at\\s+the\\s+(?:very\\s+)?end|in\\s+the\\s+end|at\\s+last|when\\s+(?:all|everything)\\s+(?:is|are|has\\s+been|have\\s+been)\\s+${ALL_DONE}|once\\s+(?:all|everything)\\s+(?:is|are|has\\s+been|have\\s+been)\\s+${ALL_DONE}|(?:when|once)\\s+(?:they(?:\'re|\\s+are|\\s+have\\s+been)\\s+all|all\\s+of\\s+them\\s+(?:are|have\\s+been))\\s+${ALL_DONE})`;
/** A complaint about doing the work by hand ("I'm sick of …", "… is a drag", "… by hand"): why the request is made. */
export const COMPLAINT = /\b(?:sick\s+of|tired\s+of|fed\s+up|over\s+it|getting\s+old|drives\s+me\s+(?:nuts|crazy|mad)|(?:is|are)\s+(?:such\s+)?a\s+(?:chore|pain|drag|waste)|is\s+tedious|eats\s+(?:up\s+)?(?:my|our)|breaks\s+my\s+focus|is\s+a\s+waste\s+of|by\s+hand|manually)\b/i;
/** "Wait 20 minutes for them to get backed in": why a wait waits, said after it; no step. */
export const WAIT_REASON = /^\s*(?:for\s+(?:them|it|him|her|everyone|everybody|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+[^,;]*|so\s+(?:that\s+)?(?:they|it|he|she|everyone|the)\b[^,;]*)/i;
/** "once it's made", "after they've all been posted", "when that's written": the step before is finished (not failed, late or waiting on a sign-off). */
export const ONCE_MADE = "(?:once|after|when|as\\s+soon\\s+as)\\s+(?:it|that|this|they|these|those|both|everything|all\\s+of\\s+(?:them|those|these))(?:\\s+all)?(?:'s|’s|'re|’re|'ve\\s+been|’ve\\s+been|\\s+is|\\s+are|\\s+has\\s+been|\\s+have\\s+been|\\s+was|\\s+were)(?:\\s+all)?\\s+(?!(?:not|failed|rejected|denied|declined|refused|broken|down|late|overdue|blocked|stuck|missing|empty|wrong|cancell?ed|stopped|crashed|delayed|expired|flagged|breached|exceeded|paused|locked|disconnected|unreachable|offline|approved|signed|okayed|cleared)\\b)(?:[a-z]+ed|made|done|sent|written|built|set\\s+up|taken|given|run|ready|live|in\\s+place|there|through|finished|complete|back|out)\\b";
export const SEQUENCE_CONNECTORS = new RegExp(`^(?:but\\s+|${AT_THE_END}|and\\s+then|then|after\\s+that(?![’']|\\s+(?:is|has|was)\\b)|afterwards?|next|finally|subsequently|once\\s+(?:that|it|this)(?:\\s+is|'s|\\s+has|\\s+has\\s+been)?\\s+(?:done|finished|completed|complete|over|through)|when\\s+(?:that\\s+is|that's|it\\s+is|it's)\\s+done|once\\s+done|when\\s+done|(?:after|once|when)\\s+(?:she|he|they|you|we)\\s+(?:does|do|did|has|have|had)(?:\\s+(?:so|that|it|done|approved|signed\\s+off))?|once\\s+(?:that|it|this)(?:'s|\\s+is|\\s+has\\s+been)\\s+(?:given|granted|approved|signed\\s+off|in)|once\\s+(?:approved|granted|given|signed\\s+off)|once\\s+(?:it|that|this|the|that\\s+approval|the\\s+approval|approval)\\s*(?:approval\\s+)?(?:has\\s+been|is|was|'s)\\s+(?:granted|given|approved|received|signed\\s+off)|after\\s+which|whereupon|${GROUP_DONE}|${ONCE_MADE}|and\\s+finally|and\\s+also|also|plus|as\\s+well\\s+as|and)\\b[\\s,]*`, 'i');
export const APPROVAL_WORDS = /\b(approv\w*|sign[- ]?off|signs off|signed off|sign off|green[- ]?light|okays?|ok's|oks|okayed|(?<=(?:the|'s|an?)\s+)ok\b|(?<=\bto\s+)ok(?=\s+(?:it|this|that|them|the)\b)|authori[sz]\w*|consent)\b/i;
export const APPROVAL_ASK = /^(?:(?:first|then)\s+)?(?:ask|get|request|require|seek|obtain|need|needs|wait\s+for|await|have|let|make|check\s+with|pause\s+for|hold|park|queue|keep)\b/i;
export const APPROVAL_AFTER = /\b(?:after|once|when|as soon as|if|until)\s+(?:it\s+is\s+|it's\s+|it\s+has\s+been\s+|it\s+gets\s+|this\s+is\s+|they\s+are\s+)?((?:the|a|an|my|our)?\s*(?:[@\w.'-]+\s+){0,6}?(?:has\s+(?:been\s+)?|have\s+(?:been\s+)?|had\s+|gets\s+|get\s+|is\s+|are\s+|was\s+)?(?:approved|approves|approve|signed\s+off|signs\s+off|sign\s+off|gave\s+the\s+ok|gives\s+the\s+ok|give\s+the\s+ok|(?:given|gave|gives|give)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:go-ahead|green\s+light|okay|sign-off)|okayed|okays|approval|clears|cleared)\b(?:\s+(?:on\s+|of\s+)?(?:it|this|that|them|(?:the|my|our|your|his|her|their)(?:\s+[\w-]+){1,3}(?=\s*[,;.]|\s*$)|(?:the|my|our|your)\s+\w+))?(?:\s+(?:by|from)\s+(?:the\s+|a\s+|an\s+)?[@\w.-]+(?:\s+team)?)?)/i;
export const APPROVER = /\b(?:by|from)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?([@\w.-]+(?:\s+(?:team|lead|manager|department|captain|director|officer|controller|owner|head|chair|committee|board))?(?:\s+of\s+(?!the\b|it\b|this\b|that\b)[\w-]+)?)|\b(?:the|a|an|my|our)\s+([\w-]+(?:\s+(?:team|lead|manager))?)\s+(?:to\s+)?(?:approves?|approved|signs?\s+off|gives?)|\b(?:ask|have|let|get)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?([@\w.-]+(?:\s+(?:team|lead|manager))?)\s+(?:to\s+)?(?:approve|sign|ok|okay|review)/i;
export const WAIT = /^(?:and\s+)?(?:then\s+)?(?:wait|pause|sleep|hold\s+on|hold\s+off|hold|delay|hang\s+on|give it)(?:\s+for)?\s+(?:about\s+|around\s+)?(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty-five|sixty|half\s+an?)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?)\b/i;
export const WAIT_LEAD = /^(?:only\s+)?(?:after|in|within)\s+(?:(?:waiting|pausing|holding(?:\s+off)?|sleeping|a\s+(?:delay|pause|wait)\s+of)\s+)?(?:for\s+)?(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|sixty|half\s+an?)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b[\s,]*/i;
export const WAIT_LATER = /^(\d+(?:\.\d+)?|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s*(seconds?|minutes?|mins?|hours?|days?)\s+later\b[\s,]*/i;
export const WAIT_UNTIL = /^(?:and\s+)?(?:then\s+)?(?:wait|pause|sleep|hold)\s+(?:until|till|til)\s+(.+)$/i;
export const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45, sixty: 60, half: 0.5 };
/** A short list said inline: "a/b, a/c and a/d", "Tomás Rivera, Aisha Grant and Ben Kowalski". */
const LIST_ITEM = String.raw`[^\s,;:][^,;:]{0,40}?`;
export const INLINE_LIST = String.raw`${LIST_ITEM}(?:,\s*${LIST_ITEM})*,?\s+(?:and|&)\s+${LIST_ITEM}`;
export const LOOP_HEAD = /^(?:and\s+)?(?:then\s+)?(?:(?:for|to)\s+(?:each|every|all)(?:\s+one)?\s+(?:of\s+)?|(?:loop(?:ing)?|iterat(?:e|ing)|go(?:ing)?|run(?:ning)?|work(?:ing)?|cycl(?:e|ing)|step(?:ping)?)\s+(?:over|through)\s+(?!(?:there|here|it|with)\b)|one\s+(?:by\s+one|at\s+a\s+time|after\s+another)\s+(?:through|over)\s+|for\s+all\s+)(?:the\s+)?/i;
export const LOOP_INLINE = /\b(?:(?:to|for)\s+)?(?:each|every)\s+(?:one\s+)?of\s+(?:the\s+(?:following|addresses|people|channels|users|repos|files)\s*:?\s*)?/i;
export const CONDITION_LEAD = /^(?:and\s+)?(?:but\s+)?(?:only\s+)?(if|unless|in case|in the event that|in the event of|when|whenever|should|where(?=\s+(?:the|its|it|any|there)\b)|assuming(?:\s+that)?|provided(?:\s+that)?|providing(?:\s+that)?|as long as|so long as)\s+/i;
// ("asking when the crown will be ready", "ask if the invoice went out": what a message asks, no test)
export const CONDITION_TRAIL = /(?<!\bask(?:ing|s|ed)?(?:\s+(?:them|him|her|everyone))?)[\s,]+(?:but\s+)?(?:only\s+)?(if|unless|in case|in the event that|whenever|when|assuming(?:\s+that)?|provided(?:\s+that)?|as long as|so long as)\s+(?=\S)/i;
export const ELSE_LEAD = /^(?:and\s+)?(?:,\s*)?(otherwise|else|if not|or else|if it (?:does ?n[o']t|did ?n[o']t|is ?n[o']t)|in all other cases)\b[\s,]*/i;
/** Condition words → what they test. */
export const FAILURE_WORDS = /\b(fail|fails|failed|failing|failure|errors?|errored|erroring|breaks?|broke|broken|crash(?:es|ed)?|goes down|is down|went down|down|unreachable|unavailable|times? out|timed out|not ok|isn't ok|is not ok|unsuccessful|does(?: not|n't) work|did(?: not|n't) work|not working|unhealthy|bad|offline|unresponsive|not responding|does(?: not|n't) respond|(?:returns?|gives?|throws?) an? (?:error|5\d\d))\b/i;
export const SUCCESS_WORDS = /\b(succeeds?|succeeded|successful|successfully|works|worked|working|loading|running|is ok|is okay|ok|okay|is up|up|healthy|passes|passed|green|fine|responds|responding|reachable|available|online|alive|is live|loads)\b/i;
export const EMPTY_WORDS = /\b(empty|no (?:rows|results|records|data|matches|entries|items|files)|nothing|returns nothing|finds nothing|zero (?:rows|results))\b/i;
export const NONEMPTY_WORDS = /\b(any (?:rows|results|records|data|matches|entries|items|files)|anything|(?:something|anything|any|anyone|anybody|someone|somebody)\s+(?:turns|turned|shows|showed|comes|came|pops|popped)\s+up|(?:anyone|anybody)\s+(?:is|was|are)\s+(?:on|in)\s+(?:the|that|this)\s+(?:list|results?)|(?:anyone|anybody)\s+(?:is|gets|was)\s+(?:returned|found|listed|flagged)|(?:something|anything)\s+(?:is|was)\s+found|(?:something|anything)\s+(?:matches|matched|relevant)|there(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:actually\s+|really\s+)?(?:something|anything)|non-?empty|is not empty|isn't empty|has (?:rows|results|records|data)|finds? (?:some|any)|returns (?:some|any|rows|results|records|data)|there are (?:rows|results|records|any))\b/i;
export const COMPARATORS: [RegExp, string][] = [
  [/(?:\b(?:is|are|was)\s+not|\b(?:isn't|aren't|wasn't|isnt)|\bnot|\banything other than|\banything (?:but|except|besides)(?:\s+an?)?|\bother than|\bdifferent from|\bsomething other than|\bno longer|!=)\s*(?:equal\s+to\s+|equals?\s+|(?:returning|giving|responding\s+with|coming\s+back\s+with|showing|sending)\s+)?(?:a\s+|an\s+)?(-?\d+(?:\.\d+)?)\b/i, '!='],
  [/\b(?:doesn't|does not|don't|do not|didn't|did not)\s+(?:return|give|respond with|equal|come back(?: with| as)?|answer)\s+(?:a\s+)?(-?\d+(?:\.\d+)?)\b/i, '!='],
  [/\b(?:at least|no less than|>=)\s*(-?\d+(?:\.\d+)?)\b/i, '>='],
  [/\b(?:at most|no more than|<=)\s*(-?\d+(?:\.\d+)?)\b/i, '<='],
  [/\b(?:more than|greater than|over|above|exceeds?|exceeding|higher than|bigger than|larger than|>)\s*(-?\d+(?:\.\d+)?)\b/i, '>'],
  [/\b(?:less than|fewer than|under|below|lower than|smaller than|<)\s*(-?\d+(?:\.\d+)?)\b/i, '<'],
  [/\b(?:is|equals?|returns?|gives?|responds? with|comes? back(?: with)?|was|are|==?)\s+(?:a\s+|an\s+)?(-?\d+(?:\.\d+)?)\b/i, '=='],
  [/\b(?:is|are|was|it's|equals?|comes? to|totals?)\s+(zero|nil|none)\b/i, '=='],
  [/\b(?:is|are|was|goes|went|turns?|becomes?|falls?|drops?)\s+(negative|below zero)\b/i, '<'],
  [/\b(-?\d{3})\b/i, '=='],
];
export const CONTAINS = /\b(?:contains?|includes?|mentions?|has|says?)\s+(?:the\s+(?:word|text|string|phrase)\s+)?(\uE000\d+\uE001|[\w-]+)/i;

/** Triggers. */
export const EVENT_VERBS = /\b(is|are|gets?|got|was|were|has been|have been)?\s*(fills? (?:in|out)|filled (?:in|out)|ends? in (?:failure|an? error|error)|ended in (?:failure|an? error|error)|errors? out|errored out|crash(?:es|ed)|opens|creates|files|submits|pushes|merges|closes|sends|posts|uploads|signs up|registers|pays|places|comments|reports|raises|fires|triggers|throws|emits|flags|detects|books|logs|opened|created|filed|submitted|received|posted|pushed|merged|closed|updated|added|deleted|assigned|labell?ed|tagged|reopened|published|deployed|released|signed up|registered|paid|placed|uploaded|commented|starred|forked|reported|raised|triggered|declared|logged|detected|flagged|escalated|resolved|booked|cancell?ed|canceled|renewed|fired|made|sent|arrives?|arrived|comes? in|came in|lands?|hits?|fails?|failed|falls over|fell over|blows up|blew up|dies|died|goes down|went down|fails?|errors?|succeeds?|succeeded|completes?|completed|finishes|finished|wraps? up|wrapped up|is done|ends|ended|is over|starts?|started|breaks?|goes down|changes?|changed|expires?|expired|drops?|leaves|left|writes|wrote|buys|bought|orders|ordered|cancels|joins|joined|applies|applied|replies|replied|rates|rated|upgrades|upgraded|downgrades|downgraded|subscribes|subscribed|unsubscribes|unsubscribed|churns|churned|books|refunds|refunded)\b/i;
export const EVENT_SUBJECT_INTERNAL = /\b(workflow|automation|flow|autoflow run|run)\b/i;
export const TRIGGER_LEAD = /^(?:when(?:ever)?|each time|every time|any ?time|as soon as|the (?:moment|minute|second|instant)|once|on|upon|if|if ever|in the event that|in case|after|(?:for|on) (?:every|each|any)(?= new\b|\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that|which)\s+(?:gets?|is|are|has\s+been)\s+(?:newly\s+)?(?:opened|created|filed|submitted|raised|logged|reported|placed|received)\b))\s+/i;
// (not what a message asks: "… and ask when the autoclave will be delivered")
export const TRIGGER_TRAIL = /(?<!\bask(?:ing|s|ed)?(?:\s+(?:them|him|her|everyone))?)[\s,]+(?:when(?:ever)?|each time|every time|any ?time|as soon as|the (?:moment|minute|second|instant)|upon)\s+(?=\S)/i;

/** Schedule words. */
/** Time zones people name in schedules ("every day at 9am ET") → IANA names. */
export const TIME_ZONES: Record<string, string> = {
  utc: 'UTC', gmt: 'UTC', z: 'UTC', et: 'America/New_York', est: 'America/New_York', edt: 'America/New_York', eastern: 'America/New_York', ct: 'America/Chicago', cst: 'America/Chicago', cdt: 'America/Chicago', central: 'America/Chicago',
  mt: 'America/Denver', mst: 'America/Denver', mdt: 'America/Denver', pt: 'America/Los_Angeles', pst: 'America/Los_Angeles', pdt: 'America/Los_Angeles', pacific: 'America/Los_Angeles',
  bst: 'Europe/London', uk: 'Europe/London', london: 'Europe/London', cet: 'Europe/Berlin', cest: 'Europe/Berlin', berlin: 'Europe/Berlin', paris: 'Europe/Paris', ist: 'Asia/Kolkata', jst: 'Asia/Tokyo', tokyo: 'Asia/Tokyo', aest: 'Australia/Sydney', sydney: 'Australia/Sydney', sgt: 'Asia/Singapore',
};
export const DAY_NAMES: Record<string, number> = { sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6 };
export const DAY_PARTS: Record<string, number> = { morning: 9, 'in the morning': 9, noon: 12, midday: 12, lunchtime: 12, afternoon: 14, evening: 18, night: 0, midnight: 0, 'end of day': 17, 'end of the day': 17, eod: 17, 'close of business': 17, cob: 17 };
export const MONTH_NAMES: Record<string, number> = { january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12 };
export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, fifteenth: 15, twentieth: 20, last: -1 };

/** Content cues: what follows them is the text of a message / the title of an item. */
export const BODY_CUES = /\b(?:(?:letting|to let|and let)\s+(?:them|him|her|everyone|everybody|people|us|the team|all)\s+know(?:\s+that)?|saying|that says|which says|that reads|which reads|to say|stating|confirming(?:\s+that)?(?=\s+(?:we|we'll|we’ll|the|our|it|they|you|\uE000))|(?<!\b(?:the|a|that|its|this|latest|last)\s)reading(?=\s*[:'"‘“\uE000]|\s+(?:that|as\s+follows|simply|just|exactly)\b)|with the (?:message|text|note|body|content|words?)|and (?:a|the) (?:note|message|line|body|text) (?:that|saying)|with (?:a |the )?(?:message|text|note|body|content)(?: of)?|with (?:the )?body|the message(?=\s+\uE000)|message:|text:|body:|and say|telling (?:them|him|her|everyone|people|(?:the\s+|all\s+)?[a-z]+s(?=\s+(?:to|that)\b))|to tell (?:them|him|her|everyone)(?:\s+that)?|(?<=,\s*|\band\s+)tell (?:them|him|her|everyone|everybody)(?:\s+that)?(?=\s+(?:the|a|an|our|it|we|they|this|that|\uE000))|reminding (?:them|him|her|everyone|everybody|people|the team|us)(?:\s+(?:that|about|of))?|(?:and\s+)?ask(?:ing)? (?:them|him|her|everyone|everybody|each of them)(?:\s+(?:for|to|about|whether|if))?|(?<=,\s*|\band\s+|\uE001\s+)ask(?:ing)?(?=\s+(?:where|when|whether|how|what|who|why|which)\b)|that)\s+/i;
export const TITLE_CUES = /\b(?:titled|entitled|called|named|headed|headlined|with (?:the )?(?:title|name|heading|headline)|title:|name:|with title)\s+/i;
export const SUBJECT_CUES = /\b(?:with (?:the )?subject(?: line)?|subject(?: line)?:?|subject|headed|headlined|with (?:the )?heading)\s+/i;
export const TOPIC_CUES = /^(?:for|about|regarding|re:?|on|concerning|to|as)\s+/i;

/** Words that name a recipient of a generated message ("remind", "warn"…): their text gets a prefix. */
export const MESSAGE_PREFIX: Record<string, string> = { remind: 'Reminder', nudge: 'Reminder', reminder: 'Reminder', alert: 'Alert', warn: 'Warning', announce: 'Announcement', escalate: 'Escalation' };
