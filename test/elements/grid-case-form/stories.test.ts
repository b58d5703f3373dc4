import { expect, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../../stories/grid-case-form/GridCaseForm.stories.js';

type AnyStory = {
  name?: string;
  args?: Record<string, unknown>;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
};
const meta = stories.default as unknown as { args: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };
const entries = Object.entries(stories).filter(([name]) => name !== 'default') as Array<[string, AnyStory]>;

/** Every story renders a settled, accessible state (the designers' catalogue is also a test of each state). */
describe('<grid-case-form> stories', function () {
  this.timeout(40000);
  for (const [name, story] of entries) {
    it(`${story.name ?? name} renders and is accessible`, async () => {
      const warn = console.warn;
      console.warn = () => {};
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const args = { ...meta.args, ...story.args };
        render(meta.render(args), container);
        const form = container.querySelector('grid-case-form')!;
        await waitUntil(() => form.shadowRoot?.querySelector('#step-heading, [part=loading], [part=error], [part=no-permission], [part=not-configured]'), 'story did not render', { timeout: 15000 });
        if (story.play) {
          await story.play({ canvasElement: container, args });
          await waitUntil(
            () => form.shadowRoot!.querySelector('.error-summary, [part=submit-error], [part=success], #f-submit[disabled], [part=already-received], [part=discard-confirm]'),
            'play did not reach its state',
            { timeout: 10000 },
          );
        }
        await form.updateComplete;
        await expect(form).to.be.accessible();
      } finally {
        container.remove();
        console.warn = warn;
        localStorage.removeItem(`grid-case-form:${String(story.args?.draftKey ?? '')}`);
        sessionStorage.removeItem(`grid-case-form:${String(story.args?.draftKey ?? '')}`);
      }
    });
  }
});
