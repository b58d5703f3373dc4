import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { Adapter } from '../../../src/adapters/contract.js';
import type { Service } from '../../../src/domain/services.js';
import type { ServiceList } from '../../../src/elements/service-list/service-list.js';
import { $, $$, PAGE, focused, memory, mountList, names, NOW, settled, text, until, warmUp } from './helpers.js';

describe('<service-list> kinds and states', function () {
  this.timeout(20000);
  before(async function () {
    this.timeout(60_000);
    await warmUp();
  });

  it('shows demands with their status and who took them up', async () => {
    const adapter = memory();
    const el = await mountList(adapter, { kind: 'demand' });
    const page = await adapter.services.query({ kind: 'demand' }, { limit: PAGE });
    expect(names(el)).to.deep.equal(page.items.map((i) => i.name));
    const first = page.items.find((i) => i.kind === 'demand' && i.takenBy)!;
    const card = $$(el, '.card').find((c) => c.getAttribute('aria-labelledby') === `name-${first.id}`)!;
    expect(text(card)).to.contain(first.kind === 'demand' ? first.takenBy! : '');
    expect(text(card)).to.match(/Taken up|Matched|Done/);
    expect($(el, '.post-demand')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows projects with the demand and resource they match and their progress', async () => {
    const adapter = memory();
    const el = await mountList(adapter, { kind: 'project' });
    const [project] = (await adapter.services.query({ kind: 'project' }, { limit: 1 })).items;
    if (project?.kind !== 'project') throw new Error('no project');
    const card = $(el, '.card')!;
    expect(text(card)).to.contain(project.demand.name).and.contain(project.resource.name).and.contain(`${project.progress}%`);
    const bar = card.querySelector('progress')!;
    expect(bar.value).to.equal(project.progress);
    expect(bar.getAttribute('aria-valuetext')).to.equal(`${project.progress}%`);
    await expect(el).to.be.accessible();
  });

  it('shows resources with a request button, and zh-CN text', async () => {
    const adapter = memory();
    const el = await mountList(adapter, { kind: 'resource', locale: 'zh-CN' });
    expect(text($(el, 'h2'))).to.equal('资源清单');
    expect(text($(el, '[data-request]'))).to.contain('申请使用');
    expect(text($(el, '.count'))).to.equal('共 90 条结果');
    await expect(el).to.be.accessible();
  });

  it('computes "open now" for the now property, in Shanghai time', async () => {
    const adapter = memory();
    const el = await mountList(adapter, { area: 'd01-s01-c01', pageSize: 20 });
    const items = (await adapter.services.query({ kind: 'service', areaId: 'd01-s01-c01' }, { limit: 20 })).items as Service[];
    const weekday = items.find((s) => s.schedules.length === 1 && s.schedules[0]!.byDay.join() === 'MO,TU,WE,TH,FR' && s.schedules[0]!.opensAt === '08:30' && s.schedules[0]!.closesAt === '17:30')!;
    expect(weekday, 'a weekday 08:30–17:30 service').to.exist;
    const badge = () => {
      const card = $$(el, '.card').find((c) => c.getAttribute('aria-labelledby') === `name-${weekday.id}`)!;
      return text(card.querySelector('dd:has([part=open-state])'));
    };
    expect(badge()).to.contain('Open now closes 17:30').and.contain('Mon–Fri 08:30–17:30');
    el.now = new Date('2026-11-28T10:00:00+08:00'); // Saturday
    await el.updateComplete;
    expect(badge()).to.contain('Closed now');
    el.now = new Date('2026-11-29T23:59:00+08:00'); // Sunday 23:59
    await el.updateComplete;
    expect(badge()).to.contain('Closed now opens Mon 08:30');
    el.now = new Date('2026-11-30T08:30:00+08:00'); // Monday 08:30
    await el.updateComplete;
    expect(badge()).to.contain('Open now');
  });

  it('opens and closes the details of an item', async () => {
    const adapter = memory();
    const el = await mountList(adapter);
    const [item] = (await adapter.services.query({ kind: 'service' }, { limit: 1 })).items;
    const button = $(el, `[data-details="${item!.id}"]`)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(detail.hidden).to.equal(false);
    expect(text(detail)).to.contain(item!.description);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(detail.hidden).to.equal(true);
  });

  it('shows loading, axe-clean', async () => {
    const adapter = createMemoryAdapter({ latency: 60_000 });
    const el = await fixture<ServiceList>(html`<service-list .adapter=${adapter} locale="en"></service-list>`);
    await until(() => $(el, '[part=loading]'));
    expect(text($(el, '.results'))).to.contain('Loading');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows an error with retry, which then loads the list', async () => {
    const adapter = memory();
    adapter.control.failNext('services.query', 'network');
    const el = await mountList(adapter);
    expect(text($(el, '[part=error]'))).to.contain('Cannot reach the server');
    await expect(el).to.be.accessible();
    $(el, '[part=retry-button]')!.click();
    await until(() => names(el).length === PAGE);
  });

  it('turns bad data into an error state, not a crash', async () => {
    const adapter = memory();
    adapter.control.failNext('services.query', 'malformed');
    const el = await mountList(adapter);
    expect($(el, '[part=error]')).to.exist;
    expect(names(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows "not configured" without the services group', async () => {
    const el = await fixture<ServiceList>(html`<service-list .adapter=${{ name: 'none' } as Adapter} locale="en"></service-list>`);
    await el.updateComplete;
    expect($(el, '[part=not-configured]')).to.exist;
  });

  it('works with the keyboard alone: search, categories, details, load more', async () => {
    const adapter = memory();
    const el = await mountList(adapter);
    $<HTMLInputElement>(el, '#sl-text')!.focus();
    await sendKeys({ type: '食堂' });
    await sendKeys({ press: 'Enter' });
    const page = await adapter.services.query({ kind: 'service', text: '食堂' }, { limit: PAGE });
    await until(() => names(el).join() === page.items.map((i) => i.name).join(), 'search by Enter');
    // Tab to the categories button: search button, audience, district, then categories.
    for (let i = 0; i < 8 && !focused(el)?.classList.contains('disclosure'); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('disclosure'), 'Tab reaches the categories button').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '#term-t-elderly'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('term-t-elderly');
    await sendKeys({ press: ' ' });
    const filtered = await adapter.services.query({ kind: 'service', text: '食堂', termIds: ['t-elderly'] }, { limit: PAGE });
    await until(() => text($(el, '.count')) === `${filtered.total} results`, 'category by Space');
    // Details of the first item with Enter.
    const details = $(el, '[data-details]')!;
    details.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details.getAttribute('aria-expanded')).to.equal('true');
    // Load more from the keyboard on the full list.
    $(el, '.clear-filters')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part=load-more]'));
    $(el, '[part=load-more]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => names(el).length === 2 * PAGE);
    expect(focused(el)?.getAttribute('part')).to.equal('load-more');
  });

  it('restores nothing and loads again for a new adapter', async () => {
    const first = memory();
    const el = await mountList(first, { kind: 'resource' });
    el.adapter = createMemoryAdapter({ latency: 0, now: () => NOW, sizes: { resources: 5 } });
    await until(() => text($(el, '.count')) === '5 results');
    await settled(el);
  });
});
