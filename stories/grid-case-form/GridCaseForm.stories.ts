import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Adapter } from '../../src/adapters/contract.js';
import { cityNow } from '../../src/domain/city-clock.js';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../src/adapters/memory/index.js';
import '../../src/elements/grid-case-form/index.js';
import { initialDraft, toSubmission, type CaseDraft } from '../../src/elements/grid-case-form/draft-shape.js';

/**
 * `<grid-case-form>` on the memory adapter. Stories that open on a later step seed a saved
 * draft under their own `draft-key` first (the same storage the form uses after a reload);
 * stories of a send (submitting, success, failures) press "Send report" in `play`.
 */

const HOME = 'd01-s01-c01';

interface Args {
  adapter: Adapter;
  draftKey: string;
  draft?: Partial<CaseDraft>;
  category?: string;
  area?: string;
  trackerHref?: string;
  width?: string;
  theme?: string;
  elder?: boolean;
}

const memory = (session: PersonaName = 'resident', more: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter =>
  createMemoryAdapter({ latency: [80, 250], session, ...more });

const PATH_TO_BUILDING = [
  { id: 'd01', name: '东城区', level: 'district', childCount: 9 },
  { id: 'd01-s01', name: '街道', level: 'street', childCount: 7 },
  { id: HOME, name: '社区', level: 'community', childCount: 5 },
  { id: `${HOME}-g1`, name: '第1网格', level: 'grid', childCount: 3 },
] as CaseDraft['areaPath'];

/** A complete streetlight report, ready for check answers. */
const READY: Partial<CaseDraft> = {
  step: 'check',
  categoryCode: 'streetlight',
  answers: { damage: 'off', wholeStretch: true, poleNumber: 'QC-0231' },
  areaPath: PATH_TO_BUILDING,
  address: '北门路灯下',
  description: '北门口的路灯连续三个晚上不亮，晚上回家很黑，老人不敢出门。',
  urgency: 'high',
  anonymous: false,
  name: '王秀英',
  phone: '13912345678',
};

/** Writes a saved draft the way DraftController does, so the form opens on that step. */
function seedDraft(key: string, draft: Partial<CaseDraft> | undefined): void {
  const storageKey = `grid-case-form:${key}`;
  sessionStorage.removeItem(storageKey);
  if (!draft) return localStorage.removeItem(storageKey);
  localStorage.setItem(
    storageKey,
    // Saved "now" by the city clock, so drafts never look expired (they expire after 7 days).
    JSON.stringify({ version: 1, value: draft, idempotencyKey: `story-${key}-${Date.now()}`, savedAt: cityNow().toISOString() }),
  );
}

async function formIn(canvas: HTMLElement) {
  const form = canvas.querySelector('grid-case-form')!;
  for (let i = 0; i < 100 && !form.shadowRoot?.querySelector('#step-heading'); i++) await new Promise((r) => setTimeout(r, 50));
  return form;
}

async function press(canvas: HTMLElement, selector: string) {
  const form = await formIn(canvas);
  form.shadowRoot!.querySelector<HTMLButtonElement>(selector)?.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/grid-case-form',
  component: 'grid-case-form',
  args: { adapter: memory(), draftKey: 'story-default' },
  argTypes: { adapter: { control: false }, draft: { control: false } },
  render: (args) => {
    seedDraft(args.draftKey, args.draft);
    return html`<div style=${args.width ? `max-inline-size:${args.width}` : ''}>
      <grid-case-form
        .adapter=${args.adapter}
        draft-key=${args.draftKey}
        category=${args.category ?? ''}
        area=${args.area ?? ''}
        tracker-href=${args.trackerHref ?? ''}
        theme=${args.theme ?? ''}
        ?elder-friendly=${args.elder}
      ></grid-case-form>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Step 1: the kind of problem, grouped and searchable. */
export const Category: Story = { args: { draftKey: 'story-category' } };

/** Step 2: the category's own questions (here: every datatype but text across the noise questions). */
export const Questions: Story = { args: { draftKey: 'story-questions', draft: { step: 'questions', categoryCode: 'noise' } } };

/** Step 3: the place, one labelled select per level, loaded lazily; address; "use my location". */
export const Location: Story = { args: { draftKey: 'story-location', draft: { step: 'location', categoryCode: 'road-damage', areaPath: PATH_TO_BUILDING.slice(0, 2) } } };

/** Similar open cases nearby, with "this is my problem too". */
export const SimilarCases: Story = {
  args: { draftKey: 'story-similar', draft: { step: 'similar', categoryCode: 'streetlight', answers: { damage: 'off' }, areaPath: PATH_TO_BUILDING } },
};

/** Step 5: description with a counter, photos, urgency, anonymous or named. */
export const Details: Story = {
  args: { draftKey: 'story-details', draft: { ...READY, step: 'details', description: '', anonymous: null } },
};

/** The check-answers summary list, each answer with "Change". */
export const CheckAnswers: Story = { args: { draftKey: 'story-check', draft: READY } };

/** While sending: the button is disabled and says so. */
export const Submitting: Story = {
  args: { draftKey: 'story-submitting', draft: READY, adapter: memory('resident', { latency: 0 }) },
  play: async ({ canvasElement, args }) => {
    await formIn(canvasElement);
    (args.adapter as MemoryAdapter).control.setLatency(600_000);
    await press(canvasElement, '#f-submit');
  },
};

/** After sending: the case number, what happens next, a tracker link. */
export const Success: Story = {
  args: { draftKey: 'story-success', draft: READY, adapter: memory('resident', { latency: 0 }), trackerHref: '#track?case={number}' },
  play: async ({ canvasElement }) => press(canvasElement, '#f-submit'),
};

/** Continue with nothing filled in: the error summary (focused) and inline errors. */
export const ValidationErrors: Story = {
  args: { draftKey: 'story-errors', draft: { ...READY, step: 'details', description: '', anonymous: false, name: '', phone: '1380' } },
  play: async ({ canvasElement }) => press(canvasElement, 'button[type=submit]'),
};

function backendRejects(): MemoryAdapter {
  const adapter = memory('resident', { latency: 0 });
  adapter.control.failNext('cases.submit', {
    kind: 'validation',
    fieldErrors: { description: { code: 'too_short', min: 40 }, phone: { code: 'invalid_phone' }, 'answers.damage': { code: 'invalid_option' } },
  });
  return adapter;
}

/** The backend refused fields: they land in the summary and on their fields. */
export const BackendFieldErrors: Story = {
  args: { draftKey: 'story-backend-errors', draft: READY, adapter: backendRejects() },
  play: async ({ canvasElement }) => press(canvasElement, '#f-submit'),
};

function offline(): MemoryAdapter {
  const adapter = memory('resident', { latency: 0 });
  adapter.control.failNext('cases.submit', 'network', 1000);
  return adapter;
}

/** Sending failed: everything is kept, with a clear message and retry (same idempotency key). */
export const SubmitFailed: Story = {
  args: { draftKey: 'story-failed', draft: READY, adapter: offline() },
  play: async ({ canvasElement }) => press(canvasElement, '#f-submit'),
};

/**
 * An earlier send of this draft was received (its answer lost) and the report changed since: the
 * case number, a tracker link, "keep it" or "send my changes as a new report".
 */
export const AlreadyReceived: Story = {
  args: { draftKey: 'story-received', draft: READY, adapter: memory('resident', { latency: 0 }), trackerHref: '#track?case={number}' },
  play: async ({ canvasElement, args }) => {
    await formIn(canvasElement);
    // The first version, sent under the draft's own key before the person changed the description.
    const { idempotencyKey } = JSON.parse(localStorage.getItem(`grid-case-form:${args.draftKey}`) ?? '{}') as { idempotencyKey: string };
    const adapter = args.adapter as MemoryAdapter;
    const category = (await adapter.cases.categories()).find((c) => c.code === READY.categoryCode) ?? null;
    const first = { ...initialDraft(), ...READY, description: '北门口的路灯连续两个晚上不亮了，请尽快修理。' };
    await adapter.cases.submit(toSubmission(first, category, [], idempotencyKey));
    await press(canvasElement, '#f-submit');
  },
};

/** "Discard this draft", confirmed before anything is deleted. */
export const DiscardConfirm: Story = {
  args: { draftKey: 'story-discard', draft: { ...READY, step: 'details' } },
  play: async ({ canvasElement }) => press(canvasElement, '#discard-button'),
};

/** Loading the categories and the session. */
export const Loading: Story = { args: { draftKey: 'story-loading', adapter: memory('resident', { latency: 1e9 }) } };

function failingCategories(): MemoryAdapter {
  const adapter = memory('resident', { latency: 0 });
  adapter.control.failNext('cases.categories', 'unavailable');
  return adapter;
}

/** Loading failed: the message and "Try again". */
export const LoadFailed: Story = { args: { draftKey: 'story-error', adapter: failingCategories() } };

/** A backend that sends malformed categories: a clear error, never a blank form. */
export const BadData: Story = {
  args: {
    draftKey: 'story-bad-data',
    adapter: (() => {
      const base = memory('resident', { latency: 0 });
      return { ...base, cases: { ...base.cases, categories: async () => [{ code: 1, questions: 'none' }] } } as unknown as Adapter;
    })(),
  },
};

/** A session without `case:report` (department staff): read-only. */
export const NoPermission: Story = { args: { draftKey: 'story-no-permission', adapter: memory('department-staff') } };

/** No adapter: the "not configured" state. */
export const NotConfigured: Story = { args: { draftKey: 'story-not-configured', adapter: undefined as unknown as Adapter } };

/** Elder-friendly: larger type and targets. */
export const ElderFriendly: Story = { args: { draftKey: 'story-elder', draft: { ...READY, step: 'details' }, elder: true } };

/** Dark scheme. */
export const Dark: Story = { args: { draftKey: 'story-dark', draft: READY, theme: 'dark' } };

/** Long texts wrap: a 500-character description and a long address. */
export const LongText: Story = {
  args: {
    draftKey: 'story-long',
    draft: { ...READY, description: '路灯不亮，'.repeat(100), address: '东城区安和街道兴华社区第一网格和平小区3号楼2单元门口北侧绿化带旁边的路灯杆'.repeat(2).slice(0, 120) },
  },
};

/** A 360 px phone. */
export const Phone360: Story = { name: '360 px phone', args: { draftKey: 'story-360', width: '360px', category: 'garbage', area: `${HOME}-g1` } };
