import type { AreaLevel } from './areas.js';

/** "Similar cases" shows at most this many: the newest open cases of the category nearby. */
export const SIMILAR_CASES_LIMIT = 5;

/**
 * Where "nearby" ends for a report in the area at the end of `path` (top down to it): its community,
 * where neighbours see the same street light; an area above community level is its own scope.
 */
export function similarCasesScope(path: ReadonlyArray<{ id: string; level: AreaLevel }>, areaId: string): string {
  return path.find((a) => a.level === 'community')?.id ?? areaId;
}
