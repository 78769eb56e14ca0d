/**
 * What the offline planner knows about the catalogue, derived only from the catalogue itself:
 * per operation a weighted bag of (stemmed) words from its name, keywords, examples and
 * description; its parameters classified by the entity that fills them (from `entity`/`role`
 * hints in the JSON schema when a driver gives them, else from type, format, name and
 * description); its outputs classified as link / text / id / status / count. Built once per
 * catalogue and cached.
 */
import type { CatalogDriver } from '../../drivers/registry.ts';
import { PARAM_ROLES, PREFERENCES, ROUTER_HINT, STOP, SYNONYMS } from './lexicon.ts';
import { stem } from './text.ts';

export type EntityKind = 'email' | 'channel' | 'user' | 'url' | 'sql' | 'path' | 'repo' | 'id' | 'number' | 'date' | 'datetime' | 'json' | 'enum' | 'channel_spec' | 'dsn' | 'list' | 'text' | 'org';
export type Role = 'title' | 'body' | 'instruction';

export interface ParamInfo {
  name: string;
  types: string[];
  format?: string;
  enum?: string[];
  required: boolean;
  description: string;
  kinds: EntityKind[];
  role?: Role;
  /** "Same as text": an alternative spelling of another parameter; never filled. */
  alias: boolean;
  array: boolean;
  integer: boolean;
}

export type OutputClass = 'url' | 'text' | 'id' | 'name' | 'status' | 'ok' | 'count' | 'other';
export interface OutputInfo { name: string; types: string[]; description: string; cls: OutputClass; constant?: string; enum?: string[] }

export interface OpProfile {
  driver: string;
  driverTitle: string;
  op: string;
  key: string;
  description: string;
  effect: string;
  terms: Map<string, number>;
  /** Terms from the op name, its keywords and its driver's name: the ones that may decide alone. */
  strong: Set<string>;
  params: ParamInfo[];
  outputs: OutputInfo[];
  /** Routes to other drivers (e.g. notify): picked only on its own cues. */
  router: boolean;
  appNames: string[];
  verbs: Set<string>;
}

export interface CatalogIndex {
  ops: OpProfile[];
  idf: Map<string, number>;
  /** Stems that can start an action clause. */
  verbs: Set<string>;
  /** Stems of nouns that name an operation's object (task, message, email…). */
  nouns: Set<string>;
  /** App name (lower case) → driver. */
  apps: Map<string, string>;
  /** App names that are also everyday words ("data", "alert", "ai"): they count only after in/on/via/with… */
  commonApps: Set<string>;
  drivers: Map<string, CatalogDriver>;
}

/** Verbs of everyday English that the catalogue may not spell out; they only mark clause starts. */
const EXTRA_VERBS = ['pick', 'circulate', 'insert', 'choose', 'rank', 'rate', 'evaluate', 'judge', 'assess', 'suggest', 'recommend', 'explain', 'describe', 'predict', 'estimate', 'send', 'post', 'create', 'add', 'open', 'file', 'log', 'make', 'notify', 'tell', 'inform', 'alert', 'warn', 'ping', 'message', 'email', 'mail', 'dm', 'text', 'remind', 'nudge', 'fire', 'push', 'slack', 'produce', 'repost', 'resend', 'place',
  'announce', 'share', 'publish', 'broadcast', 'fetch', 'get', 'grab', 'pull', 'download', 'retrieve', 'call', 'hit', 'invoke', 'trigger', 'start', 'launch', 'check', 'verify', 'confirm', 'validate', 'monitor', 'poll', 'probe',
  'query', 'run', 'execute', 'lookup', 'find', 'search', 'count', 'select', 'summarize', 'translate', 'rewrite', 'draft', 'compose', 'write', 'generate', 'classify', 'analyze', 'categorize', 'extract',
  'save', 'store', 'dump', 'export', 'persist', 'append', 'read', 'load', 'list', 'complete', 'finish', 'close', 'resolve', 'delete', 'remove', 'trash', 'retract', 'rename', 'reassign', 'reschedule',
  'update', 'edit', 'change', 'modify', 'move', 'comment', 'reply', 'respond', 'raise', 'escalate', 'page', 'record', 'assign', 'set', 'upload', 'forward', 'report', 'submit', 'put', 'patch', 'request',
  'ask', 'wait', 'pause', 'sleep', 'approve', 'register', 'note', 'schedule', 'email', 'shoot', 'drop', 'let', 'give', 'keep', 'build', 'combine', 'reshape', 'transform', 'convert', 'format', 'calculate', 'compute',
  'show', 'display', 'give', 'tag', 'label', 'mark', 'notify', 'open', 'reopen', 'deploy', 'scrape', 'decide', 'answer', 'use', 'pass'];

/** Nouns that are the object of an operation rather than its topic (their modifiers are the topic). */
const EXTRA_NOUNS = ['task', 'todo', 'ticket', 'card', 'issue', 'bug', 'message', 'msg', 'email', 'mail', 'note', 'comment', 'file', 'query', 'request', 'dm', 'notification', 'alert', 'reminder',
  'announcement', 'summary', 'report', 'update', 'post', 'item', 'story', 'chore', 'webhook', 'call', 'line', 'reply', 'response', 'text', 'ping', 'heads-up', 'word', 'notice', 'memo', 'entry', 'record',
  'draft', 'page', 'prompt', 'question', 'job', 'work', 'sql', 'statement', 'api', 'endpoint', 'http', 'get', 'fetch', 'digest', 'pr', 'pull', 'e-mail', 'status', 'blurb', 'writeup', 'recap'];

const cache = new WeakMap<CatalogDriver[], CatalogIndex>();

export function indexCatalog(catalog: CatalogDriver[]): CatalogIndex {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const ops: OpProfile[] = [];
  const apps = new Map<string, string>();
  const drivers = new Map<string, CatalogDriver>();
  const verbs = new Set(EXTRA_VERBS.map(stem));
  const nouns = new Set(EXTRA_NOUNS.map(stem));
  for (const d of catalog) {
    drivers.set(d.name, d);
    for (const n of [d.name, d.title, ...(d.aliases ?? [])]) if (n && !/_driver$/.test(n)) apps.set(n.toLowerCase(), d.name);
    for (const o of d.operations ?? []) {
      const terms = new Map<string, number>();
      const strong = new Set<string>();
      const add = (text: string, w: number, isStrong = false) => {
        for (const raw of text.toLowerCase().split(/[^a-z0-9-]+/)) {
          if (!raw || STOP.has(raw) || raw.length < 2) continue;
          for (const part of raw.includes('-') ? [raw, ...raw.split('-')] : [raw]) {
            const s = stem(part);
            if (!s) continue;
            terms.set(s, Math.min(6, (terms.get(s) ?? 0) + w));
            if (isStrong) strong.add(s);
          }
        }
      };
      add(o.name.replace(/_/g, ' '), 3, true);
      for (const k of o.keywords ?? []) add(k, 2, true);
      add(`${d.name} ${d.title}`, 2, true);
      for (const k of d.keywords ?? []) add(k, 0.5);
      for (const e of o.examples ?? []) add(e.replace(/\{\{[^}]*\}\}|"[^"]*"/g, ' '), 0.6);
      add(firstSentences(o.description), 0.4);
      const opVerbs = new Set<string>();
      const first = o.name.split('_')[0];
      opVerbs.add(stem(first));
      for (const e of o.examples ?? []) { const w = e.trim().split(/\s+/)[0]?.toLowerCase(); if (w && !STOP.has(w)) opVerbs.add(stem(w)); }
      const useIt = /use it (?:only )?(?:when the request (?:asks|says|wants) (?:you )?to|to)\s+([a-z ,/-]+?)(?:[.;:(]|\s(?:a|an|the|any|existing|new|one|steps|it|them|something|data|what|which)\b)/i.exec(o.description);
      if (useIt) for (const w of useIt[1].split(/,|\bor\b|\band\b/)) { const t = w.trim().split(/\s+/)[0]; if (t && t.length > 1 && !STOP.has(t)) opVerbs.add(stem(t)); }
      for (const v of opVerbs) verbs.add(v);
      for (const part of o.name.split('_').slice(1)) nouns.add(stem(part));
      ops.push({
        driver: d.name,
        driverTitle: d.title,
        op: o.name,
        key: `${d.name}.${o.name}`,
        description: o.description,
        effect: o.effect,
        terms,
        strong,
        params: paramsOf(o.input_schema),
        outputs: outputsOf(o.output_schema),
        router: ROUTER_HINT.test(d.description) || ROUTER_HINT.test(o.description),
        appNames: [d.name, d.title, ...(d.aliases ?? [])].filter((n) => n && !/_driver$/.test(n)).map((n) => n.toLowerCase()),
        verbs: opVerbs,
      });
    }
  }
  const df = new Map<string, number>();
  for (const op of ops) for (const t of op.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + ops.length / n));
  // An app name is a proper name ("Slack", "GitHub", "AI") when the catalogue always writes it capitalised;
  // otherwise ("database", "email", "file") it names the app only after in/on/via/with…
  const prose = catalog.flatMap((d) => [d.description, ...(d.operations ?? []).flatMap((o) => [o.description, ...(o.examples ?? [])])]).join(' ');
  const commonApps = new Set<string>();
  for (const [name] of apps) {
    if (!/^[a-z0-9-]+$/.test(name)) continue;
    // uses inside sentences (not at their start, not "slack:#x" channel syntax)
    const uses = [...prose.matchAll(new RegExp(`(?<![.!?:]\\s|^)\\b${name}\\b(?![:_])`, 'gi'))].map((m) => m[0]);
    const proper = uses.length > 0 && uses.every((u) => /^[A-Z]/.test(u));
    const everyday = STOP.has(name) || SYNONYMS[name] !== undefined || verbs.has(stem(name)) || nouns.has(stem(name));
    // (an acronym the catalogue writes in capitals, "REST", is the everyday word when typed in lower case: "rest breaks")
    const acronym = name.length >= 4 && uses.length > 0 && uses.every((u) => u === u.toUpperCase());
    if (!proper || everyday || acronym) commonApps.add(name);
  }
  const index: CatalogIndex = { ops, idf, verbs, nouns, apps, commonApps, drivers };
  cache.set(catalog, index);
  return index;
}

function firstSentences(desc: string): string {
  // Side-effect/idempotency/undo notes describe behaviour, not intent.
  return desc.split(/(?<=\.)\s+/).filter((s) => !/^(side effect|not idempotent|idempotent|undo|destructive|needs|responses|values go|at most|paths|files larger|no side effects|outputs|a non-2xx|read-only)/i.test(s)).join(' ');
}

type Json = Record<string, unknown>;

function typesOf(s: Json | undefined): string[] {
  if (!s) return [];
  if (typeof s.type === 'string') return [s.type];
  if (Array.isArray(s.type)) return s.type as string[];
  const alts = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (alts) return [...new Set(alts.flatMap((a) => typesOf(a)))];
  if (s.const !== undefined) return [typeof s.const];
  if (s.enum) return ['string'];
  return [];
}

function enumOf(s: Json | undefined): string[] | undefined {
  if (!s) return undefined;
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).filter((v) => v !== null).map(String);
  const alts = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (alts) for (const a of alts) { const e = enumOf(a); if (e) return e; }
  return undefined;
}

function formatOf(s: Json | undefined): string | undefined {
  if (!s) return undefined;
  if (typeof s.format === 'string') return s.format;
  const alts = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (alts) for (const a of alts) { const f = formatOf(a); if (f) return f; }
  return undefined;
}

function asList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
}

function paramsOf(schema: unknown): ParamInfo[] {
  const s = (schema ?? {}) as Json;
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set(asList(s.required));
  return Object.entries(props).map(([name, p]) => {
    const types = typesOf(p);
    const description = String(p.description ?? '');
    const format = formatOf(p);
    const en = enumOf(p);
    const hinted = asList(p.entity ?? p['x-entity']) as EntityKind[];
    const alias = /^same as \w+/i.test(description);
    const kinds: EntityKind[] = hinted.length ? hinted : guessKinds(name, types, format, en, description);
    const hintedRole = (p.role ?? p['x-role']) as Role | undefined;
    const role: Role | undefined = hintedRole ?? (types.includes('string') || types.length === 0 ? guessRole(name, kinds) : undefined);
    return { name, types, format, enum: en, required: required.has(name), description, kinds, role, alias, array: types.includes('array'), integer: types.includes('integer') || types.includes('number') };
  });
}

function guessKinds(name: string, types: string[], format: string | undefined, en: string[] | undefined, desc: string): EntityKind[] {
  const n = name.toLowerCase();
  if (en) return ['enum'];
  if (types.length && types.every((t) => t === 'boolean' || t === 'null')) return [];
  if (/\b(organi[sz]ation|org)\b/i.test(desc) && /owner|org/.test(n)) return ['org'];
  if (format === 'uri' || format === 'url' || /(^|_)(url|uri|endpoint|href|link|webhook)$/.test(n)) return /sqlite|postgres|database/i.test(desc) ? ['dsn', 'path'] : ['url'];
  if (format === 'date') return ['date'];
  if (format === 'date-time') return ['datetime'];
  if (/^(to|cc|bcc|recipients?|emails?|email_to|reply_to|email_address)$/.test(n)) return ['email'];
  if (/channel/.test(n)) return /slack:|email:/i.test(desc) ? ['channel_spec', 'channel', 'email', 'user'] : ['channel'];
  if (/^(user|users|user_id|assignee|assignees|owner|approver|approvers|member|recipient|person|login|mention)$/.test(n)) return /email/i.test(desc) ? ['user', 'email'] : ['user'];
  if (/(^|_)(sql|statement)$/.test(n) || (n === 'query' && types.includes('string') && /sql/i.test(desc))) return ['sql'];
  if (/(^|_)(path|file|filename|directory|folder|dir)$/.test(n)) return ['path'];
  if (/(^|_)(repo|repository)$/.test(n)) return ['repo'];
  if (/(^|_)(id|gid|number|ts|key)$/.test(n)) return ['id'];
  if (/^(json|payload|data|variables|value)$/.test(n) || (types.includes('object') && !types.includes('string'))) return ['json'];
  if (types.includes('integer') || types.includes('number')) return ['number'];
  if (types.includes('array')) return ['list'];
  return types.includes('boolean') ? [] : ['text'];
}

function guessRole(name: string, kinds: EntityKind[]): Role | undefined {
  if (!kinds.includes('text')) return undefined;
  const n = name.toLowerCase();
  if (PARAM_ROLES.instruction.test(n)) return 'instruction';
  if (PARAM_ROLES.title.test(n)) return 'title';
  if (PARAM_ROLES.body.test(n)) return 'body';
  return undefined;
}

function outputsOf(schema: unknown): OutputInfo[] {
  const s = (schema ?? {}) as Json;
  const props = (s.properties ?? {}) as Record<string, Json>;
  return Object.entries(props).map(([name, p]) => {
    const types = typesOf(p);
    const description = String(p.description ?? '');
    const n = name.toLowerCase();
    let cls: OutputClass = 'other';
    if (/(url|link|permalink|href)/.test(n)) cls = 'url';
    else if (n === 'ok' || n === 'success' || n === 'succeeded') cls = 'ok';
    else if (/^(status|state|status_code|code|result_status)$/.test(n)) cls = 'status';
    else if (/(count|total|size|length|changes|bytes_written)$/.test(n) || /^(row_count|count)$/.test(n)) cls = 'count';
    else if (/(^|_)(id|gid|number|ts|key)$/.test(n)) cls = 'id';
    else if (/^(text|content|body|summary|result|output|answer|rows|value|json|data|message|entries|response)$/.test(n)) cls = 'text';
    else if (/(^|_)(name|title|subject)$/.test(n)) cls = 'name';
    const constant = p.const !== undefined ? String(p.const) : undefined;
    return { name, types, description, cls, constant, enum: enumOf(p) };
  });
}

/** Expands a clause word to the catalogue words it may stand for (itself first). */
export function expand(word: string): { t: string; w: number }[] {
  const s = stem(word);
  const out = [{ t: s, w: 1 }];
  const syn = SYNONYMS[word.toLowerCase()] ?? SYNONYMS[s];
  if (syn) for (const x of syn) for (const part of x.split(' ')) { const t = stem(part); if (!out.some((o) => o.t === t)) out.push({ t, w: 0.7 }); }
  return out;
}

export interface RankInput {
  /** Clause words (lower case), in order, without entities. */
  tokens: string[];
  /** Index in `tokens` of the clause verb, or -1. */
  verbAt: number;
  /** Indices of the head noun(s) of the object. */
  nounAt: number[];
  /** Drivers named in the clause ("in Slack"). */
  apps: string[];
  /** Entity kinds present, with a weight (destination entities weigh more). */
  entities: Map<EntityKind, number>;
  /** Driver of the step an anaphor ("it") refers to. */
  continuity?: string;
  /** How much the continuity counts (more when "it" is what started the workflow). */
  continuityWeight?: number;
  /** Per-token weights (topic words after "to"/"for"/"about" count less). */
  weights?: number[];
  /** Words written in capitals (GET, POST). */
  upper?: string[];
  /** An enum value said as the clause's verb ("GET it again"). */
  leadEnum?: string;
  /** Parameter names an earlier step can supply (its outputs). */
  carriable?: Set<string>;
  /** Words right before ids ("task 3131" → task) and words naming parameters ("as assignee"). */
  idCues?: string[];
}

/** How many operations a verb could mean: generic verbs (make, send, get) need an object to decide. */
export function verbSpread(index: CatalogIndex, verb: string): number {
  const ex = expand(verb).map((e) => e.t);
  return index.ops.filter((o) => ex.some((t) => o.verbs.has(t) || o.strong.has(t))).length;
}

export interface Ranked { op: OpProfile; score: number; strong: number; /** Score from everything but the verb. */ object: number }

/** Scores every operation for a clause; best first. */
export function rankOps(index: CatalogIndex, q: RankInput): Ranked[] {
  const out: Ranked[] = [];
  const qterms: { t: string; w: number; raw: string }[] = [];
  q.tokens.forEach((tok, i) => {
    if (STOP.has(tok)) return;
    const boost = (i === q.verbAt ? 2 : q.nounAt.includes(i) ? 1.6 : 1) * (q.weights?.[i] ?? 1);
    for (const e of expand(tok)) qterms.push({ t: e.t, w: e.w * boost, raw: tok });
  });
  for (const op of index.ops) {
    let score = 0;
    let strong = 0;
    // one credit per clause word: its best expansion
    const best = new Map<string, { s: number; strong: number }>();
    for (const { t, w, raw } of qterms) {
      const tf = op.terms.get(t);
      if (!tf) continue;
      const idf = index.idf.get(t) ?? 0;
      const s = w * idf * (tf / (tf + 1.2)) * 2.2;
      const st = op.strong.has(t) ? w : 0;
      const cur = best.get(raw);
      if (!cur) best.set(raw, { s, strong: st });
      else { cur.s = Math.max(cur.s, s); cur.strong = Math.max(cur.strong, st); }
    }
    const verbRaw = q.verbAt >= 0 ? q.tokens[q.verbAt] : undefined;
    let verbPart = 0;
    for (const [raw, v] of best) { score += v.s; strong += v.strong; if (raw === verbRaw) verbPart += v.s; }
    if (q.verbAt >= 0) {
      const v = q.tokens[q.verbAt];
      const ex = expand(v);
      if (op.verbs.has(ex[0].t)) { score += 2; verbPart += 2; }
      else if (ex.some((e) => op.verbs.has(e.t))) { score += 1.5; verbPart += 1.5; }
    }
    // a value said in capitals that one of the operation's enums holds ("POST", "GET")
    for (const tok of q.upper ?? []) if (op.params.some((p) => p.enum?.includes(tok))) { score += 2.5; if (tok === q.leadEnum) strong += 1; }
    if (q.apps.includes(op.driver)) { score += 6; strong += 2; }
    else if (q.apps.length) score -= 3;
    for (const [kind, weight] of q.entities) {
      const p = op.params.find((x) => !x.alias && x.kinds.includes(kind));
      if (!p) continue;
      const primary = p.kinds[0] === kind;
      score += weight * (primary ? 2.5 : 0.8) * (p.required ? 1 : 0.7);
      // a specific value where this operation wants it (SQL, a URL, a #channel) is evidence on its own
      if (primary && p.required && ['sql', 'url', 'email', 'channel', 'user', 'repo', 'path', 'channel_spec'].includes(kind)) strong += kind === 'sql' || kind === 'url' ? 1 : 0.5;
    }
    // a required destination the clause gives nothing for ("send_dm" without a person)
    for (const p of op.params) {
      if (!p.required || p.alias) continue;
      const dest = p.kinds.filter((k) => k === 'channel' || k === 'user' || k === 'email' || k === 'url' || k === 'sql' || k === 'path' || k === 'repo' || k === 'id');
      if (dest.length && !dest.some((k) => q.entities.has(k)) && !q.carriable?.has(p.name)) score -= [...q.entities.keys()].some((k) => ['url', 'path', 'sql', 'email', 'channel', 'user', 'repo'].includes(k)) ? 2 : 1;
    }
    // "task 3131": an operation that takes a task_id; "as assignee": one with an assignee
    for (const p of op.params) {
      const parts = p.name.split('_').filter((w) => w.length > 2 && !/^(id|gid|number)$/.test(w));
      if (p.kinds[0] === 'id' && q.idCues?.some((c) => parts.includes(c))) score += p.required ? 2.5 : 1;
      else if (p.name.length > 3 && !p.alias && q.tokens.join(' ').includes(p.name.replace(/_/g, ' '))) score += /^(text|name|title|body|message|content|description|path|url|channel|user|value|query|data|json)$/.test(p.name) ? 0.5 : 2;
    }
    // "task 3131" names an existing task: an operation with nowhere to put it is not meant
    for (const c of q.idCues ?? []) {
      if (!c || op.params.some((p) => p.name.split('_').includes(c))) continue;
      if (index.ops.some((o) => o.params.some((p) => p.kinds[0] === 'id' && p.name.split('_').includes(c)))) score -= 2;
    }
    if (q.continuity && op.driver === q.continuity) score += q.continuityWeight ?? 1.5;
    // a router ("notify") only when its own kind of destination is given ("email:ops@x.com")
    if (op.router && !q.entities.has('channel_spec')) score -= 2.5;
    for (const pref of PREFERENCES) {
      if (pref.driver !== op.driver || q.apps.length) continue;
      if (!q.tokens.some((t) => pref.when.includes(t) || pref.when.includes(stem(t)))) continue;
      score += pref.op ? (pref.op === op.op ? 2 : 0.5) : 1;
    }
    out.push({ op, score, strong, object: score - verbPart });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Is this word a verb that can start an action clause? */
export function isActionVerb(index: CatalogIndex, word: string): boolean {
  const w = word.toLowerCase();
  if (STOP.has(w)) return false;
  return index.verbs.has(stem(w));
}

/** Sends text to someone: a body-like parameter and a required recipient/destination. */
export function isMessageLike(plist: ParamInfo[]): boolean {
  return plist.some((p) => p.role === 'body') && !plist.some((p) => p.role === 'title' && p.required) && plist.some((p) => p.required && p.kinds.some((k) => k === 'email' || k === 'channel' || k === 'user' || k === 'channel_spec'));
}

/** An operation that only tells someone something: it yields no link and no text a later step could use. */
export function isNotifier(op: OpProfile): boolean {
  return !op.outputs.some((o) => o.cls === 'url' || o.cls === 'text');
}
