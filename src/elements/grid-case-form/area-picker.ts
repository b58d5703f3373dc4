import { html, nothing } from 'lit';
import type { AreaCascadeController } from '../../controllers/area-cascade-controller.js';
import type { Area } from '../../domain/areas.js';
import { locatesCase } from '../../domain/case-validation.js';
import { areaCascadeSelects, groupShell } from '../../forms/index.js';
import { chosenArea, fieldId, type ChosenArea } from './draft-shape.js';
import type { FormContext } from './form-context.js';

export function toChosen(area: Area): ChosenArea {
  return { id: area.id, name: area.name, level: area.level, childCount: area.childCount };
}

/** The chosen areas whose children are listed next: down the path while each level has children below it. */
export function openParents(path: readonly ChosenArea[]): string[] {
  const parents: string[] = [];
  for (const area of path) {
    if (area.childCount === 0) break;
    parents.push(area.id);
  }
  return parents;
}

/**
 * The keyboard-usable alternative to a map: one labelled select per level (district → street →
 * community → grid → compound → building), each appearing once the level above is chosen, its
 * areas from the shared area cascade (every page; a failed level says so with a retry). The select
 * the summary links to is the first level that still needs a choice under the domain's rule
 * (`locatesCase`: a grid, compound or building, or the end of a branch).
 */
export function areaPicker(ctx: FormContext, areas: AreaCascadeController) {
  const { draft, t } = ctx;
  const path = draft.areaPath;
  const last = chosenArea(draft);
  const target = last && locatesCase(last) ? path.length - 1 : path.length;
  const parents = openParents(path);
  const levels = areaCascadeSelects(t, areas, {
    placeholder: t('location.choose'),
    loading: t('common.loading'),
    errorText: ctx.errorText,
    retryLabel: t('common.retry'),
    values: path.map((a) => a.id),
    parents,
    depth: parents.length + 1,
    unchosen: 'hidden',
    levels: (i, list) => {
      const level = list?.status === 'complete' ? list.areas[0]?.level : undefined;
      return {
        id: i === target ? fieldId('location.areaId') : `area-${i}`,
        class: 'area-level',
        label: t(`area.level.${level ?? 'other'}`),
        optional: i >= 4,
      };
    },
    onChoose: (i, _id, area) => ctx.update({ areaPath: [...ctx.draft.areaPath.slice(0, i), ...(area ? [toChosen(area)] : [])] }),
  });
  return groupShell(
    t,
    { id: 'area', label: t('location.areaLegend'), hint: t('location.areaHint'), error: ctx.errorFor('location.areaId') },
    html`<div class="area-levels">${levels}</div>
      <p class="chosen-path" aria-live="polite">
        ${path.length ? html`${t('location.chosen')} <strong>${path.map((a) => a.name).join(' › ')}</strong>` : nothing}
      </p>`,
  );
}
