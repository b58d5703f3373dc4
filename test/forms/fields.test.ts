import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, type TemplateResult } from 'lit';
import {
  checkboxGroup,
  dateTimeField,
  fileField,
  numberField,
  radioGroup,
  selectField,
  textareaField,
  textField,
  type FormText,
} from '../../src/forms/index.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { sharedMessages } from '../../src/i18n/messages/index.js';
import { loadMessages } from '../../src/i18n/lazy-messages.js';
import { formStyles } from '../../src/styles/forms.js';
import { shared } from '../../src/styles/shared.js';
import { tokens } from '../../src/styles/tokens.js';

/** Renders one template in a shadow root styled like a widget. */
class FieldHost extends LitElement {
  static override styles = [tokens, shared, formStyles];
  content: TemplateResult | undefined;
  override render() {
    return this.content;
  }
}
customElements.define('gr-field-host', FieldHost);

let locale = 'en';
const t: FormText = (key, params) => createTranslator(locale, sharedMessages)(key, params);

async function show(content: TemplateResult): Promise<ShadowRoot> {
  const el = await fixture<FieldHost>(html`<gr-field-host></gr-field-host>`);
  el.content = content;
  el.requestUpdate();
  await el.updateComplete;
  return el.shadowRoot!;
}

const ignore = () => undefined;

describe('field templates', () => {
  // The shared catalogue is fetched per locale; these tests call the translator directly.
  before(() => Promise.all([loadMessages('zh-CN', sharedMessages), loadMessages('en', sharedMessages)]));

  afterEach(() => (locale = 'en'));

  it('a text field: label for the control, hint then error in aria-describedby, a hidden "Error:" first', async () => {
    const root = await show(
      textField(t, { id: 'p', label: 'Phone', hint: 'For example 13812345678', error: 'Enter a phone', value: '', onInput: ignore, type: 'tel' }),
    );
    const input = root.getElementById('p')!;
    expect(root.querySelector('label')!.htmlFor).to.equal('p');
    expect(input.getAttribute('aria-describedby')).to.equal('p-hint p-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('type')).to.equal('tel');
    expect(root.getElementById('p-hint')!.textContent).to.equal('For example 13812345678');
    expect(root.getElementById('p-error')!.textContent).to.equal('Error: Enter a phone');
    expect(root.querySelector('#p-error .visually-hidden')!.textContent).to.equal('Error: ');
    expect(root.querySelector('.field')!.classList.contains('has-error')).to.equal(true);
    // GOV.UK order: label, hint, error, control.
    const order = [...root.querySelector('.field')!.children].map((c) => c.id || c.tagName.toLowerCase());
    expect(order).to.deep.equal(['label', 'p-hint', 'p-error', 'p']);
    await expect(root.host).to.be.accessible();
  });

  it('leaves out what is absent, and says "optional" in the shared words of each language', async () => {
    let root = await show(textField(t, { id: 'n', label: 'Notes', optional: true, value: '', onInput: ignore }));
    expect(root.getElementById('n')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(root.getElementById('n')!.getAttribute('aria-invalid')).to.equal('false');
    expect(root.querySelector('label .optional')!.textContent).to.equal('(optional)');
    locale = 'zh-CN';
    root = await show(textField(t, { id: 'n', label: '备注', optional: true, value: '', onInput: ignore }));
    expect(root.querySelector('label')!.textContent!.replace(/\s+/g, '')).to.equal('备注（选填）');
    expect(root.querySelectorAll('.optional')).to.have.length(1);
  });

  it('a textarea with a counter: the counter joins aria-describedby after hint and error', async () => {
    const root = await show(textareaField(t, { id: 'd', label: 'Description', hint: 'h', error: 'e', value: 'abcd', onInput: ignore, counter: { max: 3 } }));
    expect(root.getElementById('d')!.tagName).to.equal('TEXTAREA');
    expect(root.getElementById('d')!.getAttribute('aria-describedby')).to.equal('d-hint d-error d-counter');
    expect(root.getElementById('d-counter')!.textContent!.trim()).to.equal('You have 1 character too many');
    expect(root.getElementById('d-counter')!.classList.contains('over')).to.equal(true);
  });

  it('a number is text with a numeric keyboard; a date or date-time uses the picker', async () => {
    let root = await show(numberField(t, { id: 'h', label: 'Hours', value: '1.5', onInput: ignore }));
    expect(root.getElementById('h')!.getAttribute('type')).to.equal('text');
    expect(root.getElementById('h')!.getAttribute('inputmode')).to.equal('decimal');
    root = await show(dateTimeField(t, { id: 'when', label: 'When', type: 'date', max: '2026-01-01', value: '', onInput: ignore }));
    expect(root.getElementById('when')!.getAttribute('type')).to.equal('date');
    expect(root.getElementById('when')!.getAttribute('max')).to.equal('2026-01-01');
    root = await show(dateTimeField(t, { id: 'at', label: 'At', value: '', onInput: ignore }));
    expect(root.getElementById('at')!.getAttribute('type')).to.equal('datetime-local');
  });

  it('reports typing as it happens', async () => {
    const typed: string[] = [];
    const root = await show(textField(t, { id: 'x', label: 'X', value: '', onInput: (v) => typed.push(v) }));
    const input = root.getElementById('x') as HTMLInputElement;
    input.value = 'abc';
    input.dispatchEvent(new Event('input'));
    expect(typed).to.deep.equal(['abc']);
  });

  it('radios: a fieldset described by hint and error, the first option carrying the id the summary links to', async () => {
    const chosen: string[] = [];
    const root = await show(
      radioGroup(t, {
        id: 'u',
        label: 'How urgent',
        hint: 'Pick one',
        error: 'Select how urgent',
        value: 'high',
        options: [
          { value: 'normal', label: 'Normal', hint: 'Within a week' },
          { value: 'high', label: 'Urgent' },
        ],
        onChange: (v) => chosen.push(v),
      }),
    );
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).to.equal('u-hint u-error');
    expect(root.querySelector('legend')!.textContent!.trim()).to.equal('How urgent');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.id)).to.deep.equal(['u', 'u-1']);
    expect(radios.map((r) => r.checked)).to.deep.equal([false, true]);
    expect(radios[0]!.getAttribute('aria-describedby')).to.equal('u-item-hint');
    expect(new Set([...root.querySelectorAll('[id]')].map((e) => e.id)).size).to.equal(root.querySelectorAll('[id]').length);
    root.querySelector<HTMLLabelElement>('label[for=u]')!.click();
    expect(chosen).to.deep.equal(['normal']);
    await expect(root.host).to.be.accessible();
  });

  it('checkboxes give the new list in option order; options may name their own ids', async () => {
    let values: string[] = ['c'];
    const root = await show(
      checkboxGroup(t, {
        id: 's',
        label: 'Skills',
        values,
        options: ['a', 'b', 'c'].map((v) => ({ value: v, label: v.toUpperCase(), id: `s-${v}` })),
        onChange: (next) => (values = next),
      }),
    );
    expect([...root.querySelectorAll('input[type=checkbox]')].map((c) => c.id)).to.deep.equal(['s-a', 's-b', 's-c']);
    root.querySelector<HTMLInputElement>('#s-a')!.click();
    expect(values).to.deep.equal(['a', 'c']);
    expect(root.querySelector('fieldset')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('a select keeps its choice marked, with option groups', async () => {
    const root = await show(
      selectField(t, {
        id: 'cat',
        label: 'Category',
        optional: true,
        error: 'Select a category',
        value: 'b',
        options: [{ value: '', label: 'None' }, { label: 'Group', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }],
        onChange: ignore,
      }),
    );
    const select = root.getElementById('cat') as HTMLSelectElement;
    expect(select.value).to.equal('b');
    expect(select.querySelector('optgroup')!.label).to.equal('Group');
    expect(select.getAttribute('aria-describedby')).to.equal('cat-error');
    await expect(root.host).to.be.accessible();
  });

  it('a file input passes on the picked files', async () => {
    let picked: File[] = [];
    const root = await show(fileField(t, { id: 'ph', label: 'Photos', hint: 'Up to 3', accept: 'image/png', multiple: true, onFiles: (f) => (picked = f) }));
    const input = root.getElementById('ph') as HTMLInputElement;
    expect(input.getAttribute('aria-describedby')).to.equal('ph-hint');
    expect(input.multiple).to.equal(true);
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'a.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    expect(picked.map((f) => f.name)).to.deep.equal(['a.png']);
  });
});
