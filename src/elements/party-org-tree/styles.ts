import { css } from 'lit';

/** Layout, virtual rows and the detail panel. Theme values come only from the private tokens. */
export const orgTreeStyles = css`
  [part='base'] {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--_gr-space-4);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  /* Beside the tree when the widget (not the window) is wide enough; below it on phones. */
  @container (min-width: 52rem) {
    .layout.has-panel {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .tree-pane {
    display: flex;
    flex-direction: column;
    gap: var(--_gr-space-3);
    min-inline-size: 0;
  }

  .search .hint {
    margin-block: 0 var(--_gr-space-1);
  }
  .search-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gr-space-2);
    min-block-size: 1.5em;
    color: var(--_gr-color-text-muted);
  }
  .search-status .field-error {
    margin: 0;
  }
  .hits {
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: 16rem;
    overflow: auto;
    border: var(--_gr-border-width) solid var(--_gr-color-border);
  }
  .hit {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    inline-size: 100%;
    min-block-size: var(--_gr-target-size);
    padding: var(--_gr-space-2) var(--_gr-space-3);
    border: 0;
    border-block-end: 1px solid var(--_gr-color-border);
    background: var(--_gr-color-surface);
    color: var(--_gr-color-primary);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .hit:hover .name {
    text-decoration: underline;
  }
  .hit .meta,
  .meta,
  .muted {
    color: var(--_gr-color-text-muted);
    font-size: var(--_gr-font-size-sm);
  }

  .viewport {
    position: relative;
    block-size: var(--party-org-tree-height, 30rem);
    max-block-size: 75vh;
    overflow: auto;
    overscroll-behavior: contain;
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    background: var(--_gr-color-surface);
  }
  .spacer {
    position: relative;
    min-inline-size: 100%;
  }
  .row {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    display: flex;
    align-items: center;
    gap: var(--_gr-space-1);
    block-size: max(var(--_gr-target-size), calc(var(--_gr-line-height) * 1.9em + var(--_gr-space-2) * 2));
    padding-inline: calc((var(--depth, 1) - 1) * min(1.25em, 4cqi)) var(--_gr-space-2);
    border-inline-start: 4px solid transparent;
    color: var(--_gr-color-text);
    cursor: pointer;
    user-select: none;
    overflow: hidden;
    contain: layout style;
  }
  .row:hover {
    background: var(--_gr-color-surface-raised);
  }
  .row.selected {
    background: var(--_gr-color-surface-raised);
    border-inline-start-color: var(--_gr-color-accent);
  }
  .row.selected .name {
    font-weight: var(--_gr-font-weight-bold);
  }
  .row:focus-visible {
    outline-offset: calc(var(--_gr-focus-width) * -1);
    box-shadow: inset 0 0 0 calc(var(--_gr-focus-width) * 2) var(--_gr-color-focus);
  }
  .probe {
    visibility: hidden;
    pointer-events: none;
  }
  .twisty {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: var(--_gr-target-size);
    block-size: var(--_gr-target-size);
  }
  .twisty:not(.leaf)::before {
    content: '';
    inline-size: 0.55em;
    block-size: 0.55em;
    border-block-start: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform var(--_gr-motion-duration) ease-out;
  }
  :host(:dir(rtl)) .twisty:not(.leaf)::before {
    transform: rotate(-135deg);
  }
  .twisty.open::before {
    transform: rotate(135deg) !important;
  }
  .text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .text > * {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row .meta {
    line-height: 1.4;
  }
  .extra .action,
  .more .text {
    color: var(--_gr-color-primary);
    text-decoration: underline;
  }
  .error-text .name {
    color: var(--_gr-color-danger);
    font-weight: var(--_gr-font-weight-bold);
  }

  .panel {
    min-inline-size: 0;
    padding: var(--_gr-space-4);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
  }
  .panel-title {
    margin: 0 0 var(--_gr-space-2);
    font-size: var(--_gr-font-size-xl);
    overflow-wrap: anywhere;
  }
  .panel h3 {
    margin: var(--_gr-space-4) 0 var(--_gr-space-2);
    font-size: var(--_gr-font-size-lg);
  }
  .path ol {
    display: flex;
    flex-wrap: wrap;
    margin: 0 0 var(--_gr-space-2);
    padding: 0;
    list-style: none;
    color: var(--_gr-color-text-muted);
    font-size: var(--_gr-font-size-sm);
  }
  .path li:not(:last-child)::after {
    content: '›';
    padding-inline: var(--_gr-space-1);
  }
  .mask-hint {
    margin-block: var(--_gr-space-3);
  }
  .people {
    list-style: none;
    margin: 0 0 var(--_gr-space-3);
    padding: 0;
  }
  .person {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-1) var(--_gr-space-3);
    padding-block: var(--_gr-space-2);
    border-block-end: 1px solid var(--_gr-color-border);
    overflow-wrap: anywhere;
  }
  .role,
  .person-name {
    font-weight: var(--_gr-font-weight-bold);
  }
  .commitments {
    flex-basis: 100%;
    margin: 0;
    padding-inline-start: var(--_gr-space-5);
  }
`;
