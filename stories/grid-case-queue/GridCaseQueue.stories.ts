import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Adapter } from '../../src/adapters/contract.js';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../src/adapters/memory/index.js';
import '../../src/elements/grid-case-queue/index.js';
import type { QueuePreset } from '../../src/elements/grid-case-queue/queue-query.js';

interface Args {
  session: PersonaName;
  preset: QueuePreset;
}

/** The seeded city's clock: a week after its epoch, so seeded dates look recent. */
const STORY_NOW = new Date('2026-11-27T10:00:00+08:00');

const memory = (options: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter =>
  createMemoryAdapter({ latency: [80, 250], session: 'grid-centre', now: () => STORY_NOW, ...options });

const queue = (adapter: Adapter, args: Partial<Args> = {}) => html`<grid-case-queue
  preset=${args.preset ?? 'to-accept'}
  .adapter=${adapter}
  .now=${STORY_NOW}
  @gr-queue-open=${(e: CustomEvent) => console.info('gr-queue-open', e.detail)}
  @gr-queue-updated=${(e: CustomEvent) => console.info('gr-queue-updated', e.detail)}
  @gr-queue-bulk=${(e: CustomEvent) => console.info('gr-queue-bulk', e.detail)}
></grid-case-queue>`;

/**
 * `<grid-case-queue>`: the staff work queue. Tabs of presets, backend filters and sorts, a virtualised
 * grid; Enter opens a case in place (the tracker's view and dialogs); Space selects rows to accept or
 * dispatch together. Runs on the memory adapter; use the toolbar for language, dark scheme and
 * elder-friendly mode.
 */
const meta: Meta<Args> = {
  title: 'Widgets/grid-case-queue',
  component: 'grid-case-queue',
  args: { session: 'grid-centre', preset: 'to-accept' },
  argTypes: {
    session: { control: 'select', options: ['resident', 'grid-worker', 'community-staff', 'department-staff', 'grid-centre', 'admin'] },
    preset: { control: 'select', options: ['to-accept', 'in-progress', 'to-verify', 'overdue', 'due-soon', 'returned', 'closed'] },
  },
  render: (args) => queue(memory({ session: args.session }), args),
};
export default meta;

type Story = StoryObj<Args>;

/** The city's grid centre: every case, urge and escalate from an opened case. */
export const Default: Story = {};

/** Community staff: their community only; accept and dispatch in bulk. */
export const CommunityStaff: Story = { args: { session: 'community-staff' } };

/** Overdue cases, with the overdue mark. */
export const Overdue: Story = { args: { preset: 'overdue' } };

/** Loading: the adapter answers after a minute. */
export const Loading: Story = { render: (args) => queue(memory({ latency: 60_000 }), args) };

/** Nothing in the list: a resident has no case waiting for verification. */
export const Empty: Story = { args: { session: 'resident', preset: 'to-verify' } };

/** The first load fails; "Try again" succeeds. */
export const Error: Story = {
  render: (args) => {
    const adapter = memory();
    adapter.control.failNext('cases.list', 'network');
    return queue(adapter, args);
  },
};

/** Read-only: a visitor without any right to act (no selection, no bulk buttons). */
export const ReadOnly: Story = { name: 'Read-only', args: { session: 'resident', preset: 'closed' } };

/** Long addresses and categories: cells cut with an ellipsis, the full text in the opened case. */
export const LongText: Story = {
  render: (args) => {
    const adapter = memory();
    const list = adapter.cases.list.bind(adapter.cases);
    adapter.cases.list = async (query, options) => {
      const page = await list(query, options);
      return {
        ...page,
        items: page.items.map((k) => ({
          ...k,
          categoryName: `${k.categoryName}（涉及多个部门协同处置的复杂情形）`,
          location: { ...k.location, address: `${k.location.address}，靠近小区东门第二个路口往北约一百五十米的绿化带旁边` },
        })),
      };
    };
    return queue(adapter, args);
  },
};

/** Elder-friendly mode: larger type, bigger rows and targets. */
export const ElderFriendly: Story = { globals: { elder: 'on' } };

/** Dark scheme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** 10,000 cases: the grid stays one frame fast, only the rows in view are in the page. */
export const TenThousandCases: Story = {
  name: '10,000 cases',
  render: (args) => queue(createMemoryAdapter({ latency: 0, session: 'grid-centre', now: () => STORY_NOW, sizes: { cases: 10_000 } }), args),
};
