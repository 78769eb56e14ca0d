/**
 * Tenant settings: which drivers the tenant may use. `GET /v1/settings` (any role) shows them;
 * `PUT /v1/settings` (admins) replaces them. `enabled_drivers: null` means every driver; names
 * are canonicalised through the registry (aliases accepted) and unknown ones are refused with
 * the valid names. The planner plans only with enabled drivers, and runs using others are refused.
 */
import { z } from 'zod';
import { closest } from '../../platform/suggest.ts';
import { canonicalDriverName } from '../../drivers/registry.ts';
import type { TenantSettingsRow } from '../../store/server-types.ts';
import { httpError } from '../errors.ts';
import { route, type RouteDef } from '../route.ts';
import type { Services } from '../services.ts';

const EnabledDrivers = z.array(z.string().min(1).max(100)).max(500).nullable().describe('Canonical driver names the tenant may use; null: every driver');
const PutSettings = z.strictObject({ enabled_drivers: EnabledDrivers }).meta({ id: 'PutSettings' });
const Settings = z.object({
  tenant: z.string(),
  enabled_drivers: EnabledDrivers,
  updated_at: z.string().nullable().describe('null while the tenant has the defaults'),
  updated_by: z.string().nullable(),
}).meta({ id: 'Settings' });

const view = (tenant: string, r: TenantSettingsRow | undefined): z.infer<typeof Settings> => ({ tenant, enabled_drivers: r?.enabled_drivers ?? null, updated_at: r ? new Date(r.updated_at).toISOString() : null, updated_by: r?.updated_by ?? null });

/** Canonical driver names for `names` (sorted, without duplicates); 422 naming every unknown one. */
export function canonicalDrivers(s: Services, names: string[]): string[] {
  const valid = s.registry.drivers.map((d) => d.name);
  const known = [...valid, ...s.registry.drivers.flatMap((d) => (d.aliases ?? []).map(canonicalDriverName))];
  const out = new Set<string>();
  const unknown: { name: string; did_you_mean: string | null }[] = [];
  for (const n of names) {
    const def = s.registry.get(n);
    if (def) out.add(def.name);
    else {
      const guess = closest(canonicalDriverName(n), known);
      unknown.push({ name: n, did_you_mean: guess ? s.registry.get(guess)!.name : null });
    }
  }
  if (unknown.length) {
    throw httpError(422, 'unknown_driver',
      `Unknown driver${unknown.length === 1 ? '' : 's'}: ${unknown.map((u) => `'${u.name}'${u.did_you_mean ? ` (did you mean '${u.did_you_mean}'?)` : ''}`).join(', ')}.`,
      `Valid drivers: ${valid.join(', ')}.`, { unknown, valid });
  }
  return [...out].sort();
}

export function settingsRoutes(s: Services): RouteDef[] {
  return [
    route({ id: 'settings.get', method: 'get', path: '/v1/settings', tag: 'Settings', summary: 'The tenant\'s settings: which drivers it may use (null: every driver)', permission: 'settings:read', response: { status: 200, description: 'The settings', schema: Settings } },
      async ({ c, who }) => c.json(view(who.tenantId, await s.stores.settings.getSettings(who.tenantId)))),
    route({ id: 'settings.update', method: 'put', path: '/v1/settings', tag: 'Settings', summary: 'Set the drivers the tenant may use', description: 'Replaces the tenant\'s enabled drivers (null: every driver). Names or aliases are accepted and stored canonical; unknown names answer 422 with the valid ones. The planner then plans only with these drivers, and runs whose steps use others are refused (422 `drivers_disabled`).',
      permission: 'settings:write', body: PutSettings, target: 'settings', response: { status: 200, description: 'The settings after the change', schema: Settings }, errors: [422] },
    async ({ c, who, body, audit }) => {
      const enabled = body.enabled_drivers === null ? null : canonicalDrivers(s, body.enabled_drivers);
      const before = await s.stores.settings.getSettings(who.tenantId);
      const row: TenantSettingsRow = { tenant_id: who.tenantId, enabled_drivers: enabled, updated_at: s.clock.now(), updated_by: who.keyId };
      await s.stores.settings.putSettings(row);
      audit({ enabled_drivers: enabled, previous: before?.enabled_drivers ?? null }, who.tenantId);
      return c.json(view(who.tenantId, row));
    }),
  ];
}
