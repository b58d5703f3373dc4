import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { AUDIENCES, type Audience, type ListKind } from '../../domain/services.js';
import { AUDIENCE_KEYS, SEARCH_HINT_KEYS, type ServiceListT } from './messages.js';

/** What the filters show; `undefined` lists are loading. */
export interface FiltersView {
  t: ServiceListT;
  kind: ListKind;
  text: string;
  audience: Audience | '';
  /** The district and street selects; null when the area is fixed by the `area` attribute or there is no `areas` group. */
  areas: unknown;
  selectedTerms: number;
  categoriesOpen: boolean;
  /** The category tree (or its loading/error state). */
  facet: unknown;
  hasFilters: boolean;
  onText: (text: string, now: boolean) => void;
  onAudience: (audience: Audience | '') => void;
  onCategories: () => void;
  onClear: () => void;
}

/** The search box, the audience and area selects, the category tree and "clear filters". */
export function renderFilters(v: FiltersView) {
  const { t } = v;
  return html`<form
    class="filters"
    role="search"
    aria-label=${t('sl.filters')}
    part="filters"
    @submit=${(e: Event) => {
      e.preventDefault();
      // Read the box itself: Enter may come before the render that follows typing.
      v.onText((e.target as HTMLFormElement).querySelector<HTMLInputElement>('#sl-text')!.value, true);
    }}
  >
    <div class="field search">
      <label class="label" for="sl-text">${t('sl.search')}</label>
      <span class="hint" id="sl-text-hint">${t(SEARCH_HINT_KEYS[v.kind])}</span>
      <div class="search-row">
        <input
          class="input"
          type="search"
          id="sl-text"
          aria-describedby="sl-text-hint"
          maxlength="100"
          .value=${live(v.text)}
          @input=${(e: Event) => v.onText((e.target as HTMLInputElement).value, false)}
        />
        <button class="button" type="submit">${t('common.search')}</button>
      </div>
    </div>
    <div class="filter-grid">
      <div class="field">
        <label class="label" for="sl-audience">${t('sl.audience')}</label>
        <select
          class="select"
          id="sl-audience"
          @change=${(e: Event) => v.onAudience((e.target as HTMLSelectElement).value as Audience | '')}
        >
          <option value="" ?selected=${v.audience === ''}>${t('sl.audience.any')}</option>
          ${AUDIENCES.map((a) => html`<option value=${a} ?selected=${v.audience === a}>${t(AUDIENCE_KEYS[a])}</option>`)}
        </select>
      </div>
      ${v.areas ?? nothing}
    </div>
    <div class="categories">
      <button
        type="button"
        class="button secondary disclosure"
        aria-expanded=${v.categoriesOpen ? 'true' : 'false'}
        aria-controls="sl-categories"
        @click=${v.onCategories}
      >
        <span aria-hidden="true">${v.categoriesOpen ? '▾' : '▸'}</span>
        ${t('sl.categories.selected', { count: v.selectedTerms })}
      </button>
      <fieldset id="sl-categories" ?hidden=${!v.categoriesOpen}>
        <legend class="visually-hidden">${t('sl.categories')}</legend>
        ${v.facet}
      </fieldset>
    </div>
    ${v.hasFilters
      ? html`<div class="actions"><button type="button" class="button link clear-filters" @click=${v.onClear}>${t('sl.clearFilters')}</button></div>`
      : nothing}
  </form>`;
}
