import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GovernanceStats } from '../../../src/elements/governance-stats/governance-stats.js';
import { $, count, everyCase, expected, figure, memory, mountStats, NOW, percent, settled, tableRows, text, until } from './helpers.js';

const DAY = 86_400_000;
const cityDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

async function expectFigures(el: GovernanceStats, query: Parameters<typeof expected>[0]): Promise<void> {
  const e = await expected(query);
  expect(figure(el, 'reported'), 'reported').to.equal(count(e.reported));
  expect(figure(el, 'closed'), 'closed').to.equal(count(e.closed));
  expect(figure(el, 'on-time'), 'on time').to.equal(percent(e.onTimeRate));
  expect(figure(el, 'overdue'), 'overdue').to.equal(count(e.overdueNow));
  expect(figure(el, 'urged'), 'urged').to.equal(count(e.urged));
}

/** Picks an option of a select, the way a change by the user arrives. */
async function choose(el: GovernanceStats, id: string, value: string): Promise<void> {
  const select = el.shadowRoot!.getElementById(id) as HTMLSelectElement;
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
  await settled(el);
}

async function typeInto(el: GovernanceStats, id: string, value: string): Promise<void> {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('<governance-stats> area and period', function () {
  this.timeout(60_000);
  before(async function () {
    this.timeout(120_000);
    await everyCase();
  });

  it('switches the period with the arrow keys on the period radios', async () => {
    const el = await mountStats(memory());
    const month = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=gs-period][value=month]')!;
    expect(month.checked).to.equal(true);
    month.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await settled(el);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name=gs-period][value=week]')!.checked).to.equal(true);
    await expectFigures(el, { period: 'week' });
    const e = await expected({ period: 'week' });
    $<HTMLButtonElement>(el, '[data-toggle=gs-weekly]')!.click();
    await el.updateComplete;
    expect(tableRows(el, 'gs-weekly').slice(1).map((r) => r.slice(1))).to.deep.equal(e.weekly.map((w) => [count(w.reported), count(w.closed)]));
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name=gs-period][value=quarter]')!.click();
    await el.updateComplete;
    await settled(el);
    await expectFigures(el, { period: 'quarter' });
  });

  it('follows the period attribute when a portal changes it', async () => {
    const el = await mountStats(memory());
    el.setAttribute('period', 'week');
    await el.updateComplete;
    await settled(el);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name=gs-period][value=week]')!.checked).to.equal(true);
    await expectFigures(el, { period: 'week' });
  });

  it('narrows to a district, a street and a community', async () => {
    const adapter = memory();
    const el = await mountStats(adapter);
    await until(() => el.shadowRoot!.querySelectorAll('#gs-district option').length > 1, 'districts');
    const [district] = (await adapter.areas.children((await adapter.areas.roots())[0]!.id)).items;
    await choose(el, 'gs-district', district!.id);
    await expectFigures(el, { period: 'month', areaId: district!.id });
    expect(text($(el, '[data-window]'))).to.contain(district!.name);
    await until(() => el.shadowRoot!.querySelectorAll('#gs-street option').length > 1, 'streets');
    const [street] = (await adapter.areas.children(district!.id)).items;
    await choose(el, 'gs-street', street!.id);
    await expectFigures(el, { period: 'month', areaId: street!.id });
    await until(() => el.shadowRoot!.querySelectorAll('#gs-community option').length > 1, 'communities');
    const [community] = (await adapter.areas.children(street!.id)).items;
    await choose(el, 'gs-community', community!.id);
    await expectFigures(el, { period: 'month', areaId: community!.id });
    // Back to the whole city.
    await choose(el, 'gs-district', '');
    expect($(el, '#gs-street')).to.equal(null);
    await expectFigures(el, { period: 'month' });
    await expect(el).to.be.accessible();
  });

  it('takes a custom period typed as dates, with errors for a bad one', async () => {
    const el = await mountStats(memory());
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name=gs-period][value=custom]')!.click();
    await el.updateComplete;
    await typeInto(el, 'gs-from', '2026-13-01');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await until(() => $(el, '.error-summary'));
    expect(text($(el, '.error-summary'))).to.contain('Enter the From date as year-month-day').and.contain('Enter the To (inclusive) date');
    await expect(el).to.be.accessible();
    const from = cityDay(NOW.getTime() - 40 * DAY);
    const to = cityDay(NOW.getTime() - 10 * DAY);
    await typeInto(el, 'gs-from', to);
    await typeInto(el, 'gs-to', from);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await until(() => text($(el, '.error-summary')).includes('The end date cannot be before the start date'));
    await typeInto(el, 'gs-from', from);
    await typeInto(el, 'gs-to', to);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await until(() => $(el, '.error-summary') === null && $(el, '.results[aria-busy=true]') === null && text($(el, '[data-window]')).includes('to'));
    await settled(el);
    const query = { from: `${from}T00:00:00+08:00`, to: new Date(Date.parse(`${to}T00:00:00+08:00`) + DAY).toISOString() };
    await expectFigures(el, { from: new Date(query.from).toISOString(), to: query.to });
    expect((el.shadowRoot!.getElementById('gs-from') as HTMLInputElement).value).to.equal(from);
  });

  it('says a period with no cases is empty, and is accessible', async () => {
    const el = await mountStats(memory(), { period: 'custom', from: '2020-01-01', to: '2020-01-31' });
    expect(text($(el, '[part=empty]'))).to.contain('No cases in this area over this period');
    expect(figure(el, 'reported')).to.equal('0');
    expect($(el, 'svg[data-chart=gs-weekly]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is used with the keyboard alone: Tab from the area to a chart toggle, Enter opens its table', async () => {
    const el = await mountStats(memory());
    el.shadowRoot!.getElementById('gs-district')!.focus();
    for (let i = 0; i < 12 && el.shadowRoot!.activeElement?.getAttribute('data-toggle') !== 'gs-weekly'; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-toggle')).to.equal('gs-weekly');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#gs-weekly-table')).to.exist;
  });
});
