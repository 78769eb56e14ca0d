/**
 * Reading template inputs out of a request. A template declares, per input, an ordered list of
 * extractors (`"email"`, `"channel"`, `"date"`, … or `{pattern, flags}` with one capture
 * group); the first that finds something wins. Values taken from user text never carry `{{ }}`
 * (user text is data: it must not become an expression when inlined into a workflow).
 *
 * `intentText` is the request with its quoted text, URLs, email addresses, #channels and
 * @mentions removed: what the request *asks for*, not the content it carries, so that
 * "Post 'Deploy finished' to #releases" does not look like a deployment.
 */
import { loadChrono } from '../chrono.ts';

export type ExtractSpec = string | { pattern: string; flags?: string; group?: number };

const QUOTED = /(?<![\w])"([^"]{1,500})"(?![\w])|(?<![\w])'([^']{1,500})'(?![\w])|“([^”]{1,500})”|‘([^’]{1,500})’/g;
const URL_RE = /\bhttps?:\/\/[^\s<>"'`)\]]+/gi;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
const CHANNEL_RE = /(?<![\w&/])#[a-z0-9][\w.-]*/gi;
const MENTION_RE = /(?<![\w])@[\w.-]+/g;

/** The request without carried content (quotes, URLs, addresses, channels, mentions), lower case. */
export function intentText(request: string): string {
  return request.replace(QUOTED, ' ').replace(URL_RE, ' ').replace(EMAIL_RE, ' ').replace(CHANNEL_RE, ' ').replace(MENTION_RE, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Removes expression delimiters from user-provided text. */
export function asData(s: string): string {
  return s.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');
}

const trimUrl = (u: string) => u.replace(/[.,;:!?]+$/, '');
const all = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => m[0]);

const ENVIRONMENTS: Record<string, string> = { production: 'production', prod: 'production', staging: 'staging', stage: 'staging', development: 'development', dev: 'development', qa: 'qa', test: 'test', sandbox: 'sandbox' };
const PRIORITY: Record<string, string> = { low: 'low', medium: 'medium', normal: 'medium', high: 'high', urgent: 'urgent', critical: 'urgent' };
const NAME_CUES = /\b(?:hire|hires|employee|starter|colleague|member|onboard|onboarding|welcome|for|named|called)\b/gi;
const SKIP_WORDS = new Set(['our', 'the', 'new', 'a', 'an', 'hire', 'employee', 'starter', 'colleague', 'team', 'member', 'my']);

/** A person's name after a cue word ("onboard our new hire Jane Doe" → "Jane Doe"). */
function personName(text: string): string | undefined {
  for (const cue of text.matchAll(NAME_CUES)) {
    const words = text.slice(cue.index! + cue[0].length).trim().split(/\s+/);
    let i = 0;
    while (i < words.length && SKIP_WORDS.has(words[i].toLowerCase())) i++;
    const name: string[] = [];
    while (i < words.length && name.length < 3) {
      const w = words[i].replace(/[,.;:!?)]+$/, '');
      if (!/^[A-Z][a-zA-Z'’-]+$/.test(w)) break;
      name.push(w);
      if (w !== words[i]) break;
      i++;
    }
    if (name.length) return name.join(' ');
  }
  return undefined;
}

/** Runs one extractor over the request; undefined when it finds nothing. */
export function extractOne(spec: ExtractSpec, request: string, now: Date = new Date()): unknown {
  if (typeof spec === 'object') {
    let re: RegExp;
    try { re = new RegExp(spec.pattern, spec.flags?.replace(/g/g, '') ?? ''); } catch { return undefined; }
    const m = re.exec(request);
    const v = m?.[spec.group ?? 1]?.trim();
    return v ? asData(v) : undefined;
  }
  const noUrls = request.replace(URL_RE, ' ');
  switch (spec) {
    case 'email': return all(EMAIL_RE, request)[0];
    case 'emails': { const e = [...new Set(all(EMAIL_RE, request))]; return e.length ? e : undefined; }
    case 'channel': return all(CHANNEL_RE, request)[0];
    case 'url': { const u = all(URL_RE, request)[0]; return u ? trimUrl(u) : undefined; }
    case 'urls': { const u = [...new Set(all(URL_RE, request).map(trimUrl))]; return u.length ? u : undefined; }
    case 'quoted': { const m = new RegExp(QUOTED.source).exec(request); const v = m && (m[1] ?? m[2] ?? m[3] ?? m[4]); return v ? asData(v.trim()) : undefined; }
    case 'date': {
      const d = loadChrono().casual.parseDate(request, now, { forwardDate: true });
      return d ? d.toISOString().slice(0, 10) : undefined;
    }
    case 'version': return /\bv?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?\b/.exec(noUrls.replace(EMAIL_RE, ' '))?.[0];
    case 'environment': { const m = /\b(production|prod|staging|stage|development|dev|qa|test|sandbox)\b/i.exec(intentText(request)); return m ? ENVIRONMENTS[m[1].toLowerCase()] : undefined; }
    case 'priority': { const m = /\b(low|medium|normal|high|urgent|critical)\b(?:[- ]priority)?/i.exec(intentText(request)); return m ? PRIORITY[m[1].toLowerCase()] : undefined; }
    case 'severity': { const m = /\b(sev ?[1-4]|p[0-4])\b/i.exec(request); return m ? m[1].toLowerCase().replace(' ', '') : undefined; }
    case 'repo': return /(?<![\w./:-])([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w/])/.exec(noUrls.replace(EMAIL_RE, ' ').replace(/\b\d{1,4}\/\d{1,2}(?:\/\d{1,4})?\b/g, ' '))?.[1];
    case 'hostname': return /(?<![\w@./-])((?=[a-z0-9-]*[a-z])[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?![\w@/-])/i.exec(noUrls.replace(EMAIL_RE, ' '))?.[1]?.replace(/\.$/, '');
    case 'money': return /(?:[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?[kKmM])?|\b\d[\d,]*(?:\.\d+)?\s?(?:USD|EUR|GBP|dollars|euros)\b)/.exec(request)?.[0];
    case 'number': return /\b\d+(?:\.\d+)?\b/.exec(noUrls)?.[0];
    case 'person': { const n = personName(request); return n ? asData(n) : undefined; }
    default: return undefined;
  }
}

/** The first value any of `specs` finds. */
export function extract(specs: ExtractSpec[], request: string, now?: Date): unknown {
  for (const s of specs) {
    const v = extractOne(s, request, now);
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
}
