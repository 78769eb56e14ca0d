/**
 * A message that names what it sends only as "the X" ("… then email the order to orders@x") says the
 * sentence that told about X when that sentence could not be planned itself ("Need 200 doses of rabies
 * vaccine ordered from VetSupply."): the left-out context is the message, not the bare noun.
 */
type Step = Record<string, unknown>;

const CONTENT_KEYS = ['body', 'text', 'subject'];
/** A message's words that are only its own verb and destination: "Post it in #general", "Email all-staff@x". */
const RESTATED = /^(?:post|send|email|e-mail|mail|share|announce|tell|notify|dm|message|forward|put)\s+(?:it|this|that|the\s+news)?\s*(?:(?:in|to|on|into)\s+)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+|@[\w.-]+|(?:the\s+)?(?:whole\s+)?(?:team|channel|crew|staff)|everyone|everybody|people|all|him|her|them)?(?:\s+(?:in|on|via|by)\s+(?:an?\s+)?(?:slack(?:\s+(?:dm|direct\s+message|message))?|dm|direct\s+message|e-?mail))?$/i;
const POINTS_BACK = /^(?:request|details|info|information|situation|news|problem|issue|ask|need|shortage)$/;

/** Fills such messages in place; returns the context sentences used. */
export function bodyFromContext(steps: Step[], request: string, unmapped: { text: string }[], used = new Set<string>()): Set<string> {
  if (!unmapped.length) return used;
  for (const s of steps) {
    const params = s.parameters as Record<string, unknown> | undefined;
    // ("Brookfield's steriliser is due its annual service. Need an asana task for it, …": what "it" is, is the sentence before)
    if (params) for (const k of ['name', 'title']) {
      const long = unmapped.filter((u) => u.text.split(/\s+/).length >= 4);
      if (params[k] === `{{inputs.${k}}}` && long.length && /\b(?:for|about|on)\s+(?:it|this|that)\b/i.test(request)) { params[k] = long.at(-1)!.text; used.add(long.at(-1)!.text); }
    }
    // ("Email a@x. Subject 'Gala - save the date'. Gala is May 17 at the Pavilion.": the news is the body the subject left empty)
    if (params && typeof params.body === 'string' && params.body === params.subject && request.includes(params.body)) {
      // (said after the subject: a sentence before the step is what led to it, not what it says)
      const long = unmapped.filter((u) => u.text.split(/\s+/).length >= 4 && request.indexOf(u.text) > request.indexOf(params.body as string));
      if (long.length) { params.body = long.at(-1)!.text; used.add(long.at(-1)!.text); }
    }
    if (params) for (const k of CONTENT_KEYS) {
      const v = params[k];
      if (typeof v !== 'string') continue;
      // ("Holiday party is Friday at 4pm. Post it in #general and email all-staff@x": words that only restate the step are the news told before)
      const restated = RESTATED.test(v) && !s.dependencies?.toString();
      const long = unmapped.filter((u) => u.text.split(/\s+/).length >= 4);
      if (restated && long.length) { params[k] = long.at(-1)!.text; used.add(long.at(-1)!.text); continue; }
      // ("Leg 2 dust collector just tripped. Post in #safety that it's down": "it" is what the sentence before was about)
      const it = /^it(?:['’]s|\s+is|\s+has|\s+was)\s/i.exec(v);
      const about = it && k !== 'subject' ? long.map((u) => /^((?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:just\s+|has\s+|is\s+|was\s+|went\s+|got\s+)?(?:[a-z]+ed|went|broke|died|is|was|has)\b/i.exec(u.text)).findLast(Boolean) : undefined;
      if (about && !/^(?:i|we|they|it|this|that|there)$/i.test(about[1])) { params[k] = `${about[1]}${v.slice(2)}`; continue; }
      if (k === 'subject' || !/^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(v)) continue;
      if (!new RegExp(`\\b(?:the|this|that|our|my)\\s+${v.toLowerCase()}\\b`, 'i').test(request)) continue;
      const head = v.toLowerCase().split(' ').at(-1)!;
      const stem = head.length > 5 ? head.slice(0, -2) : head;
      // (a word that only points back — "the request", "the details" — points at the one sentence told)
      const told = long.find((u) => new RegExp(`\\b${stem}`, 'i').test(u.text)) ?? (POINTS_BACK.test(head) && long.length === 1 ? long[0] : undefined);
      if (told) { params[k] = told.text; used.add(told.text); }
    }
    for (const key of ['steps', 'then', 'else']) if (Array.isArray(s[key])) bodyFromContext(s[key] as Step[], request, unmapped, used);
  }
  return used;
}
