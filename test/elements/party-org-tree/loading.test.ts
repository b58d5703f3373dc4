import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Adapter, OrgsApi } from '../../../src/adapters/contract.js';
import { AdapterError } from '../../../src/adapters/errors.js';
import { COMMUNITY, focusedItem, itemNamed, items, loadingRow, memory, nameOf, renderTree, text } from './helpers.js';

/** The memory adapter, except that `orgs.children` of `failId` rejects until `heal()` is called. */
function failingOn(failId: string) {
  const inner = memory();
  let failing = true;
  const calls: string[] = [];
  const orgs: OrgsApi = {
    ...inner.orgs,
    children(parentId, options) {
      calls.push(parentId);
      if (failing && parentId === failId) return Promise.reject(new AdapterError('network', 'down'));
      return inner.orgs.children(parentId, options);
    },
  };
  const adapter: Adapter = { name: 'failing', session: inner.session, orgs };
  return { adapter, calls, heal: () => (failing = false) };
}

describe('<party-org-tree> loading', function () {
  this.timeout(20000);

  it('loads children lazily, one page at a time, with a keyboard-reachable "load more" row', async () => {
    const el = await renderTree({ root: COMMUNITY, pageSize: 5 });
    // 13 compounds: 5 loaded, a "load more" row says what is left.
    const level2 = () => items(el).filter((r) => r.getAttribute('aria-level') === '2');
    expect(level2().filter((r) => r.classList.contains('node'))).to.have.length(5);
    const more = el.shadowRoot!.querySelector<HTMLElement>('[role=treeitem].more')!;
    expect(text(more)).to.equal('Load 5 more (8 left)');
    expect(more.getAttribute('aria-posinset')).to.equal('6');
    expect(more.getAttribute('aria-setsize')).to.equal('13');
    expect(level2()[0]!.getAttribute('aria-setsize')).to.equal('13');

    // Nothing below a compound is fetched until it is expanded.
    const compound = items(el).find((r) => r.getAttribute('aria-level') === '2')!;
    expect(compound.getAttribute('aria-expanded')).to.equal('false');

    itemNamed(el, '中共宁春社区总支部委员会')!.click();
    await el.updateComplete;
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedItem(el)).to.equal(el.shadowRoot!.querySelector('[role=treeitem].more'));
    await sendKeys({ press: 'Enter' });
    // Focus goes to the first newly loaded organisation.
    await waitUntil(() => nameOf(focusedItem(el)) === '盛文花园党支部', 'focus on the first new row');
    expect(focusedItem(el)!.getAttribute('aria-posinset')).to.equal('6');
    expect(text(el.shadowRoot!.querySelector('[role=treeitem].more'))).to.equal('Load 3 more (3 left)');
    await waitUntil(() => text(el.shadowRoot!.querySelector('[role=status][aria-live]')) === 'Showing 10 of 13');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: ' ' });
    await waitUntil(() => !el.shadowRoot!.querySelector('[role=treeitem].more'));
    expect(items(el).filter((r) => r.classList.contains('node') && r.getAttribute('aria-level') === '2')).to.have.length(13);
  });

  it('shows a failing node\'s error and retry on that node only', async () => {
    const { adapter, heal } = failingOn('o-d02');
    const el = await renderTree({ adapter });
    itemNamed(el, '中共青川市西城区委员会')!.click();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.shadowRoot!.querySelector('[role=treeitem].error'), 'error row');
    const error = el.shadowRoot!.querySelector<HTMLElement>('[role=treeitem].error')!;
    expect(text(error)).to.contain('Could not load the organisations below “中共青川市西城区委员会”');
    expect(text(error)).to.contain('Cannot reach the server');
    expect(text(error)).to.contain('Press Enter to try again');
    expect(error.getAttribute('aria-level')).to.equal('3');

    // The rest of the tree still works.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => itemNamed(el, '中共明中街道工作委员会'));
    expect(el.shadowRoot!.querySelectorAll('[role=treeitem].error')).to.have.length(1);
    await expect(el).to.be.accessible();

    // Retry from the keyboard: Left collapses d01, Down to d02, Down to its error row, Enter.
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedItem(el)!.classList.contains('error')).to.equal(true);
    heal();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.shadowRoot!.querySelector('[role=treeitem].error') && !loadingRow(el), 'retried');
    const first = items(el).find((r) => r.getAttribute('aria-level') === '3')!;
    expect(nameOf(focusedItem(el))).to.equal(nameOf(first));
  });

  it('shows the error with retry when the roots fail, and bad data as an error, never a crash', async () => {
    const adapter = memory();
    adapter.control.failNext('orgs.roots', 'unavailable');
    const { fixture, html } = await import('@open-wc/testing');
    const el = await fixture<HTMLElement>(html`<party-org-tree locale="en" .adapter=${adapter}></party-org-tree>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'));
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await waitUntil(() => items(el as never).length > 0);

    const bad: Adapter = { orgs: { ...memory().orgs, roots: async () => [{ id: 'x', name: '' }] as never } };
    const broken = await fixture<HTMLElement>(html`<party-org-tree locale="en" .adapter=${bad}></party-org-tree>`);
    await waitUntil(() => broken.shadowRoot!.querySelector('[part=error]'));
    expect(text(broken.shadowRoot!.querySelector('[part=error]'))).to.contain('could not read');
  });

  it('keeps the DOM to the rows on screen after expanding thousands of nodes', async () => {
    const el = await renderTree();
    const visible = await el.expandSubtree(undefined, { maxVisible: 3000 });
    expect(visible).to.be.at.least(3000);
    await el.updateComplete;
    expect(items(el).length).to.be.lessThan(60);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(800);
    // Rows deep in the list carry their real position.
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('[role=tree]')!;
    viewport.scrollTop = viewport.scrollHeight - viewport.clientHeight;
    viewport.dispatchEvent(new Event('scroll'));
    await waitUntil(() => items(el).some((r) => r.getAttribute('aria-level') === '5'), 'window at the end');
    expect(items(el).length).to.be.lessThan(60);
    for (const row of items(el)) {
      expect(Number(row.getAttribute('aria-posinset'))).to.be.at.most(Number(row.getAttribute('aria-setsize')));
    }
  });
});
