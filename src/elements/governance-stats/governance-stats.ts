import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { areasResponses } from '../../adapters/response-schemas/areas.js';
import { casesStatsResponses, servicesStatsResponses, volunteersStatsResponses } from '../../adapters/response-schemas/stats.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { AreaCascadeController } from '../../controllers/area-cascade-controller.js';
import { cityDate, cityNow } from '../../domain/city-clock.js';
import type { FieldError } from '../../domain/field-errors.js';
import { STATS_PERIODS, type CaseStats, type DepartmentStats, type StatsPeriod, type StatsQuery } from '../../domain/stats.js';
import { areaSelect, FormController, radioGroup, textField } from '../../forms/index.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { formStyles } from '../../styles/forms.js';
import { emit } from '../shared/events.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import { GrassrootsElement } from '../shared/widget-element.js';
import { adapterNeeds } from '../shared/widget-host.js';
import { renderChartFigure, type ChartSpec } from './charts.js';
import { DEMAND_STATUS_KEYS, governanceStatsMessages, PERIOD_KEYS, type GovernanceStatsMessageKey } from './messages.js';
import { rangeErrors, rangeQuery, type RangeValues } from './range.js';
import { governanceStatsStyles } from './styles.js';
import type { StatsView } from './view-csv.js';

/** The export code, fetched on the first export. */
const exportTools = () => import('./export-tools.js');

export type { StatsView } from './view-csv.js';

/** The dashboard needs the case figures; volunteers', services' and the area choice when the backend has them. */
const NEEDS = adapterNeeds(
  { cases: casesStatsResponses },
  { areas: areasResponses, volunteers: volunteersStatsResponses, services: servicesStatsResponses },
);

export type PeriodChoice = StatsPeriod | 'custom';

/** Detail of `gr-stats-loaded`. */
export interface StatsLoadedDetail {
  query: StatsQuery;
  /** Which groups answered; a group the backend lacks is `false`. */
  available: { cases: boolean; volunteers: boolean; services: boolean };
}

/** Detail of `gr-stats-exported`. */
export interface StatsExportedDetail {
  format: 'csv' | 'svg' | 'png';
  filename: string;
  /** The chart's id for SVG and PNG. */
  chart?: string;
}

type SortKey = 'departmentName' | 'handled' | 'onTimeRate' | 'medianDaysToHandle' | 'satisfaction' | 'urged' | 'overdueNow';

const DEPARTMENT_COLUMNS: ReadonlyArray<[SortKey, GovernanceStatsMessageKey]> = [
  ['departmentName', 'gs.dep.name'],
  ['handled', 'gs.dep.handled'],
  ['onTimeRate', 'gs.dep.onTime'],
  ['medianDaysToHandle', 'gs.dep.median'],
  ['satisfaction', 'gs.dep.satisfaction'],
  ['urged', 'gs.dep.urged'],
  ['overdueNow', 'gs.dep.overdue'],
];

const AREA_LEVELS: ReadonlyArray<[string, GovernanceStatsMessageKey]> = [
  ['gs-district', 'gs.district'],
  ['gs-street', 'gs.street'],
  ['gs-community', 'gs.community'],
];

/**
 * How the closed loop, volunteer service and community services are doing in an area over a period:
 * headline figures, cases by category, a department league table, the weekly trend of reported
 * against closed, volunteer hours by team and by month, service requests and demands taken up.
 * Every figure is computed by the backend (`cases.stats`, `volunteers.stats`, `services.stats`); a
 * backend without `volunteers.stats` or `services.stats` gets those sections marked "not available".
 * Each chart is SVG drawn with the design tokens, with a text summary, a data-table toggle and
 * SVG / PNG downloads; the whole view exports as CSV (formula-safe). PNG draws the SVG as a `blob:` image on a
 * canvas, so a page whose policy has no `img-src blob:` gets a message offering the SVG instead.
 *
 * @tagname governance-stats
 * @summary Statistics of the governance loop for an area and a period, with accessible charts and exports.
 *
 * @attr {'week'|'month'|'quarter'|'custom'} period - The period shown (a person's choice holds until the attribute changes): the last 7, 30 or 90 city days, or `custom` with `from` and `to`. Default `month`.
 * @attr {string} from - First day of a custom period, `YYYY-MM-DD` (city calendar).
 * @attr {string} to - Last day (inclusive) of a custom period, `YYYY-MM-DD`.
 *
 * @fires {CustomEvent<StatsLoadedDetail>} gr-stats-loaded - The figures for a new area or period arrived; detail `{ query, available }`.
 * @fires {CustomEvent<StatsExportedDetail>} gr-stats-exported - A CSV, SVG or PNG was downloaded; detail `{ format, filename, chart? }`.
 *
 * @csspart controls - The area and period chooser.
 * @csspart headline - The headline figures.
 * @csspart figure - One headline figure.
 * @csspart chart-figure - One chart with its summary, toggle and downloads.
 * @csspart chart - A chart's SVG.
 * @csspart chart-table - A chart's data table.
 * @csspart table-toggle - A chart's "show the data table" button.
 * @csspart league - The department league table.
 * @csspart export-button - The CSV export button.
 * @csspart not-available - A section the backend does not provide.
 *
 * @cssprop --gr-color-primary - The first series of every chart (reported, hours, requests).
 * @cssprop --gr-color-success - The second series (closed).
 * @cssprop --gr-color-border - Chart grid lines, card and table borders.
 * @cssprop --gr-color-text-muted - Axis ticks and figure labels.
 */
export class GovernanceStats extends GrassrootsElement<GovernanceStatsMessageKey, typeof NEEDS> {
  static override styles = [...GrassrootsElement.styles, formStyles, governanceStatsStyles];
  /** Its own words and the field-error words of its forms. */
  static override messages = [governanceStatsMessages, validationMessages];
  static override adapterNeeds = NEEDS;

  /** The period first shown (see the `period` attribute). */
  @property() period: PeriodChoice = 'month';
  /** First day of a custom period. */
  @property() from?: string;
  /** Last day of a custom period (inclusive). */
  @property() to?: string;

  @state() private choice: PeriodChoice = 'month';
  @state() private applied?: RangeValues;
  @state() private path: string[] = ['', '', ''];
  @state() private openTables = new Set<string>();
  @state() private sort: { key: SortKey; dir: 'ascending' | 'descending' } = { key: 'handled', dir: 'descending' };
  @state() private exportMessage = '';

  private readonly areas = new AreaCascadeController(this, { areas: () => this.validatedAdapter()?.areas, locale: () => this.effectiveLocale });
  private readonly call = new AdapterCallController<StatsView>(this, {
    onComplete: (view) => {
      this.announce(this.t('gs.loaded', { area: this.areaName() }));
      emit<StatsLoadedDetail>(this, 'gr-stats-loaded', {
        query: this.lastQuery!,
        available: { cases: view.cases !== null, volunteers: view.volunteers !== null, services: view.services !== null },
      });
    },
  });
  private readonly range = new FormController<RangeValues>(this, {
    initial: () => ({ from: '', to: '' }),
    fields: () => [
      { path: 'from', id: 'gs-from', label: this.t('gs.from'), message: (e) => this.rangeMessage(e, this.t('gs.from')) },
      { path: 'to', id: 'gs-to', label: this.t('gs.to'), message: (e) => this.rangeMessage(e, this.t('gs.to')) },
    ],
    locale: () => this.effectiveLocale,
    validate: (values) => rangeErrors(values, cityNow()),
    keyPrefix: 'stats-range',
  });
  private lastQuery?: StatsQuery;
  private queryKey = '';

  /** The query the widget shows now. */
  get query(): StatsQuery {
    const areaId = [...this.path].reverse().find((id) => id) || undefined;
    const base: StatsQuery = areaId ? { areaId } : {};
    if (this.choice === 'custom') return this.applied ? { ...base, ...rangeQuery(this.applied) } : base;
    return { ...base, period: this.choice };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The attributes set the period when they change (and at the start); a person's choice holds until then.
    if (changed.has('period') || changed.has('from') || changed.has('to') || !this.hasUpdated) {
      const period = (this.period as string) === 'custom' || [...STATS_PERIODS].includes(this.period as StatsPeriod) ? this.period : 'month';
      this.choice = period;
      if (period === 'custom' && this.from && this.to) {
        this.range.update({ from: this.from, to: this.to }, { save: false });
        const errors = rangeErrors({ from: this.from, to: this.to }, cityNow());
        this.applied = Object.keys(errors).length === 0 ? { from: this.from, to: this.to } : undefined;
      }
    }
    if (this.isConfigured) this.reloadIfChanged();
  }

  protected override adapterChanged(): void {
    this.queryKey = '';
  }

  private reloadIfChanged(): void {
    if (this.choice === 'custom' && !this.applied) return;
    const query = this.query;
    const key = JSON.stringify(query);
    if (key === this.queryKey) return;
    this.queryKey = key;
    this.lastQuery = query;
    void this.call.run((signal) => this.load(query, signal));
  }

  private async load(query: StatsQuery, signal: AbortSignal): Promise<StatsView> {
    const api = this.adapterApi;
    const locale = this.effectiveLocale;
    const options = { signal, locale };
    const [cases, volunteers, services] = await Promise.all([
      api.cases.stats ? api.cases.stats(query, options) : null,
      api.volunteers?.stats ? api.volunteers.stats(query, options) : null,
      api.services?.stats ? api.services.stats(query, options) : null,
    ]);
    return { cases, volunteers, services };
  }

  private retry = () => {
    void this.call.retry();
  };

  // --- words ------------------------------------------------------------------------------------

  private rangeMessage(error: FieldError, label: string): string | undefined {
    if (error.code === 'required') return this.t('gs.range.required', { label });
    if (error.code === 'invalid_date') return this.t('gs.range.invalid', { label });
    if (error.code === 'too_big') return this.t('gs.range.tooLong');
    if (error.code === 'invalid') return this.t('gs.range.order');
    return undefined;
  }

  private n(value: number, digits = 0): string {
    return formatNumber(value, this.effectiveLocale, { maximumFractionDigits: digits });
  }

  private pct(value: number | null): string {
    return value === null ? this.t('gs.none') : formatNumber(value, this.effectiveLocale, { style: 'percent', maximumFractionDigits: 0 });
  }

  private days(value: number | null): string {
    return value === null ? this.t('gs.none') : this.t('gs.days', { count: this.n(value, 1) });
  }

  private avg(value: number | null): string {
    return value === null ? this.t('gs.none') : this.n(value, 2);
  }

  private areaName(): string {
    const levels = this.areas.levels(this.path);
    for (let i = this.path.length - 1; i >= 0; i--) {
      const id = this.path[i];
      if (!id) continue;
      const list = levels[i];
      const area = list?.status === 'complete' ? list.areas.find((a) => a.id === id) : undefined;
      if (area) return area.name;
    }
    return this.t('gs.city');
  }

  private day(iso: string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(iso, this.effectiveLocale, { timeZone: 'Asia/Shanghai', ...(options ?? { dateStyle: 'medium' }) });
  }

  // --- render -----------------------------------------------------------------------------------

  protected override renderContent() {
    const view = this.call.value;
    const pending = this.call.status === 'pending';
    return html`<h2 class="title">${this.t('gs.title')}</h2>
      ${this.renderControls()} ${this.liveRegion.render()}
      ${this.call.status === 'error'
        ? this.renderError(this.call.error!, this.retry)
        : view
          ? html`<div class="results" aria-busy=${pending ? 'true' : 'false'}>
              ${pending ? html`<p class="window" role="status">${this.t('gs.updating')}</p>` : nothing} ${this.renderView(view)}
            </div>`
          : pending
            ? this.renderLoading()
            : nothing}`;
  }

  private renderControls() {
    const t = this.t.bind(this);
    const levels = this.areas.levels(this.path);
    const common = {
      placeholder: t('gs.area.all'),
      loading: t('gs.area.loading'),
      errorText: (e: Parameters<typeof this.errorText>[0]) => this.errorText(e),
      retryLabel: t('common.retry'),
    };
    const shown = AREA_LEVELS.filter((_, i) => i === 0 || this.path[i - 1]);
    return html`<div class="controls" part="controls" role="group" aria-label=${t('gs.controls')}>
      ${this.areas.available
        ? html`<div class="area-grid">
            ${shown.map(([id, label], i) =>
              areaSelect(t, { ...common, id, label: t(label), list: levels[i], value: this.path[i] ?? '', onChange: (v) => this.chooseArea(i, v) }),
            )}
          </div>`
        : nothing}
      ${radioGroup(t, {
        id: 'gs-period',
        label: t('gs.period'),
        inline: true,
        options: (['week', 'month', 'quarter', 'custom'] as const).map((p) => ({ value: p, label: t(PERIOD_KEYS[p]) })),
        value: this.choice,
        onChange: (v) => this.choosePeriod(v as PeriodChoice),
      })}
      ${this.choice === 'custom' ? this.renderRange() : nothing}
    </div>`;
  }

  private renderRange() {
    const t = this.t.bind(this);
    const f = this.range;
    return html`<form class="range" novalidate @submit=${this.applyRange}>
      ${f.renderSummary(t('gs.range.errors'))}
      <div class="range-grid">
        ${textField(t, {
          ...f.field('from'),
          label: t('gs.from'),
          hint: t('gs.from.hint'),
          value: f.values.from,
          inputmode: 'numeric',
          autocomplete: 'off',
          onInput: (from) => f.update({ from }),
        })}
        ${textField(t, { ...f.field('to'), label: t('gs.to'), value: f.values.to, inputmode: 'numeric', autocomplete: 'off', onInput: (to) => f.update({ to }) })}
        <div class="field"><button type="submit" class="button" data-apply>${t('gs.apply')}</button></div>
      </div>
    </form>`;
  }

  private chooseArea(level: number, id: string) {
    const path = this.path.slice(0, level);
    path[level] = id;
    while (path.length < 3) path.push('');
    this.path = path;
    this.areas.choose(path);
  }

  private choosePeriod(choice: PeriodChoice) {
    this.choice = choice;
    if (choice !== 'custom') this.range.reset();
  }

  private applyRange = async (e: Event) => {
    e.preventDefault();
    await this.range.submit(async (values) => {
      this.applied = { from: values.from.trim(), to: values.to.trim() };
      this.queryKey = '';
      return values;
    });
    // The form empties itself after a send: keep the dates shown.
    if (this.applied) this.range.update(this.applied, { save: false });
  };

  private windowText(c: { from: string; to: string }): string {
    const last = new Date(Date.parse(c.to) - 1).toISOString();
    return this.t('gs.window', { area: this.areaName(), from: this.day(c.from), to: this.day(last) });
  }

  private renderView(view: StatsView) {
    const c = view.cases;
    const windowSource = c ?? view.volunteers ?? view.services;
    return html`${windowSource ? html`<p class="window" data-window>${this.windowText(windowSource)}</p>` : nothing}
      <div class="toolbar">
        <button type="button" class="button secondary" part="export-button" data-export-csv @click=${() => void this.exportCsv(view)}>
          ${this.t('gs.export.csv')}
        </button>
        ${this.exportMessage ? html`<span class="export-message">${this.exportMessage}</span>` : nothing}
      </div>
      ${c ? this.renderCases(c) : html`<p class="not-available" part="not-available">${this.t('gs.noStats')}</p>`}
      ${this.renderVolunteers(view)} ${this.renderServices(view)}`;
  }

  private renderCases(c: CaseStats) {
    const empty = c.reported === 0 && c.closed === 0;
    return html`<section class="headline" part="headline" aria-labelledby="gs-headline">
        <h3 id="gs-headline">${this.t('gs.headline')}</h3>
        ${empty ? this.renderEmpty(this.t('gs.empty')) : nothing}
        <dl class="figures">
          ${this.figure('reported', this.t('gs.reported'), this.n(c.reported))}
          ${this.figure('closed', this.t('gs.closed'), this.n(c.closed))}
          ${this.figure('on-time', this.t('gs.onTime'), this.pct(c.onTimeRate))}
          ${this.figure('median', this.t('gs.medianClose'), this.days(c.medianDaysToClose))}
          ${this.figure('overdue', this.t('gs.overdueNow'), this.n(c.overdueNow))}
          ${this.figure('satisfaction', this.t('gs.satisfaction'), this.avg(c.satisfaction.average), this.t('gs.satisfaction.of', { count: c.satisfaction.count }))}
          ${this.figure('urged', this.t('gs.urged'), this.n(c.urged))}
          ${this.figure('escalated', this.t('gs.escalatedNow'), this.n(c.escalatedNow))}
        </dl>
      </section>
      ${empty
        ? nothing
        : html`<section aria-labelledby="gs-cases">
              <h3 id="gs-cases">${this.t('gs.cases')}</h3>
              <div class="charts">${this.caseCharts(c).map((spec) => this.chart(spec))}</div>
            </section>
            ${this.renderLeague(c.byDepartment)}`}`;
  }

  private figure(key: string, label: string, value: string, sub?: string) {
    return html`<div class="figure" part="figure" data-figure=${key}>
      <dt>${label}</dt>
      <dd><span class="value">${value}</span>${sub ? html`<span class="sub">${sub}</span>` : nothing}</dd>
    </div>`;
  }

  private chart(spec: ChartSpec) {
    return renderChartFigure(spec, {
      tableOpen: this.openTables.has(spec.id),
      onToggle: () => {
        const open = new Set(this.openTables);
        if (open.has(spec.id)) open.delete(spec.id);
        else open.add(spec.id);
        this.openTables = open;
      },
      onSvg: (svg) => void this.exportSvg(spec, svg),
      onPng: (svg) => void this.exportPng(spec, svg),
      text: { show: this.t('gs.table.show'), hide: this.t('gs.table.hide'), svg: this.t('gs.export.svg'), png: this.t('gs.export.png') },
    });
  }

  /**
   * The summary of a bar chart: its highest row, how many rows and their total (first series). Without
   * `total` (team hours: a volunteer in two teams counts in both, so the rows do not add up to the hours).
   */
  private barsSummary(rows: ReadonlyArray<{ label: string; values: readonly number[] }>, format: (v: number) => string, total = true): string {
    if (rows.length === 0 || rows.every((r) => (r.values[0] ?? 0) === 0)) return this.t('gs.summary.bars.none');
    const top = rows.reduce((a, b) => ((b.values[0] ?? 0) > (a.values[0] ?? 0) ? b : a));
    const params = { top: top.label, value: format(top.values[0] ?? 0), count: rows.length };
    if (!total) return this.t('gs.summary.top', params);
    return this.t('gs.summary.bars', { ...params, total: format(rows.reduce((sum, r) => sum + (r.values[0] ?? 0), 0)) });
  }

  private caseCharts(c: CaseStats): ChartSpec[] {
    const count = (v: number) => this.n(v);
    const weekRows = c.weekly.map((w) => ({
      label: this.day(`${w.weekStart}T00:00:00+08:00`),
      short: this.day(`${w.weekStart}T00:00:00+08:00`, { month: 'numeric', day: 'numeric' }),
      values: [w.reported, w.closed],
    }));
    const busiest = c.weekly.reduce<(typeof c.weekly)[number] | undefined>((a, w) => (!a || w.reported > a.reported ? w : a), undefined);
    const weeklySummary =
      busiest && (c.reported > 0 || c.closed > 0)
        ? this.t('gs.summary.weekly', {
            reported: count(c.reported),
            closed: count(c.closed),
            week: this.day(`${busiest.weekStart}T00:00:00+08:00`),
            count: count(busiest.reported),
          })
        : this.t('gs.summary.weekly.none');
    const categoryRows = c.byCategory.map((k) => ({ label: k.categoryName, values: [k.reported, k.closed] }));
    const ratingRows = c.satisfaction.distribution.map((d) => ({ label: this.t('gs.stars', { count: d.rating }), values: [d.count] }));
    const topRating = c.satisfaction.distribution.reduce((a, b) => (b.count > a.count ? b : a));
    return [
      {
        id: 'gs-weekly',
        title: this.t('gs.chart.weekly'),
        kind: 'columns',
        labelHeader: this.t('gs.col.week'),
        series: [{ label: this.t('gs.reported') }, { label: this.t('gs.closed') }],
        rows: weekRows,
        format: count,
        summary: weeklySummary,
      },
      {
        id: 'gs-category',
        title: this.t('gs.chart.category'),
        kind: 'bars',
        labelHeader: this.t('gs.col.category'),
        series: [{ label: this.t('gs.reported') }, { label: this.t('gs.closed') }],
        rows: categoryRows,
        format: count,
        summary: this.barsSummary(categoryRows, count),
      },
      {
        id: 'gs-rating',
        title: this.t('gs.chart.rating'),
        kind: 'columns',
        labelHeader: this.t('gs.col.rating'),
        series: [{ label: this.t('gs.col.count') }],
        rows: ratingRows,
        format: count,
        summary:
          c.satisfaction.count > 0
            ? this.t('gs.summary.rating', {
                average: this.avg(c.satisfaction.average),
                count: count(c.satisfaction.count),
                top: this.t('gs.stars', { count: topRating.rating }),
                value: count(topRating.count),
              })
            : this.t('gs.summary.bars.none'),
      },
    ];
  }

  private sortedDepartments(rows: readonly DepartmentStats[]): DepartmentStats[] {
    const { key, dir } = this.sort;
    const sign = dir === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = a[key];
      const y = b[key];
      if (x === y) return a.departmentName.localeCompare(b.departmentName, this.effectiveLocale);
      // No figure sorts last, whichever the direction.
      if (x === null) return 1;
      if (y === null) return -1;
      if (typeof x === 'string') return sign * x.localeCompare(y as string, this.effectiveLocale);
      return sign * ((x as number) - (y as number));
    });
  }

  private sortBy(key: SortKey) {
    const dir = this.sort.key === key ? (this.sort.dir === 'ascending' ? 'descending' : 'ascending') : key === 'departmentName' ? 'ascending' : 'descending';
    this.sort = { key, dir };
    const column = this.t(DEPARTMENT_COLUMNS.find(([k]) => k === key)![1]);
    this.announce(this.t(dir === 'ascending' ? 'gs.sorted.asc' : 'gs.sorted.desc', { column }));
  }

  private renderLeague(rows: readonly DepartmentStats[]) {
    return html`<section aria-labelledby="gs-departments">
      <h3 id="gs-departments">${this.t('gs.departments')}</h3>
      ${rows.length === 0
        ? html`<p>${this.t('gs.departments.none')}</p>`
        : html`<div class="table-box">
            <table class="league" part="league">
              <caption class="visually-hidden">${this.t('gs.departments.caption')}</caption>
              <thead>
                <tr>
                  ${DEPARTMENT_COLUMNS.map(([key, label]) => {
                    const sorted = this.sort.key === key;
                    return html`<th scope="col" class=${key === 'departmentName' ? '' : 'num'} aria-sort=${sorted ? this.sort.dir : 'none'}>
                      <button type="button" data-sort=${key} @click=${() => this.sortBy(key)}>
                        ${this.t(label)}<span aria-hidden="true">${sorted ? (this.sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
                      </button>
                    </th>`;
                  })}
                </tr>
              </thead>
              <tbody>
                ${this.sortedDepartments(rows).map(
                  (d) => html`<tr data-department=${d.departmentId}>
                    <th scope="row">${d.departmentName}</th>
                    <td class="num">${this.n(d.handled)}</td>
                    <td class="num">${this.pct(d.onTimeRate)}</td>
                    <td class="num">${d.medianDaysToHandle === null ? this.t('gs.none') : this.n(d.medianDaysToHandle, 1)}</td>
                    <td class="num">${this.avg(d.satisfaction)}</td>
                    <td class="num">${this.n(d.urged)}</td>
                    <td class="num">${this.n(d.overdueNow)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
    </section>`;
  }

  private notAvailable() {
    return html`<p class="not-available" part="not-available">${this.t('gs.notAvailable')}</p>`;
  }

  private renderVolunteers(view: StatsView) {
    const v = view.volunteers;
    const hours = (x: number) => this.n(x, 1);
    return html`<section aria-labelledby="gs-volunteers" data-section="volunteers">
      <h3 id="gs-volunteers">${this.t('gs.volunteers')}</h3>
      ${v
        ? html`<dl class="figures">
              ${this.figure('volunteers', this.t('gs.volunteers.count'), this.n(v.volunteers))}
              ${this.figure('party-members', this.t('gs.partyMembers'), this.n(v.partyMembers))}
              ${this.figure('hours', this.t('gs.hours'), hours(v.hours))}
            </dl>
            <div class="charts">
              ${this.chart({
                id: 'gs-team-hours',
                title: this.t('gs.chart.teamHours'),
                kind: 'bars',
                labelHeader: this.t('gs.col.team'),
                series: [{ label: this.t('gs.col.hours') }],
                rows: v.byTeam.map((team) => ({ label: team.teamName, values: [team.hours] })),
                format: hours,
                summary: this.barsSummary(v.byTeam.map((team) => ({ label: team.teamName, values: [team.hours] })), hours, false),
              })}
              ${this.chart({
                id: 'gs-month-hours',
                title: this.t('gs.chart.monthHours'),
                kind: 'columns',
                labelHeader: this.t('gs.col.month'),
                series: [{ label: this.t('gs.col.hours') }],
                rows: v.byMonth.map((m) => ({
                  label: this.day(`${m.month}-01T00:00:00+08:00`, { year: 'numeric', month: 'long' }),
                  short: this.day(`${m.month}-01T00:00:00+08:00`, { month: 'short' }),
                  values: [m.hours],
                })),
                format: hours,
                summary: this.barsSummary(
                  v.byMonth.map((m) => ({ label: this.day(`${m.month}-01T00:00:00+08:00`, { year: 'numeric', month: 'long' }), values: [m.hours] })),
                  hours,
                ),
              })}
            </div>`
        : this.notAvailable()}
    </section>`;
  }

  private renderServices(view: StatsView) {
    const s = view.services;
    const count = (x: number) => this.n(x);
    const branchRows = s?.requestsByBranch.map((b) => ({ label: b.termName, values: [b.count] })) ?? [];
    const statusRows = s?.demandsByStatus.map((d) => ({ label: this.t(DEMAND_STATUS_KEYS[d.status]), values: [d.count] })) ?? [];
    return html`<section aria-labelledby="gs-services" data-section="services">
      <h3 id="gs-services">${this.t('gs.services')}</h3>
      ${s
        ? html`<dl class="figures">
              ${this.figure('requests', this.t('gs.requests'), count(s.requests))}
              ${this.figure('demands-posted', this.t('gs.demandsPosted'), count(s.demandsPosted))}
              ${this.figure('demands-taken-up', this.t('gs.demandsTakenUp'), count(s.demandsTakenUp))}
              ${this.figure('take-up', this.t('gs.takeUp'), this.pct(s.takeUpRate))}
            </dl>
            <div class="charts">
              ${this.chart({
                id: 'gs-branch',
                title: this.t('gs.chart.branch'),
                kind: 'bars',
                labelHeader: this.t('gs.col.branch'),
                series: [{ label: this.t('gs.col.requests') }],
                rows: branchRows,
                format: count,
                summary: this.barsSummary(branchRows, count),
              })}
              ${this.chart({
                id: 'gs-demands',
                title: this.t('gs.chart.demands'),
                kind: 'bars',
                labelHeader: this.t('gs.col.status'),
                series: [{ label: this.t('gs.col.demands') }],
                rows: statusRows,
                format: count,
                summary: this.barsSummary(statusRows, count),
              })}
            </div>`
        : this.notAvailable()}
    </section>`;
  }

  // --- exports ----------------------------------------------------------------------------------

  private fileBase(): string {
    return `${this.t('gs.csv.file')}-${cityDate()}`;
  }

  private exported(format: StatsExportedDetail['format'], filename: string, chart?: string) {
    const message = this.t('gs.export.done', { file: filename });
    this.exportMessage = message;
    this.announce(message);
    emit<StatsExportedDetail>(this, 'gr-stats-exported', chart ? { format, filename, chart } : { format, filename });
  }

  /** The export code; when it cannot be fetched (offline), says so and gives undefined. */
  private async exportCode() {
    try {
      return await exportTools();
    } catch {
      const message = this.t('error.network');
      this.exportMessage = message;
      this.announce(message);
      return undefined;
    }
  }

  private async exportCsv(view: StatsView) {
    const code = await this.exportCode();
    if (!code) return;
    const { buildCsv, downloadBlob, statsCsvRows } = code;
    const t = this.t.bind(this);
    const rows = statsCsvRows(view, {
      t,
      area: this.areaName(),
      demandStatus: (s) => t(DEMAND_STATUS_KEYS[s]),
    });
    const csv = buildCsv([t('gs.csv.section'), t('gs.csv.item'), t('gs.csv.figure'), t('gs.csv.value')], rows);
    const filename = `${this.fileBase()}.csv`;
    downloadBlob(this.shadowRoot, new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename);
    this.exported('csv', filename);
  }

  private background(): string {
    return getComputedStyle(this).getPropertyValue('--_gr-color-surface').trim() || '#ffffff';
  }

  private async exportSvg(spec: ChartSpec, svg: SVGSVGElement) {
    const code = await this.exportCode();
    if (!code) return;
    const { downloadBlob, serializeSvg } = code;
    const text = serializeSvg(svg, this.background());
    const filename = `${this.fileBase()}-${spec.id.replace(/^gs-/, '')}.svg`;
    downloadBlob(this.shadowRoot, new Blob([text], { type: 'image/svg+xml' }), filename);
    this.exported('svg', filename, spec.id);
  }

  private async exportPng(spec: ChartSpec, svg: SVGSVGElement) {
    const code = await this.exportCode();
    if (!code) return;
    const { downloadBlob, serializeSvg, svgSize, svgToPng } = code;
    const filename = `${this.fileBase()}-${spec.id.replace(/^gs-/, '')}.png`;
    try {
      const { width, height } = svgSize(svg);
      const png = await svgToPng(serializeSvg(svg, this.background()), width, height);
      downloadBlob(this.shadowRoot, png, filename);
      this.exported('png', filename, spec.id);
    } catch {
      const message = this.t('gs.export.failed');
      this.exportMessage = message;
      this.announce(message);
    }
  }
}
