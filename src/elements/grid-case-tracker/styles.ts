import { css } from 'lit';
import { formStyles } from '../../styles/forms.js';

const own = css`
  .gr-root {
    display: flex;
    flex-direction: column;
    gap: var(--_gr-space-5);
  }
  .heading {
    margin: 0 0 var(--_gr-space-3);
    font-weight: var(--_gr-font-weight-bold);
    line-height: 1.3;
  }
  .heading-0 {
    font-size: var(--_gr-font-size-xl);
  }
  .heading-1 {
    font-size: var(--_gr-font-size-lg);
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: var(--_gr-focus-width) solid var(--_gr-color-focus-text);
  }
  p {
    margin: 0;
  }
  .long-text {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  /* Look-up form: the input and its button side by side, stacked when narrow. */
  .lookup .field {
    margin-block-end: 0;
  }
  .lookup-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-2);
  }
  .lookup-row .input {
    flex: 1 1 12em;
    /* Firefox gives inputs a wide intrinsic size; let it shrink to the screen. */
    min-inline-size: 0;
    inline-size: auto;
    max-inline-size: 24em;
  }

  .case {
    display: flex;
    flex-direction: column;
    gap: var(--_gr-space-5);
  }
  .case-status {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-2);
  }
  .badge {
    display: inline-block;
    padding-block: var(--_gr-space-1);
    padding-inline: var(--_gr-space-2);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    font-weight: var(--_gr-font-weight-bold);
    line-height: 1.3;
  }
  .badge.overdue {
    border-color: var(--_gr-color-danger);
    color: var(--_gr-color-danger);
  }
  .badge.overdue::before {
    content: '⚠ ';
  }

  /* Progress: a row of numbered steps that wraps, a column on narrow screens. */
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    align-items: center;
    gap: var(--_gr-space-2);
    flex: 1 1 8em;
    padding: var(--_gr-space-2);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    color: var(--_gr-color-text-muted);
  }
  .step .marker {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    border: var(--_gr-border-width) solid currentColor;
    border-radius: 50%;
  }
  .step.done {
    color: var(--_gr-color-success);
  }
  .step.current {
    color: var(--_gr-color-text);
    border-color: var(--_gr-color-primary);
    border-width: calc(var(--_gr-border-width) * 3);
    font-weight: var(--_gr-font-weight-bold);
  }
  .step.current .marker {
    background: var(--_gr-color-primary);
    border-color: var(--_gr-color-primary);
    color: var(--_gr-color-primary-contrast);
  }
  .off-loop {
    margin-block-start: var(--_gr-space-2);
    font-weight: var(--_gr-font-weight-bold);
  }

  .facts {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: var(--_gr-space-2) var(--_gr-space-4);
    margin: 0;
  }
  .facts .row {
    display: contents;
  }
  .facts dt {
    font-weight: var(--_gr-font-weight-bold);
  }
  .facts dd {
    margin: 0;
    min-inline-size: 0;
  }
  .photos-title {
    margin-block: var(--_gr-space-3) var(--_gr-space-2);
    font-weight: var(--_gr-font-weight-bold);
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-2);
    margin: var(--_gr-space-2) 0 0;
    padding: 0;
    list-style: none;
  }
  .photos img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border: var(--_gr-border-width) solid var(--_gr-color-border);
  }

  /* History: a line down the start edge, one entry per step. */
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
    border-inline-start: calc(var(--_gr-border-width) * 2) solid var(--_gr-color-border);
  }
  .event {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_gr-space-1);
    padding-block: 0 var(--_gr-space-4);
    padding-inline-start: var(--_gr-space-4);
  }
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.5em - var(--_gr-border-width));
    inset-block-start: 0.45em;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    background: var(--_gr-color-primary);
  }
  .event-what {
    font-weight: var(--_gr-font-weight-bold);
  }
  .event-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_gr-space-3);
    color: var(--_gr-color-text-muted);
  }

  .read-only {
    color: var(--_gr-color-text-muted);
  }

  /* The confirm dialog: centred, never wider than the screen. */
  .action-dialog {
    inline-size: min(36em, calc(100vw - 2 * var(--_gr-space-3)));
    max-block-size: calc(100dvh - 2 * var(--_gr-space-3));
    padding: var(--_gr-space-5);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    background: var(--_gr-color-surface);
    color: var(--_gr-color-text);
    font: inherit;
  }
  .action-dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-title {
    margin: 0 0 var(--_gr-space-2);
    font-size: var(--_gr-font-size-xl);
  }
  .dialog-case,
  #dialog-effect {
    margin-block-end: var(--_gr-space-4);
  }
  .dialog-error {
    margin-block-end: var(--_gr-space-4);
  }

  @media (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: var(--_gr-space-2);
    }
    .step {
      flex-basis: 100%;
    }
    .action-dialog {
      padding: var(--_gr-space-4);
    }
  }
  @media (forced-colors: active) {
    .step.current .marker {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .event::before {
      background: CanvasText;
    }
  }
`;

export const trackerStyles = [formStyles, own] as const;
