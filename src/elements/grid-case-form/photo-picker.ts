import { validatePhotos } from '../../domain/case-validation.js';
import type { FieldErrors } from '../../domain/field-errors.js';

/**
 * The chosen photo files and their preview URLs (the field that shows them is photo-field.ts, a later part). A URL is made when a preview is first shown
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
