/**
 * The prepared-statement cache the SQLite stores share: each distinct SQL text is prepared
 * once per connection, on first use, and reused after that.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Returns the prepared statement for a SQL text, preparing it on first use. */
export type StatementCache = (sql: string) => StatementSync;

/**
 * A statement cache over `db`. Keyed by the text, so use it for fixed texts only; SQL built
 * per call (variable IN lists, optional filters) should go to `db.prepare` directly.
 */
export function statementCache(db: DatabaseSync): StatementCache {
  const prepared = new Map<string, StatementSync>();
  return (sql) => {
    let s = prepared.get(sql);
    if (!s) { s = db.prepare(sql); prepared.set(sql, s); }
    return s;
  };
}
