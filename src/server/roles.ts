/**
 * The permission table: which role may do what. Every route names one permission and the
 * route wrapper checks it against this table (403 when missing); the tenant-isolation test
 * walks every route with every role against this same table.
 */
import type { Role } from '../store/server-types.ts';

export const permissionTable = {
  'workflows:read': ['admin', 'editor', 'operator', 'viewer'],
  'workflows:write': ['admin', 'editor'],
  'runs:read': ['admin', 'editor', 'operator', 'viewer'],
  'runs:start': ['admin', 'editor', 'operator'],
  'runs:cancel': ['admin', 'editor', 'operator'],
  'runs:retry': ['admin', 'editor', 'operator'],
  'approvals:read': ['admin', 'editor', 'operator', 'viewer'],
  'approvals:decide': ['admin', 'editor', 'operator'],
  'drivers:read': ['admin', 'editor', 'operator', 'viewer'],
  'plan:create': ['admin', 'editor'],
  'credentials:read': ['admin'],
  'credentials:write': ['admin'],
  'keys:read': ['admin'],
  'keys:write': ['admin'],
  'audit:read': ['admin'],
  'settings:read': ['admin', 'editor', 'operator', 'viewer'],
  'settings:write': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;

/** True when `role` has `permission`. */
export function allows(role: Role, permission: Permission): boolean {
  return (permissionTable[permission] as readonly Role[]).includes(role);
}

/** The roles holding a permission (for messages and the docs). */
export function rolesFor(permission: Permission): readonly Role[] {
  return permissionTable[permission];
}
