import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PersonaName } from '../../src/adapters/memory/index.js';
import type { CaseAction, CaseState } from '../../src/domain/cases.js';
import { openDialog, seededNumber, storyAdapter, tracker, type TrackerStoryOptions } from './story-helpers.js';

type Loaded = { loaded: Partial<TrackerStoryOptions> };

/**
 * The confirm step of each action: a modal dialog with the action's fields, opened by the
 * story as a person would (the button in the widget). Escape or Cancel closes it.
 */
const meta: Meta = {
  title: 'Widgets/grid-case-tracker/Action dialogs',
  component: 'grid-case-tracker',
  render: (_args, { loaded }: Loaded) => tracker(loaded),
};
export default meta;

type Story = StoryObj;

/** A seeded case in `status`, seen by `persona`, with the `action` dialog open. */
function dialogStory(action: CaseAction, status: CaseState, persona: PersonaName, own = false): Story {
  return {
    loaders: [
      async () => {
        const adapter = storyAdapter(persona, { latency: 0 });
        return { adapter, caseNumber: await seededNumber(adapter, status, own) };
      },
    ],
    play: async ({ canvasElement }) => openDialog(canvasElement, action),
  };
}

/** Grid worker: accept a new report, with an optional note. */
export const Accept: Story = dialogStory('accept', 'reported', 'grid-worker');
/** Community staff: dispatch to a department (required). */
export const Dispatch: Story = dialogStory('dispatch', 'accepted', 'community-staff');
/** Report what was done (required) with optional photos of the result (as the administrator, who may resolve for any department). */
export const Resolve: Story = dialogStory('resolve', 'dispatched', 'admin');
/** Grid centre: verify the result. */
export const Verify: Story = dialogStory('verify', 'handled', 'grid-centre');
/** Grid centre: close a verified case. */
export const Close: Story = dialogStory('close', 'verified', 'grid-centre');
/** Staff: return the case, with a reason (required). */
export const Return: Story = dialogStory('return', 'handled', 'grid-centre');
/** The reporter: not fixed, reopen with what is still wrong (required). */
export const Reopen: Story = dialogStory('reopen', 'verified', 'resident', true);
/** The reporter: rate the outcome, 非常不满意 … 非常满意. */
export const Rate: Story = dialogStory('rate', 'closed', 'resident', true);

/** The backend refuses (here: no connection): the error in the dialog, with retry. */
export const WithError: Story = {
  loaders: [
    async () => {
      const adapter = storyAdapter('grid-worker', { latency: 0, faults: { failRate: 1, methods: ['cases.act'] } });
      return { adapter, caseNumber: await seededNumber(adapter, 'reported') };
    },
  ],
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement, 'accept');
    await new Promise((resolve) => setTimeout(resolve, 300));
    canvasElement.querySelector('grid-case-tracker')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="confirm-button"]')?.click();
  },
};
