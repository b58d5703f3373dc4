import { css } from 'lit';

/**
 * Base styles every widget includes after `tokens`: host defaults, the
 * visually-hidden utility, the focus ring, buttons, status boxes and the
 * spinner. Uses only the private `--_gr-*` tokens and logical properties.
 */
export const shared = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_gr-font-family);
    font-size: var(--_gr-font-size-base);
    line-height: var(--_gr-line-height);
    color: var(--_gr-color-text);
    background: var(--_gr-color-surface);
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  /* GOV.UK-style focus: yellow fill edge plus a dark outline, visible on any background. */
  :focus-visible {
    outline: var(--_gr-focus-width) solid var(--_gr-color-focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_gr-focus-width) * 2) var(--_gr-color-focus);
  }

  a {
    color: var(--_gr-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_gr-space-2);
    min-block-size: var(--_gr-target-size);
    min-inline-size: var(--_gr-target-size);
    padding-block: var(--_gr-space-2);
    padding-inline: var(--_gr-space-4);
    border: var(--_gr-border-width) solid var(--_gr-color-primary);
    border-radius: var(--_gr-radius);
    font: inherit;
    font-weight: var(--_gr-font-weight-bold);
    line-height: 1.25;
    cursor: pointer;
    background: var(--_gr-color-primary);
    color: var(--_gr-color-primary-contrast);
    transition: background-color var(--_gr-motion-duration) ease-out;
  }
  .button:hover {
    text-decoration: underline;
  }
  .button.secondary {
    background: var(--_gr-color-surface);
    color: var(--_gr-color-primary);
  }
  .button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_gr-color-primary);
    font-weight: normal;
    text-decoration: underline;
    padding-inline: var(--_gr-space-1);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .status {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_gr-space-2);
    padding: var(--_gr-space-4);
    border: var(--_gr-border-width) solid var(--_gr-color-border);
    border-inline-start: calc(var(--_gr-border-width) + 4px) solid var(--_gr-color-info);
    border-radius: var(--_gr-radius);
    background: var(--_gr-color-surface-raised);
    color: var(--_gr-color-text);
  }
  .status.error {
    border-inline-start-color: var(--_gr-color-danger);
  }
  .status.success {
    border-inline-start-color: var(--_gr-color-success);
  }
  .status.warning {
    border-inline-start-color: var(--_gr-color-warning);
  }
  .status-title {
    margin: 0;
    font-size: var(--_gr-font-size-lg);
    font-weight: var(--_gr-font-weight-bold);
  }
  .status-text {
    margin: 0;
  }
  .error-text {
    color: var(--_gr-color-danger);
    font-weight: var(--_gr-font-weight-bold);
  }

  .spinner {
    display: inline-block;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.2em solid var(--_gr-color-border);
    border-block-start-color: var(--_gr-color-primary);
    border-radius: 50%;
    animation: gr-spin 0.9s linear infinite;
    vertical-align: middle;
  }
  @keyframes gr-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-block-start-color: var(--_gr-color-border);
      border-style: dotted;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
