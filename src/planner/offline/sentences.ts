/**
 * Sentence-level rewrites run before a sentence is split into clauses: the order said in words
 * ("after you X, Y"), requests said as wishes, passives and obligations ("the report should go out
 * to a@x", "#ops should get a nudge"), rules that ask for an approval gate, inverted conditions
 * ("only if X should Y"), a request to the model that takes the sentence before it as its brief, and
 * "post that" after a statement, which sends the statement.
 */
import { participleToVerb, plainOfParticiple } from './action.ts';
import { isActionVerb } from './catalog.ts';
import { firstWord, gerundToVerb, inflected, isControl } from './clause-words.ts';
import type { SegmentContext } from './clauses.ts';
import { BODY_CUES, CONDITION_LEAD, INLINE_LIST, LIGHT_VERBS, PARALLEL } from './lexicon.ts';
import { ph, restore, type Span } from './text.ts';

/**
 * Clause order said in words: "After you X, Y" / "Once you've X, Y" / "Y after you X" → "X, then Y";
 * "Before you X, Y" / "Y before you X" → "Y, then X". A dash or colon before "if"/"then" separates clauses.
 */
export function order(sentence: string, ctx: SegmentContext): string[] {
  let s = sentence.replace(/\s+[—–-]+\s+(?=(?:if|when|unless|and|then|otherwise|else)\b)/gi, '; ').replace(/:\s+(?=(?:if|unless|otherwise)\b)/gi, '; ');
  const verbAfter = (x: string) => isActionVerb(ctx.index, firstWord(x)) || LIGHT_VERBS.has(firstWord(x));
  // the clause run first says "it" for what the later one names: "comment on it" before "close issue 12 in acme/web"
  const base = (x: string) => {
    const w = /^\s*([a-z]+)/i.exec(x);
    const v = w && (/ing$/i.test(w[1]) && isActionVerb(ctx.index, gerundToVerb(w[1])) ? gerundToVerb(w[1]) : participleToVerb(ctx.index, w[1]));
    return v ? `${v}${x.slice(w![0].length)}` : x;
  };
  const lead0 = /^(after|once|before)\s+(?:(?:you|we|I)(?:'ve|'ll|\s+have|\s+ve)?\s+|(?=[a-z]+ing\b))(.+?),\s*(.+)$/i.exec(s);
  const lead = lead0 && [lead0[0], lead0[1], base(lead0[2]), lead0[3]];
  // ("once I've approved the draft, …": my approval is a gate, not a step to run first)
  const approves = (x: string) => /^\s*(?:approv|sign(?:ed|s)?\s+off|ok(?:ay)?(?:ed|'d)?\b|green[- ]?lit)/i.test(x);
  if (lead && verbAfter(lead[2]) && verbAfter(lead[3]) && !approves(lead0![2])) {
    return /^before$/i.test(lead[1]) ? [fwd(lead[3], lead[2]), lead[2]] : [lead[2], lead[3]];
  }
  // "Once Asana task 1204 has been marked complete, notify #pm …", "Once a task for the bug fix has been created in Asana, which
  // has to happen first, …": the thing named by its id or purpose is made or changed first (an outside event reads in trigger.ts)
  const madeFirst = /^(?:once|after|as\s+soon\s+as)\s+((?:the\s+|an?\s+)?(?:asana\s+|github\s+)?(?:task|issue|ticket)\s+(?:#?\d+|for\s+[^,;]+?)|the\s+(?!new\b|next\b|same\b)(?:[\w-]+\s+){1,3}(?:task|issue|ticket))\s+(?:has\s+been|is|gets|got|was)\s+([a-z]+ed)\b([^,;]*?)\s*,\s*(?:(?:which|that)\s+[^,;]+,\s*)?(.+)$/i.exec(s);
  const madeVerb = madeFirst && !approves(madeFirst[2]) ? participleToVerb(ctx.index, madeFirst[2]) : undefined;
  if (madeFirst && madeVerb && verbAfter(madeFirst[4])) return [`${madeVerb} ${madeFirst[1]}${madeFirst[3]}`, madeFirst[4]];
  // ("Share the Asana task link in #x; make the task itself first, named after …": the clause after the semicolon said to come first)
  const semiFirst = /^(.+?);\s*(.+?)\s+first\b\s*,?\s*(.*)$/i.exec(s);
  if (semiFirst && verbAfter(semiFirst[1]) && verbAfter(semiFirst[2]) && !/\b(?:if|when|unless)\b/i.test(semiFirst[1])) return [`${semiFirst[2]}${semiFirst[3] ? ` ${semiFirst[3]}` : ''}`.replace(/\s+itself\b/i, ''), semiFirst[1]];
  // "fire off a status email …, but make an Asana task … before any of that": the clause said to come before the rest runs first
  const beforeAll = /^(.+)(?:[,;]\s*(?:but\s+|and\s+)?|\s+but\s+)(.+?)\s+(?:before|prior\s+to)\s+(?:any|all)\s+(?:of\s+)?(?:that|this|it|them|the\s+rest|else)$/i.exec(s);
  if (beforeAll && verbAfter(beforeAll[1]) && verbAfter(beforeAll[2])) return [beforeAll[2], beforeAll[1]];
  // "post 'X' in #storage, but wait five minutes before you do it": the wait, then the clause
  const waitFirst = /^(.+?)[,;]?\s+(?:but\s+)?((?:wait|pause|hold\s+off|hold)\s+.+?)\s+before\s+(?:you\s+|we\s+)?(?:do(?:ing)?|send(?:ing)?|post(?:ing)?|run(?:ning)?)\s+(?:it|that|this)$/i.exec(s);
  if (waitFirst && verbAfter(waitFirst[1])) return [waitFirst[2], waitFirst[1]];
  // "post the link in #incoming, after making an asana task …": the gerund's clause runs first
  const afterDoing = /^(.+?),?\s+(after|before)\s+([a-z]+ing\b.+)$/i.exec(s);
  if (afterDoing && verbAfter(afterDoing[1]) && verbAfter(base(afterDoing[3])) && !/\b(?:if|when|unless)\b/i.test(afterDoing[1])) return /^before$/i.test(afterDoing[2]) ? [fwd(afterDoing[1], base(afterDoing[3])), base(afterDoing[3])] : [fwd(base(afterDoing[3]), afterDoing[1]), afterDoing[1]];
  // "Email out a status update …, but first make an Asana task …": the clause said to come first runs first
  // (not "draft it first, then …": there "first" ends the clause it orders)
  // ("Close Asana task 6203, but before that add the comment …": the same, said with "before that")
  const first = /^(.+?)(?:\s*[—–]+)?(?:[,;]\s*(?:but\s+|and\s+)?|\s+(?:but|and)\s+)(?:first(?:\s+of\s+all,?)?|before\s+(?:that|this|doing\s+(?:that|so|it)|you\s+do\s+(?:that|it)|any\s+of\s+(?:that|this|it)|all\s+(?:of\s+)?(?:that|this)),?)\s+(?!then\b|and\b)([a-z].+)$/i.exec(s);
  if (first && verbAfter(first[1]) && verbAfter(first[2]) && !/\b(?:if|when|unless)\b/i.test(first[1])) return [fwd(first[2], first[1]), first[1]];
  const mid0 = /^(.+?),?\s+(after|once|before)\s+(?:you|we|I)(?:'ve|’ve|\s+have)?\s+(?:first\s+|already\s+|just\s+)?(.+)$/i.exec(s);
  const mid = mid0 && [mid0[0], mid0[1], mid0[2], base(mid0[3])];
  if (mid && verbAfter(mid[1]) && verbAfter(mid[3]) && !/\b(?:if|when|unless)\b/i.test(mid[1]) && !approves(mid0![3])) {
    return /^before$/i.test(mid[2]) ? [fwd(mid[1], mid[3]), mid[3]] : [fwd(mid[3], mid[1]), mid[1]];
  }
  // "tell #pm task 1204 is done once it's marked complete in asana": the step said in the passive runs first, on what the
  // clause before it names (not an approval: "once it's approved" is a gate)
  // ("notify the team once a task for the bug fix has been created": the thing named is what is made)
  const passive = /^(.+?),?\s+(?:once|after|as\s+soon\s+as)\s+(it|this|that|they|the\s+(?:task|issue|ticket)|an?\s+(?:[\w-]+\s+){0,2}?(?:asana\s+|github\s+)?(?:task|issue|ticket)(?:\s+for\s+[^,;]+?)?)(?:'s|’s|\s+is|\s+has\s+been|\s+gets|\s+got|\s+was|\s+are|\s+have\s+been)\s+([a-z]+ed)\b(.*)$/i.exec(s);
  const done = passive && !approves(passive[3]) ? participleToVerb(ctx.index, passive[3]) : undefined;
  if (passive && done && verbAfter(passive[1]) && !/\b(?:if|when|unless|and|then)\b|[,;]/i.test(passive[1])) return [fwd(`${done} ${/^an?\s/i.test(passive[2]) ? passive[2] : 'it'}${passive[4]}`, passive[1]), passive[1]];
  return [s];
}

/**
 * Wishes and passives said as imperatives: "I'd like the message 'X' posted in #a" → "post the message 'X' in #a";
 * "…, with a link to it posted in #bugs" → "…, then post a link to it in #bugs"; "… and the task link gets shared
 * in #x" → "… and share the task link in #x". The verb is any catalogue verb's participle.
 */
export function activeSentence(sentence: string, ctx: SegmentContext): string {
  const verbOf = (w: string) => participleToVerb(ctx.index, w);
  let s = sentence;
  // "For the repos a/b, a/c and a/d, open …", "For each new driver: A, B and C, create …": a loop said with its noun
  // (or with no noun at all when three or more are named: "For Berlin, Lisbon, and Oslo, fetch …", "For a@x, b@x and c@x, send …")
  // (the list ends at a comma or a colon, else right before the verb: "For rooms 301, 302 and 304 create …")
  const listedBy = (end: string) => new RegExp(String.raw`^(?:for|across)\s+((?:each|every|all)\s+)?(?:the\s+|our\s+|these\s+|those\s+|my\s+)?(?:(?:new\s+)?([a-z][\w-]*)\s*[:—–-]?\s+)?(${INLINE_LIST})${end}(.+)$`, 'i').exec(s);
  const endsAtVerb = listedBy(String.raw`\s+`);
  const listed = listedBy(String.raw`\s*[,:—–-]\s+`) ?? (endsAtVerb && isActionVerb(ctx.index, firstWord(endsAtVerb[4])) ? endsAtVerb : null);
  const nounOk = (n: string | undefined, items: string) => (n ? n === n.toLowerCase() && (Boolean(listed![1]) || /s$/.test(n)) : items.split(/,|\s+(?:and|&)\s+/).filter((x) => x.trim()).length >= 3);
  if (listed && !/^\w+\s+(?:each|every|all)(?:\s+one)?\s+of\s/i.test(s) && (listed[2] || !/^\w+\s+(?:the|our|these|those|my)\s/i.test(s)) && !/^(?:in|of|from|among|across|between|at|on)\s/i.test(listed[3]) && nounOk(listed[2], listed[3]) && isActionVerb(ctx.index, firstWord(listed[4]))) s = `for each of ${listed[2] && /s$/i.test(listed[2]) ? `the ${listed[2]} ` : ''}${listed[3]}, ${listed[4]}`;
  // ("For the api-gateway, auth-service and ledger repos, file …": the noun said after the list)
  const after = new RegExp(String.raw`^(?:for|across)\s+(?!(?:each|every|all)\b)(?:the\s+|our\s+)?(${INLINE_LIST})\s+([a-z]{3,}s)\s*,\s+(.+?)(?:\s+(?:in|for)\s+each(?:\s+(?:one|of\s+them))?)?$`, 'i').exec(s);
  if (after && isActionVerb(ctx.index, firstWord(after[3]))) {
    // (each name is held as said, so a name that is also a verb — "search" — stays an item)
    const names = after[1].split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).filter(Boolean).map((n) => (/^\uE000\d+\uE001$/.test(n) ? n : (ctx.spans.push({ kind: 'quote', text: n, raw: n }), ph(ctx.spans.length - 1))));
    s = `for each of the ${after[2]} ${names.slice(0, -1).join(', ')} and ${names.at(-1)}, ${after[3]}`;
  }
  // "I want the ops team to sign off before we POST to …": the approval, then the action
  s = s.replace(/^(?:i|we)\s*(?:'d|would)?\s*(?:like|love|want|need)\s+(.{2,60}?)\s+to\s+(?:sign\s+off|approve)(?:\s+(?:on\s+)?(?:it|this|that))?\s+(?:before|prior\s+to)\s+(?:we|you|i|anyone)\s+/i, 'get approval from $1, then ');
  // "I'd like to approve the wording before that draft is emailed to X": my own approval, then the action said in the passive
  // (the wish itself is gone by now: "approve the wording before that draft is emailed …")
  s = s.replace(/^(?:(?:i|we)\s*(?:'d|would)?\s*(?:like|love|want|need|have|get)\s+to\s+)?(?:approve|sign\s+off\s+on|okay|ok|review|look\s+over)\s+(.{1,60}?)\s+(?:before|prior\s+to)\s+(.+)$/i, (all, what: string, rest: string) => {
    const passive = /^((?:it|this|that|they|them|(?:the|that|this|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+))\s+(?:is|are|gets?|goes|go)\s+([a-z]+ed|sent|posted|shared|written)\b(.*)$/i.exec(rest);
    const v = passive && verbOf(passive[2].toLowerCase());
    if (v) return `get approval for ${what}, then ${v} ${passive![1]}${passive![3]}`;
    const active = /^(?:we|you|i|anyone|anybody|it)\s+(.+)$/i.exec(rest);
    return active && isActionVerb(ctx.index, firstWord(active[1])) ? `get approval for ${what}, then ${active[1]}` : all;
  });
  const wish = /^(?:i|we)\s*(?:'d|would)?\s*(?:like|love|want|need)\s+(?!to\b|you\b)(.+)$/i.exec(s);
  if (wish) {
    let rest = wish[1];
    const w = [...rest.matchAll(/(?<![\w\uE000-\uE001-])([a-z]+ed|sent|written|made|done|run|put|set|built|shared|posted|told)\b/gi)].find((x) => x.index! > 0 && verbOf(x[1]));
    // (not a participle of a "with NP posted in #x" aside: "I'd like a task using X, with the link to it posted in #triage")
    if (w && !/\b(?:to|be|been|being|is|are|was|were|has|have|had)\s+$/i.test(rest.slice(0, w.index)) && !/,?\s*(?:with|and)\s+(?:a|an|the|its|that)\s+[^,]{1,50}$/i.test(rest.slice(0, w.index).trimEnd())) {
      // ("… fetched, compared by AI with …, and the comparison emailed to X": each participle after it is a step too)
      rest = rest.slice(w.index! + w[0].length)
        // (any verb can be given to the model: "compared by AI" → "compare with AI")
        .replace(/,\s*([a-z]+ed)\s+by\s+(?:the\s+)?(?:ai|model|llm)\b/gi, (_a, x: string) => `, then ${verbOf(x.toLowerCase()) ?? plainOfParticiple(x)} with AI`)
        .replace(/(,?\s*and\s+(?:then\s+)?)((?:the|its|a|an)\s+[\w\s-]{1,30}?)\s+([a-z]+ed|sent|posted|shared)\s+(to|in|into|on)\b/gi, (all, lead: string, np: string, x: string, prep: string) => { const v = verbOf(x.toLowerCase()); return v ? `${lead}${v} ${np} ${prep}` : all; })
        // ("… summarized by AI and then, once counsel approves the summary, emailed to all@x": the gate, then that step)
        .replace(/(,?\s*and\s+(?:then\s*)?,?\s*)(once\s+[^,]{3,80},\s*)([a-z]+ed|sent|posted|shared)\s+(to|in|into|on)\b/gi, (all, lead: string, gate: string, x: string, prep: string) => { const v = verbOf(x.toLowerCase()); return v ? `${lead}${gate}${v} it ${prep}` : all; });
      const what = wish[1].slice(0, w.index).trim();
      // ("I'd like an AI summary of X posted in #product": the summary is made first, then posted)
      const made = /^(summarize|draft|write)\s+with\s+AI\s+of\s+(.+)$/i.exec(what);
      s = made ? `${made[1]} ${made[2]} with AI, then ${verbOf(w[1])} it${rest}` : `${verbOf(w[1])} ${what}${rest}`;
    }
  }
  // ("I'd like an Asana task …, and the link to it posted in #triage": another step, said as a thing done to something)
  s = s.replace(/(,?\s*and\s+(?:then\s+)?)((?:the|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:link|url|summary|result|results|report|details|draft|list|answer)(?:\s+to\s+it)?)\s+(posted|shared|sent|emailed|dropped)\s+(in|to|into|on)\b/gi, (all, lead: string, np: string, x: string, prep: string) => { const v = verbOf(x.toLowerCase()); return v ? `${lead}${v} ${np} ${prep}` : all; });
  // "… and have my manager approve it before it goes out in #company-news": the approval, then it goes there
  s = s.replace(/\s+before\s+(it|this|that|they|the\s+[\w-]+)\s+(?:goes|go|gets?\s+sent|is\s+sent)\s+(?:out\s+)?(to|in|on)\s+(?=[#@\uE000])/gi, (_a, np: string, prep: string) => `, then send ${/^(?:it|this|that|they)$/i.test(np) ? 'it' : np} ${prep} `);
  // "get sign-off … before the refund for order 8812 is POSTed to https://…": the approval, then that request
  s = s.replace(/\s+before\s+((?:the|a|an|it|this|that)\b[^,]{0,60}?)\s+(?:is|are|gets|get)\s+(?:(GET|POST|PUT|PATCH|DELETE)(?:ed|'d)|([a-z]+ed|sent|posted))\s+(?=to\s)/g, (all, np: string, method?: string, w?: string) => (method ? `, then send a ${method} request with ${np} ` : (w && verbOf(w) ? `, then ${verbOf(w)} ${np} ` : all)));
  // "only once I've approved the draft should it get emailed to her", "only if UPS reports delays should #ops hear about it":
  // the inverted order, said plainly ("once I've approved the draft, it should get emailed to her")
  s = s.replace(new RegExp(`(^|,\\s*|;\\s*)(?:but\\s+)?only\\s+(if|once|after|when|as soon as)\\s+(.+?)\\s+(should|must|can|will|may|shall)\\s+(it|they|this|that|these|those|(?:a|an|any|some)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+|${WHO})\\s+(?:actually\\s+|then\\s+|really\\s+)?(?=[a-z])`, 'iu'), (_m, lead: string, conj: string, cond: string, modal: string, who: string) => `${lead}${conj} ${cond}, ${who} ${modal} `);
  s = s.replace(/(,\s*)(it|they|this|that|these|those)\s+(?:should|must|can|will|may|shall)\s+(?:be|get)\s+([a-z]+ed|sent|written|shared|posted|put)\b/gi, (all, lead: string, np: string, w: string) => { const v = verbOf(w.toLowerCase()); return v ? `${lead}${v} ${np}` : all; });
  // "GitHub issue #342 in acme/x: comment 'fixed' first, then close it": the item named as a label is where to act
  const label = /^((?:[A-Z][\w]*\s+)?(?:task|issue|ticket|card|pr|pull request)\s+#?\d+(?:\s+(?:in|on|of)\s+[\w.-]+\/[\w.-]+)?)\s*:\s+(?=[a-z])/i.exec(s);
  if (label) s = `on ${label[1]}, ${s.slice(label[0].length)}`;
  // "Route the $18,200 vendor payment to the controller for approval": a request for approval from them
  s = s.replace(/^(?:route|send|pass|forward|submit|give|take)\s+.{1,80}?\s+to\s+((?:the\s+|our\s+|my\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s+for\s+(?:(?:their|his|her)\s+)?(?:approval|sign[- ]?off|review\s+and\s+approval|a\s+green\s+light)\b/i, 'get approval from $1');
  // "Before anyone runs UPDATE vendors …, the finance director has to approve it": the approval, then the action
  const before = /^before\s+(?:anyone|anybody|someone|somebody|we|you|they|the\s+team)\s+([a-z]+?)(?:e?s)?\s+(.+?),\s*(.+?)\s+(?:has to|have to|must|needs? to|should|will need to)\s+(?:approve|sign\s+off\s+on|okay|ok)\s+(?:it|this|that|them)\s*[.!]?$/i.exec(s);
  if (before && isActionVerb(ctx.index, before[1])) s = `get approval from ${before[3]}, then ${before[1]} ${before[2]}`;
  // "Launch check for the TikTok campaign: wait 2 hours, then …": a heading before the request says what it is for
  // (a heading names no place or value and is not itself a message verb's target: "Post to #x: the build is green" is content)
  const heading = /^([^:\uE000#@]{3,60}?):\s+(?=\S)/.exec(s);
  // (nor one that says how the steps run: "In parallel: post …, email …, and POST …")
  if (heading && heading[1].trim().split(/\s+/).length <= 8 && !/[\d/]/.test(heading[1]) && !isControl(heading[1]) && !PARALLEL.test(heading[1]) && !/^(?:subject|title|body|message|text|note|re)$/i.test(heading[1].trim())
    && !/^(?:post|send|say|tell|email|e-mail|message|notify|write|reply|comment|dm|ping|announce|ask|remind|alert|add|note|draft|summari[sz]e)\b/i.test(heading[1].trim())) {
    const rest = s.slice(heading[0].length);
    if (!CONDITION_LEAD.test(rest) && (isControl(rest) || isActionVerb(ctx.index, firstWord(rest)))) s = rest;
  }
  s = obligations(s, ctx.spans);
  // "… should be created and then announced in #announcements": the second participle is a step on the same thing
  s = s.replace(/(,?\s*and\s+(?:then\s+)?)([a-z]+ed|sent|posted|shared)\s+(in|to|on|via)\s+(?=[#@\uE000])/gi, (all, lead: string, w: string, prep: string) => { const v = verbOf(w.toLowerCase()); return v ? `${lead}${v} it ${prep} ` : all; });
  // "…, after which it should be emailed to a@x": then email it to a@x
  s = s.replace(/(,\s*|;\s*|\s+)(?:after which|whereupon|and then|then|(?:and\s+)?after\s+that|(?:and\s+)?afterwards)\s+(it|they|this|that|these|those)\s+(?:should|must|can|will|is to|are to|needs? to|has to)\s+be\s+([a-z]+ed|sent|written|shared|posted|put)\b/gi, (all, lead: string, np: string, w: string) => { const v = verbOf(w.toLowerCase()); return v ? `${lead.includes(',') || lead.includes(';') ? lead : ', '}then ${v} ${np}` : all; });
  // "The new rates need to be POSTed to …; then …": a passive request at the start of a clause, said before the split
  // (also a named item or a plural of things sent: "Issue 57 in acme/docs can be closed now", "Onboarding emails … should be sent to …")
  s = s.replace(/(^|;\s*|,\s*and\s+|,\s*(?:and\s+)?then\s+)((?:the|a|an|our|my|this|that|these|those|all|any)\s+[^,;]{1,60}?|\uE000\d+\uE001|(?:[A-Z][\w]*\s+)?(?:task|issue|ticket|card|pr)\s+#?\d+(?:\s+in\s+(?:the\s+)?[\w.-]+\/[\w.-]+(?:\s+repo(?:sitory)?)?)?|(?:[A-Za-z][\w-]*\s+){0,2}(?:e-?mails|messages|reminders|invites|invitations|notices|letters)(?:\s+with\s+[^,;]{1,40}?)?)\s+(?:should|must|needs? to|has to|have to|will|shall|is to|are to|ought to|can)\s+(?:now\s+)?(?:be|get)\s+([A-Za-z]+ed|sent|written|shared|posted|put|run|done|made|built)\b/gi, (all, lead: string, np: string, w: string) => { const v = /^(?:approved|signed|okayed|authori[sz]ed|reviewed)$/i.test(w) ? undefined : verbOf(w.toLowerCase()); return v ? `${lead}${v} ${np}` : all; });
  // "… and have it emailed to a@x", "get the report posted in #ops": the participle is the action
  // (the participle is followed by where or how it goes: "get the number of reports logged this week" asks for a number)
  s = s.replace(/(^|,\s*(?:and\s+|then\s+)?|\b(?:and|then)\s+)(?:(?:can|could|would)\s+(?:we|you|i)\s+)?(?:have|get)\s+((?:it|them|this|that|\uE000\d+\uE001|(?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,3}?[\w-]+))\s+([a-z]+ed|sent|shared|posted|written|put)\b(?=\s+(?:to|in|on|into|via|over|with|by|for|and|then|as|under|at|out|up|off|back|before|after|once|when|if|\uE000)\b|\s*[,.;!?]|\s*$)/gi, (all, lead: string, np: string, w: string) => { const v = verbOf(w); return v ? `${lead}${v} ${np}` : all; });
  // rules that ask for a gate: "Prod deploys need a green light from X" → "get a green light from X";
  // "Nothing should go out before Helen approves it" → "only after Helen approves it"
  s = s.replace(/^[^,;]{1,90}?\s+(?:needs?|requires?|must\s+(?:get|have)|should\s+(?:get|have))\s+(?=(?:an?\s+|the\s+|their\s+|an?\s+explicit\s+|(?:the\s+)?[\w\s-]{1,30}?['’]s\s+)?(?:approval|sign[- ]?off|green[- ]?light|ok|okay)\b)/i, 'get ');
  // "Any change to the roster must be approved by the IT director", "the manager needs to approve the draft, after which …"
  s = s.replace(/^[^,;]{1,90}?\s+(?:must|should|has to|have to|needs? to|is to)\s+be\s+(?:approved|signed\s+off|okayed|ok'd|authori[sz]ed)\s+by\s+([^,;]+?)(?=\s*(?:[,;]|$|\bfirst\b|\bbefore\b))/i, 'get approval from $1');
  // "the manager must approve it", "HR manager must approve first", "quality manager must give sign-off"
  s = s.replace(/(^|[,;]\s*|\b(?:and|but)\s+|[.]\s+)((?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[A-Z][A-Za-z]+(?:\s+(?:in|from|on)\s+[\w-]+|(?:\s+[a-z-]+){0,2})?|legal|finance|security|compliance|hr|ops|management|procurement)\s+(?:must|should|has to|needs? to|will need to)\s+(?:(?:approve|sign\s+off(?:\s+on)?|okay|ok|review\s+and\s+approve)(?:\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?))?|give\s+(?:the\s+|a\s+|an\s+|(?:his|her|their)\s+)?(?:sign[- ]?off|approval|ok|okay|green[- ]?light|go-ahead))(?=\s*(?:[,;.]|$|first\b|before\b))/gi, '$1get approval from $2');
  // "Before new recipe goes to the production line, the quality manager must give sign-off": when the rule applies, said first
  s = s.replace(/^before\s+(?:(?:the|a|an|any|new|our|my|this|each|every)\s+)+[^,]{1,80}?\s+(?:is|are|goes|go|gets|ships|starts|leaves|moves|reaches|hits|enters|becomes)\b[^,]*,\s*(?=\S)/i, '');
  s = s.replace(/^(?:nothing|no\s+[\w-]+|it|this|that|they)\s+(?:(?:should|must|can|may|is\s+to|are\s+to)(?:\s*not|n't)?\s+(?:go\s+out|be\s+(?:sent|posted|published|released|shipped|emailed|done)|ship|go\s+live|happen|leave)|(?:goes\s+out|gets\s+(?:sent|posted|published)|is\s+(?:sent|posted|published|released|shipped|emailed|done)|ships|goes\s+live|happens|leaves))\s+(?:before|until|unless|without)\s+(?=.*\b(?:approv|sign|green|ok))/i, 'only after ');
  // (not inside what a message says: "DM @priya that the 7:35 interview with the fire chief moved to 8:10")
  s = s.replace(/,?\s+with\s+((?:a|an|the|its|that)\s+(?:(?!\b(?:has|have|had|is|are|was|were|been|be|will|gets?|and)\b)[^,]){1,50}?)\s+([a-z]+ed|sent|shared|posted)\s+((?:in|to|on|into|via|over)\b.*)$/i, (all, np: string, w: string, rest: string, at: number, whole: string) => { const v = verbOf(w); return v && !/\b(?:that|saying|telling\s+\S+|to\s+say)\s+\S/i.test(whole.slice(0, at)) ? `, then ${v} ${np} ${rest}` : all; });
  // (not what a message says: "…, that the office is closed on Thursday", "… and a body saying the rota is published")
  s = s.replace(/(\band\s+|,\s*)(?!that\s+(?:the|a|an|our|my|its|their)\b)((?:the|a|an|its|that|this)\s+(?:(?!(?:saying|says|telling|reading|reads|stating)\b)[\w-]+\s+){0,3}?[\w-]+)\s+(?:gets?|is|are|should be|must be|needs? to be|will be)\s+([a-z]+ed|sent|shared|posted|done|made)\b(?=\s+(?:in|to|on|into|via|over|with|by)\b|\s*$)/gi, (all, lead: string, np: string, w: string) => { const v = verbOf(w); return v ? `${lead}${v} ${np}` : all; });
  // ("post a short AI-written summary in #sre of the report at https://…": the place said before what it is of)
  s = s.replace(/^(post|send|email|share|dm)\s+(?:an?\s+|the\s+)?((?:short|brief|quick|friendly)\s+)?ai[- ](?:written|generated|drafted|made|produced)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+((?:to|in|into)\s+(?:the\s+)?(?:[#@][\w.-]+|\uE000\d+\uE001))\s+(of|about|for|on)\s+(.+)$/i, (_a, verb: string, adj = '', what: string, to: string, prep: string, topic: string) => `write with AI a ${adj}${what} ${prep} ${topic}, then ${verb} it ${to}`);
  // "post an AI-written summary of https://… to #sales": the model writes it first, then it is sent
  s = s.replace(/^(post|send|email|share|dm)\s+(?:an?\s+|the\s+)?((?:short|brief|quick|friendly)\s+)?ai[- ](?:written|generated|drafted|made|produced)\s+((?:[\w-]+\s+){0,2}?[\w-]+)(?:\s+(of|about|for|on)\s+(.+?))?\s+(to|in|into)\s+(?=(?:the\s+)?[#@\uE000])/i, (_a, verb: string, adj = '', what: string, prep?: string, topic?: string, to?: string) => `write with AI a ${adj}${what}${prep ? ` ${prep} ${(topic ?? '').replace(/,\s*$/, '')}` : ''}, then ${verb} it ${to} `);
  // "… a reminder goes out to #planning asking …", "the digest gets sent to a@x": a thing said to go somewhere is sent there
  s = s.replace(/(^|,\s*|\b(?:and|then)\s+)((?:a|an|the|our|my|this|that)\s+[^,;]{1,60}?)\s+(?:goes|gets\s+sent|is\s+sent|gets\s+posted|is\s+posted)\s+(?:out\s+)?(individually\s+|separately\s+)?(to|in|on|into)\s+(?=[#@\uE000])/gi, '$1send $2 $3$4 ');
  // ("Result goes to cfo@x by email", "Summary goes out in #product", "'Backup complete' goes out in #infra": a bare noun or
  // the words themselves, said first)
  s = s.replace(/^((?:and\s+)?then,?\s+)?(?!(?:it|this|that|nothing|everything|all|no|someone|somebody|everyone|everybody|then)\s)((?:[\w-]+\s+){0,3}?[\w-]+|\uE000\d+\uE001)\s+(?:goes|gets\s+sent|is\s+sent|gets\s+posted|is\s+posted)\s+(?:out\s+)?(?:(by\s+e-?mail|on\s+slack|via\s+slack)\s+)?(to|in|on|into)\s+(?=[#@\uE000])/i, (_a, then = '', what: string, how = '', prep: string) => `${then}${/^\uE000/.test(what) ? 'send' : 'send the'} ${what.replace(/^the\s+/i, '')} ${how ? `${how} ` : ''}${prep} `);
  // "Remind the U16 parents that the fixture is at 10:30 - send an email to each of a@x, b@y": the dash says how to tell them
  s = s.replace(/^(remind|tell|notify|inform|warn|alert)\s+(.{2,60}?)\s+(that|about)\s+(.+?)\s+[—–-]\s+((?:send|post|email|e-mail|mail|dm|message)\b.*?)([.!?]?)$/i, (_a, verb: string, _who: string, rel: string, said: string, how: string, end: string) => `${how} ${({ remind: 'reminding', tell: 'telling', notify: 'telling', inform: 'telling', warn: 'warning', alert: 'warning' } as Record<string, string>)[verb.toLowerCase()]} them ${rel} ${said}${end}`);
  // "Email vp@x.io the output of the database query '…'": get it first, then send it
  s = s.replace(/^(email|e-mail|mail|send|dm|message)\s+([#@][\w.-]+|\uE000\d+\uE001)\s+(?:(?:an?\s+(?:e-?mail|message|note|dm)\s+)?(?:with|containing)\s+)?(?:(?:the\s+)?(?:output|results?|rows|answer|response|contents?|number|count|figure|total)\s+(?:(?:you|we)\s+get\s+(?:back\s+)?|that\s+comes\s+back\s+)?(?:of|from)|whatever\s+(?:comes\s+back|is\s+returned|(?:it|that)\s+returns|(?:you|we)\s+get(?:\s+back)?)\s+from)\s+(?:running\s+(?=\uE000))?(.+)$/i, (_a, verb: string, to: string, src: string) => `${/^(?:the\s+)?(?:database\s+|sql\s+)?query\b|\uE000/i.test(src) ? 'run' : 'get'} ${src}, then ${verb} it to ${to}`);
  // "there's three new folks, a@x, b@x and c@x, and each of them should get a welcome email": the list said, then one each
  // "Each of our new hires, a@x, b@x and c@x, should receive a welcome email": the list named, then one each
  s = s.replace(/^(?:each|every\s+one|all)\s+of\s+(?:our|the|my|these|those|your)\s+[^,]{2,40}?,\s*(.+?),\s*(?:(?:should|must|needs?\s+to|has\s+to|will)\s+(?:each\s+)?(?:get|receive|be\s+sent)|gets|receives|is\s+sent)\s+(.+)$/i, 'for each of $1, send $2');
  s = s.replace(/^(there(?:'s|’s|\s+is|\s+are)\s+.+?),\s*(?:and\s+)?(?:each|every\s+one|all)\s+of\s+them\s+(?:should|must|needs?\s+to|has\s+to|will)\s+(?:get|receive|be\s+sent)\s+(.+)$/i, '$1; for each of them, send $2');
  // "the payload is {"job": "nightly"}, POST that to https://…": the data said first is what is sent
  s = s.replace(/^(?:the\s+)?(?:payload|body|data|json|request\s+body)\s+(?:is|will\s+be|should\s+be)\s+(\uE000\d+\uE001)\s*[,;:]\s*(?:and\s+)?(.+)$/i, (all, data: string, rest: string) => (/\b(?:that|it|this)\b/i.test(rest) ? rest.replace(/\b(?:that|it|this)\b/i, data) : all));
  // "It is due 2026-09-15.", "It's high priority.": a property of what was just made, said as a statement
  s = s.replace(/^(?:it|this|that|the\s+(?:task|ticket|issue|card))\s*(?:is|'s|’s|should\s+be|will\s+be|must\s+be|needs\s+to\s+be)\s+due\s+(?:on\s+|by\s+)?(.+)$/i, 'set its due date to $1')
    .replace(/^(?:it|this|that|the\s+(?:task|ticket|issue|card))\s*(?:is|'s|’s|should\s+be)\s+(?:a\s+)?(low|medium|high|urgent|normal|top)(?:[- ]priority)?(?:\s+priority)?$/i, 'set its priority to $1');
  // "send the news … to #london and to london-staff@x": a channel and an address, one message each, said as each is sent
  s = s.replace(/^(send|share|forward|circulate)\s+(.+?)\s+to\s+(#[\w-]+)(?:\s+(?:on|in)\s+slack)?\s*,?\s+and\s+(?:to\s+|by\s+e-?mail\s+to\s+)?(\uE000\d+\uE001)(?=\s|$)/i, (all, _v: string, what: string, ch: string, to: string) => (ctx.spans[Number(/\d+/.exec(to)![0])]?.kind === 'email' ? `post ${what} to ${ch} and email ${what} to ${to}` : all));
  // "save a listing of the temp/ directory to reports/x.txt" (also said in the passive): list the folder, then save what came back
  s = s.replace(/\b(save|write|dump|store|export|put|copy)\s+(?:a|the)\s+(?:file\s+)?(?:listing|list|inventory|index)\s+of\s+(?:(?:all\s+)?(?:the\s+)?files\s+in\s+)?((?:the\s+)?\S+(?:\s+(?:folder|directory|dir))?)\s+(to|into|in)\s+(?=\S)/gi, 'list the files in $2, then $1 it $3 ');
  return s;
}

const MODAL = '(?:should|must|needs? to|has to|have to|will|can|ought to|is to|are to|is going to|are going to)';
// (a medium may follow: "the #company channel in Slack and staff@x by email should both be told …")
const WHO = '(?:(?:(?:the\\s+)?#[\\w-]+(?:\\s+channel)?|\\uE000\\d+\\uE001|@[\\w.-]+)(?:\\s+(?:in|on|via|over|by)\\s+(?:slack|e-?mail))?|\\p{Lu}\\p{Ll}+(?:\\s+(?:in|from|on)\\s+[\\w-]+)?|(?:the|our)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)';
/**
 * Requests said as what should happen to someone or something: "#shipping should get a nudge to …" →
 * "notify #shipping to …"; "Dana in IT should get a Slack DM about it" → "dm Dana in IT about it";
 * "the customer should get a confirmation email" → "email the customer a confirmation email";
 * "the report should go out to a@x" → "the report should be sent to a@x" (then read as a passive);
 * "X can't go to a@x until Karen signs off" → "only after Karen signs off, send X to a@x";
 * "the returns team needs an Asana task for it" → "create an Asana task for it";
 * "whatever comes back goes into logs/x.json" → "save whatever comes back to logs/x.json".
 */
function obligations(sentence: string, spans: Span[]): string {
  // ("a message should go to #shipping": to a destination, going is being sent)
  let s = sentence.replace(new RegExp(`\\b(${MODAL})\\s+go\\s+out\\s+(to|in|on)\\b|\\b(${MODAL})\\s+go\\s+(to)(?=\\s+(?:[#@]|\\uE000\\d+\\uE001))`, 'gi'), (_m, a?: string, b?: string, c?: string, d?: string) => `${a ?? c} be sent ${b ?? d}`);
  s = s.replace(new RegExp(`^(.+?)\\s+(?:can't|cannot|can not|must not|mustn't|shouldn't|should not|won't|may not)\\s+(?:go|go out|be sent|be emailed|be posted|be published|ship)\\s+((?:to|in|on)\\s+.+?)\\s+(?:until|before|unless)\\s+(.+)$`, 'i'), 'only after $3, send $1 $2');
  // ("the board pack goes to board@x": to a person or address it is sent; to a file it is saved)
  s = s.replace(/(^|,\s*|\band\s+)((?:whatever|what|the|it|that|this|its)\b.*?)\s+(?:goes|go|should go|will go|gets? (?:saved|written|stored))\s+(?:into|in|to)\s+(\S*\/\S*|\uE000\d+\uE001)/i, (_a, lead: string, what: string, where: string) => `${lead}${/\//.test(where) || (/\uE000/.test(where) && spans[Number(/\d+/.exec(where)![0])]?.kind === 'quote') ? 'save' : 'send'} ${what} to ${where}`);
  const dest = new RegExp(`(^|[,;]\\s*(?:and\\s+|so\\s+)?(?:then\\s+)?|\\b(?:and|so)\\s+(?:then\\s+)?|\\bthen\\s+)(${WHO}(?:\\s*(?:,|and)\\s*${WHO})*)\\s+${MODAL}\\s+(?:both\\s+|all\\s+|also\\s+|only\\s+)?(get|receive|see|hear(?:\\s+about)?|find out(?:\\s+about)?|learn(?:\\s+about)?|be told(?:\\s+about)?|be notified(?:\\s+about)?|be alerted(?:\\s+about)?|be informed(?:\\s+about)?|know about)(?:\\s*,)?\\s+(.*)$`, 'iu');
  s = s.replace(dest, (all, lead: string, who: string, verb: string, rest: string) => {
    // (an address receives whatever is sent: "billing@x should only receive the approved invoice after …")
    const address = /^(?:\uE000\d+\uE001)$/.test(who.trim()) && spans[Number(/\d+/.exec(who)![0])]?.kind === 'email';
    if (/^(?:get|receive|see)$/i.test(verb) && !address && !/^(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:e-?mail|message|dm|note|notification|nudge|reminder|ping|heads-up|alert|update|text|link|url|summary|results?|details|digest|recap)\b/i.test(rest) && !/^\uE000\d+\uE001/.test(rest)) return all;
    if (address && /^(?:get|receive)$/i.test(verb) && !/^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?e-?mail\b/i.test(rest)) return `${lead}send ${rest} to ${who}`;
    // ("#marketing should get an AI-written summary of <url>": the model writes it, then it goes there)
    if (/^(?:an?\s+|the\s+)?(?:short\s+|brief\s+|quick\s+)?ai[- ](?:written|generated|drafted|made|produced)\b/i.test(rest)) return `${lead}post ${rest.replace(/,?\s*(?:posted|sent|shared)?\s*(?:in|on|via)\s+slack\s*$/i, '')} to ${who}`;
    // ("The team should find out about a new task for X once it has been created": the task, then they hear of it)
    const made = /^(?:about\s+)?(?:an?\s+)(new\s+)?((?:asana\s+|github\s+)?(?:task|issue|ticket|to-?do)\b.*?)(?:\s+(?:once|after|when)\s+(?:it|that)\s+(?:has\s+been|is|gets)\s+(?:created|made|opened|filed))?$/i.exec(rest);
    if (made && /^(?:hear|find out|learn|be told|be notified|be informed|know)/i.test(verb)) return `${lead}create a ${made[2]}, then notify ${who} about it`;
    const how = /^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?e-?mail\b/i.test(rest) ? 'email' : /^(?:an?\s+|the\s+)?(?:slack\s+)?dm\b/i.test(rest) ? 'dm' : 'notify';
    const said = how === 'notify' ? rest.replace(/^(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:message|note|notification|nudge|reminder|ping|heads-up|alert|update|text)\b\s*/i, (x) => (/nudge|reminder/i.test(x) ? 'a reminder ' : '')) : how === 'dm' ? rest.replace(/^(?:an?\s+|the\s+)?(?:slack\s+)?dm\b\s*/i, '') : rest;
    const to = how === 'dm' ? who.replace(/^(\p{Lu}\p{Ll}+)(?:\s+(?:in|from|on)\s+[\w-]+)?$/u, '@$1') : who;
    return `${lead}${how} ${to} ${said}`.replace(/\s+$/, '');
  });
  // "… and disputes@x.com emailed", "… and #ops pinged": the auxiliary said once for both
  s = s.replace(/(\band\s+)(\uE000\d+\uE001|#[\w-]+|@[\w.-]+|(?:the|a|an|our|their)\s+[\w-]+(?:\s+team)?)\s+(emailed|notified|pinged|messaged|told|informed|alerted)\b/gi, (_a, and: string, who: string, v: string) => `${and}${v.toLowerCase() === 'emailed' ? 'email' : 'notify'} ${who}`);
  s = s.replace(new RegExp(`^${WHO}\\s+(?:needs?|wants?|should get|must get|requires?)\\s+((?:an?|one)\\s+(?:[\\w-]+\\s+){0,3}?(?:task|issue|ticket|todo|card)\\b)`, 'iu'), 'create $1');
  return s;
}

/** A sentence that asks for nothing and names nothing (no channel, person, address, quote or path): context for the next. */
function statementOnly(x: string, ctx: SegmentContext): boolean {
  return !isActionVerb(ctx.index, firstWord(x)) && !isControl(x) && !/[#@\uE000]|[\w.-]+\/[\w./-]+/.test(x);
}

/**
 * "We're hiring a data engineer in Lisbon and need a short job ad. Have the AI draft one.": a request to the
 * model that points back with "one"/"it" takes the sentence before it (a statement, not a request) as its brief.
 */
export function withContext(sentences: string[], ctx: SegmentContext): string[] {
  const out: string[] = [];
  for (let s of sentences) {
    let prev = out.at(-1);
    const toModel = /\bwith AI\b/i.test(s) && /^\S+\s+with AI\s+(?:one|it|this|that|them|something|some)\b|^\S+\s+(?:one|it|this|that|them)\s+with AI\b/i.test(s.trim());
    if (prev && toModel && statementOnly(prev, ctx)) {
      // (the brief goes with the request to the model, before any later clause: "Draft one: <brief>, then post it …")
      const cut = /,\s|\s+(?:and|then)\s/.exec(s);
      out[out.length - 1] = cut ? `${s.slice(0, cut.index)}: ${prev}${s.slice(cut.index)}` : `${s}: ${prev}`;
      continue;
    }
    // "The water will be off on Friday from 9 to 1. Could you post that in #building-c …": the statement is what is sent
    // (also "put a note about it in #x", "send a heads-up about this to …")
    // ("Send an email to a@x and b@x? Use the subject 'Quarterly summary' and let them know …": the message's subject, then its words)
    const subj = /^\s*(?:please\s+)?(?:use|make|set|put|give\s+it)\s+(?:the\s+|a\s+)?subject(?:\s+line)?(?:\s+(?:to|as|of))?\s+(\uE000\d+\uE001)(?:\s*,?\s*and\s+(.+))?$/i.exec(s);
    if (prev && subj && /^\s*(?:please\s+)?(?:email|e-mail|mail|send)\b/i.test(prev) && !/\bsubject\b/i.test(prev)) {
      out[out.length - 1] = `${prev} with the subject ${subj[1]}`;
      if (!subj[2]) continue;
      s = subj[2];
      prev = out.at(-1);
    }
    // ("Create a task for maintenance to replace the turbidimeter. Due 2026-03-15, high priority, assign it to Marco Diaz.":
    // a sentence of only the properties of the thing the one before makes)
    const prop = String.raw`(?:(?:due|deadline)(?:\s+(?:on|by))?\s+[^,;]+|(?:low|medium|high|urgent|normal)\s+priority|priority\s+(?:low|medium|high|urgent|normal)|(?:assign(?:ed)?(?:\s+(?:it|this))?|give\s+it)\s+to\s+[^,;]+|owner\s+[^,;]+|label(?:led|s)?\s+[^,;]+)`;
    if (prev && new RegExp(String.raw`^\s*${prop}(?:\s*,\s*(?:and\s+)?${prop})*\s*$`, 'i').test(s) && /^\s*(?:please\s+)?(?:create|make|add|open|file|raise|log|set\s+up)\b[^.]*\b(?:task|ticket|issue|to-?do|card)\b/i.test(prev)) {
      out[out.length - 1] = `${prev}, ${s.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`;
      continue;
    }
    // ("… apologising for the delayed shuttle? Subject 'Our apologies', cc guestrelations@x": fields of the message before)
    if (prev && /^\s*(?:subject(?:\s+line)?|cc|bcc|reply-to)\b\s*:?\s*\S/i.test(s) && /^\s*(?:please\s+)?(?:email|e-mail|mail|send|message|write\s+to)\b/i.test(prev)) {
      out[out.length - 1] = `${prev}, ${s.replace(/^\s*(subject(?:\s+line)?)\s*:?\s*/i, 'with the subject ')}`;
      continue;
    }
    // ("Email priya@x and tomas@x with the subject 'Budget'. Say the draft is in the shared drive.": the words of the message before)
    const sayIt = /^\s*(?:please\s+)?(?:say|mention|explain|write|(?:tell|notify|inform)\s+(?:them|him|her)|let\s+(?:them|him|her)\s+know)\s+(?:that\s+)?(.+)$/i.exec(s);
    if (prev && sayIt && /^\s*(?:please\s+)?(?:email|e-mail|mail|send|post|message|dm|notify|tell|ping|alert|remind)\b/i.test(prev) && !BODY_CUES.test(prev) && !/\b(?:saying|that says)\b/i.test(prev)) {
      ctx.spans.push({ kind: 'quote', text: restore(sayIt[1], ctx.spans).replace(/[\s.!?]+$/, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase()), raw: sayIt[1] });
      out[out.length - 1] = `${prev} saying ${ph(ctx.spans.length - 1)}`;
      continue;
    }
    // ("The staging database is being restored tonight. Please give the team a heads-up.": told to someone with no words of its own)
    const tell = /^\s*(?:please\s+)?(notify|tell|warn|alert|inform|ping|message)\s+((?:the\s+)?(?:[\w-]+\s+)?(?:team|folks|crew|squad|staff|everyone|everybody|channel|people)|[#@][\w.-]+|\uE000\d+\uE001)(?:\s+(?:about|of)\s+(?:it|this|that))?\s*(?:(?:on|in|via)\s+slack|(?:by|via)\s+e-?mail)?\s*$/i.exec(s);
    if (prev && tell && statementOnly(prev, ctx)) {
      ctx.spans.push({ kind: 'quote', text: restore(prev, ctx.spans).replace(/[\s.!?]+$/, ''), raw: prev });
      out[out.length - 1] = `${s.replace(/\s+(?:about|of)\s+(?:it|this|that)\b/i, '').trim()} saying ${ph(ctx.spans.length - 1)}`;
      continue;
    }
    // ("Could you let everyone in Slack know the deploy is done? Just post 'Deploy finished' in #releases.": the second
    // sentence says exactly how to do the first, which named no place)
    const how = /^\s*(?:just|simply|basically|specifically)\s*,?\s+((?:post|send|share|drop|put|email|message|dm)\b.*)$/i.exec(s);
    if (prev && how && /^\s*(?:please\s+)?(?:notify|tell|let|inform|announce|post|send|share|message|ping|alert|update)\b/i.test(prev) && !/[#@\uE000]/.test(prev)) {
      out[out.length - 1] = how[1];
      continue;
    }
    // ("Can you announce that the office is closed tomorrow? Post it in #general and email all@x.": the first sentence says
    // what, the second where; its "it" is what was to be announced)
    const what = prev && /^\s*(?:please\s+)?(?:announce|notify\s+(?:everyone|everybody|people|the\s+team)|tell\s+(?:everyone|everybody|people|the\s+team)|let\s+(?:everyone|everybody|people|the\s+team)\s+know|communicate|broadcast|share\s+the\s+news)\s+(?:that\s+|about\s+)?(.+?)[?.!]?$/i.exec(prev);
    const where = what && !/[#@\uE000]/.test(prev!) && /^\s*(?:please\s+)?(?:post|send|share|put|drop)\s+(?:it|this|that)\b(?=.*[#@\uE000])/i.exec(s);
    if (what && where) {
      ctx.spans.push({ kind: 'quote', text: restore(what[1], ctx.spans).replace(/[\s.!?]+$/, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase()), raw: what[1] });
      const marker = PARALLEL.exec(s);
      const body = s.replace(/^(\s*(?:please\s+)?(?:post|send|share|put|drop))\s+(?:it|this|that)\b/i, '$1');
      const at = marker && /^[\s.!?]*$/.test(body.slice(body.search(PARALLEL) + marker[0].length)) ? body.search(PARALLEL) : body.length;
      out[out.length - 1] = `${body.slice(0, at).trimEnd()} saying ${ph(ctx.spans.length - 1)}${at < body.length ? ` ${body.slice(at)}` : ''}`;
      continue;
    }
    // ("Water main break at 5th and Pine, boil order for that block. Email billing at b@x and post in #pw-dispatch at the same
    // time": messages that say nothing of their own say the statement before them)
    const marker = /\s*,?\s*\b(?:at\s+the\s+same\s+time|simultaneously|in\s+parallel|at\s+once)\b\s*[.!]?\s*$/i.exec(s);
    const clauses = (marker ? s.slice(0, marker.index) : s).split(/\s*,\s*(?:and\s+)?|\s+and\s+(?:then\s+)?/);
    const quoted = (c: string) => [...c.matchAll(/\uE000(\d+)\uE001/g)].some((m) => ctx.spans[Number(m[1])]?.kind === 'quote');
    const bare = prev && statementOnly(prev, ctx) && !/^(?:how|what|when|where|who|which|why|is|are|do|does|did|can|could|would|will)\b/i.test(prev.trim()) && clauses.length >= 1
      && clauses.every((c) => /^\s*(?:please\s+)?(?:email|e-mail|post|message|notify|alert|ping|tell|dm|text)\b/i.test(c) && !/^\s*(?:please\s+)?POST\b/.test(c) && !quoted(c) && /[#@]|\uE000/.test(c) && !BODY_CUES.test(c) && !/\b(?:that|about|saying|it|this)\b/i.test(c) && c.replace(/\uE000\d+\uE001|[#@][\w.-]+/g, ' ').split(/\s+/).filter((w) => w && !/^(?:please|email|e-mail|post|message|notify|alert|ping|tell|dm|text|in|on|at|to|via|by|the|a|an|slack|channel|team|folks|everyone|people)$/i.test(w)).length <= 3);
    if (bare) {
      ctx.spans.push({ kind: 'quote', text: restore(prev!, ctx.spans).replace(/[\s.!?]+$/, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase()), raw: prev! });
      out[out.length - 1] = `${marker ? s.slice(0, marker.index) : s} saying ${ph(ctx.spans.length - 1)}${marker ? ` ${marker[0].trim()}` : ''}`;
      continue;
    }
    // ("The -80 freezer is getting defrosted Thursday. Post in #lab-ops asking everyone to move their boxes out …": the
    // message says why before it asks; "I just put the flasks in …. … a reminder for me to pull them out": "them" is the flasks)
    const context = prev && statementOnly(prev, ctx) && /\b(?:post|send|message|ping|notify|tell|remind|put|drop|share)\b/i.test(s) && !/\uE000|\b(?:saying|that says|to say|stating)\b/i.test(s) ? prev : undefined;
    const ask = context && /^\s*(?:please\s+)?(?:post|send|message|ping|notify|tell|remind|put|drop|share)\b/i.test(s) && !/^\s*(?:i|i'm|i’m|i've|i’ve|my)\b/i.test(context) ? /^(.+?)\s+(asking|telling|reminding)\s+(everyone|everybody|all|folks|people|staff)\s+to\s+(.+)$/i.exec(s) : null;
    if (ask) {
      const words = ask[2].toLowerCase() === 'asking' ? `Could ${ask[3].toLowerCase()} ${ask[4].replace(/[.?!]+$/, '')}?` : `Please ${ask[4].replace(/[.?!]+$/, '')}.`;
      ctx.spans.push({ kind: 'quote', text: `${restore(context!, ctx.spans).replace(/[\s.!?]+$/, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase())}. ${words}`, raw: `${context} ${ask[0]}` });
      out[out.length - 1] = `${ask[1]} saying ${ph(ctx.spans.length - 1)}`;
      continue;
    }
    const plural = context && /\bthem\b/i.test(s) ? [...context.matchAll(/\b(?:the|my|our|those|these)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b/gi)] : [];
    if (plural.length === 1) { out.push(s.replace(/\bthem\b/i, plural[0][0].replace(/^(?:my|our)\s+/i, 'the '))); continue; }
    // ("… lifted as of 11am.\nIn parallel: post it in #general; post it in #emergency-info; …": the same under a heading)
    const heading = /^\s*in\s+parallel\s*:\s*/i.exec(s);
    if (heading && prev && /^\s*(?:post|send|share|announce|email)\s+(?:it|this|that)\b/i.test(s.slice(heading[0].length)) && statementOnly(prev, ctx)) {
      ctx.spans.push({ kind: 'quote', text: restore(prev, ctx.spans).replace(/[\s.!?]+$/, ''), raw: prev });
      out[out.length - 1] = `${heading[0]}${s.slice(heading[0].length).replace(/\b(post|send|share|announce|email)\s+(?:it|this|that)\b/gi, `$1 ${ph(ctx.spans.length - 1)}`)}`;
      continue;
    }
    const says = /^\s*(post|send|share|forward|announce|broadcast|email|e-mail|put|drop)\s+(?:(?:a|an)\s+(?:short\s+|quick\s+)?(?:note|message|update|heads-up|notice|line)\s+about\s+)?(that|this|it)\b(?!\s+(?:to|in)\s+(?:the\s+)?(?:file|folder)\b)/i.exec(s);
    // ("Just closed Cascade Outdoor Supply for 40 loads a month! Post it in #sales-wins": a verb in the past tells what happened)
    if (prev && says && !(isActionVerb(ctx.index, firstWord(prev)) && !inflected(firstWord(prev))) && !isControl(prev) && !/[#@\uE000]|[\w.-]+\/[\w./-]+/.test(prev)) {
      ctx.spans.push({ kind: 'quote', text: restore(prev, ctx.spans).replace(/[\s.!?]+$/, ''), raw: prev });
      out[out.length - 1] = `${/^(?:put|drop)$/i.test(says[1]) ? 'post' : says[1]} ${ph(ctx.spans.length - 1)}${s.slice(says.index + says[0].length)}`;
      continue;
    }
    out.push(s);
  }
  return out;
}

/** The object a clause names ("issue 203 in acme/web", "Asana task 12"). */
function named(x: string): string | undefined {
  // ("the bug fix task": a task named by what it is for)
  return /\b((?:[A-Z][\w]+\s+)?(?:task|issue|ticket|card|pr|pull request|item|story)\s+#?\d+(?:\s+(?:in|on|of)\s+[\w.-]+\/[\w.-]+)?)/i.exec(x)?.[1]
    ?? /\b(the\s+(?!new\b|same\b|last\b|next\b)(?:[a-z][\w-]*\s+){1,3}(?:task|issue|ticket))\b/i.exec(x)?.[1];
}

/** The clause run first says "it" for what the later one names: "comment on it" before "close issue 12 in acme/web". */
export function fwd(first: string, later: string): string {
  const n = named(later);
  // ("mark that Asana task as complete first": the task the later clause names)
  return n && !named(first) ? first.replace(/\b(?:it|th(?:at|is|e)\s+(?:asana\s+|github\s+)?(?:task|issue|ticket))\b/i, n) : first;
}
