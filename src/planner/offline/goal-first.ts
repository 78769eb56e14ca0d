/**
 * A goal said before the steps that reach it: "#dev-team needs to know about this: create a GitHub issue …, then let
 * them know about it in Slack", "#product should get an AI summary of https://… — pull the page, summarize it, then
 * post the summary there", "reports/status.txt should contain the text 'X' — write it there please", "The team needs a
 * heads-up once the bug fix task exists, so create the task first and then notify them", "Can you announce that the
 * office is closed tomorrow? Email a@x and message #general …". The goal adds no step of its own: the steps after it
 * are the request, with what they point back at ("there", "them", "the page", "it", "the task", no words at all) said
 * with the goal's own values. The goal goes only when every value it names is carried into the steps; otherwise, and
 * when a request has no such goal, it is returned unchanged. Two other heads are read the same way: a label saying who
 * the request is for ("For #triage: …", "For Jane (jane@x) and Bob (bob@x): please send them …", "For Asana task 5566:
 * …"), and a task's or an email's details said first ("Due 2026-12-01 and high priority: …", "Subject 'X', going to
 * a@x: …"), which go with the thing they describe.
 */

/** A value the goal may name: a quoted text, a URL, an address, a channel, a user, a path. */
const VALUE = /(['"‘“])[^'"‘“’”\n]*?['"’”](?![\w])|https?:\/\/[^\s,;]+[^\s,;.]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+|@[\w.-]+|(?<!\S)[\w.-]+\/[\w./-]*\w/g;
/** Where the goal ends and the steps begin: a colon, a dash, a question mark, a full stop, or ", so". */
const SEPARATOR = /(?::|\s[—–-]+|\?|\.|,\s*so)\s+(?=\S)/g;
/** The first word of a step: the verbs people start an instruction with. */
const STEP_VERB = /^(?:(?:so|please|just|then|and)\s+)*(?:create|make|open|file|log|raise|add|post|send|email|e-mail|mail|message|dm|notify|tell|let|ping|alert|pull|fetch|download|grab|get|summari[sz]e|write|put|save|run|query|hit|call|check|close|complete|mark|tick|comment|drop|fire|shoot|share|give|set\s+up|organi[sz]e|arrange|remind|assign)\b|^(?:an?\s+)?(?:e-?mail|slack\s+message|message|dm)\s+to\b|^(?:an?\s+|new\s+)?(?:asana\s+task|github\s+issue|task|ticket)\b/i;
/** A message verb with no destination of its own. */
const TELL = /^(?:(?:we|i)\s+(?:should|need\s+to|want\s+to|have\s+to|must)\s+|let['’]s\s+)?(?:announce|tell\s+(?:everyone|everybody|people|folks|the\s+team)|let\s+(?:everyone|everybody|people|folks|the\s+team)\s+know|share(?:\s+the\s+news)?)\s+((?:that\s+)?(?:the|our|my|we|it)\b.+)$/i;
/** "Jane and Bob need to hear that the report is ready". */
const NEED_TO_HEAR = /^(?:[#@\w'’-]+\s+){0,4}?(?:needs?|wants?|should|must|have\s+to|has\s+to)\s+(?:to\s+)?(?:hear|know|be\s+told|find\s+out|learn)\s+(that\s+.+|(?:it['’]s|it\s+is|the|our|we|they|task|asana|[\w-]+\s+(?:is|are|has|have))\b.+)$/i;
/** "The office is closed tomorrow and I want everybody to hear it together". */
const TOLD_THEN_WANT = /^((?:the|our|my)\s+.+?)\s+and\s+(?:i|we)\s+(?:want|need|['’]d\s+like|would\s+like)\s+(?:everybody|everyone|people|the\s+team|them|all|folks)\s+to\s+(?:hear|know|find\s+out|learn)\b.*$/i;
/** "In #product I'd like a short AI summary of …": a wish for what lands somewhere. */
const WISHED_THERE = /^(?:(?:over\s+)?in|to|for|on)\s+[#@][\w.-]+(?:\s+(?:on|in)\s+slack)?,?\s+(?:i|we)\s*(?:['’]d|would)?\s*(?:like|want|need)\b/i;
/** A head made only of a task's details: "Due 2026-12-01 and high priority", "High priority, for ops-team". */
const DETAIL = String.raw`(?:due\s+(?:on\s+|by\s+)?\S+|(?:high|low|medium|normal|urgent)(?:\s+|-)priority(?:\s+one)?|priority\s+(?:high|low|medium|normal|urgent)|(?:assigned\s+)?(?:to|for)\s+[\w.@-]+|subject(?:\s+line)?\s+['"‘“][^'"‘“’”]*['"’”]|(?:going(?:\s+out)?|addressed|sent)\s+to\s+[\w.+-]+@[\w.-]+(?:(?:\s*,\s*|\s+and\s+)[\w.+-]+@[\w.-]+)*)`;
const DETAILS = new RegExp(String.raw`^${DETAIL}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)${DETAIL})*$`, 'i');
/** "We've got a bug fix to sort out", "Let's get the bug fix tracked properly": a thing to be dealt with, named. */
const GOT_THING = /^(?:(?:we['’]ve\s+got|we\s+have|i['’]ve\s+got|i\s+have|there['’]s|there\s+is)\s+(an?\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:to\s+(?:sort(?:\s+out)?|fix|track|deal\s+with|handle|log|look\s+into)|that\s+needs)|let['’]s\s+get\s+(the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:tracked|logged|sorted|recorded|fixed)(?:\s+properly)?)\b/i;
/** The steps' words that point back at what the goal named. */
const THERE = /\b(?:in|to|into|on)?\s*there\b/i;
const THEM = /\b(let|notify|tell|ping|alert|message|inform|update|(?:post|send|share|forward)\s+(?:it|this|that)\s+to)\s+them\b/i;
const PAGE = /\b(?:the|that)\s+(?:page|site|endpoint|url|link|changelog)\b/i;

/** The request with a goal said first read as its steps; unchanged when it has none. */
export function goalSaidFirst(request: string): string {
  for (const sep of request.matchAll(SEPARATOR)) {
    const head = request.slice(0, sep.index).trim();
    const body = request.slice(sep.index + sep[0].length);
    if (/^subject(?:\s+line)?$|\bsubject(?:\s+line)?$|\b(?:titled|called|named|saying|says|reading|text|message|body)$/i.test(head)) continue;
    // ("For #triage: each time someone opens a GitHub issue, …, then post the link in that channel": a destination as a label)
    if (sep[0].trim() === ':') {
      const forWhom = addressedTo(head, body);
      if (forWhom !== undefined) return forWhom.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    }
    // ("Due 2026-12-01 and high priority: I need an Asana task called 'X'": the details said before the step they belong to)
    if (sep[0].trim() === ':' && DETAILS.test(head) && (STEP_VERB.test(body) || /^(?:(?:can|could|would)\s+you|please|(?:i|we)\s+(?:need|want)|(?:i|we)['’]d\s+like)\b/i.test(body))) {
      // (said as the step says them: "subject 'X'" with the subject, "going to a@x" to a@x, "High priority one" high priority)
      const said = head.replace(/^\p{Lu}/u, (c) => c.toLowerCase()).replace(/\bsubject(?:\s+line)?\s+(?=['"‘“])/gi, 'with the subject ').replace(/\b(?:going(?:\s+out)?|addressed|sent)\s+to\b/gi, 'to').replace(/\bpriority\s+one\b/gi, 'priority');
      // (right after the thing they describe: "send an email with the subject 'X' to a@x telling them …")
      const thing = /\b(?:e-?mail|message|task|issue|dm)\b(?:\s+(?:called\s+|titled\s+)?['"‘“][^'"‘“’”]*['"’”])?/i.exec(body);
      // (a task "for ops-team" is theirs: assigned to them)
      if (thing) return `${body.slice(0, thing.index + thing[0].length)} ${/^task$/i.test(thing[0].split(/\s/)[0]) ? said.replace(/(^|\s)for\s+(?=[\w.@-]+(?:\s|,|$))/i, '$1assigned to ') : said}${body.slice(thing.index + thing[0].length)}`;
      const end = /[.!?](?=\s|$)|$/.exec(body)!.index;
      return `${body.slice(0, end)}, ${said}${body.slice(end)}`;
    }
    if (!STEP_VERB.test(body)) continue;
    const told = stepsFor(head, body);
    if (told) return told;
    // (only the first place a goal could end is read: "A: B. C" is not taken apart twice)
    return request;
  }
  return request;
}

/**
 * A label saying who the request is for ("For #triage: …", "For Jane (jane@x) and Bob (bob@x): please send them …", "For
 * #infra: 'Backup complete'. Please hold off 10 minutes before posting that", "For the dev crew: …"): what the steps
 * call "them", "there" or "that" is what the label named, and a destination the steps leave out is the label's channel.
 * Undefined when the head is no such label ("For each of …" is a loop).
 */
function addressedTo(head: string, body0: string): string | undefined {
  const label = /^(?:for|to|in|into)\s+(?!(?:each|every|all|any|the\s+next|now|example|instance|this|that)\b)(.{2,80})$/i.exec(head.trim())?.[1];
  // ("To #releases, please post this: 'X'": the head is a step said with its destination first, not a label)
  if (label && /,\s*(?:please\s+)?(?:post|send|share|put|write|email|message|announce|drop)\s+(?:this|that|it|the\s+following)\s*$/i.test(label)) return undefined;
  // ("For ops-team: please create an Asana task …": who a task is for is its assignee, read as a detail below)
  if (DETAILS.test(head.trim()) && /\btasks?\b/i.test(body0)) return undefined;
  if (!label || (!/^(?:(?:can|could|would)\s+you|please|(?:i|we)\s+(?:need|want|['’]d\s+like)|['"‘“]|(?:every|each|when|whenever|any\s*time|once|if|on|at)\b)/i.test(body0) && !STEP_VERB.test(body0))) return undefined;
  const channels = label.match(/#[\w-]+/g) ?? [];
  const people = label.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.])@[\w.-]+/g) ?? [];
  // ("For #ops: 'Disk at 90%'. Please post exactly that text": the words the label gave)
  const said = /^(['"‘“][^'"‘“’”]*['"’”])\s*[.!]?\s+([\s\S]+)$/.exec(body0);
  const body = said ? said[2].replace(/\b(?:exactly\s+)?(?:that|it|this)(?:\s+(?:text|message))?\b(?![\s\S]*\b(?:that|it|this)\b)/i, said[1]) : body0;
  if (said && body === said[2]) return undefined;
  const all = [...channels, ...people];
  const names = all.join(' and ');
  if (all.length) {
    const pointed = body.replace(/\s*\b(?:in|to|into)\s+(?:that|the)\s+(?:slack\s+)?channel\b|\s*\b(?:(?:in|to|into)\s+)?there\b/i, ` in ${names}`).replace(/\b(let|notify|tell|ping|alert|message|inform|update|remind|send|email|give|go\s+through|loop\s+(?:over|through))\s+them\b/i, `$1 ${names}`);
    if (pointed !== body) return pointed.replace(/^\s+/, '');
    if (all.some((v) => body.includes(v))) return body;
    // (the steps name no place: the label's channel is where they post)
    return channels.length === 1 && !people.length && !/[#@]|[\w.+-]+@[\w-]+\./.test(body) ? `In ${channels[0]}, ${body}` : undefined;
  }
  // ("For our new members alice@x, bob@y and carol@z: please go through them …": a list said in the label)
  const listed = /(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*,\s*|\s+and\s+))+[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(label)?.[0];
  if (listed) return body.replace(/\b(go\s+through|loop\s+(?:over|through)|email|send)\s+them\b/i, `$1 ${listed}`);
  // ("For Asana task 5566: please leave a comment …, and after that mark the task complete", "For reports/status.txt: write
  // … into that file", "For https://…: send it a POST"): the thing the label named is what the steps act on
  const thing = /\b(?:asana\s+)?task\s+#?\d+\b|https?:\/\/\S+|[\w.-]*\/[\w.\/-]*\w/i.exec(label)?.[0];
  if (thing) {
    const on = /^https?:/i.test(thing) ? body.replace(/\b(send|hit|call|post\s+to|request|fetch|check)\s+it\b/i, `$1 ${thing}`)
      : /\//.test(thing) ? body.replace(/\b(?:that|the|this)\s+file\b/i, thing)
      : body.replace(/\b(?:on|to)\s+it\b|\b(?:that|the|this)\s+task\b/i, (x) => (/^(?:on|to)\s/i.test(x) ? `${x.split(/\s/)[0]} ${thing}` : thing));
    return on !== body ? on : undefined;
  }
  // ("For the dev crew: …", "For Alice: please send @alice a DM …": who it is for, said again in the steps)
  return body;
}

/** The steps said with the goal's values, or undefined when the goal cannot be carried into them. */
function stepsFor(head0: string, body0: string): string | undefined {
  const head = head0.replace(/^(?:(?:can|could|would|will)\s+you\s+|please\s+)/i, '');
  const values = head.match(VALUE) ?? [];
  let body = body0;
  // ("Jane and Bob need to hear that the report is ready, so email …", "The office is closed tomorrow and I want everybody to
  // hear it together, so post … and email …": what to say, told before the steps that say it)
  const news = TELL.exec(head)?.[1] ?? NEED_TO_HEAR.exec(head)?.[1] ?? TOLD_THEN_WANT.exec(head)?.[1];
  const tell = news && [head, /^that\s/i.test(news) ? news : `that ${news}`];
  if (tell) {
    // ("Announce that the office is closed tomorrow? Email a@x and message #general": what to say, said where it goes)
    // (not when the steps say their own words: a quote that is no subject, "saying …", "that …")
    const ownWords = /\b(?:saying|telling|that|body)\b/i.test(body) || /['"‘“]/.test(body.replace(/\bsubject(?:\s+line)?\s*(?:of\s+|:\s*)?['"‘“][^'"‘“’”]*['"’”]/gi, ''));
    // (when the steps say their own words, the goal may still name where they go: read on below)
    if (/[#@]|\bslack\b|e-?mail\b/i.test(body) && !ownWords) {
      const end = /(?:,\s*(?:both|all|each)\b[^.?!]*|\s+(?:at\s+the\s+same\s+time|simultaneously|in\s+parallel|together)\b[^.?!]*)?[.?!]?\s*$/i.exec(body)!;
      return `${body.slice(0, end.index)} saying ${tell[1].replace(/^that\s+/i, '').replace(/^(?:The|Our|My)\b/, (w) => w.toLowerCase())}${body.slice(end.index)}`;
    }
    if (TELL.test(head)) return undefined;
  }
  // the goal is a state wanted: a destination or a thing first, then what it should have or know
  // ("We've got a bug fix to sort out, so make an Asana task for it": what "it" is)
  const got = GOT_THING.exec(head);
  if (got && /\bfor\s+it\b/i.test(body)) return body.replace(/\bfor\s+it\b/i, `for ${(got[1] ?? got[2]).replace(/^an?\s+/i, 'the ')}`).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  // (not a wish of mine: "I want the online shop checked every evening at 6pm: …" says when, read elsewhere)
  if (/^(?:i|we|you)\b/i.test(head)) return undefined;
  if (!/^(?:since\s+|because\s+|as\s+)?(?:the\s+|our\s+)?(?:[#@\w.\/-]+\s+){0,3}?(?:on\s+slack\s+|in\s+slack\s+)?(?:should|needs?|must|wants?|has\s+to|have\s+to)\b/i.test(head) && !WISHED_THERE.test(head)) return undefined;
  if (STEP_VERB.test(head)) return undefined;
  const dest = values.find((v) => /^[#@]|@|\//.test(v) && !/^https?:/i.test(v)) ?? /^(?:the\s+)?(?:team|whole\s+team|crew|staff)\b/i.exec(head)?.[0].toLowerCase();
  const url = values.find((v) => /^https?:/i.test(v));
  const quote = values.find((v) => /^['"‘“]/.test(v));
  if (dest && THERE.test(body)) body = body.replace(THERE, dest.includes('/') || /@.*\./.test(dest) ? ` to ${dest}` : ` in ${dest}`);
  if (dest?.startsWith('#')) body = body.replace(/\b(?:the|that)\s+(?:slack\s+)?channel\b/i, dest);
  if (dest && THEM.test(body) && !body.includes(dest)) body = body.replace(THEM, (_m, v: string) => `${v} ${dest}`);
  if (url && !body.includes(url) && PAGE.test(body)) body = body.replace(PAGE, url);
  // ("… a summary of what's at https://…. Please fetch it first, …": what is fetched is the page named)
  if (url && !body.includes(url)) body = body.replace(/\b(fetch|download|pull(?:\s+down)?|grab|get|request|hit|call|load|read)\s+it\b/i, `$1 ${url}`);
  if (quote && !/['"‘“]/.test(body)) body = body.replace(/\b(write|post|put|save|send|add)\s+it\b/i, `$1 ${quote}`);
  // ("The team needs a heads-up once the bug fix task exists, so create the task first": the task the goal named)
  const thing = /\b(?:the|a|an)\s+((?:[\w-]+\s+){1,3})(task|issue|ticket|email|report)\b/i.exec(head);
  // ("Bug fix needs tracking, so: make a task for it": what "it" is, is what the goal was about)
  const about = /^(?:since\s+|because\s+|as\s+)?((?:the\s+|our\s+)?(?!(?:i|we|you|it|this|that|they)\b)[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:needs|need|must|should|has\s+to)\s+(?:be\s+)?(?:tracking|tracked|logging|logged|a\s+task|a\s+ticket|recording|recorded|following\s+up|followed\s+up)\b/i.exec(head);
  if (about && !/[#@\/'"]/.test(about[1]) && /\bfor\s+it\b/i.test(body)) body = body.replace(/\bfor\s+it\b/i, `for ${/^(?:the|our)\s/i.test(about[1]) ? about[1].toLowerCase() : `the ${about[1].toLowerCase()}`}`);
  // (a task and a ticket are one thing: "… when the refund ticket exists, so make the task first")
  const noun = thing && (/^(?:task|ticket)$/i.test(thing[2]) ? 'task|ticket' : thing[2]);
  if (thing) body = body.replace(new RegExp(`\\bthe\\s+(${noun})\\b`, 'i'), (_m, n: string) => `the ${thing[1]}${n}`);
  const carried = values.every((v) => body.includes(v)) && (!dest || body.includes(dest)) && (!thing || body.includes(thing[1]));
  return carried && body !== body0 ? body.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : undefined;
}
