import { expect } from '@open-wc/testing';
import { $, NOW, closed, confirm, lastEvent, makeAdapter, mountTracker, offered, openAction, reportCase, text, typeInto } from './helpers.js';

// The grid centre's supervision in the tracker: the domain offers urge and escalate, the dialogs say what
// they do (the state stays), and the history names them instead of repeating the state.

describe('<grid-case-tracker>: urge and escalate', () => {
  it('offers the grid centre urge and escalate on a dispatched case, needs a note, and names them in the history', async () => {
    const adapter = makeAdapter();
    const report = await reportCase(adapter);
    adapter.control.setSession('community-staff');
    await adapter.cases.act(report.id, { action: 'accept', idempotencyKey: 'tracker-supervision-accept' });
    await adapter.cases.act(report.id, { action: 'dispatch', departmentId: 'dept-cg', idempotencyKey: 'tracker-supervision-dispatch' });
    adapter.control.setSession('grid-centre');
    const el = await mountTracker(adapter, report.publicNumber);
    el.now = NOW;
    expect(offered(el)).to.deep.equal(['urge', 'escalate', 'return']);
    expect(text($(el, '[part="actions"]'))).to.contain('督办');

    const urge = await openAction(el, 'urge');
    expect(text(urge.querySelector('#dialog-title'))).to.equal('督办责任部门');
    expect(text(urge.querySelector('#dialog-effect'))).to.contain('案件状态不变');
    await confirm(el);
    expect(text($(el, '#action-note-error'))).to.contain('督办意见');
    await typeInto(el, '#action-note', '请今天修好');
    await confirm(el);
    await closed(el);
    expect(text(lastEvent(el).querySelector('.event-what'))).to.equal('网格中心督办责任部门');
    expect(text(lastEvent(el))).to.contain('请今天修好');
    expect(text(lastEvent(el))).to.contain('责任部门：城市管理局');
    expect(text($(el, '.progress [aria-current="step"]'))).to.contain('已派遣');

    const escalate = await openAction(el, 'escalate');
    expect(text(escalate.querySelector('#dialog-effect'))).to.contain('街道（乡镇）');
    await typeInto(el, '#action-note', '社区协调不了');
    await confirm(el);
    await closed(el);
    expect(text(lastEvent(el).querySelector('.event-what'))).to.equal('提级至街道（乡镇）网格中心督办');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const adapter = makeAdapter();
    adapter.control.setSession('grid-centre');
    // The seeded fire-hazard case in the demo community: urged twice and escalated to the street.
    const [kase] = (await adapter.cases.list({ areaId: 'd01-s01-c01', categoryCode: 'fire-hazard', status: ['dispatched'] })).items;
    const el = await mountTracker(adapter, kase!.publicNumber, 'en');
    const what = [...el.shadowRoot!.querySelectorAll('.timeline .event-what')].map((e) => text(e));
    expect(what.filter((w) => w === 'The grid centre urged the department')).to.have.length(2);
    expect(what).to.include('Escalated to the street (township) grid centre');
    expect(offered(el)).to.include('escalate');
  });
});
