/** Identifier helpers: sortable, prefixed ids for runs and other rows, and stable hashes. */
import { createHash, randomBytes } from 'node:crypto';

let last = 0;
let counter = 0;

/** A time-sortable id such as `run_01kq3x...`: 10 chars of time, 2 of counter, 10 random. */
export function newId(prefix: string, nowMs = Date.now()): string {
  if (nowMs === last) counter++;
  else { last = nowMs; counter = 0; }
  const time = nowMs.toString(36).padStart(10, '0');
  const seq = (counter % 1296).toString(36).padStart(2, '0');
  const rand = randomBytes(8).toString('base64url').replace(/[-_]/g, 'x').slice(0, 10).toLowerCase();
  return `${prefix}_${time}${seq}${rand}`;
}

/** A short stable hash (hex) of the given parts, e.g. for idempotency keys. */
export function stableHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
