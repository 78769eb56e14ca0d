/**
 * Which characters of a clause a parameter has already taken. Filling parameters consumes the
 * words a value was read from, with the glue words and role words said right before it
 * ("assigned to", "the file", "cc my manager"), so that what is left is the clause's topic.
 */
import type { EntityKind, ParamInfo } from './catalog.ts';
import { restore, stem, type Span } from './text.ts';

export interface Mask { used: boolean[]; consume(s: number, e: number): void; free(s: number, e: number): boolean }
export function mask(n: number): Mask {
  const used = new Array<boolean>(n).fill(false);
  return { used, consume(s, e) { for (let i = Math.max(0, s); i < Math.min(n, e); i++) used[i] = true; }, free(s, e) { for (let i = s; i < e; i++) if (used[i]) return false; return true; } };
}

const GLUE = new Set(['to', 'in', 'into', 'on', 'onto', 'at', 'for', 'via', 'from', 'cc', 'bcc', 'due', 'by', 'before', 'deadline', 'assigned', 'assign', 'assignee', 'owner', 'the', 'a', 'an',
  'with', 'using', 'of', 'and', 'called', 'named', 'no', 'no.', 'is', 'be', 'set', 'as', 'then', 'also', 'both', 'its', 'our', 'my', 'this', 'that']);
/** Words that name what an entity of a kind is ("the file reports/x.txt", "repo acme/web"). */
const KIND_WORDS: Partial<Record<EntityKind, string[]>> = {
  path: ['file', 'folder', 'directory', 'dir', 'path'], repo: ['repo', 'repository', 'project'], channel: ['channel', 'slack'], user: ['user', 'person', 'member', 'dm'],
  email: ['email', 'mail', 'address', 'recipient', 'recipients', 'emails', 'inbox'], url: ['url', 'endpoint', 'api', 'page', 'site', 'link', 'webhook', 'address'],
  sql: ['query', 'sql', 'statement'], id: ['task', 'issue', 'ticket', 'number', 'id', 'pr', 'item', 'card', '#'], json: ['json', 'payload', 'body', 'data'], dsn: ['database', 'db', 'table'],
};

/** Consumes glue words (and the words naming the parameter or entity) right before [start]. */
export function consumeCue(t: string, m: Mask, start: number, p?: ParamInfo, kinds: EntityKind[] = []): void {
  const own = new Set<string>([...(p ? p.name.split('_') : []), ...(p ? p.kinds : []).flatMap((k) => KIND_WORDS[k] ?? []), ...kinds.flatMap((k) => KIND_WORDS[k] ?? [])]);
  let s = start;
  // ("cc my manager tom@x": who the address is, said right before it, goes with it)
  const role = /\b(?:my|our|his|her|their)\s+[a-z]+\s*$/i.exec(t.slice(0, s));
  if (role && (kinds.includes('email') || kinds.includes('user'))) s = role.index;
  for (let k = 0; k < 4; k++) {
    const before = t.slice(0, s);
    const w = /([A-Za-z.#]+)[\s,]*$/.exec(before);
    if (!w) break;
    const lw = w[1].toLowerCase();
    if (!GLUE.has(lw) && !own.has(lw) && !own.has(stem(lw))) break;
    s = w.index;
  }
  m.consume(s, start);
}

export function restoreMasked(t: string, m: Mask): string {
  return t.split('').map((c, i) => (m.used[i] ? ' ' : c)).join('');
}

export function leftover(t: string, m: Mask, spans: Span[]): string {
  const s = restoreMasked(t, m);
  return restore(s.replace(/\s+/g, ' '), spans);
}
