/**
 * Structured commands, parsed exactly: `slack.send_message channel=#ops text='Disk at 90%'`.
 * Several commands may be joined by `;`, `&&`, `|` or new lines (they run in order). Values:
 * 'single' or "double" quoted, JSON objects/arrays, or bare words; each is converted to the type
 * the operation's schema declares (integers, booleans, arrays from comma lists, objects from JSON).
 */
import type { CatalogIndex, OpProfile, ParamInfo } from './catalog.ts';

export interface StructuredStep { op: OpProfile; params: Record<string, unknown>; unknown: string[] }

const HEAD = /^\s*([A-Za-z][\w-]*)\.([A-Za-z][\w]*)(?=\s|$)/;

/** Parses structured commands, or returns undefined when the request is not one. */
export function parseStructured(request: string, index: CatalogIndex): StructuredStep[] | undefined {
  const commands = splitCommands(unwrap(request.trim()));
  if (!commands.length) return undefined;
  const out: StructuredStep[] = [];
  for (const c of commands) {
    const h = HEAD.exec(c);
    if (!h) return undefined;
    const driver = index.apps.get(h[1].toLowerCase()) ?? index.apps.get(h[1].toLowerCase().replace(/[-_]driver$/, ''));
    const op = index.ops.find((o) => o.driver === driver && o.op === h[2]);
    if (!op) return undefined;
    const args = parseArgs(c.slice(h[0].length));
    if (!args) return undefined;
    const params: Record<string, unknown> = {};
    const unknown: string[] = [];
    for (const [k, v] of args) {
      const p = op.params.find((x) => x.name === k);
      if (!p) unknown.push(k);
      params[k] = p ? coerce(v.value, v.quoted, p) : v.value;
    }
    out.push({ op, params, unknown });
  }
  return out;
}

/**
 * A command said in a sentence: "Please run slack.send_message with channel=#billing and text='Queue depth 500', thanks!"
 * → the command alone (the words around it, "with" after the operation and "and" between arguments dropped).
 */
function unwrap(said0: string): string {
  // ("Right away, run slack.send_message with …": when and how soon is no part of the command)
  let s = said0.replace(/^\s*(?:right\s+away|right\s+now|asap|now|immediately|quickly|urgent(?:ly)?)\s*[,:]\s*/i, '');
  // ("Use slack.send_message. Set its channel to #infra-alerts and its text to 'CPU at 95%'.": the arguments said as settings)
  const settings = /^(?:(?:please\s+)?(?:use|run|call|invoke)\s+)([A-Za-z][\w-]*\.[A-Za-z]\w*)\s*[.:;,]\s*(?:and\s+)?(?:then\s+)?set\s+(.+?)[\s.!]*$/i.exec(s);
  if (settings) {
    const args = settings[2].split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:its|the)\s+[a-z_]+\s+to\s)/i).map((a) => /^(?:its|the)\s+([a-z_]+)\s+to\s+(.+)$/i.exec(a.trim()));
    if (args.every(Boolean)) s = `${settings[1]} ${args.map((a) => `${a![1]}=${/^['"]/.test(a![2]) || !/\s/.test(a![2]) ? a![2] : `'${a![2].replace(/'/g, "\\'")}'`}`).join(' ')}`;
  }
  // ("slack send_message, channel #noc, text 'Queue depth at 5000'": the operation and its arguments said in words)
  // ("Use slack send_message with channel #storage and text 'Memory at 80%'")
  // ("slack send_message to #deploys, text='Build 981 green'": where it goes, by the form of the value)
  const dest = /^(?:(?:use|run|call|invoke)\s+)?([a-z][\w-]*)\s+([a-z]+(?:_[a-z]+)+)\s+(?:to|in|on)\s+([#@][\w.-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*,\s*(.+)$/i.exec(s);
  if (dest) s = `${dest[1]} ${dest[2]}, ${dest[3].startsWith('#') ? 'channel' : dest[3].startsWith('@') ? 'user' : 'to'} ${dest[3]}, ${dest[4]}`;
  const said = /^(?:(?:use|run|call|invoke)\s+)?([a-z][\w-]*)\s+([a-z]+(?:_[a-z]+)+)\s*(?:,|\s+with)\s*(.+)$/i.exec(s);
  if (said && said[3].split(/\s*,\s*(?:and\s+)?/).some((x) => !/=/.test(x))) s = `${said[1]}.${said[2]} ${said[3].split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=[a-z_]+\s)/).map((a) => (/=/.test(a) ? a : a.replace(/^([a-z_]+)\s+(?=\S)/i, '$1='))).join(' ')}`;
  // ("The workflow runs slack.send_message once, with …": the command described)
  const m = /^(?:(?:please|pls|kindly|could\s+you|can\s+you)\s+)*(?:(?:the|this|our)\s+(?:workflow|flow|automation)\s+(?:runs|calls|executes|invokes|does)\s+|(?:run|call|execute|exec|invoke|do)\s+)?([A-Za-z][\w-]*\.[A-Za-z]\w*)(?:\s+once)?\s*,?\s+(?:with\s+(?:the\s+)?(?:parameters|params|arguments|args|values)?\s*:?\s*)?(.*?)[\s,.!?]*(?:,?\s*(?:thanks|thank\s+you|cheers|please)[\s!.]*)?$/i.exec(s);
  if (!m || !/=/.test(m[2])) return s;
  return `${m[1]} ${m[2].replace(/(=(?:'[^']*'|"[^"]*"|[^\s,]+))\s*(?:,\s*)?(?:and\s+)?(?=[A-Za-z_]\w*=)/g, '$1 ')}`;
}

function splitCommands(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | undefined;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) { cur += c; if (c === '\\') { cur += s[++i] ?? ''; } else if (c === q) q = undefined; continue; }
    if (c === '"' || c === "'") { q = c; cur += c; continue; }
    if (c === '{' || c === '[') depth++;
    if (c === '}' || c === ']') depth--;
    if (depth === 0 && (c === ';' || c === '\n' || c === '|' || (c === '&' && s[i + 1] === '&'))) {
      if (c === '&') i++;
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function parseArgs(s: string): [string, { value: string; quoted: boolean }][] | undefined {
  const out: [string, { value: string; quoted: boolean }][] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && /\s/.test(s[i])) i++;
    if (i >= n) break;
    const km = /^([A-Za-z_][\w]*)\s*[=:]\s*/.exec(s.slice(i));
    if (!km) return undefined;
    i += km[0].length;
    const c = s[i];
    if (c === '"' || c === "'") {
      let v = '';
      i++;
      while (i < n && s[i] !== c) { if (s[i] === '\\' && i + 1 < n) { v += s[i + 1]; i += 2; continue; } v += s[i++]; }
      if (s[i] !== c) return undefined;
      i++;
      out.push([km[1], { value: v, quoted: true }]);
    } else if (c === '{' || c === '[') {
      let depth = 0;
      let j = i;
      let inStr = false;
      for (; j < n; j++) {
        const ch = s[j];
        if (inStr) { if (ch === '\\') j++; else if (ch === '"') inStr = false; continue; }
        if (ch === '"') inStr = true;
        else if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') { depth--; if (depth === 0) break; }
      }
      out.push([km[1], { value: s.slice(i, j + 1), quoted: false }]);
      i = j + 1;
    } else {
      const m = /^\S*/.exec(s.slice(i))!;
      out.push([km[1], { value: m[0], quoted: false }]);
      i += m[0].length;
    }
  }
  return out;
}

function coerce(v: string, quoted: boolean, p: ParamInfo): unknown {
  if (!quoted && /^[[{]/.test(v)) { try { return JSON.parse(v); } catch { /* keep text */ } }
  if (p.types.includes('string') && (quoted || !p.integer)) {
    if (p.array && !p.types.includes('string')) return v.split(',').map((x) => x.trim()).filter(Boolean);
    return v;
  }
  if (p.integer && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (p.types.includes('boolean') && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (p.array) return v.split(',').map((x) => x.trim()).filter(Boolean);
  if (p.types.includes('object')) { try { return JSON.parse(v); } catch { return v; } }
  return v;
}
