import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, choose, expected, makeAdapter, mountRoster, rowNames, rows, text, waitForTotal } from './helpers.js';

describe('<volunteer-roster> list', function () {
  this.timeout(20000);
  it('shows the teams, the total and a grid with table semantics', async function () {
    // axe's colour-contrast check scrolls every row and team into view: seconds on a loaded 2-core machine.
    this.timeout(40000);
    const adapter = makeAdapter();
    const el = await mountRoster(adapter);
    const want = await expected(adapter, {});
    await waitForTotal(el, want.total);
    expect(el.shadowRoot!.querySelectorAll('.team')).to.have.length((await adapter.volunteers.teams()).length);
    const grid = $(el, '[role=grid]')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(want.total + 1));
    expect([...grid.querySelectorAll('[role=columnheader]')].map((h) => h.textContent!.trim())).to.deep.equal([
      '姓名', '服务队', '技能', '服务时间', '所在社区', '本年时长', '手机',
    ]);
    expect(grid.querySelector('[role=columnheader][aria-sort]')!.textContent).to.contain('姓名');
    expect(rows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    expect(rowNames(el)).to.deep.equal(want.names);
    // Masked phone numbers as the backend sent them.
    expect(rows(el)[0]!.querySelector('.mono')!.textContent).to.equal(want.items[0]!.phone);
    await expect(el).to.be.accessible();
  });

  it('filters by text (debounced; the last query wins) and by team, and clears the team', async () => {
    const adapter = makeAdapter();
    const el = await mountRoster(adapter);
    $<HTMLInputElement>(el, '#vr-search')!.focus();
    await sendKeys({ type: '王' });
    await sendKeys({ type: '秀' });
    let want = await expected(adapter, { text: '王秀' });
    await waitForTotal(el, want.total);
    expect(rowNames(el)).to.deep.equal(want.names);

    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    const team = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.team')[3]!;
    team.click();
    const teamId = (await adapter.volunteers.teams())[3]!.id;
    want = await expected(adapter, { teamId });
    await waitForTotal(el, want.total);
    expect(team.getAttribute('aria-pressed')).to.equal('true');
    expect(rowNames(el)).to.deep.equal(want.names);
    expect(text(el, '.chosen-team')).to.contain(team.querySelector('.team-name')!.textContent!);

    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chosen-team button')][0]!.click();
    await waitForTotal(el, (await expected(adapter, {})).total);
  });

  it('filters by skills, availability, district and street, and party membership', async function () {
    const adapter = makeAdapter();
    const el = await mountRoster(adapter);
    const check = async (query: Parameters<typeof expected>[1]) => {
      const want = await expected(adapter, query);
      await waitForTotal(el, want.total);
      expect(rowNames(el), JSON.stringify(query)).to.deep.equal(want.names);
    };
    $<HTMLElement>(el, 'details.more summary')!.click();
    const skill = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('details.more label')].find((l) => l.textContent!.includes('急救'))!;
    skill.click();
    await check({ skills: ['first-aid'] });
    skill.click();

    const weekend = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('.filters > fieldset label')].find((l) => l.textContent!.includes('周末'))!;
    weekend.click();
    await check({ availability: ['weekend'] });
    weekend.click();

    await waitUntil(() => el.shadowRoot!.querySelectorAll('#vr-district option').length > 1, 'condition', { timeout: 8000 });
    const district = $<HTMLSelectElement>(el, '#vr-district')!;
    choose(district, district.options[1]!.value);
    await check({ areaId: district.value });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('#vr-street option').length > 1, 'condition', { timeout: 8000 });
    const street = $<HTMLSelectElement>(el, '#vr-street')!;
    choose(street, street.options[1]!.value);
    await check({ areaId: street.value });
    choose(district, '');

    choose($<HTMLSelectElement>(el, '#vr-party')!, 'no');
    await check({ partyMember: false });
    await expect(el).to.be.accessible();
  });

  it('sorts by name, hours (both ways) and joined date, with aria-sort on the column', async () => {
    const adapter = makeAdapter();
    const el = await mountRoster(adapter);
    const sort = $<HTMLSelectElement>(el, '#vr-sort')!;
    for (const order of ['hours-desc', 'hours-asc', 'joined-desc', 'name'] as const) {
      choose(sort, order);
      const want = await expected(adapter, { sort: order });
      await waitUntil(() => JSON.stringify(rowNames(el)) === JSON.stringify(want.names), `sorted ${order}`, { timeout: 8000 });
      const sorted = el.shadowRoot!.querySelector('[aria-sort]');
      if (order === 'joined-desc') expect(sorted).to.equal(null);
      else expect(`${sorted!.textContent!.trim()} ${sorted!.getAttribute('aria-sort')}`).to.equal(
        { 'hours-desc': '本年时长 descending', 'hours-asc': '本年时长 ascending', name: '姓名 ascending' }[order],
      );
    }
  });

});
