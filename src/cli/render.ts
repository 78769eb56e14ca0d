/**
 * Human-readable run output for the terminal: one line per step event (◐ started, ✓ completed,
 * ✗ failed, ↻ retrying, – skipped, ⏸ waiting) and a progress bar after each top-level step.
 */
import type { EventRow } from '../store/types.ts';
import { formatDuration } from '../workflow/duration.ts';

interface DocStep { step_id: string; name?: string; driver?: string; operation?: string; kind?: string }

const color = (code: number) => (s: string) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[${code}m${s}\x1b[0m` : s);
const green = color(32);
const red = color(31);
const yellow = color(33);
const dim = color(2);

/** A short "k=v, k=v" preview of an output object. */
export function preview(value: unknown, max = 140): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value).slice(0, max);
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}=${String(v)}`);
  const text = parts.join(', ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Renders a progress bar such as `[██████░░░░] 2/3 66%`. */
export function progressBar(done: number, total: number, width = 20): string {
  const frac = total ? done / total : 1;
  const fill = Math.round(frac * width);
  return `[${'█'.repeat(fill)}${'░'.repeat(width - fill)}] ${done}/${total} ${Math.round(frac * 100)}%`;
}

/** Returns an event listener that prints a run's progress with `out`. */
export function progressPrinter(runId: string, steps: DocStep[], out: (line: string) => void, startedAt: number): (e: EventRow) => void {
  const top = new Map(steps.map((s) => [s.step_id, s]));
  const finished = new Set<string>();
  const label = (key: string | null) => {
    const s = key ? top.get(key) : undefined;
    const what = s?.driver ? `${s.driver.replace(/_driver$/, '')}.${s.operation}` : s?.kind ?? '';
    return `${key}${s?.name ? `  ${s.name}` : ''}${what ? dim(`  ${what}`) : ''}`;
  };
  return (e) => {
    if (e.run_id !== runId) return;
    const d = (e.data ?? {}) as Record<string, any>;
    const k = e.step_key;
    switch (e.type) {
      case 'run.started': out(`▶ Running run ${runId} (${steps.length} steps)`); break;
      case 'run.resumed': out(`▶ Resuming run ${runId}`); break;
      case 'step.started': out(`  ◐ ${label(k)}${d.attempt > 1 ? dim(` (attempt ${d.attempt})`) : ''}`); break;
      case 'step.completed': out(`  ${green('✓')} ${label(k)}${d.duration_ms !== undefined ? dim(`  ${formatDuration(d.duration_ms)}`) : ''}${d.output ? `  ${preview(d.output)}` : ''}`); break;
      case 'step.failed': out(`  ${red('✗')} ${label(k)}  ${red(d.error?.message ?? 'failed')}${d.error?.hint ? `\n      hint: ${d.error.hint}` : ''}`); break;
      case 'step.retrying': out(`  ${yellow('↻')} ${k}: attempt ${d.attempt} failed (${d.error?.message}); retrying in ${formatDuration(d.delay_ms)}`); break;
      case 'step.skipped': out(`  ${dim(`– ${k} skipped: ${d.reason}`)}`); break;
      case 'step.waiting': out(d.reason === 'approval'
        ? `  ${yellow('⏸')} ${label(k)}  waiting for approval: ${d.message}\n      approve: autoflow approve ${runId} ${k}   reject: autoflow approve ${runId} ${k} --reject`
        : `  ${yellow('⏸')} ${label(k)}  waiting until ${d.wake_at}`); break;
      case 'step.approved': out(`  ${green('✓')} ${k} approved by ${d.by}${d.comment ? `: ${d.comment}` : ''}`); break;
      case 'step.rejected': out(`  ${red('✗')} ${k} rejected by ${d.by}${d.comment ? `: ${d.comment}` : ''}`); break;
      case 'step.cancelled': out(`  ${red('✗')} ${k} cancelled`); break;
      case 'compensation.started': out(`  ↺ undoing ${d.step} (${d.operation})`); break;
      case 'compensation.completed': out(`  ${green('↺')} undid ${d.step}`); break;
      case 'compensation.failed': out(`  ${red('↺')} could not undo ${d.step}: ${d.error?.message}`); break;
      case 'notification.sent': out(`  ✉ failure notice sent to ${d.channel}`); break;
      case 'notification.failed': out(`  ${red('✉')} failure notice to ${d.channel} failed: ${d.error?.message}`); break;
      case 'run.completed': out(`${green('■')} run ${runId} completed in ${formatDuration(e.at - startedAt)}`); break;
      case 'run.failed': out(`${red('■')} run ${runId} failed${d.error?.message ? `: ${d.error.message}` : ''}`); break;
      case 'run.waiting': out(`${yellow('■')} run ${runId} is waiting${d.wake_at ? ` until ${d.wake_at}` : ' for a decision'}`); break;
      case 'run.cancelled': out(`${red('■')} run ${runId} cancelled`); break;
      default: break;
    }
    if (k && top.has(k) && ['step.completed', 'step.failed', 'step.skipped'].includes(e.type)) {
      finished.add(k);
      out(dim(`  ${progressBar(finished.size, steps.length)} · ${formatDuration(e.at - startedAt)}`));
    }
  };
}
