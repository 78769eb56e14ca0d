import { builtinRegistry } from '../../drivers/all.ts';
import { planOffline } from './index.ts';
import { readFileSync } from 'node:fs';
const catalog = builtinRegistry().catalog();
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const show = (s: any, ind = ''): string => {
  const head = s.driver ? `${s.driver}.${s.operation} ${JSON.stringify(s.parameters)}` : `${s.kind} ${JSON.stringify(Object.fromEntries(Object.entries(s).filter(([k]) => !['step_id', 'name', 'kind', 'dependencies', 'then', 'else', 'steps'].includes(k))))}`;
  let out = `${ind}${s.step_id} [${(s.dependencies ?? []).join(',')}] ${head}`;
  for (const k of ['then', 'else', 'steps']) if (Array.isArray(s[k])) out += `\n${ind}  ${k}:\n` + s[k].map((c: any) => show(c, ind + '    ')).join('\n');
  return out;
};
for (const c of lines) {
  const d = planOffline(c.request, { catalog });
  console.log(`\n# ${c.request}${d.trigger ? `\n  trigger ${JSON.stringify(d.trigger)}` : ''}\n${d.steps.map((s) => show(s, '  ')).join('\n')}${d.notes.length ? '\n  notes: ' + d.notes.join(' | ').slice(0, 300) : ''}`);
}
