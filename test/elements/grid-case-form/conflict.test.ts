import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { CaseSubmittedDetail } from '../../../src/elements/grid-case-form/grid-case-form.js';
import type { GridCaseForm } from '../../../src/elements/grid-case-form/grid-case-form.js';
import {
  $, active, clickText, HOME, heading, makeAdapter, mountForm, newDraftKey, streetlightToCheck, text, typeInto, unmountAll,
  waitForHeading,
} from './helpers.js';

/** What the backend really holds: my cases whose text contains these words. */
async function myCases(adapter: MemoryAdapter, words: string) {
  return (await adapter.cases.list({ mine: true, text: words })).items;
}

/**
 * Sends the report, but the answer is lost after the backend committed it (a timeout); then the person
 * changes the description on check answers and sends again, with the draft's one idempotency key.
 */
async function sendTimeOutThenEdit(form: GridCaseForm, adapter: MemoryAdapter, words: string): Promise<void> {
  await streetlightToCheck(form, `${words} first version`);
  adapter.control.setFaults({ timeoutMs: 50 });
  adapter.control.failNext('cases.submit', { kind: 'timeout', afterCommit: true });
  await clickText(form, 'Send report');
  await waitUntil(() => text(form, '[part=submit-error]').includes('The server took too long to respond'), 'no timeout message', { timeout: 10000 });
  expect(await myCases(adapter, words)).to.have.length(1); // the backend did create it

  // The person changes the report before trying again.
  await clickText(form, 'Change Description of the problem');
  await waitForHeading(form, 'Tell us more');
  await typeInto(form, 'f-description', `${words} second version, with more detail`);
  await clickText(form, 'Continue');
  await waitForHeading(form, 'Check your answers');
  await clickText(form, 'Send report');
}

function conflictBox(form: GridCaseForm): string {
  return text(form, '[part=already-received]');
}

describe('<grid-case-form> a send that committed, then an edited report', function () {
  this.timeout(60000);
  afterEach(unmountAll);

  it('says the report was already received, with its number, and sends the edited report as a new one', async () => {
    const adapter = makeAdapter();
    const form = await mountForm({ adapter, attrs: { category: 'streetlight', area: `${HOME}-g2`, 'tracker-href': '#track?case={number}' } });
    const words = `Stuck lamp ${Date.now()}`;
    await sendTimeOutThenEdit(form, adapter, words);

    // Not an endless "try again": the form found the case created under the draft's key.
    await waitUntil(() => conflictBox(form).includes('Your report was already received'), 'no "already received" message', { timeout: 10000 });
    const [first] = await myCases(adapter, words);
    expect(conflictBox(form)).to.contain(`Your report was already received: ${first!.publicNumber}`);
    expect(active(form)?.getAttribute('part')).to.equal('already-received'); // announced and focused
    expect($(form, '[part=already-received]').getAttribute('role')).to.equal('alert');
    expect(form.shadowRoot!.querySelector('[part=submit-error]')).to.equal(null);
    const track = $<HTMLAnchorElement>(form, '[part=already-received] a[part=tracker-link]');
    expect(track.getAttribute('href')).to.equal(`#track?case=${encodeURIComponent(first!.publicNumber)}`);
    await expect(form).to.be.accessible();

    // Send the edited report as a new one, with a fresh key.
    const submitted = oneEvent(form, 'gr-case-submitted');
    await clickText(form, 'Send my changes as a new report');
    await waitForHeading(form, 'Report sent');
    const detail = ((await submitted) as CustomEvent<CaseSubmittedDetail>).detail;
    const cases = await myCases(adapter, words);
    expect(cases).to.have.length(2); // exactly two: the first version and the edited one
    const second = cases.find((c) => c.id !== first!.id)!;
    expect(detail).to.deep.equal({ caseId: second.id, publicNumber: second.publicNumber, followed: false });
    expect(text(form, '.public-number')).to.equal(second.publicNumber);
    expect((await adapter.cases.get(first!.id)).description).to.equal(`${words} first version`);
    expect((await adapter.cases.get(second.id)).description).to.equal(`${words} second version, with more detail`);
  });

  it('lets the person keep the report already received instead, and follow it', async () => {
    const adapter = makeAdapter();
    const draftKey = newDraftKey();
    const form = await mountForm({ adapter, draftKey, attrs: { category: 'streetlight', area: `${HOME}-g2` } });
    const words = `Stuck lamp kept ${Date.now()}`;
    await sendTimeOutThenEdit(form, adapter, words);
    await waitUntil(() => conflictBox(form).includes('Your report was already received'), 'no "already received" message', { timeout: 10000 });
    const [first] = await myCases(adapter, words);

    const submitted = oneEvent(form, 'gr-case-submitted');
    await clickText(form, 'Keep the report already received');
    await waitForHeading(form, 'Report sent');
    expect(((await submitted) as CustomEvent<CaseSubmittedDetail>).detail).to.deep.equal({
      caseId: first!.id,
      publicNumber: first!.publicNumber,
      followed: false,
    });
    expect(text(form, '.public-number')).to.equal(first!.publicNumber);
    expect(await myCases(adapter, words)).to.have.length(1);
    expect(localStorage.getItem(`grid-case-form:${draftKey}`)).to.equal(null);
  });

  it('says it in Chinese too', async () => {
    const adapter = makeAdapter();
    const form = await mountForm({ adapter, attrs: { category: 'streetlight', area: `${HOME}-g2` } });
    const words = `路灯不亮 ${Date.now()}`;
    await sendTimeOutThenEdit(form, adapter, words);
    await waitUntil(() => conflictBox(form).includes('Your report was already received'), 'no "already received" message', { timeout: 10000 });
    const [first] = await myCases(adapter, words);
    form.locale = 'zh-CN';
    await form.updateComplete;
    await waitUntil(() => heading(form) === '提交前请核对', 'the check step in Chinese');
    expect(conflictBox(form)).to.contain(`您的问题已经收到：${first!.publicNumber}`);
    await clickText(form, '把修改后的内容作为新问题提交');
    await waitForHeading(form, '问题已提交');
    expect(await myCases(adapter, words)).to.have.length(2);
  });
});
