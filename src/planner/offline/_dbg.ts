import { builtinRegistry } from '/work/main/src/drivers/all.ts';
import { planOffline } from '/work/main/src/planner/offline/index.ts';
import { indexCatalog, rankOps } from '/work/main/src/planner/offline/catalog.ts';
const reg = builtinRegistry(); const catalog = reg.catalog();
const req = process.argv[2];
const d = planOffline(req, { catalog });
console.log(JSON.stringify({ trigger: d.trigger, steps: d.steps, notes: d.notes }, null, 1));
if (process.argv[3]) {
  const idx = indexCatalog(catalog);
  const toks = process.argv[3].split(' ');
  const r = rankOps(idx, { tokens: toks, verbAt: 0, nounAt: [], apps: [], entities: new Map(process.argv[4] ? [[process.argv[4] as any, 1.5]] : []) });
  console.log(r.slice(0, 6).map((x) => `${x.op.key} ${x.score.toFixed(2)} strong=${x.strong}`).join('\n'));
}
