import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseActionRequest } from '../../../src/domain/index.js';
import type { MemoryAdapter, PersonaName } from '../../../src/adapters/memory/index.js';
import type { GridCaseTracker } from '../../../src/elements/grid-case-tracker/grid-case-tracker.js';
import {
  $,
  $$,
  actAs,
  closed,
  confirm,
  dialog,
  lastEvent,
  makeAdapter,
  mountTracker,
  offered,
  openAction,
  reportCase,
  settled,
  text,
  typeInto,
  until,
} from './helpers.js';

const active = (el: GridCaseTracker) => el.shadowRoot!.activeElement as HTMLElement | null;

/** The adapter, with the idempotency key of every `cases.act` call written down. */
function recordingKeys(adapter: MemoryAdapter): { adapter: MemoryAdapter; keys: string[] } {
  const keys: string[] = [];
  const cases = {
    ...adapter.cases,
    act: (id: string, request: CaseActionRequest) => {
      keys.push(request.idempotencyKey);
      return adapter.cases.act(id, request);
    },
  };
  return { adapter: { ...adapter, cases }, keys };
}

describe('<grid-case-tracker> action dialogs', function () {
  this.timeout(60000);

  it('works with the keyboard alone: Tab, Enter/Space to open and confirm, Escape to cancel', async () => {
    const adapter = makeAdapter();
    const report = await reportCase(adapter);
    adapter.control.setSession('grid-worker');
    const el = await mountTracker(adapter, report.publicNumber);

    $(el, '#lookup-number')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const accept = $<HTMLButtonElement>(el, '[data-action="accept"]')!;
    expect(active(el)).to.equal(accept);

    // Enter opens; focus moves into the labelled modal dialog.
    await sendKeys({ press: 'Enter' });
    await until(() => dialog(el)?.open);
    const box = dialog(el)!;
    expect(text(el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!))).to.equal('受理案件');
    expect(active(el)!.id).to.equal('action-note');

    // Escape cancels and gives focus back to the button.
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(el));
    await el.updateComplete;
    expect(active(el)).to.equal(accept);
    expect((await adapter.cases.get(report.id)).status).to.equal('reported');

    // Space opens it again; type, Tab to the confirm button, Enter sends.
    await sendKeys({ press: ' ' });
    await until(() => dialog(el)?.open && active(el)?.id === 'action-note');
    await sendKeys({ type: 'Checked on patrol' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.getAttribute('part')).to.equal('confirm-button');
    await sendKeys({ press: 'Enter' });
    await closed(el);
    expect(text(lastEvent(el))).to.contain('Checked on patrol');
    // The button is gone with its action: focus goes to the case title, not the page.
    expect(active(el)!.id).to.equal('case-title');
    await until(() => text($(el, '[aria-live="polite"]')).includes('受理已完成'));
  });

  it('keeps a dialog opened straight after another closed open, whenever the old one\'s close event comes', async () => {
    const adapter = makeAdapter();
    const report = await reportCase(adapter);
    adapter.control.setSession('grid-worker');
    const el = await mountTracker(adapter, report.publicNumber);

    await openAction(el, 'accept');
    $<HTMLButtonElement>(el, '[part="cancel-button"]')!.click();
    // Before the closed dialog's `close` event has been delivered, the person opens the action again.
    const again = await openAction(el, 'accept');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    await el.updateComplete;
    expect(dialog(el)).to.equal(again);
    expect(again.open).to.equal(true);
    await typeInto(el, '#action-note', 'Second try');
    await confirm(el);
    await closed(el);
    expect(text(lastEvent(el))).to.contain('Second try');
  });

  it('shows a refusal from the backend in the dialog, and a retry with the same key goes through once', async () => {
    const memory = makeAdapter();
    const report = await reportCase(memory);
    memory.control.setSession('grid-worker');
    const { adapter, keys } = recordingKeys(memory);
    const el = await mountTracker(adapter, report.publicNumber);

    await openAction(el, 'accept');
    memory.control.failNext('cases.act', 'forbidden');
    await confirm(el);
    await until(() => $(el, '[part="dialog-error"]'));
    const error = $(el, '[part="dialog-error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('您没有权限查看或执行此操作');
    expect(active(el)).to.equal(error);
    await expect(el).to.be.accessible();

    // A lost answer: the backend did it, the widget never heard. Retry reuses the key.
    memory.control.failNext('cases.act', { kind: 'network', afterCommit: true });
    $<HTMLButtonElement>(el, '[part="dialog-error"] button')!.click();
    await until(() => text($(el, '[part="dialog-error"]')).includes('无法连接服务器'));
    $<HTMLButtonElement>(el, '[part="dialog-error"] button')!.click();
    await closed(el);
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    const kase = await memory.cases.get(report.id);
    expect(kase.timeline.map((e) => e.action)).to.deep.equal(['report', 'accept']);
    expect($$(el, '.timeline .event')).to.have.length(2);
  });

  it('starts a new attempt with a new key when the person changes what they typed after a failure', async () => {
    const memory = makeAdapter();
    const report = await reportCase(memory);
    memory.control.setSession('grid-worker');
    const { adapter, keys } = recordingKeys(memory);
    const el = await mountTracker(adapter, report.publicNumber);
    await openAction(el, 'accept');
    memory.control.failNext('cases.act', 'timeout');
    memory.control.setFaults({ timeoutMs: 1 });
    await confirm(el);
    await until(() => $(el, '[part="dialog-error"]'));
    expect(text($(el, '[part="dialog-error"]'))).to.contain('服务器响应超时');
    await typeInto(el, '#action-note', 'More detail');
    await confirm(el);
    await closed(el);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.not.equal(keys[1]);
  });

  it('offers a reload when someone else moved the case meanwhile', async () => {
    const adapter = makeAdapter();
    const report = await reportCase(adapter);
    adapter.control.setSession('grid-worker');
    const el = await mountTracker(adapter, report.publicNumber);
    await openAction(el, 'accept');

    // Community staff accept it first, from another screen.
    adapter.control.setSession('community-staff');
    await adapter.cases.act(report.id, { action: 'accept', idempotencyKey: 'someone-else-1' });
    adapter.control.setSession('grid-worker');

    await confirm(el);
    await until(() => $(el, '[part="dialog-error"]'));
    expect(text($(el, '[part="dialog-error"]'))).to.contain('此案件刚被其他人办理过');
    await expect(el).to.be.accessible();
    const reload = $$<HTMLButtonElement>(el, '[part="dialog-error"] button');
    expect(reload.map((b) => text(b))).to.deep.equal(['重新加载案件']);
    reload[0]!.click();
    await until(() => !dialog(el));
    await settled(el);
    expect(text($(el, '.case-status'))).to.contain('已受理');
    expect(text(lastEvent(el))).to.contain('张丽华（社区工作人员）');
    expect(offered(el)).to.deep.equal([]);
  });

  it('validates fields inline, GOV.UK style, before sending', async () => {
    const adapter = makeAdapter();
    const report = await reportCase(adapter);
    adapter.control.setSession('grid-worker');
    await adapter.cases.act(report.id, { action: 'accept', idempotencyKey: 'validate-accept-1' });
    adapter.control.setSession('community-staff');
    const el = await mountTracker(adapter, report.publicNumber);

    await openAction(el, 'dispatch');
    await confirm(el);
    const summary = $(el, '.error-summary')!;
    expect(active(el)).to.equal(summary);
    expect(text(summary)).to.contain('请选择责任部门');
    expect(text($(el, '#action-department-error'))).to.equal('错误：请选择责任部门');
    expect($(el, '#action-department')!.getAttribute('aria-describedby')).to.equal('action-department-error');
    await expect(el).to.be.accessible();
    summary.querySelector('a')!.click();
    expect(active(el)!.id).to.equal('action-department');
    expect((await adapter.cases.get(report.id)).status).to.equal('accepted');

    // Choosing one clears the error on the next send.
    await sendKeys({ press: 'ArrowDown' });
    await confirm(el);
    await closed(el);
    expect((await adapter.cases.get(report.id)).department?.id).to.equal('dept-cg');
  });

  /** Opens an action's dialog, checks its name, description and axe, fills it in and confirms. */
  async function check(el: GridCaseTracker, action: Parameters<typeof openAction>[1], title: string, fill?: () => Promise<unknown>) {
    const box = await openAction(el, action);
    expect(text(el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!))).to.equal(title);
    expect(text(el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!))).to.not.equal('');
    await expect(el).to.be.accessible();
    await fill?.();
    await confirm(el);
    await closed(el);
  }

  /** Moves a case on through the backend, as other people would. */
  async function advance(adapter: MemoryAdapter, id: string, steps: Array<[PersonaName, CaseActionRequest['action'], Partial<CaseActionRequest>?]>) {
    for (const [who, action, extra] of steps) {
      adapter.control.setSession(who);
      await adapter.cases.act(id, { action, idempotencyKey: `advance-${id}-${action}-${Math.random()}`, ...extra });
    }
  }

  it('labels the accept, return, dispatch and resolve dialogs and keeps them axe-clean', async () => {
    const adapter = makeAdapter();
    const report = await reportCase(adapter);
    adapter.control.setSession('admin');
    const el = await mountTracker(adapter, report.publicNumber);
    await check(el, 'return', '退回案件', () => typeInto(el, '#action-note', 'Wrong grid'));
    expect(text($(el, '.off-loop'))).to.contain('已退回');
    await expect(el).to.be.accessible();
    await check(el, 'dispatch', '派遣到责任部门', async () => {
      $(el, '#action-department')!.focus();
      await sendKeys({ press: 'ArrowDown' });
    });
    await check(el, 'resolve', '提交处置结果', () => typeInto(el, '#action-note', 'Fixed'));

    const other = await reportCase(adapter);
    adapter.control.setSession('admin');
    el.caseNumber = other.publicNumber;
    await settled(el);
    await check(el, 'accept', '受理案件');
  });

  it('labels the verify, close, rate and reopen dialogs and keeps them axe-clean', async () => {
    const adapter = makeAdapter();
    const report = await reportCase(adapter);
    await advance(adapter, report.id, [
      ['grid-worker', 'accept'],
      ['community-staff', 'dispatch', { departmentId: 'dept-cg' }],
      ['department-staff', 'resolve', { note: 'Done' }],
    ]);
    adapter.control.setSession('grid-centre');
    const el = await mountTracker(adapter, report.publicNumber);
    await check(el, 'verify', '核查通过');
    await check(el, 'close', '结案');
    await actAs(el, adapter, 'resident');
    await check(el, 'rate', '评价处理结果', async () => {
      await confirm(el);
      expect(text($(el, '#action-rating-error'))).to.equal('错误：请选择满意程度');
      expect(text($(el, '.error-summary'))).to.contain('请选择满意程度');
      // Arrow keys move through the radio group, checking as they go.
      $(el, '#action-rating-1')!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
      expect($<HTMLInputElement>(el, '#action-rating-4')!.checked).to.equal(true);
    });
    await check(el, 'reopen', '问题未解决，申请重新处理', () => typeInto(el, '#action-note', 'Broken again'));
  });
});
