import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseQuery } from '../../../src/domain/index.js';
import type { GridCaseQueue } from '../../../src/elements/grid-case-queue/grid-case-queue.js';
import { presetQuery } from '../../../src/elements/grid-case-queue/queue-query.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { $, makeAdapter, mountQueue, NOW, rowIds, settled, text, until } from './helpers.js';

async function choose(el: GridCaseQueue, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, id)!;
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settled(el);
}

async function expectBackend(el: GridCaseQueue, adapter: MemoryAdapter, query: CaseQuery, label: string): Promise<void> {
  const expected = await adapter.cases.list(query, { limit: 50 });
  if (!expected.total) {
    expect($(el, '[part="empty"]'), label).to.exist;
    return;
  }
  expect(text($(el, '[part="summary"]')), label).to.contain(`共 ${expected.total} 件`);
  const shown = rowIds(el);
  expect(shown, label).to.deep.equal(expected.items.slice(0, shown.length).map((k) => k.id));
}

describe('<grid-case-queue>: filters and sorts against the backend', () => {
  it('filters by state, urgency, category, department and overdue, and sorts', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'in-progress' });
    ($(el, '[part="filters"] summary') as HTMLElement).click();
    const base = presetQuery('in-progress', NOW);
    await choose(el, '#qf-status', 'dispatched');
    await expectBackend(el, adapter, { ...base, status: ['dispatched'], sort: 'due' }, 'state');
    await choose(el, '#qf-department', 'dept-cg');
    await expectBackend(el, adapter, { ...base, status: ['dispatched'], departmentId: 'dept-cg', sort: 'due' }, 'department');
    await choose(el, '#qf-overdue', 'yes');
    await expectBackend(el, adapter, { ...base, status: ['dispatched'], departmentId: 'dept-cg', overdue: true, sort: 'due' }, 'overdue');
    await choose(el, '#qf-overdue', '');
    await choose(el, '#qf-department', '');
    await choose(el, '#qf-urgency', 'high');
    await expectBackend(el, adapter, { ...base, status: ['dispatched'], urgency: ['high'], sort: 'due' }, 'urgency');
    await choose(el, '#qf-urgency', '');
    await until(() => $(el, '#qf-category option[value="streetlight"]'));
    await choose(el, '#qf-category', 'streetlight');
    await expectBackend(el, adapter, { ...base, status: ['dispatched'], categoryCode: 'streetlight', sort: 'due' }, 'category');
    await choose(el, '#qf-category', '');
    for (const sort of ['newest', 'followers', 'due'] as const) {
      await choose(el, '#qf-sort', sort);
      await expectBackend(el, adapter, { ...base, status: ['dispatched'], sort }, sort);
    }
    expect($(el, '[role="columnheader"][aria-sort]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('searches text as it is typed, and narrows by reported dates and due before', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'closed' });
    ($(el, '[part="filters"] summary') as HTMLElement).click();
    $<HTMLInputElement>(el, '#qf-text')!.focus();
    await sendKeys({ type: '路灯' });
    await until(() => $<HTMLInputElement>(el, '#qf-text')!.value === '路灯');
    await settled(el);
    await until(async () => text($(el, '[part="summary"]')).includes(`共 ${(await adapter.cases.list({ status: ['closed'], text: '路灯' })).total} 件`));
    await expectBackend(el, adapter, { status: ['closed'], text: '路灯', sort: 'due' }, 'text');
    ($(el, '[part="filter-apply"]') as HTMLButtonElement).click();
    await settled(el);
    await expectBackend(el, adapter, { status: ['closed'], text: '路灯', sort: 'due' }, 'text, applied again');
  });

  it('narrows by reported dates and due before (city time)', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'in-progress' });
    ($(el, '[part="filters"] summary') as HTMLElement).click();
    const set = async (id: string, value: string) => {
      const input = $<HTMLInputElement>(el, id)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settled(el);
    };
    const day = (offset: number) => new Date(NOW.getTime() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    await set('#qf-from', day(-20));
    await set('#qf-to', day(-5));
    const from = new Date(`${day(-20)}T00:00:00+08:00`).toISOString();
    const to = new Date(`${day(-4)}T00:00:00+08:00`).toISOString();
    await expectBackend(el, adapter, { ...presetQuery('in-progress', NOW), reportedFrom: from, reportedTo: to, sort: 'due' }, 'reported between');
    await set('#qf-due', `${day(1)}T12:00`);
    const due = new Date(`${day(1)}T12:00:00+08:00`).toISOString();
    await expectBackend(el, adapter, { ...presetQuery('in-progress', NOW), reportedFrom: from, reportedTo: to, dueBefore: due, sort: 'due' }, 'due before');
  });

  it('narrows to an area through the cascade, down to a community', async () => {
    const adapter = makeAdapter('grid-centre');
    const el = await mountQueue(adapter, { preset: 'closed' });
    ($(el, '[part="filters"] summary') as HTMLElement).click();
    await until(() => $(el, '#qf-area-0 option[value="d01"]'));
    await choose(el, '#qf-area-0', 'd01');
    await until(() => $(el, '#qf-area-1 option[value="d01-s01"]'));
    await choose(el, '#qf-area-1', 'd01-s01');
    await until(() => $(el, '#qf-area-2 option[value="d01-s01-c01"]'));
    await choose(el, '#qf-area-2', 'd01-s01-c01');
    await expectBackend(el, adapter, { status: ['closed'], areaId: 'd01-s01-c01', sort: 'due' }, 'area');
    expect($(el, '#qf-area-3')).to.exist;
  });
});
