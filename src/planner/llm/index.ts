/** PLACEHOLDER (being replaced by the LLM planner): falls back to the offline planner. */
import { planOffline } from '../offline/index.ts';
import type { Draft, PlanOptions } from '../types.ts';

export async function planWithLlm(request: string, opts: PlanOptions): Promise<{ draft: Draft; fallback: boolean }> {
  return { draft: planOffline(request, opts), fallback: true };
}
