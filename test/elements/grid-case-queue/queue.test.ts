import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PersonaName } from '../../../src/adapters/memory/index.js';
import { presetQuery, QUEUE_PRESETS } from '../../../src/elements/grid-case-queue/queue-query.js';
import { $, $$, listAll, makeAdapter, mountQueue, NOW, rowIds, settled, text, tracker, trackerReady, until } from './helpers.js';

const STAFF: PersonaName[] = ['community-staff', 'grid-worker', 'department-staff', 'grid-centre'];

describe('<grid-case-queue>: scope and presets', () => {
  for (const persona of STAFF) {
    it(`${persona} sees exactly the backend's answer for its scope`, async () => {
      const adapter = makeAdapter(persona);
      const el = await mountQueue(adapter, { preset: 'in-progress' });
      const expected = await listAll(adapter, { ...presetQuery('in-progress', NOW), sort: 'due' });
      if (!expected.total) {
        expect($(el, '[part="empty"]')).to.exist;
        return;
      }
      expect(text($(el, '[part="summary"]'))).to.contain(`共 ${expected.total} 件`);
      expect($(el, '[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(String(expected.total + 1));
      const shown = rowIds(el);
      expect(shown).to.deep.equal(expected.items.slice(0, shown.length).map((k) => k.id));
    });
  }

  it('each preset is its backend query (grid centre)', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter);
    for (const preset of QUEUE_PRESETS) {
      ($(el, `[role="tab"][data-preset="${preset}"]`) as HTMLButtonElement).click();
      await settled(el);
      expect($(el, `[role="tab"][data-preset="${preset}"]`)!.getAttribute('aria-selected')).to.equal('true');
      const expected = await adapter.cases.list({ ...presetQuery(preset, NOW), sort: 'due' }, { limit: 50 });
      if (!expected.total) {
        expect($(el, '[part="empty"]'), preset).to.exist;
        continue;
      }
      expect(text($(el, '[part="summary"]')), preset).to.contain(`共 ${expected.total} 件`);
      const shown = rowIds(el);
      expect(shown.length, preset).to.be.greaterThan(0);
      expect(shown, preset).to.deep.equal(expected.items.slice(0, shown.length).map((k) => k.id));
    }
    await expect(el).to.be.accessible();
  });

  it('marks overdue rows and speaks English', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'overdue', locale: 'en' });
    const first = $(el, '[role="row"][data-i="0"]')!;
    expect(text(first.querySelector('[part="overdue"]'))).to.match(/^Overdue by/);
    expect(text($(el, '[role="tab"][aria-selected="true"]'))).to.equal('Overdue');
  });

  it('is read-only for a resident, who sees only their own and followed cases', async () => {
    const adapter = makeAdapter('resident');
    const el = await mountQueue(adapter, { preset: 'closed' });
    const expected = await listAll(adapter, { status: ['closed'], sort: 'due' });
    expect(text($(el, '[part="read-only"]'))).to.contain('没有办理权限');
    expect($(el, '[part="bulk-bar"]')).to.not.exist;
    if (expected.total) expect(rowIds(el)).to.deep.equal(expected.items.slice(0, rowIds(el).length).map((k) => k.id));
    await expect(el).to.be.accessible();
  });
});

describe('<grid-case-queue>: keyboard and opening a row', () => {
  it('moves between tabs and rows with the keyboard, and opens a case in place', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter);
    ($(el, '[role="tab"][aria-selected="true"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(el.preset).to.equal('in-progress');
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-in-progress');
    const first = $(el, '[role="row"][data-i="0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-i')).to.equal('1');
    const id = el.shadowRoot!.activeElement!.getAttribute('data-id')!;
    await sendKeys({ press: 'Enter' });
    const t = await trackerReady(el);
    expect(t.caseNumber).to.equal(id);
    expect(t.shadowRoot!.querySelector('[part="lookup"]')).to.not.exist;
    await expect(el).to.be.accessible();
    ($(el, '[part="back-button"]') as HTMLButtonElement).click();
    await until(() => el.shadowRoot!.activeElement?.getAttribute('data-id') === id, 'focus did not come back to the row');
  });

  it('urges and escalates from a row as the grid centre, and the row follows without a reload', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'overdue' });
    const rows = (await adapter.cases.list({ overdue: true, status: ['dispatched'], sort: 'due' })).items;
    const target = rows[0]!;
    ($(el, '[part="filters"] summary') as HTMLElement).click();
    const status = $<HTMLSelectElement>(el, '#qf-status')!;
    status.value = 'dispatched';
    status.dispatchEvent(new Event('change'));
    await settled(el);
    const row = $$(el, '[role="row"][data-id]').find((r) => r.dataset.id === target.id)!;
    row.click();
    const t = await trackerReady(el);
    const offered = [...t.shadowRoot!.querySelectorAll<HTMLElement>('[part="action-button"]')].map((b) => b.dataset.action);
    expect(offered).to.include.members(['urge', 'escalate']);
    let updated = 0;
    el.addEventListener('gr-queue-updated', () => updated++);
    const listCalls = () => updated;
    (t.shadowRoot!.querySelector('[data-action="urge"]') as HTMLButtonElement).click();
    await until(() => t.shadowRoot!.querySelector('dialog')?.open);
    (t.shadowRoot!.querySelector('#action-note') as HTMLElement).focus();
    await sendKeys({ type: '请尽快处理' });
    (t.shadowRoot!.querySelector('[part="confirm-button"]') as HTMLButtonElement).click();
    await until(() => listCalls() === 1, 'the row did not follow the urge');
    const after = await adapter.cases.get(target.id);
    expect(after.urges?.length).to.equal((target.urges?.length ?? 0) + 1);
    ($(el, '[part="back-button"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(rowIds(el)).to.include(target.id);
  });

  it('escalates from a row as the grid centre, and the row follows', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'in-progress' });
    const row = $$(el, '[role="row"][data-id]').find((r) => r.dataset.i === '0')!;
    const id = row.dataset.id!;
    const before = await adapter.cases.get(id);
    row.click();
    const t = await trackerReady(el);
    (t.shadowRoot!.querySelector('[data-action="escalate"]') as HTMLButtonElement).click();
    await until(() => t.shadowRoot!.querySelector('dialog')?.open);
    (t.shadowRoot!.querySelector('#action-note') as HTMLElement).focus();
    await sendKeys({ type: '社区协调不了' });
    let detail: { caseId: string } | undefined;
    el.addEventListener('gr-queue-updated', (e) => (detail = e.detail));
    (t.shadowRoot!.querySelector('[part="confirm-button"]') as HTMLButtonElement).click();
    await until(() => detail?.caseId === id, 'the row did not follow the escalation');
    const after = await adapter.cases.get(id);
    expect(after.escalationLevel).to.not.equal(before.escalationLevel);
    expect(after.timeline.filter((e) => e.action === 'escalate').length).to.equal(before.timeline.filter((e) => e.action === 'escalate').length + 1);
  });

  it('reaches the rows with Tab from the tabs', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter);
    ($(el, '[role="tab"][aria-selected="true"]') as HTMLElement).focus();
    for (let i = 0; i < 6 && el.shadowRoot!.activeElement?.getAttribute('role') !== 'row'; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-i')).to.equal('0');
  });

  it('does not offer urge or escalate to community staff', async () => {
    const adapter = makeAdapter('community-staff');
    const el = await mountQueue(adapter, { preset: 'in-progress' });
    ($(el, '[role="row"][data-i="0"]') as HTMLElement).click();
    const t = await trackerReady(el);
    const offered = [...t.shadowRoot!.querySelectorAll<HTMLElement>('[part="action-button"]')].map((b) => b.dataset.action);
    expect(offered).to.not.include('urge');
    expect(offered).to.not.include('escalate');
    expect(tracker(el)).to.exist;
  });
});
