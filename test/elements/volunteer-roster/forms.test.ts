import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PHONE_PATTERN } from '../../../src/domain/common.js';
import { cityDate } from '../../../src/domain/city-clock.js';
import type { VolunteerRoster } from '../../../src/elements/volunteer-roster/volunteer-roster.js';
import { $, choose, expected, makeAdapter, mountRoster, rows, text, waitForTotal } from './helpers.js';
import { testDate } from '../../helpers/city-clock.js';

const focused = (el: VolunteerRoster) => el.shadowRoot!.activeElement as HTMLElement | null;
const summary = (el: VolunteerRoster) => [...el.shadowRoot!.querySelectorAll('.error-summary li')].map((li) => li.textContent!.trim());

async function typeInto(el: VolunteerRoster, selector: string, value: string) {
  const input = $<HTMLInputElement>(el, selector)!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

async function submit(el: VolunteerRoster, selector: string) {
  $<HTMLButtonElement>(el, `${selector} button[type=submit]`)!.click();
  await el.updateComplete;
}

describe('<volunteer-roster> forms', function () {
  // The first axe run in a page takes ~10 s on this loaded 2-core machine (axe start-up), and these
  // tests run axe in several states.
  this.timeout(40000);
  it('validates the report-in form rule by rule, then reports in once and confirms', async function () {
    const adapter = makeAdapter('resident');
    const el = await mountRoster(adapter);
    $<HTMLButtonElement>(el, '#join-button')!.click();
    await waitUntil(() => focused(el)?.id === 'join-heading', 'join form focused', { timeout: 8000 });

    await submit(el, '[part=join-form]');
    await waitUntil(() => focused(el)?.classList.contains('error-summary'), 'summary focused', { timeout: 8000 });
    expect(summary(el)).to.deep.equal([
      '请填写姓名',
      '手机号码应为 11 位手机号码，例如 13812345678',
      '请填写居住社区',
      '请填写可服务时间',
      '请填写是否为中共党员',
    ]);
    expect($(el, '#join-name')!.getAttribute('aria-describedby')).to.equal('join-name-error');
    expect(text(el, '#join-name-error')).to.equal('错误：请填写姓名');
    await expect(el).to.be.accessible();
    (el.shadowRoot!.querySelector('.error-summary a[href="#join-phone"]') as HTMLAnchorElement).click();
    expect(focused(el)?.id).to.equal('join-phone');

    await typeInto(el, '#join-name', '陈志远');
    await typeInto(el, '#join-phone', '12345');
    await typeInto(el, '#join-id', '1234');
    await submit(el, '[part=join-form]');
    await waitUntil(() => !summary(el).includes('请填写姓名'), 'name fixed', { timeout: 8000 });
    expect(summary(el)).to.include('身份证号码应为 18 位身份证号码');
    expect(summary(el)).to.include('手机号码应为 11 位手机号码，例如 13812345678');

    await typeInto(el, '#join-phone', '13900002222');
    await typeInto(el, '#join-id', '');
    const team = (await adapter.volunteers.teams())[0]!;
    choose($<HTMLSelectElement>(el, '#join-team')!, team.id);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('#join-district option').length > 1, 'condition', { timeout: 8000 });
    choose($<HTMLSelectElement>(el, '#join-district')!, 'd01');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('#join-street option').length > 1, 'condition', { timeout: 8000 });
    choose($<HTMLSelectElement>(el, '#join-street')!, 'd01-s01');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('#join-community option').length > 1, 'condition', { timeout: 8000 });
    choose($<HTMLSelectElement>(el, '#join-community')!, 'd01-s01-c01');
    $<HTMLInputElement>(el, '#join-availability')!.click();
    $<HTMLInputElement>(el, '#join-party-yes')!.click();
    const joined = oneEvent(el, 'gr-volunteer-joined');
    await submit(el, '[part=join-form]');
    const { detail } = await joined;
    expect(detail.referenceNumber).to.be.a('string').and.not.equal('');
    expect(detail.teamId).to.equal(team.id);
    expect(detail.communityId).to.equal('d01-s01-c01');
    await waitUntil(() => focused(el)?.id === 'join-done', 'confirmation focused', { timeout: 8000 });
    expect(text(el, '[part=join-confirmation]')).to.contain(detail.referenceNumber);
    await expect(el).to.be.accessible();

    adapter.control.setSession('community-staff');
    const found = await adapter.volunteers.query({ text: '2222' });
    expect(found.items.map((v) => v.name)).to.include('陈志远');
    // The draft was cleared after success.
    expect(localStorage.getItem('volunteer-roster:join')).to.equal(null);
  });

  it('validates logged hours (required, number, limits, future date) and logs them', async function () {
    const adapter = makeAdapter('community-staff');
    const el = await mountRoster(adapter);
    const first = (await expected(adapter, {})).items[0]!;
    rows(el)[0]!.click();
    await waitUntil(() => $(el, '[part=hours-form]'), 'condition', { timeout: 8000 });
    expect($<HTMLInputElement>(el, '#hours-date')!.value).to.equal(cityDate());

    await submit(el, '[part=hours-form]');
    await waitUntil(() => summary(el).length > 0, 'errors shown', { timeout: 8000 });
    expect(summary(el)).to.deep.equal(['请填写服务时长（小时）', '请填写服务内容']);
    await expect(el).to.be.accessible();

    await typeInto(el, '#hours-hours', 'abc');
    await typeInto(el, '#hours-activity', '走访独居老人');
    await submit(el, '[part=hours-form]');
    await el.updateComplete;
    expect(summary(el)).to.deep.equal(['服务时长（小时）必须是数字']);
    await typeInto(el, '#hours-hours', '25');
    await submit(el, '[part=hours-form]');
    await waitUntil(() => summary(el)[0] === '服务时长（小时）不能大于 24', 'message shown', { timeout: 8000 });
    await typeInto(el, '#hours-hours', '0');
    await submit(el, '[part=hours-form]');
    await waitUntil(() => summary(el)[0] === '服务时长（小时）不能小于 0', 'message shown', { timeout: 8000 });

    await typeInto(el, '#hours-hours', '2.5');
    // A date control is filled the way its picker does: one value, one input event.
    const date = $<HTMLInputElement>(el, '#hours-date')!;
    date.value = testDate(30);
    date.dispatchEvent(new Event('input', { bubbles: true }));
    await submit(el, '[part=hours-form]');
    await waitUntil(() => summary(el)[0] === '服务日期不能晚于今天', 'message shown', { timeout: 8000 });

    date.value = testDate(-7);
    date.dispatchEvent(new Event('input', { bubbles: true }));
    const logged = oneEvent(el, 'gr-hours-logged');
    await submit(el, '[part=hours-form]');
    const { detail } = await logged;
    expect(detail.volunteerId).to.equal(first.id);
    expect(detail.log.hours).to.equal(2.5);
    await waitUntil(() => $(el, '[part=hours-done]'), 'condition', { timeout: 8000 });
    expect(text(el, '[part=hours-done]')).to.contain('2.5');
    expect((await adapter.volunteers.get(first.id)).hoursThisYear).to.equal(first.hoursThisYear + 2.5);
  });

  it('says so when the streets of a district cannot be loaded, and loads them when the district is picked again', async () => {
    const adapter = makeAdapter('resident');
    const el = await mountRoster(adapter);
    $<HTMLButtonElement>(el, '#join-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('#join-district option').length > 1, 'districts listed', { timeout: 8000 });
    adapter.control.failNext('areas.children', 'network');
    choose($<HTMLSelectElement>(el, '#join-district')!, 'd01');
    await waitUntil(() => text(el, '[part=join-form] [role=alert]').includes('无法连接服务器'), 'load failure shown', { timeout: 8000 });
    expect(el.shadowRoot!.querySelectorAll('#join-street option').length).to.be.at.most(1);
    choose($<HTMLSelectElement>(el, '#join-district')!, '');
    choose($<HTMLSelectElement>(el, '#join-district')!, 'd01');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('#join-street option').length > 1, 'streets listed', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part=join-form] [role=alert]')).to.equal(null);
  });

  it('exports the current filter to CSV: every page, masked values, hostile cells defused', async function () {
    const adapter = makeAdapter('community-staff');
    await adapter.volunteers.join({
      name: `=cmd|' /C calc'!A0`,
      phone: '13900003333',
      communityId: 'd01-s01-c01',
      skills: [],
      availability: ['weekend'],
      partyMember: false,
      idempotencyKey: 'test-hostile-name',
    });
    const el = await mountRoster(adapter);
    choose($<HTMLSelectElement>(el, '#vr-party')!, 'no');
    const want = await adapter.volunteers.query({ partyMember: false, sort: 'name' }, { limit: 200 });
    await waitForTotal(el, want.total!);

    const blobs: Blob[] = [];
    const names: string[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return createObjectURL.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      $<HTMLButtonElement>(el, '[part=export-button]')!.click();
      await waitUntil(() => text(el, '[part=export]').includes(`已导出 ${want.total} 条记录`), 'export finished', { timeout: 8000 });
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names[0]).to.match(/^志愿者名单-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).to.equal('姓名,服务队,技能,服务时间,所在社区,本年时长,累计时长,党员,手机,身份证号,加入日期');
    expect(lines.length).to.equal(want.total! + 2); // header + rows + the empty string after the last CRLF
    expect(lines).to.include.members([`'=cmd|' /C calc'!A0,无,无,周末,${want.items.find((v) => v.name.startsWith('=cmd'))!.areaName},0,0,否,139****3333,,${cityDate()}`]);
    for (const line of lines.slice(1, -1)) expect(line.split(',')[8]).to.match(/^1\d{2}\*{4}\d{4}$/);
    expect(PHONE_PATTERN.test(lines[1]!.split(',')[8]!)).to.equal(false);
  });
});
