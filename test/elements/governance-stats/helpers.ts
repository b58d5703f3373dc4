import { fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { Adapter } from '../../../src/adapters/contract.js';
import type { CaseSummary, StatsQuery } from '../../../src/domain/index.js';
import '../../../src/elements/governance-stats/index.js';
import type { GovernanceStats } from '../../../src/elements/governance-stats/governance-stats.js';
import { TEST_NOW } from '../../helpers/city-clock.js';
import { cityDay, cityMonday, listAll, overdueAt, within } from '../../adapters/memory/queue-helpers.js';

export const NOW = TEST_NOW;
const DAY = 86_400_000;

export function memory(): MemoryAdapter {
  return createMemoryAdapter({ session: 'grid-centre', latency: 0, now: () => NOW });
}

export interface MountOptions {
  locale?: string;
  period?: string;
  from?: string;
  to?: string;
}

/** A `<governance-stats>` on the adapter, waited for until its figures (or a state) show. */
export async function mountStats(adapter: Adapter, options: MountOptions = {}): Promise<GovernanceStats> {
  const el = await fixture<GovernanceStats>(html`<governance-stats
    .adapter=${adapter}
    locale=${options.locale ?? 'en'}
    period=${options.period ?? 'month'}
    from=${options.from ?? ''}
    to=${options.to ?? ''}
  ></governance-stats>`);
  await settled(el);
  return el;
}

/** Waits until figures, an empty state or an error show, and no load is pending. */
export async function settled(el: GovernanceStats): Promise<void> {
  await until(() => $(el, '[data-window], [part=error]') !== null && $(el, '.results[aria-busy=true], [part=loading]') === null, 'the statistics did not settle');
  await el.updateComplete;
}

export function $<T extends Element = HTMLElement>(el: GovernanceStats, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: GovernanceStats, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The shown value of a headline figure. */
export function figure(el: GovernanceStats, key: string): string {
  return text($(el, `[data-figure="${key}"] .value`));
}

/** A chart's data table as rows of cell texts (header row first). */
export function tableRows(el: GovernanceStats, chart: string): string[][] {
  return $$(el, `#${chart}-table tr`).map((tr) => [...tr.querySelectorAll('th, td')].map((c) => text(c)));
}

export function until(condition: () => unknown, message?: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 15_000, interval: 20 });
}

// --- the figures, worked out again from the case list (paged as the grid centre) -------------------

const cityMidnight = (ms: number) => Date.parse(`${cityDay(ms)}T00:00:00+08:00`);

export function periodOf(query: StatsQuery): [number, number] {
  const endOfToday = cityMidnight(NOW.getTime() + DAY);
  if (query.from) return [Date.parse(query.from), query.to ? Date.parse(query.to) : endOfToday];
  const days = { week: 7, month: 30, quarter: 90 }[query.period ?? 'month'];
  return [cityMidnight(NOW.getTime() - (days - 1) * DAY), endOfToday];
}

function middle(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

let all: Promise<CaseSummary[]> | undefined;
/** Every case, paged through `cases.list` as the grid centre, once per test page. */
export function everyCase(): Promise<CaseSummary[]> {
  all ??= listAll(memory());
  return all;
}

export interface Expected {
  reported: number;
  closed: number;
  onTimeRate: number | null;
  medianDaysToClose: number | null;
  overdueNow: number;
  urged: number;
  ratings: number[];
  byCategory: Map<string, { reported: number; closed: number }>;
  weekly: Array<{ weekStart: string; reported: number; closed: number }>;
  escalatedNow: number;
  byDepartment: Map<string, { handled: number; onTime: number | null; median: number | null; satisfaction: number | null; urged: number; overdueNow: number }>;
}

export async function expected(query: StatsQuery): Promise<Expected> {
  const [from, to] = periodOf(query);
  const areaId = query.areaId ?? 'city';
  const inPeriod = (iso: string | null | undefined) => iso != null && Date.parse(iso) >= from && Date.parse(iso) < to;
  const cases = (await everyCase()).filter((c) => within(c.location.areaPath, areaId));
  const reported = cases.filter((c) => inPeriod(c.createdAt));
  const closed = cases.filter((c) => c.status === 'closed' && inPeriod(c.closedAt));
  const onTime = (c: CaseSummary) => c.settledAt != null && Date.parse(c.settledAt) <= Date.parse(c.dueAt);
  const overdue = cases.filter((c) => overdueAt(c, NOW));
  const urges = cases.flatMap((c) => (c.urges ?? []).filter((u) => inPeriod(u.at)));
  const byCategory = new Map<string, { reported: number; closed: number }>();
  for (const c of reported) (byCategory.get(c.categoryCode) ?? byCategory.set(c.categoryCode, { reported: 0, closed: 0 }).get(c.categoryCode)!).reported++;
  for (const c of closed) (byCategory.get(c.categoryCode) ?? byCategory.set(c.categoryCode, { reported: 0, closed: 0 }).get(c.categoryCode)!).closed++;
  const weekly = [];
  for (let monday = Date.parse(`${cityMonday(from)}T00:00:00+08:00`); monday < to; monday += 7 * DAY) {
    const key = cityDay(monday);
    weekly.push({
      weekStart: key,
      reported: reported.filter((c) => cityMonday(Date.parse(c.createdAt)) === key).length,
      closed: closed.filter((c) => cityMonday(Date.parse(c.closedAt!)) === key).length,
    });
  }
  const names = new Map((await memory().cases.departments({ locale: 'en' })).map((d) => [d.id, d.name]));
  const byDepartment: Expected['byDepartment'] = new Map();
  const departments = new Set([...cases.map((c) => c.department?.id), ...urges.map((u) => u.departmentId)].filter((d): d is string => !!d));
  for (const id of departments) {
    const ours = cases.filter((c) => c.department?.id === id);
    const handled = ours.filter((c) => inPeriod(c.settledAt));
    const rated = handled.filter((c) => c.rating != null).map((c) => c.rating!);
    const row = {
      satisfaction: rated.length ? rated.reduce((a, b) => a + b, 0) / rated.length : null,
      handled: handled.length,
      onTime: handled.length ? handled.filter(onTime).length / handled.length : null,
      median: middle(handled.map((c) => (Date.parse(c.settledAt!) - Date.parse(c.createdAt)) / DAY)),
      urged: urges.filter((u) => u.departmentId === id).length,
      overdueNow: ours.filter((c) => overdue.includes(c)).length,
    };
    if (row.handled || row.urged || row.overdueNow) byDepartment.set(names.get(id)!, row);
  }
  return {
    reported: reported.length,
    closed: closed.length,
    onTimeRate: closed.length ? closed.filter(onTime).length / closed.length : null,
    medianDaysToClose: middle(closed.map((c) => (Date.parse(c.closedAt!) - Date.parse(c.createdAt)) / DAY)),
    overdueNow: overdue.length,
    urged: urges.length,
    escalatedNow: cases.filter((c) => !['handled', 'verified', 'closed'].includes(c.status) && c.escalationLevel !== 'community').length,
    ratings: closed.filter((c) => c.rating != null).map((c) => c.rating!),
    byCategory,
    weekly,
    byDepartment,
  };
}

// --- the way the widget words numbers in English -----------------------------------------------------

export const count = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(n);
export const percent = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(Math.round(n * 100) / 100));
export const oneDecimal = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(Math.round(n * 100) / 100);
export const twoDecimals = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(Math.round(n * 100) / 100);
