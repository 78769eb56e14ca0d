/**
 * Parameter filling for one chosen operation: each parameter takes a value by entity kind (from
 * its schema), by cue words ("titled", "saying", "due", "assigned to"), by enum values said in
 * the clause, from the clause's topic, or from earlier steps (see references.ts).
 */
import type { ActionContext, PlannedAction } from './action.ts';
import { isActionVerb, isMessageLike, isNotifier, type EntityKind, type OpProfile, type ParamInfo } from './catalog.ts';
import { consumeCue, leftover, mask, restoreMasked, type Mask } from './clause-mask.ts';
import type { Entity } from './entities.ts';
import { AUDIENCE, BODY_CUES, DEFAULT_CHANNEL, ENUM_SYNONYMS, MESSAGE_PREFIX, PARAM_NAME_SYNONYMS, REFERENCE_CUES, STOP, SUBJECT_CUES, TITLE_CUES, TOPIC_CUES } from './lexicon.ts';
import { insertTable, naturalSql } from './nlsql.ts';
import { bestRef, carry, defaultMessage, describeOp, findReference, lastPerson, pickField, subjectFrom, triggerField, triggerPrefix } from './references.ts';
import { cap, PH, restore, stem, tidy, words } from './text.ts';

export interface Content { start: number; textStart: number; end: number; cue: string }

/** Where message content starts ("saying …", "that …", ": …"), up to a later cue. */
export function findContent(t: string): Content | undefined {
  const m = BODY_CUES.exec(t);
  let hit: { index: number; len: number; cue: string } | undefined = m ? { index: m.index, len: m[0].length, cue: m[0].trim().toLowerCase() } : undefined;
  if (!hit) {
    const colon = /:\s+(?=\S)/.exec(t);
    if (colon && colon.index > 3 && !/^(?:subject|title|body|message|text|name|priority|due|assignee|labels?|channel|to|cc)\b/i.test(t.slice(colon.index + colon[0].length)) && !/\b(?:subject|title|body|message|text|name|priority|due|labels?)$/i.test(t.slice(0, colon.index))) hit = { index: colon.index, len: colon[0].length, cue: ':' };
  }
  if (!hit) return undefined;
  // "that" right after the verb is an object ("close that task"), not content
  // (nor after a preposition: "post it as a comment on that issue")
  if (hit.cue === 'that' && (/^\s*\S+\s*$/.test(t.slice(0, hit.index)) || /\b(?:on|in|to|for|from|into|onto|at|of|under|about|with)\s*$/i.test(t.slice(0, hit.index)))) return undefined;
  const startText = hit.index + hit.len;
  let end = t.length;
  const stop = /\s(?:with (?:the )?subject|subject:|titled|,?\s*(?:to|in|on|via) (?=#|@|\uE000)|(?:in|on|via) (?:slack|email|asana|github)\b)/i.exec(t.slice(startText));
  if (stop) end = startText + stop.index;
  // "saying 'done' to tasks …": a quoted message ends at its closing quote
  const q = /^\s*\uE000\d+\uE001(?=\s+(?:to|on|in|into|onto|inside|for|under|at|via)\s)/.exec(t.slice(startText));
  if (q && hit.cue !== ':') end = Math.min(end, startText + q[0].length);
  return { start: hit.index, textStart: startText, end, cue: hit.cue };
}

export function fill(op: OpProfile, t: string, ents: Entity[], content: Content | undefined, appHits: { s: number; e: number }[], ctx: ActionContext): Omit<PlannedAction, 'words' | 'anaphor' | 'pronounObject'> {
  const params: Record<string, unknown> = {};
  let bodyDefault: string | undefined;
  const m = mask(t.length);
  const lower = t.toLowerCase();
  const plist = op.params.filter((p) => !p.alias);
  const messageLike = isMessageLike(plist);
  // verb, apps, leading determiners
  const wl = words(t);
  if (wl[0] && isActionVerb(ctx.index, wl[0].w)) m.consume(wl[0].i, wl[0].i + wl[0].w.length);
  for (const h of appHits) { m.consume(h.s, h.e); consumeCue(t, m, h.s, undefined, ['channel']); const after = /^\s+(?:app|channel|workspace|account)\b/i.exec(t.slice(h.e)); if (after) m.consume(h.e, h.e + after[0].length); }
  // the head noun of the object ("a new Slack message", "a bug fix task"): consumed; its modifiers are the topic
  let head: { w: string; i: number } | undefined;
  for (const [k, w] of wl.slice(1, 8).entries()) {
    // ("create in Asana task for …": the app said before its noun)
    if (/^(in|on)$/i.test(w.w) && ctx.index.apps.has(wl[k + 2]?.w.toLowerCase() ?? '') || ctx.index.apps.has(w.w.toLowerCase())) continue;
    if (/^(to|in|on|for|about|with|that|saying|from|into|at|by|due|titled|called|named|and|then|if|when|so|as)$/i.test(w.w)) break;
    if (ents.some((e) => e.start <= w.i && e.end > w.i)) break;
    const s = stem(w.w);
    if (ctx.index.nouns.has(s) && op.terms.has(s)) head = w;
  }
  if (head) m.consume(head.i, head.i + head.w.length);
  // "… as an Asana task", "… as a GitHub issue": the kind of thing made, not its title
  // ("as a comment on that issue": the noun may be the first word after the article)
  const opNoun = (w?: string) => Boolean(w) && ctx.index.nouns.has(stem(w!)) && op.terms.has(stem(w!));
  for (const am of t.matchAll(/\bas\s+(?:a|an|the|new)\s+(?:([\w-]+)\s+)?([\w-]+)\b/gi)) {
    if (opNoun(am[2])) m.consume(am.index, am.index + am[0].length);
    else if (opNoun(am[1])) m.consume(am.index, am.index + am[0].length - am[2].length);
  }
  // "a task … that is due Friday": a relative clause, not message text, when nothing is sent to anyone
  if (content && (content.cue === 'that' || content.cue === ':') && !messageLike) content = undefined;
  const contentRange = content ? { s: content.textStart, e: content.end } : undefined;
  const outsideContent = (e: Entity) => !contentRange || e.start < content!.start || e.start >= contentRange.e;

  // 0. "in the Support project", "project 'Q3 Launch'": a parameter named by a noun of its own, its value said next to it
  for (const c of namedContainers(op, t, params)) {
    if (content && c.index >= content.textStart && c.index < content.end) continue;
    const q = ents.find((e) => e.span !== undefined && e.start === c.valueAt);
    if (q) q.used = true;
    params[c.param.name] = q ? q.value : c.raw;
    m.consume(c.index, c.end);
  }

  // 0b. "task 88213's description to 'X'", "set the description of task 5 to 'X'": quoted words given to a field by name
  for (const p of op.params) {
    // (a field said by its alias — "the message is 'X'" — fills the field it stands for)
    const field = p.alias ? /^same as (\w+)/i.exec(p.description)?.[1] ?? p.name : p.name;
    if (params[field] !== undefined || p.kinds[0] !== 'text' || !p.types.includes('string')) continue;
    const said = new RegExp(`\\b${p.name.replace(/_/g, '[ _-]')}\\b(?:\\s+(?:of|on|for)\\s+[^\uE000]{1,40}?)?\\s+(?:to|as|=|:|is|should\\s+be|reading)\\s+(\uE000\\d+\uE001)`, 'i').exec(t);
    const q = said && ents.find((e) => e.span !== undefined && !e.used && e.kinds[0] === 'text' && e.start === said.index + said[0].length - said[1].length);
    if (!said || !q || (content && said.index >= content.textStart && said.index < content.end)) continue;
    q.used = true;
    params[field] = q.value;
    m.consume(said.index, said.index + said[0].length);
  }

  // 1. entity-typed parameters
  const order: EntityKind[] = ['sql', 'url', 'email', 'channel_spec', 'channel', 'user', 'repo', 'path', 'dsn', 'id', 'date', 'datetime', 'json', 'number', 'list'];
  const byKind = (p: ParamInfo) => Math.min(...p.kinds.map((k) => (order.indexOf(k) < 0 ? 99 : order.indexOf(k))));
  const entityParams = plist.filter((p) => p.kinds.some((k) => order.includes(k))).sort((a, b) => byKind(a) - byKind(b) || Number(b.required) - Number(a.required));
  const take = (e: Entity, p?: ParamInfo) => { e.used = true; m.consume(e.start, e.end); consumeCue(t, m, e.start, p, e.kinds); };
  for (const p of entityParams) {
    if (params[p.name] !== undefined) continue;
    // a database location is a database file, not any path ("… to exports/a.csv" is where the result goes)
    // (an optional id is given only when named: "in the thread of 1718…", not "unit 4412" said in a message)
    const namedFor = (e: Entity) => p.required || p.kinds[0] !== 'id' || p.name.split('_').some((w) => w.length > 1 && new RegExp(`\\b${w}`, 'i').test(e.cue));
    const cands = ents.filter((e) => !e.used && outsideContent(e) && p.kinds.some((k) => e.kinds.includes(k)) && namedFor(e) && (p.kinds[0] !== 'dsn' || /\.(db|sqlite3?|duckdb)$|^postgres(ql)?:\/\//i.test(e.value)));
    if (!cands.length) continue;
    const kindRank = (e: Entity) => Math.min(...p.kinds.map((k, i) => (e.kinds.includes(k) ? i * 2 + e.kinds.indexOf(k) : 99)));
    if (p.kinds.includes('email') && p.kinds[0] === 'email') {
      const mine = cands.filter((e) => e.kinds.includes('email') && cueFits(p.name, e.cue, plist));
      if (!mine.length) continue;
      const vals = mine.map((e) => { take(e, p); return e.value; });
      params[p.name] = p.array ? vals : vals.join(', ');
      continue;
    }
    if (p.kinds[0] === 'id' || p.kinds[0] === 'number') {
      const nameWords = p.name.split('_').filter((w) => !/^(id|gid|number|no)$/.test(w));
      const idc = cands.filter((e) => e.kinds.includes('id') || e.kinds.includes('number'));
      const scored = idc.map((e) => ({ e, s: nameWords.some((w) => e.cue.includes(w)) ? 2 : e.kinds[0] === 'id' ? 1 : 0 }));
      const others = entityParams.filter((q) => q !== p && q.kinds[0] === p.kinds[0] && params[q.name] === undefined);
      const pick = scored.sort((a, b) => b.s - a.s)[0];
      if (!pick || (pick.s < 2 && others.some((q) => q.name.split('_').some((w) => pick.e.cue.includes(w) && !/^(id|gid|number|no)$/.test(w))))) continue;
      if (p.kinds[0] === 'number' && pick.s < 2 && !p.required) continue;
      take(pick.e, p);
      params[p.name] = p.integer && !p.types.includes('string') ? Number(pick.e.value) : pick.e.value;
      continue;
    }
    if (p.kinds[0] === 'date' || p.kinds[0] === 'datetime') {
      const d = cands.find((e) => e.date && (/\b(due|by|before|deadline|until|till|on|for|date|no later than)$/.test(e.cue) || /^\d{4}-\d\d-\d\d$/.test(e.value) || (/\b(?:to|as)$/.test(e.cue) && /\b(?:due|deadline)\b/i.test(t.slice(0, e.start)))));
      if (!d) continue;
      take(d, p);
      params[p.name] = p.kinds[0] === 'date' ? d.date : d.datetime;
      continue;
    }
    // several parameters take JSON (headers, query, json): the one named for it gets it
    if (p.kinds[0] === 'json' && entityParams.some((q) => q !== p && q.kinds[0] === 'json' && params[q.name] === undefined && /^(json|body|payload|data)$/.test(q.name)) && !/^(json|body|payload|data)$/.test(p.name)) continue;
    const e = cands.sort((a, b) => kindRank(a) - kindRank(b) || Number(b.dest) - Number(a.dest))[0];
    if (p.kinds[0] === 'user' && e.kinds[0] === 'email' && plist.some((q) => q !== p && q.kinds[0] === 'email')) continue;
    take(e, p);
    let v: unknown = e.value;
    if (p.kinds[0] === 'user' && typeof v === 'string') v = v.replace(/^@/, '');
    if (p.kinds.includes('channel_spec') && p.kinds[0] === 'channel_spec') v = e.kinds[0] === 'email' ? `email:${e.value}` : e.kinds[0] === 'user' ? `slack:${e.value}` : e.value;
    if (p.kinds[0] === 'json' && typeof v === 'string') { try { v = JSON.parse(v); } catch { /* keep text */ } }
    if (p.array && !Array.isArray(v)) v = [v];
    params[p.name] = v;
  }
  // unquoted SQL
  const sqlP = plist.find((p) => p.kinds[0] === 'sql');
  if (sqlP && params[sqlP.name] === undefined) {
    const sm = /\b(select\s+.+?\s+from\s+[\w."]+(?:\s+(?:where|group by|order by|limit|join|left join)\s+[^,;]+?)*|insert\s+into\s+.+?|update\s+\w+\s+set\s+.+?|delete\s+from\s+.+?)(?=\s+(?:on|in|from|against)\s+(?:the\s+)?(?:\w+\s+)?(?:database|db)\b|\s+and\s+(?!\w+\s*=)|\s+(?:once|after|before|when|unless)\s+(?:the|a|an|it|we|you|someone|somebody|they|he|she|it['’]s|that|this)\b|,\s|$)/i.exec(t);
    if (sm) { params[sqlP.name] = restore(sm[1], ctx.spans); m.consume(sm.index, sm.index + sm[0].length); }
  }
  // ("read sql/retention.sql, run it against the database": the statement is what the file holds)
  const sqlFile = sqlP && params[sqlP.name] === undefined && /\b(?:run|execute)\s+(?:it|that|this|the\s+(?:query|statement|script))\b/i.test(t)
    ? [...ctx.history].reverse().find((h) => Object.values(h.params).some((v) => typeof v === 'string' && /\.sql$/i.test(v)) && pickField(h.op, ['text'])) : undefined;
  if (sqlFile) params[sqlP!.name] = `{{${sqlFile.id}.${pickField(sqlFile.op, ['text'])}}}`;
  if (sqlP && params[sqlP.name] === undefined && !ents.some((e) => e.kinds.includes('sql'))) {
    const nl = naturalSql(t, ctx.spans, false);
    const into = nl ? undefined : insertTable(t);
    const valuesP = plist.find((p) => p.name === 'params' && p.types.includes('array'));
    if (nl) params[sqlP.name] = nl;
    // ("when someone submits the form, insert the entry into the submissions table": what the event brought, as a new row;
    // the table's columns are not known here, so the note says which one was assumed)
    else if (into && ctx.trigger && ctx.trigger.type !== 'schedule' && valuesP) {
      params[sqlP.name] = `INSERT INTO ${into} (payload) VALUES ($1)`;
      params[valuesP.name] = ['{{inputs.payload}}'];
      ctx.notes.push(`${op.key}: the event's data goes into ${into}.payload as one value; change the column list to match the table.`);
    }
    // ("for each table in a, b and c, run a row count": the table is the item)
    else if (/^tables?$/i.test(ctx.loopItem?.noun ?? '')) params[sqlP.name] = `SELECT ${/\bcount\b|\bhow many\b/i.test(t) ? 'COUNT(*) AS total' : '*'} FROM {{${ctx.loopItem!.fields?.text ?? 'item'}}}`;
  }
  // write SQL needs the write switch the schema describes (not a statement read from a file: unknown, so read-only)
  if (sqlP && typeof params[sqlP.name] === 'string' && !/^\s*(select|with|explain|pragma)\b|^\s*\{\{/i.test(params[sqlP.name] as string)) {
    const w = plist.find((p) => p.types.includes('boolean') && /insert|update|delete|write/i.test(p.description));
    if (w) params[w.name] = true;
  }
  // assignee-like words: "assigned to ops-team", "assign it to Bob"
  for (const p of plist) {
    if (params[p.name] !== undefined || !p.kinds.includes('user')) continue;
    const am = /\b(?:assigned to|(?:re)?assign(?:ed)?(?:\s+[^,]{0,40}?)?\s+to|(?<=\bit\s+)goes\s+to(?=\s+(?:the\s+)?[\w-]+(?:\s+team)?\s*(?:$|[,.;]|\s+and\b))|assignee(?:\s+is|:)?|owner(?: is)?|owned by|for)\s+(the\s+(?:[\w.-]+\s+){1,2}team|@?[\w.-]+(?:\s+team)?)(?=$|[\s,.;]+(?:due|with|by|and|to|on|before|priority|\uE000|$))/i.exec(t);
    const forOk = (v: string) => /^@/.test(v) || /-/.test(v) || /^[A-Z][a-z]+$/.test(v) || /\s+team$/i.test(v);
    const isAssignee = /^(assignee|assignees)$/.test(p.name) || (p.name === 'owner' && !/repositor/i.test(p.description) && !plist.some((q) => /^assignees?$/.test(q.name)));
    // ("a task 'Prep deck' for jonas": a lower-case handle right after the title is a person too)
    const afterTitle = (v: string) => Boolean(am) && /\uE001\s+for\s+$/.test(t.slice(0, am!.index + am![0].lastIndexOf(v))) && /^[a-z][\w.-]+$/.test(v) && !ctx.index.nouns.has(stem(v)) && !STOP.has(v) && !/^(review|release|launch|approval|today|tomorrow|tonight|now|later|everyone|everybody|all|us|me|them|him|her|reference|context|it)$/.test(v);
    if (am && isAssignee && !(am[0].toLowerCase().startsWith('for') && !forOk(am[1]) && !afterTitle(am[1]))) {
      // ("the SCADA team" is named as said; "ops team" is the ops-team handle)
      const v = /^the\s/i.test(am[1]) ? am[1].replace(/^the\s+/i, '') : am[1].replace(/^@/, '').replace(/\s+team$/i, '-team');
      if (!STOP.has(v.toLowerCase()) || /^me$/i.test(v)) { params[p.name] = p.array ? [v.toLowerCase() === 'me' ? 'me' : v] : (v.toLowerCase() === 'me' ? 'me' : v); m.consume(am.index, am.index + am[0].length); }
    }
  }
  // a person to message said by name: "DM the draft to Sofia Marchetti", "DM alice on Slack", "DM the observer on duty, kate.owens"
  for (const p of plist) {
    if (params[p.name] !== undefined || !p.required || p.kinds[0] !== 'user') continue;
    const nm = /\bto\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[a-z][a-z0-9]*[._][a-z0-9._]*[a-z0-9])(?=\s*(?:$|[,.;!?]|\s+(?:on|via|in|and|then|saying|that|about|with)\b))/.exec(t)
      ?? /^\s*(?:dm|message|ping|direct[- ]message)\s+([a-z][\w-]*(?:\.[a-z][\w-]*)?)(?=\s+(?:directly\s+|privately\s+)?(?:on|via|in|to|that|saying|about|with|and)\b|\s*[,.;:]|\s*$)/i.exec(t)
      ?? /,\s*([a-z][\w-]*\.[a-z][\w-]*)\s*[.!]?\s*$/.exec(t)
      // ("Send alice a private message on Slack saying …": whom, before the message)
      ?? /^\s*send\s+([a-z][\w.-]*)\s+(?:a|an)\s+(?:private\s+|direct\s+|quick\s+)?(?:message|dm|note)\b/i.exec(t);
    const v = nm?.[1];
    const at = nm && v ? nm.index + nm[0].lastIndexOf(v) : -1;
    if (!nm || !v || STOP.has(v.toLowerCase()) || ctx.index.apps.has(v.toLowerCase()) || ctx.index.nouns.has(stem(v.toLowerCase())) || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|slack|everyone|everybody|team|them|him|her|me|us)$/i.test(v) || !m.free(at, at + v.length)) continue;
    params[p.name] = v;
    m.consume(at, at + v.length);
  }
  // 2. enums said in the clause
  for (const p of plist) {
    if (params[p.name] !== undefined || !p.enum) continue;
    const v = enumValue(p, t, lower, wl[0]?.w, ents, m);
    if (v !== undefined) params[p.name] = v;
  }
  // durations named by a timeout parameter ("with a 10 second timeout", "timeout of 2 minutes"), in the parameter's unit
  for (const p of plist) {
    if (params[p.name] !== undefined || !/timeout/i.test(p.name) || !(p.types.includes('integer') || p.types.includes('number'))) continue;
    const dm = /(\d+(?:\.\d+)?)\s*[- ]?(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)[- ]+(?:long\s+)?time-?out\b|\btime-?out\s+(?:of\s+|at\s+|to\s+)?(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?)\b/i.exec(t);
    if (!dm) continue;
    const n = Number(dm[1] ?? dm[3]);
    const u = (dm[2] ?? dm[4]).toLowerCase();
    const ms = u.startsWith('ms') || u.startsWith('milli') ? n : u.startsWith('m') ? n * 60_000 : n * 1000;
    params[p.name] = /_ms$|millis/i.test(p.name) ? Math.round(ms) : /_m(?:in(?:ute)?s?)?$/i.test(p.name) ? ms / 60_000 : ms / 1000;
    m.consume(dm.index, dm.index + dm[0].length);
    const w = /\b(?:with|and|using)\s+(?:a\s+|an\s+)?$/i.exec(t.slice(0, dm.index));
    if (w) m.consume(w.index, dm.index);
  }
  // 3. lists and numbers named by the parameter ("labeled bug", "timeout 5000")
  for (const p of plist) {
    if (params[p.name] !== undefined || p.role || p.enum || !(p.kinds.includes('list') || p.kinds[0] === 'number' || p.types.includes('boolean'))) continue;
    const nameStem = stem(p.name.split('_')[0]);
    if (p.types.includes('boolean')) {
      if (wl.some((w) => stem(w.w).startsWith(nameStem) && nameStem.length > 3) && !/^(json|completed)$/.test(p.name)) params[p.name] = true;
      continue;
    }
    const re = new RegExp(`\\b${nameStem}\\w*\\s+(?:(?:it|them|as|with|of|to|=|:)\\s+)?((?:\\uE000\\d+\\uE001|[\\w-]+)(?:\\s*(?:,|and)\\s*(?:\\uE000\\d+\\uE001|[\\w-]+))*)`, 'i');
    // ("with the bug label", "the bug and ui labels": the values said before the parameter's name)
    const lm = re.exec(t) ?? (p.kinds.includes('list') ? new RegExp(`\\b(?:the|a|an)\\s+((?:\\uE000\\d+\\uE001|[\\w-]+)(?:\\s*(?:,|and)\\s*(?:\\uE000\\d+\\uE001|[\\w-]+))*)\\s+${nameStem}s?\\b`, 'i').exec(t) : null);
    if (!lm) continue;
    const vals: string[] = [];
    for (const v0 of lm[1].split(/\s*(?:,|\band\b)\s*/)) {
      const v = restore(v0, ctx.spans);
      // the list ends where the next cue starts ("labels bug and ui, assigned to …")
      if (/^(assigned|assign|due|titled|called|named|with|priority|in|to|for|on|by|saying|and|then)$/i.test(v)) break;
      if (v && !STOP.has(v.toLowerCase())) vals.push(v.replace(/\s+labels?$/i, ''));
    }
    if (!vals.length) continue;
    if (p.kinds[0] === 'number') { if (/^\d+$/.test(vals[0])) params[p.name] = Number(vals[0]); else continue; }
    else params[p.name] = vals;
    m.consume(lm.index, lm.index + lm[0].length);
    // (a quoted value given here — "label 'bug'" — is not also the text of something else)
    for (const e of ents) if (e.start >= lm.index && e.start < lm.index + lm[0].length) e.used = true;
  }
  // plain text parameters named in the clause: "for the checkout service", "service checkout", "in project Apollo"
  for (const p of plist) {
    if (params[p.name] !== undefined || p.role || !p.kinds.includes('text') || p.kinds.length > 1) continue;
    const nm = p.name.replace(/_/g, '[ _-]?');
    const before = new RegExp(`\\b(?:the\\s+)?(\\uE000\\d+\\uE001|[A-Za-z0-9][\\w.-]*)\\s+${nm}\\b`, 'i').exec(t);
    const after = new RegExp(`\\b${nm}\\s+(?:called\\s+|named\\s+|=\\s*|:\\s*)?(\\uE000\\d+\\uE001|[A-Za-z0-9][\\w.-]*)`, 'i').exec(t);
    const hit = [before, after].find((x) => x && !STOP.has(x[1].toLowerCase()) && !isActionVerb(ctx.index, x[1]) && m.free(x.index, x.index + x[0].length));
    if (!hit) continue;
    params[p.name] = restore(hit[1], ctx.spans);
    m.consume(hit.index, hit.index + hit[0].length);
    const f = /\b(?:for|of|in|on)\s+$/i.exec(t.slice(0, hit.index));
    if (f) m.consume(f.index, hit.index);
  }
  // a folder said plainly: "list files in reports"
  for (const p of plist) {
    if (params[p.name] !== undefined || p.kinds[0] !== 'path') continue;
    const fm = /\b(?:in|from|under|inside|within)\s+(?:the\s+)?([a-z0-9][\w.-]*)(?:\s+(?:folder|directory|dir))?\s*$|\b(?:in|from|under|inside|within)\s+(?:the\s+)?([a-z0-9][\w.-]*)(?:\s+(?:folder|directory|dir))?(?=\s+(?:and|then|to|recursively)\b)/i.exec(t);
    const v = fm?.[1] ?? fm?.[2];
    if (!fm || !v || STOP.has(v.toLowerCase()) || ctx.index.apps.has(v.toLowerCase()) || !m.free(fm.index, fm.index + fm[0].length)) continue;
    params[p.name] = v;
    m.consume(fm.index, fm.index + fm[0].length);
  }
  // loop item
  if (ctx.loopItem && !ents.some((e) => e.value === '{{item}}')) {
    const textItems = ctx.loopItem.kinds.every((k) => k === 'text');
    // ("… then save the result to exports/x.csv": the result is what is saved, not the item)
    // ("query the bin summary for each lot and write it out to …": "it" after a step of this pass is what that step made)
    const saysResult = ctx.history.length > 0 && (REFERENCE_CUES.some((r) => r.want === 'text' && r.cue.test(t.replace(PH, ' '))) || (ctx.history.length > (ctx.loopItem.since ?? Infinity) && /^\s*\S+\s+(?:it|them)\b/i.test(t)));
    const p = (textItems && ctx.loopItem.handles ? plist.find((q) => params[q.name] === undefined && q.required && q.kinds[0] === 'user') : undefined)
      // (names go into a title after its topic is known: "a task for the weekly audit for L1, L2 and L3" → "Weekly audit – L1"; see below)
      ?? plist.find((q) => params[q.name] === undefined && q.kinds.some((k) => ctx.loopItem!.kinds.includes(k)) && (!textItems || q.required) && !(textItems && (q.role === 'title' || q.role === 'instruction')) && !(q.role === 'body' && saysResult));
    const k = p?.kinds.find((x) => ctx.loopItem!.kinds.includes(x));
    const ref = `{{${(k && ctx.loopItem.fields?.[k]) ?? 'item'}}}`;
    if (p) params[p.name] = p.array && !p.types.includes('string') ? [ref] : ref;
  }
  // a date-time said for the action itself ("remind @sam tomorrow at 10am"): the step waits until then
  let waitUntil: string | undefined;
  // (what the model is asked to write about — "a reminder re: the induction on 24 Feb" — is not when to run)
  if (!plist.some((p) => p.kinds.includes('date') || p.kinds.includes('datetime') || p.role === 'instruction')) {
    // not a time the text talks about ("lunch is at noon", "the demo starts at 3pm")
    const told = (e: Entity) => /\b(is|are|was|were|be|starts?|begins?|ends?|opens?|closes?|happens?|runs?|finishes|scheduled|planned|moved|postponed|delayed|until|since|from|due|expires?|lands?)(?:\s+(?:at|on|by|in|around|for|to|till|until))?$/i.test(e.cue);
    // (nor one said inside what is said: "… that the loop will be shut down Saturday 6am")
    // nor when something booked takes place ("confirm her appointment at our Riverside clinic on Thursday at 10:30")
    const booked = (e: Entity) => /\b(?:appointment|meeting|interview|session|visit|booking|reservation|delivery|surgery|consultation|class|shift|party|dinner|talk|concert|flight|sailing|departure|pickup|collection|webinar|training|inspection|viewing|tour|check-?up|cleaning)s?\b(?:\s+(?!(?:to|into|in|with|via)\b)[\w'’-]+){0,6}?(?:\s+(?:on|at|for))?\s*$/i.test(t.slice(0, e.start));
    const when = ents.find((e) => !e.used && e.datetime && outsideContent(e) && !told(e) && !booked(e) && !/\s(?:that|saying|says)\s/i.test(t.slice(0, e.start)) && !/^['’]s\b/.test(t.slice(e.end)) && !/\b(?:about|regarding|concerning|re)\b/i.test(e.cue) && !/^this\s+(?:week|month|year|quarter)$/i.test(e.value) && (e.hasTime || /\b(tomorrow|tonight|next|this|on)\b/i.test(`${e.cue} ${e.value}`)) && new Date(e.datetime) > ctx.now);
    if (when) { waitUntil = when.datetime; take(when); }
  }
  // the names of parameters already filled are not the topic ("set the due date of task 4321 to …")
  for (const p of plist) {
    if (params[p.name] === undefined || p.role) continue;
    for (const nm of t.matchAll(new RegExp(`\\b(?:the\\s+|its\\s+|a\\s+)?${p.name.replace(/_/g, '[ _-]')}\\b(?:\\s+(?:of|to|as|for))?`, 'gi'))) m.consume(nm.index, nm.index + nm[0].length);
  }

  // 4. text: title, subject, body, instruction
  const texts = plist.filter((p) => p.role && params[p.name] === undefined);
  const titleP = texts.find((p) => p.role === 'title' && !/subject/.test(p.name));
  const subjectP = texts.find((p) => /subject/.test(p.name));
  const bodyP = texts.find((p) => p.role === 'body' && p.kinds.includes('text') && !/html|description/.test(p.name)) ?? texts.find((p) => p.role === 'body');
  const instrP = texts.find((p) => p.role === 'instruction');
  // quoted SQL is a query to run (by an earlier step), not words to send
  const quotes = ents.filter((e) => !e.used && e.span !== undefined && ctx.spans[e.span].kind === 'quote' && !(e.kinds.includes('sql') && !plist.some((p) => p.kinds.includes('sql'))));
  const takeQuote = (after: number): Entity | undefined => {
    const q = quotes.find((e) => !e.used && e.start >= after && e.start - after < 3);
    if (q) take(q);
    return q;
  };
  const cueText = (re: RegExp): string | undefined => {
    const cm = re.exec(t);
    if (!cm) return undefined;
    const at = cm.index + cm[0].length;
    const q = takeQuote(at);
    m.consume(cm.index, at);
    if (q) return q.value;
    const rest = t.slice(at);
    const stop = /\s(?:with|and|due|assigned|saying|that says|to\s+(?=#|@|\uE000)|in\s+(?=\uE000|slack|asana|github)|on\s+(?=slack|github)|by\s+(?=\w+day|tomorrow|next)|,)|[.;]/i.exec(rest);
    const seg = rest.slice(0, stop ? stop.index : rest.length);
    m.consume(at, at + seg.length);
    return restore(seg, ctx.spans) || undefined;
  };
  let title = cueText(TITLE_CUES);
  // "named after the issue title" in a triggered workflow: the trigger's field
  // ("named after the issue": its title; "named after issue title", jotted without the article, the same)
  // ("named after them": the name of whoever started it)
  const titleField = title !== undefined ? triggerField(title.replace(/^after\s+(?:them|him|her)\b.*$/i, 'their name').replace(/^after\s+(the|that|this|its)\s+([\w-]+)$/i, '$1 $2 title').replace(/^after\s+(?:(the|that|this|its)\s+)?([\w-]+\s+)?(?:headline|heading|title|subject)$/i, (_m, det = 'the', w = '') => `${det} ${w}title`), ctx.trigger, ctx.history) : undefined;
  if (titleField) title = titleField.ref;
  // "… named with that category", "titled after the AI's answer": an earlier result is the name
  else if (title !== undefined && ctx.history.length && /^(?:with|after|from|by|using)?\s*(?:that|the|its|this|their)\s+(?:[\w'’-]+\s+)?(?:category|label|result|answer|output|classification|summary|verdict|suggestion|reply|response|text)$/i.test(title.trim())) {
    const r = bestRef(ctx.history, 'text');
    if (r) title = `{{${r.step.id}.${r.field}}}`;
  }
  let subject = subjectP ? cueText(SUBJECT_CUES) : undefined;
  let body: string | undefined;
  if (content) {
    const seg = t.slice(content.textStart, content.end);
    body = askedOf(content.cue, restore(seg, ctx.spans));
    m.consume(content.start, content.end);
    for (const e of ents) if (e.start >= content.start && e.start < content.end) e.used = true;
    if (!messageLike && !instrP && titleP && title === undefined && body) { title = cap(body); body = undefined; }
  }
  // instruction-style parameters get the whole request ("Summarize it in three bullets")
  let instruction: string | undefined;
  if (instrP) {
    const full = restore(t.replace(/\s+(?:with|using|via|through|by)\s+(?:the\s+)?(?:ai|gpt|chatgpt|llm|an? (?:llm|model|ai)|the model|openai|ollama|claude)\b/gi, ''), ctx.spans, true);
    instruction = cap(tidy(full.replace(/\s+(?:and\s+)?(?:post|send|email|share|include|put|save|write|forward|dm|tell|notify)\s+(?:it|them|the (?:answer|result|response|output|summary|text)|that)\b.*$/i, '').replace(/\s+(?:and\s+(?:then\s+)?(?:post|send|email|share)\s|(?<!\b(?:a|an|the|this|that|polite|short|quick|brief|formal|friendly|follow-up|reply|long|nice|warm)\s+|^\s*[A-Za-z]+\s+)(?:post|send|email|share)\s+(?=(?:to|in|on|into)\s)).*$/i, '')));
  }
  // unused quotes
  for (const q of quotes) {
    if (q.used) continue;
    // "send our 'Welcome to Harborview' email with the checklist": the quoted name of the email is its subject
    if (messageLike && subjectP && subject === undefined && /^\s+(?:e-?mail|newsletter|letter|announcement|memo)\b/i.test(t.slice(q.end))) { subject = q.value; take(q); continue; }
    if (titleP && title === undefined && !messageLike) { title = q.value; take(q); }
    else if (subjectP && subject === undefined && messageLike && bodyP && body === undefined && quotes.filter((x) => !x.used).length > 1) { subject = q.value; take(q); }
    else if (bodyP && body === undefined) { body = q.value; take(q); }
    else if (titleP && title === undefined) { title = q.value; take(q); }
    else if (subjectP && subject === undefined) { subject = q.value; take(q); }
  }
  // references to earlier results
  const ref = findReference(t, m, ctx, op, Boolean(instrP) || Boolean(bodyP && bodyP.required && !messageLike));
  // "with the file's contents as the body": where the reference goes, not a topic
  if (ref) for (const x of t.matchAll(/\b(?:as|for|in|into)\s+(?:the\s+|its\s+|a\s+)?(?:e-?mail\s+|message\s+)?(?:body|content|text|description|message)\b/gi)) m.consume(x.index, x.index + x[0].length);
  // audience words for a destination ("notify the dev team")
  const aud = AUDIENCE.exec(restoreMasked(t, m));
  // leftover words: the topic
  // "send them … at their address" in a triggered workflow: the recipient, not the topic
  if (ctx.trigger && ctx.trigger.type !== 'schedule') {
    for (const x of t.matchAll(/\b(?:at|to)\s+(?:their|his|her)\s+(?:e-?mail\s+)?address\b|\bto\s+(?:them|him|her)\b/gi)) m.consume(x.index, x.index + x[0].length);
    const pr = /^(\s*\S+\s+)(them|him|her|the\s+(?:customer|user|sender|person|requester|author|submitter|applicant|candidate|caller|buyer|client))\b/i.exec(t);
    if (pr) m.consume(pr[1].length, pr[0].length);
  }
  const left = leftover(t, m, ctx.spans);
  let topic = left ? cleanTopic(left) : '';
  // ("tell the fleet team unit 4412 is down …": the audience said first is who hears it, the rest is what they hear)
  const heard = aud && messageLike ? new RegExp(`^${aud[0].replace(/^the\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?=\\S+\\s+\\S+\\s+\\S+)`, 'i').exec(topic) : null;
  if (heard) topic = cap(topic.slice(heard[0].length));
  // "page the on-call engineer about the database outage": the subject is what follows "about"
  // ("about invoice NS-20931, cc b@x, and explain …": the topic ends where the next part of the clause starts)
  const about = /\b(?:about|regarding|concerning|re:)\s+(.+)$/i.exec(left);
  const aboutWhat = about?.[1].split(/\s*,\s*(?=,|(?:and|then|but|so|cc)\b)/i)[0];
  // (not when the message asks someone to do something: "DM @kim to call the locum agency about Saturday's cover")
  const asksTo = /^\s*(?:(?:a|an|the|one)\s+)?(?:(?:by|via|in|on|over)\s+(?:a\s+)?(?:dm|slack|e-?mail|direct\s+message)\s+)?to\s+(?!(?:the|a|an|all|every|each|our|my|your|their)\b)[a-z]+\s+\S/i.test(left) && about && about.index > /\bto\s/i.exec(left)!.index;
  if (aboutWhat && cleanTopic(aboutWhat) && !asksTo) topic = cleanTopic(aboutWhat);
  const missing: string[] = [];
  const carriedNames: string[] = [];
  // trigger payload: "with the issue title"
  // (the words may be split by what other cues consumed: "post their message" lost "message" as the head noun)
  const payload = triggerField(left, ctx.trigger, ctx.history) ?? triggerField(restore(t, ctx.spans), ctx.trigger, ctx.history);
  if (payload) topic = cleanTopic(left.replace(payload.phrase, ' ').replace(/^\s*(?:their|his|her|its)\s*$/i, ' '));

  // who or what started the workflow ("a new customer signs up" → customer)
  const triggerSubject = ctx.trigger && ctx.trigger.type !== 'schedule' ? (/^[\w-]+\.([a-z]+)/.exec(ctx.trigger.source ?? '')?.[1] ?? /\b(?:a|an|the|new|every)\s+(?:new\s+)?([a-z]+)\b/i.exec(ctx.trigger.description ?? '')?.[1]?.toLowerCase()) : undefined;
  // in a workflow started by "a GitHub issue is opened", "add it to Asana" means that issue
  const triggerNoun = ctx.trigger && ctx.trigger.type !== 'schedule' && !ctx.history.length && /\b(it|this|that|them)\b/i.test(left) ? /^[\w-]+\.([a-z]+)/.exec(ctx.trigger.source ?? '')?.[1] : undefined;
  // "assign it to an Asana task": a topic that only names the kind of thing made says nothing
  if (topic && topic.split(/\s+/).every((w) => op.terms.has(stem(w)) && ctx.index.nouns.has(stem(w)))) topic = '';
  if (titleP) {
    if (title === undefined && payload && /title|name|subject|summary/.test(payload.field)) title = payload.ref;
    // "… with their message": the message is the body; the event itself names the new item
    if (title === undefined && payload && !topic && titleP.required && bodyP && !messageLike && ctx.trigger?.description) { title = cap(ctx.trigger.description); body ??= payload.ref; }
    // (not for one that acts on an existing item: "assign it to Priya" does not rename it)
    if (title === undefined && !topic && /\b(it|this|that)\b/i.test(t.replace(PH, ' ')) && ctx.history.length && !op.params.some((p) => p.required && p.kinds[0] === 'id')) { const r = bestRef(ctx.history, 'name'); if (r) title = `{{${r.step.id}.${r.field}}}`; }
    // (a thing with a title of its own — an issue, an order — else what happened: "a customer submits the damaged-item form")
    if (title === undefined && triggerNoun && triggerNoun !== 'event' && !topic) { title = /^(issue|task|ticket|pr|pull_request|order|incident|alert|message|email|invoice|lead|comment|release|deploy|deployment|payment|signup)$/.test(triggerNoun) || !ctx.trigger?.description ? `{{inputs.${triggerNoun}_title}}` : cap(ctx.trigger.description); topic = ''; }
    // leftover words name a new thing; an existing one ("update task 5 …") is renamed only when asked
    const existing = op.params.some((p) => p.required && p.kinds[0] === 'id');
    if (title === undefined && topic && (titleP.required || (!messageLike && (!existing || /\b(?:rename|retitle)\b/i.test(t))))) { title = cap(topic); topic = ''; }
    if (title === undefined && (titleP.required || messageLike) && ref) title = `${cap(describeOp(ref.step.op))}: {{${ref.step.id}.${ref.field}}}`;
    if (title !== undefined) params[titleP.name] = title;
  }
  if (subjectP && subjectP !== titleP) {
    if (subject === undefined && !titleP && title !== undefined) subject = title;
    if (subject === undefined && topic && messageLike) { subject = cap(topic); }
    if (subject !== undefined) params[subjectP.name] = subject;
  }
  if (instrP) {
    let v = instruction ?? topic;
    if (ref) v = ref.replaceIn(v);
    else {
      if (!v) v = restore(t, ctx.spans);
      // an instruction after a step that fetched or produced text works on that text
      const prev = ctx.history.at(-1);
      const f = prev && pickField(prev.op, ['text']);
      // (after a step that only passed data on — "save the output to x.json, get AI to summarise …" — the data it passed)
      const passed = prev && !f ? /\{\{(step_\d+)\.([\w.]+)\}\}/.exec(JSON.stringify(prev.params)) : null;
      if (prev && f) v = `${v}:\n\n{{${prev.id}.${f}}}`;
      else if (passed) v = `${v}:\n\n${passed[0]}`;
      // ("When a complaint comes in, have AI classify it": the first step of an event workflow works on what the event brought)
      else if (!prev && ctx.trigger && ctx.trigger.type !== 'schedule' && !v.includes('{{') && /\b(?:it|this|them|the\s+(?:message|complaint|submission|request|entry|report|feedback|event|payload|form))\b/i.test(v)) v = `${v}:\n\n{{inputs.payload}}`;
    }
    // "roll both results into one note": every earlier step of that kind, not just the last
    const one = /\{\{(step_\d+)\.(\w+)\}\}/.exec(v);
    const kin = one && /\b(?:both|all)\b/i.test(t) ? ctx.history.filter((h) => h.op.key === ctx.history.find((x) => x.id === one[1])?.op.key) : [];
    if (one && kin.length > 1) v = v.replace(one[0], kin.map((h) => `{{${h.id}.${one[2]}}}`).join('\n\n'));
    // "fetch the competitor's page, … compare it with our pricing in docs/pricing.md": a comparison reads every source before it
    else if (one && /^\s*(?:compare|contrast|reconcile|diff|match)\b/i.test(t)) {
      const sources = ctx.history.filter((h) => h.op.effect === 'read' || h.op.params.some((p) => p.required && ['url', 'sql', 'path'].includes(p.kinds[0])));
      const refs = sources.map((h) => { const f = pickField(h.op, ['text']); return f ? `{{${h.id}.${f}}}` : undefined; }).filter((x): x is string => Boolean(x) && !v.includes(x!));
      if (refs.length) v = `${v}\n\n${refs.join('\n\n')}`;
    }
    params[instrP.name] = v;
  }
  if (bodyP && (messageLike || body !== undefined)) {
    let v = body;
    if (v === undefined && topic && messageLike) v = cap(topic);
    // ("DM @x with the student's name and the time they asked for": the event's value, and what else was named)
    if (v !== undefined && v === cap(topic) && payload && !v.includes('{{')) v = `${payload.ref} — ${v}`;
    if (v !== undefined && ref) v = ref.replaceIn(v);
    // "… also email pm@acme.com about it" after a message: the same message
    const prevMsg = ctx.history.at(-1);
    if ((v === undefined || /^(the )?same( message| thing| text| words| ask| request| note| news| update| announcement| info| notice)?$/i.test(v)) && prevMsg && isMessageLike(prevMsg.op.params) && isNotifier(prevMsg.op) && /\b(it|this|that|the same|instead)\b/i.test(t.replace(PH, ' '))) {
      const pb = prevMsg.op.params.find((q) => q.role === 'body' && !q.alias);
      const pv = pb && prevMsg.params[pb.name];
      if (typeof pv === 'string') v = pv;
    }
    if (v === undefined && ref) v = ref.alone ? ref.token : defaultMessage(ref.step, ctx);
    if (v === undefined && payload) v = payload.ref;
    if (v === undefined && ctx.history.length && messageLike) {
      const r = bestRef(ctx.history.filter((h) => !isNotifier(h.op)), 'any');
      if (r) v = defaultMessage(r.step, ctx, r.field);
    }
    if (v === undefined && subject !== undefined) v = subject;
    // ("whenever a new review comes in …, post it in #marketing": "it" is what the event brought)
    const passOn = !ctx.history.length && /^\s*\S+\s+(?:it|this|them)\b/i.test(t.replace(PH, ' ')) ? ' {{inputs.payload}}' : '';
    if (v === undefined && messageLike) { if (!(ctx.trigger?.description && ctx.trigger.type !== 'schedule')) bodyDefault = bodyP.name; v = ctx.trigger?.description && ctx.trigger.type !== 'schedule' ? `${triggerPrefix(wl[0]?.w)}: ${ctx.trigger.description}${passOn}` : cap(restore(t, ctx.spans)); }
    const prefix = MESSAGE_PREFIX[(wl[0]?.w ?? '').toLowerCase()] ?? (/\breminder\b/i.test(t.slice(0, 40)) ? 'Reminder' : undefined);
    if (prefix && v && !/[{]{2}/.test(v.slice(0, 3)) && !new RegExp(`^${prefix}`, 'i').test(v)) v = `${prefix}: ${/^.[A-Z]/.test(v) ? v : v.charAt(0).toLowerCase() + v.slice(1)}`;
    const quoted = quotes.some((q) => q.used && q.value === v);
    if (v !== undefined) params[bodyP.name] = /^[a-z]/.test(v) && !/^[a-z]+:\/\//.test(v) && !quoted ? cap(v) : v;
    if (subjectP && params[subjectP.name] === undefined && messageLike && v !== undefined) params[subjectP.name] = subjectFrom(v, ref?.step, ref?.cue);
  }

  // "… with those items in the description": an earlier result goes in the parameter it names
  if (ref) {
    for (const p of plist) {
      if (params[p.name] !== undefined || !p.kinds.includes('text')) continue;
      if (new RegExp(`\\b(?:in|as|into|for)\\s+(?:the\\s+|its\\s+)?${p.name.replace(/_/g, '[ _]')}\\b`, 'i').test(t)) params[p.name] = ref.token;
    }
    // ("create an Asana task 'Board actions' containing them": a thing made to hold the result holds it in its body)
    const holder = !messageLike && plist.some((p) => p.role === 'title' && params[p.name] !== undefined) ? plist.find((p) => p.role === 'body' && params[p.name] === undefined && p.kinds.includes('text')) : undefined;
    if (holder && /\b(?:containing|listing|including|holding|carrying|with)\s+(?:them|it|those|these|all\s+of\s+them|the\s+[\w-]+(?:\s+[\w-]+)?)\s*(?:[,.;]|$|\b(?:and|then|in\s+it)\b)/i.test(t)) params[holder.name] = ref.token;
  }
  // the item of each pass, as a reference (a row's named field, else the item itself)
  const item = ctx.loopItem && `{{${ctx.loopItem.fields?.text ?? 'item'}}}`;
  // "for each cost center …, run 'select … where cost_center = $1'": the statement's placeholder is bound to the item
  if (item) {
    const sqlP = plist.find((q) => q.kinds.includes('sql') && typeof params[q.name] === 'string');
    const bind = plist.find((q) => q.kinds[0] === 'list' && q.types.includes('array') && params[q.name] === undefined);
    if (sqlP && bind && /\$1\b|(?<![\w'])\?(?![\w'])/.test(String(params[sqlP.name]))) params[bind.name] = [item];
    // "GET https://x/regions/<region>" inside a loop: the placeholder is each pass's item
    for (const [k, v] of Object.entries(params)) if (typeof v === 'string' && /<[\w-]+>|(?<!\{)\{[\w-]+\}(?!\})/.test(v)) params[k] = v.replace(/<[\w-]+>|(?<!\{)\{[\w-]+\}(?!\})/g, item);
  }
  // a loop over names ("… named 'Annual review' for Cardiology, Oncology and Radiology in turn"): each pass names its item
  if (item && ctx.loopItem?.kinds.every((k) => k === 'text') && !Object.values(params).some((v) => JSON.stringify(v ?? '').includes('{{item'))) {
    const tp = plist.find((q) => q.role === 'title' && (typeof params[q.name] === 'string' || (params[q.name] === undefined && q.required)));
    if (tp) params[tp.name] = typeof params[tp.name] === 'string' ? `${params[tp.name]} – ${item}` : item;
    // ("For each of Aetna, Cigna and Humana, have AI draft an appeal letter": the model is told which one)
    const ip = plist.find((q) => q.role === 'instruction' && typeof params[q.name] === 'string');
    if (ip && !tp) params[ip.name] = `${params[ip.name]} (for ${item})`;
    // ("for each of the skus A, B and C, send a POST to …": each request carries its item, named as the list names it)
    const data = tp ? undefined : plist.find((q) => q.kinds[0] === 'json' && params[q.name] === undefined && (q.name === 'json' || q.name === 'query' || q.name === 'data'));
    if (data && /^[a-z][\w-]*$/.test(ctx.loopItem.noun ?? '')) {
      const write = typeof params.method === 'string' && /^(POST|PUT|PATCH)$/.test(params.method);
      const target = write ? plist.find((q) => q.name === 'json' || q.name === 'data') : plist.find((q) => q.name === 'query');
      if (target && params[target.name] === undefined) params[target.name] = { [ctx.loopItem.noun!.replace(/-/g, '_')]: item };
    }
  }
  // "… has to be filed by 2026-06-03. Create a task … due that day": the date said in context
  for (const p of plist) {
    if (params[p.name] !== undefined || p.kinds[0] !== 'date' || !/\b(?:(?:due|on|by|for)\s+)?(?:that|the\s+same)\s+(?:day|date)\b|\bby\s+then\b/i.test(t)) continue;
    const d = ctx.said?.findLast((e) => e.kind === 'date');
    if (d) params[p.name] = d.value;
  }
  // "List what's in there" after "… screenshots under qa/screenshots": the folder said in context
  for (const p of plist) {
    if (params[p.name] !== undefined || p.required || p.kinds[0] !== 'path') continue;
    // (or "List it" after "… see what's in the grant-applications/2025 folder.", before any step made something "it" could be)
    const there = /\b(?:in|under|inside|from)\s+there\b|\b(?:that|this|the same)\s+(?:folder|directory|dir)\b/i.test(t) || (!ctx.history.length && /^\s*\S+\s+(?:it|them)\b/i.test(t)) ? ctx.said?.findLast((e) => e.kind === 'path') : undefined;
    if (there) params[p.name] = there.value;
  }
  // "… and also create an Asana task 'review refund spike' for her" after a DM to @maya: the person said last
  for (const p of plist) {
    if (params[p.name] !== undefined || p.required || !(p.kinds[0] === 'user' || p.kinds[0] === 'email') || p.role) continue;
    if (!/\b(?:for|to)\s+(?:him|her)\b/i.test(t.replace(PH, ' '))) continue;
    const who = lastPerson(ctx.history, 'user') ?? lastPerson(ctx.history, 'email');
    if (who) { params[p.name] = p.array ? [who] : who; break; }
  }
  // 5. required parameters still empty: carry a literal over, reference an earlier output, default, or ask
  for (const p of plist) {
    if (params[p.name] !== undefined || !p.required) continue;
    // "send them a welcome email" in a workflow started by "a new customer signs up": the customer's address
    // ("the buyer should get a confirmation" after "a buyer submits the returns form": the buyer's address)
    const actor = ctx.trigger && ctx.trigger.type !== 'schedule' ? /^(?:a|an|the|some|any|every)\s+(?:new\s+)?([a-z]+)\b/i.exec(ctx.trigger.description ?? '')?.[1]?.toLowerCase() : undefined;
    if (p.kinds[0] === 'email' && actor && !/^(form|webhook|event|payment|order|issue|task|file|message)$/.test(actor) && new RegExp(`\\bthe\\s+${actor}\\b`, 'i').test(t)) { params[p.name] = `{{inputs.${actor}_email}}`; continue; }
    // ("when someone submits the film entry form, … email the filmmaker …": whoever did it, named by what they are)
    const someone = ctx.trigger && ctx.trigger.type !== 'schedule' && /^(?:someone|somebody|anyone|anybody|a\s+person)\b/i.test(ctx.trigger.description ?? '') ? /\bthe\s+([a-z]+(?:er|or|ist|ant|ent|ee)|guest|member|customer|client|student|patient|parent|donor|volunteer|journalist)\b/i.exec(t.replace(PH, ' ')) : null;
    if (p.kinds[0] === 'email' && triggerSubject && ((someone && !/^(?:manager|owner|director|leader|supervisor|organi[sz]er|coordinator|controller|officer|administrator|admin|engineer|developer|president|accountant|assistant|agent)$/i.test(someone[1])) || /\b(them|him|her|their|the (?:customer|user|sender|person|requester|author))\b/i.test(t.replace(PH, ' ')))) {
      params[p.name] = `{{inputs.${triggerSubject}_email}}`;
      continue;
    }
    // "reassign it to kim@x.com and let her know by email", "… to devon.price and let him know in a DM": the person said last
    if ((p.kinds[0] === 'email' || p.kinds[0] === 'user') && /\b(?:him|her|them)\b/i.test(t.replace(PH, ' '))) {
      const who = lastPerson(ctx.history, p.kinds[0]);
      if (who) { params[p.name] = p.array ? [who] : who; continue; }
    }
    // "save the summary to …": the result the words name, not a same-named output of the same driver
    if ((p.role === 'body' || p.role === 'instruction') && ref && ref.alone && !topic) { params[p.name] = ref.token; continue; }
    const carried = carry(p, ctx.history, op);
    if (carried !== undefined) { params[p.name] = carried; carriedNames.push(p.name); continue; }
    // "The team wrote a brief in docs/brief.md. Read it, …": the value said in the context sentence
    const said = /\b(?:it|this|that|them|there|him|her)\b/i.test(t.replace(PH, ' ')) ? ctx.said?.find((e) => e.kind === p.kinds[0]) : ctx.said?.find((e) => e.trigger && e.kind === p.kinds[0]);
    if (said) {
      // (an id said as text goes where the operation takes a number: "issue 12" → 12)
      const v = /^\d+$/.test(said.value) && (p.types.includes('integer') || p.types.includes('number')) && !p.types.includes('string') ? Number(said.value) : said.value;
      params[p.name] = p.array ? [v] : v;
      continue;
    }
    if (p.kinds.includes('channel') && !p.kinds.includes('channel_spec')) {
      params[p.name] = aud && aud[1] && !/^(the|our|my|whole|entire|all)$/i.test(aud[1]) ? `#${aud[1].toLowerCase()}${/^(?:folks|people|staff|crew|everyone|everybody|channel)$/i.test(aud[2]) ? '' : `-${aud[2].toLowerCase()}`}` : DEFAULT_CHANNEL;
      if (!aud) ctx.notes.push(`No channel named for ${op.key}; assumed ${DEFAULT_CHANNEL}.`);
      continue;
    }
    if (p.kinds.includes('channel_spec')) { params[p.name] = DEFAULT_CHANNEL; continue; }
    if (p.kinds.includes('sql')) { const q = quotes.find((x) => !x.used); if (q) { params[p.name] = q.value; take(q, p); continue; } }
    if ((p.role === 'body' || p.role === 'instruction') && payload && !topic) { params[p.name] = payload.ref; continue; }
    if ((p.role === 'body' || p.role === 'instruction') && ref) { params[p.name] = topic ? ref.replaceIn(cap(topic)) : ref.token; continue; }
    if (p.role && topic) { params[p.name] = cap(topic); continue; }
    if (p.role === 'title' && ctx.history.length) { const r = bestRef(ctx.history, 'name'); if (r) { params[p.name] = `{{${r.step.id}.${r.field}}}`; continue; } }
    // "GET https://…/rates, save to data/rates.json": what is written, with nothing said, is what came just before
    if (p.role === 'body' && !messageLike && ctx.history.length && !topic) { const r = bestRef(ctx.history.slice(-1), 'text'); if (r) { params[p.name] = `{{${r.step.id}.${r.field}}}`; continue; } }
    // "reshape the rows into …": a value of any shape is the earlier result the words point at
    if (ref && p.kinds[0] === 'json' && !p.types.length) { params[p.name] = ref.token; continue; }
    // "hit the /version endpoint": a path on a server not named here, so the base URL is an input
    const rel = p.kinds[0] === 'url' ? /(?:^|\s)(\/[\w.-]+(?:\/[\w.-]+)*)(?=\s+(?:endpoint|path|route|url|page)\b)/i.exec(restore(t, ctx.spans)) : undefined;
    if (rel) { params[p.name] = `{{inputs.base_url}}${rel[1]}`; missing.push('base_url'); continue; }
    params[p.name] = p.array && !p.types.includes('string') ? [`{{inputs.${p.name}}}`] : `{{inputs.${p.name}}}`;
    missing.push(p.name);
  }
  // "POST that to https://…": an earlier result no parameter took goes in as the JSON payload
  if (ref && !Object.values(params).some((v) => typeof v === 'string' && v.includes('{{'))) {
    const payloadP = plist.find((p) => !p.required && p.kinds[0] === 'json' && !p.types.length && params[p.name] === undefined);
    if (payloadP) params[payloadP.name] = ref.token;
  }
  // HTTP-style methods: a body means POST, else GET
  for (const p of plist) {
    if (params[p.name] !== undefined || !p.enum || !p.enum.includes('GET') || !p.enum.includes('POST')) continue;
    const hasBody = plist.some((q) => params[q.name] !== undefined && (q.kinds.includes('json') || (q.role === 'body')));
    params[p.name] = hasBody ? 'POST' : 'GET';
  }
  // "notify #data and #eng": one step per destination
  let fanout: { param: string; values: unknown[] } | undefined;
  for (const p of plist) {
    if (!p.required || p.array || params[p.name] === undefined || !['channel', 'user', 'email', 'url', 'path', 'repo', 'sql'].includes(p.kinds[0])) continue;
    const more = ents.filter((e) => !e.used && e.kinds[0] === p.kinds[0] && outsideContent(e) && !/\b(of|from)$/i.test(e.cue));
    if (!more.length) continue;
    const bare = (e: Entity) => (p.kinds[0] === 'user' ? e.value.replace(/^@/, '') : e.value);
    for (const e of more) e.used = true;
    // (the step takes the first one said, its copies the rest: "call https://a… and https://b… in parallel")
    const chosen = ents.find((e) => !more.includes(e) && bare(e) === params[p.name]);
    const all = [...(chosen ? [chosen] : []), ...more].sort((a, b) => a.start - b.start);
    if (chosen) params[p.name] = bare(all[0]);
    fanout = { param: p.name, values: (chosen ? all.slice(1) : more).map(bare) };
    // ("DM @helen and @chris with the load figure": the other destinations are no part of what the message says)
    for (const q of plist) {
      const v = params[q.name];
      if (q.role !== 'body' || typeof v !== 'string') continue;
      let said = v;
      for (const e of more) said = said.replace(new RegExp(`^\\s*(?:(?:and|,)\\s*)?${e.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:(?:with|and)\\s+)?`, 'i'), '');
      if (said !== v) { if (said.trim()) params[q.name] = cap(said.trim()); else params[q.name] = payload ? payload.ref : cap(restore(t, ctx.spans)); }
    }
    break;
  }
  const hasObject = Boolean(head) || quotes.some((q) => q.used) || title !== undefined || Boolean(topic) || body !== undefined;
  // ("have the AI draft an issue body …, and open it in acme/web titled X": what "it" is — the draft — is the new item's body)
  const bodyOf = op.params.find((p) => p.role === 'body' && !p.alias);
  const wrote = ctx.history.at(-1);
  const wroteText = wrote?.op.params.some((p) => p.role === 'instruction') ? wrote.op.outputs.find((o) => o.cls === 'text') : undefined;
  if (bodyOf && params[bodyOf.name] === undefined && wrote && wroteText && !isMessageLike(op.params) && /^\s*[a-z]+\s+(?:it|that|this|them|these|those)\b/i.test(t)) params[bodyOf.name] = `{{${wrote.id}.${wroteText.name}}}`;
  // (a folder said for each pass — "save each draft under outreach/invites/" — gets one file per item)
  const dirP = ctx.loopItem && op.params.find((p) => p.kinds[0] === 'path' && p.required && typeof params[p.name] === 'string' && String(params[p.name]).endsWith('/'));
  if (dirP && op.params.some((p) => p.role === 'body')) params[dirP.name] = `${params[dirP.name]}{{${ctx.loopItem!.fields?.text ?? 'item'}}}.txt`;
  // ("for each of the tables, get a row count and write the counts to reports/rowcounts.txt": every pass adds to one file)
  const samePath = ctx.loopItem && op.params.find((p) => p.kinds[0] === 'path' && p.required && typeof params[p.name] === 'string' && !String(params[p.name]).includes('{{'));
  const appendP = samePath && op.params.find((p) => p.enum?.includes('append') && params[p.name] === undefined);
  if (appendP) params[appendP.name] = 'append';
  return { op, params, name: stepName(op, params), missing, carried: carriedNames, hasObject, ...(waitUntil ? { waitUntil } : {}), ...(fanout ? { fanout } : {}), ...(bodyDefault ? { bodyDefault } : {}) };
}

export function cueFits(name: string, cue: string, plist: ParamInfo[]): boolean {
  // ("cc my manager tom@x": a person's role may come between the cue and the address)
  const last = cue.replace(/\s+(?:my|our|the|his|her|their)\s+[a-z]+$/i, '').split(' ').slice(-2).join(' ');
  const says = (n: string) => new RegExp(`\\b${n.replace(/_/g, '[ -]?')}$`).test(last);
  // ("reply to x@y" names reply_to, though "to" ends it too: the longer name wins)
  const named = plist.filter((p) => p.kinds[0] === 'email' && p.name !== name && p.name.length > name.length).some((p) => says(p.name));
  if (named) return false;
  if (says(name)) return true;
  if (plist.some((p) => p.kinds[0] === 'email' && p.name !== name && says(p.name))) return false;
  // the first email parameter takes everything not named for another one
  return plist.filter((p) => p.kinds[0] === 'email')[0]?.name === name;
}

export function enumValue(p: ParamInfo, t: string, lower: string, verb: string | undefined, ents: Entity[], m: Mask): string | undefined {
  const nameWord = p.name.split('_')[0];
  for (const v of p.enum!) {
    const forms = [v, v.replace(/_/g, ' '), ...(ENUM_SYNONYMS[v] ?? [])];
    for (const f of forms) {
      const re = new RegExp(`(?<![\\w-])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w]|-(?!${nameWord}))`, 'gi');
      for (const mm of t.matchAll(re)) {
        if (ents.some((e) => e.start <= mm.index! && e.end > mm.index!)) continue;
        const around = lower.slice(Math.max(0, mm.index! - 25), mm.index! + f.length + 25);
        const nearName = new RegExp(`\\b(?:${[nameWord, ...(PARAM_NAME_SYNONYMS[nameWord] ?? [])].join('|')})`).test(around);
        const upper = mm[0] === mm[0].toUpperCase() && /[A-Z]/.test(mm[0]) && mm[0].length > 2;
        const isVerb = verb !== undefined && mm.index === t.toLowerCase().indexOf(verb.toLowerCase()) && verb.toLowerCase() === v.toLowerCase();
        const selfEvident = f !== v && (ENUM_SYNONYMS[v] ?? []).includes(f) && !/^(top|replace|normal|regular|standard|minor|major|important)$/.test(f);
        const strongWord = /^(urgent|critical|asap)$/.test(f);
        // "closed as not planned": a value of several words said after "as"
        const asValue = /\bas\s+$/i.test(t.slice(Math.max(0, mm.index! - 4), mm.index!)) && (/[\s_]/.test(v) || f === v);
        if (nearName || upper || isVerb || strongWord || asValue || (selfEvident && nearName)) {
          const hy = new RegExp(`^\\s*[- ]${nameWord}\\b`, 'i').exec(t.slice(mm.index! + mm[0].length));
          m.consume(mm.index!, mm.index! + mm[0].length + (hy ? hy[0].length : 0));
          const withName = new RegExp(`\\b(?:with\\s+(?:a\\s+)?)?(?:${nameWord}\\s*(?:of|is|=|:)?\\s*)$`, 'i').exec(t.slice(0, mm.index!));
          if (withName) m.consume(withName.index, mm.index!);
          const lead = /\b(?:with|at|as)\s+(?:a\s+)?$/i.exec(t.slice(0, mm.index!));
          if (lead && !isVerb) m.consume(lead.index, mm.index!);
          return v;
        }
      }
    }
  }
  return undefined;
}

// (an adjective that is a verb before its object stays: "brief the 12 extra waiting staff")
const TOPIC_DROP = /^(?:a|an|the|new|some|another|quick|short|small|simple|brief(?!\s+(?:the|a|an|our|their|all|every|each|everyone|@))|one|my|our|his|her|their|its|it)\s+/i;
export function cleanTopic(s: string): string {
  let t = s.replace(/\s+/g, ' ').trim().replace(/\s*[—–]+$/, '').replace(/(?:^|\s+)(?:too|as well|also|again|please|now|right away|asap|immediately|urgently|straight away|at once|afterwards?|after that|later|first|instead|word for word|verbatim|as is|exactly as (?:written|is)|one per person|one each|one apiece|individually|separately|(?:in|for|to|on) each(?: one| of them)?)$/i, '');
  t = t.replace(/[,;:.!?]+(?=\s|$)/g, (x) => (x === ',' ? ',' : ' ')).trim();
  for (let k = 0; k < 6; k++) {
    const before = t;
    t = t.replace(TOPIC_DROP, '').replace(TOPIC_CUES, '').replace(/^(?:and|or|then|also|with|as|is|be|so|that|which|please)\s+/i, '').replace(/\s+(?:to|for|with|and|or|the|a|an|of|at|by|from|via|through|then|it|as|about)$|(?<!\b(?:is|are|was|were|be|been|get|gets|got|come|came|comes|checked|logged|signed|clocked|all))\s+(?:in|on|over)$/i, '').replace(/^[,\s]+|[,\s]+$/g, '').trim();
    if (t === before) break;
  }
  if (!t || t.split(/\s+/).every((w) => /^(a|an|the|to|of|in|on|at|by|for|with|from|and|or|it|this|that|these|those|them|me|us|you|him|her|is|are|be|so|as|then|also|too|please|team|slack|asana|github|e-?mail|alert|warning|notification|ping|heads-up|everyone|everybody|channel|people|folks|staff|group|squad|crew|all|know|about|same|back|quick|short|brief|how|any|chance|just|maybe|perhaps|could|we|get|need|dm|privately|directly|private|personally|track|tracking|monitor|follow|out|over|along|note|notice|line|returned|received|back)$/i.test(w))) return '';
  if (AUDIENCE.test(t) && t.split(/\s+/).length <= 3 && !/\b(for|about|to)\b/.test(t)) return '';
  return t;
}

/** "… and ask them for their forecast" → "Could you send me your forecast?": a question put to the recipient. */
export function askedOf(cue: string, text: string): string {
  // ("telling everyone to move their boxes", "reminding staff to log out": an instruction to the group, said to them)
  const told = /\b(tell(?:ing)?|remind(?:ing)?)\s+(?:everyone|everybody|all|folks|people|staff|the\s+team)(?:\s+to)?$/i.exec(cue);
  if (told && /^to\s+\S/i.test(text) || (told && !/^(?:that|about)\b/i.test(text) && /to$/i.test(cue))) {
    const what = text.replace(/^to\s+/i, '').replace(/[.?!]+$/, '').replace(/\b(?:their|his|her)\b/gi, 'your').replace(/\b(?:them|him)selves\b|\bthemselves\b/gi, 'yourselves');
    return /^remind/i.test(told[1]) ? `Reminder: please ${what}` : `Please ${what}`;
  }
  const ask = /\bask(?:ing)?\s+(\S+)(?:\s+of\s+them)?(?:\s+(for|to|about|whether|if))?$/i.exec(cue);
  if (!ask) return text;
  // ("asking everyone to confirm their shifts": put to a group, the words stay as said)
  if (/^(?:everyone|everybody|all|folks|people|staff)$/i.test(ask[1]) && /^to$/i.test(ask[2] ?? '')) return `Could ${ask[1].toLowerCase()} ${text.replace(/[.?!]+$/, '')}?`;
  const you = text.replace(/\b(?:their|his|her)\b/gi, 'your').replace(/\b(?:them|him)\b/gi, 'you').replace(/\b(?:they|he|she)\b/gi, 'you').replace(/[.?!]+$/, '');
  const how = (ask[2] ?? '').toLowerCase();
  return how === 'for' ? `Could you send me ${you}?` : how === 'to' ? `Could you ${you}?` : how === 'about' ? `A question about ${you}` : how ? `Could you tell me ${how} ${you}?` : `${cap(you)}?`;
}

export function stepName(op: OpProfile, params: Record<string, unknown>): string {
  const [verb, ...rest] = op.op.split('_');
  const label = ['name', 'title', 'subject', 'channel', 'url', 'path', 'to', 'user'].map((k) => params[k]).find((v) => typeof v === 'string' && v && !v.includes('{{')) as string | undefined;
  const base = `${cap(verb)}${rest.length ? ` ${rest.join(' ')}` : ''} (${op.driverTitle})`;
  return (label ? `${base}: ${label}` : base).slice(0, 120);
}

/**
 * Parameters named by a noun of their own (`project`, `workspace`) whose value the text says next to
 * that noun: "in the Support project", "to the 'Q3 Launch' project", "project Finance Ops". The value
 * is a quote placeholder, capitalised words, or one lower-case word before the noun.
 */
export function namedContainers(op: OpProfile, t: string, params: Record<string, unknown> = {}): { param: ParamInfo; raw: string; valueAt: number; index: number; end: number }[] {
  const out: { param: ParamInfo; raw: string; valueAt: number; index: number; end: number }[] = [];
  // ("the Safe and Well project": small joining words between capitalised ones are part of the name)
  const NAME = `\uE000\\d+\uE001|\\p{Lu}[\\p{L}\\d'-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d'-]*|\\d+|(?:and|of|&|the|for)(?=\\s+\\p{Lu}))){0,5}`;
  for (const p of op.params) {
    if (p.required || p.role || p.kinds[0] !== 'text' || !p.types.includes('string') || !/^[a-z]{4,}$/.test(p.name)) continue;
    if (params[p.name] !== undefined || op.params.some((q) => q !== p && q.name.startsWith(`${p.name}_`) && params[q.name] !== undefined)) continue;
    const re = new RegExp(`\\b(?:[Ii]n|[Tt]o|[Ii]nto|[Uu]nder|[Oo]n|[Ff]or)\\s+(?:the\\s+|our\\s+|my\\s+)?(${NAME}|(?!(?:same|new|right|main|other|this|that|a|an)\\b)[a-z][\\w-]*)\\s+${p.name}\\b|\\b${p.name}\\s+(?:called\\s+|named\\s+)?(${NAME})`, 'u');
    const hit = re.exec(t);
    if (!hit) continue;
    const raw = hit[1] ?? hit[2];
    out.push({ param: p, raw, valueAt: hit.index + hit[0].indexOf(raw), index: hit.index, end: hit.index + hit[0].length });
  }
  return out;
}
