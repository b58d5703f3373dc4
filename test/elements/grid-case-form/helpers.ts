import { waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import '../../../src/elements/grid-case-form/index.js';
import type { GridCaseForm } from '../../../src/elements/grid-case-form/grid-case-form.js';

export const HOME = 'd01-s01-c01';

let counter = 0;
/** A unique draft key per test, so saved drafts never leak between tests. */
export function newDraftKey(): string {
  return `test-${Date.now().toString(36)}-${++counter}`;
}

export function makeAdapter(session: PersonaName = 'resident'): MemoryAdapter {
  return createMemoryAdapter({ session, latency: 0 });
}

const containers: HTMLElement[] = [];

export interface MountOptions {
  adapter?: MemoryAdapter;
  draftKey?: string;
  locale?: string;
  attrs?: Record<string, string>;
}

/** Mounts a form and waits until its first step is on screen. */
export async function mountForm(options: MountOptions = {}): Promise<GridCaseForm> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(html`<grid-case-form locale=${options.locale ?? 'en'} draft-key=${options.draftKey ?? newDraftKey()}></grid-case-form>`, container);
  const form = container.querySelector('grid-case-form')!;
  for (const [k, v] of Object.entries(options.attrs ?? {})) form.setAttribute(k, v);
  form.adapter = options.adapter ?? makeAdapter();
  await waitUntil(() => form.shadowRoot?.querySelector('#step-heading, [part=no-permission], [part=error]'), 'form did not load', { timeout: 15000 });
  return form;
}

export function unmountAll(): void {
  for (const c of containers.splice(0)) c.remove();
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('grid-case-form:test-')) storage.removeItem(key);
  }
}

/** How many photos IndexedDB holds for this storage key (`grid-case-form:<draft-key>`), read as the form stores them. */
export function storedPhotoCount(storageKey: string): Promise<number> {
  return new Promise((resolve) => {
    const open = indexedDB.open('grassroots-gov-widgets', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('draft-photos');
    open.onerror = () => resolve(0);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const get = db.transaction('draft-photos').objectStore('draft-photos').get(storageKey);
        get.onsuccess = () => {
          db.close();
          resolve(Array.isArray(get.result) ? get.result.length : 0);
        };
        get.onerror = () => {
          db.close();
          resolve(0);
        };
      } catch {
        db.close();
        resolve(0);
      }
    };
  });
}

/** Everything the browser keeps of one draft: what a person at a shared terminal could find. */
export interface StoredDraft {
  /** The raw localStorage entry, or null. */
  local: string | null;
  /** The raw sessionStorage entry, or null. */
  session: string | null;
  /** Photos in IndexedDB. */
  photos: number;
}

export async function storedDraft(draftKey: string): Promise<StoredDraft> {
  const key = `grid-case-form:${draftKey}`;
  return { local: localStorage.getItem(key), session: sessionStorage.getItem(key), photos: await storedPhotoCount(key) };
}

/** Waits until the stored draft satisfies `check` (saves are debounced; IndexedDB is async). */
export async function waitForStored(draftKey: string, check: (s: StoredDraft) => boolean, what: string): Promise<StoredDraft> {
  let last: StoredDraft | undefined;
  await waitUntil(async () => check((last = await storedDraft(draftKey))), what, { timeout: 5000, interval: 50 });
  return last!;
}

export function $<T extends Element = HTMLElement>(form: GridCaseForm, selector: string): T {
  const el = form.shadowRoot!.querySelector<T>(selector);
  if (!el) throw new Error(`No ${selector} in the form`);
  return el;
}

export function text(form: GridCaseForm, selector = '.form'): string {
  return (form.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function heading(form: GridCaseForm): string {
  return text(form, '#step-heading');
}

export function active(form: GridCaseForm): Element | null {
  return form.shadowRoot!.activeElement;
}

export async function waitForHeading(form: GridCaseForm, words: string): Promise<void> {
  await waitUntil(() => heading(form).includes(words), `heading never became "${words}" (was "${heading(form)}")`, { timeout: 10000 });
  await form.updateComplete;
}

/** Presses Tab until the focused element in the form matches `predicate`. */
export async function tabTo(form: GridCaseForm, predicate: (el: Element) => boolean, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const el = active(form);
    if (el && predicate(el)) return el;
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
  }
  throw new Error(`Tab never reached the wanted element (at ${active(form)?.outerHTML.slice(0, 120)})`);
}

export const byId = (id: string) => (el: Element) => el.id === id;
export const byText = (words: string) => (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(words);

/** Clicks a button (or link) in the form by its visible text. */
export async function clickText(form: GridCaseForm, words: string, selector = 'button, a'): Promise<void> {
  const el = [...form.shadowRoot!.querySelectorAll<HTMLElement>(selector)].find(byText(words));
  if (!el) throw new Error(`No "${words}" to click`);
  el.click();
  await form.updateComplete;
}

/** Types into a field as a user would (focus, then real key presses). */
export async function typeInto(form: GridCaseForm, id: string, value: string): Promise<void> {
  const el = $<HTMLInputElement>(form, `#${id}`);
  el.focus();
  el.select?.();
  await sendKeys({ type: value });
  await form.updateComplete;
}

/** Chooses an option of a select by its value, the way a mouse user would, and waits for the render. */
export async function choose(form: GridCaseForm, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

/** The area selects in order. */
export function areaSelects(form: GridCaseForm): HTMLSelectElement[] {
  return [...form.shadowRoot!.querySelectorAll<HTMLSelectElement>('.area-level select')];
}

/** Waits until `n` area selects are shown (each level loads lazily). */
export async function waitForSelects(form: GridCaseForm, n: number): Promise<HTMLSelectElement[]> {
  await waitUntil(() => areaSelects(form).length >= n && areaSelects(form)[n - 1]!.options.length > 1, `only ${areaSelects(form).length} area levels`, {
    timeout: 10000,
  });
  await form.updateComplete;
  return areaSelects(form);
}

/** Picks the area path by ids with the mouse: district → … → the area with id `target`. */
export async function pickArea(form: GridCaseForm, target: string): Promise<void> {
  const parts = target.split('-');
  for (let i = 0; i < parts.length; i++) {
    const selects = await waitForSelects(form, i + 1);
    await choose(form, selects[i]!, parts.slice(0, i + 1).join('-'));
  }
}

/** A real mouse click in the middle of an element. */
export async function mouseClick(form: GridCaseForm, el: Element): Promise<void> {
  const { sendMouse } = await import('@web/test-runner-commands');
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
  await form.updateComplete;
}

/** Clicks Continue on the place step and, when similar cases are offered, says it is a different problem. */
export async function continueFromLocation(form: GridCaseForm): Promise<void> {
  await clickText(form, 'Continue');
  await waitUntil(() => /Tell us more|Someone has already|Check your answers/.test(heading(form)), 'no step after the place', { timeout: 10000 });
  if (heading(form).includes('Someone has already')) {
    await clickText(form, 'It is a different problem');
    await waitUntil(() => !heading(form).includes('Someone has already'));
  }
  await form.updateComplete;
}

/** Picks files in the photo input as the file chooser would. */
export async function addFiles(form: GridCaseForm, files: File[]): Promise<void> {
  const input = $<HTMLInputElement>(form, '#f-photos');
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

export function png(name: string, bytes = 64): File {
  return new File([new Uint8Array(bytes).fill(7)], name, { type: 'image/png' });
}

/** Clicks the label of a radio or checkbox, as a person does. */
export async function clickLabel(form: GridCaseForm, words: string): Promise<void> {
  const label = [...form.shadowRoot!.querySelectorAll<HTMLLabelElement>('label')].find(byText(words));
  if (!label) throw new Error(`No label "${words}"`);
  label.click();
  await form.updateComplete;
}

/** From a form mounted with `category="streetlight"` and an `area`: answers the question and reaches the details step. */
export async function streetlightToDetails(form: GridCaseForm): Promise<void> {
  await clickText(form, 'Continue');
  await waitForHeading(form, 'About the problem');
  await clickLabel(form, 'Not working');
  await clickText(form, 'Continue');
  await waitForHeading(form, 'Where is the problem?');
  await waitUntil(() => text(form, '.chosen-path').includes('网格'), 'area attribute not applied');
  await continueFromLocation(form);
  await waitForHeading(form, 'Tell us more');
}

/** The error summary's messages, in order. */
export function summaryMessages(form: GridCaseForm): string[] {
  return [...form.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim());
}

/** Clicks the summary link with this message; resolves once the render is done. */
export async function followSummaryLink(form: GridCaseForm, message: string): Promise<void> {
  const link = [...form.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => a.textContent!.trim() === message);
  if (!link) throw new Error(`No summary link "${message}" in ${summaryMessages(form).join(' | ')}`);
  link.click();
  await form.updateComplete;
  await form.updateComplete;
}

/** A whole anonymous streetlight report up to check answers (mount with `category="streetlight"` and an `area`). */
export async function streetlightToCheck(form: GridCaseForm, description: string): Promise<void> {
  await streetlightToDetails(form);
  await typeInto(form, 'f-description', description);
  await clickLabel(form, 'Anonymously');
  await clickText(form, 'Continue');
  await waitForHeading(form, 'Check your answers');
}
