import { expect, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { AdapterError } from '../../src/adapters/errors.js';
import { DraftController } from '../../src/controllers/draft-controller.js';
import { PHONE_PATTERN } from '../../src/domain/common.js';
import { fieldErrorsFrom, type FieldErrors } from '../../src/domain/field-errors.js';
import { FieldList, FormController, textField, type FormField } from '../../src/forms/index.js';
import { formStyles } from '../../src/styles/forms.js';
import { shared } from '../../src/styles/shared.js';
import { tokens } from '../../src/styles/tokens.js';
import * as z from 'zod/mini';
import { memoryStorage } from '../helpers/memory-storage.js';
import { loadMessages } from '../../src/i18n/lazy-messages.js';
import { validationMessages } from '../../src/i18n/messages/validation.js';

interface Contact {
  name: string;
  phone: string;
}

const Schema = z.object({ name: z.string().check(z.minLength(1)), phone: z.string().check(z.minLength(1), z.regex(PHONE_PATTERN)) });
const t = (key: string) => (key === 'a11y.errorPrefix' ? 'Error: ' : key === 'field.optional' ? '(optional)' : key);
const FIELDS: FormField[] = [
  { path: 'name', id: 'c-name', label: 'Full name' },
  { path: 'phone', id: 'c-phone', label: 'Phone number', message: (e) => (e.code === 'required' ? 'Enter your phone' : undefined) },
];

const storage = memoryStorage();

class FormHost extends LitElement {
  static override styles = [tokens, shared, formStyles];
  draftKey: string | undefined;
  form = new FormController<Contact>(this, {
    initial: () => ({ name: '', phone: '' }),
    fields: () => FIELDS,
    locale: () => 'en',
    validate: (v) => fieldErrorsFrom(Schema, v),
    keyPrefix: 'test',
    focus: { success: '.done', failure: '.failure' },
  });
  done = false;

  override render() {
    const f = this.form;
    return html`<form novalidate>
      ${f.renderSummary('There is a problem')}
      ${f.failure ? html`<div class="failure" tabindex="-1" role="alert">${f.failure.code}</div>` : ''}
      ${this.done ? html`<p class="done" tabindex="-1">Sent</p>` : ''}
      ${textField(t, { ...f.field('name'), label: 'Full name', value: f.values.name, onInput: (name) => f.update({ name }) })}
      ${textField(t, { ...f.field('phone'), label: 'Phone number', value: f.values.phone, onInput: (phone) => f.update({ phone }) })}
    </form>`;
  }
}
customElements.define('gr-form-host', FormHost);

async function mount(): Promise<FormHost> {
  const el = document.createElement('gr-form-host') as FormHost;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const active = (el: FormHost) => el.shadowRoot!.activeElement;
const summary = (el: FormHost) => [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim());

/** A send that records its keys and answers as told. */
function sender(answers: Array<'ok' | AdapterError>) {
  const keys: string[] = [];
  const bodies: Contact[] = [];
  const send = (values: Contact, key: string) => {
    keys.push(key);
    bodies.push({ ...values });
    const answer = answers.shift() ?? 'ok';
    return answer === 'ok' ? Promise.resolve(`ref-${keys.length}`) : Promise.reject(answer);
  };
  return { send, keys, bodies };
}

// The hosts here are plain LitElements: they fetch the field-error words themselves, as a widget does with its own.
before(() => Promise.all([loadMessages('zh-CN', validationMessages), loadMessages('en', validationMessages)]));

describe('FormController', () => {
  afterEach(() => document.querySelectorAll('gr-form-host').forEach((el) => el.remove()));

  it('checks with the domain rules, lists errors in field order and focuses the summary after the render', async () => {
    const el = await mount();
    el.form.update({ phone: '123' });
    const { send, keys } = sender([]);
    const result = await el.form.submit(send);
    expect(result.status).to.equal('invalid');
    expect(keys).to.have.length(0);
    await el.updateComplete;
    expect(summary(el)).to.deep.equal(['Enter full name', 'Phone number must be an 11-digit mobile number, like 13812345678']);
    expect(active(el)?.classList.contains('error-summary')).to.equal(true);
    expect(el.shadowRoot!.getElementById('c-name-error')!.textContent).to.equal('Error: Enter full name');
    await expect(el).to.be.accessible();
  });

  it("uses a field's own words for a problem", async () => {
    const el = await mount();
    el.form.update({ name: 'Li' });
    await el.form.submit(sender([]).send);
    await el.updateComplete;
    expect(summary(el)).to.deep.equal(['Enter your phone']);
  });

  it('sends with one key per attempt: an unchanged retry reuses it, an edit after a send gets a new one', async () => {
    const el = await mount();
    el.form.update({ name: 'Li Ming', phone: '13812345678' });
    const { send, keys, bodies } = sender([new AdapterError('network', 'down'), new AdapterError('timeout', 'slow'), 'ok']);
    expect((await el.form.submit(send)).status).to.equal('failed');
    await el.updateComplete;
    expect(el.form.failure?.code).to.equal('network');
    expect(active(el)?.classList.contains('failure')).to.equal(true);
    expect((await el.form.submit(send)).status).to.equal('failed');
    expect(keys[1]).to.equal(keys[0]);
    el.form.update({ phone: '13900000000' });
    const sent = await el.form.submit(send);
    expect(sent).to.deep.equal({ status: 'sent', value: 'ref-3' });
    expect(keys[2]).to.not.equal(keys[1]);
    expect(bodies[2]!.phone).to.equal('13900000000');
    expect(keys.every((k) => k.startsWith('test-'))).to.equal(true);
    // A success starts a new, empty attempt.
    expect(el.form.values).to.deep.equal({ name: '', phone: '' });
    expect(el.form.idempotencyKey).to.not.equal(keys[2]);
  });

  it("maps a backend's validation error onto the fields, and leaves out paths it does not show", async () => {
    const el = await mount();
    el.form.update({ name: 'Li Ming', phone: '13812345678' });
    const refusal = new AdapterError('validation', 'no', { fieldErrors: { phone: { code: 'invalid_phone' }, hidden: { code: 'invalid' } } });
    const result = await el.form.submit(sender([refusal]).send);
    expect(result).to.deep.equal({ status: 'invalid', errors: { phone: { code: 'invalid_phone' } } });
    await el.updateComplete;
    expect(summary(el)).to.deep.equal(['Phone number must be an 11-digit mobile number, like 13812345678']);
    expect(el.form.failure).to.equal(undefined);
    expect(active(el)?.classList.contains('error-summary')).to.equal(true);
    expect(el.shadowRoot!.getElementById('c-phone')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('treats validation only on paths the form does not show as a failure', async () => {
    const el = await mount();
    el.form.update({ name: 'Li Ming', phone: '13812345678' });
    const refusal = new AdapterError('validation', 'no', { fieldErrors: { hidden: { code: 'invalid' } } });
    const result = await el.form.submit(sender([refusal]).send);
    expect(result.status).to.equal('failed');
    expect(el.form.failure?.code).to.equal('validation');
  });

  it('says busy to a second submit while one is in flight, and submitting while it is', async () => {
    const el = await mount();
    el.form.update({ name: 'Li Ming', phone: '13812345678' });
    let finish!: (v: string) => void;
    const first = el.form.submit(() => new Promise<string>((r) => (finish = r)));
    expect(el.form.submitting).to.equal(true);
    expect((await el.form.submit(sender([]).send)).status).to.equal('busy');
    finish('x');
    expect((await first).status).to.equal('sent');
    expect(el.form.submitting).to.equal(false);
  });

  it('ignores the answer of a submit the form was reset during', async () => {
    const el = await mount();
    el.form.update({ name: 'Li Ming', phone: '13812345678' });
    let fail!: (e: unknown) => void;
    const first = el.form.submit(() => new Promise<string>((_r, reject) => (fail = reject)));
    el.form.reset();
    fail(new AdapterError('network', 'late'));
    expect((await first).status).to.equal('stale');
    expect(el.form.failure).to.equal(undefined);
  });

  it('focuses the confirmation after a success', async () => {
    const el = await mount();
    el.form.update({ name: 'Li Ming', phone: '13812345678' });
    el.done = true;
    await el.form.submit(sender(['ok']).send);
    await waitUntil(() => active(el)?.classList.contains('done'), 'the confirmation did not take focus');
  });
});

interface Report {
  description: string;
  name: string;
}

class DraftFormHost extends LitElement {
  form = new FormController<Report>(this, {
    initial: () => ({ description: '', name: '' }),
    fields: () => [],
    locale: () => 'en',
    draft: { key: 'test-form-draft', storage, sessionStorage: memoryStorage(), debounceMs: 5, controller: DraftController },
  });
}
customElements.define('gr-draft-form-host', DraftFormHost);

describe('FormController with a draft', () => {
  beforeEach(() => {
    storage.removeItem('test-form-draft');
    storage.removeItem('test-form-other');
  });
  afterEach(() => document.querySelectorAll('gr-draft-form-host').forEach((el) => el.remove()));

  function mountDraft(): DraftFormHost {
    const el = document.createElement('gr-draft-form-host') as DraftFormHost;
    document.body.append(el);
    return el;
  }

  it('keeps the values and the key across a reload, and the key through edits until it is sent', async () => {
    const first = mountDraft();
    first.form.update({ description: 'Dark stairwell' });
    const key = first.form.idempotencyKey;
    const keys: string[] = [];
    await first.form.submit((_v, k) => (keys.push(k), Promise.reject(new AdapterError('network', 'down'))));
    first.form.update({ description: 'Dark stairwell, third floor' });
    first.remove();
    const second = mountDraft();
    expect(second.form.values.description).to.equal('Dark stairwell, third floor');
    expect(second.form.draft?.restored).to.equal(true);
    await second.form.submit((_v, k) => (keys.push(k), Promise.resolve('ok')));
    // The draft's key stays (a backend that got the first version answers `conflict`).
    expect(keys).to.deep.equal([key, key]);
    expect(storage.getItem('test-form-draft')).to.equal(null);
    expect(second.form.idempotencyKey).to.not.equal(key);
  });

  it('moves to another draft, saving the one it leaves', () => {
    const el = mountDraft();
    el.form.update({ description: 'first' });
    el.form.useDraft({ key: 'test-form-other', storage, sessionStorage: memoryStorage(), controller: DraftController });
    expect(el.form.values.description).to.equal('');
    expect(JSON.parse(storage.getItem('test-form-draft')!).value.description).to.equal('first');
    el.form.useDraft({ key: 'test-form-draft', storage, sessionStorage: memoryStorage(), controller: DraftController });
    expect(el.form.values.description).to.equal('first');
  });

  it('renews the key on request: the next send is a new request', () => {
    const el = mountDraft();
    const key = el.form.idempotencyKey;
    el.form.renewKey();
    expect(el.form.idempotencyKey).to.not.equal(key);
  });
});

describe('FieldList', () => {
  const errors: FieldErrors = { extra: { code: 'invalid' }, phone: { code: 'invalid_phone' }, name: { code: 'required' } };

  it('orders the summary by the fields and leaves out paths it cannot show', () => {
    const list = new FieldList(FIELDS, { locale: 'en' });
    expect(list.summary(errors).map((e) => e.fieldId)).to.deep.equal(['c-name', 'c-phone']);
    expect(list.known(errors)).to.deep.equal({ phone: errors.phone, name: errors.name });
  });

  it('puts other paths after the listed ones, on the fallback field', () => {
    const list = new FieldList(FIELDS, { locale: 'zh-CN', fallback: (path) => ({ path, id: 'submit', label: '其他' }) });
    expect(list.summary(errors)).to.deep.equal([
      { fieldId: 'c-name', message: '请填写Full name' },
      { fieldId: 'c-phone', message: 'Phone number应为 11 位手机号码，例如 13812345678' },
      { fieldId: 'submit', message: '其他填写有误，请检查' },
    ]);
  });
});
