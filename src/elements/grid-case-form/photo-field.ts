import type { LaterKit } from './later-parts.js';
import type { PhotoList } from './photo-picker.js';

export interface PhotoFieldProps {
  /** The control's id (`fieldId('photos')`) and the field's error and label, from the form. */
  id: string;
  label: string;
  error: string | undefined;
  list: PhotoList;
  /** How many photos of a restored draft could not be kept. */
  lost: number;
  add: (files: File[]) => void;
  /** Removes photo `index`, then says `done` (the words that it is removed). */
  remove: (index: number, done: string) => void;
}

/** Up to three photos: label, hint, error, then a removable preview of each and the file input (a note once full). */
export function photoField(kit: LaterKit, p: PhotoFieldProps) {
  const { html, nothing, t, limits } = kit;
  const { list } = p;
  const full = list.files.length >= limits.photos;
  const chrome = {
    id: p.id,
    label: p.label,
    optional: !full,
    hint: t('hint.photos', { count: limits.photos, mb: limits.photoBytes / 1024 / 1024 }),
    error: p.error,
    before: html`${p.lost > 0 ? html`<p class="note" role="status">${t('photos.lost', { count: p.lost })}</p>` : nothing}
    ${list.files.length
      ? html`<ul class="photos" aria-label=${p.label}>
          ${list.files.map(
            (file, i) => html`<li class="photo">
              <img src=${list.url(i)} alt=${t('photos.alt', { n: i + 1, name: file.name })} />
              <button type="button" class="button secondary" @click=${() => p.remove(i, t('photos.removed'))}>${t('photos.remove', { n: i + 1 })}</button>
            </li>`,
          )}
        </ul>`
      : nothing}`,
  };
  if (full) {
    // No more to add: the summary's link and "Change" land on this note instead of the input.
    return kit.fieldShell(t, chrome, html`<p class="hint" id=${chrome.id} tabindex="-1">${t('photos.full', { count: limits.photos })}</p>`, {
      labelFor: false,
    });
  }
  return kit.fileField(t, {
    ...chrome,
    accept: kit.photoTypes.join(','),
    multiple: true,
    resetAfterPick: true,
    onFiles: (files) => {
      if (files.length) p.add(files);
    },
  });
}
