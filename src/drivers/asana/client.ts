/**
 * Asana connection details: the settings and credential the driver reads, and an HTTP client
 * bound to an operation's context (base URL, bearer token, Asana's `{errors:[{message}]}`
 * error bodies turned into readable messages).
 */
import type { DriverContext, FieldSpec } from '../define.ts';
import { createHttpClient, type HttpClient } from '../http-client.ts';

export const ASANA_DEFAULT_BASE_URL = 'https://app.asana.com/api/1.0';

/** Non-secret settings: base URL and the default workspace for tasks created without a project. */
export const asanaSettings: FieldSpec[] = [
  { name: 'base_url', env: 'AUTOFLOW_ASANA_BASE_URL', description: 'Asana API base URL (point it at a local fake or proxy for tests).', default: ASANA_DEFAULT_BASE_URL },
  { name: 'workspace', env: 'AUTOFLOW_ASANA_WORKSPACE', description: 'Workspace gid used when a task is created without a project.' },
];

/** The personal access token (or OAuth access token). */
export const asanaTokenField: FieldSpec = {
  name: 'token',
  env: 'AUTOFLOW_ASANA_TOKEN',
  description: 'Asana personal access token (Settings → Apps → Developer apps), sent as a Bearer token.',
};

/** An HTTP client for Asana bound to one operation's context. */
export function asanaClient(ctx: Pick<DriverContext, 'fetch' | 'signal' | 'settings' | 'credentials'>): HttpClient {
  return createHttpClient(ctx, {
    service: 'Asana',
    baseUrl: ctx.settings.base_url || ASANA_DEFAULT_BASE_URL,
    baseUrlEnv: 'AUTOFLOW_ASANA_BASE_URL',
    token: ctx.credentials.token,
    tokenEnv: asanaTokenField.env,
    errorText: (body) => {
      const errors = (body as { errors?: { message?: string }[] } | undefined)?.errors;
      return Array.isArray(errors) && errors.length ? errors.map((e) => e.message).join('; ') : undefined;
    },
  });
}
