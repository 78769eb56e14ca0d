/**
 * The offline planner: no network, no model, driven by the driver catalogue. A request becomes a
 * draft in five passes — structured command? → trigger (schedule/webhook/event) cut out →
 * units (action clauses and control steps, see clauses.ts) → each action clause mapped to the
 * best-ranked catalogue operation with its parameters (action.ts), conditions turned into
 * expressions over the earlier step's outputs (condition.ts) → steps with ids, explicit
 * dependencies (sequential by default, parallel groups start together) and references.
 * A request it cannot map gets no steps and a note saying what it can do.
 */
import { asTyped } from './as-typed.ts';
import type { Draft, PlannedAction, PlanOptions, PlannedTrigger } from '../types.ts';
import { analyzeAction, stripLead, type LoopItem, type Produced } from './action.ts';
import { namedContainers } from './fill.ts';
import { describeOp } from './references.ts';
import { indexCatalog, isActionVerb, isMessageLike, type CatalogIndex, type EntityKind, type OpProfile, type ParamInfo } from './catalog.ts';
import { segment, type Unit } from './clauses.ts';
import { buildCondition, negatedSaying, payloadCondition } from './condition.ts';
import { extractEntities } from './entities.ts';
import { DEFAULT_CHANNEL, NOT_NAMES, PHRASES } from './lexicon.ts';
import { PROP as TASK_PROPERTY, SHORTHAND } from './shorthand.ts';
import { THEM_ITEMS } from './loop-items.ts';
import { mergeEchoes } from './echoes.ts';
import { fillTaskDetails } from './task-details.ts';
import { inRunOrder, lendIdsForward, lendIdsFromContext } from './lend-forward.ts';
import { bodyFromContext } from './told-before.ts';
import { keepThousands } from './thousands.ts';
import { parseStructured } from './structured.ts';
import { cap, ph, protect, QUOTED, restore, rewriteAll, sentenceStarts, singular, type Span } from './text.ts';
import { eventFieldTest, extractTrigger } from './trigger.ts';

type Step = Record<string, unknown>;

export function planOffline(asked: string, opts: PlanOptions): Draft {
  // (a dictated request is read as it would have been typed: "hash ops" is #ops, "dana at acme dot com" an address)
  const request = asTyped(asked);
  const catalog = opts.enabledDrivers ? opts.catalog.filter((d) => opts.enabledDrivers!.includes(d.name)) : opts.catalog;
  const index = indexCatalog(catalog);
  const notes: string[] = [];
  const now = opts.now ?? new Date();

  const structured = parseStructured(request, index);
  if (structured) {
    const steps: Step[] = structured.map((s, i) => ({ step_id: `step_${i + 1}`, name: `${s.op.op.replace(/_/g, ' ')} (${s.op.driverTitle})`, driver: s.op.driver, operation: s.op.op, parameters: s.params, dependencies: i ? [`step_${i}`] : [] }));
    for (const s of structured) if (s.unknown.length) notes.push(`${s.op.key} has no parameter ${s.unknown.join(', ')}; it is passed as given.`);
    return { intent: intentOf(structured.map((s) => s.op.op)), actions: structured.map((s) => ({ driver: s.op.driver, operation: s.op.op, parameters: s.params })), steps, name: nameOf(request), notes: ['Parsed as a structured command.', ...notes] };
  }

  let text = request;
  // quoted words are the user's data: the phrase rewrites below never change them ("Post 'I need a new laptop' …")
  const quoted: string[] = [];
  text = text.replace(QUOTED, (m: string) => { quoted.push(m.slice(1, -1)); return `${m[0]}\uE100${quoted.length - 1}\uE101${m[m.length - 1]}`; });
  text = rewriteAll(text, [...SHORTHAND, ...PHRASES]);
  // a sentence whose first word a phrase removed ("… quarter. Please have …") still starts a sentence
  text = sentenceStarts(text);
  text = markPeople(text, index);
  text = text.replace(/\uE100(\d+)\uE101/g, (_a, i: string) => quoted[Number(i)]);
  const { text: prot, spans } = protect(text);
  const isVerb = (w: string) => isActionVerb(index, w);
  const found = extractTrigger(prot, spans, isVerb, opts.timezone);
  const trigger: PlannedTrigger | undefined = found?.trigger;
  const body = found ? found.text : prot;
  let units = segment(body, { index, spans, now });
  // "When a customer submits the NPS survey with a score below 7, …": the event only counts when its field says so
  const only = trigger && trigger.type !== 'schedule' ? eventFieldTest(trigger.description ?? '') : undefined;
  if (only && units.length) {
    units = [{ type: 'condition', cond: only.cond, negate: false, then: units, else: [] }];
    if (only.event) trigger!.description = only.event;
  }
  opts.trace?.('rewritten', text);
  opts.trace?.('units', units);

  const b = new Builder(index, spans, now, opts.timezone, trigger, notes);
  // "Each time a new issue is opened in fernway/app, … comment on the issue": what the trigger names is what later steps act on
  if (trigger?.description && trigger.type !== 'schedule') {
    const d = protect(trigger.description);
    for (const e of extractEntities(d.text, d.spans, now, opts.timezone)) if (['repo', 'channel', 'email', 'path', 'url', 'user'].includes(e.kinds[0])) b.remember({ kind: e.kinds[0], value: e.value, trigger: true });
  }
  b.orderStated = /\b(then|after that|afterwards|next|finally|once|before|after)\b/i.test(body);
  const steps = b.build(units, [], undefined);
  const actions = b.actions;
  if (!actions.length) {
    return {
      intent: 'unsupported',
      actions: [],
      steps: [],
      name: nameOf(request),
      notes: [...(trigger ? [`Found the trigger (${trigger.type}${trigger.cron ? ` ${trigger.cron}` : ''}) but nothing to run when it fires.`] : []), ...(b.unmapped.length ? [`Could not map to any operation: ${b.unmapped.map((u) => `"${u.text}" (${u.reason})`).join('; ')}.`] : ['Found nothing to automate in the request.']), capabilities(index)],
    };
  }
  lendIdsForward(steps, notes);
  const namedTask = lendIdsFromContext(steps, b.unmapped, notes, request);
  const toldBefore = bodyFromContext(steps, request, b.unmapped);
  keepThousands(request, [...steps, ...actions] as Step[], index);
  for (const u of b.unmapped) notes.push(toldBefore.has(u.text) ? `Read "${u.text}" as ${toldBefore.get(u.text)}.` : namedTask.has(u.text) ? `Read "${u.text}" as the task the steps act on.` : `Left out "${u.text}": ${u.reason}. ${capabilities(index)}`);
  if (found?.context) notes.unshift(`Read "${found.context}" as context: it says where the trigger comes from.`);
  if (trigger) notes.unshift(`Trigger: ${trigger.type}${trigger.cron ? ` (${trigger.cron})` : ''}${trigger.description ? ` — "${trigger.description}"` : ''}.`);
  // ("Slack message please. Channel: #ops. Text: 'Disk at 90%'.": one step said twice is one step)
  const said = mergeEchoes(steps, request, notes);
  // ("Have ops-team own a new Asana task 'X', due 2026-12-01 …": the one task's details, said anywhere)
  fillTaskDetails(said, asked, trigger?.type === 'schedule');
  const acts = said === steps ? actions : inRunOrder(said).filter((s) => s.driver).map((s) => ({ driver: String(s.driver), operation: String(s.operation), parameters: s.parameters as Record<string, unknown> }));
  return { intent: intentOf(acts.map((a) => a.operation)), actions: acts, steps: said, ...(trigger ? { trigger } : {}), name: nameOf(request), notes };
}

/** A loop step seen as an operation by later steps: its outputs are the engine's `{count, results}`. */
function loopProfile(body: OpProfile[]): OpProfile {
  const last = body.at(-1)!;
  return {
    driver: 'loop', driverTitle: 'Loop', op: 'loop', key: 'loop', description: 'Runs its steps once per item.', effect: 'read',
    terms: new Map(), strong: new Set(), params: [], router: false, appNames: [], verbs: new Set(),
    outputs: [
      { name: 'results', types: ['array'], description: `Each pass's outputs (${last.key}).`, cls: 'text' },
      { name: 'count', types: ['integer'], description: 'How many items were processed.', cls: 'count' },
    ],
  };
}

/** "DM Tomasz …", "send Helena a dm", "message Olga privately": a person named without @ is a Slack user ("@Tomasz"). */
export function markPeople(text: string, index: CatalogIndex): string {
  const name = '([A-Z][a-z][\\w.-]*)';
  const ok = (n: string) => !NOT_NAMES.test(n) && !index.apps.has(n.toLowerCase());
  const at = (all: string, pre: string, n: string, post = '') => (ok(n) ? `${pre}@${n}${post}` : all);
  const dmCue = /\b(?:dm|privately|directly|in private|one[- ]on[- ]one|1:1)\b/i.test(text);
  let t = text.replace(new RegExp(`\\b((?:(?:send\\s+)?(?:a|an)\\s+)?(?:dm|private (?:note|message|msg))\\s+(?:to\\s+)?)${name}\\b`, 'gi'), (all, pre, n) => (/^[A-Z]/.test(n) ? at(all, pre, n) : all));
  // "send Helena and Marek a dm": the first name here, the others by the list pass below
  t = t.replace(new RegExp(`\\b((?:send|write|give|drop|shoot|fire off|fire|pop|ping|slack)\\s+(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?)${name}((?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)[A-Z][a-z][\\w-]*|\\s+[A-Z][a-z]+(?=\\s+(?:a|an)\\s))?(\\s+(?:a|an)\\s+(?:quick\\s+|short\\s+)?(?:slack\\s+)?(?:dm|direct message|private message|slack message|message|note|line)\\b)`, 'gi'), (all, pre, n, more, post) => (/^[A-Z]/.test(n) && (dmCue || /slack/i.test(post)) ? at(all, pre, n, `${more ?? ''}${post}`) : all));
  // "Tell Marta that …", "Remind Kofi to …": a capitalised name right after a verb of telling someone
  t = t.replace(new RegExp(`(^|[.;:!?]\\s+|,\\s*(?:and\\s+|then\\s+)?|\\b(?:and|then|also)\\s+)((?:tell|message|ping|remind|nudge|dm)\\s+)${name}(?=\\s+(?:that|to|about|saying|know|:|the|we|it|our|his|her|their)\\b|:|,)`, 'gi'), (all, lead, pre, n) => (/^[A-Z]/.test(n) && ok(n) && !/^[A-Z]+$/.test(n) ? `${lead}${pre}@${n}` : all));
  if (dmCue) t = t.replace(new RegExp(`\\b((?:message|ping|tell|notify|text|contact|reach out to|write to|alert|remind|nudge|slack|escalate (?:it|this|that) to|send (?:it|this|that|them) to|forward (?:it|this|that) to)\\s+)${name}\\b`, 'gi'), (all, pre, n) => (/^[A-Z]/.test(n) ? at(all, pre, n) : all));
  // "send the list to Bianca on Slack": a person reached on Slack
  t = t.replace(new RegExp(`\\b(to\\s+)${name}(\\s+(?:on|via|in|over|through)\\s+slack)\\b`, 'gi'), (all, pre, n, post) => (/^[A-Z]/.test(n) ? at(all, pre, n, post) : all));
  // "@Olga and Piotr", "@Ana, Bo and Cy": the rest of a list of names
  for (let k = 0; k < 5; k++) {
    const before = t;
    t = t.replace(/(@[A-Z][\w.-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+))([A-Z][a-z][\w-]*)\b/g, (all, pre: string, n: string) => (ok(n) ? `${pre}@${n}` : all));
    if (t === before) break;
  }
  return t.replace(/(@[A-Z][\w.-]*)\s+(?:privately|directly|in private)\b/g, '$1 by dm');
}

/** The parameter a user calls by this word: its name, or the role it plays ("subject" is the title of an email). */
function paramNamed(op: OpProfile, word: string): ParamInfo | undefined {
  const w = word.trim().toLowerCase().replace(/\s+/g, '_');
  const ps = op.params;
  const exact = ps.find((p) => p.name === w) ?? ps.find((p) => p.name === `${w}s` || `${p.name}s` === w);
  if (exact) return exact;
  const ROLE: Record<string, 'title' | 'body'> = { subject: 'title', title: 'title', name: 'title', heading: 'title', subject_line: 'title', body: 'body', text: 'body', message: 'body', content: 'body', description: 'body', notes: 'body', wording: 'body' };
  const role = ROLE[w];
  return role ? ps.find((p) => p.role === role && !p.alias) ?? (w === 'subject' ? ps.find((p) => p.name === 'subject') : undefined) : undefined;
}

function intentOf(ops: string[]): string {
  return [...new Set(ops)].join('_and_') || 'unsupported';
}

function nameOf(request: string): string {
  const s = request.replace(/\s+/g, ' ').trim();
  return cap(s.length > 60 ? `${s.slice(0, 57).replace(/\s+\S*$/, '')}…` : s);
}

function capabilities(index: CatalogIndex): string {
  const byDriver = new Map<string, string[]>();
  for (const op of index.ops) byDriver.set(op.driverTitle, [...(byDriver.get(op.driverTitle) ?? []), op.op.replace(/_/g, ' ')]);
  return `I can plan steps with: ${[...byDriver].map(([d, ops]) => `${d} (${ops.join(', ')})`).join('; ')} — plus conditions, loops, approvals, waits and schedule/webhook/event triggers.`;
}

class Builder {
  n = 0;
  actions: PlannedAction[] = [];
  unmapped: { text: string; reason: string }[] = [];
  /** Steps of the same parallel group made so far: not inputs of each other, but their literals may be copied ("with that same title"). */
  private siblings: Produced[] = [];
  /** Values said in context sentences ("The team wrote a brief in docs/brief.md."), for a later "read it". */
  private said: { kind: EntityKind; value: string; trigger?: boolean; alias?: boolean }[] = [];
  remember(v: { kind: EntityKind; value: string; trigger?: boolean }): void { this.said.push(v); }
  private index: CatalogIndex;
  private spans: Span[];
  private now: Date;
  private tz: string | undefined;
  private trigger: PlannedTrigger | undefined;
  private notes: string[];
  constructor(index: CatalogIndex, spans: Span[], now: Date, tz: string | undefined, trigger: PlannedTrigger | undefined, notes: string[]) {
    this.index = index; this.spans = spans; this.now = now; this.tz = tz; this.trigger = trigger; this.notes = notes;
  }

  /** Builds one scope; `history` holds the action steps visible to it (earlier ones first). */
  build(units: Unit[], history: Produced[], loopItem: LoopItem | undefined): Step[] {
    const out: Step[] = [];
    let prev: string[] = [];
    let groupStart: string[] = [];
    let groupMembers: string[] = [];
    let groupHistory: Produced[] = [];
    let curGroup: number | undefined;
    // (a group that runs beside earlier steps starts where they started, and what follows waits for both)
    const depsOf = new Map<Unit, string[]>();
    let alongside: string[] = [];
    for (const u of units) {
      if (u.group === undefined || u.group !== curGroup) {
        if (curGroup !== undefined && groupMembers.length) prev = [...alongside, ...groupMembers];
        if (curGroup !== undefined) for (const h of groupHistory) if (!history.includes(h)) history.push(h);
        curGroup = u.group;
        const from = u.beside !== undefined ? depsOf.get(units[u.beside]) : undefined;
        alongside = from ? prev : [];
        groupStart = from ?? prev;
        groupMembers = [];
        groupHistory = [];
      }
      const deps = u.group !== undefined ? groupStart : prev;
      depsOf.set(u, deps);
      // members of a parallel group do not see each other
      const visible = u.group !== undefined ? [...history] : history;
      this.siblings = u.group !== undefined ? groupHistory : [];
      const made = this.unit(u, visible, loopItem, deps, out);
      if (u.group !== undefined) for (const h of visible) if (!history.includes(h) && !groupHistory.includes(h)) groupHistory.push(h);
      const pre = this.takePending();
      out.push(...pre);
      if (!made) continue;
      out.push(made);
      // copies of the step for more destinations run beside it
      const copies = this.trailing;
      this.trailing = [];
      out.push(...copies);
      let ids = [made, ...copies].map((x) => String(x.step_id));
      // a step that writes the result where the clause said ("… to exports/a.csv") comes right after
      const post = this.post;
      this.post = [];
      if (post.length) { out.push(...post); ids = [String(post.at(-1)!.step_id)]; }
      if (u.group !== undefined) groupMembers.push(...ids);
      else prev = ids;
    }
    for (const h of groupHistory) if (!history.includes(h)) history.push(h);
    return out;
  }

  private id(): string {
    return `step_${++this.n}`;
  }

  private condition: { text: string; step?: Produced } | undefined;
  private ctx(history: Produced[], loopItem?: LoopItem) {
    return { index: this.index, spans: this.spans, now: this.now, timezone: this.tz, history, trigger: this.trigger, loopItem, notes: this.notes, condition: this.condition, said: this.said };
  }

  /** "… with the same title": the earlier step's literal title (or text), as a quote of this clause. */
  private sameValue(textIn0: string, history: Produced[]): string {
    // "send the same address a reminder", "post in the same channel": the literal said for an earlier step
    let textIn = textIn0;
    const who = /\b(?:the|that|this)\s+same\s+(address|email(?:\s+address)?|recipients?|inbox|person|people|channel|repo(?:sitory)?|user)\b/i.exec(textIn);
    const kind: EntityKind | undefined = who ? (/channel/i.test(who[1]) ? 'channel' : /repo/i.test(who[1]) ? 'repo' : /user/i.test(who[1]) ? 'user' : 'email') : undefined;
    for (const h of [...history].reverse()) {
      if (!who || !kind) break;
      const p = h.op.params.find((q) => q.kinds[0] === kind && h.params[q.name] !== undefined);
      const v0 = p && h.params[p.name];
      const v = Array.isArray(v0) ? v0[0] : v0;
      if (typeof v !== 'string' || v.includes('{{')) continue;
      let token = kind === 'user' ? `@${v.replace(/^@/, '')}` : v;
      if (kind === 'email') { this.spans.push({ kind: 'email', text: v, raw: v }); token = ph(this.spans.length - 1); }
      textIn = `${textIn.slice(0, who.index)}${token}${textIn.slice(who.index + who[0].length)}`;
      break;
    }
    // "plus a matching Asana task": one with the same title
    const text = history.length || this.siblings.length ? textIn.replace(/\b(an?)\s+(?:matching|corresponding|mirroring|mirror|twin|companion)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\b/i, (_a, det: string, what: string) => `${det} ${what} with the same title`) : textIn;
    const m = /\s*\b(?:with|using|under|and|having)?\s*(?:the\s+|that\s+|this\s+)?same\s+(title|name|subject|text|message|body|wording|description|content|reminder|note|announcement|update|notice|details|information|info|words|line|summary|draft|list|notes|report|results)\b(?:\s+as\s+(?:before|that|it|the\s+\w+))?/i.exec(text);
    if (!m) return textIn;
    const role = /title|name|subject/i.test(m[1]) ? 'title' : 'body';
    const seen = [...history, ...this.siblings];
    for (let i = seen.length - 1; i >= 0; i--) {
      const h = seen[i];
      const p = h.op.params.find((q) => q.role === role && !q.alias && typeof h.params[q.name] === 'string' && !String(h.params[q.name]).includes('{{'));
      if (!p) continue;
      const v = String(h.params[p.name]);
      this.spans.push({ kind: 'quote', text: v, raw: `"${v}"` });
      return `${text.slice(0, m.index)} ${role === 'title' ? 'titled' : 'saying'} ${ph(this.spans.length - 1)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
    }
    return textIn;
  }

  private propertyFollowUp(text: string, prev: Produced): Record<string, unknown> | undefined {
    // ("… an Asana task to reseed the fields. High priority, due 2026-04-15.": properties listed on their own)
    const PROP = String.raw`(?:${TASK_PROPERTY}|(?:assign|give)\s+it\s+to\s+@?[\w.-]+)`;
    if (new RegExp(`^${PROP}(?:\\s*,\\s*(?:and\\s+)?${PROP})*\\s*[.!]?$`, 'i').test(text.trim()) && !/^(?:assign|give)\s+it\b[^,]*$/i.test(text.trim())) {
      const all: Record<string, unknown> = {};
      for (const part of text.trim().replace(/[.!]+$/, '').split(/\s*,\s*(?:and\s+)?/)) {
        const one = this.propertyFollowUp(/^(?:assign|give)\s+it\b/i.test(part) ? part : `set it ${part}`, prev);
        if (!one) return undefined;
        Object.assign(all, one);
      }
      return all;
    }
    const named = this.namedField(text, prev);
    if (named) return named;
    const where = this.whereItGoes(text, prev);
    if (where) return where;
    const t0 = text.trim().replace(/^((?:(?:and|then|also|please)\s+)*)(?:set|change|make|move|push|bump|shift|update)\s+(?:the\s+|its\s+)(due\s+date|deadline|priority)(?:\s+of\s+(?:it|that|this))?\s+(?:to|as|for)\s+/i, (_a, lead: string, what: string) => `${lead}set it ${/priority/i.test(what) ? '' : 'due '}`);
    const m = /^(?:(?:and|then|also|please)\s+)*(mark|make|set|flag|give|assign|tag|label)\s+(?:it|that|this|them|the\s+(?:new\s+)?(?:task|issue|ticket|card|item))\s+(.+)$/i.exec(t0);
    if (!m) return undefined;
    const verb = m[1].toLowerCase();
    const rest = m[2].replace(/[.!]+$/, '');
    if (/\b(done|complete|completed|closed|resolved|finished)\b/i.test(rest)) return undefined;
    // "assign it to legal@x.io, due 2027-03-15, low priority": each comma-separated attribute in turn
    // ("assign it to legal-ops with high priority": so is a priority said with "with")
    const parts = rest.split(/\s*,\s*(?:and\s+)?|\s+with\s+(?=(?:high|low|medium|urgent|normal)\s+priority\b)/i).filter(Boolean);
    if (parts.length > 1) {
      const out = this.propertyFollowUp(`${verb} it ${parts[0]}`, prev);
      for (const seg of parts.slice(1)) {
        if (!out) break;
        const r = this.propertyFollowUp(`set it ${seg}`, prev);
        if (!r) { Object.keys(out).forEach((k) => delete out[k]); break; }
        Object.assign(out, r);
      }
      if (out && Object.keys(out).length) return out;
    }
    const ps = prev.op.params.filter((p) => !p.alias);
    const ents = extractEntities(rest, this.spans, this.now, this.tz);
    // an enum value said with "to" is no person: "set it to medium priority"
    const said = restore(rest, this.spans).toLowerCase().split(/[^a-z0-9_-]+/).filter(Boolean);
    const valued = verb !== 'assign' && verb !== 'give' ? ps.find((q) => q.enum?.some((v) => said.includes(v.toLowerCase()))) : undefined;
    if (valued) return { [valued.name]: valued.enum!.find((v) => said.includes(v.toLowerCase()))! };
    // a person: "assign it to sam@x.com", "give it to @sam"
    if (verb === 'assign' || /^to\b/i.test(rest)) {
      // "assign it to jkowalski", "give it to Aisha Bello": an address, a handle or a name
      const who = ents.find((e) => e.kinds[0] === 'email' || e.kinds[0] === 'user') ?? extractEntities(`assign it ${rest}`, this.spans, this.now, this.tz).find((e) => e.kinds[0] === 'user');
      const p = ps.find((q) => /assign/i.test(q.name)) ?? ps.find((q) => who && q.kinds.includes(who.kinds[0]) && !q.required && !/owner|repo|org/i.test(q.name));
      if (!who || !p) return undefined;
      const v = who.kinds[0] === 'user' ? who.value.replace(/^@/, '') : who.value;
      return { [p.name]: p.array ? [v] : v };
    }
    // a date: "set it due Friday", "make it due on 2026-05-01"
    const date = ents.find((e) => e.kinds.includes('date') && e.date);
    if (date && /\bdue\b|\bdeadline\b|^(?:for|on|by)\b/i.test(rest)) {
      const p = ps.find((q) => /due|deadline/i.test(q.name) && (q.kinds.includes('date') || q.kinds.includes('datetime'))) ?? ps.find((q) => q.kinds[0] === 'date' || q.kinds[0] === 'datetime');
      if (!p) return undefined;
      return { [p.name]: p.kinds[0] === 'datetime' && date.hasTime ? date.datetime : date.date };
    }
    // an enum value: "mark it urgent", "make it high priority", "set it as low"
    for (const p of ps) {
      const hit = p.enum?.find((v) => said.includes(v.toLowerCase()));
      if (hit) return { [p.name]: hit };
    }
    // no such field, but labels: "mark it high priority" on a GitHub issue
    // ("tag it with the 'bug' label", "label it 'bug'": the quoted word is the label)
    const lp = /^(mark|flag|tag|label)$/.test(verb) && ents.every((e) => e.kinds[0] === 'text') && ps.find((q) => /label|tag/i.test(q.name) && q.array);
    const label = restore(rest, this.spans).replace(/^(?:as|with)\s+/i, '').replace(/^(?:an?|the)\s+/i, '').replace(/\s+(?:label|tag)s?$/i, '').trim().replace(/^['"‘“](.+)['"’”]$/, '$1');
    if (lp && label && label.split(/\s+/).length <= 3) return { [lp.name]: [...((prev.params[lp.name] as string[] | undefined) ?? []), label] };
    return undefined;
  }

  /**
   * "We need a Slack message that says 'X'. Put it in #deployments.", "Write 'backup verified' to a file. Save it as
   * logs/backup.txt.": where the step just made goes, when it was left open (an input, or the channel assumed).
   */
  private whereItGoes(text: string, prev: Produced): Record<string, unknown> | undefined {
    const m = /^\s*(?:(?:and|then|also|please|just)\s+)*(?:put|post|send|save|store|write|drop|place|file)\s+(?:it|this|that)\s+(?:in|into|to|as|under|on)\s+(.+?)[\s.!,]*(?:please)?[\s.!]*$/i.exec(text);
    if (!m) return undefined;
    const ents = extractEntities(m[1], this.spans, this.now, this.tz).filter((e) => ['channel', 'path', 'email', 'user'].includes(e.kinds[0]));
    if (ents.length !== 1) return undefined;
    const e = ents[0];
    const p = prev.op.params.find((q) => q.kinds[0] === e.kinds[0] || (q.kinds.includes(e.kinds[0]) && q.required));
    // (the note that says the channel was assumed: once it is given, the note goes)
    const assumed = p?.kinds[0] === 'channel' && prev.params[p.name] === DEFAULT_CHANNEL ? this.notes.findIndex((n) => n.includes(`${prev.op.key}; assumed ${DEFAULT_CHANNEL}`)) : -1;
    const v0 = p && prev.params[p.name];
    if (!p || !(v0 === undefined || (typeof v0 === 'string' && /^\{\{inputs\./.test(v0)) || assumed >= 0)) return undefined;
    const v = e.kinds[0] === 'user' ? e.value.replace(/^@/, '') : e.value;
    if (assumed >= 0) this.notes.splice(assumed, 1);
    return { [p.name]: p.array ? [v] : v };
  }

  /**
   * A sentence that sets one field of the step just made: "Use 'Q3 results' as the subject", "make the
   * title 'X'", "set the priority to high", "the subject should be 'X'", "put it in the Platform project".
   */
  private namedField(text: string, prev: Produced): Record<string, unknown> | undefined {
    const t = stripLead(text).replace(/[.!]+$/, '');
    const VALUE = '(\uE000\\d+\uE001|[^,;]+?)';
    const forms = [
      new RegExp(`^(?:use|make|put)\\s+${VALUE}\\s+(?:as|for)\\s+(?:the\\s+|its\\s+)?([a-z_ ]+?)$`, 'i'),
      new RegExp(`^(?:make|set|change|have)\\s+(?:the\\s+|its\\s+)([a-z_ ]+?)\\s+(?:to\\s+|be\\s+|as\\s+)?${VALUE}$`, 'i'),
      new RegExp(`^(?:the\\s+|its\\s+)?([a-z_ ]+?)\\s+(?:should be|must be|is|will be|=|:)\\s+${VALUE}$`, 'i'),
    ];
    for (const [i, re] of forms.entries()) {
      const m = re.exec(t);
      if (!m) continue;
      const [field, raw] = i === 0 ? [m[2], m[1]] : [m[1], m[2]];
      const q = /^\uE000(\d+)\uE001$/.exec(raw.trim());
      const value = q ? this.spans[Number(q[1])]?.text : restore(raw.trim(), this.spans);
      const p = paramNamed(prev.op, field);
      if (!p || value === undefined || (!q && p.kinds[0] === 'text' && p.role)) continue;
      if (p.enum) { const v = p.enum.find((x) => x.toLowerCase() === value.toLowerCase()); if (v) return { [p.name]: v }; continue; }
      return { [p.name]: p.array ? [value] : value };
    }
    // "put it in the Platform project", "move it to the Backend project"
    const m = /^(?:put|move|add|file|place)\s+(?:it|this|that|them)\s+((?:in|into|to|under)\s+.+)$/i.exec(t);
    const c = m && namedContainers(prev.op, m[1]).find((x) => x.index === 0 && x.end === m[1].length);
    if (c) {
      const q = /^\uE000(\d+)\uE001$/.exec(c.raw);
      return { [c.param.name]: q ? this.spans[Number(q[1])]?.text : c.raw };
    }
    return undefined;
  }

  private unit(u: Unit, history: Produced[], loopItem: LoopItem | undefined, deps: string[], scope: Step[]): Step | undefined {
    if (u.type === 'action') {
      const noteMark = this.notes.length;
      // "mark it urgent", "set it due Friday", "assign it to sam@x.com" after creating it: a property of that step
      const prev = history.at(-1);
      if (prev && scope.some((s) => s.step_id === prev.id)) {
        const props = this.propertyFollowUp(u.text, prev);
        if (props) {
          Object.assign(prev.params, props);
          // a message with no words of its own says what its new subject says
          const bare = this.bareMessage.get(prev.id);
          const subj = prev.op.params.find((p) => p.role === 'title' && typeof props[p.name] === 'string');
          if (bare && subj) { prev.params[bare] = props[subj.name]; this.bareMessage.delete(prev.id); }
          return undefined;
        }
      }
      // "wait 5 minutes and check again": the last check, once more, as it was
      const againOf = /^\s*(?:(?:and|then)\s+)*[a-z]+(?:\s+(?:it|that|this|them))?\s+(?:again|once more|one more time)\s*[.!]?\s*$/i.test(u.text)
        ? [...history].reverse().find((h) => h.op.params.some((p) => p.required && ['url', 'sql', 'path'].includes(p.kinds[0]))) : undefined;
      const r0 = againOf ? { op: againOf.op, params: { ...againOf.params }, name: `${describeOp(againOf.op)} again`, words: againOf.words, missing: [], carried: [], anaphor: true, pronounObject: false, hasObject: true }
        : analyzeAction(this.sameValue(this.saidObject(u.text, history), history), this.ctx(history, loopItem), u.verb ? { verb: u.verb } : undefined);
      if ('unmapped' in r0) { this.unmapped.push({ text: r0.unmapped, reason: r0.reason }); return undefined; }
      let r: Exclude<typeof r0, { unmapped: string }> = r0;
      // "…and assign it to bob@x.com" after creating it: more parameters for the step just made
      const last = history.at(-1);
      const lastStep = last && scope.find((s) => s.step_id === last.id);
      // "… and tell her lunch is at noon" after an email to her: the text of that email
      // (not after a wait or when it says it is another one: "then wait 2 days and send her a follow-up email")
      const another = scope.at(-1) !== lastStep || /\b(?:follow-?up|another|second|again|reminder)\b/i.test(u.text);
      // (not one with a place of its own: "post them in #social and email them to sm@x" is a second message)
      const said = restore(u.text, this.spans).toLowerCase();
      const ownPlace = r.op.params.some((p) => ['channel', 'email', 'user'].includes(p.kinds[0]) && [r.params[p.name]].flat().some((v) => typeof v === 'string' && v.length > 1 && !v.includes('{{') && said.includes(v.toLowerCase())) && (last?.op.key !== r.op.key || JSON.stringify(last?.params[p.name]) !== JSON.stringify(r.params[p.name])));
      if (r.pronounObject && last && lastStep && !another && !ownPlace && isMessageLike(last.op.params) && isMessageLike(r.op.params)) {
        const lb = last.op.params.find((p) => p.role === 'body' && !p.alias);
        const rb = r.op.params.find((p) => p.role === 'body' && !p.alias);
        // (a reference "them" added to the words is the recipients, not something to quote)
        const v0 = rb && r.params[rb.name];
        const v = typeof v0 === 'string' ? v0.replace(new RegExp(`:?\\s*\\{\\{${last.id}\\.[\\w.]+\\}\\}\\s*$`), '') : v0;
        if (lb && typeof v === 'string' && v && !v.includes(`{{${last.id}.`)) { last.params[lb.name] = v; this.notes.length = noteMark; return undefined; }
      }
      // (a clause naming its own URL, file or query — "then load https://b" after a POST to https://a — is a new step)
      // (… or its own destination: "post 'X' in #a, post the same in #b" is two messages)
      const ownObject = Boolean(last) && r.op.params.some((p) => (p.required || ['channel', 'email', 'user'].includes(p.kinds[0])) && ['url', 'path', 'sql', 'channel', 'email', 'user'].includes(p.kinds[0]) && r.params[p.name] !== undefined && !r.carried.includes(p.name) && last!.params[p.name] !== undefined && JSON.stringify(last!.params[p.name]) !== JSON.stringify(r.params[p.name]));
      // ("then call it again": said to be done once more, a step of its own)
      const repeat = /\b(?:again|once more|a second time|one more time)\b/i.test(u.text);
      // ("… an AI-written summary of <url> …; fetch the page first": that fetch is already the first step)
      const readOnly = r.op.effect === 'read' || (r.params.method === 'GET' && r.op.params.some((p) => p.enum?.includes('GET')));
      // ("What files are in exports/? List them and …": "list them" is that same listing)
      const restated = /^\s*(?:(?:and|then)\s+)*[a-z]+\s+(?:it|them|that|those|these)\s*[.!]?\s*$/i.test(u.text) && history.at(-1)?.op.key === r.op.key;
      if (!repeat && readOnly && (restated || history.some((h) => h.op.key === r.op.key && JSON.stringify(h.params) === JSON.stringify(r.params)))) { this.notes.length = noteMark; return undefined; }
      // (the same change to the same item — "move the due date on task 60318 … and reassign it to Keisha" — is one step)
      const sameItem = last && r.op.op === last.op.op && r.op.params.some((p) => p.kinds[0] === 'id' && p.required) && r.op.params.every((p) => p.kinds[0] !== 'id' || !p.required || r.params[p.name] === last.params[p.name]);
      if ((r.anaphor || !r.hasObject) && !ownObject && !repeat && !another && last && lastStep && last.op.driver === r.op.driver && r.op.effect !== 'destructive' && (sameItem || !last.op.params.some((p) => p.kinds[0] === 'id' && p.required)) && !(r.op.op !== last.op.op && r.op.params.some((p) => p.kinds[0] === 'id' && p.required))) {
        const rr = r;
        const own = Object.entries(rr.params).filter(([k, v]) => !rr.carried.includes(k) && !(typeof v === 'string' && v.includes('{{')) && !rr.op.params.some((p) => p.name === k && p.kinds[0] === 'id'));
        // (another operation that needs something the last one has no place for is a step of its own: list, then write)
        const fitsLast = rr.op.op === last.op.op || rr.op.params.every((p) => !p.required || last.op.params.some((q) => q.name === p.name));
        if (fitsLast && own.length && own.every(([k]) => last.op.params.some((p) => p.name === k))) {
          for (const [k, v] of own) last.params[k] = v;
          this.notes.length = noteMark;
          return undefined;
        }
      }
      // "tell #sales and DM jordan@acme.com that the deck is final": one message, several targets, side by side
      const bare = last && lastStep && this.bareMessage.get(last.id);
      if (bare && last && lastStep && !r.bodyDefault && isMessageLike(r.op.params)) {
        const rb = r.op.params.find((p) => p.role === 'body' && !p.alias);
        const v = rb && r.params[rb.name];
        if (typeof v === 'string' && !v.includes('{{')) {
          last.params[bare] = v;
          const ls = last.op.params.find((p) => p.name === 'subject');
          if (ls && typeof last.params[ls.name] === 'string') { const rs = r.params.subject; last.params[ls.name] = typeof rs === 'string' ? rs : v.slice(0, 80); }
          this.bareMessage.delete(last.id);
          if (!this.orderStated) deps = [...((lastStep.dependencies as string[] | undefined) ?? [])];
        }
      }
      // "summarize https://…": something has to read the URL (or file) first
      if (r.unusedSource && r.text) {
        const src = this.sourceOp(r.unusedSource.kind);
        if (src) {
          const p = src.params.find((x) => x.required && x.kinds[0] === r.unusedSource!.kind)!;
          const params: Record<string, unknown> = { [p.name]: r.unusedSource.value };
          for (const q of src.params) if (q.enum?.includes('GET') && params[q.name] === undefined) params[q.name] = 'GET';
          const sid = this.id();
          history.push({ id: sid, op: src, params, words: new Set() });
          this.actions.push({ driver: src.driver, operation: src.op, parameters: params });
          this.pending.push({ step_id: sid, name: `${src.op.replace(/_/g, ' ')} (${src.driverTitle}): ${r.unusedSource.value}`, driver: src.driver, operation: src.op, parameters: params, dependencies: deps });
          deps = [sid];
          // "summarize the text in notes/x.md" → "summarize it"
          // ("draft release notes from CHANGELOG.md": notes said without "the" are what is made, not where they are)
          const head = r.text.slice(0, r.unusedSource.start).replace(/\b(?:the|its|their)\s+(?:text|contents?|page|file|data|document|article|body|notes|changelog|report)\s+(?:in|of|at|from)\s*$|\b(?:text|contents?|page|file|data|document|article|body|changelog)\s+(?:in|of|at|from)\s*$|\b(?:the|this|that)\s+(?:file|page|document|url|endpoint|feed|json|csv|spreadsheet|log)\s*$/i, '');
          const text = `${head} it ${r.text.slice(r.unusedSource.end)}`.replace(/\s+/g, ' ');
          const again = analyzeAction(text, this.ctx(history, loopItem), { op: r.op });
          if (!('unmapped' in again)) r = again;
        }
      }
      // "remind @sam tomorrow at 10am": wait until then
      if (r.waitUntil) {
        const wid = this.id();
        this.pending.push({ step_id: wid, name: `Wait until ${r.waitUntil}`, kind: 'wait', until: r.waitUntil, dependencies: deps });
        deps = [wid];
      }
      const id = this.id();
      if (this.lastApproval && /^Approve to continue$/.test(String(this.lastApproval.message))) this.lastApproval.message = `Approve before: ${restore(u.text, this.spans)}`;
      this.lastApproval = undefined;
      history.push({ id, op: r.op, params: r.params, words: r.words });
      if (r.bodyDefault && !loopItem) this.bareMessage.set(id, r.bodyDefault);
      this.actions.push({ driver: r.op.driver, operation: r.op.op, parameters: r.params });
      if (r.missing.length) this.notes.push(`${id} (${r.op.key}) needs ${r.missing.join(', ')}: given as workflow inputs ({{inputs.${r.missing[0]}}}).`);
      const step = { step_id: id, name: r.name, driver: r.op.driver, operation: r.op.op, parameters: r.params, dependencies: deps };
      for (const v of r.fanout?.values ?? []) {
        const cid = this.id();
        const params = { ...r.params, [r.fanout!.param]: v };
        this.actions.push({ driver: r.op.driver, operation: r.op.op, parameters: params });
        history.push({ id: cid, op: r.op, params, words: r.words });
        this.trailing.push({ ...step, step_id: cid, name: r.name.replace(String(r.params[r.fanout!.param]), String(v)), parameters: params });
      }
      if (r.sink) {
        const w = this.sinkOp(r.sink.kind);
        const field = r.op.outputs.find((o) => o.cls === 'text');
        const body = w?.params.find((p) => (p.role === 'body' || p.role === 'instruction') && !p.alias && !p.kinds.includes(r.sink!.kind));
        const dest = w?.params.find((p) => p.required && p.kinds[0] === r.sink!.kind);
        if (w && field && body && dest) {
          const sid = this.id();
          this.post.push({ step_id: sid, name: `${w.op.replace(/_/g, ' ')} (${w.driverTitle}): ${r.sink.value}`, driver: w.driver, operation: w.op, parameters: { [dest.name]: dest.array ? [r.sink.value, ...(r.sink.more ?? [])] : [r.sink.value, ...(r.sink.more ?? [])].join(', '), [body.name]: `{{${id}.${field.name}}}` }, dependencies: [id] });
        }
      }
      return step;
    }
    if (u.type === 'approval') {
      // "ask @lead to approve, and once approved, …": one gate
      const lastStep = scope.at(-1);
      // (two people named are two gates: "get approval from the support lead, then from the finance manager")
      const others = Array.isArray(lastStep?.approvers) && u.approvers.length && (lastStep.approvers as string[]).join() !== u.approvers.join();
      if (lastStep && lastStep === this.lastApproval && !others) {
        if (u.approvers.length && !lastStep.approvers) lastStep.approvers = u.approvers;
        return undefined;
      }
      const id = this.id();
      void scope;
      this.lastApproval = { step_id: id, name: 'Approval', kind: 'approval', message: u.message || 'Approve to continue', ...(u.approvers.length ? { approvers: u.approvers } : {}), dependencies: deps };
      return this.lastApproval;
    }
    if (u.type === 'sub_workflow') {
      return { step_id: this.id(), name: `Run workflow ${u.workflow}`, kind: 'sub_workflow', workflow: u.workflow, dependencies: deps };
    }
    if (u.type === 'wait') {
      const id = this.id();
      return { step_id: id, name: `Wait ${u.duration ?? `until ${u.until}`}`, kind: 'wait', ...(u.duration ? { duration: u.duration } : { until: u.until }), dependencies: deps };
    }
    if (u.type === 'condition') {
      // a condition about something nobody ran yet ("if https://x is down", "if the query 'select …' returns rows"): run it first
      let pre: Step | undefined;
      // (also after other steps, when what it names is new: "…, unless https://bank/wires/5521 says the wire is still pending")
      const condEnts = extractEntities(u.cond, this.spans, this.now);
      // ("if vat_q2.pdf isn't in the reports folder yet": whether a file is in a folder is read from the folder's listing)
      const folder = /\b(?:in|inside|under|into)\s+(?:the\s+)?\S+\s+(?:folder|directory|dir)\b|\b(?:in|inside|under|into)\s+\S+\/(?=\s|$)/i.test(u.cond) ? condEnts.find((x) => x.kinds[0] === 'path' && !/\.[a-z0-9]{1,5}$/i.test(x.value)) : undefined;
      const named = folder ?? condEnts.find((x) => ['url', 'sql', 'path'].includes(x.kinds[0]) || x.kinds.includes('sql'));
      if (!history.length || (named && !history.some((h) => Object.values(h.params).includes(named.value)))) {
        const kind = named && (named.kinds.includes('sql') ? 'sql' : named.kinds[0]);
        const src = folder ? this.listingOp() : kind && this.sourceOp(kind);
        if (named && src) {
          const p = src.params.find((x) => x.required && x.kinds.includes(kind!)) ?? src.params.find((x) => x.kinds.includes(kind!))!;
          const params: Record<string, unknown> = { [p.name]: named.value };
          for (const q of src.params) if (q.enum?.includes('GET') && params[q.name] === undefined) params[q.name] = 'GET';
          const id = this.id();
          history.push({ id, op: src, params, words: new Set(src.op.split('_')) });
          this.actions.push({ driver: src.driver, operation: src.op, parameters: params });
          pre = { step_id: id, name: `${src.op.replace(/_/g, ' ')} (${src.driverTitle}): ${named.value}`.slice(0, 120), driver: src.driver, operation: src.op, parameters: params, dependencies: deps };
        }
      }
      const judge = u.judged ? history.at(-1) : undefined;
      const judgeOut = judge?.op.outputs.find((o) => o.name === 'text');
      const c = judge && judgeOut ? { expression: `${u.negate ? 'NOT ' : ''}contains(lower(string(${judge.id}.${judgeOut.name})), 'yes')`, step: judge, assumed: undefined }
        : buildCondition(u.cond, this.spans, history, u.negate) ?? (this.trigger && this.trigger.type !== 'schedule' ? payloadCondition(u.cond, this.spans, u.negate, history.length > 0) : undefined);
      if (!c) {
        this.notes.push(`Could not turn "${restore(u.cond, this.spans)}" into a condition (no earlier step to test); its steps run unconditionally.`);
        return this.inline(u.then, history, loopItem, deps);
      }
      if (c.assumed) this.notes.push(`Condition: ${c.assumed}.`);
      const id = this.id();
      const outer = this.condition;
      this.condition = { text: u.negate ? `expected "${restore(u.cond, this.spans)}"` : restore(u.cond, this.spans), step: c.step };
      const thenSteps = this.build(u.then, [...history], loopItem);
      this.condition = { text: u.negate ? restore(u.cond, this.spans) : negatedSaying(restore(u.cond, this.spans)), step: c.step };
      const elseSteps = this.build(u.else, [...history], loopItem);
      this.condition = outer;
      if (!thenSteps.length && !elseSteps.length) return pre;
      const step: Step = { step_id: id, name: `If ${restore(u.cond, this.spans)}`.slice(0, 120), kind: 'condition', condition: c.expression, then: thenSteps.length ? thenSteps : [], ...(elseSteps.length ? { else: elseSteps } : {}), dependencies: pre ? [String(pre.step_id)] : deps };
      if (pre) return this.pair(pre, step);
      return step;
    }
    if (u.type === 'loop') {
      const id = this.id();
      let items: unknown = u.items;
      let fields: Partial<Record<EntityKind, string>> | undefined;
      if (!items) {
        // (a response of any shape — an HTTP body — is a list when the words loop over it: "GET …/new-hires, a task for each")
        const listOut = (h: Produced) => h.op.outputs.find((o) => o.types.includes('array')) ?? (h === history.at(-1) ? h.op.outputs.find((o) => !o.types.length && o.cls === 'text') : undefined);
        const src = [...history].reverse().find((h) => listOut(h));
        const field = src && listOut(src);
        if (src && field) {
          items = `{{${src.id}.${field.name}}}`;
          // rows of "select email, name from users": each item's email fills an email parameter
          const sql = Object.values(src.params).find((v) => typeof v === 'string' && /^\s*select\s/i.test(v)) as string | undefined;
          const cols = sql ? (/^\s*select\s+(.+?)\s+from\s/i.exec(sql)?.[1] ?? '').split(',').map((c) => c.trim().split(/\s+as\s+|\s+/i).pop()!.replace(/^.*\./, '')).filter((c) => /^\w+$/.test(c)) : [];
          fields = {};
          // "read the URLs in urls.txt, … each one": the lines are of the kind the words name
          if (!sql) {
            const named = (['url', 'email', 'channel', 'path', 'repo'] as EntityKind[]).find((k) => [...src.words].some((w) => ({ url: /^(url|link|endpoint|site)s?$/, email: /^(email|address|recipient)s?$/, channel: /^channels?$/, path: /^(file|path)s$/, repo: /^(repo|repositori)(s|es)?$/ } as Record<string, RegExp>)[k].test(w)));
            if (named) fields[named] = 'item';
          }
          for (const c of cols) {
            if (/e-?mail/i.test(c)) fields.email = `item.${c}`;
            else if (/^(channel)$/i.test(c)) fields.channel = `item.${c}`;
            else if (/^(user|user_id|slack_id|login|username)$/i.test(c)) fields.user = `item.${c}`;
            else if (/url|link/i.test(c)) fields.url = `item.${c}`;
            else if (/path|file/i.test(c)) fields.path = `item.${c}`;
            // ("select task_id …" is an id a task operation takes; "select machine_id …" names a machine, said as text)
            else if (/^id$/i.test(c) || (/^\w+_id$/i.test(c) && this.index.ops.some((o) => o.params.some((p) => p.kinds[0] === 'id' && p.name.split('_')[0] === c.split('_')[0].toLowerCase())))) fields.id = `item.${c}`;
            else if (/^\w+_(?:id|name|code|number|no)$|^(?:name|title)$/i.test(c)) fields.text ??= `item.${c}`;
          }
        }
        else if (THEM_ITEMS.test(u.itemsText.trim()) && this.saidList()) {
          // "I'm offboarding three contractors: a@x, b@x and c@x. Send each of them …": the values said before
          const list = this.saidList()!;
          items = list.map((e) => e.value);
          u.itemKinds = [list[0].kind];
        }
        else { items = [`{{inputs.items}}`]; this.notes.push(`Loop over "${restore(u.itemsText, this.spans)}": give the items as the workflow input "items".`); }
      }
      const kinds = u.itemKinds.length ? u.itemKinds : fields && Object.keys(fields).length ? (Object.keys(fields) as EntityKind[]) : ['text' as EntityKind];
      const inner: Produced[] = [...history];
      // "go through SKUs a, b and c and look each of them up at …": "each of them" is this loop's items
      const own = u.body.flatMap((b) => (b.type === 'loop' && !b.items && /^(?:them|these|those)$/i.test(b.itemsText.trim()) ? b.body : [b]));
      const handles = Array.isArray(items) && items.length > 1 && items.every((x) => typeof x === 'string' && /^[a-z][\w.-]*$/.test(x)) && kinds.every((k) => k === 'text');
      // ("the skus A, B and C": one item is a sku)
      const plural = /^(?:the\s+|our\s+)?([a-z][\w-]*s)\s+(?=\S+\s*(?:,|\band\b))/i.exec(u.itemsText.trim())?.[1]?.toLowerCase();
      // ("each table in donations, supporters and gift_aid_claims": one item is a table)
      const named = /^([a-z][\w-]*)\s+(?:in|of|from|among)\s+(?=\S+\s*(?:,|\band\b))/i.exec(u.itemsText.trim())?.[1]?.toLowerCase();
      // ("the samples, aliquots and shipments tables": the noun said after the list)
      const after = /(?:,|\band\b)[^,]*?\s(tables|databases|queues|buckets|folders|feeds|endpoints)$/i.exec(u.itemsText.trim())?.[1]?.toLowerCase();
      const noun = after ? singular(after) : plural ? singular(plural) : named;
      const body = this.build(own, inner, { kinds, ...(fields ? { fields } : {}), ...(handles ? { handles } : {}), ...(noun ? { noun } : {}), since: history.length });
      if (!body.length) return undefined;
      // what each pass produced ("record the status codes in results.txt" after the loop): the loop's results
      const made = inner.slice(history.length);
      if (made.length) history.push({ id, op: loopProfile(made.map((h) => h.op)), params: {}, words: new Set(made.flatMap((h) => [...h.words])) });
      return { step_id: id, name: `For each of ${restore(u.itemsText, this.spans)}`.slice(0, 120), kind: 'loop', items, as: 'item', steps: body, dependencies: deps };
    }
    return undefined;
  }

  /**
   * "Our endpoint is https://x. Hit it every 15 minutes": before any step has made something "it" could be,
   * "it" is the URL or file a context sentence named.
   */
  private saidObject(text: string, history: Produced[]): string {
    const names = [...text.matchAll(/\uE000(\d+)\uE001/g)].some((x) => ['url', 'code'].includes(this.spans[Number(x[1])]?.kind)) || /[\w.-]+\/[\w./-]+/.test(text);
    if (history.length || names) return text;
    const v = [...this.said].reverse().find((e) => (e.kind === 'url' || e.kind === 'path') && !e.trigger && !e.alias);
    const it = /^(\s*\S+\s+(?:with\s+AI\s+)?)(it|this|that)\b(?!['’]s)/i.exec(text);
    // ("I've typed up the comment cards in data/x.txt. Have AI classify each one …": the model works on what was named)
    const onIt = !it && /^\s*\S+\s+with\s+AI\b/i.test(text) && /\b(?:each\s+one|each\s+of\s+them|them|these|those|all\s+of\s+them|every\s+one)\b/i.test(text);
    if (!v || (!it && !onIt)) return text;
    let token = v.value;
    if (v.kind === 'url') { this.spans.push({ kind: 'url', text: v.value, raw: v.value }); token = ph(this.spans.length - 1); }
    return it ? `${it[1]}${token}${text.slice(it[0].length)}` : `${text} from ${token}`;
  }

  /** Two or more values of one kind said in context sentences, the latest kind first. */
  private saidList(): { kind: EntityKind; value: string }[] | undefined {
    const own = this.said.filter((e) => !e.alias && e.kind !== 'date');
    const kind = own.at(-1)?.kind;
    const list = own.filter((e) => e.kind === kind);
    return list.length >= 2 ? list : undefined;
  }

  /** The operation that lists a folder (a read with a path and a list out): what tells whether a file is there. */
  private listingOp(): OpProfile | undefined {
    return this.index.ops.filter((o) => o.effect === 'read' && o.params.some((p) => p.kinds[0] === 'path') && o.outputs.some((x) => x.types.includes('array'))).sort((a, b) => Number(b.verbs.has('list')) - Number(a.verbs.has('list')))[0];
  }

  /** The operation that reads a URL or a file for a later step: a required parameter of that kind, reading. */
  private sourceOp(kind: EntityKind): OpProfile | undefined {
    const cands = this.index.ops.filter((o) => o.effect !== 'destructive' && o.params.some((p) => p.required && (p.kinds[0] === kind || (kind === 'sql' && p.kinds.includes('sql')))));
    const readish = (o: OpProfile) => (o.effect === 'read' ? 2 : 0) + (['get', 'fetch', 'read', 'load', 'download', 'request'].some((v) => o.verbs.has(v) || o.terms.has(v)) ? 1 : 0) - o.params.filter((p) => p.required).length * 0.5;
    return cands.sort((a, b) => readish(b) - readish(a))[0];
  }

  private lastApproval: Step | undefined;
  /** Steps whose message text was only their own clause ("tell #sales"): the next message's text fills them. */
  private bareMessage = new Map<string, string>();
  /** The request states an order somewhere ("then", "after that"): messages that share a text stay in sequence. */
  orderStated = false;
  private trailing: Step[] = [];
  private post: Step[] = [];

  /** The operation that writes text to a file (or other place of that kind). */
  private sinkOp(kind: EntityKind): OpProfile | undefined {
    const cands = this.index.ops.filter((o) => o.effect !== 'destructive' && !o.router && o.params.some((p) => p.required && p.kinds[0] === kind) && o.params.some((p) => p.role === 'body' && !p.alias));
    return cands.sort((a, b) => a.params.filter((p) => p.required).length - b.params.filter((p) => p.required).length)[0];
  }
  private pending: Step[] = [];
  /** A pre-step and the step after it, returned as one (the pre-step is hoisted by build). */
  private pair(pre: Step, step: Step): Step {
    this.pending.push(pre);
    return step;
  }

  private inline(units: Unit[], history: Produced[], loopItem: LoopItem | undefined, deps: string[]): Step | undefined {
    const steps = this.build(units, history, loopItem);
    if (!steps.length) return undefined;
    steps[0].dependencies = deps;
    this.pending.push(...steps.slice(0, -1));
    return steps.at(-1);
  }

  takePending(): Step[] {
    const p = this.pending;
    this.pending = [];
    return p;
  }
}
