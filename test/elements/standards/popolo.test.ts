import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createPopoloOrgs } from '../../../src/adapters/popolo/index.js';
import { standardsServer } from '../../helpers/standards.js';
import { focusedItem, itemNamed, items, nameOf, panel, renderTree, text } from '../party-org-tree/helpers.js';

const files = `${await standardsServer()}/files`;
const TREE = `${files}/own/popolo/community-party-tree.json`;

describe('<party-org-tree> on a Popolo export (standards fixture server)', function () {
  this.timeout(30000);

  it('shows the tree from parent_id (an embedded parent too), two levels open', async () => {
    const el = await renderTree({ adapter: createPopoloOrgs(TREE), depth: 2 });
    await waitUntil(() => itemNamed(el, '和平里北街社区党委') && itemNamed(el, '青年湖社区党委'), 'the communities never showed', { timeout: 10000 });
    expect(itemNamed(el, '东城区委')!.getAttribute('aria-expanded')).to.equal('true');
    expect(itemNamed(el, '和平里北街社区党委')!.getAttribute('aria-level')).to.equal('3');
  });

  it('finds an organisation with its path and reveals it; the detail shows posts, holders, members and commitments', async () => {
    const el = await renderTree({ adapter: createPopoloOrgs(TREE) });
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '3号楼' });
    const hit = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=search-hit]')].find((b) => text(b).includes('和平里北街社区党委 › 第一网格党支部'));
    await waitUntil(hit, 'no search hit with its path', { timeout: 10000 });
    hit()!.click();
    await waitUntil(() => nameOf(focusedItem(el)) === '3号楼党小组', 'the hit is not revealed', { timeout: 10000 });
    expect(focusedItem(el)!.getAttribute('aria-level')).to.equal('5');
    // The community's detail: its posts with holders, and members with commitments.
    itemNamed(el, '和平里北街社区党委')!.click();
    await waitUntil(() => text(panel(el)).includes('Secretary') && text(panel(el)).includes('每周二上午'), 'the detail never filled', { timeout: 10000 }).catch((e: Error) => {
      throw new Error(`${e.message}: ${text(panel(el))}`);
    });
    const detail = text(panel(el));
    expect(detail).to.contain('王秀英');
    expect(detail).to.contain('Deputy secretary 陈明');
    expect(detail).to.contain('since Mar 1, 2021'); // "2021-03"
    expect(detail).to.contain('Showing 2 of 2');
    expect(detail).to.contain('139****5678');
  });

  it('shows a flat national export (EveryPolitician Kenya) as its seven top organisations', async () => {
    const el = await renderTree({ adapter: createPopoloOrgs(`${files}/popolo/real-world/kenya-ep-popolo-v1.0.trimmed.json`) });
    expect(items(el)).to.have.length(7);
    expect(items(el).map(nameOf)).to.include('Kenya National Congress');
  });
});
