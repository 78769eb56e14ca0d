/** The driver catalogue: every driver with its operations and their JSON schemas (the planner reads the same). */
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
const DriverList = z.object({ drivers: z.array(CatalogDriverSchema) });

export function driverRoutes(s: Services): RouteDef[] {
  return [
    route({ id: 'drivers.list', method: 'get', path: '/v1/drivers', tag: 'Drivers', summary: 'The driver catalogue: operations with their input and output JSON schemas', permission: 'drivers:read', response: { status: 200, description: 'Drivers', schema: DriverList } },
      ({ c }) => c.json({ drivers: s.catalog() })),
    route({ id: 'drivers.get', method: 'get', path: '/v1/drivers/:name', tag: 'Drivers', summary: 'One driver of the catalogue', permission: 'drivers:read', response: { status: 200, description: 'The driver', schema: CatalogDriverSchema } },
      ({ c, params }) => {
        const def = s.registry.get(params.name);
        const d = def && s.catalog().find((x) => x.name === def.name);
        if (!d) throw notFound('driver', params.name);
        return c.json(d);
      }),
  ];
}
