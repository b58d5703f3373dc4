import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Adapter } from '../../../src/adapters/contract.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import { createOpen311Adapter } from '../../../src/adapters/open311/index.js';
import '../../../src/elements/grid-case-tracker/index.js';
import type { GridCaseTracker } from '../../../src/elements/grid-case-tracker/grid-case-tracker.js';
import { standardsServer } from '../../helpers/standards.js';
import { $, clickLabel, clickText, mountForm, pickArea, typeInto, unmountAll, waitForHeading } from '../grid-case-form/helpers.js';

const server = await standardsServer();
const open311 = (format: 'json' | 'xml') => createOpen311Adapter({ endpoint: `${server}/open311/live`, format });

async function tracker(adapter: Adapter, number: string, locale = 'en'): Promise<GridCaseTracker> {
  const el = await fixture<GridCaseTracker>(html`<grid-case-tracker .adapter=${adapter} case-number=${number} locale=${locale}></grid-case-tracker>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part=case], [part=not-found], [part=error]'), 'the tracker never showed the case', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the widgets on an Open311 server (standards fixture server)', function () {
  this.timeout(40000);
  afterEach(unmountAll);

  it('<grid-case-tracker> follows a Toronto request (XML, while asking for JSON): on the loop, with the agency and its note', async () => {
    const el = await tracker(open311('json'), '101005420892');
    const root = el.shadowRoot!;
    expect(words(root.querySelector('.case-status'))).to.contain('Dispatched');
    expect(words(root.querySelector('[part=timeline]'))).to.contain('In progress - The request has been scheduled.');
    expect(words(root.querySelector('[part=summary]'))).to.contain('311 Toronto');
    expect(words(root.querySelector('[part=summary]'))).to.contain('Warden Ave / Freeman St, Scarborough');
  });

  it('<grid-case-tracker> says the case is handled in the Open311 system and offers no action, even to the grid centre', async () => {
    const staff = createMemoryAdapter({ session: 'grid-centre', latency: 0 });
    const el = await tracker({ session: staff.session, cases: open311('xml').cases }, '638344', 'zh-CN');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part=action-button]')).to.have.length(0);
    expect(words(root.querySelector('[part=read-only]'))).to.equal('此案件在Open311系统中办理，这里只能查看进度。');
    const en = await tracker(open311('json'), '638344');
    expect(words(en.shadowRoot!.querySelector('[part=read-only]'))).to.equal('This case is handled in the Open311 system: here you can follow it, not act on it.');
    expect(words(en.shadowRoot!.querySelector('.case-status'))).to.contain('Closed');
    expect(words(en.shadowRoot!.querySelector('[part=timeline]'))).to.contain('Duplicate request.');
  });

  it('<grid-case-tracker> shows "not found" for a number the server does not know', async () => {
    const el = await tracker(open311('json'), '999999999');
    expect(el.shadowRoot!.querySelector('[part=not-found]')).to.exist;
  });

  it('<grid-case-form> reports to the Open311 server: its services and questions, the portal\'s areas; the tracker then shows the request', async () => {
    const portal = createMemoryAdapter({ session: 'resident', latency: 0 });
    const cases = open311('json');
    const adapter: Adapter = { name: 'portal + open311', session: portal.session, areas: portal.areas, cases: cases.cases };
    const form = await mountForm({ adapter: adapter as never });
    await clickLabel(form, 'Cans left out 24x7');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'About the problem');
    await clickLabel(form, 'Chrysler');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Where is the problem?');
    await pickArea(form, 'd02-s01-c01-g1-p1');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Tell us more');
    await typeInto(form, 'f-description', 'Bins left on the pavement since Monday.');
    await clickLabel(form, 'Anonymously');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Check your answers');
    const submitted = oneEvent(form, 'gr-case-submitted');
    $(form, '#f-submit').click();
    const { detail } = await submitted;
    await waitForHeading(form, 'Report sent');
    expect(detail.publicNumber).to.match(/^\d+$/);
    // The server has it, as Open311 sees it; a fresh adapter (no memory of the submit) reads it back.
    const listed = await fetch(`${server}/open311/live/requests/${detail.publicNumber}.json`).then((r) => r.json() as Promise<Array<Record<string, unknown>>>);
    expect(listed[0]).to.include({ service_code: '001', description: 'Bins left on the pavement since Monday.', status: 'open' });
    const el = await tracker(open311('json'), detail.publicNumber);
    expect(words(el.shadowRoot!.querySelector('.case-status'))).to.contain('Reported');
  });
});
