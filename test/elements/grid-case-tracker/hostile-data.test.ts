import { expect } from '@open-wc/testing';
import type { Adapter } from '../../../src/adapters/contract.js';
import type { GridCase } from '../../../src/domain/index.js';
import { $, makeAdapter, mountTracker, reportCase, text } from './helpers.js';

const png = () => new Blob([new Uint8Array(16).fill(7)], { type: 'image/png' });

/** A backend that answers `cases.get` with the real case, changed by `tamper` on the way out. */
function tampering(tamper: (kase: GridCase) => void): { adapter: Adapter; report: Promise<GridCase> } {
  const memory = makeAdapter();
  const report = reportCase(memory, { photos: [png()] });
  const adapter: Adapter = {
    name: 'tampering',
    session: memory.session,
    cases: {
      ...memory.cases,
      get: async (idOrNumber, options) => {
        const kase = structuredClone(await memory.cases.get(idOrNumber, options));
        tamper(kase);
        return kase;
      },
    },
  };
  return { adapter, report };
}

/** Every `src` and `href` the widget wrote into its shadow DOM. */
function urlsIn(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[src], [href]')].map((node) => node.getAttribute('src') ?? node.getAttribute('href') ?? '');
}

describe('<grid-case-tracker> with hostile data from the backend', function () {
  this.timeout(20000);

  it('shows a safe photo URL from the backend in an <img>', async () => {
    const { adapter, report } = tampering((kase) => {
      kase.photos[0]!.url = 'https://img.example.gov.cn/cases/1.png';
    });
    const el = await mountTracker(adapter, (await report).publicNumber);
    expect($(el, '#case-title'), text($(el, '[part="error"]'))).to.not.equal(null);
    expect($(el, '[part="photos"] img')?.getAttribute('src')).to.equal('https://img.example.gov.cn/cases/1.png');
  });

  for (const hostile of ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example.com/x.png']) {
    it(`turns a report photo URL of ${JSON.stringify(hostile)} into the invalid-data error state, not an <img>`, async () => {
      const { adapter, report } = tampering((kase) => {
        kase.photos[0]!.url = hostile;
      });
      const el = await mountTracker(adapter, (await report).publicNumber);
      expect(text($(el, '[part="error"]'))).to.contain('服务器返回的数据有误');
      expect($(el, '#case-title')).to.equal(null);
      expect($(el, 'img')).to.equal(null);
      expect(urlsIn(el)).to.not.include(hostile);
      await expect(el).to.be.accessible();
    });
  }

  it('turns a hostile photo URL in the timeline into the same error state', async () => {
    const { adapter, report } = tampering((kase) => {
      const first = kase.timeline[0]!;
      first.photos = [{ id: 'evil', url: 'javascript:alert(1)', name: 'evil.png', kind: 'report' }];
    });
    const el = await mountTracker(adapter, (await report).publicNumber);
    expect(text($(el, '[part="error"]'))).to.contain('服务器返回的数据有误');
    expect($(el, 'img')).to.equal(null);
  });
});
