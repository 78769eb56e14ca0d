/**
 * Live run events over Server-Sent Events. One hub listens to the engine once and fans events
 * out by run id. A subscriber first gets the stored events after its `Last-Event-ID` (the
 * event's `seq`), then live ones; a gap in the sequence is filled from the store, and runs
 * quiet for a while are caught up from the store (events written by another process). The
 * stream ends after the run's terminal event. Heartbeat comments keep proxies from closing
 * idle streams. A subscriber costs a small object and a stream; slow readers are dropped.
 */
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../platform/logger.ts';
import { redactDeep } from '../platform/secrets.ts';
import { terminalRunStatuses, type EventRow, type Store } from '../store/types.ts';

const terminalTypes = new Set(terminalRunStatuses.map((s) => `run.${s}`));
const encoder = new TextEncoder();
/** Chunks queued for one client before it is considered stuck and dropped. */
const maxQueuedChunks = 2000;

/** The SSE frame of an event: id is the run's event seq. */
export function sseFrame(e: EventRow): string {
  const data = JSON.stringify(redactDeep({ seq: e.seq, type: e.type, run_id: e.run_id, step_key: e.step_key, at: new Date(e.at).toISOString(), data: e.data }));
  return `id: ${e.seq}\nevent: ${e.type}\ndata: ${data}\n\n`;
}

class Subscription {
  last: number;
  closed = false;
  private busy = true;
  private buffer: EventRow[] = [];
  readonly runId: string;
  private readonly hub: RunEventHub;
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  readonly stream: ReadableStream<Uint8Array>;

  constructor(hub: RunEventHub, runId: string, after: number) {
    this.hub = hub; this.runId = runId; this.last = after;
    this.stream = new ReadableStream<Uint8Array>({
      start: (controller) => { this.controller = controller; },
      cancel: () => { this.close(false); },
    });
  }

  write(text: string): void {
    if (this.closed) return;
    if ((this.controller.desiredSize ?? 0) < -maxQueuedChunks) { this.close(true); return; }
    this.controller.enqueue(encoder.encode(text));
  }

  /** A live event (or one from a catch-up poll): written in order, gaps filled from the store. */
  deliver(e: EventRow): void {
    if (this.closed || e.seq <= this.last) return;
    if (this.busy) { this.buffer.push(e); return; }
    if (e.seq > this.last + 1) { this.buffer.push(e); void this.fill(); return; }
    this.emit(e);
  }

  private emit(e: EventRow): void {
    this.write(sseFrame(e));
    this.last = e.seq;
    if (terminalTypes.has(e.type)) this.close(true);
  }

  /** Writes stored events after `last`, then what arrived meanwhile. */
  async fill(): Promise<void> {
    this.busy = true;
    try {
      for (;;) {
        const page = await this.hub.store.getEvents(this.runId, this.last, 500);
        for (const e of page) if (!this.closed && e.seq > this.last) this.emit(e);
        if (page.length < 500 || this.closed) break;
      }
    } catch (err) {
      this.hub.log.warn('sse catch-up failed', { run: this.runId, error: String(err) });
    }
    this.busy = false;
    const queued = this.buffer.sort((a, b) => a.seq - b.seq);
    this.buffer = [];
    for (const e of queued) if (!this.closed && e.seq > this.last) this.emit(e);
  }

  close(endStream: boolean): void {
    if (this.closed) return;
    this.closed = true;
    this.hub.remove(this);
    if (endStream) { try { this.controller.close(); } catch { /* already closed */ } }
  }
}

export class RunEventHub {
  readonly store: Store;
  readonly log: Logger;
  private byRun = new Map<string, Set<Subscription>>();
  private lastLive = new Map<string, number>();
  private timers: NodeJS.Timeout[] = [];
  private off: (() => void) | undefined;
  private polling = false;

  constructor(o: { store: Store; engine: Engine; log: Logger; heartbeatMs: number; pollMs: number }) {
    this.store = o.store;
    this.log = o.log;
    this.off = o.engine.on((e) => this.publish(e));
    if (o.heartbeatMs > 0) this.timers.push(setInterval(() => this.heartbeat(), o.heartbeatMs));
    if (o.pollMs > 0) this.timers.push(setInterval(() => { void this.poll(o.pollMs); }, o.pollMs));
    for (const t of this.timers) t.unref();
  }

  /** Number of open subscriptions. */
  get size(): number {
    let n = 0;
    for (const s of this.byRun.values()) n += s.size;
    return n;
  }

  publish(e: EventRow): void {
    const subs = this.byRun.get(e.run_id);
    if (!subs) return;
    this.lastLive.set(e.run_id, Date.now());
    for (const s of subs) s.deliver(e);
  }

  /** Opens a stream of the run's events after `afterSeq`; `terminal` says whether the run has already ended. */
  subscribe(runId: string, afterSeq: number, terminal: boolean): ReadableStream<Uint8Array> {
    const sub = new Subscription(this, runId, afterSeq);
    let set = this.byRun.get(runId);
    if (!set) { set = new Set(); this.byRun.set(runId, set); this.lastLive.set(runId, Date.now()); }
    set.add(sub);
    sub.write('retry: 2000\n\n');
    void sub.fill().then(() => { if (terminal) sub.close(true); });
    return sub.stream;
  }

  remove(sub: Subscription): void {
    const set = this.byRun.get(sub.runId);
    if (!set) return;
    set.delete(sub);
    if (!set.size) { this.byRun.delete(sub.runId); this.lastLive.delete(sub.runId); }
  }

  private heartbeat(): void {
    for (const set of this.byRun.values()) for (const s of set) s.write(': heartbeat\n\n');
  }

  /** Catches up runs with no live event for a while from the store (changes made by other processes). */
  private async poll(quietMs: number): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const now = Date.now();
      for (const [runId, set] of [...this.byRun]) {
        if (now - (this.lastLive.get(runId) ?? 0) < quietMs) continue;
        const after = Math.min(...[...set].map((s) => s.last));
        const events = await this.store.getEvents(runId, after, 500);
        for (const e of events) for (const s of set) s.deliver(e);
        this.lastLive.set(runId, now);
      }
    } catch (err) {
      this.log.warn('sse poll failed', { error: String(err) });
    } finally {
      this.polling = false;
    }
  }

  /** Ends every stream (shutdown). */
  closeAll(): void {
    for (const set of [...this.byRun.values()]) for (const s of [...set]) { s.write(': server shutting down\n\n'); s.close(true); }
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.off?.();
    this.closeAll();
  }
}
