import { css } from 'lit';

/** `<grid-case-form>`'s own layout: one column that works from 360 px up; logical properties only. */
export const caseFormStyles = css`
  .form {
    max-inline-size: 44rem;
    padding: var(--_gr-space-4);
  }
  .caption {
    display: block;
    color: var(--_gr-color-text-muted);
    font-size: var(--_gr-font-size-lg);
  }
  .step-heading,
  .panel-title {
    margin-block: var(--_gr-space-1) var(--_gr-space-5);
    font-size: var(--_gr-font-size-xl);
    line-height: 1.3;
  }
  .step-heading:focus,
  .panel-title:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: var(--_gr-focus-width) solid var(--_gr-color-focus-text);
  }
  .back {
    margin-block-end: var(--_gr-space-3);
  }
  .lead {
    font-size: var(--_gr-font-size-lg);
    margin-block: 0 var(--_gr-space-4);
  }
  .category-group + .category-group {
    margin-block-start: var(--_gr-space-4);
  }
  .group-title {
    margin-block: 0 var(--_gr-space-2);
    font-weight: var(--_gr-font-weight-bold);
    font-size: var(--_gr-font-size-lg);
  }
  .area-level {
    margin-block-end: var(--_gr-space-3);
  }
  .chosen-path {
    margin-block: var(--_gr-space-2) 0;
    overflow-wrap: anywhere;
  }
  .conditional {
    margin-inline-start: calc(var(--_gr-target-size) * 0.3);
    padding-inline-start: var(--_gr-space-4);
    border-inline-start: 4px solid var(--_gr-color-border);
  }
  .photos {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gr-space-3);
    margin: 0 0 var(--_gr-space-3);
    padding: 0;
    list-style: none;
  }
  .photo {
    display: flex;
    flex-direction: column;
    gap: var(--_gr-space-2);
    inline-size: 9rem;
  }
  .photo img {
    inline-size: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border: var(--_gr-border-width) solid var(--_gr-color-border);
  }
  .note {
    margin-block: 0 var(--_gr-space-3);
    padding: var(--_gr-space-2) var(--_gr-space-3);
    border-inline-start: 4px solid var(--_gr-color-warning);
    background: var(--_gr-color-surface-raised);
  }
  .geo-status:empty {
    display: none;
  }
  .similar-list {
    margin: 0 0 var(--_gr-space-5);
    padding: 0;
    list-style: none;
  }
  .similar-case {
    padding: var(--_gr-space-3);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-radius: var(--_gr-radius);
    margin-block-end: var(--_gr-space-3);
    overflow-wrap: anywhere;
  }
  .similar-title {
    margin: 0 0 var(--_gr-space-1);
    font-size: var(--_gr-font-size-lg);
  }
  .similar-meta,
  .similar-text {
    margin-block: 0 var(--_gr-space-2);
  }
  .tag {
    display: inline-block;
    padding-inline: var(--_gr-space-2);
    border: 1px solid currentColor;
    border-radius: var(--_gr-radius);
  }
  .summary-list {
    margin: 0 0 var(--_gr-space-5);
  }
  .summary-row {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_gr-space-1);
    padding-block: var(--_gr-space-3);
    border-block-end: 1px solid var(--_gr-color-border);
  }
  .summary-key {
    font-weight: var(--_gr-font-weight-bold);
  }
  .summary-value,
  .summary-action {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .summary-action a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_gr-target-size);
  }
  @media (min-width: 40rem) {
    .summary-row {
      grid-template-columns: 30% 1fr auto;
      gap: var(--_gr-space-4);
    }
  }
  .panel {
    padding: var(--_gr-space-5);
    margin-block-end: var(--_gr-space-5);
    background: var(--_gr-color-success);
    color: var(--_gr-color-surface);
    text-align: center;
  }
  .panel-title {
    margin-block: 0 var(--_gr-space-3);
  }
  .panel-body {
    margin: 0;
    font-size: var(--_gr-font-size-lg);
  }
  .public-number {
    font-size: var(--_gr-font-size-xl);
    overflow-wrap: anywhere;
  }
  .next-steps li + li {
    margin-block-start: var(--_gr-space-2);
  }
  .restored {
    margin-block-end: var(--_gr-space-4);
  }
  .submit-error {
    margin-block-end: var(--_gr-space-4);
  }
  .discard {
    margin-block-start: var(--_gr-space-6);
  }
  a.button {
    text-decoration: none;
  }
  @media (forced-colors: active) {
    .panel {
      border: 3px solid CanvasText;
    }
  }
`;
