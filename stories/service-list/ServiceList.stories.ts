import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Adapter } from '../../src/adapters/contract.js';
import { createMemoryAdapter, type PersonaName } from '../../src/adapters/memory/index.js';
import type { ListItem, ListKind } from '../../src/domain/services.js';
import '../../src/elements/service-list/index.js';

interface Args {
  kind: ListKind;
  area: string;
  session: PersonaName;
}

const meta: Meta<Args> = {
  title: 'Widgets/service-list',
  component: 'service-list',
  args: { kind: 'service', area: '', session: 'resident' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['service', 'demand', 'resource', 'project'] },
    area: { control: 'text' },
    session: { control: 'select', options: ['anonymous', 'resident', 'grid-worker', 'community-staff', 'department-staff', 'admin'] },
  },
  render: ({ kind, area, session }) => html`<service-list
    .adapter=${createMemoryAdapter({ session, latency: [150, 400] })}
    kind=${kind}
    area=${area}
    draft-key="story-service-list"
  ></service-list>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The service catalogue, with search, categories, audience and area filters, and "load more". */
export const Services: Story = {};

/** Residents' demands, with their status and who took them up, and "post a demand". */
export const Demands: Story = { args: { kind: 'demand' } };

/** Resources units offer, which residents can ask to use. */
export const Resources: Story = { args: { kind: 'resource' } };

/** Projects that match a demand with a resource, with their progress. */
export const Projects: Story = { args: { kind: 'project' } };

/** One community's services only (`area` attribute): the area selects are hidden. */
export const OneCommunity: Story = { name: 'Fixed area (one community)', args: { area: 'd01-s01-c01' } };

/** The first page is still loading. */
export const Loading: Story = {
  render: () => html`<service-list .adapter=${createMemoryAdapter({ latency: 600_000 })}></service-list>`,
};

/** Nothing matches (an empty catalogue). */
export const Empty: Story = {
  render: () => html`<service-list .adapter=${createMemoryAdapter({ sizes: { services: 0 } })}></service-list>`,
};

/** The backend failed; "try again" loads the list. */
export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  render: () => {
    const adapter = createMemoryAdapter();
    adapter.control.failNext('services.query', 'network');
    return html`<service-list .adapter=${adapter}></service-list>`;
  },
};

/** The backend sent data that breaks the contract: a clear error, not a blank. */
export const BadData: Story = {
  name: 'Bad data',
  render: () => {
    const memory = createMemoryAdapter();
    const broken: Adapter = {
      name: 'broken',
      services: { ...memory.services, query: async () => ({ items: [{ kind: 'service', name: '' }], nextCursor: null, total: 1 }) as never },
    };
    return html`<service-list .adapter=${broken}></service-list>`;
  },
};

/** Elder-friendly: large type, strong contrast, bigger targets. */
export const ElderFriendly: Story = {
  name: 'Elder-friendly',
  render: () => html`<service-list .adapter=${createMemoryAdapter()} elder-friendly></service-list>`,
};

/** Dark scheme. */
export const Dark: Story = {
  render: () => html`<service-list .adapter=${createMemoryAdapter()} theme="dark"></service-list>`,
};

function lengthen(item: ListItem): ListItem {
  const long = (s: string) => `${s}（${s}）${s}${s}`;
  if (item.kind === 'service') {
    return { ...item, name: long(item.name), description: long(item.description), eligibility: long(item.eligibility), location: { ...item.location, address: long(item.location.address) } };
  }
  return { ...item, name: long(item.name), description: long(item.description) };
}

/** Very long names, addresses and descriptions wrap instead of overflowing. */
export const LongText: Story = {
  name: 'Long text',
  render: () => {
    const memory = createMemoryAdapter();
    const adapter: Adapter = {
      ...memory,
      services: {
        ...memory.services,
        query: async (q, o) => {
          const page = await memory.services.query(q, o);
          return { ...page, items: page.items.map(lengthen) };
        },
      },
    };
    return html`<service-list .adapter=${adapter}></service-list>`;
  },
};

/** A 360 px wide phone screen. */
export const Narrow: Story = {
  name: '360 px',
  render: () => html`<div style="max-inline-size: 360px; border: 1px dashed #888">
    <service-list .adapter=${createMemoryAdapter()}></service-list>
  </div>`,
};

/** Saves a draft under a story's own key, so the widget opens on its form (as after a reload). */
function seedDraft(key: string, value: object): void {
  localStorage.setItem(key, JSON.stringify({ version: 1, value, idempotencyKey: `story-${Date.now()}`, savedAt: new Date().toISOString() }));
}

/** The request form, as restored from a draft for the demo community's first service. */
export const RequestForm: Story = {
  name: 'Request form',
  render: () => {
    seedDraft('story-request:service:request', { itemId: 'sv-0001', name: '王秀英', phone: '', preferredTime: '', notes: '' });
    return html`<service-list .adapter=${createMemoryAdapter()} draft-key="story-request"></service-list>`;
  },
};

/** No `service:request` permission: the request button explains why instead of the form. */
export const NoPermission: Story = {
  name: 'Request without permission',
  render: () => {
    seedDraft('story-no-permission:service:request', { itemId: 'sv-0001', name: '', phone: '', preferredTime: '', notes: '' });
    return html`<service-list .adapter=${createMemoryAdapter({ session: 'department-staff' })} draft-key="story-no-permission"></service-list>`;
  },
};

/** The demand form, as restored from an unfinished draft. */
export const DemandForm: Story = {
  name: 'Demand form',
  render: () => {
    seedDraft('story-demand:demand', { open: true, name: '楼里老人需要有人帮忙买菜', description: '', districtId: '', streetId: '', termId: '', audiences: ['elderly'], contactName: '', phone: '' });
    return html`<service-list .adapter=${createMemoryAdapter()} kind="demand" draft-key="story-demand"></service-list>`;
  },
};

/** "Open now" computed for a fixed moment: Sunday 23:59 in Shanghai. */
export const OpenNowAtMidnight: Story = {
  name: 'Open now, Sunday 23:59',
  render: () => html`<service-list .adapter=${createMemoryAdapter()} area="d01-s01-c01" .now=${new Date('2026-11-29T23:59:00+08:00')}></service-list>`,
};
