import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Adapter } from '../../../src/adapters/contract.js';
import type { GridCaseTracker } from '../../../src/elements/grid-case-tracker/grid-case-tracker.js';
import { isOverdue } from '../../../src/domain/index.js';
import { $, $$, NOW, actAs, makeAdapter, mountTracker, offered, residentCase, settled, text, typeInto, until } from './helpers.js';

describe('<grid-case-tracker> states', function () {
  this.timeout(20000);

  it('starts with a labelled look-up form and a hint when no number is set', async () => {
    const el = await mountTracker(makeAdapter());
    const form = $(el, 'form[role="search"]')!;
    expect(form.getAttribute('aria-labelledby')).to.equal('lookup-title');
    expect(text($(el, '#lookup-title'))).to.equal('查询案件办理进度');
    const input = $<HTMLInputElement>(el, '#lookup-number')!;
    expect(text($(el, 'label[for="lookup-number"]'))).to.equal('案件编号');
    expect(input.getAttribute('aria-describedby')).to.equal('lookup-hint');
    expect(text($(el, '[part="empty"]'))).to.contain('输入案件编号');
    await expect(el).to.be.accessible();
  });

  it('looks a case up when a person types its number and presses Enter', async () => {
    const adapter = makeAdapter();
    const kase = await residentCase(adapter, 'dispatched');
    const el = await mountTracker(adapter);
    await typeInto(el, '#lookup-number', kase.publicNumber);
    const loaded = oneEvent(el, 'gr-case-loaded');
    await sendKeys({ press: 'Enter' });
    const event = await loaded;
    expect(event.detail).to.deep.equal({ caseId: kase.id, publicNumber: kase.publicNumber, status: 'dispatched' });
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(el);
    expect(el.caseNumber).to.equal(kase.publicNumber);
    expect(text($(el, '#case-title'))).to.equal(`${kase.categoryName}（${kase.publicNumber}）`);
    // Progress: three steps done, the fourth current.
    const steps = $$(el, '.progress li');
    expect(steps.map((s) => text(s.querySelector('.step-label')))).to.deep.equal(['已上报', '已受理', '已派遣', '已处置', '已核查', '已结案']);
    expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null, null]);
    // Summary: the reporter as the backend sent it (the resident sees their own name, the phone masked).
    const summary = text($(el, '[part="summary"]'));
    expect(summary).to.contain('王秀英 139****5678');
    expect(summary).to.contain(kase.location.address);
    expect(summary).to.contain('6 人关注');
    // History, oldest first, with who and when.
    const events = $$(el, '.timeline .event');
    expect(events.map((e) => text(e.querySelector('.event-what')))).to.deep.equal(['已上报', '已受理', '已派遣']);
    expect(text(events[0]!.querySelector('.event-actor'))).to.equal('王秀英（居民）');
    expect(events[2]!.querySelector('time')!.getAttribute('datetime')).to.equal(kase.timeline[2]!.at);
    expect(text(events[2])).to.contain(`责任部门：${kase.department!.name}`);
    // The form stays, to look up another case.
    expect($(el, '#lookup-number')).to.exist;
    await until(() => text($(el, '[aria-live="polite"]')).includes(kase.publicNumber));
    await expect(el).to.be.accessible();
  });

  it('asks for a number when the look-up form is sent empty', async () => {
    const el = await mountTracker(makeAdapter());
    $(el, '#lookup-number')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#lookup-number')!;
    expect(text($(el, '#lookup-error'))).to.equal('错误：请填写案件编号');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('lookup-hint lookup-error');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await expect(el).to.be.accessible();
  });

  it('says clearly when no case has the number, and keeps the form to try again', async () => {
    const adapter = makeAdapter();
    const el = await mountTracker(adapter);
    await typeInto(el, '#lookup-number', 'GC-19990101-0001');
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part="not-found"]'));
    expect($(el, '[part="not-found"]')!.getAttribute('role')).to.equal('alert');
    expect(text($(el, '[part="not-found"]'))).to.contain('没有编号为“GC-19990101-0001”的案件');
    await expect(el).to.be.accessible();

    const kase = await residentCase(adapter, 'closed');
    const input = $<HTMLInputElement>(el, '#lookup-number')!;
    input.select();
    await typeInto(el, '#lookup-number', kase.publicNumber);
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '#case-title'));
    expect($(el, '[part="not-found"]')).to.equal(null);
  });

  it('shows an error with retry, and retrying loads the case', async () => {
    const adapter = makeAdapter();
    const kase = await residentCase(adapter, 'closed');
    adapter.control.failNext('cases.get', 'network');
    const el = await mountTracker(adapter, kase.publicNumber);
    expect(text($(el, '[part="error"]'))).to.contain('无法连接服务器');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await until(() => $(el, '#case-title'));
    expect($(el, '[part="error"]')).to.equal(null);
  });

  it('turns a malformed case from the backend into a clear error state', async () => {
    const broken: Adapter = {
      name: 'broken',
      cases: { get: async () => ({ id: 'x', publicNumber: 'GC-1', status: 'lost' }) } as unknown as Adapter['cases'],
    };
    const el = await mountTracker(broken, 'GC-1');
    expect(text($(el, '[part="error"]'))).to.contain('服务器返回的数据有误');
    expect($(el, '#case-title')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while the backend answers', async () => {
    let answer!: () => void;
    const slow = makeAdapter();
    const gate = new Promise<void>((resolve) => (answer = resolve));
    const kase = await residentCase(slow, 'closed');
    const adapter: Adapter = { ...slow, cases: { ...slow.cases, get: async (...args) => (await gate, slow.cases.get(...args)) } };
    const el = await mountTracker(adapter);
    el.caseNumber = kase.publicNumber;
    await el.updateComplete;
    expect(text($(el, '[part="loading"]'))).to.equal('正在查询案件…');
    expect($(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    answer();
    await settled(el);
    expect($(el, '#case-title')).to.exist;
  });

  it('marks an overdue case, judged by the domain against the `now` it is given', async () => {
    const adapter = makeAdapter();
    const kase = await residentCase(adapter, 'dispatched');
    const el = await mountTracker(adapter, kase.publicNumber);
    el.now = new Date(Date.parse(kase.dueAt) + 3_600_000);
    await el.updateComplete;
    expect(isOverdue(kase, el.now)).to.equal(true);
    expect($$(el, '[part="overdue"]').map(text)).to.deep.equal(['已超期', '已超期']);
    await expect(el).to.be.accessible();
    el.now = new Date(Date.parse(kase.dueAt) - 3_600_000);
    await el.updateComplete;
    expect($(el, '[part="overdue"]')).to.equal(null);
  });

  it('is read-only for a visitor who is not signed in, and says why', async () => {
    const adapter = makeAdapter('anonymous');
    const kase = await residentCase(adapter, 'closed');
    adapter.control.setSession('anonymous');
    const el = await mountTracker(adapter, kase.publicNumber);
    expect(offered(el)).to.deep.equal([]);
    expect($$(el, '.gr-root button').map((b) => b.textContent!.trim())).to.deep.equal(['查询']);
    expect(text($(el, '[part="read-only"]'))).to.equal('登录后，反映人可以对处理结果进行评价或申请重新处理。');
    // The anonymous visitor sees the reporter masked.
    expect(text($(el, '[part="summary"]'))).to.contain('王** 139****5678');
    await expect(el).to.be.accessible();
  });

  it('shows a closed and rated case as done, with the rating in words', async () => {
    const adapter = makeAdapter();
    const kase = await residentCase(adapter, 'closed');
    await adapter.cases.act(kase.id, { action: 'rate', rating: 5, idempotencyKey: 'tracker-rated-1' });
    const el = await mountTracker(adapter, kase.publicNumber);
    expect(offered(el)).to.deep.equal(['reopen']);
    expect(text($(el, '[part="summary"]'))).to.contain('非常满意（5/5）');
    expect(text($(el, '.timeline .event:last-child'))).to.contain('评价了处理结果');
    await actAs(el, adapter, 'grid-worker');
    expect(text($(el, '[part="read-only"]'))).to.equal('此案件已办结，并已评价。');
    expect($$(el, '.progress li')[5]!.getAttribute('aria-current')).to.equal('step');
    await expect(el).to.be.accessible();
  });

  it('reloads with the new rights when the adapter changes, and speaks English when asked', async () => {
    const adapter = makeAdapter();
    const kase = await residentCase(adapter, 'verified');
    const el = await mountTracker(adapter, kase.publicNumber, 'en');
    expect(text($(el, '#lookup-title'))).to.equal('Track a case');
    expect(offered(el)).to.deep.equal(['reopen']);
    expect(text($(el, '[part="actions"]'))).to.contain('Not fixed: reopen');
    adapter.control.setSession('grid-centre');
    const reloaded = oneEvent(el, 'gr-case-loaded');
    el.adapter = { ...adapter };
    await reloaded;
    await settled(el);
    expect(offered(el)).to.deep.equal(['close']);
    expect(text($(el, '.progress'))).to.contain('Verified');
    await expect(el).to.be.accessible();
  });

  it('fits a 360 px phone and stays axe-clean in the dark scheme and elder-friendly mode', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const adapter = makeAdapter();
      const kase = await residentCase(adapter, 'closed');
      const el = await fixture<GridCaseTracker>(
        html`<grid-case-tracker .adapter=${adapter} case-number=${kase.publicNumber} theme="dark" elder-friendly .now=${NOW}></grid-case-tracker>`,
      );
      await settled(el);
      expect(el.getAttribute('effective-theme')).to.equal('dark');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const button = $(el, '[part="action-button"]')!;
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
