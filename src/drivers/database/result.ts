/**
 * The shape every database backend returns, and conversion of driver values (bigint, bytes,
 * dates) to JSON-safe values for run history and later steps.
 */

/** Most rows one query returns; more set `truncated`. */
export const MAX_ROWS = 10_000;

/** The result of one statement. */
export interface QueryResult {
  rows: Record<string, unknown>[];
  columns: string[];
  row_count: number;
  truncated: boolean;
  /** Rows changed by a write statement (0 for reads). */
  changes: number;
}

/** Makes a value JSON-safe: bytes → base64, bigint → number (or string if unsafe), Date → ISO. */
export function jsonValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (v instanceof Date) return v.toISOString();
  return v;
}

/** A plain JSON-safe copy of a row. */
export function jsonRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = jsonValue(v);
  return out;
}
