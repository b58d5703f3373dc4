import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import {
  $, active, addFiles, clickLabel, clickText, continueFromLocation, heading, makeAdapter, mountForm, mouseClick, pickArea, png,
  text, typeInto, unmountAll, waitForHeading,
} from './helpers.js';
import { testDate } from '../../helpers/city-clock.js';

const PLACE = 'd02-s01-c01-g1-p1';

describe('<grid-case-form> with the mouse', function () {
  this.timeout(40000);
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    unmountAll();
  });

  it('reports rubbish anonymously with a photo and coordinates, changing an answer on the way', async () => {
    const adapter = makeAdapter('resident');
    const revoked: string[] = [];
    const realRevoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      realRevoke(url);
    };
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 36.812345678, longitude: 118.06 } } as GeolocationPosition) },
    });
    try {
      const form = await mountForm({ adapter });
      await clickLabel(form, 'Rubbish dumped or piling up');
      await mouseClick(form, [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Continue'))!);

      await waitForHeading(form, 'About the problem');
      await clickLabel(form, 'Household');
      await clickLabel(form, 'Building rubble');
      await clickLabel(form, 'A lot');
      await clickText(form, 'Continue');

      await waitForHeading(form, 'Where is the problem?');
      await pickArea(form, PLACE);
      expect(text(form, '.chosen-path')).to.match(/You chose: .+ › .+ › .+ › 第1网格 › .+/);
      await clickText(form, 'Use my location');
      await waitUntil(() => text(form, '.geo-status').includes('latitude 36.81235'), 'no coordinates');
      await continueFromLocation(form);

      await waitForHeading(form, 'Tell us more');
      await typeInto(form, 'f-description', 'Bags of rubbish by the gate.');
      await addFiles(form, [png('gate.png'), png('bins.png')]);
      const previews = [...form.shadowRoot!.querySelectorAll<HTMLImageElement>('.photo img')];
      expect(previews.map((img) => img.alt)).to.deep.equal(['Photo 1: gate.png', 'Photo 2: bins.png']);
      const firstUrl = previews[0]!.src;
      expect(firstUrl).to.match(/^blob:/);
      await clickText(form, 'Remove photo 1');
      expect(revoked).to.include(firstUrl);
      expect([...form.shadowRoot!.querySelectorAll<HTMLImageElement>('.photo img')].map((i) => i.alt)).to.deep.equal(['Photo 1: bins.png']);
      expect(active(form)?.id).to.equal('f-photos');
      await clickLabel(form, 'Anonymously');
      await clickText(form, 'Continue');

      // Check answers; "Change" the description, which returns here.
      await waitForHeading(form, 'Check your answers');
      expect(text(form, '[data-row=photos]')).to.contain('bins.png');
      expect(text(form, '[data-row=reporter]')).to.contain('Anonymously');
      await clickText(form, 'Change Description of the problem');
      await waitForHeading(form, 'Tell us more');
      expect(active(form)?.id).to.equal('f-description');
      await typeInto(form, 'f-description', 'Bags of rubbish by the east gate.');
      await clickText(form, 'Continue');
      await waitForHeading(form, 'Check your answers');
      expect(text(form, '[data-row=description]')).to.contain('Bags of rubbish by the east gate.');

      const submitted = oneEvent(form, 'gr-case-submitted');
      await mouseClick(form, $(form, '#f-submit'));
      const { detail } = await submitted;
      await waitForHeading(form, 'Report sent');
      const saved = await adapter.cases.get(detail.publicNumber);
      expect(saved.categoryCode).to.equal('garbage');
      expect(saved.answers).to.deep.equal({ wasteType: ['household', 'construction'], amount: 'large' });
      expect(saved.location.areaId).to.equal(PLACE);
      expect(saved.location.point).to.deep.equal({ lat: 36.81235, lng: 118.06 });
      expect(saved.description).to.equal('Bags of rubbish by the east gate.');
      expect(saved.reporter.anonymous).to.equal(true);
      expect(saved.photos.map((p) => p.name)).to.deep.equal(['bins.png']);
      expect(heading(form)).to.equal('Report sent');
    } finally {
      URL.revokeObjectURL = realRevoke;
    }
  });

  it('says clearly when location access is denied, and the report goes on', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError) },
    });
    const form = await mountForm({ attrs: { category: 'garbage', area: 'd01-s01-c01-g1' } });
    await clickText(form, 'Continue');
    await waitForHeading(form, 'About the problem');
    await clickLabel(form, 'Household');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Where is the problem?');
    await waitUntil(() => text(form, '.chosen-path').includes('第1网格'), 'area attribute not applied');
    await clickText(form, 'Use my location');
    await waitUntil(() => text(form, '.geo-status').includes('You did not allow access to your location'));
    await expect(form).to.be.accessible();
  });

  it('links to the tracker with the case number and starts again on "Report another problem"', async () => {
    const form = await mountForm({ attrs: { category: 'noise', 'tracker-href': '#track?case={number}' } });
    await clickText(form, 'Continue');
    await waitForHeading(form, 'About the problem');
    // A date-time control's own widget differs per browser; set its value as the picker would.
    const when = $<HTMLInputElement>(form, '#f-answers-when');
    when.value = `${testDate(-7)}T22:30`;
    when.dispatchEvent(new Event('input'));
    await clickLabel(form, 'Shop loudspeakers');
    await typeInto(form, 'f-answers-days', '12');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Where is the problem?');
    await pickArea(form, 'd03-s01-c01-g1');
    await continueFromLocation(form);
    await typeInto(form, 'f-description', 'Loud music every night.');
    await clickLabel(form, 'Anonymously');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Check your answers');
    await clickText(form, 'Send report');
    await waitForHeading(form, 'Report sent');
    const number = text(form, '.public-number');
    expect($<HTMLAnchorElement>(form, '[part=tracker-link]').getAttribute('href')).to.equal(`#track?case=${number}`);
    await expect(form).to.be.accessible();
    await clickText(form, 'Report another problem');
    await waitForHeading(form, 'What is the problem?');
    expect(active(form)?.id).to.equal('step-heading');
  });
});
