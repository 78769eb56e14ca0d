/**
 * The offline planner: no network, no model, driven by the driver catalogue. A request becomes a
 * draft in five passes — structured command? → trigger (schedule/webhook/event) cut out →
 * units (action clauses and control steps, see clauses.ts) → each action clause mapped to the
 * best-ranked catalogue operation with its parameters (action.ts), conditions turned into
 * expressions over the earlier step's outputs (condition.ts) → steps with ids, explicit
 * dependencies (sequential by default, parallel groups start together) and references.
 * A request it cannot map gets no steps and a note saying what it can do.
 */
import type { Draft, PlannedAction, PlanOptions, PlannedTrigger } from '../types.ts';
import { analyzeAction, isActionVerb, isMessageLike, type Produced } from './action.ts';
import { indexCatalog, type CatalogIndex, type EntityKind, type OpProfile } from './catalog.ts';
import { segment, type Unit } from './clauses.ts';
import { buildCondition } from './condition.ts';
import { PHRASES } from './lexicon.ts';
import { parseStructured } from './structured.ts';
import { cap, protect, restore, type Span } from './text.ts';
import { extractTrigger } from './trigger.ts';

type Step = Record<string, unknown>;

export function planOffline(request: string, opts: PlanOptions): Draft {
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
  for (const [re, rep] of PHRASES) text = text.replace(re, rep);
  const { text: prot, spans } = protect(text);
  const isVerb = (w: string) => isActionVerb(index, w);
  const found = extractTrigger(prot, spans, isVerb, opts.timezone);
  const trigger: PlannedTrigger | undefined = found?.trigger;
  const body = found ? found.text : prot;
  const units = segment(body, { index, spans, now });

  const b = new Builder(index, spans, now, opts.timezone, trigger, notes);
  const steps = b.build(units, [], undefined);
  const actions = b.actions;
  if (!actions.length) {
    return {
      intent: 'unsupported',
      actions: [],
      steps: [],
      ...(trigger ? { trigger } : {}),
      name: nameOf(request),
      notes: [...(b.unmapped.length ? [`Could not map to any operation: ${b.unmapped.map((u) => `"${u.text}" (${u.reason})`).join('; ')}.`] : ['Found nothing to automate in the request.']), capabilities(index)],
    };
  }
  for (const u of b.unmapped) notes.push(`Left out "${u.text}": ${u.reason}. ${capabilities(index)}`);
  if (trigger) notes.unshift(`Trigger: ${trigger.type}${trigger.cron ? ` (${trigger.cron})` : ''}${trigger.description ? ` — "${trigger.description}"` : ''}.`);
  return { intent: intentOf(actions.map((a) => a.operation)), actions, steps, ...(trigger ? { trigger } : {}), name: nameOf(request), notes };
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
  build(units: Unit[], history: Produced[], loopItem: { kinds: EntityKind[] } | undefined): Step[] {
    const out: Step[] = [];
    let prev: string[] = [];
    let groupStart: string[] = [];
    let groupMembers: string[] = [];
    let groupHistory: Produced[] = [];
    let curGroup: number | undefined;
    for (const u of units) {
      if (u.group === undefined || u.group !== curGroup) {
        if (curGroup !== undefined && groupMembers.length) prev = groupMembers;
        if (curGroup !== undefined) for (const h of groupHistory) if (!history.includes(h)) history.push(h);
        curGroup = u.group;
        groupStart = prev;
        groupMembers = [];
        groupHistory = [];
      }
      const deps = u.group !== undefined ? groupStart : prev;
      // members of a parallel group do not see each other
      const visible = u.group !== undefined ? [...history] : history;
      const made = this.unit(u, visible, loopItem, deps, out);
      if (u.group !== undefined) for (const h of visible) if (!history.includes(h) && !groupHistory.includes(h)) groupHistory.push(h);
      const pre = this.takePending();
      out.push(...pre);
      if (!made) continue;
      out.push(made);
      if (u.group !== undefined) groupMembers.push(String(made.step_id));
      else prev = [String(made.step_id)];
    }
    for (const h of groupHistory) if (!history.includes(h)) history.push(h);
    return out;
  }

  private id(): string {
    return `step_${++this.n}`;
  }

  private condition: { text: string; step?: Produced } | undefined;
  private ctx(history: Produced[], loopItem?: { kinds: EntityKind[] }) {
    return { index: this.index, spans: this.spans, now: this.now, timezone: this.tz, history, trigger: this.trigger, loopItem, notes: this.notes, condition: this.condition };
  }

  private unit(u: Unit, history: Produced[], loopItem: { kinds: EntityKind[] } | undefined, deps: string[], scope: Step[]): Step | undefined {
    if (u.type === 'action') {
      const noteMark = this.notes.length;
      const r0 = analyzeAction(u.text, this.ctx(history, loopItem), u.verb ? { verb: u.verb } : undefined);
      if ('unmapped' in r0) { this.unmapped.push({ text: r0.unmapped, reason: r0.reason }); return undefined; }
      let r: Exclude<typeof r0, { unmapped: string }> = r0;
      // "…and assign it to bob@x.com" after creating it: more parameters for the step just made
      const last = history.at(-1);
      const lastStep = last && scope.find((s) => s.step_id === last.id);
      // "… and tell her lunch is at noon" after an email to her: the text of that email
      if (r.pronounObject && last && lastStep && isMessageLike(last.op.params) && isMessageLike(r.op.params)) {
        const lb = last.op.params.find((p) => p.role === 'body' && !p.alias);
        const rb = r.op.params.find((p) => p.role === 'body' && !p.alias);
        const v = rb && r.params[rb.name];
        if (lb && typeof v === 'string') { last.params[lb.name] = v; this.notes.length = noteMark; return undefined; }
      }
      if ((r.anaphor || !r.hasObject) && last && lastStep && last.op.driver === r.op.driver && r.op.effect !== 'destructive' && !last.op.params.some((p) => p.kinds[0] === 'id' && p.required)) {
        const rr = r;
        const own = Object.entries(rr.params).filter(([k, v]) => !rr.carried.includes(k) && !(typeof v === 'string' && v.includes('{{')) && !rr.op.params.some((p) => p.name === k && p.kinds[0] === 'id'));
        if (own.length && own.every(([k]) => last.op.params.some((p) => p.name === k))) {
          for (const [k, v] of own) last.params[k] = v;
          this.notes.length = noteMark;
          return undefined;
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
          const text = `${r.text.slice(0, r.unusedSource.start)} it ${r.text.slice(r.unusedSource.end)}`.replace(/\s+/g, ' ');
          const again = analyzeAction(text, this.ctx(history, loopItem));
          if (!('unmapped' in again)) r = again;
        }
      }
      const id = this.id();
      if (this.lastApproval && /^Approval requested:/.test(String(this.lastApproval.message))) this.lastApproval.message = `Approve before: ${restore(u.text, this.spans)}`;
      this.lastApproval = undefined;
      history.push({ id, op: r.op, params: r.params, words: r.words });
      this.actions.push({ driver: r.op.driver, operation: r.op.op, parameters: r.params });
      if (r.missing.length) this.notes.push(`${id} (${r.op.key}) needs ${r.missing.join(', ')}: given as workflow inputs ({{inputs.${r.missing[0]}}}).`);
      return { step_id: id, name: r.name, driver: r.op.driver, operation: r.op.op, parameters: r.params, dependencies: deps };
    }
    if (u.type === 'approval') {
      const id = this.id();
      void scope;
      this.lastApproval = { step_id: id, name: 'Approval', kind: 'approval', message: u.message || 'Approve to continue', ...(u.approvers.length ? { approvers: u.approvers } : {}), dependencies: deps };
      return this.lastApproval;
    }
    if (u.type === 'wait') {
      const id = this.id();
      return { step_id: id, name: `Wait ${u.duration ?? `until ${u.until}`}`, kind: 'wait', ...(u.duration ? { duration: u.duration } : { until: u.until }), dependencies: deps };
    }
    if (u.type === 'condition') {
      // a condition about a URL nobody fetched yet ("if https://x is down …"): fetch it first
      let pre: Step | undefined;
      if (/\uE000\d+\uE001/.test(u.cond) && !history.length) {
        const url = this.spans[Number(/\uE000(\d+)\uE001/.exec(u.cond)![1])];
        if (url?.kind === 'url') {
          const r = analyzeAction(`check ${/\uE000\d+\uE001/.exec(u.cond)![0]}`, { index: this.index, spans: this.spans, now: this.now, history, notes: this.notes });
          if (!('unmapped' in r)) {
            const id = this.id();
            history.push({ id, op: r.op, params: r.params, words: r.words });
            this.actions.push({ driver: r.op.driver, operation: r.op.op, parameters: r.params });
            pre = { step_id: id, name: r.name, driver: r.op.driver, operation: r.op.op, parameters: r.params, dependencies: deps };
          }
        }
      }
      const c = buildCondition(u.cond, this.spans, history, u.negate);
      if (!c) {
        this.notes.push(`Could not turn "${restore(u.cond, this.spans)}" into a condition (no earlier step to test); its steps run unconditionally.`);
        return this.inline(u.then, history, loopItem, deps);
      }
      if (c.assumed) this.notes.push(`Condition: ${c.assumed}.`);
      const id = this.id();
      const outer = this.condition;
      this.condition = { text: restore(u.cond, this.spans), step: c.step };
      const thenSteps = this.build(u.then, [...history], loopItem);
      this.condition = { text: `not (${restore(u.cond, this.spans)})`, step: c.step };
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
      if (!items) {
        const src = [...history].reverse().find((h) => h.op.outputs.some((o) => o.types.includes('array')));
        const field = src?.op.outputs.find((o) => o.types.includes('array'));
        if (src && field) items = `{{${src.id}.${field.name}}}`;
        else { items = [`{{inputs.items}}`]; this.notes.push(`Loop over "${restore(u.itemsText, this.spans)}": give the items as the workflow input "items".`); }
      }
      const body = this.build(u.body, [...history], { kinds: u.itemKinds.length ? u.itemKinds : ['text'] });
      if (!body.length) return undefined;
      return { step_id: id, name: `For each of ${restore(u.itemsText, this.spans)}`.slice(0, 120), kind: 'loop', items, as: 'item', steps: body, dependencies: deps };
    }
    return undefined;
  }

  /** The operation that reads a URL or a file for a later step: a required parameter of that kind, reading. */
  private sourceOp(kind: EntityKind): OpProfile | undefined {
    const cands = this.index.ops.filter((o) => o.effect !== 'destructive' && o.params.some((p) => p.required && p.kinds[0] === kind));
    const readish = (o: OpProfile) => (o.effect === 'read' ? 2 : 0) + (['get', 'fetch', 'read', 'load', 'download', 'request'].some((v) => o.verbs.has(v) || o.terms.has(v)) ? 1 : 0) - o.params.filter((p) => p.required).length * 0.5;
    return cands.sort((a, b) => readish(b) - readish(a))[0];
  }

  private lastApproval: Step | undefined;
  private pending: Step[] = [];
  /** A pre-step and the step after it, returned as one (the pre-step is hoisted by build). */
  private pair(pre: Step, step: Step): Step {
    this.pending.push(pre);
    return step;
  }

  private inline(units: Unit[], history: Produced[], loopItem: { kinds: EntityKind[] } | undefined, deps: string[]): Step | undefined {
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
