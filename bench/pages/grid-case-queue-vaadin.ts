// The case queue's rows in <vaadin-grid> (Vaadin 25), for bench/grid-case-queue.bench.mjs: the cases of the
// queue's "in progress" tab among 10,000 (or `?cases=N`), read once through the same memory adapter before timing
// (vaadin-grid's `items`), in the queue's order and with its visible columns (a selection column, then number,
// category, place, state, reported, time left, department, followers), each cell's text made at render time with
// the queue's own formatting, as the queue makes it. A keystroke filters that array in the page (the fields the
// memory adapter searches: number, category in both languages, description, address) and sets `items` again.
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import '@vaadin/grid/vaadin-grid-selection-column.js';
import type { Grid, GridItemModel } from '@vaadin/grid/vaadin-grid.js';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import { isOverdue } from '../../src/domain/case-machine.js';
import type { CaseSummary } from '../../src/domain/cases.js';
import type { Page } from '../../src/domain/common.js';
import { placeText, spanText } from '../../src/elements/grid-case-queue/case-grid.js';
import type { QueueT } from '../../src/elements/grid-case-queue/messages.js';
import { zhCN } from '../../src/elements/grid-case-queue/messages.zh-CN.js';
import { CASE_STATE_KEYS } from '../../src/elements/shared/case-label-keys.js';
import { cityNow } from '../../src/domain/city-clock.js';
import { formatDateTime, formatNumber } from '../../src/i18n/format.js';
import { formatMessage, type MessageValue } from '../../src/i18n/translator.js';
import { afterNextPaint, workDone } from './lib/timing.js';
import { queueAdapter, QUEUE_QUERY } from './grid-case-queue-data.js';
import { whenDom } from './volunteer-roster-data.js';

interface Row {
  kase: CaseSummary;
  /** What the memory adapter's text filter reads, lower-cased. */
  search: string;
}

const LOCALE = 'zh-CN';
const words = zhCN as unknown as Record<string, MessageValue>;
const t = ((key: string, params = {}) => formatMessage(words[key] ?? key, params, LOCALE)) as QueueT;

/** The queue's cell texts, one function a column. */
function cells(now: Date): Array<[string, (k: CaseSummary) => string]> {
  return [
    [t('queue.col.number'), (k) => k.publicNumber],
    [t('queue.col.category'), (k) => k.categoryName],
    [t('queue.col.place'), (k) => placeText(k, LOCALE)],
    [t('queue.col.status'), (k) => t(CASE_STATE_KEYS[k.status])],
    [t('queue.col.reported'), (k) => formatDateTime(k.createdAt, LOCALE, { dateStyle: 'short', timeStyle: 'short' })],
    [
      t('queue.col.due'),
      (k) => {
        if (k.status === 'handled' || k.status === 'verified' || k.status === 'closed') return t('queue.settled');
        const left = Date.parse(k.dueAt) - now.getTime();
        return isOverdue(k, now) ? `⚠ ${t('queue.overdueBy', { time: spanText(t, left, LOCALE) })}` : t('queue.timeLeft', { time: spanText(t, left, LOCALE) });
      },
    ],
    [t('queue.col.department'), (k) => k.department?.name ?? t('queue.noDepartment')],
    [t('queue.col.followers'), (k) => formatNumber(k.followers, LOCALE)],
  ];
}

const adapter = queueAdapter();
let all: Row[] = [];
let grid: Grid<Row> | undefined;

async function ready(): Promise<number> {
  const english = new Map((await adapter.cases.categories({ locale: 'en' })).map((c) => [c.code, c.name]));
  const items: CaseSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<CaseSummary> = await adapter.cases.list({ ...QUEUE_QUERY }, { cursor: cursor ?? undefined, limit: 200, locale: LOCALE });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  all = items.map((kase) => ({
    kase,
    search: [kase.publicNumber, kase.categoryName, english.get(kase.categoryCode) ?? '', kase.description, kase.location.address].join(' ').toLowerCase(),
  }));
  return all.length;
}

const renderedRows = () => grid!.shadowRoot!.querySelectorAll('#items tr');
const cellTexts = () => [...grid!.querySelectorAll('vaadin-grid-cell-content')].map((c) => c.textContent);

/** Element creation → its first rows laid out (`work`) and painted (`ms`). */
async function firstRender(): Promise<{ ms: number; work: number; rows: number }> {
  grid?.remove();
  const start = performance.now();
  grid = document.createElement('vaadin-grid') as Grid<Row>;
  grid.style.height = '30rem';
  grid.append(document.createElement('vaadin-grid-selection-column'));
  const now = cityNow();
  for (const [header, text] of cells(now)) {
    const column = document.createElement('vaadin-grid-column') as GridColumn<Row>;
    column.header = header;
    column.renderer = (cell: HTMLElement, _c: GridColumn<Row>, model: GridItemModel<Row>) => {
      cell.textContent = text(model.item.kase);
    };
    grid.append(column);
  }
  grid.items = all;
  document.body.append(grid);
  const first = all[0]?.kase.publicNumber;
  await whenDom(grid, () => renderedRows().length > 1 && cellTexts().includes(first ?? ''));
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, rows: renderedRows().length };
}

/** A search box's input event → filter the array → the matching rows laid out (`work`) and painted (`ms`). */
async function keystroke(text: string): Promise<{ ms: number; work: number; total: number }> {
  const start = performance.now();
  const needle = text.trim().toLowerCase();
  const filtered = needle ? all.filter((r) => r.search.includes(needle)) : all;
  grid!.items = filtered;
  await (grid as unknown as { updateComplete: Promise<unknown> }).updateComplete; // a LitElement, not in its types
  const first = filtered[0]?.kase.publicNumber;
  await whenDom(grid!, () => !first || cellTexts().includes(first));
  const work = workDone() - start;
  await afterNextPaint();
  return { ms: performance.now() - start, work, total: filtered.length };
}

Object.assign(window, { bench: { ready, firstRender, keystroke } });
