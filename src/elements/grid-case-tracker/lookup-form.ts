import { html } from 'lit';
import { textField } from '../../forms/index.js';
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
    ${textField(t, {
      id: LOOKUP_INPUT_ID,
      idBase: 'lookup',
      name: 'caseNumber',
      label: t('lookup.label'),
      hint: t('lookup.hint'),
      error: state.error,
      value: state.value,
      autocomplete: 'off',
      spellcheck: false,
      enterkeyhint: 'search',
      onInput: state.onInput,
      wrap: (control) => html`<div class="lookup-row">
        ${control}
        <button class="button" type="submit" part="lookup-button">${t('lookup.submit')}</button>
      </div>`,
    })}
  </form>`;
}
