/**
 * chrono-node's English parser, loaded on first use (the full package costs ~90 ms at start-up;
 * `chrono-node/en` is all the planner needs). One loader for the offline planner and templates.
 */
import { createRequire } from 'node:module';

interface ChronoResult { index: number; text: string; start: { get(k: string): number | null; isCertain(k: string): boolean; date(): Date } }
export interface Chrono {
  casual: { parse(text: string, ref: Date, opt?: Record<string, unknown>): ChronoResult[]; parseDate(text: string, ref?: Date, opt?: Record<string, unknown>): Date | null };
}
export type { ChronoResult };

let chrono: Chrono | undefined;

/** The English chrono parser (cached). */
export function loadChrono(): Chrono {
  chrono ??= createRequire(import.meta.url)('chrono-node/en') as Chrono;
  return chrono;
}
