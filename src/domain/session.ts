import * as z from 'zod/mini';
import { Id } from './common.js';

/**
 * What a session may do. Widgets show only the actions a permission allows;
 * backends enforce the same list.
 */
export const PERMISSIONS = [
  'case:report',
  'case:view-all',
  'case:accept',
  'case:dispatch',
  'case:resolve',
  'case:verify',
  'case:return',
  'case:close',
  /** Urge (督办) the department on a dispatched case: the grid centre's supervision. */
  'case:urge',
  /** Escalate a case to the grid centre level above (community → street → district). */
  'case:escalate',
  'org:contact',
  'volunteer:contact',
  'volunteer:manage',
  'volunteer:log-hours',
  'service:request',
  'service:manage',
] as const;
export const Permission = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof Permission>;

export const ROLES = [
  'anonymous',
  'resident',
  'grid-worker',
  'community-staff',
  'department-staff',
  'grid-centre',
  'admin',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Session = z.object({
  /** null for an anonymous visitor. */
  userId: z.nullable(Id),
  displayName: z.string(),
  roles: z.array(Role),
  permissions: z.array(Permission),
  /** Areas this person works in (staff) or lives in (resident). */
  areaIds: z.array(Id),
  /** Set for department staff: the department whose cases they handle. */
  departmentId: z.optional(z.nullable(Id)),
});
export type Session = z.infer<typeof Session>;

export function hasPermission(session: Session | null | undefined, permission: Permission): boolean {
  return !!session && session.permissions.includes(permission);
}
