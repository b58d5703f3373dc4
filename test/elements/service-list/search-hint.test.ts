import { expect } from '@open-wc/testing';
import type { ServiceQuery } from '../../../src/domain/services.js';
import { manualTimers } from '../../controllers/manual-timers.js';
import { fill, memory, mountList, names, until } from './helpers.js';

describe('<service-list> search box and the adapter hint', function () {
  this.timeout(20000);

  for (const hint of [undefined, 150]) {
    it(hint ? `waits for the ${hint} ms pause services.hints asks for, then sends the last text once` : 'without a hint sends each keystroke at once', async () => {
      const adapter = memory();
      if (hint) Object.assign(adapter.services, { hints: { queryDebounceMs: hint } });
      const sent: Array<string | undefined> = [];
      const query = adapter.services.query;
      adapter.services.query = (q: ServiceQuery, o) => (sent.push(q.text), query(q, o));
      const el = await mountList(adapter);
      const before = sent.length;
      const timers = manualTimers();
      try {
        fill(el, 'sl-text', '长');
        await el.updateComplete;
        fill(el, 'sl-text', '长者');
        await el.updateComplete;
        if (hint) {
          timers.tick(hint - 1);
          await el.updateComplete;
          expect(sent.slice(before), 'nothing during the pause').to.deep.equal([]);
          timers.tick(1);
          await el.updateComplete;
          expect(sent.slice(before)).to.deep.equal(['长者']);
        } else {
          expect(sent.slice(before)).to.deep.equal(['长', '长者']);
        }
      } finally {
        timers.restore();
      }
      const page = await query({ kind: 'service', text: '长者' }, { limit: el.pageSize });
      await until(() => names(el).join('|') === page.items.map((i) => i.name).join('|'), 'the results for the last text');
    });
  }
});
