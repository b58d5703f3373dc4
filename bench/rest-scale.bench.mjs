// The REST path at scale (issue 16, point 5): <volunteer-roster> and <party-org-tree> on createRestAdapter over
// the reference server of HEAD on loopback, SQLite with 200,000 volunteers and 100,000 organisations (seeded once,
// then cached: bench/lib/seeded-server.mjs). Requests go through a timing proxy (bench/lib/timing-proxy.mjs), so
// the server's time per route is recorded from outside. Each sample opens a fresh roster page (first page, a
// text / team / skill / area filter each on the unfiltered list, next pages) and a fresh tree page (first render,
// expand the largest family, its next page, search a name and reveal the hit).
import { loadavg } from 'node:os';
import process from 'node:process';
import Database from 'better-sqlite3';
import { autoSample, median, metric, openPage, timed } from './lib/harness.mjs';
import { startSeededServer } from './lib/seeded-server.mjs';
import { percentile, perRoute, startTimingProxy } from './lib/timing-proxy.mjs';

export const name = 'rest-scale';
export const timeoutMs = 600_000;

const SIZES = { volunteers: 200_000, orgNodes: 100_000 };
/** Surnames: their matches sit together in name order. Given-name characters: spread through it. */
const SURNAMES = ['王', '李', '张'];
const GIVEN = ['秀', '华', '明'];
const NEXT_PAGES = 3;
/** The tree's page size: the largest family has 36 children, so 20 leaves a next page to load. */
const TREE_PAGE = 20;
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 240_000);

/** Budgets: the server's reads p95 ≤ 20 ms (issue 15); a click → repaint ≤ 50 ms, a keystroke ≤ 50 ms after the 150 ms pause. */
const READ_P95 = { op: '<=', value: 20 };
const CLICK = { op: '<=', value: 50 };
const TYPED = { op: '<=', value: 200 };

/** The test data, from the served database: the largest family, its children in order, a uniquely named node to search. */
function testData(file) {
  const db = new Database(file, { readonly: true });
  try {
    const family = db.prepare('SELECT parent_id AS id, COUNT(*) AS n FROM organisations WHERE parent_id IS NOT NULL GROUP BY parent_id ORDER BY n DESC, parent_id LIMIT 1').get();
    const children = db.prepare('SELECT id FROM organisations WHERE parent_id = ? ORDER BY sort_key, id').all(family.id).map((r) => r.id);
    const target = db.prepare("SELECT MIN(id) AS id, name FROM organisations WHERE level = 'compound' AND parent_id NOT LIKE ? GROUP BY name HAVING COUNT(*) = 1 ORDER BY id DESC LIMIT 1").get(`${family.id.slice(0, 5)}%`);
    return { family: family.id, size: family.n, first: children[0], afterPage: children[TREE_PAGE], target };
  } finally {
    db.close();
  }
}

async function rosterSample(browser, url) {
  const page = await openPage(browser, url);
  const mid = (xs, key) => median(xs.map((x) => x[key]));
  try {
    const first = await timed(page, () => window.bench.firstPage());
    const texts = async (list) => {
      const out = [];
      for (const t of list) out.push(await timed(page, (x) => window.bench.filter('text', x), t));
      return { ms: mid(out, 'ms'), requestMs: mid(out, 'requestMs') };
    };
    const surname = await texts(SURNAMES);
    const given = await texts(GIVEN);
    const team = await timed(page, () => window.bench.filter('team', '5'));
    const skill = await timed(page, () => window.bench.filter('skill', '3'));
    const area = await timed(page, () => window.bench.filter('area', '2'));
    const next = [];
    for (let i = 0; i < NEXT_PAGES; i++) next.push(await timed(page, () => window.bench.nextPage()));
    return { first, surname, given, team, skill, area, next: { ms: mid(next, 'ms'), requestMs: mid(next, 'requestMs'), loaded: next.at(-1).loaded } };
  } finally {
    await page.close();
  }
}

async function treeSample(browser, url, data) {
  const page = await openPage(browser, url);
  try {
    const first = await timed(page, () => window.bench.firstRender());
    await page.evaluate((id) => window.bench.show(id), data.family);
    const expand = await timed(page, (d) => window.bench.expand(d.family, d.first), data);
    const more = await timed(page, (d) => window.bench.nextChildren(d.family, d.afterPage), data);
    const search = await timed(page, (name) => window.bench.search(name), data.target.name);
    const reveal = await timed(page, (t) => window.bench.chooseHit(t.name, t.id), data.target);
    return { first, expand, more, search, reveal };
  } finally {
    await page.close();
  }
}

export async function run({ browser, baseUrl, samples, maxSamples }) {
  const loadBefore = loadavg();
  const server = await startSeededServer({ sizes: SIZES });
  const proxy = await startTimingProxy(server.url);
  try {
    const data = testData(server.db);
    const api = encodeURIComponent(proxy.url);
    const rosterUrl = `${baseUrl}/bench/pages/rest-roster.html?api=${api}&token=admin`;
    const treeUrl = `${baseUrl}/bench/pages/rest-tree.html?api=${api}&token=admin&page=${TREE_PAGE}`;
    const m = {
      rFirst: metric('roster: first page (create → session, teams, 50 rows fetched and painted)', 'ms'),
      rText: metric(`roster: a surname typed → repainted (incl. the 150 ms pause; median of ${SURNAMES.join(' ')})`, 'ms', TYPED),
      rTextRequest: metric('roster: a surname typed: its request\'s round trip in the page', 'ms'),
      rGiven: metric(`roster: a given-name character typed → repainted (incl. the pause; median of ${GIVEN.join(' ')})`, 'ms', TYPED),
      rGivenRequest: metric('roster: a given-name character typed: its request\'s round trip in the page', 'ms'),
      rTeam: metric('roster: a team chosen → repainted', 'ms', CLICK),
      rSkill: metric('roster: a skill ticked → repainted', 'ms', CLICK),
      rArea: metric('roster: a district chosen → repainted', 'ms', CLICK),
      rNext: metric(`roster: scroll to the end → next 50 rows painted (median of ${NEXT_PAGES})`, 'ms', CLICK),
      tFirst: metric('tree: first render (create → roots fetched and painted)', 'ms'),
      tExpand: metric(`tree: expand the largest family → first ${TREE_PAGE} children painted`, 'ms', CLICK),
      tMore: metric('tree: "load more" → the family\'s next page painted', 'ms', CLICK),
      tSearch: metric('tree: a name typed → hits painted (incl. the 150 ms pause)', 'ms', TYPED),
      tReveal: metric('tree: a hit chosen → path expanded, node painted and selected', 'ms', CLICK),
    };
    const routes = {};
    const routeMetric = (route, p) => (routes[`${route} p${p}`] ??= metric(`server ${route}: p${p} (proxy-timed)`, 'ms', p === 95 ? READ_P95 : undefined));
    const one = async () => {
      const r = await rosterSample(browser, rosterUrl);
      const t = await treeSample(browser, treeUrl, data);
      return { r, t };
    };
    // One untimed pass first: the SQLite file's pages into the OS cache, the server's statements prepared.
    await one();
    proxy.clear();
    const all = [];
    const watch = () => [m.rFirst, m.rText, m.rTeam, m.rNext, m.tExpand, m.tReveal];
    await autoSample({ min: samples, max: maxSamples, budgetMs: BUDGET_MS, watch }, async () => {
      const from = proxy.timings.length;
      const { r, t } = await one();
      m.rFirst.samples.push(r.first.ms);
      m.rText.samples.push(r.surname.ms);
      m.rTextRequest.samples.push(r.surname.requestMs);
      m.rGiven.samples.push(r.given.ms);
      m.rGivenRequest.samples.push(r.given.requestMs);
      m.rTeam.samples.push(r.team.ms);
      m.rSkill.samples.push(r.skill.ms);
      m.rArea.samples.push(r.area.ms);
      m.rNext.samples.push(r.next.ms);
      m.tFirst.samples.push(t.first.ms);
      m.tExpand.samples.push(t.expand.ms);
      m.tMore.samples.push(t.more.ms);
      m.tSearch.samples.push(t.search.ms);
      m.tReveal.samples.push(t.reveal.ms);
      for (const [route, s] of Object.entries(perRoute(proxy.timings.slice(from)))) {
        routeMetric(route, 50).samples.push(s.p50);
        routeMetric(route, 95).samples.push(s.p95);
      }
      all.push(r.next.loaded);
    });
    const pooled = perRoute(proxy.timings);
    const errors = proxy.timings.filter((x) => x.status >= 400).length;
    const loadAfter = loadavg();
    const la = (l) => l.map((x) => x.toFixed(2)).join(' ');
    return {
      metrics: { ...m, ...routes },
      notes: [
        `Reference server of HEAD on SQLite, ${SIZES.volunteers.toLocaleString('en')} volunteers and ${SIZES.orgNodes.toLocaleString('en')} organisations, ${server.cached ? 'seeded file reused from node_modules/.cache/grassroots-bench-db' : `seeded now in ${(server.seedMs / 1000).toFixed(1)} s and cached in node_modules/.cache/grassroots-bench-db`}; the indexes are the schema's own (server/src/sql/migrations: volunteers by name, hours, joined day, each area level, availability, party, terms and skills; organisations by parent, order and name).`,
        'Server figures: a pass-through proxy on loopback times each request from sending it upstream to the last byte back (the server plus one loopback hop), named by its contract route and, for lists, what it asks; per sample the p50 and p95 of that sample\'s requests, the median over samples printed. Budget: reads p95 ≤ 20 ms.',
        `Pooled over all ${proxy.timings.length.toLocaleString('en')} timed requests (${errors} with status ≥ 400): ${Object.entries(pooled).map(([route, s]) => `${route} n=${s.n} p50 ${s.p50.toFixed(1)} p95 ${s.p95.toFixed(1)} max ${s.max.toFixed(1)} ms`).join('; ')}.`,
        `Browser budgets: a click → repaint ≤ 50 ms (the keystroke budget, no pause applies); typed text ≤ 200 ms = 50 ms after the REST adapter's 150 ms pause in typing. Token admin (sees all 200,000). Tree page size ${TREE_PAGE} (the largest family, ${data.family}, has ${data.size} children). One untimed warm-up pass before the samples.`,
        'A surname (王, 李, 张) is the hard text: its thousands of matches sit together in name order, so the server reads them through the term index and sorts them rather than walking the name index from the start (which took ~150 ms before that change); a given-name character, spread through the order, is the figure beside it. Its p95 is the text route\'s.',
        `Rows loaded after ${NEXT_PAGES} next pages: ${percentile(all, 50)}. Load average (1, 5, 15 min) before ${la(loadBefore)}, after ${la(loadAfter)}.`,
      ],
    };
  } finally {
    await proxy.close();
    await server.stop();
  }
}
