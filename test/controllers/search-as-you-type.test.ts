import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import type { QueryHints } from '../../src/adapters/contract.js';
import { MAX_QUERY_DEBOUNCE_MS, queryDebounceMs, SearchAsYouType } from '../../src/controllers/search-as-you-type.js';
import { manualTimers, type ManualTimers } from './manual-timers.js';

/** Just enough of a host to hold the controller and disconnect it. */
function host(): ReactiveControllerHost & { disconnect(): void } {
  const controllers: ReactiveController[] = [];
  return {
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}

describe('SearchAsYouType', () => {
  let timers: ManualTimers;
  beforeEach(() => (timers = manualTimers()));
  afterEach(() => timers.restore());

  it('queries at once on every keystroke when the adapter asks for no pause', () => {
    const search = new SearchAsYouType(host(), () => undefined);
    const ran: string[] = [];
    search.typed(() => ran.push('王'));
    search.typed(() => ran.push('王秀'));
    expect(ran).to.deep.equal(['王', '王秀']);
    expect(timers.pending).to.equal(0);
  });

  it('waits for the pause the adapter asks for, and only the last text is sent', () => {
    let hints: QueryHints | undefined = { queryDebounceMs: 150 };
    const search = new SearchAsYouType(host(), () => hints);
    const ran: string[] = [];
    search.typed(() => ran.push('王'));
    timers.tick(100);
    search.typed(() => ran.push('王秀'));
    expect(search.waiting).to.equal(true);
    timers.tick(149);
    expect(ran).to.deep.equal([]);
    timers.tick(1);
    expect(ran).to.deep.equal(['王秀']);
    expect(search.waiting).to.equal(false);
    // The hint is read per keystroke: an adapter swapped for one without a hint queries at once again.
    hints = undefined;
    search.typed(() => ran.push('李'));
    expect(ran).to.deep.equal(['王秀', '李']);
  });

  it('drops a waiting query on cancel (another filter queries with the text) and on disconnect', () => {
    const h = host();
    const search = new SearchAsYouType(h, () => ({ queryDebounceMs: 150 }));
    const ran: string[] = [];
    search.typed(() => ran.push('a'));
    search.cancel();
    search.typed(() => ran.push('b'));
    h.disconnect();
    timers.tick(1000);
    expect(ran).to.deep.equal([]);
  });

  it('makes a hint safe: not a number or not positive is no pause, a long one is capped', () => {
    expect(queryDebounceMs(undefined)).to.equal(0);
    expect(queryDebounceMs({})).to.equal(0);
    expect(queryDebounceMs({ queryDebounceMs: -5 })).to.equal(0);
    expect(queryDebounceMs({ queryDebounceMs: Number.NaN })).to.equal(0);
    expect(queryDebounceMs({ queryDebounceMs: '150' as unknown as number })).to.equal(150);
    expect(queryDebounceMs({ queryDebounceMs: 60_000 })).to.equal(MAX_QUERY_DEBOUNCE_MS);
  });

  it('the REST adapter asks for 150 ms by default (or its option); the memory adapter for none', () => {
    const rest = createRestAdapter({ baseUrl: 'https://example.invalid/api', fetch: () => Promise.reject(new Error('no network')) });
    expect(rest.volunteers.hints?.queryDebounceMs).to.equal(150);
    expect(rest.cases.hints?.queryDebounceMs).to.equal(150);
    expect(rest.orgs.hints?.queryDebounceMs).to.equal(150);
    expect(rest.services.hints?.queryDebounceMs).to.equal(150);
    expect(createRestAdapter({ baseUrl: 'https://example.invalid/api', queryDebounceMs: 0 }).volunteers.hints?.queryDebounceMs).to.equal(0);
    const memory = createMemoryAdapter({ latency: 0, sizes: { volunteers: 10 } });
    expect(memory.volunteers.hints).to.equal(undefined);
    expect(memory.cases.hints).to.equal(undefined);
    expect(memory.orgs.hints).to.equal(undefined);
    expect(memory.services.hints).to.equal(undefined);
  });
});
