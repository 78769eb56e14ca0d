/**
 * Requests said through what must not happen, restated as what should. "Don't ping the team until the task exists"
 * is an order: the state it waits for becomes the step before ("the task should be created, then ping the team").
 * "Email them, but not without a manager approving it first" is an approval before; "don't post it right away;
 * wait 10 minutes first" a wait before. A negated step with a positive one beside it ("don't comment on the issue;
 * instead create a task", "Without posting in Slack, email …") gives way to it and lends it the referents its
 * pronouns point to ("Don't let the team forget the sprint board: remind #standup to update it"). Excluded
 * alternatives ("rather than a GitHub issue", "no Slack post", ", not a GET") are dropped, and "don't bother anyone if
 * it passes, otherwise …" becomes "if it passes, do nothing; otherwise …".
 */
import { plainOfParticiple } from './action.ts';
import { gerundToVerb } from './clause-words.ts';

const NEG = String.raw`(?:please\s+)?(?:don['’]?t|do\s+not|never|hold\s+off(?:\s+on)?(?=\s+[a-z]+ing\b)|you\s+(?:shouldn['’]t|mustn['’]t|should\s+not|must\s+not)|no\s+need\s+to|make\s+sure\s+(?:you\s+)?(?:don['’]?t|do\s+not|never))`;
/** Words that say to tell someone: a negated one followed by another is the same message said twice. */
const MESSAGE_VERB = /^(?:then\s+)?(?:please\s+)?(?:post|share|send|notify|tell|ping|alert|message|dm|email|e-mail|announce|drop|let\s+\S+\s+know|inform|update|give)\b/i;
/** Something the text names: a channel, person, address, quoted words, a URL, a path or an id. */
const NAMED = /[#@]|\uE100|https?:\/\/|[\w.-]+\/[\w./-]+|\b\d{3,}\b/;
/** A state that says an earlier step is over: "the query has finished", "it's done". */
const FINISHED = /^(?:the|that|this)\s+[\w\s-]{1,30}?\s+(?:has|have)\s+(?:finished|completed|run|returned|succeeded|ended|been\s+(?:run|done|completed|finished))\b|^(?:the|that|this)\s+[\w\s-]{1,30}?\s+is\s+(?:done|finished|complete|completed|over)\b/i;
/** A quiet outcome: "don't bother anyone", "nobody needs to hear about it", "do nothing". */
const QUIET = String.raw`(?:(?:don['’]?t|do\s+not|no\s+need\s+to)\s+(?:bother|disturb|alert|notify|tell|ping|email|message|page|wake(?:\s+up)?)(?:\s+(?:anyone|anybody|anything|them|us|me|the\s+team|people))?|(?:nobody|no\s+one|no-one)\s+needs?\s+to\s+(?:hear|know|be\s+told|be\s+notified)(?:\s+about\s+it)?|do\s+nothing|stay\s+quiet)`;
const IRREGULAR: Record<string, string> = { made: 'make', sent: 'send', done: 'do', written: 'write', built: 'build', run: 'run', set: 'set', put: 'put', read: 'read', given: 'give', taken: 'take', drawn: 'draw', begun: 'begin', got: 'get', gotten: 'get', shut: 'shut', kept: 'keep', left: 'leave', told: 'tell' };

/** The plain form of a participle ("summarized" → "summarize", "sent" → "send"). */
export function plain(participle: string): string {
  const l = participle.toLowerCase();
  return IRREGULAR[l] ?? (/[^aeiou]ied$/.test(l) ? `${l.slice(0, -3)}y` : plainOfParticiple(participle));
}

/**
 * A state waited for, said as the step that brings it about: "the task for the bug fix has been created" → "the task
 * for the bug fix should be created", "AI has summarized it" → "AI should summarize it", "a manager has signed off" →
 * "a manager should sign off", "10 minutes have passed" → "wait 10 minutes". Undefined for a state it cannot restate.
 */
export function stateAsStep(state: string): string | undefined {
  const s = state.trim();
  const time = /^((?:\d+|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|sixty)\s+(?:seconds?|minutes?|mins?|hours?|days?))\s+(?:have|has)\s+(?:passed|elapsed|gone\s+by)$/i.exec(s);
  if (time) return `wait ${time[1]}`;
  const passive = /^(.+?)\s+(?:has\s+been|have\s+been|is|are|was|were|gets|get)\s+([a-z]+(?:ed|en|ne|de|ilt|ent|ut|et|un|ot))\b(.*)$/i.exec(s);
  if (passive && !/^(?:it|this|that|they|these|those)$/i.test(passive[1])) return `${passive[1]} should be ${passive[2]}${passive[3]}`;
  const exists = /^(.+?)\s+(?:exists|is\s+there|is\s+in\s+place|is\s+up|is\s+live)(\s+(?:in|on|at|under)\s+.+)?$/i.exec(s);
  if (exists && !/^(?:it|this|that|they)$/i.test(exists[1])) return `${exists[1]} should be created${exists[2] ?? ''}`;
  const done = /^(.+?)\s+(?:has|have)\s+([a-z]+ed|sent|made|written|done|given)\b(\s+off)?(.*)$/i.exec(s);
  if (done) return `${done[1]} should ${plain(done[2])}${done[3] ?? ''}${done[4]}`;
  const agrees = /^(.+?)\s+(approves|signs\s+off|okays|oks|agrees)\b(.*)$/i.exec(s);
  if (agrees) return `${agrees[1]} should ${agrees[2].toLowerCase().replace(/s(?=\s|$)/, '')}${agrees[3]}`;
  return undefined;
}

/** "posting it in Slack and sending a status email" → "post it in Slack and send a status email". */
function gerundsToVerbs(s: string): string {
  return s.replace(/(^|,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)([a-z]{3,}ing)\b/gi, (m, lead: string, g: string) => (/^(?:string|spring|during|morning|evening|nothing|something|anything|everything|thing|bring|sing|ring|ping|king|wing|sling|swing)$/i.test(g) ? m : `${lead.replace(/\bor\b/i, 'and')}${gerundToVerb(g)}`));
}

/** What a dropped negative lends the pronouns of the positive after it: "them"/"there" a destination, "it" a thing. */
function lend(rest: string, dropped: string): string {
  const dest = /(#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+\.[\w.]+|the\s+(?:[\w-]+\s+)?team)/i.exec(dropped)?.[1];
  const field = /\b(?:default|normal|usual)\s+(priority|due\s+date|assignee|owner|status|subject|channel)\b/i.exec(dropped)?.[1];
  const sent = /^(?:send|email|e-mail|post|share|forward)\s+((?:the|our|your|this|that)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:to|in|on|with)\b/i.exec(dropped)?.[1];
  const thing = sent ?? /\b(?:(?:forget|ignore|miss|overlook|neglect)\s+|a\s+failure\s+of\s+|let\s+)((?:the|our|your|that|this)\s+(?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:go|slip|fall|pass|be|get|stay|fail)\b|$|[,;:])/i.exec(dropped)?.[1];
  let out = rest;
  if (dest) out = out.replace(/\b(let|tell|notify|ping|remind|message|alert|inform)\s+them\b/i, `$1 ${dest}`).replace(/\b(to|with)\s+them\b/i, `$1 ${dest}`).replace(/\s+there\b(?=\s*$|[,;.])/i, /^#/.test(dest) ? ` in ${dest}` : ` to ${dest}`);
  // ("it" is the dropped clause's thing only when nothing the positive names comes before it)
  const itAt = /\bit\b/i.exec(out);
  if (itAt && !NAMED.test(out.slice(0, itAt.index).replace(/#[\w-]+|@[\w.-]+/g, '')) && (field || thing)) {
    out = out.slice(0, itAt.index) + (field ? `its ${field}` : thing!.replace(/^(?:that|this)\s+/i, 'the ')) + out.slice(itAt.index + 2);
  }
  return out;
}

/** Does the clause start with the verb, or one that makes a thing as it does ("created" and "open it first")? */
function sameDoing(verb: string, clause: string): boolean {
  const MAKE = /^(?:create|open|make|add|file|log|raise|set\s+up|start|write|draft)\b/i;
  return clause.toLowerCase().startsWith(verb.toLowerCase()) || (MAKE.test(verb) && MAKE.test(clause));
}

/** One sentence's negatives restated. */
function sentence(s0: string): string {
  let s = s0;
  // "… in parallel, without waiting for each other", "Rather than doing them in sequence, …": the negative says the same
  const parallel = /\b(?:in\s+parallel|at\s+the\s+same\s+time|simultaneously|concurrently|all\s+at\s+once)\b/i.test(s);
  s = s.replace(/(?:\s+at\s+once)?\s*(?:,|—|–|\s-)?\s*(?:(?:and\s+)?without\s+waiting\s+(?:for|on)\s+(?:each\s+other|one\s+another|the\s+other)|(?:and\s+)?not\s+one\s+after\s+(?:the\s+other|another)|(?:rather\s+than|instead\s+of)\s+(?:doing\s+(?:them|it|these|both)\s+)?(?:in\s+sequence|sequentially|one\s+after\s+(?:the\s+other|another)|one\s+by\s+one|in\s+turn))\b\s*,?/gi, (_m, at: number) => (parallel ? (at === 0 ? '' : ' ') : at === 0 ? 'At the same time, ' : ', at the same time ')).replace(/\s+$/, '');
  // "don't bother anyone if it returns 200, otherwise alert #ops": the quiet branch said first
  s = s.replace(new RegExp(String.raw`(^|[;,]\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+|\s[—–-]\s*)${QUIET}\s+(if|when|as\s+long\s+as)\s+([^,;]+?)\s*[,;]\s*(?:but\s+)?(otherwise|else|if\s+not)\b`, 'gi'), (_m, lead: string, _w: string, cond: string, other: string) => `${/[—–-]/.test(lead) ? '; ' : lead}if ${cond}, do nothing; ${other}`);
  // "…; nobody needs to hear about it when it succeeds", "…, no Slack post", "… (email only)": said to exclude, adds nothing
  s = s.replace(new RegExp(String.raw`\s*[;,]?\s*(?:but\s+)?(?:(?:nobody|no\s+one|no-one)\s+needs?\s+to\s+(?:hear|know|be\s+told|be\s+notified|see)\b|${NEG}\s+(?:bother|disturb|alert|notify|tell|ping|page)\s+(?:anyone|anybody|them|us|me|the\s+team|people)\s+(?:if|when|as\s+long\s+as)\b)[^;!?]*$`, 'i'), '');
  s = s.replace(/\s*[;,(]\s*(?:(?:by\s+)?(?:e-?mail|slack)\s+only\s*[,;]?\s*)?(?:but\s+)?(?:(?:no|not\s+(?:in|on|via|through|to|a|an)|without\s+(?:a|an|any)?|nothing\s+(?:in|on))\s+(?:slack|e-?mail|asana|github)(?:\s+(?:post|message|ping|note|notification|email|task|issue|channel)s?)?(?:\s+(?:needed|necessary|required|please|at\s+all))?|(?:by\s+)?(?:e-?mail|slack)\s+only)\s*\)?\s*(?=$)/i, '');
  // "with high priority, not normal", "it has to be a POST, not a GET": the alternative ruled out
  s = s.replace(/,\s*(?:and\s+|but\s+)?not\s+(?:a\s+|an\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s*(?=[;]|$)/i, '');
  // "Open a task in Asana rather than a GitHub issue, then …", "… instead of a DM": the alternative ruled out
  s = s.replace(/\s*,?\s*(?:rather\s+than|instead\s+of)\s+(?!doing\b)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?=\s*,\s*(?:and\s+)?then\b|\s*[;,]|$)/i, '');
  // "Without posting anything in Slack, email …", "Rather than emailing, post …": the step not taken
  s = s.replace(/^(?:without|rather\s+than|instead\s+of)\s+[a-z]+ing\b[^,;]*[,;]\s*/i, '');
  // "Only when the backup fails, post …", "only if": the condition or trigger itself
  // (not before a question's word order: "only if it is above 3 should a message go to #jobs")
  s = s.replace(/(^|[,;]\s*|\s)only\s+(when|if|whenever|once)\b(?![^,;]*\b(?:should|will|must|can|would|shall|may)\s+(?:it|a|an|the|they|we|this|that|someone)\b)/gi, '$1$2');
  // "don't forget to notify …", "make sure not to skip notifying … and sending …": what must be done
  s = s.replace(new RegExp(String.raw`\b(?:${NEG}\s+(?:forget|fail|neglect)\s+(?:to\s+)?|(?:make\s+sure|be\s+sure|remember)\s+not\s+to\s+(?:skip|forget|miss|leave\s+out)\s+)([^;.]+)`, 'gi'), (_m, what: string) => gerundsToVerbs(what));
  // "Post 'X' to #infra, but not before 10 minutes have passed": the wait comes first
  const notBefore = /^(.+?),?\s+(?:but\s+)?not\s+(?:before|until)\s+(.+?)$/i.exec(s);
  if (notBefore) { const step = stateAsStep(notBefore[2]); if (step) return `${step}, then ${notBefore[1]}`; }
  // "Close task 5566, but not without commenting 'X' on it first", "…, but not without a manager approving it first"
  const notWithout = /^(.+?),?\s+(?:but\s+)?not\s+without\s+(?:first\s+)?(.+?)(?:\s+first)?$/i.exec(s);
  if (notWithout) return withFirst(notWithout[1], notWithout[2]) ?? s;
  // "Don't close Asana task 5566 without first leaving the comment 'X' on it"
  const without = new RegExp(String.raw`^${NEG}\s+(.+?)\s+without\s+(?:first\s+)?(.+?)(?:\s+first)?$`, 'i').exec(s);
  if (without) return withFirst(without[1], without[2]) ?? s;
  // "Don't post 'X' in #infra right away; wait 10 minutes first"
  const notYet = new RegExp(String.raw`^${NEG}\s+(.+?)\s+(?:right\s+away|immediately|straight\s+away|at\s+once|(?:just\s+)?yet)\s*[;:,]\s*(?:instead\s*,?\s*)?(wait\s+.+?)(?:\s+first)?$`, 'i').exec(s);
  // ("Don't email the board yet; wait 2 hours first, then email board@x 'Results are in'": the wait says it again)
  if (notYet) return /,?\s+(?:and\s+)?then\s+/i.test(notYet[2]) ? notYet[2].replace(/\s+first\b/i, '') : `${notYet[2]}, then ${notYet[1]}`;
  return untilDone(s) ?? s;
}

/** "X, but not without Y first" / "Don't X without Y": Y, then X (an approval by someone reads as one). */
function withFirst(step: string, first: string): string | undefined {
  const someone = /^((?:a|an|the|your|my|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+(approving|signing\s+off(?:\s+on)?|okaying|reviewing)\b(.*)$/i.exec(first);
  if (someone) return `${step}, but only after ${someone[1]} ${someone[2].toLowerCase().startsWith('sign') ? 'signs off' : gerundToVerb(someone[2].split(/\s+/)[0]) + 's'}${someone[3]}`;
  if (!/^[a-z]+ing\b/i.test(first)) return undefined;
  return `${step}, but before that, ${gerundsToVerbs(first)}`;
}

/**
 * "Don't X until/before Y[; then X again]", "No email goes out until Y", "…, and don't X until it's done": Y said as the
 * step that brings it about, then X. When the rest of the sentence says X again, the negated X gives way to it.
 */
function untilDone(s: string): string | undefined {
  const m = new RegExp(String.raw`^(.*?)(^|[,;]\s*(?:and\s+|but\s+)?|\band\s+)(?:${NEG}\s+(.+?)|no\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:goes\s+out|gets\s+sent|is\s+sent|should\s+go\s+out|is\s+posted)(\s+to\s+[^,;:]+?)?|(?:nobody|no\s+one|no-one)\s+(?:in\s+|on\s+|at\s+)?(#[\w-]+|the\s+[\w-]+(?:\s+team)?|[\w.+-]+@[\w-]+\.[\w.]+)\s+(?:should|needs\s+to|is\s+to|must)\s+(?:hear|know|be\s+told|find\s+out)(?:\s+about\s+(?:it|this|that))?)\s+(?:before|until|till)\s+(.+?)(?:\s*([;:])\s*(.+))?$`, 'i').exec(s);
  if (!m) return undefined;
  const [, before, lead, negated, noun, to, who, state, , rest] = m;
  const step = negated ? gerundsToVerbs(negated).replace(/\s+or\s+/gi, ' and ') : who ? `notify ${who}` : `send the ${noun}${to ?? ''}`;
  // ("…, and don't tell #pm it's done until it actually is", "until that task exists": what it waits for is said already)
  // ("…; don't send the email until the query has finished": a step said before, waiting for one said before it)
  const said = before.trim() && (/^(?:it|that|this|they|these|those)\b|^(?:the|that)\s+(?:task|issue|ticket|page|file|summary|report|draft)\s+(?:exists|is\s+(?:done|there|ready|created))/i.test(state.trim()) || FINISHED.test(state.trim()));
  const first = said ? undefined : stateAsStep(state);
  if (!said && !first) return undefined;
  if (said && !rest && MESSAGE_VERB.test(step) && before.split(/,\s*|;\s*|\s+(?:and|then)\s+/).some((c) => MESSAGE_VERB.test(c.trim()))) return before.replace(/[\s,;]+$/, '');
  const head = `${before}${lead}`;
  if (!rest) return `${head}${first ? `${first}, ` : ''}then ${step}`;
  // ("Never tell the team before the task exists: create it first, then notify them", "…: get the approval first, then email
  // it to them": what it waits for, said again, goes; the step said again takes the negated one's place and referents)
  const yVerb = first && /\bshould\s+(?:be\s+)?([a-z]+)/i.exec(first)?.[1];
  const restatesState = (c: string) => /\bfirst\b/i.test(c) && ((/\bapprov|\bsign/i.test(state) && /^(?:get|obtain|wait\s+for|ask\s+for|request)\s+(?:the\s+|their\s+|an?\s+)?(?:approval|sign-?off|go-ahead|ok)\b/i.test(c.trim())) || (yVerb !== undefined && sameDoing(plain(yVerb), c.trim()) && /\b(?:it|them)\b/i.test(c)));
  const clauses = rest.split(/,\s*(?:and\s+)?|;\s*|\s+(?=then\s)/).filter((c) => c.trim() && !restatesState(c));
  const kept = clauses.join(', ');
  const again = clauses.some((c) => MESSAGE_VERB.test(c.trim())) && MESSAGE_VERB.test(step);
  return `${head}${first ? `${first}; ` : ''}${again ? '' : `then ${step}${kept ? '; ' : ''}`}${again ? lend(kept, step) : kept}`;
}

/** The whole request: sentence by sentence, then a negative followed by the positive that replaces it. */
export function affirmed(text: string): string {
  if (!/\b(?:not|no|never|nobody|without|rather|instead|only|hold\s+off)\b|n['’]t\b/i.test(text)) return text;
  const parts = text.split(/(?<=[.!?])\s+(?=[A-Z"'‘“\uE100])/);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const end = /[.!?]$/.exec(parts[i])?.[0] ?? '';
    let s = parts[i].slice(0, parts[i].length - end.length);
    // "Don't post it in a channel; send @alice a DM …", "Don't let the team forget the board: every Monday, remind …"
    const instead = new RegExp(String.raw`^(?:(.{3,}?),\s*)?(?:and\s+)?(?:${NEG}\s+|make\s+sure\s+(?=(?:it|that|this|they|the\s+[\w-]+)\s+(?:isn['’]t|is\s+not|aren['’]t|doesn['’]t|does\s+not|won['’]t|will\s+not|never)\s))((?:(?!\b(?:until|before|till|without)\b)[^;:])+?)\s*[;:—–]\s*(?:(?:but\s+)?instead\s*,?\s*|rather\s*,?\s*)?(.+)$`, 'i').exec(s);
    if (instead && !/^(?:then|first)\b/i.test(instead[3]) && !/\b(?:right\s+away|immediately|straight\s+away|at\s+once|yet)$/i.test(instead[2])) s = `${instead[1] ? `${instead[1]}, ` : ''}${lend(instead[3], instead[2])}`;
    // "Don't buy one from the store. Bake me a cake instead." — a sentence that is only a negative, with more after it
    else if (parts.length > 1 && i < parts.length - 1 && new RegExp(String.raw`^${NEG}\s+(?:(?!\b(?:until|before|till|without)\b).)+$`, 'i').test(s)) { parts[i + 1] = lend(parts[i + 1], s); continue; }
    // ("Create a task 'X' assigned to Y. Don't post it anywhere, it's confidential.": a last sentence that only rules a message out)
    else if (parts.length > 1 && i === parts.length - 1 && new RegExp(String.raw`^${NEG}\s+(?:post|share|send|notify|tell|ping|message|dm|email|e-mail|announce|publish|broadcast|mention)\b(?:(?!\b(?:until|before|till|without|instead|but|unless|if|when)\b)[^;:])*$`, 'i').test(s)) continue;
    s = sentence(s).replace(/\s+instead(?=\s*$)/i, '').replace(/(^|;\s*)instead\s*,?\s+/i, '$1');
    out.push(`${s}${end}`);
  }
  return out.join(' ');
}
