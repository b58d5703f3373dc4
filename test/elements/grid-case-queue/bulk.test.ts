import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseActionRequest } from '../../../src/domain/index.js';
import { $, $$, makeAdapter, mountQueue, rowIds, settled, text, until } from './helpers.js';

describe('<grid-case-queue>: bulk', () => {
  it('accepts selected cases with one key each; a failed one is retried with its key, the others are not sent again', async () => {
    const adapter = makeAdapter('community-staff');
    const calls: { id: string; key: string }[] = [];
    const act = adapter.cases.act.bind(adapter.cases);
    adapter.cases.act = (id: string, request: CaseActionRequest, options?: Parameters<typeof act>[2]) => {
      calls.push({ id, key: request.idempotencyKey });
      return act(id, request, options);
    };
    const el = await mountQueue(adapter, { preset: 'to-accept' });
    const ids = rowIds(el).slice(0, 3);
    expect(ids).to.have.length(3);
    // A reopened case was accepted once before: count the accepts each case already has.
    const acceptsBefore = await Promise.all(ids.map(async (id) => (await adapter.cases.get(id)).timeline.filter((e) => e.action === 'accept').length));

    // Keyboard: Space selects the focused row; the third by its checkbox.
    ($(el, '[role="row"][data-i="0"]') as HTMLElement).focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    ($(el, '[role="row"][data-i="2"] input[type="checkbox"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect($(el, '[role="row"][data-i="1"]')!.getAttribute('aria-selected')).to.equal('true');
    expect(text($(el, '[part="bulk-bar"]'))).to.contain('已选 3 件');

    ($(el, '[data-bulk="accept"]') as HTMLButtonElement).click();
    await until(() => $(el, '[part="bulk-panel"]'));
    // The first case is accepted by the backend but the answer is lost.
    adapter.control.failNext('cases.act', { kind: 'network', afterCommit: true });
    ($(el, '[part="bulk-confirm"]') as HTMLButtonElement).click();
    await until(() => $(el, '[part="bulk-result"]') && !$(el, '[part="bulk-confirm"][aria-disabled="true"]'), 'no bulk result');
    const result = $(el, '[part="bulk-result"]')!;
    expect(text(result)).to.contain('2 件已办理');
    expect(text(result)).to.contain('1 件没有办理成功');
    expect($$(el, '.bulk-failures li').map((li) => li.dataset.case)).to.deep.equal([ids[0]]);
    await expect(el).to.be.accessible();
    expect(calls.map((c) => c.id)).to.deep.equal(ids);
    expect(new Set(calls.map((c) => c.key)).size).to.equal(3);

    ($(el, '[part="bulk-confirm"]') as HTMLButtonElement).click();
    await until(() => text($(el, '[part="bulk-result"]')).includes('3 件已办理'), 'the retry did not finish');
    expect(calls).to.have.length(4);
    expect(calls[3]).to.deep.equal(calls[0]);
    for (const [i, id] of ids.entries()) {
      const kase = await adapter.cases.get(id);
      expect(kase.status).to.equal('accepted');
      expect(kase.timeline.filter((e) => e.action === 'accept')).to.have.length(acceptsBefore[i]! + 1);
    }
    // The rows follow and the selection is cleared.
    expect(text($(el, '[role="row"][data-i="0"] .state'))).to.equal('已受理');
    expect(text($(el, '[part="bulk-bar"]'))).to.contain('已选 0 件');
  });

  it('dispatches selected cases to a department, asking for it first', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'in-progress' });
    ($(el, '[part="filters"] summary') as HTMLElement).click();
    const status = $<HTMLSelectElement>(el, '#qf-status')!;
    status.value = 'accepted';
    status.dispatchEvent(new Event('change'));
    await settled(el);
    const ids = rowIds(el).slice(0, 2);
    for (const i of [0, 1]) ($(el, `[role="row"][data-i="${i}"] input[type="checkbox"]`) as HTMLInputElement).click();
    await el.updateComplete;
    ($(el, '[data-bulk="dispatch"]') as HTMLButtonElement).click();
    await until(() => $(el, '#action-department option[value="dept-cg"]'));
    ($(el, '[part="bulk-confirm"]') as HTMLButtonElement).click();
    await until(() => $(el, '#action-department-error'));
    expect(text($(el, '.error-summary'))).to.not.equal('');
    const select = $<HTMLSelectElement>(el, '#action-department')!;
    select.value = 'dept-cg';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    ($(el, '[part="bulk-confirm"]') as HTMLButtonElement).click();
    await until(() => text($(el, '[part="bulk-result"]')).includes('2 件已办理'));
    for (const id of ids) {
      const kase = await adapter.cases.get(id);
      expect(kase.status).to.equal('dispatched');
      expect(kase.department?.id).to.equal('dept-cg');
    }
  });

  it('offers no selection to a department officer (who may not accept or dispatch)', async () => {
    const adapter = makeAdapter('department-staff');
    const el = await mountQueue(adapter, { preset: 'in-progress' });
    expect($(el, '[part="bulk-bar"]')).to.not.exist;
    expect($(el, '[role="row"] input[type="checkbox"]')).to.not.exist;
  });
});
