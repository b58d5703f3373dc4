import { html, nothing, type TemplateResult } from 'lit';
import type { Organization } from '../../domain/orgs.js';
import { cssProps } from '../shared/css-props.js';
import type { WidgetHost } from '../shared/widget-host.js';
import { ORG_CLASS_KEYS, ORG_LEVEL_KEYS, POST_ROLE_KEYS, type OrgTreeMessageKey, type OrgTreeT } from './messages.js';
import type { Row, TreeModel } from './tree-model.js';

/** What the tree's parts (rows, search, detail panel) get from `<party-org-tree>`. */
export type OrgTreeHost = WidgetHost<OrgTreeMessageKey, unknown>;

/** What a row needs from the tree to render itself, beside the host's words. */
export interface RowContext extends OrgTreeHost {
  model: TreeModel;
  /** Key of the row holding the one tab stop. */
  focusKey: string;
  selectedId: string | null;
  /** Offset of row `index` in the virtual window, in px. */
  top: (index: number) => number;
  pageSize: number;
}

/** "社区·党总支" / "Community general branch". */
export function kindText(org: Organization, t: OrgTreeT): string {
  return t('orgTree.kind', { level: t(ORG_LEVEL_KEYS[org.level]), classification: t(ORG_CLASS_KEYS[org.classification]) });
}

/** "书记：张三" / "Secretary: Zhang San", or that there is none. */
export function headText(org: Organization, t: OrgTreeT): string {
  return org.head ? t('orgTree.head', { role: t(POST_ROLE_KEYS[org.head.role]), name: org.head.name }) : t('orgTree.noHead');
}

/**
 * One treeitem, absolutely placed at its index in the flattened tree. Rows are flat siblings, so
 * aria-level / aria-setsize / aria-posinset carry the structure (the APG pattern for trees
 * without nested groups), and they stay right whatever slice of the tree is rendered.
 */
export function renderRow(row: Row, index: number, ctx: RowContext): TemplateResult {
  const focused = row.key === ctx.focusKey;
  const style = cssProps({ transform: `translateY(${ctx.top(index)}px)`, '--depth': String(row.depth) });
  if (row.type === 'node') {
    const node = ctx.model.get(row.id)!;
    const org = node.org;
    const expandable = ctx.model.isExpandable(row.id);
    const selected = ctx.selectedId === row.id;
    return html`<div
      role="treeitem"
      class="row node${selected ? ' selected' : ''}"
      part="row${selected ? ' row-selected' : ''}"
      data-key=${row.key}
      tabindex=${focused ? 0 : -1}
      aria-level=${row.depth}
      aria-setsize=${row.setsize}
      aria-posinset=${row.posinset}
      aria-expanded=${expandable ? String(node.expanded) : nothing}
      aria-selected=${String(selected)}
      ${style}
    >
      <span class="twisty${expandable ? '' : ' leaf'}${node.expanded ? ' open' : ''}" data-toggle aria-hidden="true"></span>
      <span class="text">
        <span class="name" part="row-name">${org.name}</span>
        <span class="meta"
          >${kindText(org, ctx.t)} · ${headText(org, ctx.t)} · ${ctx.t('orgTree.members', { count: org.memberCount })}</span
        >
      </span>
    </div>`;
  }
  const parent = ctx.model.get(row.parentId)!;
  let body: unknown;
  if (row.type === 'more') {
    const page = Math.min(ctx.pageSize, row.remaining);
    body = html`<span class="text action">${ctx.t('orgTree.loadMore', { page, count: row.remaining })}</span>`;
  } else if (row.type === 'loading') {
    body = html`<span class="text"><span class="spinner" aria-hidden="true"></span> ${ctx.t('orgTree.loadingChildren')}</span>`;
  } else {
    const error = parent.error ? ctx.errorText(parent.error) : '';
    body = html`<span class="text error-text">
      <span class="name">${ctx.t('orgTree.childrenError', { name: parent.org.name, error })}</span>
      <span class="action">${ctx.t('common.retry')}<span class="visually-hidden"> ${ctx.t('orgTree.retryHint')}</span></span>
    </span>`;
  }
  return html`<div
    role="treeitem"
    class="row extra ${row.type}"
    part="row row-${row.type}"
    data-key=${row.key}
    tabindex=${focused ? 0 : -1}
    aria-level=${row.depth}
    aria-setsize=${row.setsize}
    aria-posinset=${row.posinset}
    aria-busy=${row.type === 'loading' ? 'true' : nothing}
    ${style}
  >
    <span class="twisty leaf" aria-hidden="true"></span>${body}
  </div>`;
}
