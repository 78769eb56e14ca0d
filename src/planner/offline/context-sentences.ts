/**
 * Sentences of a request that add no step of their own, dropped before the rest is read as clauses: one that only says
 * to run the whole request ("Run this check every 15 minutes."), says again what the steps already do ("Set it up.",
 * "Take the number it returns.", "I want last week's revenue waiting in my inbox …"), or makes the thing just asked for
 * ("We need a task for the bug fix. Raise it first."); and, before the steps they lead to, a complaint about doing it by
 * hand, a wish that names the whole ("I want a daily sanity check on the public API."), a need that names no one ("Need
 * to send the invitation to bid out."), a duty stated ("OSHA 300A summary has to be posted by Feb 1."), a favour
 * asked in general ("Can you set up the summer promo in the ticketing system?"), a need named ("Bug fix needs tracking.")
 * a step said loosely before it is said in full on the same app ("Log the login bug on GitHub. Open an issue in …") and
 * who needs to hear, before the steps that tell them ("Ops should hear about it if the API goes down. Call …");
 * after the steps, why they are wanted ("The product folks don't want to read the whole thing.").
 */
import { stripLead } from './action.ts';
import { isActionVerb } from './catalog.ts';
import { firstWord } from './clause-words.ts';
import type { SegmentContext } from './clauses.ts';
import { COMPLAINT } from './lexicon.ts';

/** A sentence that only says to run the whole request again. */
const WHOLE = /^(?:please\s+)?(?:run|do|repeat|perform|execute|schedule|trigger)\s+(?:this|that|it|these|all\s+(?:of\s+)?(?:this|that)|the\s+(?:whole\s+|same\s+)?(?:thing|check|checks|job|workflow|flow|process|routine|automation))(?:\s+(?:check|checks|job|workflow|flow|process|routine|automation|again|too|as\s+well))?$/i;
/** The request, or its result named, said again: "Set it up.", "Take the number it returns.", "I want X waiting in my inbox". */
const SAID_AGAIN = /^(?:(?:i|we)\s*(?:want|need|['’]d\s+like|would\s+like)\s+(?:[\w'’-]+\s+){1,6}?(?:waiting|ready|sitting|there|to\s+land|in\s+my\s+inbox)\b[^#@\uE000]*|(?:please\s+)?(?:set\s+(?:it|this|that)\s+up|make\s+it\s+happen|get\s+it\s+done|go\s+ahead)(?:\s+please)?|(?:take|grab|use|keep|note)\s+(?:the\s+)?(?:number|result|count|value|output|answer|figure|total)s?\s+(?:it|that|which)\s+(?:returns|gives(?:\s+back)?|comes\s+back\s+with|spits\s+out))$/i;
/** "I want a daily sanity check on the public API.": a wish that names what the steps after it are. */
const WISH_HEADING = /^(?:i|we)\s*(?:want|need|would\s+like|'d\s+like)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:check|checks|report|workflow|automation|process|routine|monitor|setup|system)\b[^\uE000#@]*$/i;
/** A wish for who hears it or when, said as the whole sentence: "I want the team to hear it before any customers ask". */
const REASON_START = /^(?:(?:i|we)\s*(?:want|need|['’]d\s+like|would\s+like)\s+(?:the\s+(?:whole\s+)?team|them|everyone|everybody|her|him|people|folks)\s+to\s+(?:hear|know|see|find\s+out|be\s+aware)\b|(?:i|we)\s*['’]d\s+rather\s+(?:not\s+)?(?:announce|post|send|say|share|tell)\b)/i;
/** The same wish said as the reason for a statement: "…, so I'd like them to hear the news today". */
const REASON_ANY = /\b(?:so|since|because)\s+(?:i|we)\s*(?:['’]d\s+like|would\s+like|want|need)\s+(?:the\s+team|them|everyone|everybody|her|him|people|folks)\s+to\s+(?:hear|know|see|find\s+out|get)\b/i;
/** Verbs that do the same kind of step ("send" and "email", "create" and "open"). */
const KINDS = [/^(?:send|email|e-mail|mail|post|message|dm|notify|tell|ping|share|forward|announce|alert)$/i, /^(?:create|open|make|add|file|log|raise|set)$/i];

function sameKind(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || KINDS.some((k) => k.test(a) && k.test(b));
}

/** "We need a task for the bug fix. Raise it first.": the thing needed, then the verb that makes it — one step. */
function makesItAgain(prev: string, x: string): boolean {
  return /^(?:raise|create|open|make|log|file|add|set\s+up)\s+it(?:\s+(?:first|now|please|right\s+away|straight\s+away))?$/i.test(x.trim()) && /(?:\b(?:need|needs|want|wants)|^(?:create|make|open|raise|log|file))\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:task|issue|ticket|card)\b/i.test(prev.trim());
}

/** "Need to send the invitation to bid out. Email each of these subs: …": a need that names no one, then the same kind of step said in full. */
function needHeading(x: string, next: string): boolean {
  const n = /^(?:i\s+|we\s+)?(?:need|needs|have|has|got|want)\s+to\s+([a-z]+)\b/i.exec(x);
  return Boolean(n) && !/[#@\uE000]/.test(x) && /[#@\uE000]/.test(next) && sameKind(/^(?:get|put)$/i.test(n![1]) && /\bout$/i.test(x) ? 'send' : n![1], firstWord(next));
}

/** Drops, in place, the sentences (`said`, punctuation gone; `parts`, as written) that add no step of their own. */
export function dropContext(said: string[], parts: string[], ctx: SegmentContext): void {
  if (said.length < 2) return;
  // (polite forms have already said it as "create the summer promo …?": a question naming nothing, then a step naming where)
  const asked = parts.map((p) => /\?\s*$/.test(p));
  const askHeading = (i: number) => said.length === parts.length && asked[i] && !/[#@\uE000]/.test(said[i]) && /[#@\uE000]/.test(said[i + 1]) && isActionVerb(ctx.index, firstWord(said[i + 1])) && /^(?:create|set|make|arrange|organi[sz]e|handle|sort|get)\b/i.test(said[i].trim()) && !/\b(?:asana|github|slack|task|issue|ticket|e-?mail|message)\b/i.test(said[i]);
  // ("OSHA 300A summary has to be posted by Feb 1. Create an asana task …": a duty stated, with no place or app, before the step that serves it)
  // ("Bug fix needs tracking. Make the Asana task for the bug fix first, …": a need named, then the step that meets it)
  const needNamed = (x: string, next: string) => /^(?:the\s+|our\s+|this\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+needs?\s+(?:tracking|logging|a\s+task|a\s+ticket|following\s+up|sorting(?:\s+out)?|fixing|looking\s+into)$/i.test(x) && isActionVerb(ctx.index, firstWord(next));
  // ("… post that summary in #product? The product folks don't want to read the whole thing.": why, said after the steps)
  const whyAfter = (i: number) => i > 0 && i === said.length - 1 && !/[#@\uE000]/.test(said[i]) && /^(?:the|our|my|their)\s+(?:[\w'’-]+\s+){0,3}?(?:people|folks|team|crew|client|clients|customers?|staff|users?|members)\b[^.!?]*\b(?:need|needs|want|wants|don['’]t|doesn['’]t|won['’]t|can|will|always|keep)\b/i.test(said[i]) && isActionVerb(ctx.index, firstWord(stripLead(said[i - 1])));
  // ("Let's log the login bug on GitHub. Open an issue in acme/web titled 'X', …": the step said loosely, then in full — the same
  // kind of step on the same app, the second with the values)
  const appOf = (x: string) => (/\bgithub\b|\bissue\b/i.test(x) ? 'github' : /\basana\b|\btask\b/i.test(x) ? 'asana' : /\bslack\b|#[\w-]/i.test(x) ? 'slack' : /\be-?mail\b|\uE000/i.test(x) ? 'email' : undefined);
  const saidLoosely = (x: string, next: string) => isActionVerb(ctx.index, firstWord(x)) && !/[#@\uE000]/.test(x) && /[#@\uE000]/.test(next) && sameKind(firstWord(x), firstWord(next)) && appOf(x) !== undefined && appOf(x) === appOf(next);
  // ("Ops should hear about it if the API goes down. Call https://… and, if …, alert #ops", "Right, the #triage folks need to see
  // new stuff as it comes in. When a new issue …, post its link in #triage": who needs to hear, then the steps that tell them)
  const needsToHear = (x: string, next: string) => /^(?:[\w#@'’-]+\s+){0,5}?(?:needs?|wants?|should|must|has\s+to|have\s+to)\s+(?:to\s+)?(?:know|hear|see|be\s+told|be\s+warned|be\s+alerted|find\s+out)\b/i.test(x) && !/\uE000/.test(x)
    && /\b(?:post|send|alert|notify|e-?mail|message|dm|tell|let|ping|warn|share)\b/i.test(next) && (isActionVerb(ctx.index, firstWord(stripLead(next))) || /^(?:when|whenever|every|each|if|once|call|fetch|check|hit)\b/i.test(next));
  const dutyStated = (x: string, next: string) => /^(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,4}\s+(?:has|have|needs?|must|should)\s+(?:to\s+)?be\s+[a-z]+(?:ed|en|t)\b/i.test(x) && !/[#@\uE000]|\b(?:slack|e-?mail|asana|github|team|everyone|everybody|channel)\b/i.test(x) && isActionVerb(ctx.index, firstWord(next));
  // ("I want the team to hear it before any customers ask.", "I'd rather not announce it before the job has finished.", "Jane and
  // Bob are prepping for calls, so I'd like them to hear the news today.": why, or who should hear, said beside the steps that do it)
  const reasonOnly = (x: string) => !/[#@\uE000]/.test(x) && (REASON_START.test(x) || REASON_ANY.test(x));
  const stepBefore = (i: number) => said.slice(0, i).some((x) => isActionVerb(ctx.index, firstWord(stripLead(x))));
  for (let i = said.length - 1; i >= 0; i--) {
    const next = said[i + 1];
    // (the sentence after asks for a step)
    const stepNext = next !== undefined && isActionVerb(ctx.index, firstWord(stripLead(next)));
    const drop = WHOLE.test(said[i])
      || ((i > 0 || stepNext) && SAID_AGAIN.test(said[i]))
      || (i > 0 && makesItAgain(said[i - 1], said[i]))
      // ("I'm sick of typing 'Deploy finished' into #releases by hand. Can you post it …": why, then what to do)
      || (stepNext && COMPLAINT.test(said[i])) || whyAfter(i) || (reasonOnly(said[i]) && (stepNext || stepBefore(i)))
      || (next !== undefined && (WISH_HEADING.test(said[i]) || needHeading(said[i], next) || dutyStated(said[i], next) || needNamed(said[i], next) || saidLoosely(said[i], next) || needsToHear(said[i], next) || askHeading(i)));
    if (drop) said.splice(i, 1);
  }
}
