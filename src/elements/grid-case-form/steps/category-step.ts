import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CaseCategory } from '../../../domain/cases.js';
import { choiceInput, groupShell } from '../../../forms/index.js';
import { fieldId } from '../draft-shape.js';
import type { FormContext } from '../form-context.js';

/** Whether a category matches the search text (name, description, keywords, group). */
export function matchesCategory(category: CaseCategory, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [category.name, category.description, category.groupName, ...category.keywords].some((s) => s.toLowerCase().includes(needle));
}

/** Step 1: the kind of problem, searchable and grouped; one radio group across the groups. */
export function categoryStep(ctx: FormContext, categories: readonly CaseCategory[], query: string, onQuery: (q: string) => void) {
  const path = 'categoryCode';
  const id = fieldId(path);
  const chosen = ctx.draft.categoryCode;
  // The chosen one stays visible whatever the search, so a choice never silently disappears.
  const shown = categories.filter((c) => c.code === chosen || matchesCategory(c, query));
  const groups = new Map<string, { name: string; items: CaseCategory[] }>();
  for (const c of shown) {
    const group = groups.get(c.group) ?? { name: c.groupName, items: [] };
    group.items.push(c);
    groups.set(c.group, group);
  }
  let index = 0;
  return html`
    <div class="field search-field">
      <label class="label" for="category-search">${ctx.t('category.search')}</label>
      <span class="hint" id="category-search-hint">${ctx.t('category.searchHint')}</span>
      <input class="input" id="category-search" type="search" autocomplete="off" aria-describedby="category-search-hint category-count"
        .value=${live(query)} @input=${(e: Event) => onQuery((e.target as HTMLInputElement).value)} />
      <p class="hint" id="category-count" aria-live="polite">${ctx.t('category.count', { count: shown.length })}</p>
    </div>
    ${groupShell(
      ctx.t,
      { id, label: ctx.t('label.category'), error: ctx.errorFor(path) },
      html`${shown.length === 0 ? html`<p>${ctx.t('category.none')}</p>` : nothing}
      ${[...groups].map(
        ([code, group]) => html`<div class="category-group" role="group" aria-labelledby="group-${code}">
          <p class="group-title" id="group-${code}">${group.name}</p>
          ${group.items.map((c) =>
            choiceInput({
              type: 'radio',
              id: index++ === 0 ? id : `category-${c.code}`,
              name: 'category',
              value: c.code,
              label: c.name,
              hint: c.description,
              checked: c.code === chosen,
              onChange: () => ctx.update({ categoryCode: c.code }),
            }),
          )}
        </div>`,
      )}`,
      { legendHidden: true },
    )}
  `;
}
