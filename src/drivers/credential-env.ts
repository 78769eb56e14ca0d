/**
 * Per-tenant credentials from the vault take the place of environment variables: values are
 * given by field name (`token`, `base_url`) and looked up under each field's variable
 * (`AUTOFLOW_ASANA_TOKEN`), so the registry, the context builder and the driver check read
 * them exactly as they read the environment.
 */
import type { DriverDef } from './define.ts';
import type { Env } from './registry.ts';

/** `env` with `values` (by credential or setting field name) overriding the fields' variables. */
export function withCredentialValues(driver: DriverDef, env: Env, values: Record<string, string> | undefined): Env {
  if (!values) return env;
  const over: Record<string, string> = {};
  for (const f of [...(driver.credentials?.fields ?? []), ...(driver.settings ?? [])]) {
    if (typeof values[f.name] === 'string') over[f.env] = values[f.name];
  }
  if (!Object.keys(over).length) return env;
  return new Proxy(env, { get: (t, k) => (typeof k === 'string' && k in over ? over[k] : t[k as string]) });
}

/** Field names a driver accepts from the vault: its credential fields and its settings. */
export function credentialFieldNames(driver: DriverDef): { credentials: string[]; settings: string[] } {
  return { credentials: (driver.credentials?.fields ?? []).map((f) => f.name), settings: (driver.settings ?? []).map((f) => f.name) };
}
