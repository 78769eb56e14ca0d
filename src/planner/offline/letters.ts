/**
 * Requests pasted from a letter or a chat message. The greeting line ("Hi there,", "Morning!") and the sign-off ("Cheers,
 * Ana", "Kind regards,\nSofia", "— sent from my phone") go. A P.S. that corrects a value ("Sorry, wrong channel: it should
 * go to #releases, not #deploys", "Make that 9am, not 8", "the file is reports/status.txt, not status.log", "make the
 * subject 'Outage resolved'") changes that value in the request; one that adds a recipient or an item ("Please add
 * bob@x.com to that email too", "Forgot one: carol@z.com should get her own welcome email too") puts it beside the values
 * of its kind; any other P.S. is one more sentence of the request.
 */
import { firstValue, valuesIn } from './value-kinds.ts';

const GREETING = /^\s*(?:hi|hey|hello|hiya|dear|morning|good\s+(?:morning|afternoon|evening|day)|greetings|yo)\b[^.?!\n]{0,40}?[,!:.]?\s*$/i;
const SIGN_OFF = /^\s*(?:[—–-]+\s*)?(?:sent\s+from\s+my\s+\w+|cheers|thanks(?:\s+(?:so\s+much|a\s+lot|again|in\s+advance))?|thank\s+you(?:\s+(?:so\s+much|in\s+advance))?|many\s+thanks|ta|thx|regards|best(?:\s+(?:regards|wishes))?|kind\s+regards|warm\s+regards|all\s+the\s+best|talk\s+soon|speak\s+soon|yours(?:\s+(?:truly|sincerely))?|sincerely|br)\b[^\n]{0,40}$/i;
const NAME_LINE = /^\s*(?:[—–-]+\s*)?\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}\s*[.!]?\s*$/u;
const PS = /^\s*(?:P\.?\s?S\.?|PS)\s*[:,-]?\s*/i;

/** "10-minute" → "10 minutes" (how the request would say it). */
function said(kind: string, v: string): string {
  if (kind !== 'duration') return v;
  const m = /^(\d+)(?:\s+|-)([a-z]+?)s?$/i.exec(v);
  return m ? `${m[1]} ${m[2]}${m[1] === '1' ? '' : 's'}` : v;
}

/** The body with the value of one kind replaced: the one named, else the only one of its kind. */
function replaced(body: string, kind: string, next: string, old?: string): string | undefined {
  const have = valuesIn(body, kind);
  const hit = old !== undefined
    ? have.find((m) => m[0].toLowerCase() === old.toLowerCase()) ?? have.find((m) => m[0].toLowerCase().endsWith(old.toLowerCase()) || (kind === 'time' && new RegExp(`^${old}(?!\\d)`).test(m[0])))
    : undefined;
  const target = hit ?? (have.length === 1 || (have.length > 1 && old === undefined && kind !== 'email') ? have.at(-1) : undefined);
  if (!target) return undefined;
  return body.slice(0, target.index!) + said(kind, next) + body.slice(target.index! + target[0].length);
}

/** One P.S. applied to the body it follows. */
function applyPostscript(body: string, ps0: string): string {
  const ps = ps0.replace(/^(?:(?:sorry|oops|oh|ah|also|correction|actually|on\s+second\s+thought|one\s+more\s+thing|quick\s+fix|my\s+(?:mistake|bad)|wrong\s+\w+(?:,\s*sorry)?)\b[\s,:;.!-]*)+/i, '').trim();
  const first = firstValue(ps);
  // "Please add bob@x to that email too", "Forgot one: carol@z.com should get her own welcome email too", "cc dana@x as well"
  const adds = first && (/\b(?:add|include|cc|copy|also\s+(?:send|email|invite)(?:\s+it)?\s+to)\b/i.test(ps.slice(0, first.at)) || /^forgot\s+(?:one|someone|a\s+\w+)\b/i.test(ps) || /\b(?:too|as\s+well)\s*[.!]?\s*$/i.test(ps));
  if (first && adds && !/\b(?:not|rather\s+than|instead\s+of)\b/i.test(ps)) {
    const last = valuesIn(body, first.kind).at(-1);
    if (last && !body.includes(first.text)) return `${body.slice(0, last.index! + last[0].length)} and ${first.text}${body.slice(last.index! + last[0].length)}`;
  }
  // "it should go to #releases, not #deploys", "oncall@x rather than ops@x", "Make that 9am, not 8", "the channel is #alerts"
  if (first) {
    const rest = ps.slice(first.at + first.text.length);
    const not = /^\s*,?\s*(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?(\S+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)/i.exec(rest);
    const old = not?.[1].replace(/[.,;!?]+$/, '');
    const correcting = old || /\b(?:should|make\s+(?:that|it|the)|is|it's|goes?\s+to|change|use|switch|meant|wrong|correction|instead)\b/i.test(`${ps0.slice(0, ps0.length - ps.length)} ${ps.slice(0, first.at)}`);
    const changed = correcting ? replaced(body, first.kind, first.text, old) : undefined;
    if (changed) return changed;
  }
  // ("P.S. Make it a chocolate cake, please.": a detail of what was asked, with nothing in it to change, adds no step)
  if (!first && /^(?:make\s+(?:it|that|this|the\s+\w+)|it\s+should\s+be|that\s+should\s+be)\b/i.test(ps)) return body;
  return `${body.replace(/\s*$/, '')}${/[.!?]\s*$/.test(body) ? '' : '.'} ${ps}`;
}

/** A signature after a dash: "— Priya, Ops", "-- Dana". */
const DASH_NAME = /^\s*(?:[—–]|--?)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*,\s*[\p{L}&\s-]{1,25})?\s*$/u;

/** The request inside a pasted letter: no greeting, no sign-off, its P.S. applied. */
export function unwrapped(text: string): string {
  if (!/\n/.test(text) && !GREETING.test(text.split(/[,!]/)[0] + ',') && !PS.test(text)) return text;
  const lines = text.split('\n');
  const body: string[] = [];
  const notes: string[] = [];
  let inPs = false;
  let afterSignOff = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) { inPs = false; body.push(''); continue; }
    if (!body.some((b) => b.trim()) && !notes.length && GREETING.test(line) && line.trim().split(/\s+/).length <= 6) continue;
    if (PS.test(line)) { inPs = true; notes.push(line.replace(PS, '')); continue; }
    if (inPs) { notes[notes.length - 1] += ` ${line.trim()}`; continue; }
    if (SIGN_OFF.test(line) && line.trim().split(/\s+/).length <= 6) { afterSignOff = true; continue; }
    // ("— Priya, Ops" as the last line: who wrote it)
    if (DASH_NAME.test(line) && lines.slice(i + 1).every((l) => !l.trim())) continue;
    if (afterSignOff && NAME_LINE.test(line)) continue;
    afterSignOff = false;
    body.push(line);
  }
  let out = body.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  for (const n of notes) out = applyPostscript(out, n.trim());
  return out;
}
