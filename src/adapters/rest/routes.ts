/**
 * The HTTP contract as data: one route per adapter method. The RestAdapter builds requests from
 * it, the reference server routes with it and the OpenAPI generator describes it, so the three
 * cannot disagree about a path.
 */
export interface Route {
  readonly method: 'GET' | 'POST';
  /** With `{name}` placeholders for path parameters. */
  readonly path: string;
  /** Writes that must carry an `Idempotency-Key` header (and may therefore be retried). */
  readonly idempotent?: boolean;
}

export const ROUTES = {
  'session.current': { method: 'GET', path: '/session' },
  'areas.roots': { method: 'GET', path: '/areas/roots' },
  'areas.search': { method: 'GET', path: '/areas/search' },
  'areas.children': { method: 'GET', path: '/areas/{id}/children' },
  'areas.path': { method: 'GET', path: '/areas/{id}/path' },
  'areas.get': { method: 'GET', path: '/areas/{id}' },
  'cases.categories': { method: 'GET', path: '/cases/categories' },
  'cases.departments': { method: 'GET', path: '/cases/departments' },
  'cases.similar': { method: 'GET', path: '/cases/similar' },
  'cases.list': { method: 'GET', path: '/cases' },
  'cases.stats': { method: 'GET', path: '/cases/stats' },
  'cases.submit': { method: 'POST', path: '/cases', idempotent: true },
  'cases.get': { method: 'GET', path: '/cases/{idOrNumber}' },
  'cases.act': { method: 'POST', path: '/cases/{id}/actions', idempotent: true },
  'cases.follow': { method: 'POST', path: '/cases/{id}/follow' },
  'orgs.roots': { method: 'GET', path: '/orgs/roots' },
  'orgs.search': { method: 'GET', path: '/orgs/search' },
  'orgs.children': { method: 'GET', path: '/orgs/{id}/children' },
  'orgs.members': { method: 'GET', path: '/orgs/{id}/members' },
  'orgs.get': { method: 'GET', path: '/orgs/{id}' },
  'volunteers.teams': { method: 'GET', path: '/volunteers/teams' },
  'volunteers.query': { method: 'GET', path: '/volunteers' },
  'volunteers.stats': { method: 'GET', path: '/volunteers/stats' },
  'volunteers.join': { method: 'POST', path: '/volunteers/join', idempotent: true },
  'volunteers.get': { method: 'GET', path: '/volunteers/{id}' },
  'volunteers.reveal': { method: 'POST', path: '/volunteers/{id}/reveal' },
  'volunteers.logHours': { method: 'POST', path: '/volunteers/{id}/hours', idempotent: true },
  'services.taxonomy': { method: 'GET', path: '/services/taxonomy' },
  'services.query': { method: 'GET', path: '/services' },
  'services.stats': { method: 'GET', path: '/services/stats' },
  'services.request': { method: 'POST', path: '/services/requests', idempotent: true },
  'services.postDemand': { method: 'POST', path: '/services/demands', idempotent: true },
  'services.get': { method: 'GET', path: '/services/{kind}/{id}' },
} as const satisfies Record<string, Route>;

export type OperationId = keyof typeof ROUTES;

/** `/areas/{id}/children` with `{ id: 'a/b' }` → `/areas/a%2Fb/children`. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
}

/**
 * The operation a request is for, with its decoded path parameters, or null. Where two routes
 * match (`/areas/search` and `/areas/{id}`), the one with more literal segments wins.
 */
export function matchRoute(method: string, pathname: string): { op: OperationId; params: Record<string, string> } | null {
  const parts = pathname.split('/').filter(Boolean);
  let best: { op: OperationId; params: Record<string, string>; literals: number } | null = null;
  for (const [op, route] of Object.entries(ROUTES) as Array<[OperationId, Route]>) {
    if (route.method !== method) continue;
    const template = route.path.split('/').filter(Boolean);
    if (template.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const ok = template.every((seg, i) => {
      const name = /^\{(\w+)\}$/.exec(seg)?.[1];
      if (!name) return seg === parts[i] && ++literals > 0;
      try {
        params[name] = decodeURIComponent(parts[i]!);
        return true;
      } catch {
        return false;
      }
    });
    if (ok && (!best || literals > best.literals)) best = { op, params, literals };
  }
  return best && { op: best.op, params: best.params };
}
