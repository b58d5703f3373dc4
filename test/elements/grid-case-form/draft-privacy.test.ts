import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cityClock, cityNow, frozenClock, setCityClock, type CityClock } from '../../../src/domain/city-clock.js';
import type { GridCaseForm } from '../../../src/elements/grid-case-form/grid-case-form.js';
import {
  $, active, addFiles, byText, clickLabel, clickText, HOME, heading, mountForm, newDraftKey, png, storedDraft, streetlightToDetails,
  tabTo, text, typeInto, unmountAll, waitForHeading, waitForStored, type StoredDraft,
} from './helpers.js';

const NAME = 'Zhang Wei';
const PHONE = '13700001111';
const DAY_MS = 86_400_000;
const AREA = `${HOME}-g2`;

/** A streetlight report on the details step with a description, a photo, a name and a phone, all saved. */
async function fillDetails(form: GridCaseForm, draftKey: string, description: string): Promise<StoredDraft> {
  await streetlightToDetails(form);
  await typeInto(form, 'f-description', description);
  await addFiles(form, [png('lamp.png')]);
  await clickLabel(form, 'With my name and mobile number');
  await typeInto(form, 'f-name', NAME);
  await typeInto(form, 'f-phone', PHONE);
  return waitForStored(draftKey, (s) => !!s.local?.includes(description) && s.photos === 1, 'the draft and its photo were not saved');
}

function holdsContact(raw: string | null): boolean {
  return !!raw && (raw.includes(NAME) || raw.includes(PHONE));
}

const empty = (s: StoredDraft) => s.local === null && s.session === null && s.photos === 0;

describe('<grid-case-form> drafts on a shared computer', function () {
  this.timeout(60000);
  let clock: CityClock;
  beforeEach(() => {
    clock = cityClock();
  });
  afterEach(() => {
    setCityClock(clock);
    unmountAll();
  });

  it('keeps the name and phone for the browser session only, the rest of the draft on the device', async () => {
    const draftKey = newDraftKey();
    const description = `Lamp out session ${Date.now()}`;
    const first = await mountForm({ draftKey, attrs: { category: 'streetlight', area: AREA } });
    const saved = await fillDetails(first, draftKey, description);
    await waitUntil(async () => holdsContact((await storedDraft(draftKey)).session), 'the contact was not kept for the session');
    const after = await storedDraft(draftKey);
    expect(holdsContact(after.local), 'name or phone in localStorage').to.equal(false);
    expect(after.session).to.contain(NAME).and.to.contain(PHONE);
    expect(saved.photos).to.equal(1);
    first.remove();

    // The same browser session: everything comes back.
    const second = await mountForm({ draftKey });
    await waitForHeading(second, 'Tell us more');
    expect($<HTMLInputElement>(second, '#f-name').value).to.equal(NAME);
    expect($<HTMLInputElement>(second, '#f-phone').value).to.equal(PHONE);
    second.remove();

    // The browser was closed (its session storage is gone): the next person finds the report, not who wrote it.
    sessionStorage.removeItem(`grid-case-form:${draftKey}`);
    const third = await mountForm({ draftKey });
    await waitForHeading(third, 'Tell us more');
    expect($<HTMLTextAreaElement>(third, '#f-description').value).to.equal(description);
    expect($<HTMLInputElement>(third, '#f-name').value).to.equal('');
    expect($<HTMLInputElement>(third, '#f-phone').value).to.equal('');
    const stored = await storedDraft(draftKey);
    expect(holdsContact(stored.local)).to.equal(false);
    expect(holdsContact(stored.session)).to.equal(false);
  });

  it('keeps the contact on the device when the portal sets remember-contact', async () => {
    const draftKey = newDraftKey();
    const description = `Lamp out remembered ${Date.now()}`;
    const form = await mountForm({ draftKey, attrs: { category: 'streetlight', area: AREA, 'remember-contact': '' } });
    await fillDetails(form, draftKey, description);
    const stored = await waitForStored(draftKey, (s) => holdsContact(s.local), 'the contact was not kept on the device');
    expect(stored.local).to.contain(NAME).and.to.contain(PHONE);
    expect(stored.session).to.equal(null);
  });

  it('forgets a draft, photos and contact included, 7 days after it was last saved', async () => {
    const draftKey = newDraftKey();
    const description = `Lamp out old ${Date.now()}`;
    const start = cityNow().getTime();
    const form = await mountForm({ draftKey, attrs: { category: 'streetlight', area: AREA } });
    await fillDetails(form, draftKey, description);
    await waitForStored(draftKey, (s) => holdsContact(s.session), 'contact not saved');
    form.remove();

    // Six days and 23 hours later it is still there.
    setCityClock(frozenClock(start + 7 * DAY_MS - 3_600_000));
    const kept = await mountForm({ draftKey });
    await waitForHeading(kept, 'Tell us more');
    expect($<HTMLTextAreaElement>(kept, '#f-description').value).to.equal(description);
    await waitUntil(() => kept.shadowRoot!.querySelector('.photo img'), 'photo not restored');
    kept.remove();
    expect((await storedDraft(draftKey)).photos).to.equal(1);

    // A week and a minute after it was last saved, nothing of it is left.
    setCityClock(frozenClock(start + 7 * DAY_MS + 60_000));
    const fresh = await mountForm({ draftKey });
    expect(heading(fresh)).to.equal('What is the problem?');
    expect(fresh.shadowRoot!.querySelector('.restored')).to.equal(null);
    await waitForStored(draftKey, empty, 'the expired draft was not deleted from every storage');
  });

  it('lets the portal change how long drafts are kept (draft-max-age-days)', async () => {
    const draftKey = newDraftKey();
    const description = `Lamp out one day ${Date.now()}`;
    const start = cityNow().getTime();
    const form = await mountForm({ draftKey, attrs: { category: 'streetlight', area: AREA, 'draft-max-age-days': '1' } });
    await streetlightToDetails(form);
    await typeInto(form, 'f-description', description);
    await waitForStored(draftKey, (s) => !!s.local?.includes(description), 'not saved');
    form.remove();

    setCityClock(frozenClock(start + 23 * 3_600_000));
    const kept = await mountForm({ draftKey, attrs: { 'draft-max-age-days': '1' } });
    await waitForHeading(kept, 'Tell us more');
    kept.remove();

    setCityClock(frozenClock(start + 25 * 3_600_000));
    const fresh = await mountForm({ draftKey, attrs: { 'draft-max-age-days': '1' } });
    expect(heading(fresh)).to.equal('What is the problem?');
    await waitForStored(draftKey, empty, 'the one-day-old draft was not deleted');
  });

  it('discards the draft, photos included, only after the person confirms', async () => {
    const draftKey = newDraftKey();
    const description = `Lamp out discard ${Date.now()}`;
    const form = await mountForm({ draftKey, attrs: { category: 'streetlight', area: AREA } });
    await fillDetails(form, draftKey, description);
    const before = await waitForStored(draftKey, (s) => holdsContact(s.session), 'contact not saved');

    // Changing one's mind keeps everything.
    await clickText(form, 'Discard this draft');
    expect(active(form)?.getAttribute('part')).to.equal('discard-confirm');
    expect(text(form, '[part=discard-confirm]')).to.contain('Discard everything you entered');
    await expect(form).to.be.accessible();
    await clickText(form, 'No, keep it');
    expect(form.shadowRoot!.querySelector('[part=discard-confirm]')).to.equal(null);
    expect(active(form)?.getAttribute('part')).to.equal('discard-button');
    expect($<HTMLTextAreaElement>(form, '#f-description').value).to.equal(description);
    expect(await storedDraft(draftKey)).to.deep.equal(before);

    await clickText(form, 'Discard this draft');
    await clickText(form, 'Yes, discard it');
    await waitForHeading(form, 'What is the problem?');
    await waitForStored(draftKey, empty, 'the discarded draft was left in storage');
    await waitUntil(() => text(form, '[role=status][aria-live]').includes('Draft discarded'), 'the discard was not announced');
    expect(active(form)?.id).to.equal('step-heading');
    form.remove();
    expect(await storedDraft(draftKey)).to.deep.equal({ local: null, session: null, photos: 0 });
  });

  it('offers 放弃草稿 in Chinese, by keyboard', async () => {
    const draftKey = newDraftKey();
    const form = await mountForm({ draftKey, locale: 'zh-CN', attrs: { category: 'streetlight' } });
    await clickText(form, '继续');
    await waitForHeading(form, '关于这个问题');
    await waitForStored(draftKey, (s) => s.local !== null, 'not saved');
    $(form, '#step-heading').focus();
    await tabTo(form, (el) => el.tagName === 'BUTTON' && byText('放弃草稿')(el));
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(text(form, '[part=discard-confirm]')).to.contain('确定放弃这份草稿吗');
    // Escape is "no".
    await sendKeys({ press: 'Escape' });
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part=discard-confirm]')).to.equal(null);
    expect(active(form)?.getAttribute('part')).to.equal('discard-button');
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    await tabTo(form, (el) => el.tagName === 'BUTTON' && byText('确定放弃')(el));
    await sendKeys({ press: 'Enter' });
    await waitForHeading(form, '遇到了什么问题？');
    await waitForStored(draftKey, empty, 'the discarded draft was left in storage');
  });

  it('leaves nothing behind once the report is sent', async () => {
    const draftKey = newDraftKey();
    const description = `Lamp out sent ${Date.now()}`;
    const form = await mountForm({ draftKey, attrs: { category: 'streetlight', area: AREA } });
    await fillDetails(form, draftKey, description);
    await waitForStored(draftKey, (s) => holdsContact(s.session), 'contact not saved');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Check your answers');
    await clickText(form, 'Send report');
    await waitForHeading(form, 'Report sent');
    await waitForStored(draftKey, empty, 'the sent report left a draft behind');
    expect(form.shadowRoot!.querySelector('[part=discard-button]')).to.equal(null);
    // Leaving the page afterwards saves nothing either.
    form.remove();
    await new Promise((r) => setTimeout(r, 400));
    expect(await storedDraft(draftKey)).to.deep.equal({ local: null, session: null, photos: 0 });
  });
});
