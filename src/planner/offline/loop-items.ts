/**
 * The items of a loop: "for each of the Oslo, Bergen and Trondheim offices", "tasks 901, 902 and
 * 903", "alice@x.com, bob@y.com": the list is split into items, the noun they share is dropped,
 * and each item's kind (id, email, url, channel, user, path, repo, text) is recorded so the step
 * inside the loop can put {{item}} in the parameter of that kind.
 */
import type { EntityKind } from './catalog.ts';
import type { SegmentContext, Unit } from './clauses.ts';
import { restore, stem } from './text.ts';

/** A loop over "them" ("go through them one by one", "those invoices"): the items are a list said before. */
export const THEM_ITEMS = /^(?:them|(?:these|those)(?:\s+[\w-]+)?)(?:\s+(?:one\s+by\s+one|one\s+at\s+a\s+time|in\s+turn|individually))?$/i;

export function makeLoop(itemsText: string, ctx: SegmentContext): Extract<Unit, { type: 'loop' }> {
  // ("the Oslo, Bergen and Trondheim offices": the noun after capitalised names is what they are, not part of the last one)
  // ("each region in eu-west, us-east and ap-south": what the items are, then the items)
  // ("our clinics (Eastgate, Millbrook and Oak Hollow)", "our clinics: A, B and C": what they are, then the list)
  // ("our neighborhood partners, Eastside Neighbors, Riverside Merchants and …": what they are, a comma, then their names)
  // ("our rental publishers Boosey & Hawkes, Schott and Ricordi": a plural noun, then the names)
  const parts = itemsText.replace(/^(?:(?:our|the|my|these|those|all)\s+)?[a-z][\w\s-]{1,60}?\s*(?::|\(|[—–]|-\s)\s*(?=[\p{L}\d\uE000#@][^,]*(?:,|\band\b))/iu, '').replace(/^(?:our|my|the|these|those)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s\s+(?=\p{Lu}[^,]*,)/u, '').replace(/^(?:our|my|these|those)\s+[a-z][\w\s-]{1,40}?s\s*,\s*(?=\p{Lu}[^,]*(?:,|\band\b))/u, '').replace(/\)\s*$/, '').replace(/^(?:the\s+|our\s+|my\s+|these\s+|those\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z]{3,}s\s+(?=\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){1,2}\s*(?:,|\band\b))/u, '').replace(/^(?:the\s+|our\s+|my\s+|these\s+|those\s+)?(?:\p{L}+\s+){0,3}?[a-z]{3,}s\s+(?=[\w.@-]+\s*(?:,|\band\b))/iu, (m: string) => (/^[A-Z]{2,}\s+$/.test(m) || /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(m) ? m : '')).replace(/^(?:the\s+)?[a-z]{3,}\s+(?:in|of|from|among)\s+(?=[\w.@#-]+\s*(?:,|\band\b))/i, '').replace(/^((?:the\s+)?[\p{L}\d][\p{L}\d-]*(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[\p{L}\d][\p{L}\d-]*)+)\s+(?:environments|offices|sites|stores|regions|teams|servers|clusters|branches|warehouses|depots|departments|plants|schools|campuses|buildings|locations|markets|countries|cities|channels|repos|projects|services|apps|tables|databases|queues|buckets|folders|feeds|endpoints)$/u, '$1').replace(/^(?:(?:our|my|their)\s+)?((?:the\s+)?[\p{Lu}\d][\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[\p{Lu}\d][\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*)+)(?:\s+[a-z][\w-]*){0,2}\s+[a-z]{3,}s$/u, '$1').replace(/^the\s+(?=\p{Lu})/u, '').replace(/\s+(?:one at a time|one by one|in turn|each|individually|separately)\s*$/i, '').split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/).map((s) => s.trim()).filter(Boolean)
    // ("alice@x.com bob@y.com and carol@z.com", as dictated: values side by side are items too)
    .flatMap((p) => (/^(?:\uE000\d+\uE001\s+)+\uE000\d+\uE001$/.test(p) ? p.split(/\s+/) : [p]));
  // ("the reptile house, the nocturnal house and the aviary": an article said before every item is no part of their names)
  // (the first one's article was said with "each of the"; a list after a heading — "each room (studio A, the green room)" — keeps them)
  if (parts.length > 1 && itemsText.trim().replace(/^the\s+/i, '').startsWith(parts[0].replace(/^the\s+/i, '')) && parts.slice(1).every((x) => /^the\s+[a-z]/.test(x))) parts.forEach((x, i) => { parts[i] = x.replace(/^the\s+/, ''); });
  const kinds = new Set<EntityKind>();
  const items: string[] = [];
  // ("units 101, 102 and 103" are places, "tasks 901, 902" are ids: numbers are ids when the noun is one the catalogue acts on)
  const noun = /^(?:the\s+)?([a-z]{3,}?)e?s\s+(?=[\w.@#-]+\s*(?:,|\band\b))/i.exec(itemsText)?.[1];
  const idNoun = !noun || ctx.index.nouns.has(stem(noun)) || /^(?:number|id|item|ticket|card|pr|todo|story|storie)$/i.test(noun);
  for (const p0 of parts) {
    // "address in alice@x.com" → the entity
    // "tasks 901" (the noun shared by the list) → 901
    // (a code in capitals is part of the name: "PHYS 101")
    const p1 = p0.replace(/^(?:the\s+)?(?:[A-Za-z]+\s+)?(?:tasks?|issues?|tickets?|cards?|items?|prs?|pull requests?|stories|story|todos?|repos?|repositories|repository|projects?|channels?|numbers?|ids?|[A-Za-z]{2,}s)\s+(?=#?\d+$|[\w.-]+\/[\w.-]+$|#[\w-]+$)/i, (m: string) => (/^[A-Z]{2,}\s+$/.test(m) ? m : ''));
    if (/^#?\d+$/.test(p1)) { items.push(p1.replace(/^#/, '')); kinds.add(idNoun ? 'id' : 'text'); continue; }
    const one = p1.match(/\uE000\d+\uE001|(?<![\w])[#@][\w.-]+|(?<![\w/])[\w.-]+\/[\w./-]+/g);
    const p = one && one.length === 1 ? one[0] : p1.replace(/^the\s+(?=\p{Lu})/u, '');
    const ph = /^\uE000(\d+)\uE001$/.exec(p);
    if (ph) {
      const s = ctx.spans[Number(ph[1])];
      items.push(s.text);
      kinds.add(s.kind === 'email' ? 'email' : s.kind === 'url' ? 'url' : 'text');
    } else if (/^#[\w-]+$/.test(p)) { items.push(p); kinds.add('channel'); }
    else if (/^@[\w.-]+$/.test(p)) { items.push(p.slice(1)); kinds.add('user'); }
    else if (/^[\w./-]+\.\w{2,5}$/.test(p)) { items.push(p); kinds.add('path'); }
    else if (/^[\w.-]+\/[\w.-]+$/.test(p)) { items.push(p); kinds.add('repo'); }
    else items.push(restore(p, ctx.spans));
  }
  const literal = parts.length > 1 || kinds.size > 0;
  return { type: 'loop', itemsText, items: literal ? items : undefined, itemKinds: [...kinds], body: [] };
}
