// The same volunteers (20,000, or `?rows=N`) in <vaadin-grid> (Vaadin 25), for bench/volunteer-roster.bench.mjs.
// Data: an in-page array of the same rows, read once through the same memory adapter before timing
// (vaadin-grid's `items`); a filter keystroke filters that array in the page and sets `items` again.
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Grid } from '@vaadin/grid/vaadin-grid.js';
import type { Page } from '../../src/domain/common.js';
import type { Volunteer } from '../../src/domain/volunteers.js';
import { afterNextPaint, workDone } from './lib/timing.js';
import { benchAdapter, whenDom } from './volunteer-roster-data.js';

interface Row {
  name: string;
  teams: string;
  skills: string;
  availability: string;
  area: string;
  hours: number;
  phone: string;
}

const adapter = benchAdapter();
let all: Row[] = [];
let grid: Grid<Row> | undefined;
const COLUMNS: Array<[keyof Row, string]> = [
  ['name', '姓名'],
  ['teams', '服务队'],
  ['skills', '技能'],
  ['availability', '服务时间'],
  ['area', '所在社区'],
  ['hours', '本年时长'],
  ['phone', '手机'],
];

async function ready(): Promise<number> {
  const teams = new Map((await adapter.volunteers.teams()).map((t) => [t.id, t.name]));
  const items: Volunteer[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Volunteer> = await adapter.volunteers.query({ sort: 'name' }, { cursor, limit: 200 });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  all = items.map((v) => ({
    name: v.name,
    teams: v.teamIds.map((id) => teams.get(id) ?? id).join('、'),
    skills: v.skills.join('、'),
    availability: v.availability.join('、'),
    area: v.areaName,
    hours: v.hoursThisYear,
    phone: v.phone,
  }));
  return all.length;
}

const renderedRows = () => grid!.shadowRoot!.querySelectorAll('#items tr');

/** Element creation → the frame after its first rows are painted. */
async function firstRender(): Promise<{ ms: number; work: number; rows: number }> {
  grid?.remove();
  const start = performance.now();
  grid = document.createElement('vaadin-grid') as Grid<Row>;
  grid.style.height = '28rem';
  for (const [path, header] of COLUMNS) {
    const column = document.createElement('vaadin-grid-column');
    column.path = path;
    column.header = header;
    grid.append(column);
  }
  grid.items = all;
  document.body.append(grid);
  await whenDom(grid, () => grid!.querySelectorAll('vaadin-grid-cell-content').length > COLUMNS.length * 2 && renderedRows().length > 1);
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, rows: renderedRows().length };
}

/** A search box's input event → filter the array → the frame after the matching rows are painted. */
async function keystroke(text: string): Promise<{ ms: number; work: number; total: number }> {
  const start = performance.now();
  const filtered = text ? all.filter((r) => r.name.includes(text)) : all;
  grid!.items = filtered;
  await grid!.updateComplete;
  const first = filtered[0]?.name;
  await whenDom(grid!, () => !first || [...grid!.querySelectorAll('vaadin-grid-cell-content')].some((c) => c.textContent === first));
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, total: filtered.length };
}

async function scrollRows(steps: number): Promise<{ maxRendered: number }> {
  let maxRendered = 0;
  for (let i = 0; i < steps; i++) {
    grid!.scrollToIndex(Math.round(((i + 1) / steps) * (all.length - 1)));
    await afterNextPaint();
    await afterNextPaint();
    maxRendered = Math.max(maxRendered, renderedRows().length);
  }
  return { maxRendered };
}

Object.assign(window, { bench: { ready, firstRender, keystroke, scrollRows } });
