/**
 * Requests written as action items in meeting minutes: "ACTION — post 'Deploy finished' in #releases", "Action item:
 * …", "Next steps: …", "Decision: cert renewal sits with ops, follow-up: create an Asana task …", "Owner: the
 * automation.", "ACTION — Renew SSL certificate / Owner: ops-team | Due: 2026-12-01 | Priority: high / Track it as a
 * task in Asana." The labels go, a decision is context for its follow-up (which is the request), an owner that is the
 * automation says nothing, and a line of "Owner: … | Due: … | Priority: …" fields gives the details of the item it
 * follows; an item named only by its title and tracked "as a task" is a task by that name. Runs before the other
 * readers; quoted words, addresses, URLs and paths are left as typed; a request without these labels is unchanged.
 */
import { labelled } from './brackets.ts';
import { capSentences } from './text.ts';
import { keepingValues } from './values-kept.ts';

/** Marks of minutes; without one of them nothing here runs. */
const MARKS = /(?:^|\n)\s*(?:action(?:\s+item)?s?|next\s+steps?|follow[- ]?ups?|decision)\s*(?::|—|–|\s-\s)|\bowner\s*:\s*(?:the\s+)?(?:automation|workflow|bot)\b|\bfollow[- ]?up\s*:/i;

/** The label that opens an item. */
const LABEL = /^\s*(?:action(?:\s+item)?s?|next\s+steps?|follow[- ]?ups?|to-?do)\s*(?::|—|–|\s-\s)\s*/i;

/** "Owner: ops-team | Due: 2026-12-01 | Priority: high": the item's details, said in words. */
function fieldsLine(line: string): string | undefined {
  const parts = line.split(/\s*\|\s*/);
  if (parts.length < 2 && !/^\s*(?:owner|due|priority|assignee)\s*:/i.test(line)) return undefined;
  const said = parts.map((p) => { const m = /^\s*([A-Za-z ]+?)\s*:\s*(.+?)\s*$/.exec(p); return m ? labelled(m[1].toLowerCase() === 'owner' ? 'assignee' : m[1], m[2]) : undefined; });
  return said.every(Boolean) ? said.join(', ') : undefined;
}

/** The request without the layout of minutes; unchanged when it has none. */
export function minutesRead(request: string): string {
  if (!MARKS.test(request)) return request;
  return keepingValues(request, (words) => {
    const out: string[] = [];
    for (const raw of words.split('\n')) {
      let line = raw.replace(LABEL, '').trim();
      // "Owner: the automation." says nothing; "Owner: ops-team | Due: …" is the item's details
      line = line.replace(/(?:^|[.;]\s*|\s*\(\s*)owner\s*:\s*(?:the\s+)?(?:automation|workflow|bot|system)\s*\)?\s*\.?/gi, '').trim();
      if (!line) continue;
      const fields = fieldsLine(line);
      if (fields && out.length) { out[out.length - 1] = `${out[out.length - 1].replace(/[.!]$/, '')}, ${fields}`; continue; }
      // "Decision: X, follow-up: Y": Y
      line = line.replace(/^\s*decision\s*[:—–]\s*.+?(?:[,.;]\s*|\s+)(?:and\s+)?follow[- ]?ups?\s*[:—–]\s*/i, '').replace(/^\s*decision\s*[:—–]\s*/i, '');
      // "Track it as a task in Asana." after an item named only by its title: a task by that name
      const track = /^(?:track|log|file|keep)\s+(?:it|this)\s+as\s+an?\s+(task|ticket|issue)(?:\s+in\s+(asana|github))?\s*\.?$/i.exec(line);
      if (track && out.length) { out[out.length - 1] = `Create ${track[2] ? `an ${track[2]} ` : 'a '}${track[1]} called '${out[out.length - 1].replace(/,.*$/, '').replace(/[.!]$/, '')}'${/,/.test(out[out.length - 1]) ? out[out.length - 1].slice(out[out.length - 1].indexOf(',')) : ''}`; continue; }
      out.push(line);
    }
    return capSentences(out.map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join(' '));
  });
}
