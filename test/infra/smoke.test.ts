import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { expect, fixture } from '@open-wc/testing';

/** A tiny element that proves the toolchain: TypeScript + legacy decorators + Lit + axe in a real browser. */
@customElement('infra-smoke-greeting')
class InfraSmokeGreeting extends LitElement {
  @property() name = 'neighbour';

  override render() {
    return html`<p>Hello, <strong>${this.name}</strong>!</p>
      <button type="button">Report a problem</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'infra-smoke-greeting': InfraSmokeGreeting;
  }
}

describe('test infrastructure smoke test', () => {
  it('renders a Lit element with decorators in shadow DOM', async () => {
    const el = await fixture<InfraSmokeGreeting>(html`<infra-smoke-greeting name="Li Wei"></infra-smoke-greeting>`);
    expect(el).to.be.instanceOf(InfraSmokeGreeting);
    expect(el.shadowRoot?.querySelector('strong')?.textContent).to.equal('Li Wei');
  });

  it('is accessible (axe)', async () => {
    const el = await fixture<InfraSmokeGreeting>(html`<infra-smoke-greeting></infra-smoke-greeting>`);
    await expect(el).to.be.accessible();
  });
});
