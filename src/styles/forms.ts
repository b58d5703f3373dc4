import { css } from 'lit';

/**
 * Form styles shared by every widget with a form, after the GOV.UK Design System:
 * label, hint, error message, then the control; an error summary at the top.
 */
export const formStyles = css`
  .field {
    margin-block: 0 var(--_gr-space-5);
  }
  .field.has-error {
    padding-inline-start: var(--_gr-space-3);
    border-inline-start: 5px solid var(--_gr-color-danger);
  }
  .label,
  legend {
    display: block;
    margin-block-end: var(--_gr-space-1);
    font-weight: var(--_gr-font-weight-bold);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .hint {
    display: block;
    margin-block-end: var(--_gr-space-2);
    color: var(--_gr-color-text-muted);
  }
  .field-error {
    display: block;
    margin-block-end: var(--_gr-space-2);
    color: var(--_gr-color-danger);
    font-weight: var(--_gr-font-weight-bold);
  }
  .input,
  .select,
  .textarea {
    display: block;
    inline-size: 100%;
    max-inline-size: 40em;
    min-block-size: var(--_gr-target-size);
    padding: var(--_gr-space-2);
    border: var(--_gr-border-width) solid var(--_gr-color-text);
    border-radius: 0;
    background: var(--_gr-color-surface);
    color: var(--_gr-color-text);
    font: inherit;
  }
  .textarea {
    min-block-size: 6em;
    resize: vertical;
  }
  .has-error .input,
  .has-error .select,
  .has-error .textarea {
    border-color: var(--_gr-color-danger);
    border-width: calc(var(--_gr-border-width) * 2);
  }
  .optional {
    font-weight: normal;
    color: var(--_gr-color-text-muted);
  }
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_gr-space-5);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_gr-space-2);
    min-block-size: var(--_gr-target-size);
    padding-block: var(--_gr-space-1);
  }
  .choice input {
    flex: none;
    inline-size: calc(var(--_gr-target-size) * 0.6);
    block-size: calc(var(--_gr-target-size) * 0.6);
    margin: 0;
    margin-block-start: 0.1em;
    accent-color: var(--_gr-color-primary);
  }
  .choice {
    cursor: pointer;
  }
  .choice-text {
    padding-block-start: 0.15em;
  }
  .option-hint {
    margin: 0;
    font-size: 0.92em;
  }
  .file-input {
    display: block;
    max-inline-size: 100%;
    min-block-size: var(--_gr-target-size);
    font: inherit;
  }
  .inline-error {
    margin-block: 0 var(--_gr-space-3);
    padding: var(--_gr-space-2) var(--_gr-space-3);
    border-inline-start: 4px solid var(--_gr-color-danger);
    background: var(--_gr-color-surface-raised);
  }
  .inline-error p {
    margin-block: 0 var(--_gr-space-2);
  }
  .counter {
    display: block;
    margin-block-start: var(--_gr-space-1);
    color: var(--_gr-color-text-muted);
  }
  .counter.over {
    color: var(--_gr-color-danger);
    font-weight: var(--_gr-font-weight-bold);
  }
  .error-summary {
    margin-block-end: var(--_gr-space-5);
    padding: var(--_gr-space-4);
    border: calc(var(--_gr-border-width) * 3) solid var(--_gr-color-danger);
    background: var(--_gr-color-surface);
  }
  .error-summary:focus {
    outline: var(--_gr-focus-width) solid var(--_gr-color-focus);
  }
  .error-summary h2 {
    margin-block: 0 var(--_gr-space-3);
    font-size: var(--_gr-font-size-xl);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .error-summary li + li {
    margin-block-start: var(--_gr-space-2);
  }
  .error-summary a {
    color: var(--_gr-color-danger);
    font-weight: var(--_gr-font-weight-bold);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-3);
    align-items: center;
  }
`;
