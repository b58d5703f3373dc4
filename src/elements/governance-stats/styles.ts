import { css } from 'lit';

/** Layout of `<governance-stats>` and the colours of its charts, from the private tokens only. */
export const governanceStatsStyles = css`
  .title {
    margin: 0 0 var(--_gr-space-3);
    font-size: var(--_gr-font-size-xl);
  }
  .controls {
    display: grid;
    gap: var(--_gr-space-3);
    margin-block-end: var(--_gr-space-4);
    padding: var(--_gr-space-4);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    background: var(--_gr-color-surface-raised);
  }
  .controls .field {
    margin: 0;
  }
  .area-grid,
  .range-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: var(--_gr-space-3);
    align-items: end;
  }
  .window {
    margin: 0 0 var(--_gr-space-3);
    color: var(--_gr-color-text-muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-2);
    align-items: center;
    margin-block-end: var(--_gr-space-4);
  }
  section {
    margin-block-end: var(--_gr-space-5);
  }
  h3 {
    margin: 0 0 var(--_gr-space-3);
    font-size: var(--_gr-font-size-lg);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
    gap: var(--_gr-space-3);
    margin: 0;
  }
  .figure {
    padding: var(--_gr-space-3);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    background: var(--_gr-color-surface-raised);
  }
  .figure dt {
    color: var(--_gr-color-text-muted);
    font-size: var(--_gr-font-size-sm);
  }
  .figure dd {
    margin: 0;
    font-size: var(--_gr-font-size-xxl);
    font-weight: var(--_gr-font-weight-bold);
    overflow-wrap: anywhere;
  }
  .figure .sub {
    display: block;
    font-size: var(--_gr-font-size-sm);
    font-weight: normal;
    color: var(--_gr-color-text-muted);
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26em), 1fr));
    gap: var(--_gr-space-4);
  }
  .chart-figure {
    margin: 0;
    padding: var(--_gr-space-3);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    min-inline-size: 0;
  }
  .chart-title {
    font-weight: var(--_gr-font-weight-bold);
    margin-block-end: var(--_gr-space-2);
  }
  .chart-box {
    overflow-x: auto;
  }
  svg.chart {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-inline-size: 40rem;
    font-family: var(--_gr-font-family);
  }
  svg.chart text {
    fill: var(--_gr-color-text);
    font-size: 13px;
  }
  svg.chart .tick {
    fill: var(--_gr-color-text-muted);
    font-size: 12px;
  }
  svg.chart .grid {
    stroke: var(--_gr-color-border);
    stroke-width: 0.5;
    stroke-dasharray: 2 3;
  }
  svg.chart .axis {
    stroke: var(--_gr-color-text);
    stroke-width: 1;
  }
  .bar.series-0 {
    fill: var(--_gr-color-primary);
  }
  .bar.series-1 {
    fill: var(--_gr-color-success);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-3);
    margin: 0 0 var(--_gr-space-2);
    padding: 0;
    list-style: none;
    font-size: var(--_gr-font-size-sm);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_gr-space-1);
  }
  .chart-summary {
    margin: var(--_gr-space-2) 0;
  }
  .chart-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-2);
  }
  .table-box {
    overflow-x: auto;
    margin-block-start: var(--_gr-space-3);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    padding: var(--_gr-space-1) var(--_gr-space-2);
    border-block-end: var(--_gr-border-width) solid var(--_gr-color-border);
    text-align: start;
    vertical-align: top;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .league th button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: var(--_gr-space-1);
    min-block-size: var(--_gr-target-size);
    cursor: pointer;
    font-weight: var(--_gr-font-weight-bold);
    color: var(--_gr-color-primary);
    text-decoration: underline;
  }
  .league th button:focus-visible {
    outline: var(--_gr-focus-width) solid var(--_gr-color-focus-text);
    background: var(--_gr-color-focus);
    color: var(--_gr-color-focus-text);
  }
  .not-available {
    color: var(--_gr-color-text-muted);
  }
  :host([effective-elder-friendly]) svg.chart text {
    font-size: 16px;
  }
  @media (forced-colors: active) {
    .bar.series-0 {
      fill: CanvasText;
    }
    .bar.series-1 {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    svg.chart text,
    svg.chart .tick {
      fill: CanvasText;
    }
    svg.chart .grid,
    svg.chart .axis {
      stroke: CanvasText;
    }
  }
`;
