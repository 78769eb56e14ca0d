import { builtinRegistry } from '../../drivers/all.ts';
import { indexCatalog } from './catalog.ts';
import { analyzeAction } from './action.ts';
import { protect } from './text.ts';
const idx = indexCatalog(builtinRegistry().catalog());
const { text, spans } = protect(process.argv[2]);
const http = idx.ops.find((o) => o.key === 'http.request')!;
console.log(JSON.stringify(analyzeAction(text, { index: idx, spans, now: new Date(), history: [{ id: 'step_1', op: http, params: {}, words: new Set() }], notes: [] }), (k, v) => (k === 'op' ? v.key : v instanceof Set ? [...v] : v), 1));
