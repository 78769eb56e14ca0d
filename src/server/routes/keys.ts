/**
 * API keys (admins): create (the value is shown once), list (prefix only), revoke. Admins of
 * the installation's `default` tenant may create the first key of another tenant. The last
 * admin key of a tenant cannot be revoked (the tenant would be locked out).
 */
import { z } from 'zod';
import { roleNames, type ApiKeyRow } from '../../store/server-types.ts';
import { defaultTenant } from '../auth.ts';
import { httpError, notFound } from '../errors.ts';
import { route, type RouteDef } from '../route.ts';
import { Ident } from '../schemas.ts';
import type { Services } from '../services.ts';

const Role = z.enum(roleNames as ['admin', 'editor', 'operator', 'viewer']);
const CreateKey = z.strictObject({
  name: z.string().min(1).max(100).describe('Who or what uses the key; approval gates name approvers by it'),
  role: Role,
  tenant: Ident.optional().describe('Another tenant (only for admins of the default tenant); default: the caller\'s'),
}).meta({ id: 'CreateKey' });
const ApiKey = z.object({ id: z.string(), name: z.string(), role: Role, tenant: z.string(), prefix: z.string().describe('The visible start of the key'), created_at: z.string(), created_by: z.string().nullable(), revoked_at: z.string().nullable() }).meta({ id: 'ApiKey' });
const CreatedKey = ApiKey.extend({ key: z.string().describe('The key itself: shown only in this response') }).meta({ id: 'CreatedKey' });
const KeyList = z.object({ keys: z.array(ApiKey) });

const view = (k: ApiKeyRow): z.infer<typeof ApiKey> => ({ id: k.id, name: k.name, role: k.role, tenant: k.tenant_id, prefix: `${k.prefix}…`, created_at: new Date(k.created_at).toISOString(), created_by: k.created_by, revoked_at: k.revoked_at === null ? null : new Date(k.revoked_at).toISOString() });

export function keyRoutes(s: Services): RouteDef[] {
  return [
    route({ id: 'keys.create', method: 'post', path: '/v1/keys', tag: 'API keys', summary: 'Create an API key (its value is shown once)', permission: 'keys:write', body: CreateKey, target: 'key', response: { status: 201, description: 'The key, with its value', schema: CreatedKey } },
      async ({ c, who, body, audit }) => {
        const tenant = body.tenant ?? who.tenantId;
        if (tenant !== who.tenantId && who.tenantId !== defaultTenant) throw httpError(403, 'forbidden', 'Only admins of the default tenant may create keys for another tenant.');
        const { row, key } = await s.auth.create({ tenantId: tenant, name: body.name, role: body.role, createdBy: who.keyId });
        audit({ name: row.name, role: row.role, tenant, prefix: row.prefix }, row.id);
        return c.json({ ...view(row), key }, 201);
      }),
    route({ id: 'keys.list', method: 'get', path: '/v1/keys', tag: 'API keys', summary: 'List API keys (prefix only)', permission: 'keys:read', response: { status: 200, description: 'Keys', schema: KeyList } },
      async ({ c, who }) => c.json({ keys: (await s.auth.list(who.tenantId)).map(view) })),
    route({ id: 'keys.revoke', method: 'delete', path: '/v1/keys/:id', tag: 'API keys', summary: 'Revoke an API key (takes effect at once)', permission: 'keys:write', target: 'key', response: { status: 200, description: 'The revoked key', schema: ApiKey }, errors: [409] },
      async ({ c, who, params, audit }) => {
        const key = await s.auth.get(who.tenantId, params.id);
        if (!key || key.revoked_at !== null) throw notFound('key', params.id);
        if (key.role === 'admin' && (await s.auth.list(who.tenantId)).filter((k) => k.role === 'admin' && k.revoked_at === null).length === 1) {
          throw httpError(409, 'conflict', 'This is the tenant\'s last admin key.', 'Create another admin key first.');
        }
        await s.auth.revoke(who.tenantId, params.id);
        audit({ name: key.name, role: key.role, prefix: key.prefix });
        return c.json(view((await s.auth.get(who.tenantId, params.id))!));
      }),
  ];
}
