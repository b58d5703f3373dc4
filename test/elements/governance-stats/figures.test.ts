import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, count, everyCase, expected, figure, memory, mountStats, oneDecimal, percent, settled, tableRows, text, twoDecimals, until } from './helpers.js';

describe('<governance-stats> figures', function () {
  this.timeout(60_000);
  before(async function () {
    this.timeout(120_000);
    await everyCase();
  });

  it('shows the headline figures the case list works out, for the last 30 days of the city', async () => {
    const el = await mountStats(memory());
    const e = await expected({ period: 'month' });
    expect(figure(el, 'reported')).to.equal(count(e.reported));
    expect(figure(el, 'closed')).to.equal(count(e.closed));
    expect(figure(el, 'on-time')).to.equal(percent(e.onTimeRate));
    expect(figure(el, 'median')).to.equal(`${oneDecimal(e.medianDaysToClose!)} days`);
    expect(figure(el, 'overdue')).to.equal(count(e.overdueNow));
    expect(figure(el, 'urged')).to.equal(count(e.urged));
    expect(figure(el, 'escalated')).to.equal(count(e.escalatedNow));
    const average = e.ratings.reduce((a, b) => a + b, 0) / e.ratings.length;
    expect(figure(el, 'satisfaction')).to.equal(twoDecimals(average));
    expect(text($(el, '[data-figure=satisfaction] .sub'))).to.equal(`${e.ratings.length} ratings`);
    expect(e.reported, 'a month of the seeded city has cases').to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows the weekly chart as a table with every week, and a summary in words', async () => {
    const el = await mountStats(memory());
    const e = await expected({ period: 'month' });
    const toggle = $<HTMLButtonElement>(el, '[data-toggle=gs-weekly]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#gs-weekly-table')).to.equal(null);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = tableRows(el, 'gs-weekly');
    expect(rows[0]).to.deep.equal(['Week starting', 'Reported', 'Closed']);
    const fmt = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
    expect(rows.slice(1)).to.deep.equal(e.weekly.map((w) => [fmt.format(new Date(`${w.weekStart}T00:00:00+08:00`)), count(w.reported), count(w.closed)]));
    // One pair of bars per week in the SVG.
    expect($$(el, 'svg[data-chart=gs-weekly] .bar.series-0')).to.have.length(e.weekly.length);
    const top = e.weekly.reduce((a, w) => (w.reported > a.reported ? w : a));
    expect(text($(el, '#gs-weekly-summary'))).to.equal(
      `Reported ${count(e.reported)}, closed ${count(e.closed)}; the highest week for reports was ${fmt.format(new Date(`${top.weekStart}T00:00:00+08:00`))} (${count(top.reported)}).`,
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#gs-weekly-table')).to.equal(null);
  });

  it('shows cases by category and the rating distribution as the list says', async () => {
    const el = await mountStats(memory());
    const e = await expected({ period: 'month' });
    $<HTMLButtonElement>(el, '[data-toggle=gs-category]')!.click();
    $<HTMLButtonElement>(el, '[data-toggle=gs-rating]')!.click();
    await el.updateComplete;
    const categories = await memory().cases.categories({ locale: 'en' });
    const name = new Map(categories.map((c) => [c.code, c.name]));
    const shown = new Map(tableRows(el, 'gs-category').slice(1).map(([label, reported, closed]) => [label!, [reported, closed]]));
    for (const [code, figures] of e.byCategory) {
      expect(shown.get(name.get(code)!), code).to.deep.equal([count(figures.reported), count(figures.closed)]);
    }
    expect(tableRows(el, 'gs-rating').slice(1)).to.deep.equal(
      [1, 2, 3, 4, 5].map((r) => [r === 1 ? '1 star' : `${r} stars`, count(e.ratings.filter((x) => x === r).length)]),
    );
  });

  it('shows the department league table as the list says, and sorts it by a column header', async () => {
    const el = await mountStats(memory(), { period: 'quarter' });
    const e = await expected({ period: 'quarter' });
    const rows = () => $$(el, 'table.league tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
    const shown = rows();
    expect(shown.length).to.equal(e.byDepartment.size);
    for (const [name, d] of e.byDepartment) {
      const row = shown.find((r) => r[0] === name);
      expect(row, name).to.deep.equal([
        name,
        count(d.handled),
        percent(d.onTime),
        d.median === null ? '—' : oneDecimal(d.median),
        d.satisfaction === null ? '—' : twoDecimals(d.satisfaction),
        count(d.urged),
        count(d.overdueNow),
      ]);
    }
    // Most handled first by default.
    const handledHeader = $(el, 'th:has([data-sort=handled])')!;
    expect(handledHeader.getAttribute('aria-sort')).to.equal('descending');
    const handled = rows().map((r) => Number(r[1]!.replace(/,/g, '')));
    expect(handled).to.deep.equal([...handled].sort((a, b) => b - a));
    // Sort by times urged with the keyboard: descending, then ascending.
    const urged = $<HTMLButtonElement>(el, '[data-sort=urged]')!;
    urged.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'th:has([data-sort=urged])')!.getAttribute('aria-sort')).to.equal('descending');
    expect(handledHeader.getAttribute('aria-sort')).to.equal('none');
    let byUrged = rows().map((r) => Number(r[5]!.replace(/,/g, '')));
    expect(byUrged).to.deep.equal([...byUrged].sort((a, b) => b - a));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect($(el, 'th:has([data-sort=urged])')!.getAttribute('aria-sort')).to.equal('ascending');
    byUrged = rows().map((r) => Number(r[5]!.replace(/,/g, '')));
    expect(byUrged).to.deep.equal([...byUrged].sort((a, b) => a - b));
    await until(() => text($(el, '[aria-live=polite]')).includes('Sorted by Times urged, ascending'));
    await expect(el).to.be.accessible();
  });

  it('shows zh-CN text', async () => {
    const el = await mountStats(memory(), { locale: 'zh-CN' });
    await settled(el);
    expect(text($(el, 'h2'))).to.equal('治理统计');
    expect(text($(el, '[data-figure=reported] dt'))).to.equal('上报');
    expect(text($(el, '[data-toggle=gs-weekly]'))).to.equal('显示数据表');
  });
});
