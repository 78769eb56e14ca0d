/**
 * The driver registry: looks drivers up by name or alias (`asana`, `asana_driver`), resolves
 * their settings and credentials from the environment, builds the catalogue that the planner,
 * the CLI and `/v1/drivers` show, and builds the context an operation runs with.
 */
import { z } from 'zod';
import type { DriverContext, DriverDef, OperationDef } from './define.ts';
import { registerSecret } from '../platform/secrets.ts';

/** Canonical form of a driver name: lower case, `_driver` suffix dropped. */
export function canonicalDriverName(name: string): string {
  return name.trim().toLowerCase().replace(/[-_]driver$/, '');
}

/** An environment-like lookup (process.env by default; tests pass their own). */
export type Env = Record<string, string | undefined>;

export class DriverRegistry {
  private byName = new Map<string, DriverDef>();
  readonly drivers: DriverDef[];

  constructor(drivers: DriverDef[]) {
    this.drivers = drivers;
    for (const d of drivers) {
      this.byName.set(d.name, d);
      for (const a of d.aliases ?? []) this.byName.set(canonicalDriverName(a), d);
    }
  }

  /** The driver for a name as written in a document, or undefined. */
  get(name: string): DriverDef | undefined {
    return this.byName.get(canonicalDriverName(name));
  }

  /** The operation, or undefined when the driver or operation is unknown. */
  operation(driver: string, operation: string): OperationDef | undefined {
    const d = this.get(driver);
    return d ? d.operations[operation] : undefined;
  }

  /** All names a document may use for drivers (for "did you mean"). */
  names(): string[] {
    return [...this.byName.keys()];
  }

  /** Resolves the driver's non-secret settings from env, applying defaults. */
  settings(driver: DriverDef, env: Env = process.env): Record<string, string | undefined> {
    const out: Record<string, string | undefined> = {};
    for (const f of driver.settings ?? []) out[f.name] = env[f.env] || f.default;
    return out;
  }

  /** Resolves credential values from env and registers each for redaction. */
  credentials(driver: DriverDef, env: Env = process.env): Record<string, string | undefined> {
    const out: Record<string, string | undefined> = {};
    for (const f of driver.credentials?.fields ?? []) {
      const v = env[f.env] || f.default;
      registerSecret(v);
      out[f.name] = v;
    }
    return out;
  }

  /** Names of required credential fields that have no value (empty when ready). */
  missingCredentials(driver: DriverDef, env: Env = process.env): string[] {
    if (!driver.credentials?.required) return [];
    const creds = this.credentials(driver, env);
    return driver.credentials.fields.filter((f) => !creds[f.name]).map((f) => f.env);
  }

  /** The catalogue: every driver and operation with JSON schemas (the shape of /v1/drivers). */
  catalog(): CatalogDriver[] {
    return this.drivers.map((d) => ({
      name: d.name,
      aliases: d.aliases ?? [],
      title: d.title,
      description: d.description,
      keywords: d.keywords,
      credentials: d.credentials ? { kind: d.credentials.kind, required: d.credentials.required, fields: d.credentials.fields.map((f) => ({ name: f.name, env: f.env, description: f.description })) } : { kind: 'none', required: false, fields: [] },
      settings: (d.settings ?? []).map((f) => ({ name: f.name, env: f.env, description: f.description, default: f.default })),
      rate_limit: d.rateLimit ? { requests: d.rateLimit.requests, per_ms: d.rateLimit.perMs } : null,
      operations: Object.entries(d.operations).map(([name, op]) => ({
        name,
        description: op.description,
        keywords: op.keywords,
        examples: op.examples,
        effect: op.effect,
        idempotent: op.idempotent,
        outcomes: op.outcomes ?? [],
        undo: op.undo ? op.undo.operation : null,
        input_schema: jsonSchema(op.input, 'input'),
        output_schema: jsonSchema(op.output, 'output'),
      })),
    }));
  }
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  try {
    return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  } catch {
    return {};
  }
}

export interface CatalogOperation {
  name: string;
  description: string;
  keywords: string[];
  examples: string[];
  effect: string;
  idempotent: boolean;
  outcomes: string[];
  undo: string | null;
  input_schema: unknown;
  output_schema: unknown;
}

export interface CatalogDriver {
  name: string;
  aliases: string[];
  title: string;
  description: string;
  keywords: string[];
  credentials: { kind: string; required: boolean; fields: { name: string; env: string; description: string }[] };
  settings: { name: string; env: string; description: string; default?: string }[];
  rate_limit: { requests: number; per_ms: number } | null;
  operations: CatalogOperation[];
}

/** Fields an operation context needs beyond the driver's own settings/credentials. */
export type ContextBase = Omit<DriverContext, 'settings' | 'credentials'>;
