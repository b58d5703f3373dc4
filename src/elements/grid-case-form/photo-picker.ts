import { html, nothing } from 'lit';
import { validatePhotos } from '../../domain/case-validation.js';
import { LIMITS, PHOTO_TYPES } from '../../domain/common.js';
import type { FieldErrors } from '../../domain/field-errors.js';
import { fieldShell, fileField } from '../../forms/index.js';
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

/** Up to three photos: label, hint, error, then a removable preview of each and the file input (a note once full). */
export function photoField(
  ctx: FormContext,
  list: PhotoList,
  lost: number,
  onAdd: (files: File[]) => void,
  onRemove: (index: number) => void,
) {
  const { t } = ctx;
  const full = list.files.length >= LIMITS.photos;
  const chrome = {
    id: fieldId('photos'),
    label: t('label.photos'),
    optional: !full,
    hint: t('hint.photos', { count: LIMITS.photos, mb: LIMITS.photoBytes / 1024 / 1024 }),
    error: ctx.errorFor('photos'),
    before: html`${lost > 0 ? html`<p class="note" role="status">${t('photos.lost', { count: lost })}</p>` : nothing}
    ${list.files.length
      ? html`<ul class="photos" aria-label=${t('label.photos')}>
          ${list.files.map(
            (file, i) => html`<li class="photo">
              <img src=${list.url(i)} alt=${t('photos.alt', { n: i + 1, name: file.name })} />
              <button type="button" class="button secondary" @click=${() => onRemove(i)}>${t('photos.remove', { n: i + 1 })}</button>
            </li>`,
          )}
        </ul>`
      : nothing}`,
  };
  if (full) {
    // No more to add: the summary's link and "Change" land on this note instead of the input.
    return fieldShell(t, chrome, html`<p class="hint" id=${chrome.id} tabindex="-1">${t('photos.full', { count: LIMITS.photos })}</p>`, {
      labelFor: false,
    });
  }
  return fileField(t, {
    ...chrome,
    accept: PHOTO_TYPES.join(','),
    multiple: true,
    resetAfterPick: true,
    onFiles: (files) => {
      if (files.length) onAdd(files);
    },
  });
}
