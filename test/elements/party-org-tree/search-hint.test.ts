import { expect, waitUntil } from '@open-wc/testing';
import type { PageOptions } from '../../../src/adapters/contract.js';
import { manualTimers } from '../../controllers/manual-timers.js';
import { memory, renderTree } from './helpers.js';

/** One keystroke's input event in the search box. */
function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<party-org-tree> search box and the adapter hint', function () {
  this.timeout(20000);

  for (const hint of [undefined, 150]) {
    it(hint ? `waits for the ${hint} ms pause orgs.hints asks for, then searches the last text once` : 'without a hint searches each keystroke at once', async () => {
      const adapter = memory();
      const [root] = await adapter.orgs.roots();
      const name = (await adapter.orgs.children(root!.id, { limit: 1 })).items[0]!.name;
      const first = name.slice(0, 2);
      if (hint) Object.assign(adapter.orgs, { hints: { queryDebounceMs: hint } });
      const sent: string[] = [];
      const search = adapter.orgs.search;
      adapter.orgs.search = (text: string, o?: PageOptions) => (sent.push(text), search(text, o));
      const el = await renderTree({ adapter });
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#org-search')!;
      const timers = manualTimers();
      try {
        type(input, first);
        type(input, name);
        if (hint) {
          timers.tick(hint - 1);
          expect(sent, 'nothing during the pause').to.deep.equal([]);
          timers.tick(1);
          expect(sent).to.deep.equal([name]);
        } else {
          expect(sent).to.deep.equal([first, name]);
        }
      } finally {
        timers.restore();
      }
      const hits = await search(name, { limit: 20 });
      expect(hits.items.length, 'the text finds something').to.be.above(0);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part=search-hit]').length === Math.min(hits.items.length, 20), 'the hits of the last text');
    });
  }
});
