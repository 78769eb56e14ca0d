/**
 * Context told in a sentence the planner could not plan itself ("Need 200 doses of rabies vaccine ordered from
 * VetSupply.", "Holiday party is Friday at 4pm.", "Leg 2 dust collector just tripped.") is what a step said too thinly
 * is about: a message that names what it sends only as "the order" or "the request", one whose words only restate its
 * own verb and destination ("Post it in #general"), one that says "it's down", an email whose body would only repeat
 * its subject, a task made "for it" with no name of its own, a nudge "about it", and
 * a task's due date said with the need ("We need the SSL cert renewed by 2026-12-01.").
 */
type Step = Record<string, unknown>;

const CONTENT_KEYS = ['body', 'text', 'subject'];
/** A message's words that are only its own verb and destination: "Post it in #general", "Email all-staff@x". */
const RESTATED = /^(?:post|send|email|e-mail|mail|share|announce|tell|notify|dm|message|forward|put)\s+(?:it|this|that|the\s+news)?\s*(?:(?:in|to|on|into)\s+)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+|@[\w.-]+|(?:the\s+)?(?:whole\s+)?(?:team|channel|crew|staff)|everyone|everybody|people|all|him|her|them)?(?:\s+(?:in|on|via|by)\s+(?:an?\s+)?(?:slack(?:\s+(?:dm|direct\s+message|message))?|dm|direct\s+message|e-?mail))?$/i;
/** Words that only point back at what was told: "the request", "the details". */
const POINTS_BACK = /^(?:request|details|info|information|situation|news|problem|issue|ask|need|shortage)$/;
/** What a statement is about: the words before its verb ("Leg 2 dust collector" just tripped). */
const SUBJECT = /^((?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:just\s+|has\s+|is\s+|was\s+|went\s+|got\s+)?(?:[a-z]+ed|went|broke|died|is|was|has)\b/i;

/** Fills such steps in place; returns the context sentences used, each with how it was read. */
export function bodyFromContext(steps: Step[], request: string, unmapped: { text: string }[], used = new Map<string, string>()): Map<string, string> {
  // (a sentence of four words or more: "Good news for @alice" names who, not what)
  const told = unmapped.filter((u) => u.text.split(/\s+/).length >= 4);
  if (!told.length) return used;
  // (each sentence used, with how it was read)
  const take = (u: { text: string }, how = 'what the message says') => { used.set(u.text, how); return u.text; };
  for (const s of steps) {
    const params = s.parameters as Record<string, unknown> | undefined;
    // ("We need the SSL cert renewed by 2026-12-01. … raise an Asana task …": the date the need was told with)
    if (params && s.operation === 'create_task' && params.due_date === undefined) {
      const by = told.map((u) => /\bby\s+(\d{4}-\d{2}-\d{2})\b/.exec(u.text)).find(Boolean);
      if (by) { params.due_date = by[1]; take(told.find((u) => u.text.includes(by[1]))!, 'the task\'s due date'); }
    }
    if (params) fill(params, !s.dependencies?.toString());
    for (const key of ['steps', 'then', 'else']) if (Array.isArray(s[key])) bodyFromContext(s[key] as Step[], request, unmapped, used);
  }
  return used;

  function fill(params: Record<string, unknown>, first: boolean): void {
    // ("Brookfield's steriliser is due its annual service. Need an asana task for it, …": what "it" is, is the sentence before)
    for (const k of ['name', 'title']) if (params[k] === `{{inputs.${k}}}` && /\b(?:for|about|on)\s+(?:it|this|that)\b/i.test(request)) params[k] = take(told.at(-1)!);
    // ("Email a@x. Subject 'Gala - save the date'. Gala is May 17 at the Pavilion.": the news is the body the subject left
    // empty — said after the subject: a sentence before the step is what led to it, not what it says)
    if (typeof params.body === 'string' && params.body === params.subject && request.includes(params.body)) {
      const after = told.filter((u) => request.indexOf(u.text) > request.indexOf(params.body as string));
      if (after.length) params.body = take(after.at(-1)!);
    }
    for (const k of CONTENT_KEYS) {
      const v = params[k];
      if (typeof v !== 'string') continue;
      // ("Holiday party is Friday at 4pm. Post it in #general and email all-staff@x": words that only restate the step)
      if (RESTATED.test(v) && first) { params[k] = take(told.at(-1)!); continue; }
      // ("People keep forgetting to update the sprint board. … nudge #standup about it": what "it" is, is what was told)
      const aboutIt = /^(?:reminder:\s*)?(?:nudge|remind|ping|tell|notify|alert|message)\s+\S+\s+about\s+(?:it|this|that)$/i.test(v) && k !== 'subject';
      if (aboutIt) { params[k] = `Reminder: ${take(told.at(-1)!, 'what the reminder is about').replace(/^(?:people|everyone|everybody|folks|we|the\s+team|they)\s+(?:keep|keeps)\s+forgetting\s+to\s+/i, '')}`; continue; }
      // ("Leg 2 dust collector just tripped. Post in #safety that it's down": "it" is what the sentence before was about)
      const about = /^it(?:['’]s|\s+is|\s+has|\s+was)\s/i.test(v) && k !== 'subject' ? told.map((u) => SUBJECT.exec(u.text)).findLast(Boolean) : undefined;
      if (about && !/^(?:i|we|they|it|this|that|there)$/i.test(about[1])) { params[k] = `${about[1]}${v.slice(2)}`; continue; }
      // ("… then email the order to orders@x": the sentence that told of the order; "the request": the one sentence told)
      if (k === 'subject' || !/^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(v) || !new RegExp(`\\b(?:the|this|that|our|my)\\s+${v.toLowerCase()}\\b`, 'i').test(request)) continue;
      const head = v.toLowerCase().split(' ').at(-1)!;
      const stem = head.length > 5 ? head.slice(0, -2) : head;
      const of = told.find((u) => new RegExp(`\\b${stem}`, 'i').test(u.text)) ?? (POINTS_BACK.test(head) && told.length === 1 ? told[0] : undefined);
      if (of) params[k] = take(of);
    }
  }
}
