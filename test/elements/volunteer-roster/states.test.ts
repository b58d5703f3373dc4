import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { VolunteerRoster } from '../../../src/elements/volunteer-roster/volunteer-roster.js';
import { $, makeAdapter, mountRoster, rowNames, rows, text, waitForTotal } from './helpers.js';

describe('<volunteer-roster> states', function () {
  // The first axe run in a page takes ~10 s on this loaded 2-core machine (axe start-up), and these
  // tests run axe in several states.
  this.timeout(40000);
  it('shows loading, then an error with retry that recovers', async () => {
    const adapter = createMemoryAdapter({ latency: 30, sizes: { volunteers: 300 } });
    adapter.control.failNext('volunteers.teams', 'network');
    const el = await fixture<VolunteerRoster>(html`<volunteer-roster locale="zh-CN" .adapter=${adapter}></volunteer-roster>`);
    expect($(el, '[part=loading]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '[part=error]'), 'error state', { timeout: 8000 });
    expect(text(el, '[part=error]')).to.contain('无法连接服务器');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
    await waitUntil(() => rows(el).length > 0, 'rows after retry', { timeout: 8000 });
  });

  it('shows a first-page error with retry, the empty state, and English', async () => {
    const adapter = makeAdapter('resident');
    adapter.control.failNext('volunteers.query', 'unavailable');
    const el = await mountRoster(adapter, { locale: 'en' });
    expect(text(el, '[part=error]')).to.contain('temporarily unavailable');
    $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
    await waitUntil(() => rows(el).length > 0, 'condition', { timeout: 8000 });
    expect(text(el, '.total')).to.match(/^\d+ volunteers$/);
    expect(text(el, '[role=columnheader]')).to.equal('Name');
    el.area = 'no-such-area';
    await waitUntil(() => $(el, '[part=empty]'), 'empty state', { timeout: 8000 });
    expect(text(el, '[part=empty]')).to.equal('No volunteers match. Try changing the filters.');
    await expect(el).to.be.accessible();
  });

  it('preselects a team and an area from attributes, and is accessible in dark elder-friendly mode', async () => {
    const adapter = makeAdapter();
    const teamId = (await adapter.volunteers.teams())[0]!.id;
    const el = await mountRoster(adapter, { team: teamId, area: 'd01' });
    el.setAttribute('theme', 'dark');
    el.toggleAttribute('elder-friendly', true);
    const want = await adapter.volunteers.query({ teamId, areaId: 'd01', sort: 'name' }, { limit: 5 });
    expect(want.total).to.be.greaterThan(0);
    await waitForTotal(el, want.total!);
    expect(rowNames(el)).to.deep.equal(want.items.map((v) => v.name));
    expect($(el, `.team[aria-pressed=true]`)!.textContent).to.contain((await adapter.volunteers.teams())[0]!.name);
    await waitUntil(() => $<HTMLSelectElement>(el, '#vr-district')?.value === 'd01', 'district shown', { timeout: 8000 });
    // Colours change with a short transition; jump it to its end (a background test tab may never run it) before checking contrast.
    for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
    await expect(el).to.be.accessible();
  });

  it('shows the not-configured state without an adapter', async () => {
    const el = await fixture<VolunteerRoster>(html`<volunteer-roster locale="zh-CN"></volunteer-roster>`);
    expect(text(el)).to.contain('此组件尚未配置数据源');
  });
});
