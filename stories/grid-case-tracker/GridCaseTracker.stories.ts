import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Adapter } from '../../src/adapters/contract.js';
import type { CaseState } from '../../src/domain/cases.js';
import { seededNumber, storyAdapter, tracker, type TrackerStoryOptions } from './story-helpers.js';

type Loaded = { loaded: Partial<TrackerStoryOptions> };

/**
 * `<grid-case-tracker>`: follow a case through the closed loop by its public number.
 * Every story runs on the memory adapter (the seeded city 青川市); use the toolbar for
 * language, dark scheme and elder-friendly mode.
 */
const meta: Meta = {
  title: 'Widgets/grid-case-tracker/States',
  component: 'grid-case-tracker',
  render: (_args, { loaded }: Loaded) => tracker(loaded),
};
export default meta;

type Story = StoryObj;

/** A story showing a seeded case in `status`, seen by `persona`. */
function stateStory(status: CaseState, persona: Parameters<typeof storyAdapter>[0] = 'grid-centre', own = false): Story {
  return {
    loaders: [
      async () => {
        const adapter = storyAdapter(persona);
        return { adapter, caseNumber: await seededNumber(adapter, status, own) };
      },
    ],
  };
}

/** No number yet: the look-up form with a hint. Type a number such as one from the other stories and press Enter. */
export const LookUp: Story = { loaders: [async () => ({ adapter: storyAdapter() })] };

/** The backend takes its time. */
export const Loading: Story = {
  loaders: [async () => ({ adapter: storyAdapter('resident', { latency: 3_600_000 }), caseNumber: 'GC-20261120-0001' })],
};

/** No case has this number: clear words, and the form to try again. */
export const NotFound: Story = { loaders: [async () => ({ adapter: storyAdapter(), caseNumber: 'GC-19990101-0001' })] };

/** The backend cannot be reached: an error with retry (which fails again here). */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [
    async () => ({
      adapter: storyAdapter('resident', { faults: { failRate: 1, methods: ['cases.get'] } }),
      caseNumber: 'GC-20261120-0001',
    }),
  ],
};

/** A backend that returns a malformed case: a clear error state, never a blank. */
export const BadData: Story = {
  loaders: [
    async () => ({
      adapter: { name: 'broken', cases: { get: async () => ({ id: 7, status: 'lost' }) } } as unknown as Adapter,
      caseNumber: 'GC-20261120-0001',
    }),
  ],
};

export const Reported: Story = stateStory('reported');
export const Accepted: Story = stateStory('accepted');
export const Dispatched: Story = stateStory('dispatched');
export const Handled: Story = stateStory('handled');
/** The resident's own verified case: they may reopen it. */
export const Verified: Story = stateStory('verified', 'resident', true);
/** The resident's own closed case, not yet rated: they may rate or reopen it. */
export const Closed: Story = stateStory('closed', 'resident', true);
export const Returned: Story = stateStory('returned');
export const Reopened: Story = stateStory('reopened');

/** Closed and rated by the resident: nothing left but to reopen. */
export const ClosedAndRated: Story = {
  loaders: [
    async () => {
      const adapter = storyAdapter('resident', { latency: 0 });
      const caseNumber = await seededNumber(adapter, 'closed', true);
      const kase = await adapter.cases.get(caseNumber);
      if (kase.rating == null) await adapter.cases.act(kase.id, { action: 'rate', rating: 4, note: '处理及时，谢谢。', idempotencyKey: 'story-rated' });
      return { adapter, caseNumber };
    },
  ],
};

/** Past its due date and not handled yet: the overdue mark. */
export const Overdue: Story = {
  loaders: [
    async () => {
      const adapter = storyAdapter('resident');
      const caseNumber = await seededNumber(adapter, 'dispatched', true);
      const kase = await adapter.cases.get(caseNumber);
      return { adapter, caseNumber, now: new Date(Date.parse(kase.dueAt) + 6 * 3_600_000) };
    },
  ],
};

/** A visitor who is not signed in: read-only, with a line that says why. */
export const NoPermission: Story = stateStory('closed', 'anonymous');

/** Long description, address and notes wrap instead of overflowing. */
export const LongText: Story = {
  loaders: [
    async () => {
      const adapter = storyAdapter('resident', { latency: 0 });
      const long = '小区北门外的人行道上有一处井盖缺失，已经有两位老人在晚上散步时差点踩空。'.repeat(8);
      const kase = await adapter.cases.submit({
        categoryCode: 'streetlight',
        answers: { damage: 'off', wholeStretch: true },
        location: { areaId: 'd01-s01-c01-g1-p1-b1', address: '青川市某某区某某街道某某社区某某小区北门外人行道靠近公交站台的位置'.slice(0, 120) },
        description: long.slice(0, 500),
        urgency: 'emergency',
        anonymous: false,
        name: '欧阳娜娜娜',
        phone: '13912345678',
        idempotencyKey: 'story-long-text',
      });
      adapter.control.setSession('grid-worker');
      await adapter.cases.act(kase.id, { action: 'accept', note: long.slice(0, 300), idempotencyKey: 'story-long-accept' });
      adapter.control.setSession('resident');
      return { adapter, caseNumber: kase.publicNumber };
    },
  ],
};

/** Elder-friendly mode: large type, stronger contrast, bigger targets (also from the toolbar). */
export const ElderFriendly: Story = {
  ...stateStory('closed', 'resident', true),
  globals: { elder: 'on' },
};

/** The dark scheme (also from the toolbar). */
export const Dark: Story = { ...stateStory('dispatched'), globals: { theme: 'dark' } };

/** In English. */
export const English: Story = { ...stateStory('handled'), globals: { locale: 'en' } };

/** A 360 px wide phone: facts and steps stack. */
export const Narrow360: Story = {
  name: '360 px',
  loaders: [
    async () => {
      const adapter = storyAdapter('resident');
      return { adapter, caseNumber: await seededNumber(adapter, 'verified', true), width: 360 };
    },
  ],
};

