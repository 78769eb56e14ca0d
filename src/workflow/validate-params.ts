/**
 * Checks an action's parameters against its operation's input schema before the run. Values
 * holding `{{ }}` are only known at run time, so schema issues at or below them are skipped;
 * missing required parameters, wrong literal types and unknown names are reported.
 */
import type { z } from 'zod';
import { didYouMean } from '../platform/suggest.ts';
import { joinPath, type Problem } from './problems.ts';

type Shape = Record<string, z.ZodType>;

/** The object shape of a zod schema, when it is a plain object schema. */
export function objectShape(schema: z.ZodType): Shape | undefined {
  const def = (schema as unknown as { _zod?: { def?: { type?: string; shape?: Shape; catchall?: unknown; innerType?: z.ZodType; in?: z.ZodType } } })._zod?.def;
  if (!def) return undefined;
  if (def.type === 'object') return def.catchall && (def.catchall as { _zod?: { def?: { type?: string } } })._zod?.def?.type !== 'never' ? undefined : def.shape;
  if (def.innerType) return objectShape(def.innerType);
  if (def.type === 'pipe' && def.in) return objectShape(def.in);
  return undefined;
}

function isTemplated(v: unknown): boolean {
  return typeof v === 'string' && v.includes('{{');
}

/** Problems with `params` for operation `opName` (errors and warnings). */
export function checkParameters(schema: z.ZodType, params: Record<string, unknown>, base: string, opName: string): Problem[] {
  const problems: Problem[] = [];
  const shape = objectShape(schema);
  if (shape) {
    for (const key of Object.keys(params)) {
      if (!(key in shape)) {
        problems.push({ path: joinPath(base, key), code: 'unknown_parameter', severity: 'warning', message: `${opName} has no parameter '${key}'; it will be ignored.${didYouMean(key, Object.keys(shape))}`, hint: `Its parameters: ${Object.keys(shape).join(', ')}.` });
      }
    }
  }
  const result = schema.safeParse(params);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    // Skip issues inside values that are only known at run time.
    let v: unknown = params;
    let templated = false;
    for (const k of issue.path) {
      if (isTemplated(v)) { templated = true; break; }
      v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k as string | number] : undefined;
    }
    if (templated || isTemplated(v)) continue;
    if (issue.code === 'custom' && Object.values(params).some(isTemplated)) continue; // cross-field refinements may depend on run-time values
    const path = issue.path.reduce<string>((p, k) => joinPath(p, typeof k === 'number' ? k : String(k)), base);
    const missing = issue.code === 'invalid_type' && v === undefined;
    problems.push({
      path,
      code: missing ? 'missing_parameter' : 'invalid_parameter',
      severity: 'error',
      message: missing ? `${opName} needs parameter '${issue.path.join('.')}'.` : `${opName}: ${issue.message}`,
      hint: missing ? `Add "${String(issue.path.at(-1))}" to parameters (see \`autoflow drivers ${opName.split('.')[0]}\`).` : `See the parameters of ${opName} with \`autoflow drivers ${opName.split('.')[0]}\`.`,
    });
  }
  return problems;
}

/** When `field` is not an output of the schema, the known output names; else undefined. */
export function checkOutputField(schema: z.ZodType, field: string): string[] | undefined {
  const shape = objectShape(schema);
  if (!shape || field in shape) return undefined;
  return Object.keys(shape);
}
