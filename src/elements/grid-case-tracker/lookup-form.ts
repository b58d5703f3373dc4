import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, renderFieldError } from '../shared/error-summary.js';
import { heading, type ViewContext } from './view-context.js';

export interface LookupFormState {
  value: string;
  /** Shown under the label after an empty submit. */
  error?: string;
  onInput: (value: string) => void;
  onSubmit: (value: string) => void;
}

export const LOOKUP_INPUT_ID = 'lookup-number';

/**
 * "Look up a case": a labelled search form with one input. Enter submits it (implicit
 * submission); it stays on screen so another case can be looked up at any time.
 */
export function renderLookupForm(ctx: ViewContext, state: LookupFormState) {
  const { t } = ctx;
  const submit = (event: Event) => {
    event.preventDefault();
    state.onSubmit(state.value.trim());
  };
  return html`<form class="lookup" part="lookup" role="search" aria-labelledby="lookup-title" novalidate @submit=${submit}>
    ${heading(ctx, 1, t('lookup.title'), { id: 'lookup-title' })}
    <div class=${state.error ? 'field has-error' : 'field'}>
      <label class="label" for=${LOOKUP_INPUT_ID}>${t('lookup.label')}</label>
      <span class="hint" id="lookup-hint">${t('lookup.hint')}</span>
      ${renderFieldError('lookup-error', state.error, t('a11y.errorPrefix'))}
      <div class="lookup-row">
        <input
          class="input"
          id=${LOOKUP_INPUT_ID}
          name="caseNumber"
          type="text"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby=${describedBy('lookup-hint', state.error && 'lookup-error')}
          aria-invalid=${state.error ? 'true' : 'false'}
          .value=${live(state.value)}
          @input=${(event: Event) => state.onInput((event.target as HTMLInputElement).value)}
        />
        <button class="button" type="submit" part="lookup-button">${t('lookup.submit')}</button>
      </div>
    </div>
  </form>`;
}
