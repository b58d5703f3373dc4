import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { ServiceList } from '../../../src/elements/service-list/service-list.js';
import { $, $$, clearDrafts, DRAFT_KEY, fill, focused, memory, mountList, names, text, until, warmUp } from './helpers.js';
import { TEST_DAY } from '../../helpers/city-clock.js';

async function openForm(el: ServiceList): Promise<void> {
  $(el, '.post-demand')!.click();
  await until(() => focused(el)?.id === 'dm-title', 'the demand form did not open');
}

const submit = (el: ServiceList) => $<HTMLButtonElement>(el, 'form.form [type=submit]')!.click();
const summary = (el: ServiceList) => $$(el, '.error-summary a').map(text);

async function fillValid(el: ServiceList): Promise<void> {
  fill(el, 'dm-name', '楼里老人需要有人帮忙买菜');
  fill(el, 'dm-description', '3 号楼有两位八十多岁的老人，希望每周有志愿者帮忙买两次菜。');
  await until(() => $$(el, '#dm-district option').length > 1, 'no districts');
  fill(el, 'dm-district', 'd01');
  await until(() => $$(el, '#dm-street option').length > 1, 'no streets');
  fill(el, 'dm-street', 'd01-s01');
  await until(() => $$(el, '#dm-category option').length > 1, 'no categories');
  fill(el, 'dm-category', 't-elderly.visits');
  $(el, '#dm-audience-elderly')!.click();
  fill(el, 'dm-contact', '王秀英');
  fill(el, 'dm-phone', '13912345678');
  await el.updateComplete;
}

describe('<service-list> post a demand', function () {
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

  it('checks each rule with a focused error summary, axe-clean', async () => {
    const el = await mountList(adapter, { kind: 'demand' });
    await openForm(el);
    await expect(el).to.be.accessible();
    submit(el);
    await until(() => $(el, '.error-summary'));
    expect(focused(el)?.classList.contains('error-summary')).to.equal(true);
    expect(summary(el)).to.deep.equal([
      'Enter title',
      'Enter description',
      'Enter area',
      'Enter contact name',
      'Phone number must be an 11-digit mobile number, like 13812345678',
    ]);
    await expect(el).to.be.accessible();
    $$(el, '.error-summary a')[2]!.click();
    expect(focused(el)?.id).to.equal('dm-district');

    fill(el, 'dm-name', '需'.repeat(61));
    fill(el, 'dm-description', '述'.repeat(501));
    fill(el, 'dm-contact', '名'.repeat(41));
    fill(el, 'dm-phone', '1391234567');
    submit(el);
    await until(() => summary(el)[0] === 'Title must be 60 characters or fewer');
    expect(summary(el)).to.deep.equal([
      'Title must be 60 characters or fewer',
      'Description must be 500 characters or fewer',
      'Enter area',
      'Contact name must be 40 characters or fewer',
      'Phone number must be an 11-digit mobile number, like 13812345678',
    ]);
  });

  it('posts a valid demand, fires gr-demand-posted, and lists it first', async () => {
    const el = await mountList(adapter, { kind: 'demand' });
    await openForm(el);
    await fillValid(el);
    const event = oneEvent(el, 'gr-demand-posted');
    submit(el);
    expect((await event).detail).to.deep.equal({ referenceNumber: `XQ-${TEST_DAY}-0001` });
    await until(() => $(el, '[part=confirmation]'));
    expect(text($(el, '[part=confirmation]'))).to.contain(`XQ-${TEST_DAY}-0001`);
    await expect(el).to.be.accessible();
    $(el, '[part=confirmation] button')!.click();
    await until(() => names(el)[0] === '楼里老人需要有人帮忙买菜', 'the new demand is not first');
    const [first] = (await adapter.services.query({ kind: 'demand' }, { limit: 1 })).items;
    expect(first).to.include({ name: '楼里老人需要有人帮忙买菜', areaId: 'd01-s01', postedBy: '王**' });
    expect(focused(el)?.classList.contains('post-demand')).to.equal(true);
  });

  it('keeps the draft after a failed submit, and retries into one demand', async () => {
    const el = await mountList(adapter, { kind: 'demand' });
    await openForm(el);
    await fillValid(el);
    adapter.control.failNext('services.postDemand', 'unavailable');
    submit(el);
    await until(() => $(el, '[part=submit-error]'));
    expect($<HTMLInputElement>(el, '#dm-contact')!.value).to.equal('王秀英');
    $(el, '[part=submit-error] button')!.click();
    await until(() => $(el, '[part=confirmation]'));
    const demands = adapter.control.context.idempotency.toJSON().filter(([id]) => id.startsWith('services.postDemand:'));
    expect(demands).to.have.length(1);
  });

  it('restores an unfinished demand in a re-created element', async () => {
    const el = await mountList(adapter, { kind: 'demand' });
    await openForm(el);
    fill(el, 'dm-name', '小区路灯不亮');
    fill(el, 'dm-contact', '赵六');
    el.remove();
    const again = await fixture<ServiceList>(html`<service-list .adapter=${adapter} draft-key=${DRAFT_KEY} kind="demand" locale="zh-CN"></service-list>`);
    await until(() => $(again, '#dm-name'), 'the form did not come back');
    expect($<HTMLInputElement>(again, '#dm-name')!.value).to.equal('小区路灯不亮');
    expect($<HTMLInputElement>(again, '#dm-contact')!.value).to.equal('赵六');
    expect(text($(again, 'form.form'))).to.contain('已恢复您上次未提交的内容');
    await expect(again).to.be.accessible();
  });

  it('offers no demand form on a backend that takes no demands, not even from a draft', async () => {
    const el = await mountList(adapter, { kind: 'demand' });
    await openForm(el);
    fill(el, 'dm-name', '小区路灯不亮');
    el.remove();
    // The same backend, now a directory that lists demands but takes none (as an HSDS API does).
    const readOnly = { ...adapter, services: Object.assign(Object.create(adapter.services) as typeof adapter.services, { capabilities: { postDemand: false } }) };
    const again = await mountList(readOnly, { kind: 'demand' });
    expect(names(again).length, 'the demands are still listed').to.be.greaterThan(0);
    expect($(again, '.post-demand'), 'a post-demand button').to.equal(null);
    expect($(again, 'form.form'), 'the draft reopened a form the backend cannot take').to.equal(null);
    await expect(again).to.be.accessible();
  });
});
