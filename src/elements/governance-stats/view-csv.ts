import type { DemandStatus } from '../../domain/services.js';
import type { CaseStats, ServiceStats, VolunteerStats } from '../../domain/stats.js';
import type { CsvCell } from '../shared/csv.js';
import type { WidgetHost } from '../shared/widget-host.js';
import type { GovernanceStatsMessageKey } from './messages.js';

/** What the widget shows: each group's figures, or null when the backend does not provide them. */
export interface StatsView {
  cases: CaseStats | null;
  volunteers: VolunteerStats | null;
  services: ServiceStats | null;
}

/** The words of the CSV: the widget's `t`, and what is the export's own. */
export interface CsvWords extends Pick<WidgetHost<GovernanceStatsMessageKey>, 't'> {
  /** The area's name, for the first rows. */
  area: string;
  demandStatus: (status: DemandStatus) => string;
}

/**
 * The current view as CSV rows of four cells: section, item, figure, value. Values are the backend's
 * numbers as they are (rates 0–1, days and hours with two decimals), so a spreadsheet can compute
 * with them; names from the backend go through `buildCsv`, which defuses formulas.
 */
export function statsCsvRows(view: StatsView, w: CsvWords): CsvCell[][] {
  const { t } = w;
  const rows: CsvCell[][] = [];
  const window = view.cases ?? view.volunteers ?? view.services;
  if (window) {
    rows.push([t('gs.controls'), w.area, t('gs.from'), window.from], [t('gs.controls'), w.area, t('gs.to'), window.to]);
  }
  const c = view.cases;
  if (c) {
    const head = t('gs.headline');
    rows.push(
      [head, '', t('gs.reported'), c.reported],
      [head, '', t('gs.closed'), c.closed],
      [head, '', t('gs.onTime'), c.onTimeRate],
      [head, '', t('gs.medianClose'), c.medianDaysToClose],
      [head, '', t('gs.overdueNow'), c.overdueNow],
      [head, '', t('gs.urged'), c.urged],
      [head, '', t('gs.escalatedNow'), c.escalatedNow],
      [head, '', t('gs.satisfaction'), c.satisfaction.average],
    );
    for (const d of c.satisfaction.distribution) rows.push([t('gs.chart.rating'), t('gs.stars', { count: d.rating }), t('gs.col.count'), d.count]);
    for (const w2 of c.weekly) {
      rows.push([t('gs.chart.weekly'), w2.weekStart, t('gs.reported'), w2.reported], [t('gs.chart.weekly'), w2.weekStart, t('gs.closed'), w2.closed]);
    }
    for (const k of c.byCategory) {
      rows.push(
        [t('gs.chart.category'), k.categoryName, t('gs.reported'), k.reported],
        [t('gs.chart.category'), k.categoryName, t('gs.closed'), k.closed],
        [t('gs.chart.category'), k.categoryName, t('gs.overdueNow'), k.overdueNow],
      );
    }
    for (const d of c.byDepartment) {
      const s = t('gs.departments');
      rows.push(
        [s, d.departmentName, t('gs.dep.handled'), d.handled],
        [s, d.departmentName, t('gs.dep.onTime'), d.onTimeRate],
        [s, d.departmentName, t('gs.dep.median'), d.medianDaysToHandle],
        [s, d.departmentName, t('gs.dep.satisfaction'), d.satisfaction],
        [s, d.departmentName, t('gs.dep.urged'), d.urged],
        [s, d.departmentName, t('gs.dep.overdue'), d.overdueNow],
      );
    }
  }
  const v = view.volunteers;
  if (v) {
    const s = t('gs.volunteers');
    rows.push([s, '', t('gs.volunteers.count'), v.volunteers], [s, '', t('gs.partyMembers'), v.partyMembers], [s, '', t('gs.hours'), v.hours]);
    for (const team of v.byTeam) rows.push([t('gs.chart.teamHours'), team.teamName, t('gs.col.hours'), team.hours]);
    for (const m of v.byMonth) rows.push([t('gs.chart.monthHours'), m.month, t('gs.col.hours'), m.hours]);
  }
  const sv = view.services;
  if (sv) {
    const s = t('gs.services');
    rows.push(
      [s, '', t('gs.requests'), sv.requests],
      [s, '', t('gs.demandsPosted'), sv.demandsPosted],
      [s, '', t('gs.demandsTakenUp'), sv.demandsTakenUp],
      [s, '', t('gs.takeUp'), sv.takeUpRate],
    );
    for (const b of sv.requestsByBranch) rows.push([t('gs.chart.branch'), b.termName, t('gs.col.requests'), b.count]);
    for (const d of sv.demandsByStatus) rows.push([t('gs.chart.demands'), w.demandStatus(d.status), t('gs.col.demands'), d.count]);
  }
  return rows;
}
