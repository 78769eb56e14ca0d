/**
 * Passes over the units of a whole request, once its sentences are read: a condition said after a step that only
 * repeats its verb guards that step ("… and post it in #all-staff. Only post if there was something new."); a test of
 * "any of them" after a loop runs in each pass; a loop over "them" takes the list a statement gave just before; and
 * properties said before the thing they belong to move after it ("Make it high priority; I need an Asana task X").
 */
import { stripLead, isNarrative } from './action.ts';
import { isActionVerb } from './catalog.ts';
import { firstWord } from './clause-words.ts';
import type { SegmentContext, Unit } from './clauses.ts';
import { makeLoop, THEM_ITEMS } from './loop-items.ts';
import { WAIT_REASON } from './lexicon.ts';

/** The passes, in order. */
export function afterSegmenting(units: Unit[], ctx: SegmentContext): Unit[] {
  return thingSaidLast(listSaidBefore(guardSaidAfter(lookBeforeTest(whyItWaits(units))), ctx));
}

/** "Wait 20 minutes for them to get backed in, then post …": why it waits is no step. */
function whyItWaits(units: Unit[]): Unit[] {
  return units.filter((u, i) => !(u.type === 'action' && units[i - 1]?.type === 'wait' && WAIT_REASON.test(u.text)));
}

/**
 * "send a request to https://… and check the response code; if it is anything other than 200, …": looking at what came
 * back, said just before the test of it, is that test, not another request.
 */
function lookBeforeTest(units: Unit[]): Unit[] {
  return units.filter((u, i) => !(u.type === 'action' && i > 0 && units[i + 1]?.type === 'condition'
    && /^(?:and\s+)?(?:then\s+)?(?:check|inspect|look\s+at|verify|examine|read|see)\s+(?:the\s+|its\s+|what\s+)?(?:response|status|http\s+status|return|result|reply)(?:\s+(?:code|status|it\s+returns|comes\s+back))?$/i.test(u.text.trim())));
}

/**
 * "…, and post it in #all-staff. Only post if there was actually something new.": a condition said after, on a step
 * named again only by its verb, guards that step rather than adding another.
 */
function guardSaidAfter(units: Unit[]): Unit[] {
  for (let i = units.length - 1; i > 0; i--) {
    const c = units[i], prev = units[i - 1];
    if (c.type !== 'condition' || c.else.length || c.then.length !== 1 || c.then[0].type !== 'action' || prev.type !== 'action') continue;
    const stub = /^(?:but\s+)?(?:only\s+)?([a-z]+)(?:\s+(?:it|that|them|this|anything|the\s+\w+))?\s*$/i.exec(c.then[0].text.trim());
    if (!stub || firstWord(stripLead(prev.text)).toLowerCase() !== stub[1].toLowerCase()) continue;
    c.then = [prev];
    units.splice(i - 1, 1);
  }
  return units;
}

/**
 * "We have three new hires starting Monday: Sofia Marin, Tomás Reyes and Aiko Tanaka. For each of them, …": a loop over
 * "them" takes the list a statement just before it gave after a colon — or a list said on its own just after it.
 */
function listSaidBefore(units: Unit[], ctx: SegmentContext): Unit[] {
  // ("check each of A, B and C and post in #x if any of them doesn't return 200": the test of each pass, in the pass)
  for (let i = units.length - 1; i > 0; i--) {
    const u = units[i], loop = units[i - 1];
    if (u.type === 'condition' && loop.type === 'loop' && loop.body.some((b) => b.type === 'action') && /^(?:any|either|one)\s+(?:one\s+)?of\s+them\b/i.test(u.cond)) {
      u.cond = u.cond.replace(/^(?:any|either|one)\s+(?:one\s+)?of\s+them\b/i, 'it');
      loop.body.push(...units.splice(i, 1));
    }
  }
  units.forEach((u, i) => {
    const prev = units[i - 1];
    if (u.type !== 'loop' || u.items || !THEM_ITEMS.test(u.itemsText.trim()) || prev?.type !== 'action' || (!isNarrative(prev.text) && isActionVerb(ctx.index, firstWord(prev.text)))) return;
    const list = /:\s*([^:]+?(?:,|\band\b)[^:]+)$/.exec(prev.text)?.[1];
    const said = list && makeLoop(list, ctx);
    if (said && said.items && said.items.length >= 2) { u.items = said.items; u.itemKinds = said.itemKinds; }
  });
  // ("Can you email each of them a reminder? a@x, b@x, c@x": the list said right after, on its own)
  for (let i = units.length - 1; i > 0; i--) {
    const u = units[i], loop = units[i - 1];
    if (u.type !== 'action' || loop.type !== 'loop' || loop.items || !THEM_ITEMS.test(loop.itemsText.trim()) || !/^\s*\uE000\d+\uE001(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)\uE000\d+\uE001)+\s*[.!]?\s*$/.test(u.text)) continue;
    const said = makeLoop(u.text.replace(/[.!]\s*$/, ''), ctx);
    if (!said.items || said.items.length < 2) continue;
    loop.items = said.items; loop.itemKinds = said.itemKinds;
    units.splice(i, 1);
  }
  return units;
}

/** "make it high priority", "assign it to X", "set the due date to D": a clause that only sets a property of a thing. */
const PROPERTY_ONLY = /^(?:(?:make|mark|flag|set|give)\s+(?:it|its|the\s+(?:due\s+date|priority|assignee|deadline))\b|assign\s+it\b|(?:it|this)\s+(?:should|must|needs?\s+to)\s+(?:be|have)\b)/i;
const MAKES_THING = /^(?:create|make|open|add|file|raise|log)\s+(?:an?\s+)(?:[\w-]+\s+){0,2}?(?:task|issue|ticket|card|todo)\b/i;

/**
 * "Make it high priority, assign it to the facilities team and set the due date to D; I need an Asana task called X":
 * properties said before the thing they belong to — when nothing was made before them, the thing is made first.
 */
function thingSaidLast(units: Unit[]): Unit[] {
  const first = units.findIndex((u) => u.type !== 'action' || !isNarrative(u.text));
  let end = first;
  while (end >= 0 && end < units.length && units[end].type === 'action' && PROPERTY_ONLY.test(stripLead((units[end] as { text: string }).text))) end++;
  const maker = units[end];
  if (first < 0 || end === first || maker?.type !== 'action' || !MAKES_THING.test(stripLead(maker.text))) return units;
  return [...units.slice(0, first), maker, ...units.slice(first, end), ...units.slice(end + 1)];
}

