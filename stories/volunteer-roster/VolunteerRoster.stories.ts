import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Adapter } from '../../src/adapters/contract.js';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../src/adapters/memory/index.js';
import '../../src/elements/volunteer-roster/index.js';

interface Args {
  session: PersonaName;
  team: string;
  area: string;
  pageSize: number;
}

const memory = (options: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter =>
  createMemoryAdapter({ latency: [80, 250], session: 'community-staff', ...options });

const roster = (adapter: Adapter, args: Partial<Args> = {}) => html`<volunteer-roster
  team=${args.team ?? ''}
  area=${args.area ?? ''}
  page-size=${args.pageSize ?? 50}
  .adapter=${adapter}
  @gr-volunteer-reveal=${(e: CustomEvent) => console.info('gr-volunteer-reveal', e.detail)}
  @gr-volunteer-joined=${(e: CustomEvent) => console.info('gr-volunteer-joined', e.detail)}
  @gr-hours-logged=${(e: CustomEvent) => console.info('gr-hours-logged', e.detail)}
></volunteer-roster>`;

const meta: Meta<Args> = {
  title: 'Widgets/Volunteer roster',
  component: 'volunteer-roster',
  args: { session: 'community-staff', team: '', area: '', pageSize: 50 },
  argTypes: {
    session: { control: 'select', options: ['anonymous', 'resident', 'grid-worker', 'community-staff', 'admin'] },
  },
  render: (args) => roster(memory({ session: args.session }), args),
};
export default meta;

type Story = StoryObj<Args>;

/** Community staff: reveal contact details, log hours, export. 19,000 volunteers. */
export const Default: Story = {};

/** A resident: contact details stay masked, no reveal buttons, no hours form (the no-permission state). */
export const NoPermission: Story = { name: 'No permission (resident)', args: { session: 'resident' } };

/** Loading: the adapter answers after a minute. */
export const Loading: Story = { render: (args) => roster(memory({ latency: 60_000 }), args) };

/** The first load fails; "Try again" succeeds. */
export const Error: Story = {
  render: (args) => {
    const adapter = memory();
    adapter.control.failNext('volunteers.teams', 'network');
    return roster(adapter, args);
  },
};

/** The second page fails while scrolling: an inline retry row, the loaded rows stay. */
export const ErrorMidScroll: Story = {
  name: 'Error mid-scroll',
  render: (args) => {
    const adapter = memory({ latency: 0 });
    void adapter.volunteers.teams().then(() => setTimeout(() => adapter.control.failNext('volunteers.query', 'network'), 1500));
    return roster(adapter, { ...args, pageSize: 30 });
  },
};

/** No volunteers match the preset area. */
export const Empty: Story = { args: { area: 'no-such-area' } };

/** A backend that returns malformed rows: a clear error, never a blank. */
export const BadData: Story = {
  render: (args) => {
    const adapter = memory({ latency: 0 });
    const broken: Adapter = {
      ...adapter,
      volunteers: { ...adapter.volunteers, query: async () => ({ items: [{ id: 1, name: null }], nextCursor: null, total: -3 }) as never },
    };
    return roster(broken, args);
  },
};

/** 20,000 rows, no latency: scroll to see paging and the small DOM. */
export const TwentyThousand: Story = {
  name: '20,000 rows',
  render: (args) => roster(createMemoryAdapter({ latency: 0, session: 'community-staff', sizes: { volunteers: 20_000 } }), args),
};

/** A team preselected through the `team` attribute. */
export const PreselectedTeam: Story = { args: { team: 'team-005' } };

/** Elder-friendly mode: larger type, bigger rows and targets. */
export const ElderFriendly: Story = { globals: { elder: 'on' } };

/** Dark scheme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Long names and team names: truncated in the grid, whole in the details. */
export const LongNames: Story = {
  render: (args) => {
    const adapter = memory({ latency: 0 });
    void adapter.volunteers.join({
      name: '欧阳司马上官诸葛慕容东方长孙宇文轩辕令狐钟离尉迟公孙',
      phone: '13900009999',
      communityId: 'd01-s01-c01',
      teamId: 'team-001',
      skills: ['first-aid', 'legal', 'medical', 'counselling', 'teaching', 'it'],
      availability: ['weekday-daytime', 'weekday-evening', 'weekend'],
      partyMember: true,
      idempotencyKey: 'story-long-name',
    });
    return roster(adapter, { ...args, team: 'team-001' });
  },
};

/** A 360 px wide phone screen: the grid scrolls sideways, filters stack. */
export const Narrow: Story = { name: '360 px', render: (args) => html`<div style="inline-size:360px">${roster(memory(), args)}</div>` };

/** The report-in form: open it with the button at the top ("加入服务队 / 到社区报到"). */
export const JoinForm: Story = {
  name: 'Join / report-in form',
  args: { session: 'resident' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('volunteer-roster')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#join-button'); i++) await new Promise((r) => setTimeout(r, 100));
    el.shadowRoot?.querySelector<HTMLButtonElement>('#join-button')?.click();
  },
};

/** The log-hours form, in the details of the first volunteer (community staff). */
export const HoursForm: Story = {
  name: 'Log hours form',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('volunteer-roster')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[role=row][data-i]'); i++) await new Promise((r) => setTimeout(r, 100));
    el.shadowRoot?.querySelector<HTMLElement>('[role=row][data-i="0"]')?.click();
  },
};
