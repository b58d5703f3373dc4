import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createHsdsAdapter } from '../../../src/adapters/hsds/index.js';
import type { ServiceRequestInput } from '../../../src/domain/services.js';
import '../../../src/elements/service-list/index.js';
import type { ServiceList } from '../../../src/elements/service-list/service-list.js';
import { standardsServer } from '../../helpers/standards.js';

const server = await standardsServer();
/** Tuesday 1 December 2026, 11:30 in the city (UTC+8): the elders' canteen is open, the homework club is not. */
const NOW = new Date('2026-12-01T03:30:00Z');

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(adapter: ReturnType<typeof createHsdsAdapter>): Promise<ServiceList> {
  const el = await fixture<ServiceList>(html`<service-list .adapter=${adapter} kind="service" locale="zh-CN" .now=${NOW} page-size="4" draft-key="hsds-test"></service-list>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.items, [part=empty], [part=error]'), 'the list did not settle', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

const titles = (el: ServiceList) => [...el.shadowRoot!.querySelectorAll('.card-title')].map((h) => words(h));

describe('<service-list> on an HSDS 3.0 API (standards fixture server)', function () {
  this.timeout(30000);
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('hsds-test')) localStorage.removeItem(key);
  });

  it('lists the directory page by page, with opening hours in the schedule\'s time zone', async () => {
    const el = await mount(createHsdsAdapter({ endpoint: `${server}/hsds` }));
    expect(titles(el).slice(0, 2)).to.deep.equal(['长者食堂', '独居老人探访']);
    const meals = el.shadowRoot!.querySelector('.card')!;
    expect(words(meals)).to.contain('东城区社会工作服务中心');
    expect(words(meals)).to.match(/营业中|开放中|正在/); // open now, at 11:30 UTC+8
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /更多|加载/.test(words(b)));
    expect(more, 'a "load more" button for the next HSDS page').to.exist;
    more!.click();
    await waitUntil(() => titles(el).length > 4, 'the next page never came', { timeout: 10000 });
    expect(titles(el)).to.include('Community Counselling'); // the spec example, latitude 100 and all
  });

  it('filters by a taxonomy term and its children, from taxonomy_terms', async () => {
    const el = await mount(createHsdsAdapter({ endpoint: `${server}/hsds` }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls="sl-categories"]')!.click();
    await waitUntil(() => el.shadowRoot!.getElementById('term-t-elderly'), 'no 养老服务 term in the facet', { timeout: 10000 });
    expect(words(el.shadowRoot!.querySelector('.terms'))).to.contain('养老服务');
    el.shadowRoot!.getElementById('term-t-elderly')!.click();
    await waitUntil(() => titles(el).length > 0 && !titles(el).includes('四点半课堂'), 'the filter never applied', { timeout: 10000 });
    // HSDS filters by one term only, so the adapter filters this term's subtree itself, page by page.
    expect(titles(el)).to.deep.equal(['长者食堂', '独居老人探访']);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => /更多|加载/.test(words(b)))!.click();
    await waitUntil(() => titles(el).length > 2, 'the next page never came', { timeout: 10000 });
    expect(titles(el)).to.deep.equal(['长者食堂', '独居老人探访', '夜间应急求助']);
  });

  it('offers no request button when neither the directory nor the portal takes requests', async () => {
    const el = await mount(createHsdsAdapter({ endpoint: `${server}/hsds` }));
    expect(titles(el).length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[data-request]'), 'a request button that could only fail').to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-details]'), 'the details button').to.exist;
  });

  it('hands a request to the portal hook and shows its reference number', async () => {
    const got: ServiceRequestInput[] = [];
    const el = await mount(createHsdsAdapter({ endpoint: `${server}/hsds`, request: async (input) => (got.push(input), { referenceNumber: 'PORTAL-42' }) }));
    el.shadowRoot!.querySelector<HTMLElement>('[data-request="svc-meals"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('form.form'), 'no request form', { timeout: 10000 });
    const fill = (id: string, value: string) => {
      const input = el.shadowRoot!.getElementById(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill('rq-name', '王秀英');
    fill('rq-phone', '13912345678');
    fill('rq-time', '工作日中午');
    const requested = oneEvent(el, 'gr-service-requested');
    el.shadowRoot!.querySelector<HTMLButtonElement>('form.form [type=submit]')!.click();
    const { detail } = await requested;
    expect(detail).to.deep.equal({ itemId: 'svc-meals', referenceNumber: 'PORTAL-42' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part=confirmation]'));
    expect(words(el.shadowRoot!.querySelector('[part=confirmation]'))).to.contain('PORTAL-42');
    expect(got.map((g) => [g.itemId, g.name])).to.deep.equal([['svc-meals', '王秀英']]);
  });
});
