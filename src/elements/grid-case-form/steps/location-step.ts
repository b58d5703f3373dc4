import { html, nothing } from 'lit';
import type { AdapterError } from '../../../adapters/errors.js';
import { LIMITS } from '../../../domain/common.js';
import { formatNumber } from '../../../i18n/format.js';
import { areaPicker, type AreaOptions } from '../area-picker.js';
import { fieldId } from '../draft-shape.js';
import { textField } from '../fields.js';
import type { FormContext } from '../form-context.js';
import type { LocateProblem } from '../geolocation.js';
import { GEO_STATUS_KEYS } from '../messages.js';

export type GeoStatus = 'idle' | 'locating' | LocateProblem;

/** Step 3: the place (area picker), an address line, and coordinates only on request. */
export function locationStep(
  ctx: FormContext,
  areas: AreaOptions,
  geo: GeoStatus,
  onLocate: () => void,
  errorText: (e: AdapterError) => string,
) {
  const { draft } = ctx;
  const coord = (n: number) => formatNumber(n, ctx.locale, { maximumFractionDigits: 5 });
  return html`
    ${areaPicker(ctx, areas, errorText)}
    ${textField(ctx, {
      path: 'location.address',
      label: ctx.t('label.address'),
      hint: ctx.t('hint.address', { max: LIMITS.address }),
      optional: true,
      value: draft.address,
      autocomplete: 'off',
      onInput: (address) => ctx.update({ address }),
    })}
    <div class="field">
      <p class="label" id="geo-label">${ctx.t('label.point')} <span class="optional">${ctx.t('field.optional')}</span></p>
      <span class="hint" id="geo-hint">${ctx.t('geo.hint')}</span>
      <div class="actions">
        <button type="button" class="button secondary" id=${fieldId('location.point')} aria-describedby="geo-hint"
          ?disabled=${geo === 'locating'} @click=${() => (draft.point ? ctx.update({ point: null }) : onLocate())}>
          ${ctx.t(draft.point ? 'geo.remove' : 'geo.use')}
        </button>
      </div>
      <p class="geo-status" role="status">
        ${draft.point
          ? ctx.t('geo.added', { lat: coord(draft.point.lat), lng: coord(draft.point.lng) })
          : geo === 'idle'
            ? nothing
            : ctx.t(GEO_STATUS_KEYS[geo])}
      </p>
    </div>
  `;
}
