import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Organization } from '../../../src/domain/orgs.js';
import { focusedItem, itemNamed, memory, nameOf, panel, renderTree, text } from './helpers.js';

describe('<party-org-tree> search and detail', function () {
  this.timeout(20000);

  it('reveals a deep search hit: pages through each level, expands the ancestors, scrolls to it and focuses it', async () => {
    const adapter = memory();
    // A compound at the end of every list on its path, so each level needs more than one page of 5.
    let parent = 'o-city';
    let target: Organization | undefined;
    for (let level = 0; level < 4; level++) {
      const page = await adapter.orgs.children(parent, { limit: 200 });
      target = page.items[page.items.length - 1]!;
      parent = target.id;
    }
    const hits = await adapter.orgs.search(target!.name);
    const hit = hits.items.find((h) => h.organization.id === target!.id)!;
    expect(hit.path).to.have.length(4);

    const el = await renderTree({ adapter, pageSize: 5 });
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: target!.name });
    const path = hit.path.map((p) => p.name).join(' › ');
    const find = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=search-hit]')].find((b) => text(b).includes(path));
    await waitUntil(find, 'the hit with its path');
    const result = find();
    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('gr-org-select', resolve as never, { once: true }));
    result!.click();
    expect((await selected).detail).to.deep.equal({ id: target!.id, name: target!.name });
    await waitUntil(() => nameOf(focusedItem(el)) === target!.name, 'the hit is focused');

    const row = focusedItem(el)!;
    expect(row.getAttribute('aria-level')).to.equal('5');
    expect(row.getAttribute('aria-selected')).to.equal('true');
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('[role=tree]')!.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    expect(box.top).to.be.at.least(viewport.top - 1);
    expect(box.bottom).to.be.at.most(viewport.bottom + 1);
    // Every ancestor is expanded: walk up with Left.
    for (const ancestor of [...hit.path].reverse()) {
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(nameOf(focusedItem(el))).to.equal(ancestor.name);
      expect(focusedItem(el)!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focusedItem(el)!.getAttribute('aria-expanded')).to.equal('false');
    }
  });

  it('masks contact details for a resident and explains why; shows them to community staff', async () => {
    const resident = await renderTree({ adapter: memory({ session: 'resident' }), selected: 'o-d01' });
    await waitUntil(() => resident.shadowRoot!.querySelector('.phone') && resident.shadowRoot!.querySelector('[part=mask-hint]'));
    expect(text(panel(resident)!.querySelector('.phone'))).to.match(/^Phone: 1\d\d\*{4}\d{4}$/);
    expect(text(resident.shadowRoot!.querySelector('[part=mask-hint]'))).to.contain('partly hidden');
    await expect(resident).to.be.accessible();

    const staff = await renderTree({ adapter: memory({ session: 'community-staff' }), selected: 'o-d01' });
    await waitUntil(() => staff.shadowRoot!.querySelector('.phone'));
    await waitUntil(() => staff.shadowRoot!.querySelector('.members .person'));
    expect(text(panel(staff)!.querySelector('.phone'))).to.match(/^Phone: 1\d{10}$/);
    expect(staff.shadowRoot!.querySelector('[part=mask-hint]')).to.equal(null);
  });

  it('shows posts, members with commitments and paged members in a region named after the node (axe)', async () => {
    const el = await renderTree();
    itemNamed(el, '中共青川市东城区委员会')!.click();
    await waitUntil(() => panel(el)?.querySelector('.members .person'), 'members');
    const region = panel(el)!;
    expect(region.getAttribute('aria-labelledby')).to.equal('detail-heading');
    expect(text(region.querySelector('h2'))).to.equal('中共青川市东城区委员会');
    expect(text(region.querySelector('.path'))).to.contain('中共青川市委员会');
    expect(text(region.querySelector('.posts'))).to.contain('Secretary');
    expect(region.querySelectorAll('.members > .person')).to.have.length(20);
    expect(region.querySelector('.members .commitments li')).to.exist;
    const more = region.querySelector<HTMLButtonElement>('[part=more-members]')!;
    more.click();
    await waitUntil(() => region.querySelectorAll('.members > .person').length > 20, 'more members');
    await expect(el).to.be.accessible();
  });

  it('selects and reveals an organisation set through the selected attribute', async () => {
    const el = await renderTree();
    el.selected = 'o-d01-s01-c01-g1-p1';
    await waitUntil(() => nameOf(focusedItem(el) ?? el.shadowRoot!.querySelector('[aria-selected=true]')) === '柏兴苑党支部', 'revealed');
    expect(el.getAttribute('selected')).to.equal('o-d01-s01-c01-g1-p1');
    expect(el.shadowRoot!.querySelector('[aria-selected=true]')!.getAttribute('aria-level')).to.equal('5');
  });

  it('speaks Chinese by default', async () => {
    const el = await renderTree();
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect(text(itemNamed(el, '中共青川市东城区委员会'))).to.contain('区县·党委');
    expect(text(el.shadowRoot!.querySelector('label'))).to.equal('搜索党组织');
  });
});
