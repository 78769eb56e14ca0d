/**
 * The driver check (seed 000 stage 5): for every driver a workflow needs, whether it is known,
 * whether its credentials are configured, and — when asked for live checks — whether its
 * service answers. Shape: `{required_drivers: [{name, status, credentials, api_status,
 * rate_limit, ...}], execution_ready}`. Missing credentials say which variable to set.
 */
import { systemClock } from '../platform/clock.ts';
import { toErrorData } from '../platform/errors.ts';
import { guardedFetch } from '../platform/guarded-fetch.ts';
import { silentLogger } from '../platform/logger.ts';
import { parseChannel } from './notify/channel-spec.ts';
import type { WorkflowGraph } from '../workflow/graph.ts';
import type { ActionStep, Workflow } from '../workflow/schema.ts';
import { buildDriverContext } from './context.ts';
import type { DriverDef } from './define.ts';
import type { DriverRegistry, Env } from './registry.ts';

export interface DriverStatus {
  name: string;
  driver: string;
  status: 'available' | 'unavailable' | 'unknown';
  credentials: 'valid' | 'configured' | 'missing' | 'invalid' | 'not_required';
  api_status: 'healthy' | 'unhealthy' | 'unreachable' | 'unchecked';
  rate_limit: 'within_limits' | 'throttled';
  message?: string;
  [detail: string]: unknown;
}

export interface DriverCheck {
  required_drivers: DriverStatus[];
  execution_ready: boolean;
}

/** Drivers a workflow uses, by the name it writes them with (first spelling wins). */
export function requiredDrivers(workflow: Workflow, graph: WorkflowGraph, registry: DriverRegistry): { written: string; def?: DriverDef }[] {
  const seen = new Map<string, { written: string; def?: DriverDef }>();
  const add = (written: string) => {
    const def = registry.get(written);
    const key = def?.name ?? written;
    if (!seen.has(key)) seen.set(key, { written, def });
  };
  for (const node of graph.nodes.values()) if (node.kind === 'action') add((node.step as ActionStep).driver);
  const channel = workflow.error_handling?.notification_channel;
  if (workflow.error_handling?.on_failure === 'rollback_and_notify' && channel) {
    try { add(parseChannel(channel).driver); } catch { /* reported by the validator */ }
  }
  return [...seen.values()];
}

/** Checks each required driver; with `live`, calls its health check (bounded by `timeoutMs`). */
export async function checkDrivers(registry: DriverRegistry, workflow: Workflow, graph: WorkflowGraph, o: { env?: Env; live?: boolean; timeoutMs?: number; dataDir?: string } = {}): Promise<DriverCheck> {
  const env = o.env ?? process.env;
  const list = await Promise.all(requiredDrivers(workflow, graph, registry).map(async ({ written, def }): Promise<DriverStatus> => {
    if (!def) return { name: written, driver: written, status: 'unknown', credentials: 'missing', api_status: 'unchecked', rate_limit: 'within_limits', message: `No driver named '${written}'.` };
    const missing = registry.missingCredentials(def, env);
    const base: DriverStatus = { name: written, driver: def.name, status: 'available', credentials: def.credentials?.required ? 'configured' : 'not_required', api_status: 'unchecked', rate_limit: 'within_limits' };
    if (missing.length) {
      const urlVar = def.settings?.find((s) => /BASE_URL$/.test(s.env))?.env;
      return { ...base, status: 'unavailable', credentials: 'missing', message: `Set ${missing.join(' and ')}${urlVar ? ` (and ${urlVar} to use another server)` : ''}; for local fakes run \`autoflow dev-services\`.` };
    }
    if (!o.live || !def.health) return base;
    const signal = AbortSignal.timeout(o.timeoutMs ?? 5000);
    try {
      const ctx = buildDriverContext(registry, def, env, { fetch: guardedFetch(), clock: systemClock, log: silentLogger, signal, idempotencyKey: 'health', runId: 'health', stepId: 'health', dataDir: o.dataDir ?? './data', call: async () => ({}) });
      const h = await def.health(ctx);
      if (h.ok) return { ...base, ...h.details, credentials: def.credentials?.required ? 'valid' : 'not_required', api_status: 'healthy' };
      const authFailed = /auth|credential|token|401|403/i.test(h.message ?? '');
      return { ...base, ...h.details, status: 'unavailable', credentials: authFailed ? 'invalid' : base.credentials, api_status: 'unhealthy', message: h.message };
    } catch (err) {
      const e = toErrorData(err);
      const authFailed = e.status === 401 || e.status === 403;
      return { ...base, status: 'unavailable', credentials: authFailed ? 'invalid' : base.credentials, api_status: authFailed ? 'unhealthy' : 'unreachable', message: e.message + (e.hint ? ` ${e.hint}` : '') };
    }
  }));
  return { required_drivers: list, execution_ready: list.every((d) => d.status === 'available') };
}
