import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { personaSession } from '../../../src/adapters/memory/personas.js';
import type { Session } from '../../../src/domain/index.js';
import type { GridCaseTracker } from '../../../src/elements/grid-case-tracker/grid-case-tracker.js';
import {
  $,
  $$,
  NOW,
  actAs,
  closed,
  confirm,
  lastEvent,
  makeAdapter,
  mountTracker,
  offered,
  openAction,
  reportCase,
  residentCase,
  text,
  typeInto,
} from './helpers.js';

/** Department staff of the water bureau: not the department the case goes to. */
const waterBureau: Session = { ...personaSession('department-staff'), userId: 'u-dept-sw', displayName: '周水清', departmentId: 'dept-sw' };

async function photo(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 4;
  canvas.height = 3;
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'after.png', { type: 'image/png' });
}

/** Picks files in the file input, as the browser does after the file chooser closes. */
function choosePhotos(el: GridCaseTracker, files: File[]): void {
  const input = $<HTMLInputElement>(el, '#action-photos')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The new last history entry: what, who and when (the backend's fixed clock). */
function expectLastEvent(el: GridCaseTracker, what: string, actor: string): HTMLElement {
  const event = lastEvent(el);
  expect(text(event.querySelector('.event-what'))).to.equal(what);
  expect(text(event.querySelector('.event-actor'))).to.equal(actor);
  expect(event.querySelector('time')!.getAttribute('datetime')).to.equal(NOW.toISOString());
  expect(text(event.querySelector('time'))).to.not.equal('');
  return event;
}

describe('<grid-case-tracker> the closed loop, driven through the UI', function () {
  this.timeout(60000);

  it('takes a report through accept, dispatch, resolve, verify, close and rate, each by the right person only', async () => {
    const adapter = makeAdapter();
    const report = await reportCase(adapter);
    const el = await mountTracker(adapter, report.publicNumber);

    // The reporter cannot accept or dispatch; the widget says what happens next.
    expect(offered(el)).to.deep.equal([]);
    expect(text($(el, '[part="read-only"]'))).to.contain('案件正在办理中');

    // Accept, as the grid worker.
    await actAs(el, adapter, 'grid-worker');
    expect(offered(el)).to.deep.equal(['accept', 'return']);
    await openAction(el, 'accept');
    await typeInto(el, '#action-note', 'On site, confirmed');
    let done = oneEvent(el, 'gr-case-action');
    await confirm(el);
    expect((await done).detail).to.deep.equal({ caseId: report.id, action: 'accept', status: 'accepted' });
    await closed(el);
    expect(text(expectLastEvent(el, '已受理', '李建国（网格员）'))).to.contain('On site, confirmed');
    expect($$(el, '.progress li')[1]!.getAttribute('aria-current')).to.equal('step');
    expect(offered(el)).to.deep.equal([]);

    // Dispatch, as community staff; the resident still has nothing to do.
    await actAs(el, adapter, 'resident');
    expect(offered(el)).to.deep.equal([]);
    await actAs(el, adapter, 'community-staff');
    expect(offered(el)).to.deep.equal(['dispatch']);
    await openAction(el, 'dispatch');
    expect($<HTMLSelectElement>(el, '#action-department')!.options.length).to.equal(10);
    $(el, '#action-department')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLSelectElement>(el, '#action-department')!.value).to.equal('dept-cg');
    done = oneEvent(el, 'gr-case-action');
    await confirm(el);
    expect((await done).detail.status).to.equal('dispatched');
    await closed(el);
    expect(text(expectLastEvent(el, '已派遣', '张丽华（社区工作人员）'))).to.contain('责任部门：城市管理局');
    expect(text($(el, '[part="summary"]'))).to.contain('城市管理局');

    // Resolve: not by another department, by the city-management officer with a note and a photo.
    await actAs(el, adapter, waterBureau);
    expect(offered(el)).to.deep.equal([]);
    expect(text($(el, '[part="read-only"]'))).to.contain('不能办理此案件当前这一步');
    await actAs(el, adapter, 'department-staff');
    expect(offered(el)).to.deep.equal(['resolve', 'return']);
    await openAction(el, 'resolve');
    await typeInto(el, '#action-note', 'Replaced the bulb');
    choosePhotos(el, [await photo()]);
    await el.updateComplete;
    await confirm(el);
    await closed(el);
    const resolved = expectLastEvent(el, '已处置', '赵志强（职能部门）');
    expect(text(resolved)).to.contain('Replaced the bulb');
    expect(resolved.querySelector('img')!.getAttribute('alt')).to.equal(`处置后的现场照片 1：${report.categoryName}`);

    // Verify and close, as the grid centre.
    await actAs(el, adapter, 'grid-centre');
    expect(offered(el)).to.deep.equal(['verify', 'return']);
    await openAction(el, 'verify');
    await confirm(el);
    await closed(el);
    expectLastEvent(el, '已核查', '刘海燕（网格中心）');
    expect(offered(el)).to.deep.equal(['close']);
    await openAction(el, 'close');
    await confirm(el);
    await closed(el);
    expectLastEvent(el, '已结案', '刘海燕（网格中心）');
    expect(offered(el)).to.deep.equal([]);
    expect(text($(el, '[part="read-only"]'))).to.equal('此案件已办结。');

    // Rate, as the resident who reported it.
    await actAs(el, adapter, 'resident');
    expect(offered(el)).to.deep.equal(['rate', 'reopen']);
    await openAction(el, 'rate');
    const radios = $$<HTMLInputElement>(el, 'input[name="rating"]');
    expect(radios.map((r) => text(r.closest('label')))).to.deep.equal(['非常不满意', '不满意', '一般', '满意', '非常满意']);
    $<HTMLLabelElement>(el, 'label[for="action-rating-4"]')!.click();
    done = oneEvent(el, 'gr-case-action');
    await confirm(el);
    expect((await done).detail).to.deep.equal({ caseId: report.id, action: 'rate', status: 'closed' });
    await closed(el);
    expect(text(expectLastEvent(el, '评价了处理结果', '王秀英（居民）'))).to.contain('满意度：满意（4/5）');
    expect(offered(el)).to.deep.equal(['reopen']);

    // What the backend now holds.
    const final = await adapter.cases.get(report.id);
    expect(final.timeline.map((e) => e.action)).to.deep.equal(['report', 'accept', 'dispatch', 'resolve', 'verify', 'close', 'rate']);
    expect(final.rating).to.equal(4);
    expect(final.photos.filter((p) => p.kind === 'result')).to.have.length(1);
  });

  it('lets the reporter reopen a verified case that is not fixed, with a reason', async () => {
    const adapter = makeAdapter();
    const kase = await residentCase(adapter, 'verified');
    const el = await mountTracker(adapter, kase.publicNumber);
    expect(offered(el)).to.deep.equal(['reopen']);

    // Not offered to staff, nor to a neighbour who did not report it.
    await actAs(el, adapter, { ...personaSession('resident'), userId: 'u-resident-2', displayName: '陈建华' });
    expect(offered(el)).to.deep.equal([]);
    await actAs(el, adapter, 'resident');

    await openAction(el, 'reopen');
    await confirm(el);
    expect(text($(el, '.error-summary'))).to.contain('请填写仍存在的问题');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    await typeInto(el, '#action-note', 'Dark again after two days');
    await confirm(el);
    await closed(el);
    expect(text(expectLastEvent(el, '已重新打开', '王秀英（居民）'))).to.contain('Dark again after two days');
    expect($$(el, '.progress li')[0]!.getAttribute('aria-current')).to.equal('step');
    expect(text($(el, '.off-loop'))).to.contain('已重新打开');
    expect((await adapter.cases.get(kase.id)).status).to.equal('reopened');
    await expect(el).to.be.accessible();
  });
});
