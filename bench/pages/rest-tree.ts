// Benchmark page for <party-org-tree> over REST: the reference server's 100,000 organisations (SQLite), through a
// timing proxy. Driven by bench/rest-scale.bench.mjs. `?page=N` is the tree's page size: the seeded city's largest
// family has 36 children, under the default 50, so the bench asks for 20 to have a next page to load.
import '../../src/elements/party-org-tree/index.js';
import type { PartyOrgTree } from '../../src/elements/party-org-tree/party-org-tree.js';
import { requests, restAdapter, until } from './lib/rest-adapter.js';
import { afterNextPaint, workDone } from './lib/timing.js';

const adapter = restAdapter();
const pageSize = new URLSearchParams(location.search).get('page') ?? '20';
let tree: PartyOrgTree | undefined;
const root = () => tree!.shadowRoot!;
const rows = () => root().querySelectorAll('[role=treeitem]');
const row = (id: string) => root().querySelector<HTMLElement>(`[role=treeitem][data-key="${CSS.escape(id)}"]`);
const settled = (since: number) => requests.started > since && requests.inFlight === 0;

interface Step {
  ms: number;
  work: number;
  /** The page's round trip of the step's last request. */
  requestMs: number;
  rows: number;
}

/** `act` → `done()` and (unless `answered` is false) every request it sent answered → laid out, painted. */
async function timedStep(what: string, act: () => void, done: () => boolean, answered = true): Promise<Step> {
  const since = requests.started;
  const start = performance.now();
  act();
  await until(root(), () => (!answered || settled(since)) && done(), what);
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, requestMs: requests.done.at(-1)!.ms, rows: rows().length };
}

/** Element creation → the roots fetched, laid out and painted (nothing expanded). */
async function firstRender(): Promise<Step> {
  tree?.remove();
  tree = document.createElement('party-org-tree') as PartyOrgTree;
  tree.setAttribute('locale', 'zh-CN');
  tree.setAttribute('expanded-depth', '0');
  tree.setAttribute('page-size', pageSize);
  tree.adapter = adapter;
  return timedStep('first render', () => document.body.append(tree!), () => rows().length > 0);
}

/** Reveals `id` (the tree's own path walk, untimed): the family to expand is then on screen. */
async function show(id: string): Promise<void> {
  await tree!.reveal(id);
  await until(root(), () => !!row(id), `show ${id}`);
  await afterNextPaint();
}

/** A click on `id`'s twisty → its first page of children fetched and painted. */
function expand(id: string, firstChild: string): Promise<Step> {
  return timedStep('expand', () => row(id)!.querySelector<HTMLElement>('[data-toggle]')!.click(), () => !!row(firstChild));
}

/** Scrolls `id`'s "load more" row into the rendered window (untimed), clicks it → the next page fetched, `lastChild` painted. */
async function nextChildren(id: string, lastChild: string): Promise<Step> {
  const viewport = root().querySelector<HTMLElement>('.viewport')!;
  for (let i = 0; i < 100 && !row(`more:${id}`); i++) {
    viewport.scrollTop += viewport.clientHeight / 2;
    await afterNextPaint();
  }
  const more = row(`more:${id}`)!;
  more.scrollIntoView({ block: 'center' });
  await afterNextPaint();
  return timedStep('next children', () => more.click(), () => !!row(lastChild));
}

/** Types `name` into the tree's search (one input event; the 150 ms pause applies) → the hits painted. */
function search(name: string): Promise<Step> {
  const input = root().querySelector<HTMLInputElement>('#org-search')!;
  const hitNamed = () => [...root().querySelectorAll('.hit .name')].some((n) => n.textContent === name);
  return timedStep(
    'search',
    () => {
      input.value = name;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: name }));
    },
    hitNamed,
  );
}

/**
 * A click on the hit for `id` → the path's children fetched, the node painted and selected. Selecting also
 * fetches the detail panel's organisation and members; that is not waited for.
 */
function chooseHit(name: string, id: string): Promise<Step> {
  const hit = [...root().querySelectorAll<HTMLButtonElement>('.hit')].find((b) => b.querySelector('.name')?.textContent === name)!;
  return timedStep('reveal', () => hit.click(), () => row(id)?.getAttribute('aria-selected') === 'true', false);
}

Object.assign(window, { bench: { ready: () => Promise.resolve(), firstRender, show, expand, nextChildren, search, chooseHit } });
