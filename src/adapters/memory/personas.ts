import type { Permission, Session } from '../../domain/session.js';

const CASE_STAFF: Permission[] = ['case:report', 'case:view-all', 'case:accept', 'case:dispatch', 'case:return', 'case:close'];

/**
 * Ready-made sessions for demos and tests. The ids match people in the seeded city;
 * `department-staff` works for the city-management department (`dept-cg`); `grid-centre` is the
 * city's grid centre, above the district level, so it supervises (urges, escalates) every case.
 */
export const PERSONAS = {
  anonymous: {
    userId: null,
    displayName: '访客',
    roles: ['anonymous'],
    permissions: ['case:report', 'service:request'],
    areaIds: [],
  },
  resident: {
    userId: 'u-resident-1',
    displayName: '王秀英',
    roles: ['resident'],
    permissions: ['case:report', 'service:request'],
    areaIds: ['d01-s01-c01'],
  },
  'grid-worker': {
    userId: 'u-grid-1',
    displayName: '李建国',
    roles: ['grid-worker'],
    permissions: ['case:report', 'case:view-all', 'case:accept', 'case:return', 'service:request', 'volunteer:log-hours'],
    areaIds: ['d01-s01-c01-g1'],
  },
  'community-staff': {
    userId: 'u-community-1',
    displayName: '张丽华',
    roles: ['community-staff'],
    permissions: [...CASE_STAFF, 'org:contact', 'volunteer:contact', 'volunteer:manage', 'volunteer:log-hours', 'service:request', 'service:manage'],
    areaIds: ['d01-s01-c01'],
  },
  'department-staff': {
    userId: 'u-dept-1',
    displayName: '赵志强',
    roles: ['department-staff'],
    permissions: ['case:view-all', 'case:resolve', 'case:return'],
    areaIds: [],
    departmentId: 'dept-cg',
  },
  'grid-centre': {
    userId: 'u-centre-1',
    displayName: '刘海燕',
    roles: ['grid-centre'],
    permissions: [...CASE_STAFF, 'case:verify', 'case:urge', 'case:escalate', 'org:contact', 'volunteer:contact'],
    areaIds: ['city'],
  },
  admin: {
    userId: 'u-admin-1',
    displayName: '系统管理员',
    roles: ['admin'],
    permissions: [
      ...CASE_STAFF,
      'case:resolve',
      'case:verify',
      'org:contact',
      'volunteer:contact',
      'volunteer:manage',
      'volunteer:log-hours',
      'service:request',
      'service:manage',
    ],
    areaIds: ['city'],
  },
} as const satisfies Record<string, Session>;

export type PersonaName = keyof typeof PERSONAS;

export function personaSession(name: PersonaName): Session {
  return structuredClone(PERSONAS[name]) as Session;
}
