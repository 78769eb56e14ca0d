/**
 * Workflow inputs: checks the values a run is started with against the workflow's `inputs`
 * declaration (types, enums, required), applies defaults, and converts `--input k=v` strings
 * from the CLI to the declared types. Reports every problem at once.
 */
import { AutoflowError } from '../platform/errors.ts';
import { didYouMean } from '../platform/suggest.ts';
import type { InputSpec } from '../workflow/schema.ts';

/** Returns the run's input values or throws an AutoflowError listing every problem. */
export function resolveInputs(spec: Record<string, InputSpec> | undefined, given: Record<string, unknown>): Record<string, unknown> {
  const decl = spec ?? {};
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of Object.keys(given)) {
    if (!(key in decl) && spec) problems.push(`unknown input '${key}'.${didYouMean(key, Object.keys(decl))}`);
    else if (!spec) out[key] = given[key];
  }
  for (const [name, s] of Object.entries(decl)) {
    let v = given[name];
    if (v === undefined) {
      if (s.default !== undefined) { out[name] = s.default; continue; }
      if (s.required === false) continue;
      problems.push(`input '${name}' (${s.type}) is required${s.description ? `: ${s.description}` : ''}.`);
      continue;
    }
    if (typeof v === 'string' && s.type !== 'string') {
      try { v = s.type === 'number' || s.type === 'integer' ? (v.trim() === '' ? NaN : Number(v)) : s.type === 'boolean' ? (v === 'true' ? true : v === 'false' ? false : v) : JSON.parse(v); } catch { /* reported below */ }
    }
    const ok = s.type === 'string' ? typeof v === 'string'
      : s.type === 'number' ? typeof v === 'number' && Number.isFinite(v)
      : s.type === 'integer' ? Number.isInteger(v)
      : s.type === 'boolean' ? typeof v === 'boolean'
      : s.type === 'array' ? Array.isArray(v)
      : v !== null && typeof v === 'object' && !Array.isArray(v);
    if (!ok) { problems.push(`input '${name}' must be ${s.type === 'integer' ? 'an integer' : `a${/^[aeiou]/.test(s.type) ? 'n' : ''} ${s.type}`}, got ${JSON.stringify(given[name])}.`); continue; }
    if (s.enum && !s.enum.includes(v as string | number)) { problems.push(`input '${name}' must be one of ${s.enum.join(', ')}.`); continue; }
    out[name] = v;
  }
  if (problems.length) {
    throw new AutoflowError({ code: 'invalid_inputs', message: `The run's inputs are not valid: ${problems.join(' ')}`, hint: 'Pass inputs with --input name=value (or a JSON body); see the workflow\'s "inputs".', details: problems });
  }
  return out;
}
