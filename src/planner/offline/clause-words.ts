/**
 * Word-level tests on clauses shared by the sentence rewrites and the clause splitter: the first
 * word after lead-ins, whether a clause opens with a control phrase, inflected verb forms, and the
 * verb of a gerund.
 */
import { stripLead } from './action.ts';
import { APPROVAL_AFTER, APPROVAL_ASK, APPROVAL_WORDS, CONDITION_LEAD, ELSE_LEAD, LOOP_HEAD, WAIT, WAIT_LATER, WAIT_LEAD, WAIT_UNTIL } from './lexicon.ts';
import { words } from './text.ts';

/** The first word of a clause after its lead-in words, lower-cased. */
export function firstWord(t: string): string {
  return (words(stripLead(t))[0]?.w ?? '').toLowerCase();
}

/** Does the clause start with a control phrase (a condition, loop, wait, else or approval)? */
export function isControl(t: string): boolean {
  const s = stripLead(t);
  return CONDITION_LEAD.test(s) || LOOP_HEAD.test(s) || WAIT.test(s) || WAIT_LEAD.test(s) || WAIT_LATER.test(s) || WAIT_UNTIL.test(s) || ELSE_LEAD.test(s) || (APPROVAL_WORDS.test(s) && (APPROVAL_ASK.test(s) || APPROVAL_AFTER.test(s)));
}

/** "created", "sending": not the imperative that starts a clause ("ping", "need" are). */
export function inflected(w: string): boolean {
  return (w.length >= 6 && /ing$/.test(w)) || (w.length >= 5 && /[^e]ed$/.test(w)) || IRREGULAR_PAST.test(w);
}

/** Past forms that are never the imperative ("lost and found", "the ones we sent"). */
const IRREGULAR_PAST = /^(?:found|sent|made|took|gave|wrote|told|brought|bought|kept|went|saw|said|thought|got|ran|held|began|broke|chose|drove|knew|lost|met|paid|sold|spoke|stood|taught|threw|won|wore)$/i;

/** "sending" → "send", "creating" → "create": a gerund's verb. */
export function gerundToVerb(w: string): string {
  const l = w.toLowerCase();
  if (!l.endsWith('ing')) return l;
  let b = l.slice(0, -3);
  if (/([^aeiouls])\1$/.test(b) && !/^(?:add|err|buzz|fizz|egg|ebb)$/.test(b)) b = b.slice(0, -1);
  else if (/(at|iz|ur|os|as|us|ov|et|ot|in|uc|ag|ar|am|av|ut|ud|ir|iv|ok)$/.test(b) && !/^(post|send|fetch|print|list|alert|start|request|comment|assign|add)$/.test(b)) b += 'e';
  return b;
}

/** "fail" → "fails", "be down" → "is down", "go down" → "goes down", "not return 200" → "does not return 200". */
export function thirdPerson(verbPhrase: string): string {
  return verbPhrase.replace(/^(\w+)/, (v: string) => {
    const l = v.toLowerCase();
    if (l === 'be') return 'is';
    if (l === 'not') return 'does not';
    if (l === 'have') return 'has';
    if (/(?:ss|sh|ch|x|o)$/.test(l)) return `${v}es`;
    if (/[^aeiou]y$/.test(l)) return `${v.slice(0, -1)}ies`;
    return `${v}s`;
  });
}
