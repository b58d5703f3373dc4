import { expect, waitUntil } from '@open-wc/testing';
import {
  $, active, addFiles, clickLabel, clickText, followSummaryLink, HOME, makeAdapter, mountForm, pickArea, png,
  streetlightToDetails, summaryMessages, waitForSelects, text, typeInto, unmountAll, waitForHeading,
} from './helpers.js';
import type { GridCaseForm } from '../../../src/elements/grid-case-form/grid-case-form.js';

/** The inline error of a field: visible text with the hidden "Error:" prefix first. */
function inlineError(form: GridCaseForm, id: string): string {
  return form.shadowRoot!.getElementById(`${id}-error`)?.textContent ?? '';
}

async function expectSummaryFocused(form: GridCaseForm): Promise<void> {
  await waitUntil(() => active(form)?.classList.contains('error-summary'), 'the error summary did not take focus');
  expect(text(form, '.error-summary h2')).to.equal('There is a problem');
}

describe('<grid-case-form> validation', function () {
  this.timeout(40000);
  afterEach(unmountAll);

  it('asks for a category, with a summary that links to the first option', async () => {
    const form = await mountForm();
    await clickText(form, 'Continue');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal(['Select the type of problem']);
    expect(inlineError(form, 'f-categoryCode')).to.equal('Error: Select the type of problem');
    expect($(form, 'fieldset').getAttribute('aria-describedby')).to.equal('f-categoryCode-error');
    await expect(form).to.be.accessible();
    await followSummaryLink(form, 'Select the type of problem');
    expect(active(form)?.id).to.equal('f-categoryCode');
  });

  it("checks each kind of question: required choice, yes/no, number, range and length", async () => {
    const form = await mountForm({ attrs: { category: 'illegal-building' } });
    await clickText(form, 'Continue');
    await waitForHeading(form, 'About the problem');
    await typeInto(form, 'f-answers-area', 'big');
    await clickText(form, 'Continue');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal([
      'Answer “Where it is”',
      'Answer “Is building still going on?”',
      'Rough size (square metres) must be a number',
    ]);
    await expect(form).to.be.accessible();
    await followSummaryLink(form, 'Answer “Is building still going on?”');
    expect(active(form)?.id).to.equal('f-answers-underConstruction');
    await followSummaryLink(form, 'Rough size (square metres) must be a number');
    expect(active(form)?.id).to.equal('f-answers-area');
    expect($(form, '#f-answers-area').getAttribute('aria-describedby')).to.equal('f-answers-area-hint f-answers-area-error');

    await typeInto(form, 'f-answers-area', '5000');
    await clickLabel(form, 'Roof');
    await clickLabel(form, 'Yes');
    await clickText(form, 'Continue');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal(['Rough size (square metres) must be 2000 or less']);
    await typeInto(form, 'f-answers-area', '20');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Where is the problem?');
    expect(form.shadowRoot!.querySelector('.error-summary')).to.equal(null);
  });

  it('limits a short text answer to its length', async () => {
    const form = await mountForm({ attrs: { category: 'streetlight' } });
    await clickText(form, 'Continue');
    await waitForHeading(form, 'About the problem');
    await typeInto(form, 'f-answers-poleNumber', 'QC-0231-QC-0231-QC-0231');
    await clickLabel(form, 'Not working');
    await clickText(form, 'Continue');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal(['Pole number must be 20 characters or fewer']);
  });

  it('wants the place down to the grid and a short address', async () => {
    const form = await mountForm({ attrs: { category: 'garbage' } });
    await clickText(form, 'Continue');
    await waitForHeading(form, 'About the problem');
    await clickLabel(form, 'Household');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Where is the problem?');
    await waitForSelects(form, 1);
    await clickText(form, 'Continue');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal(['Select the area of the problem, at least down to the grid']);
    await followSummaryLink(form, 'Select the area of the problem, at least down to the grid');
    expect(active(form)?.tagName).to.equal('SELECT');
    expect(form.shadowRoot!.querySelector('label[for=f-location-areaId]')!.textContent).to.contain('District or county');

    await pickArea(form, HOME);
    await typeInto(form, 'f-location-address', 'x'.repeat(121));
    await clickText(form, 'Continue');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal([
      'Select the area of the problem, at least down to the grid',
      'Exact spot must be 120 characters or fewer',
    ]);
    await followSummaryLink(form, 'Select the area of the problem, at least down to the grid');
    expect(form.shadowRoot!.querySelector('label[for=f-location-areaId]')!.textContent).to.contain('Grid');
    expect(active(form)?.id).to.equal('f-location-areaId');
    await expect(form).to.be.accessible();
  });

  it('checks the description, the contact choice, the name and the phone number', async () => {
    const form = await mountForm({ attrs: { category: 'streetlight', area: `${HOME}-g1` } });
    await streetlightToDetails(form);
    await clickText(form, 'Continue');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal(['Enter description of the problem', 'Select how you want to report']);
    await followSummaryLink(form, 'Select how you want to report');
    expect(active(form)?.id).to.equal('f-anonymous');

    const long = 'x'.repeat(501);
    const area = $<HTMLTextAreaElement>(form, '#f-description');
    area.value = long;
    area.dispatchEvent(new Event('input'));
    await form.updateComplete;
    expect(text(form, '#description-counter')).to.equal('You have 1 character too many');
    await clickLabel(form, 'With my name and mobile number');
    await clickText(form, 'Continue');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal([
      'Description of the problem must be 500 characters or fewer',
      'Enter your name',
      'Enter mobile phone number',
    ]);
    await followSummaryLink(form, 'Enter mobile phone number');
    expect(active(form)?.id).to.equal('f-phone');
    expect($(form, '#f-phone').getAttribute('aria-describedby')).to.equal('f-phone-hint f-phone-error');
    expect(inlineError(form, 'f-phone')).to.equal('Error: Enter mobile phone number');
    await expect(form).to.be.accessible();

    await typeInto(form, 'f-description', 'Dark all night.');
    await typeInto(form, 'f-name', 'Li Ming');
    await typeInto(form, 'f-phone', '12345');
    await clickText(form, 'Continue');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal(['Mobile phone number must be an 11-digit mobile number, like 13812345678']);
    await typeInto(form, 'f-phone', '13812345678');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Check your answers');
    expect(text(form, '[data-row=reporter]')).to.contain('138****5678');
  });

  it('checks photos before upload: type, size and number', async () => {
    const form = await mountForm({ attrs: { category: 'streetlight', area: `${HOME}-g1` } });
    await streetlightToDetails(form);
    await addFiles(form, [new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
    expect(inlineError(form, 'f-photos')).to.equal('Error: Photos must be JPG, PNG or WebP');
    await addFiles(form, [png('huge.png', 5 * 1024 * 1024 + 1)]);
    expect(inlineError(form, 'f-photos')).to.equal('Error: Each photo must be smaller than 5 MB');
    await addFiles(form, [png('1.png'), png('2.png'), png('3.png'), png('4.png')]);
    expect(inlineError(form, 'f-photos')).to.equal('Error: You can add up to 3 photos');
    expect(form.shadowRoot!.querySelectorAll('.photo')).to.have.length(0);
    await addFiles(form, [png('1.png'), png('2.png'), png('3.png')]);
    expect(inlineError(form, 'f-photos')).to.equal('');
    expect(form.shadowRoot!.querySelectorAll('.photo')).to.have.length(3);
    expect(text(form)).to.contain('You have added 3 photos, the most allowed.');
    await expect(form).to.be.accessible();
  });

  it('puts field errors from the backend on their fields and in the summary', async () => {
    const adapter = makeAdapter('resident');
    const form = await mountForm({ adapter, attrs: { category: 'streetlight', area: `${HOME}-g1` } });
    await streetlightToDetails(form);
    await typeInto(form, 'f-description', 'Dark.');
    await clickLabel(form, 'With my name and mobile number');
    await typeInto(form, 'f-name', 'Li Ming');
    await typeInto(form, 'f-phone', '13812345678');
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Check your answers');
    adapter.control.failNext('cases.submit', {
      kind: 'validation',
      fieldErrors: {
        description: { code: 'too_short', min: 10 },
        phone: { code: 'invalid_phone' },
        'answers.damage': { code: 'invalid_option' },
        'location.areaId': { code: 'invalid_option' },
      },
    });
    await clickText(form, 'Send report');
    await expectSummaryFocused(form);
    expect(summaryMessages(form)).to.deep.equal([
      'Answer “What is wrong”',
      'Select the area of the problem, at least down to the grid',
      'Description of the problem must be at least 10 characters',
      'Mobile phone number must be an 11-digit mobile number, like 13812345678',
    ]);
    await expect(form).to.be.accessible();

    await followSummaryLink(form, 'Mobile phone number must be an 11-digit mobile number, like 13812345678');
    await waitForHeading(form, 'Tell us more');
    await waitUntil(() => active(form)?.id === 'f-phone', 'the phone field did not take focus');
    expect(inlineError(form, 'f-phone')).to.equal('Error: Mobile phone number must be an 11-digit mobile number, like 13812345678');
    expect(inlineError(form, 'f-description')).to.equal('Error: Description of the problem must be at least 10 characters');

    await followSummaryLink(form, 'Answer “What is wrong”');
    await waitForHeading(form, 'About the problem');
    await waitUntil(() => active(form)?.id === 'f-answers-damage');
    expect(inlineError(form, 'f-answers-damage')).to.equal('Error: Answer “What is wrong”');

    // Continuing from a corrected step returns to check answers, and the case is created.
    await clickText(form, 'Continue');
    await waitForHeading(form, 'Check your answers');
    await clickText(form, 'Send report');
    await waitForHeading(form, 'Report sent');
  });
});
