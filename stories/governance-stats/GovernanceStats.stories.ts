import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Adapter } from '../../src/adapters/contract.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/elements/governance-stats/index.js';

interface Args {
  period: 'week' | 'month' | 'quarter';
  locale: 'zh-CN' | 'en';
}

const staff = (latency: number | [number, number] = [150, 400]) => createMemoryAdapter({ session: 'grid-centre', latency });

const meta: Meta<Args> = {
  title: 'Widgets/governance-stats',
  component: 'governance-stats',
  args: { period: 'month', locale: 'zh-CN' },
  argTypes: {
    period: { control: 'inline-radio', options: ['week', 'month', 'quarter'] },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
  render: ({ period, locale }) => html`<governance-stats .adapter=${staff()} period=${period} locale=${locale}></governance-stats>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The city over the last 30 days: headline figures, charts with their tables, the department league table. */
export const LastMonth: Story = { name: 'Last 30 days' };

/** A quarter, in English. */
export const Quarter: Story = { args: { period: 'quarter', locale: 'en' } };

/** The figures are still loading. */
export const Loading: Story = {
  render: () => html`<governance-stats .adapter=${staff(600_000)}></governance-stats>`,
};

/** A period with no cases: the empty state, with the chooser kept so another period can be picked. */
export const Empty: Story = {
  render: () => html`<governance-stats .adapter=${staff()} period="custom" from="2020-01-01" to="2020-01-31"></governance-stats>`,
};

/** The backend failed; "try again" loads the figures. */
export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  render: () => {
    const adapter = staff();
    adapter.control.failNext('cases.stats', 'network');
    return html`<governance-stats .adapter=${adapter}></governance-stats>`;
  },
};

/** A backend without `volunteers.stats` and `services.stats`: those sections say they are not available. */
export const Partial: Story = {
  name: 'Partial (no volunteer or service figures)',
  render: () => {
    const memory = staff();
    const { stats: _v, ...volunteers } = memory.volunteers;
    const { stats: _s, ...services } = memory.services;
    const adapter: Adapter = { ...memory, volunteers, services };
    return html`<governance-stats .adapter=${adapter}></governance-stats>`;
  },
};

/** Long category, department and team names. */
export const LongText: Story = {
  name: 'Long text',
  render: () => {
    const memory = staff();
    const long = (s: string) => `${s}（${s}）${s}${s}`;
    const adapter: Adapter = {
      ...memory,
      cases: {
        ...memory.cases,
        stats: async (q, o) => {
          const s = await memory.cases.stats(q, o);
          return {
            ...s,
            byCategory: s.byCategory.map((c) => ({ ...c, categoryName: long(c.categoryName) })),
            byDepartment: s.byDepartment.map((d) => ({ ...d, departmentName: long(d.departmentName) })),
          };
        },
      },
      volunteers: {
        ...memory.volunteers,
        stats: async (q, o) => {
          const s = await memory.volunteers.stats(q, o);
          return { ...s, byTeam: s.byTeam.map((t) => ({ ...t, teamName: long(t.teamName) })) };
        },
      },
    };
    return html`<governance-stats .adapter=${adapter}></governance-stats>`;
  },
};

/** Elder-friendly mode: large type, higher contrast, bigger targets. */
export const ElderFriendly: Story = {
  name: 'Elder-friendly',
  render: () => html`<governance-stats .adapter=${staff()} elder-friendly></governance-stats>`,
};

/** Dark scheme: the chart colours follow the tokens. */
export const Dark: Story = {
  render: () => html`<governance-stats .adapter=${staff()} theme="dark"></governance-stats>`,
};
