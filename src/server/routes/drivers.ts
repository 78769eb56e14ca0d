/** The driver catalogue: every driver with its operations and their JSON schemas (the planner reads the same), marked `enabled` for the caller's tenant. */
import { z } from 'zod';
import { notFound } from '../errors.ts';
import { route, type RouteDef } from '../route.ts';
import type { Services } from '../services.ts';

const CatalogOperation = z.looseObject({ name: z.string(), description: z.string(), effect: z.string(), idempotent: z.boolean(), undo: z.string().nullable(), input_schema: z.unknown(), output_schema: z.unknown() });
export const CatalogDriverSchema = z.looseObject({
  name: z.string(), aliases: z.array(z.string()), title: z.string(), description: z.string(),
  credentials: z.looseObject({ kind: z.string(), required: z.boolean(), fields: z.array(z.looseObject({ name: z.string(), env: z.string() })) }),
  operations: z.array(CatalogOperation),
}).meta({ id: 'Driver' });
const TenantDriver = CatalogDriverSchema.extend({ enabled: z.boolean().describe('Whether the caller\'s tenant may use it (PUT /v1/settings)') }).meta({ id: 'TenantDriver' });
const DriverList = z.object({ drivers: z.array(TenantDriver) });

export function driverRoutes(s: Services): RouteDef[] {
  return [
    route({ id: 'drivers.list', method: 'get', path: '/v1/drivers', tag: 'Drivers', summary: 'The driver catalogue: operations with their input and output JSON schemas', permission: 'drivers:read', response: { status: 200, description: 'Drivers', schema: DriverList } },
      async ({ c, who }) => {
        const enabled = await s.enabledDrivers(who.tenantId);
        return c.json({ drivers: s.catalog().map((d) => ({ ...d, enabled: !enabled || enabled.includes(d.name) })) });
      }),
    route({ id: 'drivers.get', method: 'get', path: '/v1/drivers/:name', tag: 'Drivers', summary: 'One driver of the catalogue', permission: 'drivers:read', response: { status: 200, description: 'The driver', schema: TenantDriver } },
      async ({ c, who, params }) => {
        const def = s.registry.get(params.name);
        const d = def && s.catalog().find((x) => x.name === def.name);
        if (!d) throw notFound('driver', params.name);
        const enabled = await s.enabledDrivers(who.tenantId);
        return c.json({ ...d, enabled: !enabled || enabled.includes(d.name) });
      }),
  ];
}
