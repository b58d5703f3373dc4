import { LIMITS } from '../../../../src/domain/common.js';
import type { OrgsApi } from '../../../../src/adapters/contract.js';
import { AdapterError } from '../../../../src/adapters/errors.js';
import type { SqlContext } from '../context.js';
import { placeholders } from '../db.js';
import { encodeCursor, keysetLimit, keysetPage } from '../keyset.js';
import { afterCursor, cursorKey } from './cursor.js';
import { pathsOf } from './paths.js';
import { countMatches, containsPattern, hitKeys } from './search.js';
import {
  ORG_COLUMNS,
  ORG_FROM,
  PERSON_COLUMNS,
  toMembership,
  toOrganization,
  toPost,
  type MembershipRow,
  type OrgRow,
  type PostRow,
} from './rows.js';

const orgKey = (row: OrgRow) => [row.sort_key, row.id];

/** The orgs group in SQL: the same answers as the memory adapter's, read by index. Orgs are read-only, so reads need no transaction. */
export function createSqlOrgsApi(ctx: SqlContext): OrgsApi {
  const { db, session } = ctx;

  const counts = async (id: string) => {
    const row = await db.get<{ child_count: number; member_count: number }>(
      'SELECT child_count, member_count FROM organisations WHERE id = ?',
      [id],
    );
    if (!row) throw new AdapterError('not_found', `No organisation ${id}`);
    return row;
  };

  return {
    async roots() {
      const rows = await db.all<OrgRow>(`SELECT ${ORG_COLUMNS} FROM ${ORG_FROM} WHERE o.parent_id IS NULL ORDER BY o.sort_key, o.id`);
      return rows.map(toOrganization);
    },

    async children(parentId, options = {}) {
      const { child_count } = await counts(parentId);
      const { limit, fetch } = keysetLimit(options.limit);
      const page = afterCursor('o.sort_key, o.id', options.cursor);
      const rows = await db.all<OrgRow>(
        `SELECT ${ORG_COLUMNS} FROM ${ORG_FROM} WHERE o.parent_id = ?${page.sql} ORDER BY o.sort_key, o.id LIMIT ?`,
        [parentId, ...page.params, fetch],
      );
      return keysetPage(rows, limit, orgKey, toOrganization, child_count);
    },

    async get(id) {
      const row = await db.get<OrgRow>(`SELECT ${ORG_COLUMNS} FROM ${ORG_FROM} WHERE o.id = ?`, [id]);
      if (!row) throw new AdapterError('not_found', `No organisation ${id}`);
      const [paths, posts] = await Promise.all([
        pathsOf(db, [id]),
        db.all<PostRow>(
          `SELECT id, organisation_id, role, label, ${PERSON_COLUMNS} FROM org_posts WHERE organisation_id = ? ORDER BY position`,
          [id],
        ),
      ]);
      return { organization: toOrganization(row), path: paths.get(id)!, posts: posts.map((p) => toPost(p, session)) };
    },

    async members(organizationId, options = {}) {
      const { member_count } = await counts(organizationId);
      const { limit, fetch } = keysetLimit(options.limit);
      const page = afterCursor('position, id', options.cursor);
      const rows = await db.all<MembershipRow>(
        `SELECT id, organisation_id, position, kind, start_date, ${PERSON_COLUMNS}
           FROM org_memberships WHERE organisation_id = ?${page.sql} ORDER BY position, id LIMIT ?`,
        [organizationId, ...page.params, fetch],
      );
      // member_count is kept with the organisation, so the total costs nothing.
      return keysetPage(rows, limit, (m) => [m.position, m.id], (m) => toMembership(m, session), member_count);
    },

    async search(text, options = {}) {
      const needle = text.trim();
      if (needle.length > LIMITS.search) {
        throw new AdapterError('validation', 'Search text too long', {
          fieldErrors: { text: { code: 'too_long', max: LIMITS.search } },
        });
      }
      const { limit, fetch } = keysetLimit(options.limit);
      const after = cursorKey(options.cursor);
      if (!needle) return { items: [], nextCursor: null, total: 0 };
      const pattern = containsPattern(needle);
      const counts = await countMatches(db, pattern);
      if (counts.total === 0) return { items: [], nextCursor: null, total: 0 };
      const keys = await hitKeys(db, pattern, after, fetch, counts);
      const shown = keys.slice(0, limit).map(([, id]) => id);
      const [rows, paths] = await Promise.all([
        shown.length === 0
          ? []
          : db.all<OrgRow>(`SELECT ${ORG_COLUMNS} FROM ${ORG_FROM} WHERE o.id IN (${placeholders(shown.length)}) ORDER BY o.sort_key, o.id`, shown),
        pathsOf(db, shown),
      ]);
      return {
        items: rows.map((row) => ({ organization: toOrganization(row), path: paths.get(row.id)! })),
        nextCursor: keys.length > limit ? encodeCursor(keys[limit - 1]!) : null,
        total: counts.total,
      };
    },
  };
}
