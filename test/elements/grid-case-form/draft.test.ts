import { expect, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import {
  $, active, addFiles, areaSelects, clickLabel, clickText, HOME, heading, makeAdapter, mountForm, newDraftKey, pickArea, png,
  streetlightToCheck, text, typeInto, unmountAll, waitForHeading, waitForSelects,
} from './helpers.js';

/** How many of my cases contain this text: what the backend really holds. */
async function myCases(adapter: MemoryAdapter, words: string): Promise<number> {
  const page = await adapter.cases.list({ mine: true, text: words });
  return page.items.length;
}

describe('<grid-case-form> draft, failures and retries', function () {
  this.timeout(40000);
  afterEach(unmountAll);

  it('restores every field, the step, the area path and the photos when the form is created again', async () => {
    const adapter = makeAdapter();
    const draftKey = newDraftKey();
    const first = await mountForm({ adapter, draftKey });
    await clickLabel(first, 'Rubbish dumped or piling up');
    await clickText(first, 'Continue');
    await waitForHeading(first, 'About the problem');
    await clickLabel(first, 'Bulky items (furniture)');
    await clickLabel(first, 'Yes');
    await clickText(first, 'Continue');
    await waitForHeading(first, 'Where is the problem?');
    await pickArea(first, 'd02-s01-c01-g1');
    await typeInto(first, 'f-location-address', 'Behind the school');
    first.remove(); // a crash or a reload: the element goes away

    const second = await mountForm({ adapter, draftKey });
    await waitForHeading(second, 'Where is the problem?');
    expect(text(second, '.restored')).to.contain('We have kept what you entered last time.');
    await waitForSelects(second, 5);
    expect(areaSelects(second).map((s) => s.value)).to.deep.equal(['d02', 'd02-s01', 'd02-s01-c01', 'd02-s01-c01-g1', '']);
    expect($<HTMLInputElement>(second, '#f-location-address').value).to.equal('Behind the school');
    await clickText(second, 'Continue');
    await waitUntil(() => /Tell us more|Someone/.test(heading(second)));
    if (heading(second).includes('Someone')) await clickText(second, 'It is a different problem');
    await waitForHeading(second, 'Tell us more');
    await typeInto(second, 'f-description', 'An old sofa and a mattress.');
    await addFiles(second, [png('sofa.png')]);
    await clickLabel(second, 'Urgent');
    await clickLabel(second, 'With my name and mobile number');
    await typeInto(second, 'f-name', 'Zhang Wei');
    await typeInto(second, 'f-phone', '13700001111');
    await waitUntil(async () => (await indexedDbHas(`grid-case-form:${draftKey}`)), 'photos not saved');
    second.remove();

    const third = await mountForm({ adapter, draftKey });
    await waitForHeading(third, 'Tell us more');
    expect($<HTMLTextAreaElement>(third, '#f-description').value).to.equal('An old sofa and a mattress.');
    expect($<HTMLInputElement>(third, '#f-name').value).to.equal('Zhang Wei');
    expect($<HTMLInputElement>(third, '#f-phone').value).to.equal('13700001111');
    expect(($<HTMLInputElement>(third, '#f-urgency-2')).checked).to.equal(true);
    await waitUntil(() => third.shadowRoot!.querySelector('.photo img'), 'photo not restored');
    expect(third.shadowRoot!.querySelector('.photo img')!.getAttribute('alt')).to.equal('Photo 1: sofa.png');
    await clickText(third, 'Continue');
    await waitForHeading(third, 'Check your answers');
    expect(text(third, '.summary-list')).to.contain('Bulky items (furniture)');
    await clickText(third, 'Send report');
    await waitForHeading(third, 'Report sent');
    const saved = await adapter.cases.get(text(third, '.public-number'));
    expect(saved.photos).to.have.length(1);
    expect(saved.answers).to.deep.equal({ wasteType: ['bulky'], smell: true });

    // Success clears the draft: a new form starts afresh.
    expect(localStorage.getItem(`grid-case-form:${draftKey}`)).to.equal(null);
    third.remove();
    const fourth = await mountForm({ adapter, draftKey });
    expect(heading(fourth)).to.equal('What is the problem?');
    expect(fourth.shadowRoot!.querySelector('.restored')).to.equal(null);
  });

  it('keeps two drafts apart by draft-key', async () => {
    const adapter = makeAdapter();
    const a = await mountForm({ adapter, attrs: { category: 'streetlight' } });
    const b = await mountForm({ adapter });
    await clickText(a, 'Continue');
    await waitForHeading(a, 'About the problem');
    expect(heading(b)).to.equal('What is the problem?');
    expect(($<HTMLInputElement>(b, '#f-categoryCode')).checked).to.equal(false);
  });

  it('keeps everything after a network failure and sends once on retry', async () => {
    const adapter = makeAdapter();
    const form = await mountForm({ adapter, attrs: { category: 'streetlight', area: `${HOME}-g2` } });
    const words = `Lamp out network ${Date.now()}`;
    await streetlightToCheck(form, words);
    adapter.control.failNext('cases.submit', 'network');
    await clickText(form, 'Send report');
    await waitUntil(() => active(form)?.id === 'submit-error', 'the failure message did not take focus');
    expect(text(form, '[part=submit-error]')).to.contain('Cannot reach the server. Check your connection and try again.');
    expect(text(form, '[part=submit-error]')).to.contain('Everything you entered is saved on this device.');
    expect(text(form, '.summary-list')).to.contain(words);
    expect(await myCases(adapter, words)).to.equal(0);
    await expect(form).to.be.accessible();
    await clickText(form, 'Try sending again');
    await waitForHeading(form, 'Report sent');
    expect(await myCases(adapter, words)).to.equal(1);
  });

  it('never creates two cases when the first send committed but timed out', async () => {
    const adapter = makeAdapter();
    adapter.control.setFaults({ timeoutMs: 50 });
    const form = await mountForm({ adapter, attrs: { category: 'streetlight', area: `${HOME}-g2` } });
    const words = `Lamp out timeout ${Date.now()}`;
    await streetlightToCheck(form, words);
    adapter.control.failNext('cases.submit', { kind: 'timeout', afterCommit: true });
    await clickText(form, 'Send report');
    await waitUntil(() => text(form, '[part=submit-error]').includes('The server took too long to respond'));
    expect(await myCases(adapter, words)).to.equal(1); // the backend did create it
    await clickText(form, 'Try sending again');
    await waitForHeading(form, 'Report sent');
    const page = await adapter.cases.list({ mine: true, text: words });
    expect(page.items).to.have.length(1);
    expect(text(form, '.public-number')).to.equal(page.items[0]!.publicNumber);
  });

  it('disables the send button while sending, so a double click sends once', async () => {
    const adapter = makeAdapter();
    const form = await mountForm({ adapter, attrs: { category: 'streetlight', area: `${HOME}-g2` } });
    const words = `Lamp out double ${Date.now()}`;
    await streetlightToCheck(form, words);
    adapter.control.setLatency(150);
    const button = $<HTMLButtonElement>(form, '#f-submit');
    button.click();
    button.click();
    await form.updateComplete;
    expect(button.disabled).to.equal(true);
    expect(button.textContent).to.contain('Sending…');
    await waitForHeading(form, 'Report sent');
    adapter.control.setLatency(0);
    expect(await myCases(adapter, words)).to.equal(1);
  });
});

function indexedDbHas(key: string): Promise<boolean> {
  return new Promise((resolve) => {
    const open = indexedDB.open('grassroots-gov-widgets', 1);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('draft-photos').objectStore('draft-photos').get(key);
      get.onsuccess = () => {
        db.close();
        resolve(Array.isArray(get.result) && get.result.length > 0);
      };
      get.onerror = () => resolve(false);
    };
    open.onerror = () => resolve(false);
  });
}
