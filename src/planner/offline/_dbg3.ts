import { builtinRegistry } from '../../drivers/all.ts';
import { indexCatalog } from './catalog.ts';
import { segment } from './clauses.ts';
import { protect } from './text.ts';
const idx = indexCatalog(builtinRegistry().catalog());
const { text, spans } = protect(process.argv[2]);
console.log(text);
console.log(JSON.stringify(segment(text, { index: idx, spans, now: new Date() }), null, 1));
