/**
 * The driver contract. Every integration is one `defineDriver({...})` value: its operations
 * (each with a description for the planner, keywords, examples, effect, input/output zod
 * schemas, optional undo, and `run`), the settings and credentials it reads, its rate limit
 * and its health check. The validator, the engine, the planner, the CLI and the API all read
 * this one value.
 */
import type { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import type { FetchLike } from '../platform/guarded-fetch.ts';
import type { Logger } from '../platform/logger.ts';

/** What an operation does to the world: the planner gates `destructive` ones behind approval. */
export type Effect = 'read' | 'write' | 'destructive';

/** Everything an operation's `run` may use; nothing else (no globals). */
export interface DriverContext {
  /** Non-secret settings (base URLs, defaults) resolved from the driver's `settings`. */
  settings: Record<string, string | undefined>;
  /** Credential values resolved from the driver's `credentials`; never log these. */
  credentials: Record<string, string | undefined>;
  /** `fetch` behind the outbound-request guard. */
  fetch: FetchLike;
  clock: Clock;
  log: Logger;
  /** Aborted on step timeout or run cancellation. */
  signal: AbortSignal;
  /** Stable for (run, step, attempt): the same across a crash-retry of the same attempt. */
  idempotencyKey: string;
  runId: string;
  stepId: string;
  /** The data directory (AUTOFLOW_DATA_DIR); file-like drivers confine themselves below it. */
  dataDir: string;
  /** Calls another driver's operation (used by `notify`); goes through the same registry. */
  call(driver: string, operation: string, input: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** The declaration of how to undo a completed operation (used by rollback_and_notify). */
export interface UndoSpec {
  operation: string;
  /** Builds the undo operation's input from the original input and output. */
  input(originalInput: Record<string, unknown>, output: Record<string, unknown>): Record<string, unknown>;
}

export interface OperationDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** When to use it and what it changes, written for the planner and the catalogue. */
  description: string;
  keywords: string[];
  /** Example requests this operation answers (for the planner and the docs). */
  examples: string[];
  effect: Effect;
  idempotent: boolean;
  input: I;
  output: O;
  /** Named success conditions this operation satisfies when it returns (seed: "task_created"). */
  outcomes?: string[];
  undo?: UndoSpec;
  run(input: z.output<I>, ctx: DriverContext): Promise<z.input<O>>;
}

/** A setting or credential field read from the environment (later also from the vault). */
export interface FieldSpec {
  name: string;
  env: string;
  description: string;
  default?: string;
}

export interface HealthResult {
  ok: boolean;
  /** Short status words for the driver check, e.g. {api_status: 'healthy'}. */
  details: Record<string, string>;
  message?: string;
}

export interface DriverDef {
  name: string;
  /** Other names accepted in documents, e.g. `asana_driver`. `<name>_driver` is always accepted. */
  aliases?: string[];
  title: string;
  description: string;
  keywords: string[];
  settings?: FieldSpec[];
  credentials?: {
    kind: 'api_key' | 'bearer_token' | 'basic' | 'oauth2' | 'url' | 'none';
    fields: FieldSpec[];
    /** When false the driver works without credentials (e.g. http). */
    required: boolean;
  };
  /** At most `requests` calls per `perMs` per credential; the engine keeps to it. */
  rateLimit?: { requests: number; perMs: number };
  operations: Record<string, OperationDef<any, any>>;
  health?(ctx: DriverContext): Promise<HealthResult>;
}

/** Identity function that type-checks a driver definition. */
export function defineDriver<D extends DriverDef>(def: D): D {
  return def;
}

/** Identity function that type-checks one operation and infers its schemas' types for `run`. */
export function defineOperation<I extends z.ZodType, O extends z.ZodType>(def: OperationDef<I, O>): OperationDef<I, O> {
  return def;
}
