import { html, nothing } from 'lit';
import { validatePhotos } from '../../domain/case-validation.js';
import { LIMITS, PHOTO_TYPES } from '../../domain/common.js';
import type { FieldErrors } from '../../domain/field-errors.js';
import { describedBy, renderFieldError } from '../shared/error-summary.js';
import { fieldId } from './draft-shape.js';
import type { FormContext } from './form-context.js';

/**
 * The chosen photo files and their preview URLs. A URL is made when a preview is first shown
 * and revoked when its photo is removed or the form leaves the page (`release`).
 */
export class PhotoList {
  files: File[] = [];
  private readonly urls = new Map<File, string>();

  /** Adds files when the whole list still passes `validatePhotos`; otherwise adds none and returns why. */
  add(files: readonly File[]): FieldErrors {
    const next = [...this.files, ...files];
    const errors = validatePhotos(next);
    if (Object.keys(errors).length) return errors;
    this.files = next;
    return {};
  }

  /** Replaces the list (restoring a draft); files that no longer pass are dropped. */
  set(files: readonly File[]): void {
    this.clear();
    for (const file of files) this.add([file]);
  }

  remove(index: number): void {
    const [file] = this.files.splice(index, 1);
    if (file) this.revoke(file);
  }

  clear(): void {
    this.release();
    this.files = [];
  }

  /** Revokes every preview URL; previews are made again if shown again. */
  release(): void {
    for (const file of [...this.urls.keys()]) this.revoke(file);
  }

  url(index: number): string {
    const file = this.files[index];
    if (!file) return '';
    let url = this.urls.get(file);
    if (!url) {
      url = URL.createObjectURL(file);
      this.urls.set(file, url);
    }
    return url;
  }

  private revoke(file: File): void {
    const url = this.urls.get(file);
    if (url) URL.revokeObjectURL(url);
    this.urls.delete(file);
  }
}

/** Up to three photos: a file input, then a removable preview of each. */
export function photoField(
  ctx: FormContext,
  list: PhotoList,
  lost: number,
  onAdd: (files: File[]) => void,
  onRemove: (index: number) => void,
) {
  const id = fieldId('photos');
  const error = ctx.errorFor('photos');
  const full = list.files.length >= LIMITS.photos;
  return html`<div class="field ${error ? 'has-error' : ''}">
    ${full
      ? html`<p class="label">${ctx.t('label.photos')}</p>`
      : html`<label class="label" for=${id}>${ctx.t('label.photos')} <span class="optional">${ctx.t('field.optional')}</span></label>`}
    <span class="hint" id="${id}-hint">${ctx.t('hint.photos', { count: LIMITS.photos, mb: LIMITS.photoBytes / 1024 / 1024 })}</span>
    ${renderFieldError(`${id}-error`, error, ctx.t('a11y.errorPrefix'))}
    ${lost > 0 ? html`<p class="note" role="status">${ctx.t('photos.lost', { count: lost })}</p>` : nothing}
    ${list.files.length
      ? html`<ul class="photos" aria-label=${ctx.t('label.photos')}>
          ${list.files.map(
            (file, i) => html`<li class="photo">
              <img src=${list.url(i)} alt=${ctx.t('photos.alt', { n: i + 1, name: file.name })} />
              <button type="button" class="button secondary" @click=${() => onRemove(i)}>
                ${ctx.t('photos.remove', { n: i + 1 })}
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
    ${full
      ? html`<p class="hint" id=${id} tabindex="-1">${ctx.t('photos.full', { count: LIMITS.photos })}</p>`
      : html`<input
          class="file-input"
          id=${id}
          type="file"
          accept=${PHOTO_TYPES.join(',')}
          multiple
          aria-describedby=${describedBy(`${id}-hint`, error && `${id}-error`)}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length) onAdd(files);
          }}
        />`}
  </div>`;
}
