/**
 * Numbers as the user wrote them. The readers drop thousands separators so "more than 50,000" is one number and no
 * clause break; words a step carries as text ("tell pressroom@x the run goes up to 62,000 copies") keep "62,000".
 * Only free-text parameters (a title, a message, a body) get the separators back — a condition's number, an id, a
 * statement or an address stay as planned.
 */

import type { CatalogIndex } from './catalog.ts';
import { inRunOrder } from './lend-forward.ts';

type Step = Record<string, unknown>;

const SEPARATED = /\b\d{1,3}(?:,\d{3})+(?!\d|,\d)/g;

/** Puts the user's thousands separators back into the free-text parameters of the planned steps. */
export function keepThousands(request: string, steps: Step[], index: CatalogIndex): void {
  const written = new Map<string, string>();
  for (const m of request.matchAll(SEPARATED)) written.set(m[0].replace(/,/g, ''), m[0]);
  if (!written.size) return;
  const back = (s: string) => s.replace(/(?<![\d,.])\d{4,}(?![\d,])/g, (n) => written.get(n) ?? n);
  for (const step of inRunOrder(steps)) {
    const op = index.ops.find((o) => o.driver === step.driver && o.op === step.operation);
    const params = step.parameters as Record<string, unknown> | undefined;
    if (!op || !params) continue;
    for (const p of op.params) {
      if (!p.role || typeof params[p.name] !== 'string') continue;
      params[p.name] = back(params[p.name] as string);
    }
  }
}
