import { expect, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import type { AreasApi, PageOptions } from '../../src/adapters/contract.js';
import { AdapterError } from '../../src/adapters/errors.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { AreaCascadeController, type AreaList } from '../../src/controllers/area-cascade-controller.js';
import type { Area } from '../../src/domain/areas.js';

const area = (id: string, level: Area['level'], parentId: string | null, childCount = 1): Area => ({ id, name: id, level, parentId, childCount });

interface Call {
  parentId: string;
  cursor: string | null | undefined;
  signal?: AbortSignal;
}

/**
 * A hand-made areas group: the city `c`, districts `d1`..`d5` (served two a page), each with streets; `hold`
 * keeps a parent's request open until released, `fail` makes its next request fail.
 */
function fakeAreas() {
  const calls: Call[] = [];
  const hold = new Map<string, Promise<void>>();
  const fail = new Set<string>();
  const children: Record<string, Area[]> = {
    c: [1, 2, 3, 4, 5].map((n) => area(`d${n}`, 'district', 'c')),
    d1: [area('d1-s1', 'street', 'd1'), area('d1-s2', 'street', 'd1')],
    d2: [area('d2-s1', 'street', 'd2')],
  };
  const api = {
    roots: () => Promise.resolve([area('c', 'city', null, 5)]),
    async children(parentId: string, options: PageOptions = {}) {
      calls.push({ parentId, cursor: options.cursor, signal: options.signal });
      await hold.get(parentId);
      options.signal?.throwIfAborted();
      if (fail.delete(parentId)) throw new AdapterError('network', 'offline');
      const all = children[parentId] ?? [];
      const start = Number(options.cursor ?? 0);
      const end = start + 2;
      return { items: all.slice(start, end), nextCursor: end < all.length ? String(end) : null, total: all.length };
    },
  } as unknown as AreasApi;
  return { api, calls, hold, fail };
}

class CascadeHost extends LitElement {
  api?: AreasApi;
  path: string[] = [];
  cascade = new AreaCascadeController(this, { areas: () => this.api, pageSize: 2 });
  shown: AreaList[] = [];
  override render() {
    this.shown = this.cascade.levels(this.path);
    return html`${this.shown.map((l) => html`<p>${l.status === 'complete' ? l.areas.map((a) => a.id).join(',') : l.status}</p>`)}`;
  }
}
customElements.define('gr-cascade-host', CascadeHost);

async function mount(api: AreasApi): Promise<CascadeHost> {
  const el = document.createElement('gr-cascade-host') as CascadeHost;
  el.api = api;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const shownText = (el: CascadeHost) => [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);

async function choose(el: CascadeHost, path: string[]): Promise<void> {
  el.path = path;
  el.requestUpdate();
  await el.updateComplete;
}

describe('AreaCascadeController', () => {
  afterEach(() => document.querySelectorAll('gr-cascade-host').forEach((el) => el.remove()));

  it('reads each level with cursor paging to its last page', async () => {
    const { api, calls } = fakeAreas();
    const el = await mount(api);
    expect(shownText(el)).to.deep.equal(['loading']);
    await waitUntil(() => shownText(el)[0] !== 'loading');
    expect(shownText(el)).to.deep.equal(['d1,d2,d3,d4,d5']);
    expect(calls.map((c) => c.cursor ?? null)).to.deep.equal([null, '2', '4']);
    await choose(el, ['d1']);
    await waitUntil(() => shownText(el)[1] === 'd1-s1,d1-s2');
    // Going back to a level already read asks nothing again.
    await choose(el, ['d2']);
    await waitUntil(() => shownText(el)[1] === 'd2-s1');
    await choose(el, ['d1']);
    expect(shownText(el)).to.deep.equal(['d1,d2,d3,d4,d5', 'd1-s1,d1-s2']);
    expect(calls.filter((c) => c.parentId === 'd1')).to.have.length(1);
  });

  it('reads a whole memory-adapter level of more than one page (the 200-row cap)', async () => {
    const memory = createMemoryAdapter({ latency: 0 });
    const pages: Array<string | null | undefined> = [];
    const areas = {
      ...memory.areas,
      children: (id: string, o?: PageOptions) => (pages.push(o?.cursor), memory.areas.children(id, { ...o, limit: 3 })),
    };
    const el = document.createElement('gr-cascade-host') as CascadeHost;
    el.cascade = new AreaCascadeController(el, { areas: () => areas, pageSize: 3 });
    document.body.append(el);
    await waitUntil(() => el.shown[0]?.status === 'complete');
    const districts = el.shown[0]!.status === 'complete' ? el.shown[0]!.areas : [];
    const [city] = await memory.areas.roots();
    expect(districts.length).to.equal(city!.childCount);
    expect(pages.length).to.equal(Math.ceil(city!.childCount / 3));
  });

  it('keeps an error with a retry that loads the level again', async () => {
    const { api, fail } = fakeAreas();
    fail.add('c');
    const el = await mount(api);
    await waitUntil(() => el.shown[0]?.status === 'error');
    const failed = el.shown[0]!;
    expect(failed.status === 'error' && failed.error.code).to.equal('network');
    if (failed.status === 'error') failed.retry();
    await el.updateComplete;
    expect(shownText(el)).to.deep.equal(['loading']);
    await waitUntil(() => shownText(el)[0] === 'd1,d2,d3,d4,d5');
  });

  it('a level in error is tried afresh when chosen again', async () => {
    const { api, fail } = fakeAreas();
    const el = await mount(api);
    await waitUntil(() => el.shown[0]?.status === 'complete');
    fail.add('d1');
    await choose(el, ['d1']);
    await waitUntil(() => el.shown[1]?.status === 'error');
    await choose(el, ['d2']);
    await choose(el, ['d1']);
    await waitUntil(() => shownText(el)[1] === 'd1-s1,d1-s2');
  });

  it('choose, from a change handler, tries a failed level on the path again', async () => {
    const { api, fail, calls } = fakeAreas();
    const el = await mount(api);
    await waitUntil(() => el.shown[0]?.status === 'complete');
    fail.add('d2');
    await choose(el, ['d2']);
    await waitUntil(() => el.shown[1]?.status === 'error');
    // Picked again (another option and back, before any render): a fresh try.
    el.cascade.choose(['d2']);
    await waitUntil(() => shownText(el)[1] === 'd2-s1');
    expect(calls.filter((c) => c.parentId === 'd2')).to.have.length(2);
  });

  it('aborts the load of a level that is no longer on the chosen path', async () => {
    const { api, calls, hold } = fakeAreas();
    const el = await mount(api);
    await waitUntil(() => el.shown[0]?.status === 'complete');
    let release!: () => void;
    hold.set('d1', new Promise((r) => (release = r)));
    await choose(el, ['d1']);
    expect(shownText(el)[1]).to.equal('loading');
    const d1 = calls.find((c) => c.parentId === 'd1')!;
    await choose(el, ['d2']);
    expect(d1.signal?.aborted).to.equal(true);
    await waitUntil(() => shownText(el)[1] === 'd2-s1');
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(shownText(el)).to.deep.equal(['d1,d2,d3,d4,d5', 'd2-s1']);
    // Clearing the choice aborts too, and a new adapter starts over.
    hold.set('d2', new Promise(() => undefined));
    const second = fakeAreas();
    el.api = second.api;
    await choose(el, []);
    expect(shownText(el)).to.deep.equal(['loading']);
    await waitUntil(() => shownText(el)[0] === 'd1,d2,d3,d4,d5');
    expect(second.calls).to.have.length(3);
  });

  it('says when there is no areas group, and stops a loop of cursors', async () => {
    const { api } = fakeAreas();
    const looping = { ...api, children: () => Promise.resolve({ items: [], nextCursor: 'again', total: null }) } as unknown as AreasApi;
    const el = await mount(looping);
    await waitUntil(() => el.shown[0]?.status === 'error');
    expect(el.shown[0]!.status === 'error' && el.shown[0]!.error.code).to.equal('invalid_response');
    expect(el.cascade.available).to.equal(true);
    el.api = undefined;
    expect(el.cascade.available).to.equal(false);
  });
});
