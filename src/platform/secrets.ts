/**
 * Secret redaction. Every credential value that enters the process is registered here, and
 * everything that leaves toward a log, an error, run history or an LLM prompt passes through
 * {@link redact}, which replaces any registered value (and its URL-encoded form) with `***`.
 */

const secrets = new Set<string>();
let pattern: RegExp | null = null;

/** Registers a secret value (values shorter than 4 characters are ignored as too common). */
export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < 4 || secrets.has(value)) return;
  secrets.add(value);
  const enc = encodeURIComponent(value);
  if (enc !== value) secrets.add(enc);
  pattern = null;
}

function compiled(): RegExp | null {
  if (secrets.size === 0) return null;
  if (!pattern) {
    const alts = [...secrets].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(alts.join('|'), 'g');
  }
  return pattern;
}

/** Replaces registered secrets in a string. */
export function redact(text: string): string {
  const re = compiled();
  return re ? text.replace(re, '***') : text;
}

/** Deep-redacts strings inside a JSON-like value (returns a new value; the input is untouched). */
export function redactDeep<T>(value: T): T {
  if (!compiled()) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** Masks a URL's password (smtp://user:pass@host → smtp://user:***@host). */
export function maskUrlPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]+:)[^@]*@/i, '$1***@');
}
