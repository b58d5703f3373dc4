// Benchmark page for <volunteer-roster> over REST: the reference server's 200,000 volunteers (SQLite), through a
// timing proxy. Driven by bench/rest-scale.bench.mjs. Each step starts from the unfiltered list and ends when the
// new rows are painted (the frame after the DOM settled) and every request it sent is answered.
import '../../src/elements/volunteer-roster/index.js';
import type { VolunteerRoster } from '../../src/elements/volunteer-roster/volunteer-roster.js';
import { requests, restAdapter, until } from './lib/rest-adapter.js';
import { afterNextPaint, workDone } from './lib/timing.js';

const adapter = restAdapter();
let roster: VolunteerRoster | undefined;
const root = () => roster!.shadowRoot!;
const rows = () => root().querySelectorAll('.body [role=row][data-i]');
/** What the list shows: the total and the first rows' names, so a step is done when it changed. */
const shown = () => `${root().querySelector('.total')?.textContent ?? ''}|${[...rows()].slice(0, 3).map((r) => r.querySelector('.vname')?.textContent).join(',')}`;
const settled = (since: number) => requests.started > since && requests.inFlight === 0;

interface Step {
  ms: number;
  work: number;
  /** The page's round trip of the step's last request (server + loopback + CORS + reading the answer). */
  requestMs: number;
  total: string;
}

/** Runs `act` and waits for the list to change, its requests answered, then laid out (`work`) and painted (`ms`). */
async function step(what: string, act: () => void, done: () => boolean = () => true): Promise<Step> {
  const before = shown();
  const since = requests.started;
  const start = performance.now();
  act();
  await until(root(), () => settled(since) && rows().length > 0 && shown() !== before && done(), what);
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, requestMs: requests.done.at(-1)!.ms, total: root().querySelector('.total')!.textContent! };
}

/** Element creation → session, teams and the first page fetched, the rows laid out and painted. */
async function firstPage(): Promise<Step> {
  roster?.remove();
  const start = performance.now();
  const since = requests.started;
  roster = document.createElement('volunteer-roster') as VolunteerRoster;
  roster.setAttribute('locale', 'zh-CN');
  roster.adapter = adapter;
  document.body.append(roster);
  await until(roster.shadowRoot!, () => settled(since) && rows().length > 0, 'first page');
  const work = workDone() - start;
  await afterNextPaint();
  // The districts' select fills from /areas in parallel; wait for it outside the timing.
  await until(root(), () => (root().querySelector<HTMLSelectElement>('#vr-district')?.options.length ?? 0) > 1, 'districts');
  return { ms: performance.now() - start, work, requestMs: requests.done.at(-1)!.ms, total: root().querySelector('.total')!.textContent! };
}

const search = () => root().querySelector<HTMLInputElement>('#vr-search')!;
const typeText = (text: string) => {
  search().value = text;
  search().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
};
const teamButton = (i: number) => root().querySelectorAll<HTMLButtonElement>('button.team')[i]!;
const skillBox = (i: number) => root().querySelectorAll<HTMLInputElement>('details.more input[type=checkbox]')[i]!;
const district = () => root().querySelector<HTMLSelectElement>('#vr-district')!;
const chooseDistrict = (i: number) => {
  district().selectedIndex = i;
  district().dispatchEvent(new Event('change', { bubbles: true }));
};

/** One filter, applied to the unfiltered list (timed), then taken off again (not timed). */
const FILTERS = {
  /** One input event; the roster waits the REST adapter's 150 ms pause in typing before it queries. */
  text: [(arg: string) => typeText(arg), () => typeText('')],
  team: [(arg: string) => teamButton(Number(arg)).click(), (arg: string) => teamButton(Number(arg)).click()],
  skill: [(arg: string) => skillBox(Number(arg)).click(), (arg: string) => skillBox(Number(arg)).click()],
  area: [(arg: string) => chooseDistrict(Number(arg)), () => chooseDistrict(0)],
} as const;

async function filter(kind: keyof typeof FILTERS, arg: string): Promise<Step> {
  const [apply, undo] = FILTERS[kind];
  const result = await step(`${kind} filter`, () => apply(arg));
  await step(`${kind} filter off`, () => undo(arg));
  return result;
}

/** Rows loaded so far (the element's paging controller: the DOM holds only the rows in view). */
const loaded = () => (roster as unknown as { paging: { items: unknown[] } }).paging.items.length;

/** Scrolls to the end of the loaded rows → the next page fetched and its first rows painted. */
async function nextPage(): Promise<Step & { loaded: number }> {
  const viewport = root().querySelector<HTMLElement>('.viewport')!;
  const maxIndex = () => Math.max(...[...rows()].map((r) => Number(r.getAttribute('data-i'))));
  const before = loaded();
  const since = requests.started;
  const start = performance.now();
  viewport.scrollTop = viewport.scrollHeight;
  await until(root(), () => settled(since) && loaded() > before && maxIndex() >= before, 'next page');
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, requestMs: requests.done.at(-1)!.ms, total: '', loaded: loaded() };
}

Object.assign(window, { bench: { ready: () => Promise.resolve(), firstPage, filter, nextPage, requests: () => requests.done.length } });
