import { expect } from '@open-wc/testing';
import { html, LitElement, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { DraftController } from '../../src/controllers/draft-controller.js';
import { cityClock, frozenClock, setCityClock, type CityClock } from '../../src/domain/city-clock.js';
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

interface Contact {
  description: string;
  name: string;
}

const lasting = memoryStorage();
const session = memoryStorage();
const DAY_MS = 86_400_000;

/** A draft whose `name` is kept for the browser session only and which expires after a day. */
class PrivateDraftHost extends LitElement {
  draft = new DraftController<Contact>(this, {
    key: 'test-private',
    initial: () => ({ description: '', name: '' }),
    storage: lasting,
    sessionStorage: session,
    sessionKeys: ['name'],
    maxAgeMs: DAY_MS,
    debounceMs: 10,
  });
}
customElements.define('gr-private-draft-host', PrivateDraftHost);

function mountPrivate(): PrivateDraftHost {
  const el = document.createElement('gr-private-draft-host') as PrivateDraftHost;
  document.body.append(el);
  return el;
}

const savedValue = (storage: ReturnType<typeof memoryStorage>) => {
  const raw = storage.getItem('test-private');
  return raw ? (JSON.parse(raw) as { value: Partial<Contact>; savedAt?: string }) : null;
};

describe('DraftController on a shared computer', () => {
  let clock: CityClock;
  beforeEach(() => {
    clock = cityClock();
    setCityClock(frozenClock('2026-11-20T02:00:00Z'));
    lasting.removeItem('test-private');
    session.removeItem('test-private');
  });
  afterEach(() => {
    setCityClock(clock);
    document.querySelectorAll('gr-private-draft-host').forEach((el) => el.remove());
  });

  it('keeps session keys in session storage only, and joins the two halves on restore', () => {
    const first = mountPrivate();
    first.draft.update({ description: 'Lamp out', name: 'Li Na' });
    first.remove();
    expect(savedValue(lasting)!.value).to.deep.equal({ description: 'Lamp out' });
    expect(savedValue(lasting)!.savedAt).to.equal('2026-11-20T02:00:00.000Z'); // the city clock, not the wall clock
    expect(savedValue(session)!.value).to.deep.equal({ name: 'Li Na' });
    const second = mountPrivate();
    expect(second.draft.value).to.deep.equal({ description: 'Lamp out', name: 'Li Na' });
  });

  it('never joins another draft’s session half', () => {
    session.setItem('test-private', JSON.stringify({ version: 1, value: { name: 'Someone else' }, idempotencyKey: 'other-draft' }));
    lasting.setItem('test-private', JSON.stringify({ version: 1, value: { description: 'Mine' }, idempotencyKey: 'mine', savedAt: '2026-11-20T01:00:00Z' }));
    const el = mountPrivate();
    expect(el.draft.value).to.deep.equal({ description: 'Mine', name: '' });
    expect(session.getItem('test-private')).to.equal(null);
  });

  it('moves a session key out of lasting storage when an older draft held it there', () => {
    lasting.setItem('test-private', JSON.stringify({ version: 1, value: { description: 'Old', name: 'Li Na' }, idempotencyKey: 'old', savedAt: '2026-11-20T01:00:00Z' }));
    const el = mountPrivate();
    expect(el.draft.value.name).to.equal('Li Na');
    expect(savedValue(lasting)!.value).to.deep.equal({ description: 'Old' });
    expect(savedValue(session)!.value).to.deep.equal({ name: 'Li Na' });
  });

  it('deletes a draft older than maxAgeMs by the city clock instead of restoring it', () => {
    const first = mountPrivate();
    first.draft.update({ description: 'Lamp out', name: 'Li Na' });
    first.remove();
    setCityClock(frozenClock(Date.parse('2026-11-20T02:00:00Z') + DAY_MS - 1));
    const kept = mountPrivate();
    expect(kept.draft.restored).to.equal(true);
    kept.remove(); // unchanged: not saved again, so it keeps its age
    setCityClock(frozenClock(Date.parse('2026-11-20T02:00:00Z') + DAY_MS + 1));
    const fresh = mountPrivate();
    expect(fresh.draft.restored).to.equal(false);
    expect(fresh.draft.expired).to.equal(true);
    expect(fresh.draft.value).to.deep.equal({ description: '', name: '' });
    expect(lasting.size() + session.size()).to.equal(0);
  });

  it('applies a shorter maximum age set later to the draft it restored', () => {
    const first = mountPrivate();
    first.draft.update({ description: 'Lamp out' });
    first.remove();
    setCityClock(frozenClock(Date.parse('2026-11-20T02:00:00Z') + 3 * 3_600_000));
    const el = mountPrivate();
    expect(el.draft.setMaxAge(DAY_MS / 2)).to.equal(false);
    expect(el.draft.setMaxAge(3_600_000)).to.equal(true);
    expect(el.draft.expired).to.equal(true);
    expect(lasting.getItem('test-private')).to.equal(null);
  });

  it('writes nothing until something is typed, and nothing again after clear', () => {
    const el = mountPrivate();
    el.remove();
    expect(lasting.size() + session.size()).to.equal(0);
    const again = mountPrivate();
    again.draft.update({ description: 'Sent', name: 'Li Na' });
    again.draft.flush();
    expect(lasting.size() + session.size()).to.equal(2);
    again.draft.clear();
    again.remove(); // disconnecting after clear must not save the empty draft
    expect(lasting.size() + session.size()).to.equal(0);
  });
});
