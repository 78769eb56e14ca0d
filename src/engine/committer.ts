/**
 * Group commit: state changes from all concurrent runs are queued and written together in one
 * transaction (one fsync) per turn of the event loop. `submit` resolves once the group is
 * durable; a step's dependents start only after that, so a completed step is never lost.
 */
import type { GroupResult, Mutation, Store } from '../store/types.ts';

interface Pending { group: Mutation[]; resolve: (r: GroupResult) => void; reject: (e: unknown) => void }

export class Committer {
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;
  /** Number of transactions committed (for the benchmark's commits-per-run figure). */
  commits = 0;
  private readonly store: Store;
  constructor(store: Store) { this.store = store; }

  /** Queues a group; resolves with its result once committed. */
  submit(group: Mutation[]): Promise<GroupResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ group, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => { this.scheduled = false; void this.flush(); });
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    const batch = this.queue;
    this.queue = [];
    try {
      const results = await this.store.apply(batch.map((p) => p.group));
      this.commits++;
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (err) {
      batch.forEach((p) => p.reject(err));
    } finally {
      this.flushing = false;
      if (this.queue.length) this.schedule();
    }
  }

  /** Resolves when everything queued so far is committed. */
  async drain(): Promise<void> {
    while (this.queue.length || this.flushing) await new Promise((r) => setImmediate(r));
  }
}
