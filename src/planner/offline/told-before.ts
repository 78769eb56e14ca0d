/**
 * A message that names what it sends only as "the X" ("… then email the order to orders@x") says the
 * sentence that told about X when that sentence could not be planned itself ("Need 200 doses of rabies
 * vaccine ordered from VetSupply."): the left-out context is the message, not the bare noun.
 */
type Step = Record<string, unknown>;

const CONTENT_KEYS = ['body', 'text'];
const POINTS_BACK = /^(?:request|details|info|information|situation|news|problem|issue|ask|need|shortage)$/;

/** Fills such messages in place; returns the context sentences used. */
export function bodyFromContext(steps: Step[], request: string, unmapped: { text: string }[], used = new Set<string>()): Set<string> {
  if (!unmapped.length) return used;
  for (const s of steps) {
    const params = s.parameters as Record<string, unknown> | undefined;
    if (params) for (const k of CONTENT_KEYS) {
      const v = params[k];
      if (typeof v !== 'string' || !/^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(v)) continue;
      if (!new RegExp(`\\b(?:the|this|that|our|my)\\s+${v.toLowerCase()}\\b`, 'i').test(request)) continue;
      const head = v.toLowerCase().split(' ').at(-1)!;
      const stem = head.length > 5 ? head.slice(0, -2) : head;
      const long = unmapped.filter((u) => u.text.split(/\s+/).length >= 4);
      // (a word that only points back — "the request", "the details" — points at the one sentence told)
      const told = long.find((u) => new RegExp(`\\b${stem}`, 'i').test(u.text)) ?? (POINTS_BACK.test(head) && long.length === 1 ? long[0] : undefined);
      if (told) { params[k] = told.text; used.add(told.text); }
    }
    for (const key of ['steps', 'then', 'else']) if (Array.isArray(s[key])) bodyFromContext(s[key] as Step[], request, unmapped, used);
  }
  return used;
}
