import { builtinRegistry } from '../../drivers/all.ts';
import { planOffline } from './index.ts';
const catalog = builtinRegistry().catalog();
const d = planOffline(process.argv[2], { catalog });
console.log(JSON.stringify({ trigger: d.trigger, steps: d.steps, notes: d.notes }, null, 1));
