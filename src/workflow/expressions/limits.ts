/**
 * Caps on expressions and their evaluation (source length, tree depth, string and array sizes,
 * steps, template output) and the per-call Budget that enforces them. Every cap is configurable
 * through ExpressionOptions.limits; the defaults suit workflow documents.
 */
import { expressionError } from './fail.ts';

/** Caps applied while parsing and evaluating. All are positive integers. */
export interface ExpressionLimits {
  /** Max characters in one expression's source (the text inside `{{ }}`). Default 2,000. */
  maxExpressionLength: number;
  /** Max nesting depth of a parsed expression tree. Default 32. */
  maxDepth: number;
  /** Max length of any string produced: concatenation, function result, JSON, rendered string. Default 1,000,000. */
  maxStringLength: number;
  /** Max elements of any array produced: array literal, split, keys, values. Default 10,000. */
  maxArrayLength: number;
  /** Max evaluation steps per call: one per tree node evaluated plus one per element a function walks. Default 100,000. */
  maxSteps: number;
  /** Max total characters of strings produced by one renderTemplate call. Default 5,000,000. */
  maxOutputLength: number;
  /** Max nesting depth of values walked (a rendered document, a value turned into JSON). Default 64. */
  maxValueDepth: number;
}

/** The defaults for {@link ExpressionLimits}. */
export const DEFAULT_LIMITS: Readonly<ExpressionLimits> = Object.freeze({
  maxExpressionLength: 2_000,
  maxDepth: 32,
  maxStringLength: 1_000_000,
  maxArrayLength: 10_000,
  maxSteps: 100_000,
  maxOutputLength: 5_000_000,
  maxValueDepth: 64,
});

/** Options accepted by every evaluating entry point. */
export interface ExpressionOptions {
  /** Overrides for individual caps; unspecified caps keep their defaults. */
  limits?: Partial<ExpressionLimits>;
  /** The clock `now()` reads (milliseconds since the epoch); the system clock when absent. */
  clock?: { now(): number };
  /** JSON path of the value given to renderTemplate, used in error paths. Default `$`. */
  basePath?: string;
}

/** Fills in default limits and checks that overrides are positive integers. */
export function resolveLimits(opts?: ExpressionOptions): ExpressionLimits {
  const out: ExpressionLimits = { ...DEFAULT_LIMITS };
  const given = opts?.limits ?? {};
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ExpressionLimits)[]) {
    const v = given[key];
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v <= 0) throw new RangeError(`Expression limit ${key} must be a positive integer, got ${String(v)}`);
    out[key] = v;
  }
  return out;
}

/**
 * The running cost of one call: steps taken and template output produced. Shared by every
 * expression a single renderTemplate call evaluates, so a large document cannot multiply the caps.
 */
export class Budget {
  readonly limits: ExpressionLimits;
  steps = 0;
  output = 0;
  constructor(limits: ExpressionLimits) {
    this.limits = limits;
  }

  /** Charges `n` steps; throws once the step cap is passed. */
  step(source: string, n = 1): void {
    this.steps += n;
    if (this.steps > this.limits.maxSteps) {
      throw expressionError(source, `evaluation took more than ${this.limits.maxSteps} steps`,
        'Simplify the expression or work on smaller lists; the step cap (limits.maxSteps) bounds the work one evaluation may do.');
    }
  }

  /** Throws if a string of `length` characters would exceed the string cap. */
  stringLength(source: string, length: number): void {
    if (length > this.limits.maxStringLength) {
      throw expressionError(source, `produces a string of ${length} characters, more than the limit of ${this.limits.maxStringLength}`,
        'Work on a smaller part of the data (slice(), first()); the cap is limits.maxStringLength.');
    }
  }

  /** Throws if an array of `length` elements would exceed the array cap. */
  arrayLength(source: string, length: number): void {
    if (length > this.limits.maxArrayLength) {
      throw expressionError(source, `produces a list of more than ${this.limits.maxArrayLength} items`,
        'Work on a smaller part of the data; the cap is limits.maxArrayLength.');
    }
  }

  /** Adds rendered template output; throws once the output cap of the call is passed. */
  addOutput(source: string, length: number): void {
    this.output += length;
    if (this.output > this.limits.maxOutputLength) {
      throw expressionError(source, `templates rendered more than ${this.limits.maxOutputLength} characters in total`,
        'Render less data into the document; the cap is limits.maxOutputLength.');
    }
  }
}
