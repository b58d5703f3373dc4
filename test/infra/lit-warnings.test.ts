import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { expect, fixture } from '@open-wc/testing';
import { collectLitWarnings, takeLitWarnings } from '../helpers/lit-dev-warnings.js';

/** Changes a reactive property in `updated()`: Lit's dev build warns "change-in-update". */
@customElement('infra-change-in-update')
class InfraChangeInUpdate extends LitElement {
  @property({ type: Number }) count = 0;

  override updated() {
    if (this.count < 1) this.count += 1;
  }

  override render() {
    return html`<span>${this.count}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'infra-change-in-update': InfraChangeInUpdate;
  }
}

describe('Lit dev-mode warnings', () => {
  it('runs the development build of Lit without the "dev mode" notice being recorded', () => {
    expect(collectLitWarnings()).to.deep.equal([]);
  });

  it('records a real Lit warning (change-in-update), which would fail the test if not taken', async () => {
    const el = await fixture<InfraChangeInUpdate>(html`<infra-change-in-update></infra-change-in-update>`);
    await el.updateComplete;
    const warnings = takeLitWarnings();
    expect(warnings.some((w) => w.includes('change-in-update'))).to.equal(true, `warnings: ${warnings.join(' | ')}`);
    expect(warnings.some((w) => w.includes('dev mode'))).to.equal(false);
  });
});
