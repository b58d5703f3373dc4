import { html, nothing } from 'lit';
import type { AreasApi } from '../../adapters/contract.js';
import { toAdapterError, type AdapterError } from '../../adapters/errors.js';
import type { Area } from '../../domain/areas.js';
import { describedBy, renderFieldError } from '../shared/error-summary.js';
import { fieldId, placeIsPrecise, type ChosenArea } from './draft-shape.js';
import type { FormContext } from './form-context.js';
import { AREA_LEVEL_KEYS } from './messages.js';

type Entry = Area[] | AdapterError | 'loading';

/**
 * The areas the picker has loaded, by parent id, fetched lazily (one level at a time) through
 * `areas.children`, following cursors. Asks its host to re-render when a level arrives.
 */
export class AreaOptions {
  root: Area | AdapterError | 'loading' | undefined;
  private readonly levels = new Map<string, Entry>();

  constructor(
    private readonly api: () => AreasApi,
    private readonly changed: () => void,
  ) {}

  /** Forget everything (a new adapter or locale). */
  reset(): void {
    this.root = undefined;
    this.levels.clear();
  }

  ensureRoot(): void {
    if (this.root !== undefined && !isError(this.root)) return;
    this.root = 'loading';
    this.api()
      .roots()
      .then((roots) => {
        const root = roots[0];
        this.root = root ?? toAdapterError(new Error('No areas'));
        if (root) this.ensure(root.id);
      })
      .catch((e) => (this.root = toAdapterError(e)))
      .finally(this.changed);
  }

  /** Starts loading the children of `parentId` unless loaded or loading. */
  ensure(parentId: string): void {
    const entry = this.levels.get(parentId);
    if (entry !== undefined && !isError(entry)) return;
    // No re-render here: callers are in willUpdate or an event handler that re-renders anyway.
    this.levels.set(parentId, 'loading');
    void this.loadAll(parentId)
      .then((areas) => this.levels.set(parentId, areas))
      .catch((e) => this.levels.set(parentId, toAdapterError(e)))
      .finally(this.changed);
  }

  get(parentId: string): Entry | undefined {
    return this.levels.get(parentId);
  }

  private async loadAll(parentId: string): Promise<Area[]> {
    const out: Area[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result = await this.api().children(parentId, { cursor, limit: 200 });
      out.push(...result.items);
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return out;
  }
}

function isError(entry: unknown): entry is AdapterError {
  return typeof entry === 'object' && entry !== null && 'code' in entry;
}

export function toChosen(area: Area): ChosenArea {
  return { id: area.id, name: area.name, level: area.level, childCount: area.childCount };
}

/**
 * The keyboard-usable alternative to a map: one labelled select per level (district → street →
 * community → grid → compound → building), each appearing once the level above is chosen.
 */
export function areaPicker(ctx: FormContext, options: AreaOptions, errorText: (e: AdapterError) => string) {
  const { draft } = ctx;
  const root = options.root;
  const path = 'location.areaId';
  const error = ctx.errorFor(path);
  const errorId = error ? 'area-error' : undefined;
  const target = placeIsPrecise(draft) ? draft.areaPath.length - 1 : draft.areaPath.length;
  const choose = (index: number, area: Area | undefined) => {
    const areaPath = ctx.draft.areaPath.slice(0, index);
    if (area) {
      areaPath.push(toChosen(area));
      if (area.childCount > 0) options.ensure(area.id);
    }
    ctx.update({ areaPath });
  };

  const selects: unknown[] = [];
  if (root && root !== 'loading' && !isError(root)) {
    for (let i = 0; i <= draft.areaPath.length; i++) {
      const parent = i === 0 ? root : draft.areaPath[i - 1]!;
      if (parent.childCount === 0) break;
      const entry = options.get(parent.id);
      const level = Array.isArray(entry) && entry[0] ? entry[0].level : undefined;
      const id = i === target ? fieldId(path) : `area-${i}`;
      if (entry === undefined || entry === 'loading') {
        selects.push(html`<p class="hint" role="status">${ctx.t('common.loading')}</p>`);
        break;
      }
      if (isError(entry)) {
        selects.push(html`<div class="inline-error" role="alert"><p>${errorText(entry)}</p>
          <button type="button" class="button secondary" @click=${() => options.ensure(parent.id)}>${ctx.t('common.retry')}</button></div>`);
        break;
      }
      const chosen = draft.areaPath[i]?.id ?? '';
      selects.push(html`<div class="area-level">
        <label class="label" for=${id}>${ctx.t(level ? AREA_LEVEL_KEYS[level] : 'area.level.other')}${i >= 4
          ? html` <span class="optional">${ctx.t('field.optional')}</span>`
          : nothing}</label>
        <select class="select" id=${id} aria-describedby=${describedBy(i === target && 'area-hint', i === target && errorId)}
          @change=${(e: Event) => choose(i, entry.find((a) => a.id === (e.target as HTMLSelectElement).value))}>
          <option value="" ?selected=${chosen === ''}>${ctx.t('location.choose')}</option>
          ${entry.map((a) => html`<option value=${a.id} ?selected=${a.id === chosen}>${a.name}</option>`)}
        </select>
      </div>`);
    }
  }

  return html`<div class="field ${error ? 'has-error' : ''}">
    <fieldset>
      <legend>${ctx.t('location.areaLegend')}</legend>
      <span class="hint" id="area-hint">${ctx.t('location.areaHint')}</span>
      ${renderFieldError('area-error', error, ctx.t('a11y.errorPrefix'))}
      ${root === undefined || root === 'loading' ? html`<p class="hint" role="status">${ctx.t('common.loading')}</p>` : nothing}
      ${isError(root)
        ? html`<div class="inline-error" role="alert"><p>${errorText(root)}</p>
            <button type="button" class="button secondary" @click=${() => options.ensureRoot()}>${ctx.t('common.retry')}</button></div>`
        : nothing}
      <div class="area-levels">${selects}</div>
      <p class="chosen-path" aria-live="polite">
        ${draft.areaPath.length
          ? html`${ctx.t('location.chosen')} <strong>${draft.areaPath.map((a) => a.name).join(' › ')}</strong>`
          : nothing}
      </p>
    </fieldset>
  </div>`;
}
