/**
 * A small SQL scanner (not a parser) that skips strings, quoted identifiers, comments and
 * PostgreSQL dollar quotes, to find a statement's first keyword and to refuse several
 * statements in one call. Read-only mode allows only SELECT, WITH, EXPLAIN and VALUES.
 */
import { AutoflowError } from '../../platform/errors.ts';

/** First keywords accepted when writes are not allowed. */
export const READ_KEYWORDS = ['SELECT', 'WITH', 'EXPLAIN', 'VALUES'];

/** Index just past the string, quoted identifier, comment or dollar quote starting at `i` (or `i`). */
function skipEnd(sql: string, i: number): number {
  const until = (needle: string, from: number) => {
    const j = sql.indexOf(needle, from);
    return j < 0 ? sql.length : j + needle.length;
  };
  const c = sql[i];
  const two = sql.slice(i, i + 2);
  if (two === '--') return until('\n', i + 2);
  if (two === '/*') return until('*/', i + 2);
  if (c === '[') return until(']', i + 1);
  if (c === '$') {
    const tag = /^\$(?:[A-Za-z_]\w*)?\$/.exec(sql.slice(i, i + 64))?.[0];
    return tag ? until(tag, i + tag.length) : i;
  }
  if (c === "'" || c === '"' || c === '`') {
    const backslashEscapes = c === "'" && /(^|\W)[Ee]$/.test(sql.slice(Math.max(0, i - 2), i)); // PostgreSQL E'...' strings
    for (let j = i + 1; j < sql.length; j++) {
      if (backslashEscapes && sql[j] === '\\') { j++; continue; }
      if (sql[j] !== c) continue;
      if (sql[j + 1] === c) { j++; continue; }
      return j + 1;
    }
    return sql.length;
  }
  return i;
}

/** `sql` with strings, quoted identifiers and comments blanked out. */
function codeOf(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length;) {
    const end = skipEnd(sql, i);
    if (end > i) { out += ' '; i = end; } else { out += sql[i]; i++; }
  }
  return out;
}

/** Statements in `sql` (code only), empty ones dropped. */
export function statements(sql: string): string[] {
  return codeOf(sql).split(';').map((s) => s.trim()).filter(Boolean);
}

/** Throws unless `sql` is exactly one statement, and (unless `allowWrite`) a read statement. */
export function checkSql(sql: string, allowWrite: boolean): void {
  const stmts = statements(sql);
  if (stmts.length === 0) throw new AutoflowError({ code: 'invalid_sql', message: 'The SQL is empty', hint: 'Give one SQL statement.' });
  if (stmts.length > 1) {
    throw new AutoflowError({ code: 'multiple_statements', message: `The SQL has ${stmts.length} statements; database.query runs exactly one`, hint: 'Split it into one step per statement.' });
  }
  const keyword = (/^\(*\s*([A-Za-z]+)/.exec(stmts[0])?.[1] ?? '').toUpperCase();
  if (!allowWrite && !READ_KEYWORDS.includes(keyword)) {
    throw new AutoflowError({
      code: 'write_not_allowed',
      message: `Refusing to run a ${keyword || 'non-query'} statement: only ${READ_KEYWORDS.join(', ')} run unless allow_write is true`,
      hint: 'Set allow_write: true on this step if it is meant to change data.',
    });
  }
}
