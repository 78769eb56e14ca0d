/** PLACEHOLDER (being replaced by the offline planner): plans nothing. */
import type { Draft, PlanOptions } from '../types.ts';

export function planOffline(request: string, _opts: PlanOptions): Draft {
  return { intent: 'unsupported', actions: [], steps: [], name: request.slice(0, 60), notes: ['The offline planner is not built yet.'] };
}
