import { css } from 'lit';

/** Layout of `<service-list>`: filters, cards and forms; private tokens and logical properties only. */
export const serviceListStyles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gr-space-3);
    margin-block-end: var(--_gr-space-4);
  }
  .title {
    margin: 0;
    font-size: var(--_gr-font-size-xl);
  }
  .filters {
    display: grid;
    gap: var(--_gr-space-3);
    margin-block-end: var(--_gr-space-4);
    padding: var(--_gr-space-4);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    background: var(--_gr-color-surface-raised);
  }
  .filters .field {
    margin: 0;
  }
  .search-row {
    display: flex;
    gap: var(--_gr-space-2);
  }
  .search-row .input {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: var(--_gr-space-3);
  }
  .disclosure {
    justify-content: flex-start;
  }
  .terms {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .terms.nested {
    padding-inline-start: var(--_gr-space-5);
  }
  .term-row {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gr-space-2);
  }
  .expander {
    font-size: var(--_gr-font-size-lg);
  }
  .count {
    margin-block: 0 var(--_gr-space-3);
    font-weight: var(--_gr-font-weight-bold);
  }
  .items {
    display: grid;
    gap: var(--_gr-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--_gr-space-4);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    background: var(--_gr-color-surface);
    overflow-wrap: anywhere;
  }
  .card-title {
    margin-block: 0 var(--_gr-space-2);
    font-size: var(--_gr-font-size-lg);
  }
  .facts {
    display: grid;
    gap: var(--_gr-space-1);
    margin-block: 0 var(--_gr-space-3);
  }
  .facts .row {
    display: grid;
    grid-template-columns: minmax(5em, 8em) 1fr;
    gap: var(--_gr-space-2);
  }
  .facts dt {
    color: var(--_gr-color-text-muted);
  }
  .facts dd {
    margin: 0;
  }
  @container (max-width: 24em) {
    .facts .row {
      grid-template-columns: 1fr;
    }
  }
  .service-list {
    container-type: inline-size;
  }
  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .muted {
    color: var(--_gr-color-text-muted);
  }
  .badge {
    display: inline-block;
    padding-inline: var(--_gr-space-2);
    border: var(--_gr-border-width) solid currentColor;
    border-radius: var(--_gr-radius);
    font-weight: var(--_gr-font-weight-bold);
  }
  .badge.open,
  .badge.status-done,
  .badge.status-completed {
    color: var(--_gr-color-success);
  }
  .badge.closed {
    color: var(--_gr-color-text-muted);
  }
  .detail {
    margin-block-start: var(--_gr-space-3);
    padding-block-start: var(--_gr-space-3);
    border-block-start: var(--_gr-border-width) solid var(--_gr-color-border);
  }
  .progress {
    display: inline-flex;
    align-items: center;
    gap: var(--_gr-space-2);
  }
  progress {
    inline-size: 8em;
    max-inline-size: 50vw;
    accent-color: var(--_gr-color-primary);
  }
  .more {
    display: grid;
    justify-items: start;
    gap: var(--_gr-space-2);
    margin-block-start: var(--_gr-space-4);
  }
  .shown {
    margin: 0;
  }
  .form {
    max-inline-size: 40em;
  }
  .form-title {
    margin-block: 0 var(--_gr-space-2);
    font-size: var(--_gr-font-size-lg);
  }
  .form-title:focus,
  .confirmation:focus,
  .permission:focus,
  .submit-failure:focus {
    outline: var(--_gr-focus-width) solid var(--_gr-color-focus);
    outline-offset: 2px;
  }
  .submit-failure {
    margin-block-end: var(--_gr-space-4);
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
