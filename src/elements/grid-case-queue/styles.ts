import { css } from 'lit';
import { formStyles } from '../../styles/forms.js';

const own = css`
  .heading-0 {
    margin-block: 0 var(--_gr-space-3);
    font-size: var(--_gr-font-size-xl);
    font-weight: var(--_gr-font-weight-bold);
  }
  .heading-1 {
    margin-block: var(--_gr-space-3) var(--_gr-space-2);
    font-size: var(--_gr-font-size-lg);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-1);
    border-block-end: var(--_gr-border-width) solid var(--_gr-color-border);
  }
  .tab {
    min-block-size: var(--_gr-target-size);
    padding: var(--_gr-space-2) var(--_gr-space-3);
    border: var(--_gr-border-width) solid transparent;
    border-block-end: none;
    border-radius: var(--_gr-radius) var(--_gr-radius) 0 0;
    background: transparent;
    color: var(--_gr-color-text);
    font: inherit;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-color: var(--_gr-color-border);
    background: var(--_gr-color-surface-raised);
    color: var(--_gr-color-primary);
    font-weight: var(--_gr-font-weight-bold);
    box-shadow: inset 0 -3px 0 var(--_gr-color-primary);
  }
  .panel {
    padding-block-start: var(--_gr-space-3);
  }
  .filters summary {
    min-block-size: var(--_gr-target-size);
    cursor: pointer;
    font-weight: var(--_gr-font-weight-bold);
  }
  .filter-form .field {
    margin-block-end: var(--_gr-space-2);
  }
  .row-fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-3);
    border: none;
    margin: 0;
    padding: 0;
  }
  .row-fields > .field {
    flex: 1 1 12rem;
  }
  .actions,
  .bulk-bar,
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gr-space-3);
  }
  .bulk-bar {
    margin-block: var(--_gr-space-2);
  }
  .bulk-panel {
    margin-block: var(--_gr-space-3);
    padding: var(--_gr-space-3);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    background: var(--_gr-color-surface-raised);
  }
  .bulk-failures {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .read-only {
    color: var(--_gr-color-text-muted);
  }
  .open-case > .button {
    margin-block-end: var(--_gr-space-3);
  }

  /* The grid: a scroll box; header sticky; rows absolutely placed at index × row height. */
  .viewport {
    position: relative;
    block-size: var(--grid-case-queue-grid-height, 30rem);
    overflow: auto;
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    overscroll-behavior: contain;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    min-inline-size: 64rem;
    background: var(--_gr-color-surface-raised);
    font-weight: var(--_gr-font-weight-bold);
  }
  .body {
    position: relative;
    min-inline-size: 64rem;
  }
  .row {
    display: grid;
    grid-template-columns: 3em 11em 1.2fr 2fr 6em 9em 9em 1.2fr 5em;
    align-items: center;
    min-block-size: calc(var(--_gr-target-size) + var(--_gr-space-2));
    border-block-end: 1px solid var(--_gr-color-border);
  }
  .body .row {
    position: absolute;
    inset-inline: 0;
    block-size: calc(var(--_gr-target-size) + var(--_gr-space-2));
    /* The overscan rows, outside the scroll box, are laid out when they come near. */
    content-visibility: auto;
    contain-intrinsic-size: auto 64rem auto calc(var(--_gr-target-size) + var(--_gr-space-2));
    background: var(--_gr-color-surface);
    cursor: pointer;
  }
  .body .row:hover,
  .body .row[aria-selected='true'] {
    background: var(--_gr-color-surface-raised);
  }
  .body .row:focus-visible {
    outline-offset: calc(var(--_gr-focus-width) * -1);
    z-index: 1;
  }
  .cell {
    padding-inline: var(--_gr-space-2);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .row.tail .cell {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: var(--_gr-space-3);
  }
  .check {
    inline-size: 1.25em;
    block-size: 1.25em;
    accent-color: var(--_gr-color-primary);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .mono {
    font-variant-numeric: tabular-nums;
  }
  .overdue {
    color: var(--_gr-color-danger);
    font-weight: var(--_gr-font-weight-bold);
  }
  .overdue::before {
    content: '⚠ ';
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      outline: 3px solid Highlight;
    }
  }
`;

export const queueStyles = [formStyles, own];
