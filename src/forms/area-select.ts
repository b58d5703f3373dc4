import { html, nothing } from 'lit';
import type { AdapterError } from '../adapters/errors.js';
import type { AreaCascadeController, AreaList } from '../controllers/area-cascade-controller.js';
import type { Area } from '../domain/areas.js';
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

/** The words every level of an area chooser shares. */
export type AreaChooserText = Pick<AreaSelectProps, 'placeholder' | 'loading' | 'errorText' | 'retryLabel'>;

/** What varies per level: its select's id and label, and any field chrome (an error, "optional"). */
export type AreaLevelField = Omit<AreaSelectProps, 'list' | 'value' | 'onChange' | keyof AreaChooserText>;

export interface AreaCascadeSelectsProps extends AreaChooserText {
  /** The chosen area id of each level, top down ('' or missing: none yet). */
  values: readonly string[];
  /** The areas whose children are listed, top down; default `values` (the case form stops at an area without children). */
  parents?: readonly string[];
  /**
   * The select of each level, top down; or, for a chooser as deep as the hierarchy, a function giving level `i`'s
   * select from its list (a label by the level of its areas) with `depth` the levels to show.
   */
  levels: readonly AreaLevelField[] | ((i: number, list: AreaList | undefined) => AreaLevelField);
  depth?: number;
  /** Levels whose parent is not chosen yet: shown disabled (a form's fixed levels) or left out. */
  unchosen: 'disabled' | 'hidden';
  /** The person chose `id` at level `i` (`area` is undefined for "none"); the caller clears the levels below. */
  onChoose: (i: number, id: string, area: Area | undefined) => void;
}

/**
 * The selects of an area chooser, one per level, from the shared area cascade: the district → street →
 * community choosers of every widget and the case form's picker down to the building render through here.
 */
export function areaCascadeSelects(t: FormText, cascade: AreaCascadeController, p: AreaCascadeSelectsProps) {
  const { levels } = p;
  const depth = typeof levels === 'function' ? (p.depth ?? 1) : levels.length;
  const field = (i: number, list: AreaList | undefined) => (typeof levels === 'function' ? levels(i, list) : levels[i]!);
  const parents = (p.parents ?? p.values).slice(0, depth - 1);
  const lists = cascade.levels(parents);
  const selects: unknown[] = [];
  for (let i = 0; i < depth; i++) {
    const list = lists[i];
    if (!list && p.unchosen === 'hidden') break;
    const areas = list?.status === 'complete' ? list.areas : [];
    const { placeholder, loading, errorText, retryLabel } = p;
    selects.push(
      areaSelect(t, {
        placeholder,
        loading,
        errorText,
        retryLabel,
        disabled: !list,
        ...field(i, list),
        list,
        value: p.values[i] ?? '',
        onChange: (id) => {
          const area = areas.find((a) => a.id === id);
          p.onChoose(i, id, area);
          // A fresh pick loads the level below (and tries a failed one again); an area without children has none.
          cascade.choose(!id || area?.childCount === 0 ? parents.slice(0, i) : [...parents.slice(0, i), id]);
        },
      }),
    );
  }
  return selects;
}

/** The change a choice at level `i` makes to values kept under `keys` (top down): that level set, the levels below cleared. */
export function levelPatch<K extends string>(keys: readonly K[], i: number, id: string): Record<K, string> {
  return Object.fromEntries(keys.slice(i).map((key, j) => [key, j === 0 ? id : ''])) as Record<K, string>;
}
