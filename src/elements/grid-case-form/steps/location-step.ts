import { html, nothing } from 'lit';
import { LIMITS } from '../../../domain/common.js';
import { formatNumber } from '../../../i18n/format.js';
import type { AreaCascadeController } from '../../../controllers/area-cascade-controller.js';
import { fieldDescribedBy, fieldShell, textField } from '../../../forms/index.js';
import { areaPicker } from '../area-picker.js';
import { fieldId } from '../draft-shape.js';
import type { FormContext } from '../form-context.js';
import type { LocateProblem } from '../geolocation.js';

export type GeoStatus = 'idle' | 'locating' | LocateProblem;

/**
 * Step 3: the place (area picker), an address line, and coordinates only on request. `geoText` says how the
 * location button is doing (the form finds its words: they come with the later parts, as the code that locates).
 */
export function locationStep(
  ctx: FormContext,
  areas: AreaCascadeController,
  geo: GeoStatus,
  geoText: string,
  onLocate: () => void,
) {
  const { draft, t } = ctx;
  const coord = (n: number) => formatNumber(n, ctx.locale, { maximumFractionDigits: 5 });
  const point = { id: 'geo', label: t('label.point'), optional: true, hint: t('geo.hint'), error: ctx.errorFor('location.point') };
  return html`
    ${areaPicker(ctx, areas)}
    ${textField(t, {
      id: fieldId('location.address'),
      error: ctx.errorFor('location.address'),
      label: t('label.address'),
      hint: t('hint.address', { max: LIMITS.address }),
      optional: true,
      value: draft.address,
      autocomplete: 'off',
      onInput: (address) => ctx.update({ address }),
    })}
    ${fieldShell(
      t,
      {
        ...point,
        after: html`<p class="geo-status" role="status">
          ${draft.point
            ? t('geo.added', { lat: coord(draft.point.lat), lng: coord(draft.point.lng) })
            : geo === 'idle'
              ? nothing
              : geoText}
        </p>`,
      },
      html`<div class="actions">
        <button type="button" class="button secondary" id=${fieldId('location.point')} aria-describedby=${fieldDescribedBy(point)}
          ?disabled=${geo === 'locating'} @click=${() => (draft.point ? ctx.update({ point: null }) : onLocate())}>
          ${t(draft.point ? 'geo.remove' : 'geo.use')}
        </button>
      </div>`,
      { labelFor: false },
    )}
  `;
}
