import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { active, areaSelects, byId, byText, HOME, heading, makeAdapter, mountForm, tabTo, text, unmountAll, waitForHeading, waitForSelects } from './helpers.js';

describe('<grid-case-form> with the keyboard alone', function () {
  this.timeout(40000);
  afterEach(unmountAll);

  it('reports a broken street light from the first Tab to the case number', async () => {
    const adapter = makeAdapter('resident');
    const form = await mountForm({ adapter });
    (document.activeElement as HTMLElement | null)?.blur();

    // Category: search, pick with Space, continue with Enter.
    await tabTo(form, byId('category-search'));
    await sendKeys({ type: 'light' });
    await form.updateComplete;
    expect(text(form, '#category-count')).to.equal('1 problem type');
    await sendKeys({ press: 'Tab' });
    expect(active(form)?.id).to.equal('f-categoryCode');
    await sendKeys({ press: ' ' });
    await tabTo(form, byText('Continue'));
    await sendKeys({ press: 'Enter' });

    // The category's own questions.
    await waitForHeading(form, 'About the problem');
    expect(active(form)?.id).to.equal('step-heading');
    await tabTo(form, byId('f-answers-poleNumber'));
    await sendKeys({ type: 'QC-0231' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)?.id).to.equal('f-answers-damage');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(form, byId('f-answers-wholeStretch'));
    await sendKeys({ press: ' ' });
    await tabTo(form, byText('Continue'));
    await sendKeys({ press: 'Enter' });

    // The place: one labelled select per level, each loaded when the level above is chosen.
    await waitForHeading(form, 'Where is the problem?');
    for (let level = 0; level < 6; level++) {
      await waitForSelects(form, level + 1);
      await tabTo(form, (el) => el === areaSelects(form)[level]);
      await sendKeys({ press: 'ArrowDown' });
      await form.updateComplete;
    }
    await waitUntil(() => text(form, '.chosen-path').includes('1号楼'), 'building not chosen');
    await tabTo(form, byId('f-location-address'));
    await sendKeys({ type: 'North gate lamp' });
    await tabTo(form, byText('Continue'));
    await sendKeys({ press: 'Enter' });

    // Similar open cases nearby: this is a different problem.
    await waitForHeading(form, 'Someone has already reported');
    await tabTo(form, byText('It is a different problem'));
    await sendKeys({ press: 'Enter' });

    // Details.
    await waitForHeading(form, 'Tell us more');
    await tabTo(form, byId('f-description'));
    await sendKeys({ type: 'The lamp by the north gate has been dark for three nights.' });
    expect(text(form, '#description-counter')).to.equal('You have 442 characters remaining');
    await tabTo(form, (el) => el.getAttribute('name') === 'f-urgency');
    await sendKeys({ press: 'ArrowDown' }); // normal → urgent
    await tabTo(form, byId('f-anonymous'));
    await sendKeys({ press: 'ArrowDown' }); // → with my name and number
    await form.updateComplete;
    await tabTo(form, byId('f-name'));
    await sendKeys({ type: 'Wang Xiuying' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)?.id).to.equal('f-phone');
    await sendKeys({ type: '13912345678' });
    await tabTo(form, byText('Continue'));
    await sendKeys({ press: 'Enter' });

    // Check answers, then send.
    await waitForHeading(form, 'Check your answers');
    const summary = text(form, '.summary-list');
    expect(summary).to.contain('Broken street light');
    expect(summary).to.contain('Flickering');
    expect(summary).to.contain('North gate lamp');
    expect(summary).to.contain('139****5678');
    expect(summary).not.to.contain('13912345678');
    await tabTo(form, byId('f-submit'));
    const submitted = oneEvent(form, 'gr-case-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    await waitForHeading(form, 'Report sent');
    expect(detail.followed).to.equal(false);
    expect(text(form, '.public-number')).to.equal(detail.publicNumber);
    expect(active(form)?.id).to.equal('step-heading');

    const saved = await adapter.cases.get(detail.publicNumber);
    expect(saved.id).to.equal(detail.caseId);
    expect(saved.categoryCode).to.equal('streetlight');
    expect(saved.answers).to.deep.equal({ poleNumber: 'QC-0231', damage: 'flicker', wholeStretch: true });
    expect(saved.location.areaId).to.equal(`${HOME}-g1-p1-b1`);
    expect(saved.location.address).to.equal('North gate lamp');
    expect(saved.description).to.equal('The lamp by the north gate has been dark for three nights.');
    expect(saved.urgency).to.equal('high');
    adapter.control.setSession('grid-centre');
    expect((await adapter.cases.get(detail.publicNumber)).reporter).to.deep.equal({ anonymous: false, name: 'Wang Xiuying', phone: '13912345678' });
    expect(heading(form)).to.equal('Report sent');
  });
});
