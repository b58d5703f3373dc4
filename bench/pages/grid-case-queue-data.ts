// What both case-queue bench pages share: the adapter, the tab's query, and the cases a keystroke finds.
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { emptyFilters, queueQuery } from '../../src/elements/grid-case-queue/queue-query.js';

/** Cases in the world: `?cases=N` in the page address, else 10,000 (both pages, so they compare). */
export const CASES = Number(new URLSearchParams(location.search).get('cases')) || 10_000;

/** Both pages use this adapter: CASES seeded cases, no latency, the city's grid centre (it sees every case). */
export const queueAdapter = () => createMemoryAdapter({ session: 'grid-centre', latency: 0, sizes: { cases: CASES } });

/** The backend query of the queue's "in progress" tab, no filter set (the rows both grids show). */
export const QUEUE_QUERY = queueQuery('in-progress', emptyFilters(), new Date());
