import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { Page } from '../../src/adapters/contract.js';
import { AdapterError } from '../../src/adapters/errors.js';
import type { FetchPage } from '../../src/controllers/cursor-paging-controller.js';
import { ControllerHost, deferred, listed } from './helpers.js';

/** A backend of `count` rows named by prefix, 2 per page, with optional failures. */
function backend(prefix: string, count: number, failAt: Set<string | null> = new Set()) {
  const calls: (string | null)[] = [];
  const fetchPage: FetchPage<string> = async (cursor) => {
    calls.push(cursor);
    await Promise.resolve();
    if (failAt.has(cursor)) {
      failAt.delete(cursor);
      throw new AdapterError('timeout', 'slow');
    }
    const start = cursor === null ? 0 : Number(cursor);
    const items = Array.from({ length: Math.min(2, count - start) }, (_, i) => `${prefix}${start + i + 1}`);
    const next = start + 2 < count ? String(start + 2) : null;
    return { items, nextCursor: next, total: count } satisfies Page<string>;
  };
  return { fetchPage, calls };
}

describe('CursorPagingController', () => {
  let el: ControllerHost;
  beforeEach(async () => {
    el = await fixture<ControllerHost>(html`<gr-controller-host></gr-controller-host>`);
  });

  it('loads the first page, then more pages to the end', async () => {
    const { fetchPage, calls } = backend('row', 5);
    await el.paging.reset(fetchPage);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['row1', 'row2']);
    expect(el.paging.total).to.equal(5);
    expect(el.paging.hasMore).to.equal(true);

    await el.paging.loadMore();
    await el.paging.loadMore();
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['row1', 'row2', 'row3', 'row4', 'row5']);
    expect(el.paging.hasMore).to.equal(false);

    await el.paging.loadMore();
    expect(calls).to.deep.equal([null, '2', '4']);
  });

  it('de-duplicates concurrent loadMore calls', async () => {
    const { fetchPage, calls } = backend('row', 10);
    await el.paging.reset(fetchPage);
    const a = el.paging.loadMore();
    const b = el.paging.loadMore();
    expect(el.paging.loadingMore).to.equal(true);
    expect(a).to.equal(b);
    await a;
    expect(calls).to.deep.equal([null, '2']);
    expect(el.paging.items).to.have.length(4);
  });

  it('keeps loaded rows when loading more fails, and retry continues', async () => {
    const { fetchPage, calls } = backend('row', 6, new Set(['2']));
    await el.paging.reset(fetchPage);
    await el.paging.loadMore();
    await el.updateComplete;
    expect(el.paging.error?.code).to.equal('timeout');
    expect(listed(el)).to.deep.equal(['row1', 'row2']);
    expect(el.paging.hasMore).to.equal(true);

    await el.paging.retry();
    await el.updateComplete;
    expect(el.paging.error).to.equal(undefined);
    expect(listed(el)).to.deep.equal(['row1', 'row2', 'row3', 'row4']);
    expect(calls).to.deep.equal([null, '2', '2']);
  });

  it('retries a failed first page', async () => {
    const { fetchPage } = backend('row', 3, new Set([null]));
    await el.paging.reset(fetchPage);
    expect(el.paging.error?.code).to.equal('timeout');
    expect(el.paging.started).to.equal(false);
    await el.paging.retry();
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['row1', 'row2']);
  });

  it('reset on a filter change aborts the old query, whose rows never show', async () => {
    const slow = deferred<Page<string>>();
    let oldSignal!: AbortSignal;
    const oldQuery = el.paging.reset((_cursor, signal) => {
      oldSignal = signal;
      return slow.promise;
    });
    const filtered = backend('match', 3);
    const newQuery = el.paging.reset(filtered.fetchPage);
    expect(oldSignal.aborted).to.equal(true);
    await newQuery;
    slow.resolve({ items: ['stale1', 'stale2'], nextCursor: 'x', total: 99 });
    await oldQuery;
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['match1', 'match2']);
    expect(el.paging.total).to.equal(3);
  });

  it('aborts on disconnect and repeats the request on reconnect', async () => {
    const first = deferred<Page<string>>();
    const signals: AbortSignal[] = [];
    const pages = [first.promise, Promise.resolve({ items: ['a'], nextCursor: null, total: 1 })];
    void el.paging.reset((_c, signal) => {
      signals.push(signal);
      return pages[signals.length - 1]!;
    });
    const parent = el.parentElement!;
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
    first.resolve({ items: ['stale'], nextCursor: null, total: 1 });
    parent.append(el);
    await aTimeout(0);
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['a']);
  });
});
