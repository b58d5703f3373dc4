import { html, nothing } from 'lit';
import type { AdapterError } from '../adapters/errors.js';
import type { AreaList } from '../controllers/area-cascade-controller.js';
import { selectField, type FieldChrome, type FormText } from './fields.js';

export interface AreaSelectProps extends FieldChrome {
  /** The level from `AreaCascadeController.levels()`; undefined when there is nothing to choose yet. */
  list: AreaList | undefined;
  value: string;
  onChange: (id: string) => void;
  /** The first option once the list is there ("Any", "Choose…"). */
  placeholder: string;
  /** The first option while the list loads. */
  loading: string;
  /** Words for a failed load, and its retry button. */
  errorText: (error: AdapterError) => string;
  retryLabel: string;
  disabled?: boolean;
}

/** The inline "could not load, try again" under a control. */
export function inlineRetry(text: unknown, retryLabel: string, retry: () => void) {
  return html`<div class="inline-error" role="alert">
    <p>${text}</p>
    <button type="button" class="button secondary" @click=${retry}>${retryLabel}</button>
  </div>`;
}

/** One level of an area chooser: a labelled select of the level's areas, saying when it loads or failed (with retry). */
export function areaSelect(t: FormText, p: AreaSelectProps) {
  const list = p.list;
  const areas = list?.status === 'complete' ? list.areas : [];
  return selectField(t, {
    ...p,
    options: [{ value: '', label: list?.status === 'loading' ? p.loading : p.placeholder }, ...areas.map((a) => ({ value: a.id, label: a.name }))],
    after: html`${list?.status === 'error' ? inlineRetry(p.errorText(list.error), p.retryLabel, list.retry) : nothing}${p.after ?? nothing}`,
  });
}
