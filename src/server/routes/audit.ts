/** The audit trail (admins): read-only, newest first, filtered by actor, action, target and time. */
import { z } from 'zod';
import type { AuditRecord } from '../../store/server-types.ts';
import { route, type RouteDef } from '../route.ts';
import { LimitParam, TimeParam } from '../schemas.ts';
import type { Services } from '../services.ts';

const AuditEntry = z.object({
  id: z.number().int(), at: z.string(), actor: z.string().describe('Key id'), actor_name: z.string().nullable(), role: z.string().nullable(),
  action: z.string().describe('Route id, e.g. workflows.create, runs.start, approvals.approve, keys.revoke, credentials.create'),
  target_type: z.string().nullable(), target_id: z.string().nullable(), method: z.string().nullable(), path: z.string().nullable(),
  status: z.number().int().nullable(), ip: z.string().nullable().describe('Where the request came from'), request_id: z.string().nullable(), details: z.unknown(),
}).meta({ id: 'AuditEntry' });
const AuditList = z.object({ entries: z.array(AuditEntry), next_cursor: z.string().nullable() });
const AuditQuery = z.strictObject({
  actor: z.string().optional(), action: z.string().optional().describe('Exact, or a family with a trailing dot: "runs."'), target_id: z.string().optional(),
  since: TimeParam.optional(), until: TimeParam.optional(), limit: LimitParam, cursor: z.string().regex(/^\d+$/).optional(),
});

const view = (r: AuditRecord): z.infer<typeof AuditEntry> => ({ id: r.id!, at: new Date(r.at).toISOString(), actor: r.actor, actor_name: r.actor_name, role: r.role, action: r.action, target_type: r.target_type, target_id: r.target_id, method: r.method, path: r.path, status: r.status, ip: r.ip, request_id: r.request_id, details: r.details });

export function auditRoutes(s: Services): RouteDef[] {
  return [
    route({ id: 'audit.list', method: 'get', path: '/v1/audit', tag: 'Audit', summary: 'The audit trail: every mutation, approval, key and credential change (who, when, what, from where)', permission: 'audit:read', query: AuditQuery, response: { status: 200, description: 'Entries, newest first', schema: AuditList } },
      async ({ c, who, query }) => {
        const rows = await s.audit.list(who.tenantId, { actor: query.actor, action: query.action, target_id: query.target_id, since: query.since, until: query.until, before: query.cursor ? Number(query.cursor) : undefined, limit: query.limit });
        return c.json({ entries: rows.map(view), next_cursor: rows.length === query.limit ? String(rows.at(-1)!.id) : null });
      }),
  ];
}
