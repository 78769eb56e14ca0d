/**
 * A database query said in words ("pull every row from the customers table where country is 'DE'",
 * "count the orders placed today", "get the 10 newest signups from users", "the top 20 articles by pageviews",
 * "today's pageviews by section from the analytics db") → one simple SELECT.
 * Only when a table is named; values become quoted literals. `strict` (no database operation
 * chosen yet) needs the word "table", "from <plural>" or a snake_case name after a fetching verb.
 */
import { PH1, type Span } from './text.ts';

const NOT_TABLE = /^(?:the|a|an|it|this|that|them|all|every|each|any|some|my|our|database|db|sql|table|tables|rows?|records?|entries|data|results?|api|server|site|website|page|file|files|folder|inbox|channel|repo|repos|github|slack|asana|email|emails|mail|there|here|today|yesterday|previous|various|last|this|news|status|analytics)$/i;
const VERBS = /^(?:pull|get|fetch|select|list|count|find|show|read|grab|query|load|export|retrieve|look|return|give|dump)\b/i;

const FROM_DB = /\b(?:from|in|on)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:database|db)\b/i;
/** The plural a request for data is about, after the verb: "the last 90 days of shipments", "the total fuel surcharges". */
const HEAD = /^\s*[a-z]+\s+(?:me\s+)?(?:(?:the|all|every|our|my|this|these)\s+)?(?:(?:last|this|previous|past|yesterday|today|tonight)(?:\s+(?:week|month|year|quarter|day|night))?(?:'s|’s)\s+)?(?:top\s+\d+\s+)?(?:(?:last|past|previous)\s+\d+\s+(?:days?|weeks?|months?)\s+of\s+(?:the\s+|our\s+)?)?(?:(total|sum\s+of|sum\s+of\s+the)\s+)?((?:[a-z]+\s+){0,2}?[a-z]+s)\b(?!\s+(?:table|from\s+(?!(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:database|db)\b)[a-z]))/i;

function literal(raw: string, spans: Span[]): string {
  const p = PH1.exec(raw);
  const v = p ? spans[Number(p[1])]?.text ?? '' : raw;
  if (/^-?\d+(?:\.\d+)?$/.test(v)) return v;
  if (/^(?:true|false|null)$/i.test(v)) return v.toLowerCase();
  // ("where quantity_on_hand < reorder_point": a snake_case name is another column)
  if (!p && /^[a-z][a-z\d]*(?:_[a-z\d]+)+$/i.test(v)) return v;
  return `'${v.replace(/'/g, "''")}'`;
}

export function naturalSql(t: string, spans: Span[], strict: boolean): string | undefined {
  const s = t.replace(/\s+/g, ' ');
  // only reads: a request to change or delete rows is not guessed
  if (/^\s*(?:delete|remove|drop|truncate|purge|wipe|clear|update|insert|add|change|modify|set|alter|create)\b/i.test(s)) return undefined;
  let table = /\b(?:the|from|in|of|on|into|query|count|search|scan)\s+(?:the\s+)?([a-z_][\w]*)\s+table\b/i.exec(s)?.[1] ?? /\btable\s+(?!(?:for|with|where|in|on|of|to|and|by|from|called|named)\b)([a-z_]\w*)\b/i.exec(s)?.[1];
  if (!table) {
    const f = /\bfrom\s+(?:the\s+)?([a-z_]\w*)\b(?![/.@\w])(?!\s+(?:database|db)\b)/i.exec(s);
    if (f && /s$/i.test(f[1]) && !NOT_TABLE.test(f[1]) && (!strict || VERBS.test(s))) table = f[1];
  }
  // "rows in fact_sales", "today's audit_log rows": a snake_case name is a table's
  if (!table && (!strict || VERBS.test(s))) table = /\b(?:in|from|of|into|on)\s+(?:the\s+)?((?:[a-z][a-z\d_]*\.)?[a-z][a-z\d]*(?:_[a-z\d]+)+)\b(?![/.@])/i.exec(s)?.[1] ?? /\b([a-z][a-z\d]*(?:_[a-z\d]+)+)\s+(?:rows|records|entries|data)\b/i.exec(s)?.[1];
  const count = /^\s*count\b|\b(?:how many|number of)\b/i.test(s);
  let stateFilter: string | undefined;
  if (!table && (!strict || FROM_DB.test(s) || /^\s*how many\s+[a-z_]+s\s+(?:were|are|have|did|signed|registered|joined|placed|created)\b/i.test(s)) && count) {
    // ("the number of near-miss reports": a hyphenated or two-word name is one table)
    // (a state said first is a filter: "the number of open defect reports" counts defect_reports whose status is open)
    const c = /^\s*count\s+(?:all\s+|up\s+)?(?:the\s+)?(?:rows\s+(?:in|of)\s+(?:the\s+)?)?([a-z_]\w*s)\b/i.exec(s) ?? /\b(?:how many|number of)\s+((?:open|closed|pending|active|new|failed|unpaid|overdue|cancelled|late)\s+)?((?:[a-z][\w]*-[\w-]+\s+|(?!(?:from|in|of|for|on|the|a|an|all|our|my)\b)[a-z]+\s+(?=[a-z_]\w*s\b))?[a-z_]\w*s)\b/i.exec(s);
    const name = c && (c[2] ?? c[1]);
    if (c && name && !NOT_TABLE.test(name)) { table = name.replace(/[\s-]+/g, '_'); if (c[2] && c[1]) stateFilter = c[1].trim().toLowerCase(); }
  }
  // ("pull the last 90 days of shipments for customer 10452 from the database", "query the total fuel surcharges we billed
  // last month": with the database named or its operation chosen, the plural the request is about is the table)
  let total = false;
  if (!table && (!strict || FROM_DB.test(s) || /^\s*query\b/i.test(s))) {
    // ("query the database for items where …": what it is asked for)
    const asked = /\b(?:database|db)\s+for\s+(?:all\s+|the\s+|any\s+|every\s+)?([a-z_]\w*s)\b/i.exec(s);
    const head = asked ? [asked[0], undefined, asked[1]] as const : HEAD.exec(s);
    if (head && !NOT_TABLE.test(head[2].split(' ').at(-1)!)) { table = head[2].replace(/\s+/g, '_'); total = Boolean(head[1]); }
  }
  if (!table || NOT_TABLE.test(table)) return undefined;
  const where: string[] = stateFilter ? [`status = '${stateFilter}'`] : [];
  // "for customer 10452", "for carrier 'Swift'": a filter on what the rows belong to
  // ("look up customer 88213 in the customers table": the row named by its number, said before the table)
  const owner = /\bfor\s+(?:the\s+)?([a-z]+)\s+(\uE000\d+\uE001|#?\d+)(?!\s*(?:days?|weeks?|months?|hours?))/i.exec(s)
    ?? /^\s*(?:look\s*up|find|get|pull|fetch|check)\s+(?:the\s+)?([a-z]+)\s+(#?\d{2,})\s+(?:in|from)\s+(?:the\s+)?[a-z_]+\s+table\b/i.exec(s);
  if (owner && !NOT_TABLE.test(owner[1])) where.push(/\d$/.test(owner[2]) ? `${owner[1].toLowerCase()}_id = ${owner[2].replace('#', '')}` : `${owner[1].toLowerCase()} = ${literal(owner[2], spans)}`);
  const op: Record<string, string> = { is: '=', equals: '=', '=': '=', 'is not': '<>', isnt: '<>', "isn't": '<>', '!=': '<>', over: '>', above: '>', 'greater than': '>', 'more than': '>', '>': '>', under: '<', below: '<', 'less than': '<', '<': '<', 'at least': '>=', 'at most': '<=' };
  for (const m of s.matchAll(/\b(?:where|with|whose|and)\s+(?:the\s+)?([a-z_]\w*)\s+((?:is\s+)?(?:over|above|under|below|greater than|more than|less than|at least|at most)|is not|isn't|is|equals|!=|=|>|<)\s+(?:(?:is|than)\s+)?(\uE000\d+\uE001|-?\d+(?:\.\d+)?|[A-Za-z][\w-]*)/gi)) {
    if (/^(table|it|this|that)$/i.test(m[1])) continue;
    where.push(`${m[1].toLowerCase()} ${op[m[2].toLowerCase().replace(/^is\s+(?!not)/, '')] ?? '='} ${literal(m[3], spans)}`);
  }
  const timeCol = 'created_at';
  const span = /\b(?:last|past|previous)\s+(\d{1,4})\s+days?\b/i.exec(s);
  if (/\b(?:today|today's)\b/i.test(s)) where.push(`date(${timeCol}) = CURRENT_DATE`);
  else if (/\byesterday\b/i.test(s)) where.push(`date(${timeCol}) = CURRENT_DATE - 1`);
  else if (span) where.push(`${timeCol} >= CURRENT_DATE - ${span[1]}`);
  else if (/\b(?:last|previous)\s+month\b/i.test(s)) where.push(`${timeCol} >= date_trunc('month', CURRENT_DATE) - INTERVAL '1 month'`, `${timeCol} < date_trunc('month', CURRENT_DATE)`);
  else if (/\bthis\s+month\b/i.test(s)) where.push(`${timeCol} >= date_trunc('month', CURRENT_DATE)`);
  else if (/\b(?:last|previous)\s+week\b/i.test(s)) where.push(`${timeCol} >= date_trunc('week', CURRENT_DATE) - INTERVAL '7 days'`, `${timeCol} < date_trunc('week', CURRENT_DATE)`);
  else if (/\bthis\s+week\b/i.test(s)) where.push(`${timeCol} >= date_trunc('week', CURRENT_DATE)`);
  let order = '';
  let limit = '';
  const n = /\b(?:top|first|last|the|get|pull|fetch|show|list|grab|return|select|read)\s+(\d{1,6})\b(?!\s*(?:am|pm|days?|hours?|minutes?|weeks?|months?|%))/i.exec(s);
  const newest = /\b(?:newest|latest|most recent|recent|last)\b(?!\s+(?:\d+\s+)?(?:days?|weeks?|months?|years?)\b)/i.test(s);
  const oldest = /\b(?:oldest|earliest)\b/i.test(s);
  if (newest) order = ` ORDER BY ${timeCol} DESC`;
  else if (oldest) order = ` ORDER BY ${timeCol} ASC`;
  if (n && !count) limit = ` LIMIT ${n[1]}`;
  // "the top 20 articles by pageviews": ranked by it; "today's pageviews by section": one line per section
  const by = /\bby\s+(?!(?:the|a|an|email|e-mail|mail|slack|tomorrow|tonight|today|noon|midnight|end|eod|eow|then|now|\d)\b)([a-z_]\w*)\b/i.exec(s)?.[1]?.toLowerCase();
  let what = count ? 'COUNT(*) AS total' : total ? 'SUM(amount) AS total' : '*';
  let group = '';
  if (by && /\btop\s+\d+/i.test(s)) order = ` ORDER BY ${by} DESC`;
  else if (by) { what = `${by}, ${total ? 'SUM(amount)' : 'COUNT(*)'} AS total`; group = ` GROUP BY ${by}`; }
  return `SELECT ${what} FROM ${table.toLowerCase()}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}${group}${order}${limit}`;
}

/** "insert the entry into the submissions table", "add them to the volunteers table": the table a new row goes into. */
export function insertTable(t: string): string | undefined {
  const m = /^\s*(?:insert|add|record|log|save|store|write|put)\s+(?:.+?\s+)?(?:in|into|to)\s+(?:the\s+|our\s+)?([a-z][\w-]*)\s+table\b/i.exec(t.replace(/\s+/g, ' '));
  return m && !NOT_TABLE.test(m[1]) ? m[1].toLowerCase().replace(/-/g, '_') : undefined;
}
