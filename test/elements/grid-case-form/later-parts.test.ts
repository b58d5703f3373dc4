import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chunks } from '../../../src/elements/grid-case-form/lazy-part.js';
import {
  $, active, addFiles, byId, clickLabel, clickText, continueFromLocation, HOME, heading, mountForm, mouseClick, png, tabTo, text,
  typeInto, unmountAll, waitForHeading,
} from './helpers.js';

const PLACE = `${HOME}-g1-p1-b1`;
const fetchLater = chunks.later;
/** What the browser says when a chunk cannot be fetched (offline, or gone after a deploy). */
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** The form's retry button of the part that could not be fetched. */
const retryButton = (form: HTMLElement) => form.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] [part=retry-button]');

describe('<grid-case-form> later parts (fetched after the first steps)', function () {
  this.timeout(40000);
  afterEach(() => {
    chunks.later = fetchLater;
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    unmountAll();
  });

  it('fetches them only once a person moves past the first steps, and once', async () => {
    let fetches = 0;
    chunks.later = () => {
      fetches++;
      return fetchLater();
    };
    const form = await mountForm({ attrs: { category: 'streetlight', area: PLACE } });
    expect(fetches, 'fetched on the first step').to.equal(0);
    await clickText(form, 'Continue');
    await waitForHeading(form, 'About the problem');
    expect(fetches, 'fetched on the questions').to.equal(0);
    await clickLabel(form, 'Not working');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Where is the problem?');
    expect(fetches).to.equal(1);
    await continueFromLocation(form);
    await waitForHeading(form, 'Tell us more');
    expect(text(form)).to.contain('Up to 3 photos, JPG, PNG or WebP');
    await addFiles(form, [png('lamp.png')]);
    expect([...form.shadowRoot!.querySelectorAll<HTMLImageElement>('.photo img')].map((i) => i.alt)).to.deep.equal(['Photo 1: lamp.png']);
    expect(fetches).to.equal(1);
  });

  it('offline: "use my location" and the photo field say they could not be fetched, and "Try again" brings the photo field', async () => {
    let asked = 0;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (ok: PositionCallback) => {
          asked++;
          ok({ coords: { latitude: 36.8, longitude: 118.06 } } as GeolocationPosition);
        },
      },
    });
    chunks.later = offline;
    const form = await mountForm({ attrs: { category: 'streetlight', area: PLACE } });
    await clickText(form, 'Continue');
    await waitForHeading(form, 'About the problem');
    await clickLabel(form, 'Not working');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Where is the problem?');
    await waitUntil(() => text(form, '.chosen-path').includes('1号楼'), 'area attribute not applied');

    await clickText(form, 'Use my location');
    await waitUntil(() => text(form, '.geo-status').includes('Cannot reach the server'), `geo status was "${text(form, '.geo-status')}"`);
    expect(asked, 'located without its code').to.equal(0);
    expect(text(form, '.geo-status')).not.to.contain('Coordinates added');
    await expect(form).to.be.accessible();

    await continueFromLocation(form);
    await waitForHeading(form, 'Tell us more');
    await waitUntil(() => retryButton(form), 'no "Try again" where the photo field goes');
    expect(text(form, '[part=error]')).to.contain('Something went wrong');
    expect(text(form, '[part=error]')).to.contain('Cannot reach the server. Check your connection and try again.');
    expect(form.shadowRoot!.querySelector('#f-photos'), 'photo input without its chunk').to.equal(null);
    // The rest of the step still works.
    await typeInto(form, 'f-description', 'The lamp by the north gate is off.');
    expect($<HTMLTextAreaElement>(form, '#f-description').value).to.equal('The lamp by the north gate is off.');
    await expect(form).to.be.accessible();

    chunks.later = fetchLater;
    await mouseClick(form, retryButton(form)!);
    await waitUntil(() => form.shadowRoot!.querySelector('#f-photos'), 'the photo field never came');
    expect(form.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    expect(active(form)?.id).to.equal('step-heading');
    expect(text(form)).to.contain('Up to 3 photos, JPG, PNG or WebP');
    await addFiles(form, [png('gate.png')]);
    expect([...form.shadowRoot!.querySelectorAll<HTMLImageElement>('.photo img')].map((i) => i.alt)).to.deep.equal(['Photo 1: gate.png']);
    await expect(form).to.be.accessible();
  });

  it('offline at check answers and after sending: still sends, the case number at once, what happens next on "Try again"', async () => {
    chunks.later = offline;
    const form = await mountForm({ attrs: { category: 'streetlight', area: PLACE, 'tracker-href': '#track?case={number}' } });
    await clickText(form, 'Continue');
    await waitForHeading(form, 'About the problem');
    await clickLabel(form, 'Not working');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Where is the problem?');
    await waitUntil(() => text(form, '.chosen-path').includes('1号楼'), 'area attribute not applied');
    await continueFromLocation(form);
    await waitForHeading(form, 'Tell us more');
    await typeInto(form, 'f-description', 'Off for three nights.');
    await clickLabel(form, 'Anonymously');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Check your answers');
    // The list of answers is a later part too: in its place, why it is missing; sending still works.
    await waitUntil(() => retryButton(form), 'no "Try again" where the answers go');
    expect(form.shadowRoot!.querySelector('.summary-list')).to.equal(null);
    expect(text(form)).to.contain('After you send it, a grid worker will check the problem and accept the case.');
    await expect(form).to.be.accessible();
    await clickText(form, 'Send report');

    await waitForHeading(form, 'Report sent');
    const number = text(form, '.public-number');
    expect(number).to.match(/\S/);
    expect(active(form)?.id).to.equal('step-heading');
    await waitUntil(() => retryButton(form), 'no "Try again" for what happens next');
    expect(text(form, '[part=error]')).to.contain('Cannot reach the server');
    expect(text(form)).not.to.contain('What happens next');
    expect($<HTMLAnchorElement>(form, '[part=tracker-link]').getAttribute('href')).to.equal(`#track?case=${number}`);
    expect(text(form)).to.contain('Report another problem');
    await expect(form).to.be.accessible();

    chunks.later = fetchLater;
    retryButton(form)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(form).includes('What happens next'), 'what happens next never came');
    expect(text(form)).to.contain('Keep this number: you can use it to check progress at any time.');
    expect(text(form, '.public-number')).to.equal(number);
    expect(active(form)?.id).to.equal('step-heading');
    await expect(form).to.be.accessible();
  });

  it('shows a loading state until the discard confirmation arrives, then focuses it (keyboard)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let fetches = 0;
    chunks.later = () => {
      fetches++;
      return gate.then(() => fetchLater());
    };
    const form = await mountForm();
    await clickLabel(form, 'Rubbish dumped or piling up');
    await tabTo(form, byId('discard-button'));
    expect(fetches).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => form.shadowRoot!.querySelector('[part=loading]'), 'no loading state');
    expect(text(form, '[part=loading]')).to.contain('Loading');
    expect(fetches).to.equal(1);
    await expect(form).to.be.accessible();

    release();
    await waitUntil(() => active(form)?.id === 'discard-confirm', `focus stayed on ${active(form)?.id}`);
    expect(text(form, '[part=discard-confirm]')).to.contain('Discard everything you entered in this report?');
    expect(form.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
    await expect(form).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part=discard-confirm]')).to.equal(null);
    expect(active(form)?.id).to.equal('discard-button');
    expect(heading(form)).to.equal('What is the problem?');
  });

  it('brings their words in the locale shown, and the other locale when it changes', async () => {
    const form = await mountForm({ locale: 'zh-CN', attrs: { category: 'streetlight', area: PLACE } });
    await clickText(form, '继续');
    await waitForHeading(form, '关于这个问题');
    await clickLabel(form, '不亮');
    await clickText(form, '继续');
    await waitForHeading(form, '问题在哪里？');
    await waitUntil(() => text(form, '.chosen-path').includes('1号楼'), 'area attribute not applied');
    await clickText(form, '继续');
    // Street lights out nearby are already reported in the demo data: the similar step, its words in Chinese.
    await waitForHeading(form, '附近已有人反映了类似问题');
    expect(text(form)).to.contain('您选择的地点附近已经有人反映了同类问题');
    await clickText(form, '不是同一个问题，继续反映');
    await waitUntil(() => form.shadowRoot!.querySelector('#f-photos'), 'no photo field');
    expect(text(form)).to.contain('最多 3 张，JPG、PNG 或 WebP 格式');

    form.setAttribute('locale', 'en');
    await waitForHeading(form, 'Tell us more');
    await waitUntil(() => text(form).includes('Up to 3 photos, JPG, PNG or WebP'), `photo hint was not English: ${text(form)}`);
    expect(text(form)).not.to.contain('最多 3 张');
    await expect(form).to.be.accessible();
  });
});
