/**
 * Condition phrases → expressions in the workflow expression language, over the output schema
 * of the step they talk about: "it fails" → `step_1.ok == false` (or the status the operation
 * reports on success), "it is not 200" → `step_1.status != 200`, "there are more than 10 rows"
 * → `step_1.row_count > 10`, "it returns nothing" → `step_1.row_count == 0`, "the answer
 * mentions 'urgent'" → `contains(lower(string(step_2.text)), 'urgent')`; after a `COUNT(*) AS total`
 * query "the total is zero" → `step_1.rows[0].total == 0`. AND/OR combine.
 */
import { isNotifier, type OpProfile, type OutputInfo } from './catalog.ts';
import type { Produced } from './action.ts';
import { COMPARATORS, CONTAINS, EMPTY_WORDS, FAILURE_WORDS, NONEMPTY_WORDS, STOP, SUCCESS_WORDS } from './lexicon.ts';
import { PH1, restore, snake, stem, type Span } from './text.ts';
import { baseForm } from './styles.ts';

export interface BuiltCondition { expression: string; step?: Produced; assumed?: string }

/** Which earlier step the condition is about: one it names ("the query"), else the latest. */
export function conditionSubject(text: string, history: Produced[]): Produced | undefined {
  const ws = text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !STOP.has(w)).map(stem);
  for (const h of [...history].reverse()) if (ws.some((w) => h.op.op.split('_').map(stem).includes(w) || h.op.driver === w)) return h;
  // ("have the AI decide whether it's a crash, a visual bug or a gameplay bug, comment it, and if it's a crash, …": the step
  // asked to choose is the one whose answer is tested)
  // ("have AI rate its risk as low, medium or high, …, and if it's rated high, …")
  const choice = /^(?:it|this|that|the\s+\w+)(?:'s|’s|\s+is|\s+was|\s+gets|\s+comes\s+back)\s+(?:(?:rated|classified|marked|labell?ed|flagged|scored|judged|tagged)\s+(?:as\s+)?)?(?:an?\s+)?([\w-]{3,})\s*$/i.exec(text.trim())?.[1]?.toLowerCase();
  const chooser = choice && [...history].reverse().find((h) => h.op.params.some((p) => p.role === 'instruction') && new RegExp(`\\b(?:whether|if|as|between|into|either)\\b[^.]*\\b${choice}\\b`, 'i').test(JSON.stringify(h.params)));
  // ("have the AI flag anything unusual, and post the findings to #x. If anything gets flagged, …": the step that flags it,
  // not the message sent since; a sent message is tested only when nothing else came before)
  const done = /\b([a-z]{3,})(?:ed|d)\b/i.exec(text)?.[1]?.toLowerCase();
  const doer = done && [...history].reverse().find((h) => h.op.params.some((p) => p.role === 'instruction') && new RegExp(`\\b${done}`, 'i').test(JSON.stringify(h.params)));
  return chooser || doer || [...history].reverse().find((h) => !isNotifier(h.op)) || history.at(-1);
}

function numericFields(op: OpProfile): OutputInfo[] {
  return op.outputs.filter((o) => o.types.includes('integer') || o.types.includes('number'));
}

function lit(v: string): string {
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** "$12000", "$100k", "2.5k", "25F", "90%": the number said, as digits (thousands separators are already gone: see shorthand.ts). */
export function plainNumbers(t: string): string {
  // (a unit after the number says what it measures, not what it is: "under 25F", "above 90%", "over 30 degrees")
  return t.replace(/(\d(?:[\d.]*\d)?)\s*(?:°\s*[FC]?|[FC]\b|%|percent\b|degrees?(?:\s+[FC]\b|\s+(?:fahrenheit|celsius)\b)?)/gi, '$1').replace(/[$£€¥]?(\d+(?:\.\d+)?)(\s*[kKmM]\b)?/g, (m: string, n: string, unit?: string) => (/^[$£€¥]|[kKmM]/.test(m) ? String(Number(n) * (unit ? (/k/i.test(unit) ? 1000 : 1000000) : 1)) : m));
}

/** "either one", "any of them" (OR) and "both", "all of them" (AND): a test said of several steps at once. */
const ANY_OF = /\b(?:either(?:\s+one|\s+of\s+(?:them|those|the\s+\w+)|\s+(?!or\b)[a-z]+(?=\s+(?:is|are|was|returns?|fails?|comes?|goes|responds?|isn't|doesn't)\b))?|any(?:\s+one)?\s+of\s+(?:them|those|these|the\s+\w+)|one\s+of\s+(?:them|those|these|the\s+\w+)|whichever\s+one)\b/i;
const ALL_OF = /\b(?:both(?:\s+of\s+(?:them|those|the\s+\w+))?|all\s+(?:\w+\s+)?of\s+(?:them|those|these)|each\s+of\s+(?:them|those|these)|every\s+one\s+of\s+them)\b/i;

/** Is a condition said of several steps at once? */
export function isQuantified(text: string): boolean {
  return ANY_OF.test(text) || ALL_OF.test(text);
}

/** The last steps of the history that ran the same operation as the last one ("check A and B": both checks). */
export function trailingRun(history: Produced[]): Produced[] {
  const last = history.at(-1);
  return last ? history.slice(history.findLastIndex((h) => h.op.key !== last.op.key) + 1) : [];
}

export function buildCondition(textIn: string, spans: Span[], history: Produced[], negate = false): BuiltCondition | undefined {
  // ("make sure <url> returns a 200. If it doesn't, …": a bare "it doesn't" is the check not passing)
  const text = plainNumbers(textIn.trim()).replace(/^(it|that|this|they)\s+(?:doesn['’]t|does\s+not|didn['’]t|did\s+not|isn['’]t|is\s+not|won['’]t|can['’]t)\s*$/i, '$1 fails');
  const step = conditionSubject(restore(text, spans), history);
  if (!step) return undefined;
  // ("run 'select sum…' and 'select sum…'; if the two totals don't match, email …": the last two results compared)
  const cmp = /\b(?:the\s+)?(?:two|both)\s+(?:totals|counts|numbers|sums|values|results|figures|amounts)\s+(?:(don't|do\s+not|aren't|are\s+not)\s+(?:match|agree|equal)|(match|agree|are\s+(?:the\s+)?same|are\s+equal)|(differ|are\s+different))\b/i.exec(text);
  // ("call X, compare it with last.json, and if anything changed, …": the last two results differ)
  const changed = /^(?:anything|something|it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:has\s+|have\s+)?(?:changed|differs?|is\s+different|are\s+different|(?:doesn't|does\s+not|don't|do\s+not)\s+match)\s*$/i.test(text) && history.length >= 2;
  if ((cmp || changed) && history.length >= 2) {
    const [a, b] = history.slice(-2);
    const value = (h: Produced) => { const rows = h.op.outputs.find((o) => o.types.includes('array')); const t = h.op.outputs.find((o) => o.cls === 'text'); return rows ? `number(first(values(${h.id}.${rows.name}[0])))` : `string(${h.id}.${(t ?? h.op.outputs[0]).name})`; };
    // (what changed is compared as text: a fetched page with the file it was saved to)
    const text = (h: Produced) => { const t = h.op.outputs.find((o) => o.cls === 'text') ?? h.op.outputs.find((o) => o.types.includes('array')) ?? h.op.outputs[0]; return `string(${h.id}.${t.name})`; };
    const expr = changed && !cmp ? `${text(a)} != ${text(b)}` : `${value(a)} ${cmp?.[2] ? '==' : '!='} ${value(b)}`;
    return { expression: negate ? `NOT (${expr})` : expr, step: b };
  }
  // ("check A and B …, and if either one is down, alert #x": the same test on each of the last steps of one operation)
  const any = ANY_OF.exec(text);
  const quant = any ?? ALL_OF.exec(text);
  const same = step === history.at(-1) ? trailingRun(history) : [];
  if (quant && same.length >= 2) {
    const each = same.map((h) => buildCondition(text.replace(quant[0], 'it'), spans, [h]));
    if (each.every(Boolean)) {
      const expression = each.map((c) => `(${c!.expression})`).join(any ? ' OR ' : ' AND ');
      return { expression: negate ? `NOT (${expression})` : expression, step, assumed: each[0]!.assumed };
    }
  }
  const parts = splitBool(text);
  const exprs: string[] = [];
  let assumed: string | undefined;
  for (const part of parts.items) {
    const e = atom(part, spans, step);
    if (!e) continue;
    exprs.push(e.expr);
    assumed ??= e.assumed;
  }
  if (!exprs.length) return undefined;
  let expression = exprs.length === 1 ? exprs[0] : exprs.map((x) => `(${x})`).join(` ${parts.op} `);
  if (negate) expression = `NOT (${expression})`;
  return { expression, step, assumed };
}

/**
 * "whenever a repair-ticket webhook comes in, if the priority is 'emergency', …": before any step, a condition
 * tests what the event brought (`inputs.priority == 'emergency'`).
 */
export function payloadCondition(textIn: string, spans: Span[], negate = false, afterSteps = false): BuiltCondition | undefined {
  // ("If they've asked for a wheelchair-accessible room, …": what the person who started it asked for is in what they sent)
  const asked = /^(?:they|he|she|the\s+[a-z]+)(?:['’]ve|\s+have|\s+has|['’]s)?\s+(?:asked\s+for|requested|selected|chosen|picked|ticked|checked|mentioned|included|booked|wants?|needs?)\s+(?:an?\s+|the\s+|some\s+)?(.+)$/i.exec(textIn.trim());
  if (asked) {
    const q = PH1.exec(asked[1]);
    const what = (q ? spans[Number(q[1])]?.text ?? '' : asked[1]).trim().toLowerCase();
    const expr = `contains(lower(string(inputs.payload)), ${lit(what)})`;
    if (what) return { expression: negate ? `NOT (${expr})` : expr };
  }
  // ("and if it's marked urgent, DM …": a mark on what was sent)
  const marked = /^(?:it|this|that|the\s+[a-z]+(?:\s+[a-z]+)?)(?:['’]s|\s+is|\s+was|\s+gets|\s+comes\s+in)\s+(?:marked|flagged|labell?ed|tagged|set)\s+(?:as\s+)?['"‘“]?([\w-]+(?:\s+[\w-]+)?)['"’”]?\s*$/i.exec(textIn.trim());
  if (marked) {
    const expr = `contains(lower(string(inputs.payload)), ${lit(marked[1].toLowerCase())})`;
    return { expression: negate ? `NOT (${expr})` : expr };
  }
  // ("If the session they picked is Camp Explorer, …": a field named by what the person chose)
  const chose = /^((?:the|their|his|her)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:that\s+|which\s+)?(?:they|he|she|the\s+[a-z]+)\s+(?:picked|chose|chosen|selected|entered|gave|submitted|requested|booked|ticked)\s+(is|isn't|is\s+not|was|equals|contains|includes|mentions)\s+(.+)$/i.exec(textIn.trim());
  if (chose) textIn = `${chose[1].replace(/^(?:their|his|her)\s+/i, 'the ')} ${chose[2]} ${chose[3]}`;
  // (after steps of its own, only a test of what the event carries is read here: a field said by name, "the risk rating is
  // high", that no step before could have made)
  else if (afterSteps && !/^(?:the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:is|was|equals)\s+(?!not\b|empty\b|zero\b|done\b|ready\b)[\w'"‘“\uE000]/i.test(textIn.trim())) return undefined;
  // ("When a new review comes in, if it's 3 stars or lower, …": the rating the event carries)
  const stars = /^(?:it|this|that|the\s+review|the\s+rating)(?:['’]s|\s+is|\s+was|\s+gets|\s+has)\s+(?:rated\s+)?(\d+)\s+stars?(?:\s+or\s+(lower|less|fewer|below|under|higher|more|above|over|better|worse))?\s*$/i.exec(textIn.trim());
  if (stars) {
    const rel = !stars[2] ? '==' : /lower|less|fewer|below|under|worse/i.test(stars[2]) ? '<=' : '>=';
    const expr = `inputs.rating ${rel} ${stars[1]}`;
    return { expression: negate ? `NOT (${expr})` : expr };
  }
  // ("… gift webhook, if it's £1,000 or more": "it" is the event, and money it carries is its amount)
  const money = /[$£€¥]\s*\d|\d\s*(?:usd|eur|gbp|dollars|pounds|euros)\b/i.test(textIn);
  textIn = plainNumbers(textIn).replace(/^(it|this|that)['’]s\b/i, '$1 is');
  const m = /^(?:(?:the|its|their)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)|(it|this|that))\s+(is above|is over|is more than|is greater than|is below|is under|is less than|is at least|is at most|is not|isn't|is|equals|was|contains|mentions|includes)\s+(.+)$/i.exec(textIn.trim());
  if (!m || (m[2] && !money) || /^(it|this|that)$/i.test(m[1] ?? '')) return afterSteps ? undefined : resultWord(textIn, negate);
  const field = `inputs.${m[1] ? snake(m[1]) : 'amount'}`;
  const q = PH1.exec(m[4]);
  let raw = (q ? spans[Number(q[1])]?.text ?? '' : m[4]).trim().replace(/^(?:an?|the)\s+/i, '');
  let rel = m[3].toLowerCase();
  // ("1000 or more", "at least 1000", "500 or less"): bounds that include the number
  const bound = /^(?:(at\s+least|at\s+most|no\s+less\s+than|no\s+more\s+than)\s+)?(-?\d+(?:\.\d+)?)(?:\s+or\s+(more|above|higher|greater|over|less|fewer|below|lower|under))?$/i.exec(raw);
  if (bound && (bound[1] || bound[3])) { raw = bound[2]; rel = /least|no\s+less|more|above|higher|greater|over/i.test(bound[1] ?? bound[3]) ? 'at least' : 'at most'; }
  if (!raw) return undefined;
  const num = /^-?\d+(?:\.\d+)?$/.test(raw);
  const expr = /contains|mentions|includes/.test(rel) ? `contains(lower(string(${field})), ${lit(raw.toLowerCase())})`
    : /at least/.test(rel) && num ? `${field} >= ${raw}`
    : /at most/.test(rel) && num ? `${field} <= ${raw}`
    : /above|over|more|greater/.test(rel) && num ? `${field} > ${raw}`
    : /below|under|less/.test(rel) && num ? `${field} < ${raw}`
    : `${field} ${/not|n't/.test(rel) ? '!=' : '=='} ${num ? raw : lit(raw)}`;
  return { expression: negate ? `NOT (${expr})` : expr };
}

/**
 * A result the event reports, said in a word ("if total coliform comes back positive", "if every sample is negative",
 * "if the test fails"): whether what the event sent says that word. The nearest test there is without knowing the
 * payload's fields, and said so in the plan's notes.
 */
function resultWord(text: string, negate: boolean): BuiltCondition | undefined {
  const w = /^(?:(?:the|its|their|any|every|each|all(?:\s+the)?|a|an)\s+)?(?:[\w-]+\s+){0,4}?(?:comes?\s+back|came\s+back|is|are|was|were|shows?|reads?|tests?|returns?)\s+(?:as\s+)?(positive|negative|failed|passed|abnormal|critical|detected|present|absent|contaminated|clear|rejected|approved|declined)\s*$/i.exec(text.trim());
  if (!w) return undefined;
  const expr = `contains(lower(string(inputs.payload)), ${lit(w[1].toLowerCase())})`;
  return { expression: negate ? `NOT (${expr})` : expr, assumed: `the event's data says "${w[1].toLowerCase()}" (the request did not name the field)` };
}

function splitBool(text: string): { items: string[]; op: 'AND' | 'OR' } {
  if (/\s+or\s+/i.test(text) && !/\s+or\s+(?:more|less|fewer|greater|higher|lower|equal)\b/i.test(text)) return { items: text.split(/\s+or\s+/i), op: 'OR' };
  if (/\s+and\s+/i.test(text)) return { items: text.split(/\s+and\s+/i), op: 'AND' };
  return { items: [text], op: 'AND' };
}

function atom(part: string, spans: Span[], step: Produced): { expr: string; assumed?: string } | undefined {
  const id = step.id;
  const op = step.op;
  const p = part.toLowerCase();
  const outs = op.outputs;
  const ok = outs.find((o) => o.cls === 'ok' && o.types.includes('boolean'));
  const status = outs.find((o) => o.cls === 'status');
  const numStatus = status && (status.types.includes('integer') || status.types.includes('number')) ? status : undefined;
  const nums = numericFields(op);
  const count = outs.find((o) => o.cls === 'count' && (o.types.includes('integer') || o.types.includes('number')));
  const textF = outs.find((o) => o.cls === 'text');
  const listF = outs.find((o) => o.types.includes('array'));
  // ("the mastered WAV isn't there yet", "yesterday's export is missing" after a listing: whether the listing names it, by
  // the last word said of it)
  const gone = listF ? /^(?:the\s+|a\s+|an\s+|[\w-]+['’]s\s+)?((?:[\w.-]+\s+){0,3}?([\w.-]+))\s+(?:isn't|is\s+not|aren't|are\s+not|is\s+missing|are\s+missing|hasn't\s+(?:arrived|landed|shown\s+up|appeared))(?:\s+(?:there|in\s+there|present|here))?(?:\s+(?:yet|still|anymore))?\s*$/i.exec(part.trim()) : null;
  if (gone && !/^(?:it|this|that|they)$/i.test(gone[1]) && !PH1.test(gone[1])) return { expr: `NOT (contains(lower(string(${id}.${listF!.name})), ${lit(gone[2].toLowerCase())}))` };
  // ("the status has changed to approved", "it has moved to 'done'": the value it now reads)
  const became = textF ? /\b(?:has\s+|have\s+)?(?:changed|switched|moved|gone|turned|flipped)\s+to\s+['"‘“]?([\w-]+)/i.exec(part) : null;
  if (became) return { expr: `contains(lower(string(${id}.${textF!.name})), ${lit(became[1].toLowerCase())})` };
  // contains 'x'
  const cm0 = CONTAINS.exec(part);
  // ("says the wire is still pending": the state it says, not the first word)
  const stated = cm0 && !PH1.test(cm0[1]) ? /\b(?:says|said|shows|reports)\s+(?:that\s+)?(?:the|a|an|its|it|this)?\s*(?:[\w-]+\s+){0,3}?(?:is|are|was|were)\s+(?:still\s+|now\s+|currently\s+)?(?:not\s+)?([\w-]+)\s*$/i.exec(part) : null;
  const cm = stated ? ([stated[0], stated[1]] as unknown as RegExpExecArray) : cm0;
  if (cm && textF && !/^\d+$/.test(cm[1]) && !/^(more|less|fewer|over|under|at|no|any|than|above|below|exactly|only|some|zero|none)$/i.test(cm[1])) {
    const q = PH1.exec(cm[1]);
    const needle = (q ? spans[Number(q[1])]?.text ?? '' : cm[1]).toLowerCase();
    if (needle && !/^(rows?|results?|records?|any|no|data|errors?)$/.test(needle)) return { expr: `contains(lower(string(${id}.${textF.name})), ${lit(needle)})` };
  }
  // "SELECT COUNT(*) AS total …": the count is the first row's column, not the number of rows
  // ("select count(*) from orders …" with no name: the one column, whatever the database calls it)
  const sql = String(step.params.sql ?? '');
  const agg = /\bcount\s*\(\s*\*\s*\)\s+as\s+(\w+)/i.exec(sql)?.[1] ?? (/^\s*select\s+(?:count|sum|avg|min|max)\s*\([^()]*\)\s+from\s/i.test(sql) ? '' : undefined);
  if (agg !== undefined && listF) {
    const value = agg ? `${id}.${listF.name}[0].${agg}` : `number(first(values(${id}.${listF.name}[0])))`;
    if (NONEMPTY_WORDS.test(p) && !/\banything\s+(?:other than|but|except)/.test(p)) return { expr: `${value} > 0` };
    if (EMPTY_WORDS.test(p)) return { expr: `${value} == 0` };
    for (const [re, cmp] of COMPARATORS) {
      const m = re.exec(part.replace(/\uE000\d+\uE001/g, ' '));
      if (m) return { expr: `${value} ${cmp} ${/^(zero|nil|none)$/i.test(m[1]) ? '0' : m[1]}` };
    }
  }
  // "vat_q2.pdf isn't in the reports folder yet" after listing it: whether the listing names it
  const inList = listF ? /^(\S+)\s+(is|isn't|is\s+not|has(?:n't|\s+not)\s+(?:arrived|landed|appeared|shown\s+up)|(?:has|have)\s+(?:arrived|landed|appeared|shown\s+up))\s+(?:yet\s+|already\s+|now\s+)?(?:in|inside|under|among)\b/i.exec(part.trim()) : null;
  if (inList) {
    const q = PH1.exec(inList[1]);
    const name = (q ? spans[Number(q[1])]?.text ?? '' : inList[1]).toLowerCase();
    const has = `contains(lower(string(${id}.${listF!.name})), ${lit(name)})`;
    return { expr: /n't|not/i.test(inList[2]) ? `NOT (${has})` : has };
  }
  // empty / non-empty
  if (NONEMPTY_WORDS.test(p) && !/\banything\s+(?:other than|but|except|besides|else than)\b/.test(p)) {
    if (count) return { expr: `${id}.${count.name} > 0` };
    if (listF) return { expr: `length(${id}.${listF.name}) > 0` };
    if (textF) return { expr: `length(string(${id}.${textF.name})) > 0` };
  }
  if (EMPTY_WORDS.test(p)) {
    if (count) return { expr: `${id}.${count.name} == 0` };
    if (listF) return { expr: `length(${id}.${listF.name}) == 0` };
  }
  // numeric comparisons
  for (const [re, cmp] of COMPARATORS) {
    const m = re.exec(part.replace(/\uE000\d+\uE001/g, ' '));
    if (!m) continue;
    const n = /^(zero|nil|none|negative|below zero)$/i.test(m[1]) ? '0' : m[1];
    const named = nums.find((o) => p.includes(o.name.replace(/_/g, ' ')) || o.name.split('_').some((w) => w.length > 2 && new RegExp(`\\b${w}`).test(p)));
    // "more than 100 orders": a count of things, not a status code
    const countNoun = /\b\d+\s+(?!seconds?|minutes?|hours?|days?|ms|%)([a-z]+s)\b|\b(rows?|results?|records?|items?|entries|count|number of)\b/.test(p);
    let field = named;
    if (!field && countNoun) {
      if (count) field = count;
      else if (listF) return { expr: `length(${id}.${listF.name}) ${cmp} ${n}` };
      else if (textF) return { expr: `length(${id}.${textF.name}) ${cmp} ${n}`, assumed: `read "${part.trim()}" as the length of ${id}.${textF.name}` };
    }
    // ("if the depth is above 1000" after an HTTP call: a field of what came back, not the status code)
    const said = /^(?:if\s+)?(?:the|its)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:is|are|was|goes|gets|exceeds|drops|falls|rises|hits)\b/i.exec(part.trim())?.[1];
    const body = outs.find((o) => !o.types.length && o.cls === 'text');
    if (!field && said && body && !/\b(?:status|code|response|result|results|count|number|rows?|total|answer|call|request|check|site|page|api|endpoint)\b/i.test(said)) return { expr: `number(${id}.${body.name}.${said.trim().toLowerCase().replace(/[\s-]+/g, '_')}) ${cmp} ${n}` };
    if (!field) field = numStatus ?? count ?? nums[0];
    if (!field) continue;
    return { expr: `${id}.${field.name} ${cmp} ${n}` };
  }
  const fail = FAILURE_WORDS.test(p);
  const success = !fail && SUCCESS_WORDS.test(p);
  // (a failure said with a negation — "doesn't respond", "not working" — is not negated by it)
  const negated = /\b(?:not|never|no)\b|n't\b/.test(fail ? p.replace(FAILURE_WORDS, ' ') : p);
  if (fail || success) {
    const wantFailure = fail !== negated;
    if (ok) return { expr: `${id}.${ok.name} == ${wantFailure ? 'false' : 'true'}` };
    const good = status?.constant ?? status?.enum?.[0];
    if (status && good !== undefined) return { expr: `${id}.${status.name} ${wantFailure ? '!=' : '=='} ${lit(good)}` };
    if (numStatus) return { expr: wantFailure ? `${id}.${numStatus.name} >= 400` : `${id}.${numStatus.name} < 400` };
    const bool = outs.find((o) => o.types.includes('boolean'));
    if (bool) return { expr: `${id}.${bool.name} == ${wantFailure ? 'false' : 'true'}` };
  }
  // a word the text output should mention ("if the AI says it is urgent")
  if (textF) {
    const word = p.replace(/\uE000\d+\uE001/g, ' ').split(/[^a-z0-9-]+/).filter((w) => w.length > 2 && !STOP.has(w) && !/^(says?|said|thinks?|returns?|answer|reply|response|result|output|classif\w*|model|ai|llm|gpt|marks?|flags?|labels?|decides?|considers?|reports?|status|state|value|shows?)$/.test(w)).at(-1);
    if (word) return { expr: `contains(lower(string(${id}.${textF.name})), ${lit(word)})`, assumed: `read "${part.trim()}" as: the result mentions "${word}"` };
  }
  if (ok) return { expr: `${id}.${ok.name} == false`, assumed: `read "${part.trim()}" as: the step did not succeed` };
  return undefined;
}

/** A condition said the other way round, for the words of its else branch: "it returns 200" → "it did not return 200". */
export function negatedSaying(said: string): string {
  const cond = said.replace(/^(it|that|this|he|she)['’]s\b/i, '$1 is').replace(/^(they|we|you)['’]re\b/i, '$1 are');
  const be = /^(.+?)\s+(is|are|was|were)\s+(?!not\b)(.+)$/i.exec(cond);
  if (be) return `${be[1]} ${be[2]} not ${be[3]}`;
  const does = /^(.+?)\s+(returns|passes|succeeds|works|responds|comes|loads|answers|replies)\b(.*)$/i.exec(cond);
  if (does) return `${does[1]} did not ${baseForm(does[2].toLowerCase())}${does[3]}`;
  return `not (${cond})`;
}
