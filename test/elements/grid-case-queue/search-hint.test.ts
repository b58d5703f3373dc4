import { expect } from '@open-wc/testing';
import type { CaseQuery } from '../../../src/domain/index.js';
import { manualTimers } from '../../controllers/manual-timers.js';
import { $, makeAdapter, mountQueue, settled, text, until } from './helpers.js';

/** One keystroke's input event in the text filter. */
function type(el: HTMLElement, value: string): void {
  const input = $<HTMLInputElement>(el, '#qf-text')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<grid-case-queue> text filter and the adapter hint', function () {
  this.timeout(20000);

  for (const hint of [undefined, 150]) {
    it(hint ? `waits for the ${hint} ms pause cases.hints asks for, then sends the last text once` : 'without a hint sends each keystroke at once', async () => {
      const adapter = makeAdapter('grid-centre');
      if (hint) Object.assign(adapter.cases, { hints: { queryDebounceMs: hint } });
      const sent: Array<string | undefined> = [];
      const list = adapter.cases.list;
      adapter.cases.list = (q: CaseQuery, o) => (sent.push(q.text), list(q, o));
      const el = await mountQueue(adapter, { preset: 'closed' });
      ($(el, '[part="filters"] summary') as HTMLElement).click();
      await el.updateComplete;
      const before = sent.length;
      const timers = manualTimers();
      try {
        type(el, '路');
        type(el, '路灯');
        if (hint) {
          timers.tick(hint - 1);
          expect(sent.slice(before), 'nothing during the pause').to.deep.equal([]);
          timers.tick(1);
          expect(sent.slice(before)).to.deep.equal(['路灯']);
        } else {
          expect(sent.slice(before)).to.deep.equal(['路', '路灯']);
        }
      } finally {
        timers.restore();
      }
      await settled(el);
      const total = (await adapter.cases.list({ status: ['closed'], text: '路灯' })).total;
      await until(() => text($(el, '[part="summary"]')).includes(`共 ${total} 件`));
    });
  }
});
