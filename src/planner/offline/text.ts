/**
 * Text helpers: literal spans (quoted strings, URLs, emails, JSON) are swapped for placeholders
 * (`\uE000n\uE001`) so splitting and matching never cut through them; a light stemmer; tokens.
 */

/** A phrase rewrite: a pattern and what replaces it ("$1" in a string, or a function of the match). */
export type Rewrite = [RegExp, string | ((...m: string[]) => string)];

/** The text with each rewrite applied in turn. */
export function rewriteAll(text: string, rules: readonly Rewrite[]): string {
  // (the two branches are one call: TypeScript picks String#replace's overload by the replacement's type)
  return rules.reduce((t, [re, to]) => (typeof to === 'string' ? t.replace(re, to) : t.replace(re, to)), text);
}

export type SpanKind = 'quote' | 'url' | 'email' | 'json' | 'code' | 'spec';
export interface Span { kind: SpanKind; text: string; raw: string }

export const PH = /\uE000(\d+)\uE001/g;
export const PH1 = /\uE000(\d+)\uE001/;
export const ph = (i: number): string => `\uE000${i}\uE001`;

/** Replaces literal spans with placeholders; returns the text and the spans. */
export function protect(input: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  const put = (kind: SpanKind, text: string, raw: string): string => { spans.push({ kind, text, raw }); return ` ${ph(spans.length - 1)} `; };
  let t = input.replace(/\r\n?/g, '\n');
  // Code spans and JSON objects first (they may contain quotes).
  t = t.replace(/`([^`]+)`/g, (m, s: string) => put('code', s, m));
  t = replaceJson(t, (s) => put('json', s, s));
  // Unquoted SQL after "run/execute/query … with/using": the statement up to "against/on/in the db", a clause
  // break, ", and"/"and" or a comma before another action, or the end.
  const next = '(?:then|if|when|save|write|store|export|dump|email|e-mail|mail|send|post|notify|tell|dm|message|alert|share|create|open|put|upload|summari[sz]e|reshape|transform|convert|format|turn|attach|append|print|show|list|ask|have|use|drop\\s+(?:it|them|the)|ping|let|text|forward|log|file|explain|analy[sz]e|classify|translate|draft|generate|compose|rank|pick|count|compute|calculate|close|complete|delete|update|comment|add|fetch|get|call|read|wait|pause|notify|give|group|sort|organi[sz]e|cluster|categori[sz]e|[a-z]+\\s+with\\s+ai)\\b(?!\\s*\\()';
  // (a second statement joined by "and": "select … from a where … and select … from b …")
  const sqlRe = new RegExp(`((?:\\b(?:run|runs|running|execute|executes|executing|exec|query|with|using|via|pull|fetch|grab|load|check|get|look\\s+up|if|when|whether|(?:output|results?|rows)\\s+of)\\s+|\\band\\s+(?=select\\s)|\\b(?:in\\s+parallel|simultaneously|at\\s+the\\s+same\\s+time)\\s*[:,]?\\s*(?=select\\s)|:\\s*)(?:(?:the|this|an?)\\s+)?(?:(?:sql|query|statement)\\s*:?\\s+)?)((?:select\\s+[\\s\\S]+?\\s+from\\s|insert\\s+into\\s|update\\s+[\\w."]+\\s+set\\s|delete\\s+from\\s|(?:create|drop|alter|truncate)\\s+(?:table|index|view|schema|unique\\s+index)\\s|with\\s+\\w+\\s+as\\s*\\(|(?:vacuum|analyze|reindex|pragma|explain)\\b|refresh\\s+materialized\\s+view\\s|show\\s+(?:tables|databases|columns|schemas)\\b|call\\s+\\w+\\s*\\((?!\\s*(?:select|with)\\b))[\\s\\S]*?)(?=\\s+(?:against|on|in|from)\\s+(?:the\\s+|our\\s+)?(?:[\\w-]+\\s+)?(?:database|db)\\b|\\s+(?:against|on|in)\\s+(?:[\\w./~-]+\\.(?:db|sqlite3?)|postgres(?:ql)?:\\/\\/\\S+)(?=[\\s,;.]|$)|\\s+(?:into|to)\\s+(?:the\\s+file\\s+|a\\s+file\\s+)?(?:[\\w.-]*\\/[\\w./-]*|[\\w-]+\\.(?:json|csv|txt|md|log|xlsx?|ndjson|jsonl|tsv))(?=[\\s,;.]|$)|\\s*[,;]\\s*(?:and\\s+)?then\\b|\\s*,\\s*and\\b|\\s+(?:returns?|gives?\\s+back|comes?\\s+back(?:\\s+with)?|shows?|has|is)\\s+(?:more|fewer|less|over|under|above|below|higher|greater|bigger|lower|smaller|at\\s+least|at\\s+most|no|any|zero|nothing|empty|\\d)|\\s*,\\s*(?:the|our|my|a|an)\\s+[a-z]+(?:\\s+[a-z]+)?\\s+(?:has|have|must|needs?|should|will|can|is|are)\\b|\\s+and\\s*,|\\s+and\\s+(?=select\\s[\\s\\S]+?\\sfrom\\s)|\\s+once\\s+(?:per|for\\s+each)\\b|\\s+(?:once|after|before|when|unless)\\s+(?:the|a|an|someone|somebody|we|you|they|it['’]s|that|this)\\s+(?:[a-z-]+\\s+){0,4}?(?:has|have|is|are|was|approves?|approved|signs?|signed|agrees?|confirms?|says)\\b|\\s*,?\\s+and\\s+(?:for\\s+)?(?:each|every)\\s+[a-z]|\\s*,\\s*for\\s+(?:each|every)\\s+[a-z]|\\s*,?\\s+and\\s+${next}|\\s*,\\s*${next}|\\s+then\\b|\\s*;|[.!]?\\s*$|\\.\\s+[A-Z])`, 'gi');
  t = t.replace(sqlRe, (_m, pre: string, sql: string) => `${pre}${put('code', sql.trim(), sql.trim())}`);
  // SQL in brackets: "yesterday's refund total (select sum(amount) from refunds where …)", "(update orders set …)"
  // (brackets inside may nest two deep: "date_trunc('week', now())")
  const inner = String.raw`(?:[^()]|\((?:[^()]|\([^()]*\))*\))*`;
  t = t.replace(new RegExp(String.raw`\((\s*(?:(?:select|with)\s${inner}?\bfrom\b|update\s+[\w."]+\s+set\s|insert\s+into\s|delete\s+from\s)${inner})\)`, 'gi'), (_m, sql: string) => `with ${put('code', sql.trim(), sql.trim())}`);
  // SQL in single quotes that holds quoted values of its own: "run 'select … interval '7 days' group by clinic' on the database"
  // (it closes at the first quote after an even number of inner ones that ends a word: "… status = 'pending' AND x > 3'")
  t = t.replace(/(?<=^|[\s(:])'(?=(?:select|insert|update|delete|with)\s)[^\n]*/gi, (line: string) => {
    for (let at = line.indexOf("'", 1), inner = 0; at > 0; at = line.indexOf("'", at + 1), inner++) {
      if (inner % 2 || !/^(?:[\s,.;:)!?\]]|$)/.test(line.slice(at + 1, at + 2))) continue;
      const sql = line.slice(1, at);
      return /'/.test(sql) ? `${put('code', sql, line.slice(0, at + 1))}${line.slice(at + 1)}` : line;
    }
    return line;
  });
  // Quotes: "…", “…”, ‘…’, '…' (a ' that opens follows start/space/punct and closes before end/space/punct).
  t = t.replace(QUOTED, (m, a, b, c, d) => put('quote', (a ?? b ?? c ?? d) as string, m));
  // channel specs of the notify kind: "email:ops@x.com", "slack:#alerts", "slack:@ann"
  t = t.replace(/\b(?:slack|email|mail|sms):[#@]?[\w.@+-]*[\w]/gi, (m) => put('spec', m, m));
  // (a URL may hold a placeholder for a loop's item: "https://x/regions/<region>")
  t = t.replace(/\bhttps?:\/\/(?:[^\s<>"'`]|<[\w-]+>)*(?:[^\s<>"'`.,;:!?)\]]|<[\w-]+>)/gi, (m) => put('url', m, m));
  t = t.replace(/\b(?:www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]])?/gi, (m) => put('url', `https://${m}`, m));
  t = t.replace(/(?<![\w.+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi, (m) => put('email', m, m));
  return { text: t.replace(/[ \t]+/g, ' ').trim(), spans };
}

/** A quoted string: "…", “…”, ‘…’, '…' (a ' that opens follows start/space/punct and closes before end/space/punct). */
/** A quoted value once its words are masked for the rewrites (`'\uE100n\uE101'`, see planOffline). */
export const MASKED_QUOTE = String.raw`['"‘“]\uE100\d+\uE101['"’”]`;

export const QUOTED = /"([^"\n]+)"|“([^”\n]+)”|‘([^’\n]+)’|(?<=^|[\s(:=,[{])'((?:[^'\n]|'(?=[a-z]))+?)'(?=$|[\s).,;:!?\]}])/gi;

/** Finds balanced {…} / […] JSON values and replaces them. */
function replaceJson(t: string, put: (s: string) => string): string {
  let out = '';
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    if (c === '{' || (c === '[' && /^\[\s*[{["\d]/.test(t.slice(i)))) {
      const end = matchBracket(t, i);
      if (end > i) {
        const s = t.slice(i, end + 1);
        try { JSON.parse(s); out += put(s); i = end + 1; continue; } catch { /* not JSON */ }
      }
    }
    out += c;
    i++;
  }
  return out;
}

function matchBracket(t: string, start: number): number {
  let depth = 0;
  let inStr = false;
  for (let i = start; i < t.length; i++) {
    const c = t[i];
    if (inStr) { if (c === '\\') i++; else if (c === '"') inStr = false; continue; }
    if (c === '"') inStr = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') { depth--; if (depth === 0) return i; }
  }
  return -1;
}

/** Puts the literal text of placeholders back (quotes keep their content only). */
export function restore(text: string, spans: Span[], keepQuotes = false): string {
  return text.replace(PH, (_, n) => { const s = spans[Number(n)]; return s ? (keepQuotes ? s.raw : s.text) : ''; }).replace(/\s+/g, ' ').trim();
}

const IRREGULAR: Record<string, string> = {
  sent: 'send', wrote: 'write', written: 'write', ran: 'run', made: 'make', began: 'begin', begun: 'begin', got: 'get', gotten: 'get',
  told: 'tell', left: 'leave', kept: 'keep', put: 'put', read: 'read', set: 'set', found: 'find', gave: 'give', given: 'give', did: 'do', done: 'done',
  children: 'child', people: 'person', went: 'go', gone: 'go', came: 'come', broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose',
  summarise: 'summarize', summarised: 'summarize', summarising: 'summarize', analyse: 'analyze', emails: 'email', emailed: 'email', emailing: 'email',
  news: 'news', status: 'status', ops: 'ops', https: 'http', was: 'be', is: 'be', are: 'be', were: 'be', been: 'be', data: 'data', slack: 'slack',
};

const stemCache = new Map<string, string>();
/** A small suffix-stripping stemmer (consistent rather than linguistically exact). */
/** A plural noun's singular ("cities" → "city", "boxes" → "box", "skus" → "sku"); other words unchanged. */
export function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return w;
}

export function stem(word: string): string {
  const w0 = word.toLowerCase().replace(/^[^a-z0-9#@]+|[^a-z0-9]+$/g, '').replace(/'s$/, '');
  const hit = stemCache.get(w0);
  if (hit !== undefined) return hit;
  let w = IRREGULAR[w0] ?? w0;
  if (!IRREGULAR[w0] && w.length > 3 && /^[a-z]+$/.test(w)) {
    w = w.replace(/ise$/, 'ize').replace(/ised$/, 'ized').replace(/ising$/, 'izing');
    if (/ies$/.test(w) && w.length > 4) w = w.slice(0, -3) + 'y';
    else if (/(ss|us|is)$/.test(w)) { /* keep */ }
    else if (/(ches|shes|xes|sses|zes)$/.test(w)) w = w.slice(0, -2);
    else if (/s$/.test(w)) w = w.slice(0, -1);
    if (/ing$/.test(w) && w.length > 5) { w = w.slice(0, -3); if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1); }
    else if (/ied$/.test(w) && w.length > 4) w = w.slice(0, -3) + 'y';
    else if (/ed$/.test(w) && w.length > 4) { w = w.slice(0, -2); if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1); }
    if (/e$/.test(w) && w.length > 3) w = w.slice(0, -1);
  }
  stemCache.set(w0, w);
  return w;
}

/** Word tokens (letters, digits, ' - _) with their offsets; placeholders are skipped. */
export function words(text: string): { w: string; i: number }[] {
  const out: { w: string; i: number }[] = [];
  for (const m of text.matchAll(/\uE000\d+\uE001|[A-Za-z0-9][A-Za-z0-9'_-]*/g)) {
    if (m[0].startsWith('\uE000')) continue;
    out.push({ w: m[0], i: m.index! });
  }
  return out;
}

export function cap(s: string): string {
  const t = s.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(t)) return t; // a URL stays as written
  return t ? t[0].toUpperCase() + t.slice(1) : t;
}

export function snake(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 40) || 'value';
}

/** Trims connectors and punctuation from both ends of a fragment. */
/** "… quarter. please have …" → "… quarter. Please have …": each sentence starts with a capital, so it is still read as a sentence. */
/** Where one sentence ends: after . ! ? and space, but not after an abbreviation ("Morrison v. Delgado", "e.g. this"). */
export const SENTENCE_BREAK = String.raw`(?<=[.!?])(?<!(?:^|[\s(])(?:[Vv]s?|[Ee]\.g|[Ii]\.e|[Ee]tc|M(?:r|rs|s)|Dr|St|[Aa]pprox|Inc|Ltd|Co|Jr|Sr|Mt|Ave|Rd|[Dd]ept)\.)\s+`;

export function sentenceStarts(s: string): string {
  return s.replace(new RegExp(`${SENTENCE_BREAK}([a-z])`, 'g'), (m: string, c: string) => m.slice(0, -1) + c.toUpperCase());
}

/** Every sentence begun with a capital, the first one too (what a reader's rewrite left in lower case). */
export function capSentences(s: string): string {
  return s.replace(/(^|[.!?]\s+)\p{Ll}/gu, (c) => c.toUpperCase());
}

export function tidy(s: string): string {
  return s.replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/g, '').replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
}

/** A verb in the third person said plainly (the inverse of clause-words' `thirdPerson`): "sends" → "send", "fetches" → "fetch", "notifies" → "notify", "has" → "have". */
export function plainOfThirdPerson(v: string): string {
  const l = v.toLowerCase();
  if (l === 'has') return 'have';
  if (l === 'goes') return 'go';
  if (/ies$/.test(l)) return `${v.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|o|zz)es$/.test(l)) return v.slice(0, -2);
  return v.slice(0, -1);
}

/**
 * The words before the step's noun when a clause is only a noun phrase naming a step ("changelog review task",
 * "a quick status email"), or undefined ("send the weekly email" has a determiner after its first word).
 */
export function bareNounStep(t: string): string[] | undefined {
  const m = /^\s*(?:an?\s+|the\s+|new\s+)?((?:[\w-]+\s+){0,4}?)(task|ticket|issue|email|e-mail|mail|message|note|reminder|alert)\s*[.!]?\s*$/i.exec(t.replace(/\uE000\d+\uE001/g, 'x'));
  if (!m) return undefined;
  const mods = m[1].split(/\s+/).filter(Boolean);
  return mods.some((w) => /^(?:and|then|or|if|when|but|the|a|an|my|our|your|this|that|it|to|for)$/i.test(w)) ? undefined : mods;
}
