/**
 * Details jotted in brackets inside a sentence, said in words: "Create an Asana task [Renew SSL certificate / ops-team /
 * high / due 2026-12-01]" → "… called 'Renew SSL certificate', assigned to ops-team, high priority, due 2026-12-01";
 * "Slack message (channel=#ops, text='Disk at 90%')" → "Slack message to #ops saying 'Disk at 90%'"; "Check https://…
 * (alert #ops if not 200)" → "Check https://…, then alert #ops if not 200"; "For each address [a / b / c]" → "For each
 * of a, b and c"; "DM @alice (her access request was approved)" → "… saying her access request was approved";
 * "Wait [10 minutes]", "Notify Slack (#alerts)", "(via Slack)", "(to: cfo@x)" → the words without the brackets.
 * Brackets that only add a name to an address ("Marco (marco@x.com)") or SQL ("(select …)") are left to the readers
 * that know them. Runs before anything else reads the request; a request without brackets is returned unchanged.
 */

import { keepingQuotes } from './values-kept.ts';

/** Action verbs that start a step said in brackets. */
const STEP = /^(?:alert|email|e-mail|mail|post|notify|tell|ping|dm|message|send|create|open|close|complete|comment|write|save|read|fetch|get|call|check|run|wait|then|and\s+then)\b/i;
/** A value the planner reads as it is. */
const VALUE = /^(?:#[\w-]+|@[\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|\d+|[\w.-]*\/[\w./-]+|\uE220\d+\uE221)$/;
const APPS = /^(?:asana|slack|github|email|e-mail)$/i;
const PRIORITY = /^(?:high|low|medium|urgent|normal)(?:\s+priority)?$/i;

/** "channel: #ops", "text='X'", "to: cfo@x": a labelled detail, said in words. */
export function labelled(key: string, v: string): string | undefined {
  const k = key.toLowerCase().trim();
  if (/^(?:channel|to|recipients?|where|user|send\s+to|dm)$/.test(k)) return `to ${v}`;
  if (/^(?:text|message|body|msg|content|saying|says)$/.test(k)) return `saying ${v}`;
  if (/^(?:subject|subj)$/.test(k)) return `with the subject ${v}`;
  if (/^(?:title|name|task)$/.test(k)) return /^(?:the\s+)?(?:issue|ticket|form|event|pr)(?:['’]s)?\s+(?:title|name|subject)$/i.test(v) ? `named after the ${v.replace(/^the\s+/i, '')}` : `called ${/^['"‘“\uE220]/.test(v) ? v : `'${v}'`}`;
  if (/^(?:assignee|owner|assigned\s+to|for)$/.test(k)) return `assigned to ${v}`;
  if (/^(?:due|due\s+date|deadline)$/.test(k)) return `due ${v}`;
  if (/^priority$/.test(k)) return `${v} priority`;
  if (/^(?:cc)$/.test(k)) return `cc ${v}`;
  if (/^(?:repo|repository)$/.test(k)) return `in ${v}`;
  if (/^(?:when|time|schedule)$/.test(k)) return v;
  return undefined;
}

/** Parts of a task's bracket: a title, who, how urgent, when due, which app. */
function taskParts(parts: string[]): string {
  const out: string[] = [];
  for (const p0 of parts) {
    const p = p0.trim();
    if (/^(?:id\s+|#|no\.?\s*)?\d+$/i.test(p)) out.push(p.replace(/^\D+/, ''));
    else if (APPS.test(p)) out.push(`in ${p}`);
    else if (PRIORITY.test(p)) out.push(`${p.replace(/\s+priority$/i, '')} priority`);
    else if (/^due\s+/i.test(p)) out.push(p);
    else if (/^\d{4}-\d\d-\d\d$/.test(p)) out.push(`due ${p}`);
    else if (/^@?[a-z][\w.]*-[\w.-]+$|^@[\w.-]+$/.test(p)) out.push(`assigned to ${p}`);
    else if (/^(?:the\s+)?issue\s+title(?:\s+as\s+(?:the|its)\s+name)?$/i.test(p)) out.push('named after the issue title');
    else out.push(/^['"‘“\uE220]/.test(p) ? `called ${p}` : `called '${p}'`);
  }
  return out.join(', ');
}

/** One bracket, said in words, given the words before it. */
function unbracket(before: string, inner0: string): string | undefined {
  const inner = inner0.trim();
  if (!inner) return '';
  // (left to their own readers: SQL, and a person's name with their address)
  if (/^(?:select|with|insert|update|delete)\s/i.test(inner)) return /^(?:run|the\s+query|query|execute)\b|\b(?:query|run|execute)\s*$/i.test(before.trim().split(/\s+/).slice(-2).join(' ')) ? ` '${inner.replace(/'/g, '’')}'` : undefined;
  // "(to: a@x; b@x)", "(repo northstar/api)": who it goes to, where it is filed
  const to = /^(?:to|recipients?)\s*[:=]?\s*((?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s*[;,/]\s*(?:and\s+)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)+)$/i.exec(inner.trim());
  if (to) return ` to ${to[1].split(/\s*[;,/]\s*(?:and\s+)?/).join(' and ')}`;
  const repo = /^(?:repo|repository)\s+([\w.-]+\/[\w.-]+)$/i.exec(inner.trim());
  if (repo) return ` in ${repo[1]}`;
  const sep = /\s+\/\s+|\s*;\s*|\s*,\s*(?=[a-z]+\s*[:=])/i;
  const parts = inner.split(sep).map((x) => x.trim()).filter(Boolean);
  // "(channel=#ops, text='Disk at 90%')", "[channel: #ops / text: 'X']", "(to: cfo@x)"
  const kv = parts.map((p) => /^([a-z][\w\s]{0,20}?)\s*[:=]\s*(.+)$/i.exec(p));
  if (kv.every(Boolean)) {
    const said = kv.map((m) => labelled(m![1], m![2].trim()));
    if (said.every(Boolean)) return ` ${said.join(' ')}`;
  }
  // "For each address [a / b / c]": the items of the loop
  if (/\b(?:for\s+)?(?:each|every)\s+(?:[\w-]+\s*)?$/i.test(before) && parts.length > 1) return ` of ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  // "Create an Asana task [Renew SSL certificate / ops-team / high / due 2026-12-01]", "a task (bug fix)"
  if (/\b(?:task|ticket|to-?do|issue)\s*$/i.test(before)) return ` ${taskParts(parts)}`;
  // "Check https://… (alert #ops in Slack if not 200)", "[post the summary to #product]": another step
  if (STEP.test(inner) && !/^(?:then\s+)?wait\b/i.test(inner)) return `, then ${inner.replace(/^(?:and\s+)?then\s+/i, '')}`;
  // "Weekly reminder (Mondays at 9am / Slack #standup)": when and where
  if (parts.length > 1) return ` ${parts.map((p) => (/^slack\s+(#[\w-]+)$/i.test(p) ? `to ${p.replace(/^slack\s+/i, '')} on Slack` : p)).join(' ')}`;
  // "DM @alice (her access request was approved)": what the message says
  if (/\b(?:dm|message|tell|notify|email|post|ping)\b[^()]*(?:[#@][\w.-]+|[\w.+-]+@[\w-]+\.[\w.-]+|\bon\s+slack|\bby\s+e-?mail)\s*$/i.test(before) && /\b(?:is|are|was|were|has|have|will|can't|won't)\b/i.test(inner) && !VALUE.test(inner)) return ` saying ${inner}`;
  // "Notify Slack (#alerts)", "Wait [10 minutes]", "(via Slack)", "[5566]": the words themselves
  if (/^slack$/i.test(before.trim().split(/\s+/).pop() ?? '') && /^#[\w-]+$/.test(inner)) return ` ${inner}`;
  // (an address after a name or "me" is whose it is: "Marco Rossi (marco@x.com)", "cc me (lena@x)"; "(1)" numbers a step)
  if (/@[\w-]+\./.test(inner) || (/^\d{1,2}$/.test(inner) && !/\b(?:task|issue|ticket)\s*$/i.test(before))) return undefined;
  if (VALUE.test(inner) || /^(?:via|on|in|by)\s+\w+$/i.test(inner) || /^\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)$/i.test(inner)) return ` ${inner}`;
  return undefined;
}

/** The request with its bracketed details said in words; unchanged when it has none. */
export function bracketsSaid(request: string): string {
  if (!/[([][^()[\]]+[)\]]/.test(request)) return request;
  // (quoted words stay as typed, brackets in them too)
  return keepingQuotes(request, (masked) => {
    const out = masked.replace(/\s*(?:\(([^()]+)\)|\[([^[\]]+)\])/g, (all: string, a: string | undefined, b: string | undefined, at: number, whole: string) => {
      const said = unbracket(whole.slice(0, at), a ?? b ?? '');
      return said === undefined ? all : said;
    });
    // "Notify Slack #alerts" → "Notify #alerts on Slack"; "After a short wait 10 min," → "After waiting 10 min,"
    return out.replace(/\b(notify|tell|alert|ping|post\s+to|message)\s+slack\s+(#[\w-]+)/gi, '$1 $2 on Slack')
      .replace(/\bafter\s+a\s+(?:short\s+|brief\s+)?(?:wait|pause|delay)\s+(\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?))/gi, 'after waiting $1');
  });
}
