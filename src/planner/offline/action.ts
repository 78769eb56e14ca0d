/**
 * One action clause → one operation with parameters. The operation is the best-ranked one of the
 * catalogue for the clause's words, named apps and entities (narratives, favours asked of a person
 * and other apps are not actions); its parameters are filled by fill.ts, and what the clause leaves
 * over — a URL to read first, a file or channel to deliver the result to, a time to wait for — is
 * returned for the planner to add steps around it.
 */
import type { PlannedTrigger } from '../types.ts';
import { isActionVerb, isMessageLike, rankOps, verbSpread, type CatalogIndex, type EntityKind, type OpProfile } from './catalog.ts';
import { extractEntities, type Entity } from './entities.ts';
import { fill, findContent } from './fill.ts';
import { AUDIENCE, BODY_CUES, LEAD_FILLERS, LIGHT_VERBS, ONCE_MADE, OTHER_APPS, REFERENCE_CUES, STOP } from './lexicon.ts';
import { naturalSql } from './nlsql.ts';
import { bareNounStep, ph, PH, restore, stem, words, type Span } from './text.ts';

/** An earlier action step a clause may refer to. */
export interface Produced {
  id: string;
  op: OpProfile;
  params: Record<string, unknown>;
  /** Words of the clause that made it (to match "the query", "the task"). */
  words: Set<string>;
}

/** What the items of the enclosing loop are: their kinds, and for rows the field holding each kind. */
export interface LoopItem {
  kinds: EntityKind[];
  fields?: Partial<Record<EntityKind, string>>;
  /** the items are bare handles ("hgreene, tnakamura"): people when the operation wants one */
  handles?: boolean;
  /** what one item is, from the words naming the list ("the skus A, B and C" → "sku") */
  noun?: string;
  /** how many steps were made before the loop: the ones after are this pass's own */
  since?: number;
}

export interface ActionContext {
  index: CatalogIndex;
  spans: Span[];
  now: Date;
  timezone?: string;
  history: Produced[];
  trigger?: PlannedTrigger;
  /** Kinds of the current loop's items, when inside a loop body. */
  loopItem?: LoopItem;
  /** Inside a condition's branch: what was tested, on which step. */
  condition?: { text: string; step?: Produced };
  notes: string[];
  /** Values said in context sentences, which "it" may point at later (filled as they are met). */
  said?: { kind: EntityKind; value: string; trigger?: boolean; alias?: boolean; app?: string }[];
}

export interface PlannedAction {
  op: OpProfile;
  params: Record<string, unknown>;
  name: string;
  words: Set<string>;
  missing: string[];
  /** Parameters taken over from earlier steps rather than said in this clause. */
  carried: string[];
  /** A file the result should go to ("export 'select …' to exports/a.csv"): a later step writes it. */
  sink?: { kind: EntityKind; value: string; more?: string[] };
  /** A URL or path the operation has no parameter for ("summarize https://…"): an earlier step should read it. */
  unusedSource?: { kind: EntityKind; value: string; span?: number; start: number; end: number };
  /** A date-time said for the action itself ("remind @sam tomorrow at 10am"): wait until then first. */
  waitUntil?: string;
  /** More destinations for the same step ("notify #data and #eng"): one copy each. */
  fanout?: { param: string; values: unknown[] };
  /** The clause points back at an earlier step ("assign it to …"). */
  anaphor: boolean;
  /** "tell her …": the object is a person already addressed. */
  pronounObject: boolean;
  /** The clause names its own object (a quote, a topic, a head noun, a title). */
  hasObject: boolean;
  /** The message text is only the clause itself ("tell #sales"): nothing was said to send. */
  bodyDefault?: string;
}

export type ActionResult = (PlannedAction & { text?: string }) | { unmapped: string; reason: string };

const MIN_SCORE = 2.2;

/** Strips fillers ("and then also …") from the start of a clause; "On task 5566, add …" → "add … on task 5566". */
export function stripLead(text: string): string {
  let t = text.trim().replace(/^[\s,;:.–—-]+/, '');
  for (;;) {
    const m = /^([A-Za-z']+)[\s,]+/.exec(t);
    if (!m || !LEAD_FILLERS.has(m[1].toLowerCase())) break;
    t = t.slice(m[0].length);
  }
  t = t.replace(/^(?:after that|after this|and then|once (?:that's|that is|it's|it is) done|when (?:that's|that is) done|once done|when done|next up)[\s,]+/i, '');
  t = t.replace(new RegExp(`^${ONCE_MADE}[\\s,]+`, 'i'), '');
  const pp = /^((?:on|in|for|from|via|using|within|inside|into|to|during)\s+[^,]{1,60}?),\s*(.+)$/i.exec(t);
  if (pp && !/^(?:on|in)\s+(?:parallel|the meantime|addition|case|order)\b|^(?:for|to)\s+(?:each|every|all)\b/i.test(pp[1])) t = beforeContent(pp[2], pp[1]);
  return t.trim();
}

/** Adds a phrase to a clause before any message content ("add a comment on task 302 saying …"), else at the end. */
export function beforeContent(clause: string, phrase: string): string {
  const cue = /\s+(?:saying|that says|which says|reading|with the (?:text|message|body)|telling them)\s|:\s/i.exec(clause);
  return cue ? `${clause.slice(0, cue.index)} ${phrase}${clause.slice(cue.index)}` : `${clause} ${phrase}`;
}

function otherApp(text: string, index: CatalogIndex): string | undefined {
  const t = text.toLowerCase();
  // "write with AI a tweet about it": text to generate, not an app to post to
  // ("draft with AI a LinkedIn post": a post is what is written; "… and post it on LinkedIn" is where it goes)
  if (/\bwith ai\b/.test(t) && /^\s*(?:write|draft|compose|generate)\b/.test(t) && !/\b(?:post|send|publish|share)\s+(?:it|them|this|that|the|on|to)\b|\btweet it\b/.test(t)) return undefined;
  // ("read the Discord feedback export at exports/x.txt", "POST to our Discord webhook at https://…": the place is named, the app
  // only says what it is)
  const at = /\b(?:at|in|from|to)\s+(?:https?:\/\/\S+|[\w.~-]*\/[\w./-]+\.\w{1,6})/.test(t);
  for (const app of OTHER_APPS) {
    if (index.apps.has(app)) continue;
    const a = app.replace(/[.]/g, '\\.');
    if (at && new RegExp(`\\b(?:the|our|my|their|a|an)\\s+${a}\\s+[a-z]`).test(t)) continue;
    // ("from the SMS database", "the Discord webhook at …": the app names what kind of database or hook it is)
    if (new RegExp(`\\b${a}\\s+(?:database|db|portal|system|export|server|api|endpoint|webhook|data|table|feed|log|logs|backup|dump)\\b`).test(t)) continue;
    if (new RegExp(`\\b(?:in|on|to|via|using|through|into|with|a|an|the|my|our|from)\\s+${a}\\b|\\b${a}\\s+(?:card|board|message|ticket|issue|channel|page|doc|sheet|notification|dm|chat|event|invite|meeting|story|item)s?\\b|^${a}\\b`).test(t)) return app;
  }
  return undefined;
}

/** "notified" → "notify", "sent" → "send" (a participle back to the verb it comes from). */
export function participleToVerb(index: CatalogIndex, w: string): string | undefined {
  const l = w.toLowerCase();
  const irregular: Record<string, string> = { sent: 'send', left: 'leave', written: 'write', made: 'make', done: 'do', run: 'run', put: 'put', set: 'set', told: 'tell', kept: 'keep', given: 'give', read: 'read', built: 'build', got: 'get', gotten: 'get' };
  const cands = irregular[l] ? [irregular[l]] : /ied$/.test(l) ? [`${l.slice(0, -3)}y`] : /ed$/.test(l) ? (silentE(l) ? [l.slice(0, -1), l.slice(0, -2), l.slice(0, -3)] : [l.slice(0, -2), l.slice(0, -1), l.slice(0, -3)]) : [];
  return cands.find((c) => c.length > 1 && isActionVerb(index, c) && (Boolean(irregular[l]) || stem(c) === stem(l) || l === `${c}ed`));
}

/** Does an -ed participle drop a silent e? ("summarized" → "summarize", "updated" → "update"; "posted", "emailed", "edited" do not.) */
function silentE(l: string): boolean {
  // (two vowels keep no e before most consonants: "downloaded", "needed", "cleaned", "greeted"; but "released", "received",
  // "created", "negotiated")
  // ("nudged", "judged", "charged", "solved": a soft g or a v keeps its e)
  if (/(?:dg|rg|lv|rv)ed$/.test(l)) return true;
  return /ed$/.test(l) && /[aeiou][^aeiouwy]$/.test(l.slice(0, -2)) && !/(?:ail|en|el|al|er|it|ot|ut|ol|(?:oa|ee|oo|ou|ai|ea)[^aeiouwysvzt]|(?:ee|oo|oa)t)$/.test(l.slice(0, -2));
}

/** An -ed participle's plain form, whether or not the catalogue knows the verb ("compared" → "compare"). */
export function plainOfParticiple(w: string): string {
  const l = w.toLowerCase();
  // ("dropped" → "drop", "logged" → "log"; "called", "passed" keep both letters)
  if (/([bdgmnprt])\1ed$/.test(l)) return l.slice(0, -3);
  return silentE(l) ? l.slice(0, -1) : l.replace(/ed$/, '');
}

/** "A task called X should be created in Asana" → "create A task called X in Asana". */
function activeVoice(t: string, index: CatalogIndex): string {
  const m = /^(.+?)\s+(?:(?:should|must|needs? to|has to|have to|will|shall|is to|are to|can|could|would|ought to)\s+(?:be|get)|gets?)\s+([a-z]+)\b(.*)$/i.exec(t);
  if (!m || isActionVerb(index, words(t)[0]?.w ?? '') || BODY_CUES.test(m[1])) return t;
  const v = participleToVerb(index, m[2]);
  return v ? `${v} ${m[1]}${m[3]}` : t;
}

export function analyzeAction(text: string, ctx: ActionContext, inherited?: { verb?: string; op?: OpProfile }): ActionResult {
  let t = stripLead(text);
  if (inherited?.verb && !isActionVerb(ctx.index, (words(t)[0]?.w ?? ''))) t = `${inherited.verb} ${t}`;
  t = activeVoice(t, ctx.index);
  const plain = restore(t, ctx.spans);
  // (an app named inside the message — "let them know the Salesforce sync is back" — is what it says, not where to act)
  const said0 = findContent(t);
  // (nor one inside quoted words: "comment 'Fixed by the SMS gateway patch' on issue 412")
  // (nor one in what someone else does after it: "post in #social-desk so whoever's on pushes it to Facebook")
  const purpose = /\s+so\s+(?:that\s+)?(?:whoever|someone|somebody|they|he|she|people|everyone|the\s+[\w-]+|[a-z]+['’]s)\b/i.exec(t);
  const other = otherApp((said0 ? t.slice(0, said0.start) : purpose ? t.slice(0, purpose.index) : t).replace(PH, ' '), ctx.index);
  if (other) return { unmapped: plain, reason: `"${other}" is not among the connected drivers` };
  let ents = extractEntities(t, ctx.spans, ctx.now, ctx.timezone);
  // "pull every row from the customers table where country is 'DE'": the query it means, as if quoted
  if (!inherited?.op && !ents.some((e) => e.kinds.includes('sql') || e.kinds[0] === 'url' || e.kinds[0] === 'repo')) {
    const sql = naturalSql(t, ctx.spans, true);
    if (sql) { ctx.spans.push({ kind: 'quote', text: sql, raw: sql }); t = `${t} ${ph(ctx.spans.length - 1)}`; ents = extractEntities(t, ctx.spans, ctx.now, ctx.timezone); }
  }
  // the entity right after the verb is its object: "ping #ops", "email jane@x.com", "fetch https://…"
  const w0 = words(t)[0];
  if (w0 && isActionVerb(ctx.index, w0.w)) { const e = ents.find((x) => /^\s*(?:the\s+)?$/i.test(t.slice(w0.i + w0.w.length, x.start))); if (e) e.dest = true; }
  // the part that is message content is not used to choose the operation
  const content = findContent(t);
  const inContent = (i: number) => content !== undefined && i >= content.start && i < content.end;
  const wl = words(t).filter((w) => !ents.some((e) => w.i >= e.start && w.i < e.end));
  // words of a reference ("the task link") describe what is sent, not where it goes
  // (a reference by a catalogue noun — "that issue" — only when an earlier step made one; else it names where to act)
  const madeBefore = (x: RegExpExecArray) => !x[1] || !ctx.index.nouns.has(stem(x[1])) || ctx.history.some((h) => h.op.terms.has(stem(x[1])) && h.op.effect !== 'read' && !h.op.params.some((p) => p.role === 'instruction'));
  const refRanges = REFERENCE_CUES.filter((r) => r.want !== 'any').map((r) => r.cue.exec(t.replace(PH, (x) => ' '.repeat(x.length)))).filter((x): x is RegExpExecArray => Boolean(x) && madeBefore(x!)).map((x) => ({ s: x.index, e: x.index + x[0].length }));
  // "send a POST to …": a value in capitals that an operation's enum holds is that value, not a word to rank by
  const enumValue = (w: string) => /^[A-Z]{3,}$/.test(w) && ctx.index.ops.some((o) => o.params.some((p) => p.enum?.includes(w)));
  const rankWords = wl.filter((w) => !inContent(w.i) && !enumValue(w.w) && !(ctx.history.length && refRanges.some((r) => w.i >= r.s && w.i < r.e)));
  const tokens = rankWords.map((w) => w.w.toLowerCase());
  const verbAt = tokens.length && isActionVerb(ctx.index, tokens[0]) ? 0 : -1;
  const nounAt: number[] = [];
  for (let i = verbAt + 1; i < tokens.length && nounAt.length < 2; i++) {
    if (/^(to|in|on|for|about|with|that|saying|from|into|at|by|due|titled|called|named)$/.test(tokens[i]) && nounAt.length) break;
    if (ctx.index.nouns.has(stem(tokens[i])) || ctx.index.apps.has(tokens[i])) nounAt.push(i);
  }
  const lower = t.toLowerCase().replace(PH, (m) => ' '.repeat(m.length));
  const apps: string[] = [];
  const appHits: { s: number; e: number }[] = [];
  // "the result of running 'select …' on the database": what a result comes from, not what to do
  const sourceOf = (e: Entity) => /\b(?:results?|output|response|contents?|rows|data|answer|summary|text|body|page|list|count|numbers)\s+(?:of|from)(?:\s+(?:running|calling|fetching|querying|reading|executing|the query|the sql|the file|the page|the url))?$/i.test(e.cue);
  const sourceSpans = ents.filter((e) => sourceOf(e) && ents.some((x) => x !== e && !['text', 'date', 'datetime'].includes(x.kinds[0]) && !sourceOf(x))).map((e) => ({ s: e.start, e: e.end + (/^\s+(?:on|in|against|from|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?/i.exec(t.slice(e.end))?.[0].length ?? 0) }));
  // "the Asana task link" names a result, not where to act
  const refSpans = REFERENCE_CUES.filter((r) => r.want !== 'any').map((r) => r.cue.exec(lower)).filter((x): x is RegExpExecArray => Boolean(x)).map((x) => ({ s: x.index, e: x.index + x[0].length }));
  // every driver the clause names anywhere, before the checks below decide which names are apps to act in
  const mentioned = new Set<string>();
  for (const [name, driver] of ctx.index.apps) {
    for (const m of lower.matchAll(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))) {
      mentioned.add(driver);
      if (inContent(m.index!)) continue;
      if (refSpans.some((r) => m.index! >= r.s && m.index! < r.e)) continue;
      if (sourceSpans.some((r) => m.index! >= r.s && m.index! < r.e)) continue;
      if (verbAt === 0 && rankWords[0] && m.index === rankWords[0].i) continue;
      // ("from the events database": a word or two naming which one may come between)
      if (ctx.index.commonApps.has(name) && !/\b(?:in|on|via|using|through|with|into|over|by|from)\s+(?:the\s+|an?\s+|our\s+|my\s+)?(?:[a-z][\w-]*\s+){0,2}$/.test(lower.slice(0, m.index))) continue;
      if (!apps.includes(driver)) apps.push(driver);
      appHits.push({ s: m.index!, e: m.index! + m[0].length });
    }
  }
  // ("add them to the volunteers table", "insert the entry into the submissions table": a named table is where an operation
  // that keeps tables acts)
  const table = /\b(?:in|into|to|from|on)\s+(?:the\s+|our\s+)?[a-z][\w-]*\s+(table)\b/i.exec(lower);
  // (or, in a loop over tables, "get a row count": the count of each table)
  const perTable = /^tables?$/i.test(ctx.loopItem?.noun ?? '') ? /\b(?:row\s+counts?|count|rows|records)\b/i.exec(lower) : null;
  const keeper = (table && !inContent(table.index)) || perTable ? ctx.index.ops.filter((o) => o.strong.has(stem('table'))) : [];
  if (keeper.length === 1 && !apps.includes(keeper[0].driver)) { apps.push(keeper[0].driver); appHits.push(table ? { s: table.index + table[0].length - 5, e: table.index + table[0].length } : { s: perTable!.index, e: perTable!.index + perTable![0].length }); }
  const entW = new Map<EntityKind, number>();
  for (const e of ents) {
    if (inContent(e.start) && !e.kinds.includes('sql')) continue;
    if (sourceSpans.some((r) => r.s === e.start)) continue;
    e.kinds.forEach((k, i) => {
      if (k === 'text') return;
      // "#ops" could be written as a routing spec too, but only "email:ops@x.com" asks for the router
      if (k === 'channel_spec' && i > 0) return;
      let w = (i === 0 ? 1 : 0.5) * (e.dest ? 2 : 1);
      if (k === 'date' || k === 'datetime') w *= 0.3;
      if (k === 'id' || k === 'number') w *= 0.5;
      if (k === 'sql') w *= 4; // SQL says "database" louder than any verb
      if (k === 'channel_spec') w *= 0.3;
      entW.set(k, Math.max(entW.get(k) ?? 0, w));
    });
  }
  // (a loop over channels, addresses or people is where each pass's message goes, as said with "to"/"in")
  if (ctx.loopItem) for (const k of ctx.loopItem.kinds) entW.set(k, Math.max(entW.get(k) ?? 0, ['channel', 'email', 'user'].includes(k) ? 2 : 1));
  // "the team", "everyone": a group, so a channel-like destination
  const audience = AUDIENCE.exec(t.slice(0, content?.start ?? t.length));
  if (audience && !entW.has('channel') && !entW.has('email') && !entW.has('user')) entW.set('channel', 1.2);
  const anaphor = /\b(it|this|that|them|the (?:task|issue|ticket|message|file|item|one))\b/i.test(t.slice(0, content?.start ?? t.length).replace(PH, ' ').split(/\s+/).slice(1).join(' '));
  const last = ctx.history.at(-1);
  const weights = tokens.map(() => 1);
  const topicAt = tokens.findIndex((tk, i) => i > Math.max(verbAt, nounAt[0] ?? 0) && /^(to|for|about|regarding|titled|called|named|saying|that|because|so|with)$/.test(tk));
  // (an app named there keeps its weight when it says where: "… in Slack", "… via email"; not "rest breaks are mandatory")
  if (topicAt > 0) for (let i = topicAt; i < tokens.length; i++) if (!ctx.index.apps.has(tokens[i]) || !/^(?:in|on|via|by|using|through|into|to|with)$/.test(tokens[i - 1] ?? '')) weights[i] = 0.35;
  // "… before rafa writes the listings": a clause with its own subject says when, not what to do
  const finite = (w: string | undefined) => /^(?:[a-z]+s|[a-z]+ed|is|are|was|were|has|have|does|do|did|gets?|got)$/.test(w ?? '');
  const sub = tokens.findIndex((tk, i) => {
    if (i === 0 || !/^(before|after|until|till|while|once|when|whenever)$/.test(tk)) return false;
    const d = /^(the|our|my|your|their|his|her)$/.test(tokens[i + 1] ?? '') ? 1 : 0;
    const subject = tokens[i + 1 + d] ?? '';
    return /^[a-z]+$/.test(subject) && !/^(it|this|that|a|an)$/.test(subject) && (d === 1 || !ctx.index.nouns.has(stem(subject))) && finite(tokens[i + 2 + d]);
  });
  if (sub > 0) for (let i = sub; i < tokens.length; i++) weights[i] = 0;
  const upper = words(t).map((w) => w.w).filter((w) => w.length > 2 && w === w.toUpperCase() && /^[A-Z]+$/.test(w));
  const carriable = new Set(ctx.history.flatMap((h) => [...h.op.outputs.map((o) => o.name), ...Object.keys(h.params)]));
  // "ticket 40917", "card #12", "item no. 7": the noun before an id, as the catalogue names such things
  const ID_NOUNS: Record<string, string[]> = { ticket: ['task'], card: ['task'], item: ['task'], todo: ['task'], story: ['task'], chore: ['task'], pr: ['issue'], bug: ['issue'], pull: ['issue'], request: ['issue'] };
  const idCues = ents.filter((e) => e.kinds[0] === 'id').map((e) => e.cue.split(' ').filter((w) => !/^(?:#|no\.?|number|nr\.?|num)$/.test(w)).at(-1) ?? '').map((w) => w.replace(/s$/, '')).flatMap((w) => [w, ...(ID_NOUNS[w] ?? [])]);
  // ("Task 77410 in Asana is finished, close it": before any step, "it" is the thing a statement named, in its app)
  const saidApp = !last && anaphor ? ctx.said?.findLast((e) => e.app && !e.trigger)?.app : undefined;
  // ("When someone opens a GitHub issue …, reply on it with …": "it" is what started the workflow, in its app)
  const triggerApp = !last && anaphor && ctx.trigger?.source ? ctx.index.apps.get(ctx.trigger.source.split('.')[0]) : undefined;
  const ranked = rankOps(ctx.index, { tokens, verbAt, nounAt, apps, entities: entW, continuity: anaphor ? last?.op.driver ?? saidApp ?? triggerApp : undefined, continuityWeight: !last && !saidApp && triggerApp ? 3 : undefined, weights, upper, carriable, idCues, leadEnum: enumValue(words(t)[0]?.w ?? '') ? words(t)[0].w : undefined });
  // "ping https://…": when the best-ranked operation has nothing to work on here but another one is
  // given exactly the kind of value it requires (a URL, a file, SQL…), that one is meant
  const OBJECT_KINDS: EntityKind[] = ['url', 'path', 'sql', 'channel', 'user', 'email', 'repo'];
  const missingObject = (r: (typeof ranked)[number]) => r.op.params.some((p) => p.required && OBJECT_KINDS.includes(p.kinds[0]) && !entW.has(p.kinds[0]));
  const given = (r: (typeof ranked)[number]) => r.score >= MIN_SCORE && r.strong >= 0.7 && r.op.params.some((p) => p.required && OBJECT_KINDS.includes(p.kinds[0]) && (entW.get(p.kinds[0]) ?? 0) >= 1) && !missingObject(r);
  // ("run the health check at https://…": the object said is far more for another operation than for the top one's few words)
  const lacksObject = (r: (typeof ranked)[number]) => missingObject(r) && (r.object < 1 || ranked.some((o) => o !== r && given(o) && o.object > 2 * r.object));
  const fits = (r: (typeof ranked)[number]) => given(r) && !lacksObject(r);
  // (after earlier steps a destination may be carried over, so only when nothing here is for the top one at all)
  const nothingFor = (r: (typeof ranked)[number]) => r.object <= 0 && ![...entW.keys()].some((k) => r.op.params.some((p) => p.kinds.includes(k)));
  const top = ranked[0] && (ctx.history.length ? nothingFor(ranked[0]) : lacksObject(ranked[0])) ? ranked.slice(1).find(fits) ?? ranked[0] : ranked[0];
  // ("leave a note in #docs-team", "close ticket 15 in acme/api": a destination said for the clause that the top operation has nowhere to put, while
  // another well-ranked one takes it)
  // (a person is a destination only as a handle: "for Term 3" names no one; inside a loop over addresses the item is where it goes)
  const destKinds = ents.filter((e) => e.dest && !inContent(e.start) && ['channel', 'user', 'email', 'repo'].includes(e.kinds[0]) && (e.kinds[0] !== 'user' || /^@/.test(e.value))).map((e) => e.kinds[0]);
  const itemGoes = Boolean(ctx.loopItem?.kinds.some((k) => top?.op.params.some((p) => p.kinds[0] === k)));
  const takesDest = (r: (typeof ranked)[number]) => r.op.params.some((p) => destKinds.includes(p.kinds[0]));
  // (a repository only moves the clause to an operation of the same verb: "close ticket 15 in acme/api", not "list the files in exports/2025-08")
  const sameVerb = (r: (typeof ranked)[number]) => !destKinds.every((k) => k === 'repo') || (verbAt >= 0 && r.op.verbs.has(stem(tokens[verbAt])));
  // (one that writes text keeps the clause: a later step delivers what it wrote, "… pull out the action items, and email them to x@y")
  // (nor from one whose app the clause names: "send a slack DM to bob.lee@acme.com")
  const namesTop = Boolean(top) && mentioned.has(top!.op.driver);
  const toDest = top && destKinds.length && !itemGoes && !takesDest(top) && !namesTop && !top.op.outputs.some((o) => o.cls === 'text') ? ranked.find((r) => r !== top && takesDest(r) && sameVerb(r) && r.score >= MIN_SCORE && r.strong >= 0.7 && r.score >= top.score / 2) : undefined;
  // ("close task 4410, then assign it to Priya": "it" is the thing an earlier step acted on, so a verb that is not one
  // of making acts on it rather than making another)
  const made = /^(?:create|make|open|add|new|file|raise|log|start|set)$/.test(tokens[verbAt] ?? '');
  // (right after making one, "… and assign it to me" completes the making: that clause is merged into it)
  const onIt = top && anaphor && last?.op.driver === top.op.driver && /^create_/.test(top.op.op) && !/^create_/.test(last.op.op) && verbAt === 0 && !made
    ? ranked.find((r) => r !== top && r.op.driver === top.op.driver && r.score >= MIN_SCORE && r.op.params.some((p) => p.required && p.kinds[0] === 'id' && (last.params[p.name] !== undefined || last.op.outputs.some((o) => o.name === p.name))))
    : undefined;
  const best = inherited?.op ? { op: inherited.op, score: 99, strong: 9, object: 9 } : toDest ?? (onIt ? { ...onIt, strong: Math.max(onIt.strong, 0.7) } : top);
  // values said in a statement ("I'm offboarding three contractors: a@x, b@x and c@x.") may be meant later
  // (a date said there is kept as a date, for a later "due that day")
  // ("Task 7045 is finished: close it out": the noun before a number says which app's thing it is)
  const appOf = (e: Entity) => { const n = /([a-z]+)\s*#?$/i.exec(e.cue)?.[1]; const owners = n ? [...new Set(ctx.index.ops.filter((o) => o.strong.has(stem(n))).map((o) => o.driver))] : []; return owners.length === 1 ? owners[0] : apps.length === 1 ? apps[0] : undefined; };
  const remember = () => { for (const e of ents) if (!e.kinds.includes('text') && (isNarrative(t) || verbAt < 0 || e.kinds.includes('date'))) (e.kinds.includes('date') || e.kinds.includes('datetime') ? (['date'] as EntityKind[]) : e.kinds).forEach((kind, i) => { const app = kind === 'id' ? appOf(e) : apps.length === 1 ? apps[0] : undefined; ctx.said?.push({ kind, value: kind === 'date' ? (e.date ?? e.value) : e.value, ...(i ? { alias: true } : {}), ...(app ? { app } : {}) }); }); };
  if (!best || best.score < MIN_SCORE || best.strong < 0.7) {
    remember();
    return { unmapped: plain, reason: 'no operation in the catalogue matches it' };
  }
  // "Order a pizza for the team", "Print the report": an imperative the catalogue has no verb for, and nothing specific to act on
  const first = words(t)[0]?.w.toLowerCase() ?? '';
  const specific = ents.some((e) => !['text', 'date', 'datetime'].includes(e.kinds[0])) || apps.length > 0;
  if (!inherited?.op && verbAt < 0 && /^[a-z]+$/.test(first) && !STOP.has(first) && !LIGHT_VERBS.has(first) && !ctx.index.nouns.has(stem(first)) && !ctx.index.apps.has(first) && !specific && !/^(new|urgent|quick|daily|weekly)$/.test(first) && /^[A-Za-z]/.test(t) && !bareNounStep(t)?.length) {
    return { unmapped: plain, reason: `no operation in the catalogue does "${first}"` };
  }
  // "can someone go down to the post office and …": a favour asked of a person, with nowhere to send it, is not ours to do
  if (!inherited?.op && /^(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody|one of you)\b/i.test(t) && !apps.length && !ents.some((e) => ['channel', 'email', 'user', 'url', 'path', 'sql', 'repo', 'id'].includes(e.kinds[0]))) {
    return { unmapped: plain, reason: 'it asks a person for a favour nothing in the catalogue can do' };
  }
  // ("Ticket sales open at noon on 1 September.", "Submissions close at midnight": when something happens, said as a fact)
  // ("Build 42 passed all the checks in CircleCI.": a thing named by its number, then what it did)
  const numbered = !inherited?.op && /^[A-Za-z][\w-]*\s+#?\d+\s+(?:has\s+|have\s+|just\s+)?(?:[a-z]+ed|went|ran|broke|failed|passed|finished|shipped|landed)\b/i.test(t.replace(PH, ' ').trim());
  const fact = numbered || !inherited?.op && !isActionVerb(ctx.index, first) && /^(?:the\s+|our\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:opens?|closes?|starts?|begins?|ends?|launch(?:es)?|goes\s+live|go\s+live|kicks?\s+off|wraps?\s+up)\s+(?:at|on|in|from|tomorrow|today|tonight|next|this)\b/i.test(t.replace(PH, ' '));
  if (fact) {
    remember();
    return { unmapped: plain, reason: 'it describes what happened rather than asking for something' };
  }
  // "A bot spammed our channel.", "our nightly export keeps failing": a statement of what happened, said as context
  // (one told in the past may name things: "The team wrote a brief in docs/brief.md." — a later "read it" means that file)
  const told = isNarrative(t) && /^(?:i|we|they)(?:'ve|'re|'m|’ve|’re|’m)\s|^there(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s|^\S+\s+(?:\S+\s+){0,6}?(?:is|are)\s+(?:now\s+|already\s+|finally\s+)?(?:done|ready|over|complete|live|broken|down|late|overdue|due|urgent|gone|out|finished|resolved|fixed|closed|blocked|stuck|pending|missing|empty|full|low|offline|expired|expiring|in\s+progress|an?\s+duplicate|duplicated|obsolete|redundant|outdated|stale|invalid|no\s+longer\s+needed|not\s+needed)\b|^\S+\s+(?:\S+\s+){0,3}?(?:duplicates|supersedes|replaces)\s|^\S+\s+(?:\S+\s+){0,8}?(?:[a-z]+ed|wrote|was|were|had|sent|made|put|left|got|went|broke|kept|built|began|ran)\b|^(?:the|our|my|their)\s+(?:[\w-]+\s+){0,3}?(?:keep|store|save|put|drop|park|file|dump|leave|write|log|export|upload|output|push|send|post)s?\s+(?!it\b|them\b)/i.test((content ? t.slice(0, content.start) : t).replace(PH, ' ').replace(/\s+/g, ' '));
  // ("Issue 12 in acme/web is finished": a verb the catalogue knows, said as a state, is still a statement)
  const stateVerb = verbAt > 0 && /^(?:is|are|was|were|been|got|gets|be)$/.test(tokens[verbAt - 1] ?? '') && /(?:ed|en|un|one|ne)$/.test(tokens[verbAt]);
  // ("My draft for the Fund is at grants/x.md, but it's running long": where something is, said as context)
  const located = /^(?:(?:my|our|the|their|his|her|this|that|your)\s+)?(?:\S+\s+){0,8}?(?:is|are|was|were|lives?|sits?)\s+(?:at|in|under|on|saved\s+(?:at|in|to|under)|stored\s+(?:at|in|under)|kept\s+(?:at|in|under))\s+(?:\uE000\d+\uE001|[\w.~-]*\/[\w./-]+|[\w-]+\.[a-z]{2,5}\b|(?:the\s+)?[\w.-]+\s+table\b)/i.test(t);
  // ("Hartwell Foods is 45 days past due on INV-20931": a named thing's state, whatever words in it look like verbs)
  const namedState = /^\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3}\s+(?:is|was|are|were|has\s+been)\s+(?!to\b|going\b|being\b)/u.test(t.replace(PH, ' ')) && !/\b(?:please|should|must|need|needs|want|wants|would\s+like|has\s+to|have\s+to)\b/i.test(t);
  // ("Had a customer from Dalton Carpet call asking …": what happened to us, its subject left out, whatever verbs it holds)
  const happened = happenedToUs(t.replace(PH, ' '));
  if (!inherited?.op && (verbAt < 0 || stateVerb || namedState || happened || keptAt(t.replace(PH, ' '))) && isNarrative(t) && (told || located || namedState || happened || !ents.some((e) => ['channel', 'email', 'user', 'url', 'path', 'sql', 'repo', 'id'].includes(e.kinds[0])))) {
    remember();
    return { unmapped: plain, reason: 'it describes what happened rather than asking for something' };
  }
  // "call my mom": the operation needs a URL (or a file, a channel…) and the clause gives none, nor anything it knows as the object
  // ("email bob": the verb names the operation's own app, so the recipient can be given later)
  const verbIsApp = verbAt >= 0 && ctx.index.apps.get(tokens[verbAt]) === best.op.driver;
  // ("arrange with them a visit": an "it"/"them" with nothing said before it to point at is no object)
  const pointsBack = anaphor && Boolean(ctx.said?.length || ctx.trigger);
  // ("give the director a cold call": a light verb with the action as its noun is no different)
  if (!inherited?.op && (verbAt >= 0 || LIGHT_VERBS.has(first)) && !verbIsApp && !pointsBack && !ctx.loopItem && !ctx.history.length && lacksObject(best)) {
    remember();
    return { unmapped: plain, reason: `nothing in it is what ${best.op.key} works on` };
  }
  // "make me a sandwich": a generic verb with nothing the catalogue knows as its object
  // ("email the buyer a confirmation", "email Bob": when the verb names the app, what follows is whom to reach)
  // ("DM the draft to Sofia Marchetti", "DM the observer on duty, kate.owens": a direct message names whom it reaches)
  const dmsSomeone = /^(?:dm|pm)$/.test(tokens[verbAt] ?? '') && best.op.params.some((p) => p.required && p.kinds[0] === 'user');
  const toSomeone = (verbIsApp && (AUDIENCE.test(t) || /^\S+\s+(?:\p{Lu}\p{Ll}+|(?:the|our|my|each|every|all)\s+[a-z]+)\b/u.test(t)))
    || (dmsSomeone && (/\bto\s+\p{Lu}\p{Ll}+|,\s*[a-z][\w-]*\.[a-z][\w-]*\s*[.!]?\s*$/u.test(t) || /^\S+\s+(?:the|our|my|each|every|all)\s+[a-z]+/i.test(t)));
  // ("repost 'X'" after a message: quoted words are what a message operation sends)
  const says = isMessageLike(best.op.params) && (ents.some((e) => e.span !== undefined && e.kinds.includes('text')) || (/^\S+\s+(?:him|her|them)\b/i.test(t) && best.op.params.some((p) => p.kinds[0] === 'user' || p.kinds[0] === 'email')));
  // ("whip up a lasagna for tonight's dinner": a date is when, never what — it alone does not make the object known)
  const onlyWhen = nounAt.length === 0 && /^(?:create|make|build|prepare|produce|cook|bake|organi[sz]e|arrange|plan)$/.test(tokens[verbAt] ?? '') && entW.size > 0 && [...entW.keys()].every((k) => k === 'date' || k === 'datetime') && !apps.length;
  if (verbAt >= 0 && !toSomeone && !says && (best.object < 1 || onlyWhen) && verbSpread(ctx.index, tokens[verbAt]) > 2 && !anaphor && !ctx.loopItem) {
    return { unmapped: plain, reason: `nothing in the catalogue is a "${tokens.slice(verbAt + 1).filter((w) => !STOP.has(w)).join(' ') || tokens[verbAt]}"` };
  }
  const op = best.op;
  const filled: ReturnType<typeof fill> & { sink?: ActionResultSink } = fill(op, t, ents, content, appHits, ctx);
  // ("Have AI write a reply for issue 1023 in acme/app, and post it as a comment on that issue": what the model
  // was told about is what a later "that issue" names)
  if (op.params.some((p) => p.role === 'instruction')) for (const e of ents) if (['repo', 'id', 'url', 'path', 'email', 'channel'].includes(e.kinds[0])) ctx.said?.push({ kind: e.kinds[0], value: e.value });
  // a URL in a message is a link to share, unless the words ask for what is at it ("the page at", "the contents of")
  // ("comment on it with the contract folder link https://…": a URL said as a link is shared, never fetched)
  const fetchCue = (e: Entity) => !(e.kinds[0] === 'url' && /\b(?:link|url|permalink)\s*:?$/i.test(e.cue)) && (e.kinds[0] === 'path' || /\bfrom$|\b(page|contents?|text|body|data|response|output|results?|report|file|json|csv|feed|article|post|notes|changelog|log)\s+(?:at|of|in)$|\b(summari[sz]e|read|parse|analy[sz]e|translate|classify|fetch|download)\b/i.test(`${e.cue}`) || !isMessageLike(op.params));
  const takenBy = (e: Entity) => op.params.some((p) => p.kinds.includes(e.kinds[0]) && !(p.required && filled.params[p.name] !== undefined && /\b(of|from)$/i.test(e.cue)));
  const srcKind = (e: Entity): EntityKind => (e.kinds.includes('sql') ? 'sql' : e.kinds[0]);
  const src = ents.find((e) => !e.used && !(content && e.start >= content.start) && (e.kinds.includes('sql') ? !op.params.some((p) => p.kinds.includes('sql')) : (e.kinds[0] === 'url' || e.kinds[0] === 'path') && !takenBy(e) && fetchCue(e)));
  const pronounObject = /^\s*\S+\s+(him|her|them)\b/i.test(t);
  // "export 'select …' to exports/audit.csv": the operation has no file parameter, so a later step writes its result there
  // "… dropped in #growth", "… to exports/a.csv": the operation has no parameter for it, so a later step delivers the result there
  const sinkE = ents.find((e) => !e.used && e !== src && ['path', 'channel', 'email', 'user'].includes(e.kinds[0]) && (/\b(to|into|as|in|on)$/i.test(e.cue) || (e.kinds[0] !== 'path' && /\bfor$/i.test(e.cue) && (e.kinds[0] !== 'user' || /^@/.test(e.value)))) && !op.params.some((p) => p.kinds[0] === e.kinds[0] || (e.kinds[0] !== 'path' && p.kinds.includes(e.kinds[0]))) && op.outputs.some((o) => o.cls === 'text'));
  const bare = (e: Entity) => (e.kinds[0] === 'user' ? e.value.replace(/^@/, '') : e.value);
  // "… and email it to a@x.io and b@x.io": every address listed with it
  const more = sinkE ? ents.filter((e) => e !== sinkE && !e.used && e.kinds[0] === sinkE.kinds[0] && e.start > sinkE.start && /\b(?:and|or|to|into)$/.test(e.cue)).map(bare) : [];
  if (sinkE) filled.sink = { kind: sinkE.kinds[0], value: bare(sinkE), ...(more.length ? { more } : {}) };
  return { ...filled, words: new Set(tokens.map(stem)), anaphor, pronounObject, ...(src ? { unusedSource: { kind: srcKind(src), value: src.value, span: src.span, start: src.start, end: src.end }, text: t } : {}) };
}

/** A clause with a subject and a finite verb in the past or third person, not a request or a passive instruction. */
/** Words that ask for something, which a statement of fact does not hold. */
const ASKING = /\b(?:please|should|must|need|want)\b/i;

/** "Teacher feedback lives in the program_feedback table", "Invoices are stored under finance/": where something is kept. */
function keptAt(s: string): boolean {
  return /^(?:the\s+|our\s+|all\s+)?(?:[\w-]+\s+){0,4}?(?:lives?|sits?|(?:is|are)\s+(?:stored|kept|logged|saved)|ends?\s+up)\s+(?:in|under|at|on)\s+/i.test(s) && !ASKING.test(s);
}

/** "Had a customer from Dalton Carpet call asking …", "Just finished the CRISPR screen analysis.": what happened to us, its subject left out. */
function happenedToUs(s: string): boolean {
  return (/^(?:just\s+)?(?:had|got|received|heard\s+from)\s+(?:a|an|the|some|two|three|four|\d+|another)\s/i.test(s) || /^(?:just\s+)?(?:finished|wrapped\s+up|completed|shipped|got\s+done\s+with)\s+(?:the|our|my|this|that)\s/i.test(s)) && !ASKING.test(s);
}

export function isNarrative(t: string): boolean {
  const s = t.replace(PH, ' ');
  const asking = ASKING.test(s);
  // "I've just announced …", "We're raising prices …"
  if (/^(?:i|we|they)(?:'ve|'re|'m|’ve|’re|’m)\s/i.test(s) && !/\b(?:want|need|would like|'d like|like you to|going to need)\b/i.test(s)) return true;
  // ("We track all our work in Asana, but bug reports arrive through GitHub": what we do, said in the present)
  if (/^(?:we|they)\s+(?!(?:need|want|would|should|must|have\s+to|'d|will|can|could|may|might|also\s+need)\b)[a-z]+(?<!ed)\s/i.test(s) && !/\b(?:please|should|must|need|want|let's)\b/i.test(s)) return true;
  // ("Something's broken on the login page.", "Nothing is loading": something that happened, said of no one in particular)
  if (/^(?:something|someone|somebody|nothing|everything|everyone|everybody)(?:'s|’s|\s+is|\s+was|\s+has|\s+keeps|\s+seems)\s/i.test(s) && !asking && !/\b(?:need|needs|want|should|must)\b/i.test(s)) return true;
  // "There's a new complaint saved in inbox/x.txt"
  if (/^there(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s/i.test(s) && !/\b(?:need|want|should|must)\b/i.test(s)) return true;
  // ("Product wrote the notes in docs/x.md": a named team or person who did something)
  if (/^\p{Lu}\p{Ll}+\s+(?:[a-z]+ed|wrote|sent|made|left|built|began|ran|said|told|found|gave|took|came|saw|lost|asked|shipped|broke|keeps|is|was|were|has|had)\b/u.test(s)) return true;
  // ("Asana task 70023 was a duplicate", "Store 14 is closed today", "Grace's laptop is ready": a named thing's state)
  // (a need said after it in a clause of its own is still no request: "The bite was off on the last one and we need the remake back by Friday")
  const own = s.split(/\s*,?\s+(?:and|but|so)\s+(?=(?:we|i)\s+(?:need|want)\s+(?:the|it|them|this|that|our|my)\b(?![^.]*\b(?:to|in|on)\s+(?:[#@]|slack|asana|e-?mail)))/i)[0];
  if (/^\p{Lu}[\p{L}'’]*(?:\s+[\w#./'’-]+){0,3}?\s+(?:was|were|is|are|has been|had been|got|duplicates|supersedes|replaces|has(?=\s+(?:a|an|the|some|no|[\w'’-]+['’]s)\s))\s+(?!to\b|going to\b)/u.test(s) && !/\b(?:should|must|needs? to|has to|have to|will|shall)\s+be\b|\b(?:want|need|would like|'d like)\b/i.test(own)) return true;
  // ("Not everyone reads Slack", "Nobody checks the shared inbox": what people do, said as a fact)
  if (/^(?:not\s+everyone|not\s+everybody|nobody|no\s+one|no-one|few\s+people|most\s+people|some\s+people|half\s+the\s+team|people)\s+(?:[a-z]+s|ever|really|actually|still)\b/i.test(s) && !asking) return true;
  // ("Got a complaint from …")
  if (happenedToUs(s)) return true;
  // ("Everyone's been refreshing the status page", "Irene's dashboard just shows whatever is in the file": what is going on)
  if (/^(?:everyone|everybody|people|customers|users|staff|the\s+team)(?:['’]s|\s+has|\s+have|\s+are|\s+is|\s+were|\s+was)\s+(?:been\s+)?[a-z]+ing\b/i.test(s) && !asking) return true;
  if (/^\p{Lu}\p{Ll}+['’]s\s+(?:[\w-]+\s+){1,2}?(?:just\s+|only\s+|still\s+|always\s+|never\s+)?(?:[a-z]+s|is|was|has|keeps)\s/u.test(s) && !asking && !/^\S+\s+(?:\S+\s+)?(?:needs|wants|asks|says)\b/i.test(s)) return true;
  // ("online ticketing is back up after the outage", typed in lower case: a thing's state)
  if (/^(?:the\s+|our\s+)?(?:[\w-]+\s+){0,4}?(?:is|are|was|were)\s+(?:now\s+|finally\s+|all\s+)?(?:back(?:\s+up|\s+online)?|down|live|ready|fixed|broken|restored|resolved|working\s+again|online|offline)\b/i.test(s) && !/\b(?:please|should|must|if|when|whether)\b|\b(?:i|we)\s+(?:need|want)\b/i.test(s.split(',')[0])) return true;
  // ("Teacher feedback lives in the program_feedback table", "Invoices are stored under finance/": where something is kept)
  if (keptAt(s)) return true;
  // ("Check-in closes at 17:45 on Saturdays.": a hyphenated noun first is no verb, and what it does is a fact)
  if (/^(?:the\s+)?\p{L}+-(?:in|up|out|off|on|over|down|back|through)\s+(?:closes|opens|starts|begins|ends|finishes|is|are|was|were|happens|runs|takes|lasts)\b/iu.test(s)) return true;
  // ("New build just landed.", "The patch just went live": what just happened)
  if (/^(?:(?:a|an|the|our|new|latest)\s+)+(?:[\w-]+\s+){0,3}?(?:just|finally|already)\s+(?:[a-z]+ed|landed|went|came|got|shipped|dropped|hit|arrived|finished)\b/i.test(s) && !asking) return true;
  // ("Each trustee must complete the annual declaration": what people have to do is the reason for the request, not a step)
  if (/^(?:each|every|all|the|our|any)\s+(?:[\w-]+\s+)?(?:trustees?|staff|employees?|volunteers?|members?|managers?|students?|users?|customers?|donors?|people|team\s+members?|new\s+hires?|hires|parents?|residents?|tenants?|drivers?|nurses?|doctors?|teachers?|agents?|reps?|contractors?|interns?|guests?|attendees?|participants?|applicants?)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?!be\b|get\b|receive\b|hear\b|know\b|approve\b|sign\b|review\s+and\s+approve\b)/i.test(s)) return true;
  if (!/^(?:a|an|the|our|my|his|her|their|its|we|i|they|he|she|it|this|someone|somebody|somebody's|people|customers?|users?)\s/i.test(s)) return false;
  // (only the first clause tells: "A customer reported that …, and I want it tracked")
  if (/\b(?:should|must|needs? to|has to|have to|will|shall|to)\s+be\b|\b(?:want|need|would like|'d like)\b/i.test(s.split(/,\s*(?:and|but)\s+|;\s*/)[0])) return false;
  return /^(?:\S+\s+){0,8}?(?:[a-z]+ed|keeps?|kept|is|are|was|were|has|have|had|broke|went|got|wrote|sent|made|left|built|began|ran|said|told|found|gave|took|came|saw|lost|seems?|sometimes|often|always|never|usually|[a-z]{2,}[^su\W]s)\b/i.test(s.split(/\s+/).slice(1).join(' '));
}

type ActionResultSink = NonNullable<PlannedAction['sink']>;
