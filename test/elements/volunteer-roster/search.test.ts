import { expect } from '@open-wc/testing';
import type { VolunteerQuery } from '../../../src/domain/volunteers.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { VolunteerRoster } from '../../../src/elements/volunteer-roster/volunteer-roster.js';
import { manualTimers } from '../../controllers/manual-timers.js';
import { $, expected, makeAdapter, mountRoster, rowNames, waitForTotal } from './helpers.js';

interface Seen {
  text: string | undefined;
  signal: AbortSignal | undefined;
}

/** Records every volunteers.query the roster sends (wrap before mounting: the roster keeps the methods it found). */
function recordQueries(adapter: MemoryAdapter, hold?: (text: string | undefined) => Promise<void> | undefined): Seen[] {
  const seen: Seen[] = [];
  const query = adapter.volunteers.query;
  adapter.volunteers.query = async (q: VolunteerQuery, o) => {
    seen.push({ text: q.text, signal: o?.signal });
    await hold?.(q.text);
    return query(q, o);
  };
  return seen;
}

/** One keystroke's input event, as the search box gets it. */
function type(el: VolunteerRoster, value: string): void {
  const input = $<HTMLInputElement>(el, '#vr-search')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<volunteer-roster> search as you type', function () {
  this.timeout(20000);

  it('asks the backend on the keystroke itself: no timer stands between typing and the query', async () => {
    const adapter = makeAdapter();
    const seen = recordQueries(adapter);
    const el = await mountRoster(adapter);
    const timers = manualTimers();
    try {
      type(el, '王');
      // Sent before any timer could have fired: the clock has not moved.
      expect(seen.at(-1)?.text).to.equal('王');
    } finally {
      timers.restore();
    }
    const want = await expected(adapter, { text: '王' });
    await waitForTotal(el, want.total);
    expect(rowNames(el)).to.deep.equal(want.names);
  });

  it('aborts the stale query when typing goes on, and its late answer never shows', async () => {
    const adapter = makeAdapter();
    let releaseStale!: () => void;
    const stale = new Promise<void>((resolve) => (releaseStale = resolve));
    const seen = recordQueries(adapter, (text) => (text === '王' ? stale : undefined));
    const el = await mountRoster(adapter);
    type(el, '王');
    type(el, '王秀');
    const first = seen.find((s) => s.text === '王')!;
    const last = seen.find((s) => s.text === '王秀')!;
    expect(first.signal?.aborted, 'the stale query is aborted').to.equal(true);
    expect(last.signal?.aborted).to.equal(false);
    const want = await expected(adapter, { text: '王秀' });
    await waitForTotal(el, want.total);
    releaseStale();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(want.names);
  });

  it("honours the adapter's pause: one query for the last text, after queryDebounceMs without typing", async () => {
    const adapter = makeAdapter();
    Object.assign(adapter.volunteers, { hints: { queryDebounceMs: 150 } });
    const seen = recordQueries(adapter);
    const el = await mountRoster(adapter);
    const before = seen.length;
    const timers = manualTimers();
    try {
      type(el, '王');
      timers.tick(100);
      type(el, '王秀');
      timers.tick(149);
      expect(seen.length, 'nothing sent during the pause').to.equal(before);
      timers.tick(1);
      expect(seen.slice(before).map((s) => s.text)).to.deep.equal(['王秀']);
    } finally {
      timers.restore();
    }
    await waitForTotal(el, (await expected(adapter, { text: '王秀' })).total);
  });

  it('a filter changed during the pause queries at once, with the text typed so far', async () => {
    const adapter = makeAdapter();
    Object.assign(adapter.volunteers, { hints: { queryDebounceMs: 150 } });
    const seen = recordQueries(adapter);
    const el = await mountRoster(adapter);
    const before = seen.length;
    const timers = manualTimers();
    try {
      type(el, '王');
      const party = $<HTMLSelectElement>(el, '#vr-party')!;
      party.value = 'yes';
      party.dispatchEvent(new Event('change', { bubbles: true }));
      expect(seen.slice(before).map((s) => s.text)).to.deep.equal(['王']);
      timers.tick(1000);
      expect(seen.length - before, 'the pending text query was dropped').to.equal(1);
    } finally {
      timers.restore();
    }
    await waitForTotal(el, (await expected(adapter, { text: '王', partyMember: true })).total);
  });
});
