/**
 * Credentials (admins): create, list, delete. Values go into the vault encrypted and are never
 * returned, logged, audited or put in run history; listings show names and field names only.
 */
import { z } from 'zod';
import type { CredentialRow } from '../../store/server-types.ts';
import { notFound } from '../errors.ts';
import { route, type RouteDef } from '../route.ts';
import { Ident } from '../schemas.ts';
import type { Services } from '../services.ts';

const CreateCredential = z.strictObject({
  name: Ident.describe('Unique in the tenant'),
  driver: z.string().min(1).describe('Driver the values are for, e.g. "asana"'),
  values: z.record(z.string(), z.string().min(1).max(10_000)).refine((v) => Object.keys(v).length > 0, 'at least one value').describe('By field name: the driver\'s credential fields (e.g. token) and settings (e.g. base_url)'),
}).meta({ id: 'CreateCredential' });
const Credential = z.object({ id: z.string(), name: z.string(), driver: z.string(), fields: z.array(z.string()).describe('Field names held; values are never returned'), created_at: z.string(), created_by: z.string().nullable() }).meta({ id: 'Credential' });
const CredentialList = z.object({ credentials: z.array(Credential) });

const view = (r: CredentialRow): z.infer<typeof Credential> => ({ id: r.id, name: r.name, driver: r.driver, fields: r.fields, created_at: new Date(r.created_at).toISOString(), created_by: r.created_by });

export function credentialRoutes(s: Services): RouteDef[] {
  return [
    route({ id: 'credentials.create', method: 'post', path: '/v1/credentials', tag: 'Credentials', summary: 'Store a credential for a driver (encrypted; never shown again)', permission: 'credentials:write', body: CreateCredential, target: 'credential', response: { status: 201, description: 'Stored (without its values)', schema: Credential }, errors: [409] },
      async ({ c, who, body, audit }) => {
        const row = await s.vault.create(who.tenantId, body, who.keyId);
        s.runs.credentialsChanged();
        audit({ name: row.name, driver: row.driver, fields: row.fields }, row.id);
        return c.json(view(row), 201);
      }),
    route({ id: 'credentials.list', method: 'get', path: '/v1/credentials', tag: 'Credentials', summary: 'List credentials (names and field names only)', permission: 'credentials:read', response: { status: 200, description: 'Credentials', schema: CredentialList } },
      async ({ c, who }) => c.json({ credentials: (await s.vault.list(who.tenantId)).map(view) })),
    route({ id: 'credentials.delete', method: 'delete', path: '/v1/credentials/:id', tag: 'Credentials', summary: 'Delete a credential', permission: 'credentials:write', target: 'credential', response: { status: 200, description: 'Deleted', schema: z.object({ id: z.string(), deleted: z.literal(true) }) } },
      async ({ c, who, params, audit }) => {
        const row = await s.vault.get(who.tenantId, params.id);
        if (!row || !(await s.vault.delete(who.tenantId, params.id))) throw notFound('credential', params.id);
        s.runs.credentialsChanged();
        audit({ name: row.name, driver: row.driver });
        return c.json({ id: params.id, deleted: true as const });
      }),
  ];
}
