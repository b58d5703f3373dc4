import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ListItem } from '../../../src/domain/services.js';
import type { ServiceList } from '../../../src/elements/service-list/service-list.js';
import { $, $$, clearDrafts, DRAFT_KEY, fill, focused, memory, mountList, text, until, warmUp } from './helpers.js';
import { TEST_DAY } from '../../helpers/city-clock.js';

/** The request keys the backend has seen (one per distinct request it created). */
function requestKeys(adapter: MemoryAdapter): Array<{ key: string; reference: string }> {
  return adapter.control.context.idempotency
    .toJSON()
    .filter(([id]) => id.startsWith('services.request:'))
    .map(([id, entry]) => ({ key: id, reference: (entry.result as { referenceNumber: string }).referenceNumber }));
}

async function openRequest(el: ServiceList, adapter: MemoryAdapter): Promise<ListItem> {
  const [item] = (await adapter.services.query({ kind: 'service' }, { limit: 1 })).items;
  $(el, `[data-request="${item!.id}"]`)!.click();
  await until(() => $(el, 'form.form') || $(el, '[part=permission]'), 'no form');
  return item!;
}

function fillValid(el: ServiceList): void {
  fill(el, 'rq-name', '王秀英');
  fill(el, 'rq-phone', '13912345678');
  fill(el, 'rq-time', '下周二上午');
}

const submit = (el: ServiceList) => $<HTMLButtonElement>(el, 'form.form [type=submit]')!.click();

describe('<service-list> request a service', function () {
  this.timeout(20000);
  before(async function () {
    this.timeout(60_000);
    await warmUp();
  });
  let adapter: MemoryAdapter;
  beforeEach(() => {
    clearDrafts();
    adapter = memory();
  });
  afterEach(clearDrafts);

  it('opens the form for the item with focus on its title, axe-clean', async () => {
    const el = await mountList(adapter);
    const item = await openRequest(el, adapter);
    expect(text($(el, '#rq-title'))).to.equal(`Request: ${item.name}`);
    expect(focused(el)?.id).to.equal('rq-title');
    await expect(el).to.be.accessible();
  });

  it('checks each rule and lists the problems in a focused error summary', async () => {
    const el = await mountList(adapter);
    await openRequest(el, adapter);
    submit(el);
    await until(() => $(el, '.error-summary'));
    expect(focused(el)?.classList.contains('error-summary')).to.equal(true);
    expect($$(el, '.error-summary a').map(text)).to.deep.equal([
      'Enter your name',
      'Phone number must be an 11-digit mobile number, like 13812345678',
      'Enter when would suit you',
    ]);
    expect(text($(el, '#rq-name-error'))).to.equal('Error: Enter your name');
    expect($(el, '#rq-name')!.getAttribute('aria-describedby')).to.contain('rq-name-error');
    expect($(el, '#rq-name')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    // A summary link moves focus to its field.
    $$(el, '.error-summary a')[1]!.click();
    expect(focused(el)?.id).to.equal('rq-phone');

    fill(el, 'rq-name', '王'.repeat(41));
    fill(el, 'rq-phone', '12345678901');
    fill(el, 'rq-time', '周末');
    fill(el, 'rq-notes', '说'.repeat(301));
    await el.updateComplete;
    expect(text($(el, '#rq-notes-counter'))).to.equal('You have 1 character too many');
    submit(el);
    await until(() => $$(el, '.error-summary a').length === 3 && text($(el, '.error-summary')).includes('40'));
    expect($$(el, '.error-summary a').map(text)).to.deep.equal([
      'Your name must be 40 characters or fewer',
      'Phone number must be an 11-digit mobile number, like 13812345678',
      'Anything else we should know must be 300 characters or fewer',
    ]);
    expect(requestKeys(adapter)).to.have.length(0);
  });

  it('sends a valid request once, fires gr-service-requested and shows the reference number', async () => {
    const el = await mountList(adapter);
    const item = await openRequest(el, adapter);
    fillValid(el);
    const event = oneEvent(el, 'gr-service-requested');
    submit(el);
    const { detail } = await event;
    expect(detail).to.deep.equal({ itemId: item.id, referenceNumber: `FW-${TEST_DAY}-0001` });
    await until(() => $(el, '[part=confirmation]'));
    expect(text($(el, '[part=confirmation]'))).to.contain(`FW-${TEST_DAY}-0001`);
    expect(focused(el)?.getAttribute('part')).to.equal('confirmation');
    expect(requestKeys(adapter)).to.have.length(1);
    expect(localStorage.getItem(`${DRAFT_KEY}:service:request`)).to.equal(null);
    await expect(el).to.be.accessible();
    // Back to the list, focus on the item's request button.
    $$(el, '[part=confirmation] button')[0]!.click();
    await until(() => focused(el)?.getAttribute('data-request') === item.id);
  });

  it('keeps everything after a failed submit and retries with the same key: one request', async () => {
    const el = await mountList(adapter);
    await openRequest(el, adapter);
    fillValid(el);
    adapter.control.failNext('services.request', 'network');
    submit(el);
    await until(() => $(el, '[part=submit-error]'));
    expect(text($(el, '[part=submit-error]'))).to.contain('Everything you typed is still here');
    expect(focused(el)?.getAttribute('part')).to.equal('submit-error');
    expect($<HTMLInputElement>(el, '#rq-name')!.value).to.equal('王秀英');
    expect(requestKeys(adapter)).to.have.length(0);
    await expect(el).to.be.accessible();
    $(el, '[part=submit-error] button')!.click();
    await until(() => $(el, '[part=confirmation]'));
    expect(requestKeys(adapter)).to.have.length(1);
  });

  it('returns the same reference number when a committed submit timed out and is retried', async () => {
    const el = await mountList(adapter);
    await openRequest(el, adapter);
    fillValid(el);
    adapter.control.setFaults({ timeoutMs: 10 });
    adapter.control.failNext('services.request', { kind: 'timeout', afterCommit: true });
    submit(el);
    await until(() => $(el, '[part=submit-error]'));
    expect(text($(el, '[part=submit-error]'))).to.contain('took too long');
    const [committed] = requestKeys(adapter);
    expect(committed).to.exist;
    const event = oneEvent(el, 'gr-service-requested');
    $(el, '[part=submit-error] button')!.click();
    expect((await event).detail.referenceNumber).to.equal(committed!.reference);
    expect(requestKeys(adapter)).to.have.length(1);
    await until(() => text($(el, '[part=confirmation]')).includes(committed!.reference));
  });

  it('restores the draft in a re-created element', async () => {
    const el = await mountList(adapter);
    const item = await openRequest(el, adapter);
    fill(el, 'rq-name', '李四');
    fill(el, 'rq-phone', '13800001111');
    el.remove(); // saves at once
    const again = await fixture<ServiceList>(html`<service-list .adapter=${adapter} draft-key=${DRAFT_KEY} locale="en"></service-list>`);
    await until(() => $(again, '#rq-name'), 'the form did not come back');
    expect(text($(again, '#rq-title'))).to.equal(`Request: ${item.name}`);
    expect($<HTMLInputElement>(again, '#rq-name')!.value).to.equal('李四');
    expect($<HTMLInputElement>(again, '#rq-phone')!.value).to.equal('13800001111');
    expect(text($(again, 'form.form'))).to.contain('We kept what you typed');
  });

  it('explains instead of showing the form without the service:request permission', async () => {
    adapter.control.setSession('department-staff');
    const el = await mountList(adapter);
    await until(() => $(el, '[data-request]'));
    await openRequest(el, adapter);
    expect($(el, '#rq-name')).to.equal(null);
    expect(text($(el, '[part=permission]'))).to.contain('cannot request services');
    await expect(el).to.be.accessible();
    adapter.control.setSession({ userId: null, displayName: 'guest', roles: ['anonymous'], permissions: [], areaIds: [] });
    const guest = await mountList(adapter);
    await openRequest(guest, adapter);
    expect(text($(guest, '[part=permission]'))).to.contain('Sign in');
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const el = await mountList(adapter);
    const [item] = (await adapter.services.query({ kind: 'service' }, { limit: 1 })).items;
    $(el, `[data-request="${item!.id}"]`)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.id === 'rq-title', 'Enter did not open the form');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('rq-name');
    await sendKeys({ type: 'Wang' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '13912345678' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Tuesday' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('rq-notes');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => focused(el)?.getAttribute('part') === 'confirmation', 'not sent');
    expect(requestKeys(adapter)).to.have.length(1);
  });
});
