import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The box shown when a send failed for a reason other than the fields: what went wrong, what is kept, what to do. */
export interface FailureBoxProps {
  /** What went wrong, first and bold (e.g. "Your report was not sent"). */
  title?: unknown;
  /** The reason, in words (`errorText(failure)`). */
  text: unknown;
  /** Reassurance ("Everything you entered is kept"). */
  note?: unknown;
  /** Buttons: "Try again", "Reload". */
  actions?: unknown;
  id?: string;
  class?: string;
  part?: string;
}

/** An alert that `FormController`'s `focus.failure` can move focus to (it has `tabindex="-1"`). */
export function failureBox(p: FailureBoxProps) {
  return html`<div class="status error ${p.class ?? ''}" role="alert" tabindex="-1" id=${ifDefined(p.id)} part=${ifDefined(p.part)}>
    ${p.title ? html`<p class="status-title">${p.title}</p>` : nothing}
    <p class="status-text">${p.text}</p>
    ${p.note ? html`<p class="status-text">${p.note}</p>` : nothing} ${p.actions ?? nothing}
  </div>`;
}

export interface SubmitButtonProps {
  label: unknown;
  /** Shown, after a spinner, while sending. */
  busyLabel: unknown;
  busy: boolean;
  /**
   * `aria` (default): stays focusable while sending (`aria-disabled`), so focus is not lost; a second press is
   * ignored by `FormController`. `disabled`: the native attribute, for a button that moves focus elsewhere anyway.
   */
  block?: 'aria' | 'disabled';
  id?: string;
  part?: string;
}

/** The submit button of a form, with its sending state. */
export function submitButton(p: SubmitButtonProps) {
  const native = p.block === 'disabled';
  return html`<button
    type="submit"
    class="button"
    id=${ifDefined(p.id)}
    part=${ifDefined(p.part)}
    ?disabled=${native && p.busy}
    aria-disabled=${native ? nothing : p.busy ? 'true' : 'false'}
  >
    ${p.busy ? html`<span class="spinner" aria-hidden="true"></span> ${p.busyLabel}` : p.label}
  </button>`;
}
