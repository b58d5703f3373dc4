import { html, nothing, svg } from 'lit';

/**
 * Small charts drawn as SVG with Lit's `svg` templates: no charting dependency. Sizes are SVG
 * attributes (a strict CSP blocks `style` attributes); colours come from the design tokens through
 * classes (`series-0`, `series-1`, in styles.ts), so they follow light, dark, elder-friendly and
 * forced colours. Each chart is one `<figure>` with its text summary, a data-table toggle and downloads.
 */

export interface ChartSeries {
  label: string;
}

export interface ChartRow {
  /** The row's name (a week, a category). */
  label: string;
  /** A shorter name for the axis (defaults to `label`). */
  short?: string;
  values: readonly number[];
}

export interface ChartSpec {
  /** Unique in the widget: ids of the figure's parts derive from it. */
  id: string;
  title: string;
  kind: 'columns' | 'bars';
  /** The header of the label column of the table. */
  labelHeader: string;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
  /** A value as text (hours with decimals, counts without). */
  format: (value: number) => string;
  /** The text equivalent, one or two sentences. */
  summary: string;
}

const WIDTH = 640;
const COLUMN_HEIGHT = 240;
const BAR_ROW = 30;
const LABEL_WIDTH = 200;

/** A rounded-up axis maximum: 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function maxOf(rows: readonly ChartRow[]): number {
  let max = 0;
  for (const r of rows) for (const v of r.values) if (v > max) max = v;
  return max;
}

/** Grouped columns over an x axis of rows (weeks, months, ratings), with a y axis of three ticks. */
function columns(spec: ChartSpec) {
  const left = 52;
  const right = 8;
  const top = 12;
  const bottom = 36;
  const plotW = WIDTH - left - right;
  const plotH = COLUMN_HEIGHT - top - bottom;
  const max = niceMax(maxOf(spec.rows));
  const n = Math.max(spec.rows.length, 1);
  const slot = plotW / n;
  const groupW = slot * 0.75;
  const barW = groupW / Math.max(spec.series.length, 1);
  const labelEvery = Math.ceil(n / 10);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const ticks = [0, max / 2, max];
  return svg`
    ${ticks.map(
      (v) => svg`<line class="grid" x1=${left} x2=${WIDTH - right} y1=${y(v)} y2=${y(v)}></line>
        <text class="tick" x=${left - 6} y=${y(v) + 4} text-anchor="end">${spec.format(v)}</text>`,
    )}
    ${spec.rows.map((row, i) => {
      const x0 = left + i * slot + (slot - groupW) / 2;
      return svg`<g class="group">
        ${row.values.map(
          (v, s) => svg`<rect class="bar series-${s}" x=${x0 + s * barW} y=${y(v)} width=${Math.max(barW - 1, 1)} height=${y(0) - y(v)}>
            <title>${row.label}, ${spec.series[s]?.label ?? ''}: ${spec.format(v)}</title></rect>`,
        )}
        ${i % labelEvery === 0
          ? svg`<text class="tick" x=${left + i * slot + slot / 2} y=${COLUMN_HEIGHT - bottom + 18} text-anchor="middle">${clip(row.short ?? row.label, 8)}</text>`
          : nothing}
      </g>`;
    })}
    <line class="axis" x1=${left} x2=${WIDTH - right} y1=${y(0)} y2=${y(0)}></line>`;
}

/** Horizontal bars, one row per item (a category, a team), the value written after the bar. */
function bars(spec: ChartSpec) {
  const valueW = 72;
  const plotW = WIDTH - LABEL_WIDTH - valueW;
  const max = niceMax(maxOf(spec.rows));
  const series = Math.max(spec.series.length, 1);
  const barH = (BAR_ROW - 8) / series;
  return svg`${spec.rows.map((row, i) => {
    const y0 = i * BAR_ROW + 4;
    return svg`<g class="group">
      <text class="label" x=${LABEL_WIDTH - 8} y=${y0 + (BAR_ROW - 8) / 2 + 5} text-anchor="end">${clip(row.short ?? row.label, 14)}</text>
      ${row.values.map((v, s) => {
        const w = (v / max) * plotW;
        return svg`<rect class="bar series-${s}" x=${LABEL_WIDTH} y=${y0 + s * barH} width=${Math.max(w, v > 0 ? 1 : 0)} height=${Math.max(barH - 1, 1)}>
            <title>${row.label}, ${spec.series[s]?.label ?? ''}: ${spec.format(v)}</title></rect>
          <text class="value" x=${LABEL_WIDTH + w + 6} y=${y0 + s * barH + barH / 2 + 4}>${spec.format(v)}</text>`;
      })}
    </g>`;
  })}
  <line class="axis" x1=${LABEL_WIDTH} x2=${LABEL_WIDTH} y1="0" y2=${Math.max(spec.rows.length, 1) * BAR_ROW}></line>`;
}

/** The chart's height in SVG units. */
export function chartHeight(spec: ChartSpec): number {
  return spec.kind === 'columns' ? COLUMN_HEIGHT : Math.max(spec.rows.length, 1) * BAR_ROW + 4;
}

/** The SVG of a chart: an image named by its title and summary (the table and summary say the same in words). */
export function renderChartSvg(spec: ChartSpec) {
  const height = chartHeight(spec);
  return html`<svg
    class="chart ${spec.kind}"
    part="chart"
    data-chart=${spec.id}
    viewBox="0 0 ${WIDTH} ${height}"
    width=${WIDTH}
    height=${height}
    preserveAspectRatio="xMinYMin meet"
    role="img"
    aria-labelledby="${spec.id}-title ${spec.id}-summary"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title>${spec.title}</title>
    ${spec.kind === 'columns' ? columns(spec) : bars(spec)}
  </svg>`;
}

/** The legend of a chart with more than one series. */
export function renderLegend(spec: ChartSpec) {
  if (spec.series.length < 2) return nothing;
  return html`<ul class="legend" aria-hidden="true">
    ${spec.series.map(
      (s, i) => html`<li>
        <svg class="swatch" viewBox="0 0 12 12" width="12" height="12"><rect class="bar series-${i}" x="0" y="0" width="12" height="12"></rect></svg>
        ${s.label}
      </li>`,
    )}
  </ul>`;
}

/** The chart's data as a table: the accessible equivalent, and what a person can copy. */
export function renderChartTable(spec: ChartSpec) {
  return html`<table class="data-table" id="${spec.id}-table" part="chart-table">
    <caption class="visually-hidden">${spec.title}</caption>
    <thead>
      <tr>
        <th scope="col">${spec.labelHeader}</th>
        ${spec.series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${spec.rows.map(
        (r) => html`<tr>
          <th scope="row">${r.label}</th>
          ${r.values.map((v) => html`<td class="num">${spec.format(v)}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export interface ChartFigureText {
  show: string;
  hide: string;
  svg: string;
  png: string;
}

export interface ChartFigureOptions {
  tableOpen: boolean;
  onToggle: () => void;
  onSvg: (svg: SVGSVGElement) => void;
  onPng: (svg: SVGSVGElement) => void;
  text: ChartFigureText;
}

function chartOf(event: Event): SVGSVGElement {
  const figure = (event.currentTarget as HTMLElement).closest('figure')!;
  return figure.querySelector<SVGSVGElement>('svg.chart')!;
}

/** One chart in a figure: title, legend, SVG, text summary, the table toggle and the downloads. */
export function renderChartFigure(spec: ChartSpec, o: ChartFigureOptions) {
  return html`<figure class="chart-figure" part="chart-figure" aria-labelledby="${spec.id}-title">
    <figcaption class="chart-title" id="${spec.id}-title">${spec.title}</figcaption>
    ${renderLegend(spec)}
    <div class="chart-box">${renderChartSvg(spec)}</div>
    <p class="chart-summary" id="${spec.id}-summary">${spec.summary}</p>
    <div class="chart-actions">
      <button
        type="button"
        class="button secondary"
        part="table-toggle"
        data-toggle=${spec.id}
        aria-expanded=${o.tableOpen ? 'true' : 'false'}
        aria-controls="${spec.id}-table-box"
        @click=${o.onToggle}
      >
        ${o.tableOpen ? o.text.hide : o.text.show}
      </button>
      <button type="button" class="button secondary" data-svg=${spec.id} @click=${(e: Event) => o.onSvg(chartOf(e))}>${o.text.svg}</button>
      <button type="button" class="button secondary" data-png=${spec.id} @click=${(e: Event) => o.onPng(chartOf(e))}>${o.text.png}</button>
    </div>
    <div id="${spec.id}-table-box" class="table-box" ?hidden=${!o.tableOpen}>${o.tableOpen ? renderChartTable(spec) : nothing}</div>
  </figure>`;
}
