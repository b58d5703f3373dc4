import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { describedBy, focusErrorSummary, renderErrorSummary, renderFieldError } from '../../src/elements/shared/error-summary.js';
import { formStyles } from '../../src/styles/forms.js';
import { shared } from '../../src/styles/shared.js';
import { tokens } from '../../src/styles/tokens.js';

class SummaryHost extends LitElement {
  static override styles = [tokens, shared, formStyles];
  override render() {
    return html`${renderErrorSummary('There is a problem', [{ fieldId: 'phone', message: 'Enter a phone number' }], this.shadowRoot)}
      <div class="field has-error">
        <label class="label" for="phone">Phone number</label>
        <span class="hint" id="phone-hint">For example 13812345678</span>
        ${renderFieldError('phone-error', 'Enter a phone number', 'Error: ')}
        <input class="input" id="phone" aria-describedby=${describedBy('phone-hint', 'phone-error')} />
      </div>`;
  }
}
customElements.define('gr-summary-host', SummaryHost);

describe('error summary', () => {
  let el: SummaryHost;
  beforeEach(async () => {
    el = document.createElement('gr-summary-host') as SummaryHost;
    document.body.append(el);
    await el.updateComplete;
  });
  afterEach(() => el.remove());

  it('takes focus and its link moves focus to the field', async () => {
    focusErrorSummary(el.shadowRoot);
    expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a')!;
    expect(link.textContent).to.equal('Enter a phone number');
    link.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('phone');
  });

  it('describes the field by its hint then its error, with a hidden "Error:" prefix', async () => {
    const input = el.shadowRoot!.getElementById('phone')!;
    expect(input.getAttribute('aria-describedby')).to.equal('phone-hint phone-error');
    expect(el.shadowRoot!.getElementById('phone-error')!.textContent).to.equal('Error: Enter a phone number');
    await expect(el).to.be.accessible();
  });
});
