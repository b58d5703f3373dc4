import { css } from 'lit';
import { formStyles } from '../../styles/forms.js';

const own = css`
  .header,
  .summary,
  .export,
  .chosen-team {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gr-space-3);
  }
  .title {
    margin: 0;
    font-size: var(--_gr-font-size-xl);
  }
  h3 {
    margin-block: var(--_gr-space-4) var(--_gr-space-2);
    font-size: var(--_gr-font-size-lg);
  }
  .team-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_gr-space-2);
    max-block-size: 18rem;
    overflow-y: auto;
    margin: 0;
    padding: var(--_gr-space-1);
    list-style: none;
  }
  .team {
    /* Teams scrolled out of the list's box are not laid out until they come near (most of them at first render).
       On the button, not its item: containment clips what is inside, never the button's own focus ring. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem auto 5.5rem;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    inline-size: 100%;
    min-block-size: var(--_gr-target-size);
    padding: var(--_gr-space-2) var(--_gr-space-3);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    background: var(--_gr-color-surface);
    color: var(--_gr-color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .team[aria-pressed='true'] {
    border-color: var(--_gr-color-primary);
    box-shadow: inset 0 0 0 2px var(--_gr-color-primary);
    background: var(--_gr-color-surface-raised);
  }
  .team-name {
    font-weight: var(--_gr-font-weight-bold);
    overflow-wrap: anywhere;
  }
  /* A team's three lines (the name, two of .team-meta) before it has its words (team-list.ts). */
  .team-blank {
    display: block;
    block-size: calc(1lh + 2 * var(--_gr-line-height) * var(--_gr-font-size-sm));
  }
  .team-meta,
  .note {
    color: var(--_gr-color-text-muted);
    font-size: var(--_gr-font-size-sm);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gr-space-4);
    align-items: flex-end;
    margin-block: var(--_gr-space-4);
  }
  .filters .field {
    margin-block-end: var(--_gr-space-3);
  }
  .filters .search {
    flex: 1 1 100%;
  }
  .row-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gr-space-3);
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gr-space-4);
  }
  .more summary {
    min-block-size: var(--_gr-target-size);
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: var(--_gr-font-weight-bold);
  }
  .total {
    margin: 0;
    font-weight: var(--_gr-font-weight-bold);
  }

  /* The grid: a scroll box; header sticky; rows absolutely placed at index × row height. */
  .viewport {
    position: relative;
    block-size: var(--volunteer-roster-grid-height, 28rem);
    overflow: auto;
    margin-block-start: var(--_gr-space-2);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    overscroll-behavior: contain;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    min-inline-size: 60rem;
    background: var(--_gr-color-surface-raised);
    font-weight: var(--_gr-font-weight-bold);
  }
  .body {
    position: relative;
    min-inline-size: 60rem;
  }
  .row {
    display: grid;
    grid-template-columns: 9em 2fr 1.4fr 1.3fr 1.6fr 6em 9em;
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
    contain-intrinsic-size: auto 60rem auto calc(var(--_gr-target-size) + var(--_gr-space-2));
    background: var(--_gr-color-surface);
    cursor: pointer;
  }
  .body .row:hover {
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
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .mono {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  .badge {
    display: inline-block;
    padding-inline: var(--_gr-space-1);
    border: 1px solid var(--_gr-color-accent);
    border-radius: var(--_gr-radius);
    color: var(--_gr-color-accent);
    font-size: var(--_gr-font-size-sm);
  }

  .details dl {
    display: grid;
    gap: var(--_gr-space-2);
    margin: 0 0 var(--_gr-space-4);
  }
  .dl-row {
    display: grid;
    grid-template-columns: minmax(6em, 10em) 1fr;
    gap: var(--_gr-space-3);
  }
  .dl-row dt {
    font-weight: var(--_gr-font-weight-bold);
  }
  .dl-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .back {
    margin-block-end: var(--_gr-space-2);
  }
  .form {
    max-inline-size: 40rem;
  }
  .community .field {
    margin-block-end: var(--_gr-space-3);
  }
  .confirmation .reference {
    font-size: var(--_gr-font-size-lg);
    font-weight: var(--_gr-font-weight-bold);
  }
  progress {
    inline-size: 10rem;
    block-size: 1rem;
    accent-color: var(--_gr-color-primary);
  }
  @media (max-width: 30rem) {
    .dl-row {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .row-fields > .field {
      flex: 1 1 100%;
    }
  }
  @media (forced-colors: active) {
    .team[aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
  }
`;

export const rosterStyles = [formStyles, own];
