import { html, nothing, type ReactiveControllerHost } from 'lit';

export interface SummaryError {
  /** The id of the control to focus (inside the same shadow root). */
  fieldId: string;
  message: string;
}

/**
 * The GOV.UK error summary: a titled list at the top of a form, each message a link
 * that moves focus to its field. Give the box focus after a failed submit
 * (`focusErrorSummary`), so screen readers announce it and keyboard users start there.
 */
export function renderErrorSummary(title: string, errors: readonly SummaryError[], root: ShadowRoot | null) {
  if (errors.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${errors.map(
        (error) => html`<li>
          <a
            href=${`#${error.fieldId}`}
            @click=${(event: Event) => {
              event.preventDefault();
              focusField(root, error.fieldId);
            }}
            >${error.message}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Focuses the summary box after render; call from an `updated` or after `await updateComplete`. */
export function focusErrorSummary(root: ShadowRoot | null): void {
  root?.querySelector<HTMLElement>('.error-summary')?.focus();
}

/** Renders the host with its new errors, then moves focus to the summary: the step after a failed submit. */
export async function showErrorSummary(host: ReactiveControllerHost & { readonly shadowRoot: ShadowRoot | null }): Promise<void> {
  host.requestUpdate();
  await host.updateComplete;
  focusErrorSummary(host.shadowRoot);
}

/**
 * Focuses a field and scrolls its label (or legend) into view, so the question is seen
 * with the control, as GOV.UK does.
 */
export function focusField(root: ShadowRoot | null, fieldId: string): void {
  const field = root?.getElementById(fieldId) as HTMLElement | null;
  if (!field) return;
  const label = root?.querySelector<HTMLElement>(`label[for="${CSS.escape(fieldId)}"]`) ?? field.closest('fieldset')?.querySelector('legend');
  field.focus({ preventScroll: true });
  (label ?? field).scrollIntoView({ block: 'start', behavior: 'auto' });
}

/** The inline message under a label: a visually hidden "Error:" first, as GOV.UK does. */
export function renderFieldError(id: string, message: string | undefined, prefix: string) {
  if (!message) return nothing;
  return html`<span class="field-error" id=${id}><span class="visually-hidden">${prefix}</span>${message}</span>`;
}

/** `aria-describedby` for a control: hint first, then error, skipping absent ones. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list === '' ? nothing : list;
}
