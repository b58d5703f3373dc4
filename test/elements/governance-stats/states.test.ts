import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Adapter } from '../../../src/adapters/contract.js';
import type { Demand, ListItem } from '../../../src/domain/index.js';
import type { GovernanceStats } from '../../../src/elements/governance-stats/governance-stats.js';
import { $, $$, count, figure, memory, mountStats, percent, periodOf, settled, text, until } from './helpers.js';

describe('<governance-stats> states', function () {
  this.timeout(60_000);

  it('shows loading while the backend answers, announced politely', async () => {
    const adapter = memory();
    adapter.control.setLatency(1500);
    const el = await fixture<GovernanceStats>(html`<governance-stats .adapter=${adapter} locale="en"></governance-stats>`);
    await until(() => $(el, '[part=loading]'));
    expect($(el, '[part=loading]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    adapter.control.setLatency(0);
    await settled(el);
  });

  it('shows an error with retry, and the figures after retrying', async () => {
    const adapter = memory();
    adapter.control.failNext('cases.stats', 'unavailable');
    const el = await fixture<GovernanceStats>(html`<governance-stats .adapter=${adapter} locale="en"></governance-stats>`);
    await until(() => $(el, '[part=error]'));
    expect(text($(el, '[part=error]'))).to.contain('temporarily unavailable');
    await expect(el).to.be.accessible();
    const retry = $<HTMLButtonElement>(el, '[part=retry-button]')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    const stats = await adapter.cases.stats({ period: 'month' });
    expect(figure(el, 'reported')).to.equal(count(stats.reported));
  });

  it('marks volunteer and service figures as not available on a backend without them (partial)', async () => {
    const adapter = memory();
    const { stats: _v, ...volunteers } = adapter.volunteers;
    const { stats: _s, ...services } = adapter.services;
    const partial: Adapter = { ...adapter, volunteers, services };
    const loaded: CustomEvent[] = [];
    const listen = (e: Event) => loaded.push(e as CustomEvent);
    document.addEventListener('gr-stats-loaded', listen);
    const el = await mountStats(partial).finally(() => document.removeEventListener('gr-stats-loaded', listen));
    expect(loaded.map((e) => e.detail)).to.deep.equal([{ query: { period: 'month' }, available: { cases: true, volunteers: false, services: false } }]);
    expect(loaded[0]!.composed && loaded[0]!.bubbles).to.equal(true);
    expect($$(el, '[part=not-available]')).to.have.length(2);
    expect(text($(el, '[data-section=volunteers]'))).to.contain('does not provide these figures');
    expect(text($(el, '[data-section=services]'))).to.contain('does not provide these figures');
    expect(figure(el, 'reported')).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows volunteer hours and service figures as the backend computes them', async () => {
    const adapter = memory();
    const el = await mountStats(adapter, { period: 'quarter' });
    const [v, s] = await Promise.all([adapter.volunteers.stats({ period: 'quarter' }, { locale: 'en' }), adapter.services.stats({ period: 'quarter' }, { locale: 'en' })]);
    expect(figure(el, 'volunteers')).to.equal(count(v.volunteers));
    expect(figure(el, 'requests')).to.equal(count(s.requests));
    expect(figure(el, 'demands-taken-up')).to.equal(count(s.demandsTakenUp));
    for (const id of ['gs-team-hours', 'gs-month-hours', 'gs-branch', 'gs-demands']) $<HTMLButtonElement>(el, `[data-toggle=${id}]`)!.click();
    await el.updateComplete;
    const hours = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(n);
    const rows = (id: string) => $$(el, `#${id}-table tbody tr`).map((tr) => [...tr.children].map((c) => text(c)));
    expect(rows('gs-team-hours')).to.deep.equal(v.byTeam.map((t) => [t.teamName, hours(t.hours)]));
    const top = v.byTeam.reduce((a, b) => (b.hours > a.hours ? b : a));
    // Team hours do not add up (a volunteer in two teams counts in both): no total in the summary.
    expect(text($(el, '#gs-team-hours-summary'))).to.equal(`Highest: ${top.teamName} (${hours(top.hours)}), of ${v.byTeam.length} in all.`);
    expect(rows('gs-month-hours').map((r) => r[1])).to.deep.equal(v.byMonth.map((m) => hours(m.hours)));
    expect(rows('gs-branch')).to.deep.equal(s.requestsByBranch.map((b) => [b.termName, count(b.count)]));
    expect(rows('gs-demands').map((r) => r[1])).to.deep.equal(s.demandsByStatus.map((d) => count(d.count)));
    await expect(el).to.be.accessible();
  });

  it('shows the demands posted and taken up that the demand list gives, and the volunteers the roster counts', async () => {
    const adapter = memory();
    const el = await mountStats(adapter, { period: 'quarter' });
    const items: ListItem[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof adapter.services.query>> = await adapter.services.query({ kind: 'demand' }, { cursor, limit: 200 });
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const [from, to] = periodOf({ period: 'quarter' });
    const posted = (items as Demand[]).filter((d) => Date.parse(d.postedAt) >= from && Date.parse(d.postedAt) < to);
    const takenUp = posted.filter((d) => d.status !== 'open');
    expect(figure(el, 'demands-posted')).to.equal(count(posted.length));
    expect(figure(el, 'demands-taken-up')).to.equal(count(takenUp.length));
    expect(figure(el, 'take-up')).to.equal(percent(posted.length ? takenUp.length / posted.length : null));
    $<HTMLButtonElement>(el, '[data-toggle=gs-demands]')!.click();
    await el.updateComplete;
    const shown = $$(el, '#gs-demands-table tbody tr').map((tr) => [...tr.children].map((c) => text(c)));
    expect(shown).to.deep.equal(
      (['open', 'claimed', 'matched', 'done'] as const).map((status, i) => [
        ['Open', 'Taken up', 'Matched', 'Done'][i]!,
        count(posted.filter((d) => d.status === status).length),
      ]),
    );
    const roster = await adapter.volunteers.query({}, { limit: 1 });
    expect(figure(el, 'volunteers')).to.equal(count(roster.total!));
  });

  it('is accessible in dark and elder-friendly modes', async () => {
    const adapter = memory();
    const el = await fixture<GovernanceStats>(html`<governance-stats .adapter=${adapter} locale="en" theme="dark" elder-friendly></governance-stats>`);
    await settled(el);
    expect(el.getAttribute('effective-theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
