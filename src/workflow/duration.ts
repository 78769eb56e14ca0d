/** Parses the document's durations: a number of seconds, or "500ms", "30s", "10m", "2h", "1d". */

const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds for a duration value; throws on a malformed one. */
export function durationMs(value: number | string): number {
  if (typeof value === 'number') return value * 1000;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/.exec(value);
  if (!m) throw new Error(`Invalid duration "${value}": use seconds or a string like "30s", "10m", "2h"`);
  return Number(m[1]) * unitMs[m[2]];
}

/** "12.5s", "850ms", "3m 20s" for display. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return m < 60 ? `${m}m ${s}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
