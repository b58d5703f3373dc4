import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Adapter, OrgsApi } from '../../src/adapters/contract.js';
import { AdapterError } from '../../src/adapters/errors.js';
import { createMemoryAdapter, type PersonaName } from '../../src/adapters/memory/index.js';
import type { Organization } from '../../src/domain/orgs.js';
import '../../src/elements/party-org-tree/index.js';

interface Args {
  adapter: Adapter;
  root?: string;
  expandedDepth: number;
  selected?: string;
  pageSize: number;
  width?: string;
  theme?: string;
  elder?: boolean;
}

const memory = (session: PersonaName = 'resident', more: Parameters<typeof createMemoryAdapter>[0] = {}) =>
  createMemoryAdapter({ latency: [80, 250], session, ...more });

/** The memory tree, with `orgs` replaced by the overrides. */
function withOrgs(overrides: Partial<OrgsApi>, base = memory()): Adapter {
  return { name: 'story', session: base.session, orgs: { ...base.orgs, ...overrides } };
}

/** A street committee with 3,200 compound branches, to show paging ("load more"). */
function thousandsOfChildren(): Adapter {
  const base = memory();
  const parent: Organization = {
    id: 'o-big', name: '中共大型街道工作委员会', classification: 'committee', level: 'street', parentId: null,
    childCount: 3200, memberCount: 90, head: { personId: 'p-big', name: '周建华', role: 'secretary' },
  };
  const child = (i: number): Organization => ({
    id: `o-big-${i}`, name: `第${i + 1}小区党支部`, classification: 'branch', level: 'compound', parentId: 'o-big',
    childCount: 0, memberCount: 12, head: { personId: `p-big-${i}`, name: '陈明', role: 'secretary' },
  });
  return withOrgs(
    {
      roots: async () => [parent],
      async children(id, options = {}) {
        if (id !== 'o-big') return base.orgs.children(id, options);
        const offset = Number(options.cursor ?? 0);
        const limit = options.limit ?? 50;
        const end = Math.min(3200, offset + limit);
        const items = Array.from({ length: end - offset }, (_, i) => child(offset + i));
        return { items, nextCursor: end < 3200 ? String(end) : null, total: 3200 };
      },
    },
    base,
  );
}

const meta: Meta<Args> = {
  title: 'Widgets/party-org-tree',
  component: 'party-org-tree',
  args: { adapter: memory(), expandedDepth: 1, pageSize: 50 },
  render: (a) => html`<div style="max-inline-size: ${a.width ?? '100%'}">
    <party-org-tree
      .adapter=${a.adapter}
      root=${a.root ?? ''}
      expanded-depth=${a.expandedDepth}
      page-size=${a.pageSize}
      selected=${a.selected ?? ''}
      theme=${a.theme ?? ''}
      ?elder-friendly=${a.elder}
    ></party-org-tree>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The seeded city as a resident sees it: phone numbers masked, with a note why. */
export const Default: Story = { args: { selected: 'o-d01-s01-c01' } };

/** Community staff (`org:contact`) see full contact details. */
export const CommunityStaff: Story = { args: { adapter: memory('community-staff'), selected: 'o-d01-s01-c01' } };

/** No permission for contact details (anonymous visitor): masked, with the hint. */
export const NoPermission: Story = { args: { adapter: memory('anonymous'), selected: 'o-d01-s01-c01-g1-p1' } };

/** Waiting for the backend. */
export const Loading: Story = { args: { adapter: createMemoryAdapter({ latency: 600_000 }) } };

/** The backend fails: error with retry. */
export const Error: Story = { args: { adapter: createMemoryAdapter({ latency: 100, faults: { failRate: 1, methods: ['orgs.roots'] } }) } };

/** One node fails to load its children; the rest of the tree works. Expand 西城区. */
export const NodeError: Story = {
  args: {
    adapter: withOrgs({
      children: (id, options) =>
        id === 'o-d02' ? Promise.reject(new AdapterError('network', 'down')) : memory().orgs.children(id, options),
    }),
  },
};

/** No organisations. */
export const Empty: Story = { args: { adapter: withOrgs({ roots: async () => [] }) } };

/** The backend sends data that breaks the contract: a clear error, never a blank. */
export const BadData: Story = { args: { adapter: withOrgs({ roots: async () => [{ id: 'x' }] as never }) } };

/** A node with thousands of children, paged 50 at a time with a "load more" row. */
export const ThousandsOfChildren: Story = { args: { adapter: thousandsOfChildren() } };

/** 100,000 nodes; expand wide with `*` or the keyboard, the DOM stays small. */
export const HundredThousandNodes: Story = {
  name: '100k tree',
  args: { adapter: createMemoryAdapter({ sizes: { orgNodes: 100_000 }, latency: 0 }), expandedDepth: 3 },
};

/** Starting from one community (`root`), three levels open. */
export const FromACommunity: Story = { args: { root: 'o-d01-s01-c01', expandedDepth: 2 } };

export const ElderFriendly: Story = { args: { elder: true, selected: 'o-d01' } };

export const Dark: Story = { args: { theme: 'dark', selected: 'o-d01' } };

/** Long names are cut with an ellipsis in rows and shown in full in the detail panel. */
export const LongNames: Story = {
  args: {
    adapter: withOrgs({
      roots: async () => [
        {
          id: 'o-long', name: '中共青川高新技术产业开发区管理委员会机关及所属企事业单位联合党员服务中心委员会（试点）'.repeat(2),
          classification: 'committee', level: 'district', parentId: null, childCount: 0, memberCount: 1234,
          head: { personId: 'p-long', name: '欧阳慕容雪', role: 'secretary' },
        },
      ],
      get: async () => memory().orgs.get('o-d01'),
    }),
    selected: 'o-long',
  },
};

/** A 360 px phone: the detail panel goes below the tree. */
export const Phone360: Story = { name: '360 px', args: { width: '360px', selected: 'o-d01' } };
