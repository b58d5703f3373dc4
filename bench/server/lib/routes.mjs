// The measured routes of the load bench: what each one asks the server, and its target.
import { performance } from 'node:perf_hooks';
import { call, describe, pool, summary } from './http.mjs';

/** Reads take this p95 or less; submits come at least this fast (issue 15). */
export const TARGETS = { readP95Ms: 20, submitsPerSecond: 500 };

const qs = (params) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) search.append(k, String(one));
  return `?${search}`;
};

/** An answer for a required question of a category (what the conformance kit's fixtures answer). */
function answerFor(q) {
  switch (q.datatype) {
    case 'number':
      return q.min ?? (q.max !== undefined ? Math.min(1, q.max) : 1);
    case 'datetime':
      return '2026-01-01T00:00:00.000Z';
    case 'single':
      return q.options?.[0]?.key ?? 'x';
    case 'multi':
      return q.options?.[0] ? [q.options[0].key] : [];
    case 'boolean':
      return true;
    default:
      return 'load bench';
  }
}

/** Fails loudly when a set-up call (not measured) does not answer 200. */
async function must(promise, what) {
  const res = await promise;
  if (res.status !== 200) throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.json).slice(0, 200)}`);
  return res.json;
}

/** Runs every route against the server at `base`; returns one result per route, in order. */
export async function runRoutes(base, plan, log) {
  const results = [];
  const run = async (route, kind, target, measure) => {
    log(`  ${route} …`);
    const result = await measure();
    results.push({ route, kind, target, ...result });
    log(`  ${route}: ${result.done} answers, ${result.errors} errors${result.errors ? ` (${result.errorSamples.join(', ')})` : ''}, p95 ${result.p95?.toFixed(1)} ms`);
    return result;
  };
  // Each read twice: alone (latency, held to the p95 target) and at plan.readConcurrency (throughput; SQLite
  // answers one call at a time on the server's thread, so there p95 is about that many calls' CPU time: shown only).
  const read = async (route, count, task) => {
    await run(route, 'read', { p95Ms: TARGETS.readP95Ms }, () => pool({ count, concurrency: 1, budgetMs: plan.readBudgetMs, task }));
    await run(route, 'read', {}, () => pool({ count, concurrency: plan.readConcurrency, budgetMs: plan.readBudgetMs, task }));
  };

  // Submit: a resident reports, one distinct key per report.
  const [category] = await must(call(base, 'GET', '/cases/categories', { token: 'resident' }), 'categories');
  const answers = Object.fromEntries(category.questions.filter((q) => q.required).map((q) => [q.code, answerFor(q)]));
  const runId = `${process.pid}-${Math.floor(performance.now())}`;
  const created = [];
  await run('submit', 'write', { perSecond: TARGETS.submitsPerSecond }, () =>
    pool({
      count: plan.writes,
      concurrency: plan.writeConcurrency,
      budgetMs: plan.budgetMs,
      task: async (i) => {
        const res = await call(base, 'POST', '/cases', {
          token: 'resident',
          key: `bench-submit-${runId}-${i}`,
          body: {
            categoryCode: category.code,
            answers,
            location: { areaId: 'd01-s01-c01-g1', address: `负载测试 ${i} 号` },
            description: `负载测试报告 ${i}`,
            urgency: 'normal',
            anonymous: false,
            name: '负载测试',
            phone: '13800000000',
          },
        });
        if (res.status === 200) created.push(res.json.id);
        return res;
      },
    }),
  );

  // Act: the grid centre accepts each reported case (a report that failed leaves one act undone: an error).
  await run('act (accept)', 'write', {}, () =>
    pool({
      count: plan.writes,
      concurrency: plan.writeConcurrency,
      budgetMs: plan.budgetMs,
      task: async (i) => {
        if (i >= created.length) throw new Error('no reported case to accept');
        return call(base, 'POST', `/cases/${encodeURIComponent(created[i])}/actions`, { token: 'grid-centre', key: `bench-act-${runId}-${i}`, body: { action: 'accept' } });
      },
    }),
  );

  // List with filters: the grid centre's queue, several filter sets in turn.
  const departments = await must(call(base, 'GET', '/cases/departments', { token: 'grid-centre' }), 'departments');
  const listFilters = [
    { status: ['reported', 'accepted'], limit: 20 },
    { areaId: 'd02', sort: 'newest', limit: 20 },
    { urgency: ['high', 'emergency'], limit: 20 },
    { categoryCode: category.code, status: 'dispatched', limit: 20 },
    { departmentId: departments[0]?.id ?? 'none', limit: 20 },
    { overdue: true, limit: 20 },
    { areaId: 'd01-s01-c01', sort: 'followers', limit: 20 },
  ];
  await read('list with filters', plan.reads, (i) => call(base, 'GET', `/cases${qs(listFilters[i % listFilters.length])}`, { token: 'grid-centre' }));

  // List paging deep: walkers follow nextCursor for `plan.deepPages` pages each.
  const walks = [{ sort: 'due' }, { sort: 'newest' }, { sort: 'followers' }, { status: 'closed' }, { areaId: 'd03', sort: 'newest' }];
  const walkPage = (w, cursor) => call(base, 'GET', `/cases${qs({ ...walks[w % walks.length], limit: 20, ...(cursor ? { cursor } : {}) })}`, { token: 'grid-centre' });
  // One walker after another (latency), then all at once (throughput), as for the other reads.
  await run(`list paging deep (${plan.deepPages} pages)`, 'read', { p95Ms: TARGETS.readP95Ms }, () => deepWalks(plan.readConcurrency, 1, plan.readBudgetMs, plan.deepPages, walkPage));
  await run(`list paging deep (${plan.deepPages} pages)`, 'read', {}, () => deepWalks(plan.readConcurrency, plan.readConcurrency, plan.readBudgetMs, plan.deepPages, walkPage));

  // Orgs children: the party-organisation tree opened level by level (ids collected first, unmeasured).
  const parents = await orgParents(base, 300);
  await read('orgs children', plan.reads, (i) => call(base, 'GET', `/orgs/${encodeURIComponent(parents[i % parents.length])}/children?limit=50`, { token: 'community-staff' }));

  // Volunteers query: the community staff's roster, several filters and sorts in turn.
  const volunteerFilters = [
    { limit: 50 },
    { skills: 'first-aid', limit: 50 },
    { availability: 'weekend', areaId: 'd01', limit: 50 },
    { partyMember: true, sort: 'hours-desc', limit: 50 },
    { text: '王', limit: 50 },
    { areaId: 'd02-s01', sort: 'joined-desc', limit: 50 },
  ];
  await read('volunteers query', plan.reads, (i) => call(base, 'GET', `/volunteers${qs(volunteerFilters[i % volunteerFilters.length])}`, { token: 'community-staff' }));

  // Services query: the community lists, by kind with a term, an audience, an area or text.
  const serviceFilters = [
    { kind: 'service', limit: 20 },
    { kind: 'service', audience: 'elderly', areaId: 'd01', limit: 20 },
    { kind: 'service', termIds: 't-elderly', limit: 20 },
    { kind: 'demand', areaId: 'd02-s01', limit: 20 },
    { kind: 'resource', text: '场地', limit: 20 },
    { kind: 'project', limit: 20 },
  ];
  await read('services query', plan.reads, (i) => call(base, 'GET', `/services${qs(serviceFilters[i % serviceFilters.length])}`, { token: 'resident' }));

  // Stats: each group's aggregates for the city and for districts, over a quarter and a month.
  const areas = ['city', 'd01', 'd02', 'd05'];
  for (const group of ['cases', 'volunteers', 'services']) {
    await read(`stats (${group})`, Math.ceil(plan.reads / 2), (i) =>
      call(base, 'GET', `/${group}/stats${qs({ areaId: areas[i % areas.length], period: i % 2 ? 'month' : 'quarter' })}`, { token: 'grid-centre' }),
    );
  }
  return results;
}

/** Parents in the org tree (nodes with children), breadth first from the roots, up to `max`. */
async function orgParents(base, max) {
  const roots = await must(call(base, 'GET', '/orgs/roots', { token: 'community-staff' }), 'orgs roots');
  const parents = [];
  const queue = roots.filter((o) => o.childCount > 0).map((o) => o.id);
  while (queue.length && parents.length < max) {
    const id = queue.shift();
    parents.push(id);
    const page = await must(call(base, 'GET', `/orgs/${encodeURIComponent(id)}/children?limit=50`, { token: 'community-staff' }), 'orgs children');
    for (const child of page.items) if (child.childCount > 0) queue.push(child.id);
  }
  return parents;
}

/** `walkers` walks, `concurrency` of them at once, each `pages` pages long (or to the end of its list); latency per page. */
async function deepWalks(walkers, concurrency, budgetMs, pages, page) {
  const latencies = [];
  const errors = [];
  let thrown = 0;
  let outOfTime = false;
  const start = performance.now();
  let nextWalk = 0;
  const walk = async (w) => {
    let cursor = null;
    for (let n = 0; n < pages; n++) {
      if (performance.now() - start > budgetMs) {
        outOfTime = true;
        return;
      }
      const t0 = performance.now();
      try {
        const res = await page(w, cursor);
        latencies.push(performance.now() - t0);
        if (res.status !== 200) {
          errors.push(describe(res));
          return;
        }
        cursor = res.json.nextCursor;
        if (!cursor) return;
      } catch (e) {
        errors.push(String(e.message ?? e));
        thrown++;
        return;
      }
    }
  };
  const worker = async () => {
    while (nextWalk < walkers) await walk(nextWalk++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // A walk that reaches the end of its list before `pages` asked for no more.
  return summary({ requested: latencies.length + thrown, latencies, errors, outOfTime, concurrency, wallMs: performance.now() - start });
}
