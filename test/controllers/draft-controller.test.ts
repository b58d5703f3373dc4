import { expect } from '@open-wc/testing';
import { html, LitElement, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { DraftController } from '../../src/controllers/draft-controller.js';
import { memoryStorage } from '../helpers/memory-storage.js';

interface Report {
  description: string;
  urgency: string;
}

const storage = memoryStorage();

class DraftHost extends LitElement {
  draft = new DraftController<Report>(this, {
    key: 'test-draft',
    initial: () => ({ description: '', urgency: 'normal' }),
    storage,
    debounceMs: 10,
  });

  override render() {
    return html`<textarea
      .value=${live(this.draft.value.description)}
      @input=${(e: Event) => this.draft.update({ description: (e.target as HTMLTextAreaElement).value })}
    ></textarea>`;
  }
}
customElements.define('gr-draft-host', DraftHost);

async function mountHost(): Promise<DraftHost> {
  const container = document.createElement('div');
  document.body.append(container);
  render(html`<gr-draft-host></gr-draft-host>`, container);
  const el = container.querySelector('gr-draft-host') as DraftHost;
  await el.updateComplete;
  return el;
}

function type(el: DraftHost, text: string): void {
  const area = el.shadowRoot!.querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('DraftController', () => {
  beforeEach(() => storage.removeItem('test-draft'));
  afterEach(() => document.querySelectorAll('gr-draft-host').forEach((el) => el.parentElement!.remove()));

  it('restores what was typed, with the same idempotency key, in a re-created element', async () => {
    const first = await mountHost();
    expect(first.draft.restored).to.equal(false);
    type(first, '楼道里堆满了杂物');
    const key = first.draft.idempotencyKey;
    first.parentElement!.remove(); // disconnecting saves at once

    const second = await mountHost();
    expect(second.draft.restored).to.equal(true);
    expect(second.shadowRoot!.querySelector('textarea')!.value).to.equal('楼道里堆满了杂物');
    expect(second.draft.value.urgency).to.equal('normal');
    expect(second.draft.idempotencyKey).to.equal(key);
  });

  it('saves after a pause in typing', async () => {
    const el = await mountHost();
    type(el, 'abc');
    expect(storage.getItem('test-draft')).to.equal(null);
    await new Promise((r) => setTimeout(r, 40));
    expect(JSON.parse(storage.getItem('test-draft')!).value.description).to.equal('abc');
  });

  it('starts a new draft with a new key after clear', async () => {
    const el = await mountHost();
    type(el, 'done');
    const key = el.draft.idempotencyKey;
    el.draft.clear();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('');
    expect(el.draft.idempotencyKey).not.to.equal(key);
    expect(storage.getItem('test-draft')).to.equal(null);
  });

  it('ignores a corrupt saved draft', async () => {
    storage.setItem('test-draft', '{"version":1,"value":');
    const el = await mountHost();
    expect(el.draft.restored).to.equal(false);
    expect(el.draft.value.description).to.equal('');
  });
});
