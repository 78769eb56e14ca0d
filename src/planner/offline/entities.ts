/**
 * Typed entities in a clause: emails, URLs, #channels, @users, quoted strings, SQL, file paths,
 * repositories, ids and numbers, JSON, dates (chrono-node, loaded only when the text has a date
 * word). Each entity keeps its position and the words just before it (its cue).
 */
import { loadChrono } from '../chrono.ts';
import type { EntityKind } from './catalog.ts';
import { NOT_NAMES } from './lexicon.ts';
import { PH, type Span } from './text.ts';

export interface Entity {
  kinds: EntityKind[];
  value: string;
  start: number;
  end: number;
  /** Up to three lower-case words before it. */
  cue: string;
  /** After to/in/into/on/at/for: where the action goes. */
  dest: boolean;
  /** Quote, or a span in the protected text. */
  span?: number;
  used?: boolean;
  /** For dates: YYYY-MM-DD and, when a time was said, an ISO date-time. */
  date?: string;
  datetime?: string;
  hasTime?: boolean;
}

/** SQL by its syntax, so "Update SSL cert" or "Call the bank" stay plain text. */
export const isSql = (t: string) => SQL.test(t) || MAINTENANCE.test(t);
/** Maintenance commands, typed as commands ("VACUUM", "reindex table orders", "pragma integrity_check"), not a sentence ("Reindex complete"). */
const MAINTENANCE = /^\s*(?:VACUUM|ANALYZE|REINDEX|PRAGMA|EXPLAIN)\b|^\s*(?:vacuum|analyze|reindex)(?:\s+(?:full|verbose|table|index|database|schema)\b[^.!?]*)?\s*;?\s*$|^\s*pragma\s+\w+|^\s*explain\s+(?:analyze\s+)?select\b/;
const SQL = /^\s*(?:select\s+[\s\S]+?\bfrom\s|select\s+[\w*(),.'\s]+$|insert\s+into\s|update\s+[\w."]+\s+set\s|delete\s+from\s|(?:create|drop|alter|truncate)\s+(?:table|index|view|schema|database|unique\s+index)\b|with\s+\w+\s+as\s*\(|refresh\s+materialized\s+view\s|show\s+(?:tables|databases|columns|schemas)\b|call\s+\w+\s*\((?!\s*(?:select|with)\b)|(?:grant|revoke)\s+\w+\s+on\s)/i;
const FILE_EXT = 'txt|csv|json|md|markdown|log|ya?ml|xml|html?|pdf|db|sqlite3?|sql|tsv|ini|conf|cfg|env|js|ts|py|png|jpe?g|gif|zip|gz|tar|docx?|xlsx?|pptx?|toml|lock|sh|out|bak|dat|ndjson|jsonl';
const DATE_HINT = /\b(today|tonight|tomorrow|yesterday|next|this|coming|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}|in \d+ (days?|weeks?|months?)|end of (the )?(week|month|day)|noon|midnight|\d{1,2}(:\d\d)?\s*(am|pm)|eod|eow)\b/i;


function cueBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 40), at).toLowerCase().replace(/\uE000\d+\uE001/g, ' ').split(/[^a-z0-9:'-]+/).filter(Boolean).slice(-4).join(' ');
}

const DEST = /(?:^|\s)(to|in|into|on|at|onto|for|via|cc|bcc|and|,)$/;

export function extractEntities(text: string, spans: Span[], now: Date, timezone?: string): Entity[] {
  const out: Entity[] = [];
  const add = (e: Omit<Entity, 'cue' | 'dest'>) => {
    const cue = cueBefore(text, e.start);
    out.push({ ...e, cue, dest: DEST.test(` ${cue}`) });
  };
  for (const m of text.matchAll(PH)) {
    const i = Number(m[1]);
    const s = spans[i];
    if (!s) continue;
    const base = { value: s.text, start: m.index!, end: m.index! + m[0].length, span: i };
    if (s.kind === 'url') add({ ...base, kinds: ['url'] });
    else if (s.kind === 'email') add({ ...base, kinds: ['email'] });
    else if (s.kind === 'json') add({ ...base, kinds: ['json'] });
    else if (s.kind === 'spec') add({ ...base, kinds: ['channel_spec'] });
    else {
      const kinds: EntityKind[] = isSql(s.text) ? ['sql', 'text'] : ['text'];
      if (new RegExp(`^[\\w./-]+\\.(${FILE_EXT})$`, 'i').test(s.text.trim())) kinds.unshift('path');
      else if (/^[\w.-]+\/[\w.-]+$/.test(s.text.trim())) kinds.push('repo', 'path');
      add({ ...base, kinds });
    }
  }
  const masked = text.replace(PH, (m) => ' '.repeat(m.length));
  // (a channel may start with digits: "#311-floor"; "#42" alone is a number)
  for (const m of masked.matchAll(/(?<![\w&#/])#((?:[A-Za-z]|\d+[-_]*[A-Za-z])[\w.-]*[\w]|[A-Za-z])/g)) add({ kinds: ['channel', 'channel_spec'], value: `#${m[1]}`, start: m.index!, end: m.index! + m[0].length });
  for (const m of masked.matchAll(/(?<![\w/])(slack|email):([#@]?[\w.@-]+[\w])/gi)) add({ kinds: ['channel_spec'], value: m[0], start: m.index!, end: m.index! + m[0].length });
  for (const m of masked.matchAll(/(?<![\w/:])@([A-Za-z][\w.-]*[\w]|[A-Za-z])/g)) add({ kinds: ['user', 'channel_spec'], value: `@${m[1]}`, start: m.index!, end: m.index! + m[0].length });
  // Slack member ids ("U04ABCD12", "W012AB3CD")
  for (const m of masked.matchAll(/(?<![\w@#/])[UW](?=[A-Z0-9]*\d)[A-Z0-9]{7,11}(?![\w])/g)) add({ kinds: ['user', 'channel_spec'], value: m[0], start: m.index!, end: m.index! + m[0].length });
  // paths and repositories
  // (a segment may hold a loop's placeholder: "exports/retention_<cohort>.csv")
  for (const m of masked.matchAll(new RegExp(`(?<![\\w/.:@<-])((?:\\.{1,2}/|/)?(?:[\\w.-]|<[\\w-]+>)+(?:/(?:[\\w.-]|<[\\w-]+>)+)+/?)(?![\\w/])`, 'g'))) {
    const v = m[1].replace(/[.]$/, '');
    if (/^\d+(\/\d+)+$/.test(v) || /^(and|or)\/(or|and)$/i.test(v)) continue;
    // ("water/rest breaks are mandatory": two words as alternatives before the plural they describe)
    if (/^[a-z]+\/[a-z]+$/.test(v) && /^\s+[a-z]+s\b/.test(masked.slice(m.index! + v.length)) && !/^\s+(?:issues|pulls|prs|releases|files|folders|docs)\b/.test(masked.slice(m.index! + v.length)) && !/\b(?:in|to|from|into|on|under|repo|repository|at)\s+$/i.test(masked.slice(0, m.index))) continue;
    // (a last segment with an extension, "inbox/ticket_55821.label", is a file; repositories rarely have one)
    const kinds: EntityKind[] = new RegExp(`\\.(${FILE_EXT})$`, 'i').test(v) || /\/[\w-]+\.[a-z]{2,10}$/.test(v) && !/\.(?:js|io|dev|app|net|com|org|py|rs|go)$/i.test(v) || v.split('/').length > 2 || v.endsWith('/') || v.startsWith('.') || v.startsWith('/') ? ['path'] : ['repo', 'path'];
    add({ kinds, value: v, start: m.index!, end: m.index! + v.length });
  }
  // "backups/", "./logs/": a folder named with its slash
  for (const m of masked.matchAll(/(?<![\w/.:@-])((?:\.{1,2}\/)?[\w.-]+\/)(?=\s|$|[,;:!?)])/g)) {
    if (out.some((e) => e.start <= m.index! && e.end > m.index!)) continue;
    add({ kinds: ['path'], value: m[1], start: m.index!, end: m.index! + m[1].length });
  }
  for (const m of masked.matchAll(new RegExp(`(?<![\\w/.-])([\\w-]+\\.(?:${FILE_EXT}))(?![\\w/])`, 'gi'))) {
    if (out.some((e) => e.start <= m.index! && e.end > m.index!)) continue;
    add({ kinds: ['path'], value: m[1], start: m.index!, end: m.index! + m[1].length });
  }
  // "the exports folder", "folder exports" (not "the contract folder link https://…": a link to it, somewhere else)
  for (const m of masked.matchAll(/\b(?:the\s+)?([\w.-]+)\s+(?:folder|directory|dir)\b(?!\s+(?:link|url|address|permalink|share|sharing)\b)|\b(?:folder|directory|dir)\s+([\w./-]+)/gi)) {
    const v = m[1] ?? m[2];
    if (/^(the|a|an|this|that|my|our|whole|entire|same|new|root|workspace|its|their|in|into|from|to|under|inside|within|of|on|at|for|each|every|link|url|address|permalink)$/i.test(v)) continue;
    if (out.some((e) => e.start <= m.index! + m[0].length && e.end >= m.index!)) continue;
    add({ kinds: ['path'], value: v, start: m.index!, end: m.index! + m[0].length });
  }
  // message timestamps: "1718123456.001200" (seconds.micros) is one id
  for (const m of masked.matchAll(/(?<![\w.])\d{9,10}\.\d{3,6}(?![\w.])/g)) add({ kinds: ['id', 'number'], value: m[0], start: m.index!, end: m.index! + m[0].length });
  people(text, masked, out, add);
  // ids: "task 1204", "issue #42", "#42", long digit strings
  for (const m of masked.matchAll(/(?<![\w#])(?:#(\d+)(?![\w-])|(\d{4,})(?![\d/.-]|:\d|\s*(?:am|pm|ms|s|m|h|%|minutes?|hours?|seconds?|days?)\b))/gi)) {
    if (out.some((e) => e.start <= m.index! && e.end > m.index!)) continue;
    const v = m[1] ?? m[2];
    const cue = cueBefore(masked, m.index!);
    if (m[2] && /^(19|20)\d\d$/.test(v) && !/\b(task|issue|ticket|item|id|number|pr|card|order|gid|#)$/.test(cue)) continue;
    add({ kinds: ['id', 'number'], value: v, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of masked.matchAll(/\b(task|issue|ticket|item|id|number|pr|pull request|card|order|row|record|message|comment)\s+(?:no\.?\s*|number\s*|#)?(\d{1,3})\b(?!\s*(?:%|minutes?|hours?|seconds?|days?|am|pm))/gi)) {
    const at = m.index! + m[0].length - m[2].length;
    if (out.some((e) => e.start <= at && e.end > at)) continue;
    add({ kinds: ['id', 'number'], value: m[2], start: at, end: at + m[2].length });
  }
  if (DATE_HINT.test(masked)) {
    try {
      const ch = loadChrono();
      // ids named by their noun ("task 321 to 2026-04-01") are not times or date ranges
      let forDates = masked;
      for (const e of out) if (e.kinds.includes('id') && /\b(task|issue|ticket|item|pr|card|order|no|#)$/.test(e.cue)) forDates = `${forDates.slice(0, e.start)}${' '.repeat(e.end - e.start)}${forDates.slice(e.end)}`;
      for (const r of ch.casual.parse(forDates, now, { forwardDate: true, timezone })) {
        const y = r.start.get('year'), mo = r.start.get('month'), d = r.start.get('day');
        if (!y || !mo || !d) continue;
        const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const hasTime = r.start.isCertain('hour');
        const dt = r.start.date();
        if (out.some((e) => e.start < r.index + r.text.length && e.end > r.index && !e.kinds.includes('id'))) continue;
        // a bare number or "at 5" alone is not a date
        if (/^\d{1,4}$/.test(r.text.trim())) continue;
        for (const e of out) if (e.kinds.includes('id') && e.start >= r.index && e.end <= r.index + r.text.length) e.used = true;
        add({ kinds: hasTime ? ['datetime', 'date'] : ['date', 'datetime'], value: r.text, start: r.index, end: r.index + r.text.length, date, datetime: dt.toISOString(), hasTime });
      }
    } catch { /* chrono unavailable: no dates */ }
  }
  const kept = out.filter((e) => !e.used);
  for (const e of kept) e.used = false;
  return kept.sort((a, b) => a.start - b.start);
}

const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
const ASSIGN_CUE = "(?:(?:re)?assign(?:ed)?(?:\\s+[^\\s,.;:]+){0,4}?\\s+to|(?:give|hand|pass)\\s+(?:it|this|that|them)\\s+(?:over\\s+)?to|owned\\s+by|owner(?:\\s+is)?:?|assignee(?:\\s+is)?:?)";

/**
 * People named in words: "assign it to Tomás Ortega", "give it to maria", "a task … for Leah Novak"
 * (a user); "Marco Rossi at marco@x.com", "Marco Rossi (marco@x.com)" (the name belongs to the address).
 */
function people(text: string, masked: string, out: Entity[], add: (e: Omit<Entity, 'cue' | 'dest'>) => void): void {
  const isName = (n: string) => n.split(/\s+/).every((w) => !NOT_NAMES.test(w)) && !DATE_HINT.test(n);
  const free = (s: number, e: number) => !out.some((x) => x.start < e && x.end > s);
  // the cue in any case, the name after it by its capitals (or one lower-case word after an assigning verb)
  const after = (cue: string, name: string) => {
    const found: { v: string; start: number }[] = [];
    for (const m of masked.matchAll(new RegExp(`\\b${cue}\\s+`, 'gi'))) {
      const re = new RegExp(`(?:${name})(?=$|[\\s,.;:!?)])`, 'uy');
      re.lastIndex = m.index! + m[0].length;
      const n = re.exec(masked);
      if (n) found.push({ v: n[0], start: n.index });
    }
    return found;
  };
  const lowerName = "[a-z][\\w.-]{2,}(?![\\w.-]*\\s+(?:team|channel|group))";
  // (or a handle with a dot: "for sam.t", "for j.doe" — not a file: "for notes.txt")
  const forName = `${NAME}(?!\\s+(?:team|project|channel|department|group|workspace|repo|board)\\b)|(?!\\S*\\.(?:${FILE_EXT})\\b)(?:[a-z]+\\.[a-z]{1,2}|[a-z]\\.[a-z]{2,})(?![\\w.@/-])`;
  // ("for the legal-team": a team named by its handle is who it is for)
  const teamHandle = '(?:the\\s+)?[a-z][\\w]*-(?:team|squad|crew|group|dept|ops)';
  for (const { v: v0, start: s0 } of [...after(ASSIGN_CUE, `${NAME}|${lowerName}`), ...after('for', `${forName}|${teamHandle}`)]) {
    const v = v0.replace(/^the\s+/i, '');
    const start = s0 + v0.length - v.length;
    if (!isName(v) || /^(me|us|him|her|them|myself|everyone|everybody|the|a|an|it|whoever|someone|somebody|nobody|all|each|owner)$/i.test(v) || !free(start, start + v.length)) continue;
    add({ kinds: ['user'], value: v, start, end: start + v.length });
  }
  // a name just before an address is whose address it is
  for (const e of out) {
    if (e.kinds[0] !== 'email') continue;
    const before = new RegExp(`(${NAME})\\s*(?:at|via|on|,)?\\s*[(<]?\\s*$`, 'u').exec(text.slice(Math.max(0, e.start - 60), e.start));
    const s = e.start - (before?.[0].length ?? 0);
    // two words at least, and not the clause's first ("Mail alice@x.com" is a verb and an address)
    if (!before || !isName(before[1]) || !/\s/.test(before[1].trim()) || !text.slice(0, s).trim()) continue;
    if (free(s, e.start)) e.start = s;
  }
}

