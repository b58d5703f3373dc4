import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AreasApi } from '../adapters/contract.js';
import { AdapterError, toAdapterError } from '../adapters/errors.js';
import type { Area } from '../domain/areas.js';
import { isAbort } from './latest-call.js';

/** One level of the cascade: the children of one area, as far as they are loaded. */
export type AreaList =
  | { readonly status: 'loading'; readonly parentId: string }
  | { readonly status: 'error'; readonly parentId: string; readonly error: AdapterError; readonly retry: () => void }
  | { readonly status: 'complete'; readonly parentId: string; readonly areas: readonly Area[] };

export interface AreaCascadeOptions {
  /** The (schema-checked) `areas` group, or undefined when the adapter has none. */
  areas: () => AreasApi | undefined;
  /** The widget's locale, passed to the backend; a change starts over. */
  locale?: () => string;
  /** Page size of each `children` request; every level is read to its last page. Default 200. */
  pageSize?: number;
}

/** The parent id of the first level: the children of the root (the districts of the city). */
const ROOT = '';

type Entry =
  | { status: 'loading'; controller: AbortController }
  | { status: 'error'; error: AdapterError }
  | { status: 'complete'; areas: readonly Area[] };

/**
 * The district → street → community (→ grid → compound → building) cascade behind every area
 * chooser: `levels(path)` gives the children of the root and of each chosen area, loading what it
 * does not have yet. Each level is read with cursor paging to its last page; a failed level keeps
 * its error with a `retry`; a level no longer on the chosen path stops loading (its request is
 * aborted), and a new adapter or locale starts over. Loaded levels are kept per parent, so going
 * back to an earlier choice is instant. `levels` is safe to call from `willUpdate` or `render`: it
 * never requests an update itself until an answer arrives; `choose` is for the change handler.
 */
export class AreaCascadeController implements ReactiveController {
  private readonly lists = new Map<string, Entry>();
  private api?: AreasApi;
  private locale?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AreaCascadeOptions,
  ) {
    host.addController(this);
  }

  private resume = false;

  hostConnected(): void {
    // Render again, so the levels the disconnect stopped are asked for again.
    if (this.resume) this.host.requestUpdate();
    this.resume = false;
  }

  /** A widget taken off the page stops loading; what it needs is loaded again when it returns. */
  hostDisconnected(): void {
    this.resume = [...this.lists.values()].some((e) => e.status !== 'complete');
    this.abortWhere(() => true);
  }

  /** True when the adapter has an `areas` group. */
  get available(): boolean {
    return this.options.areas() !== undefined;
  }

  /**
   * The lists for a chosen path of area ids, top down: `[children of the root, children of path[0], …]`.
   * Empty ids end the path. Starts loading what is missing; aborts loads for parents off the path.
   */
  levels(path: readonly string[]): AreaList[] {
    const parents = [ROOT, ...path.slice(0, firstEmpty(path))];
    this.want(parents);
    return parents.flatMap((id) => {
      const list = this.view(id);
      return list ? [list] : [];
    });
  }

  /**
   * The person chose this path (call it from the change handler): like `levels`, and a level on the path
   * that had failed is tried again, since picking it again is how a person asks for it again.
   */
  choose(path: readonly string[]): void {
    const parents = [ROOT, ...path.slice(0, firstEmpty(path))];
    for (const id of parents) if (this.lists.get(id)?.status === 'error') this.lists.delete(id);
    this.want(parents);
    this.host.requestUpdate();
  }

  /** The children of one chosen area (the last of `path`), or of the root for an empty path. */
  list(path: readonly string[]): AreaList | undefined {
    return this.levels(path).at(-1);
  }

  /** Forgets everything and aborts what is loading (e.g. the backend's areas changed). */
  reset(): void {
    this.abortWhere(() => true);
    this.lists.clear();
  }

  private want(parents: readonly string[]): void {
    const api = this.options.areas();
    const locale = this.options.locale?.();
    if (api !== this.api || locale !== this.locale) {
      this.reset();
      this.api = api;
      this.locale = locale;
    }
    // Off the path: stop loading, and let a failure be tried afresh when it is chosen again.
    this.abortWhere((id) => !parents.includes(id));
    for (const id of parents) if (!this.lists.has(id)) this.load(id);
  }

  private abortWhere(test: (id: string) => boolean): void {
    for (const [id, entry] of [...this.lists]) {
      if (!test(id)) continue;
      if (entry.status === 'loading') {
        entry.controller.abort();
        this.lists.delete(id);
      } else if (entry.status === 'error') {
        this.lists.delete(id);
      }
    }
  }

  private view(parentId: string): AreaList | undefined {
    const entry = this.lists.get(parentId);
    if (!entry) return undefined;
    if (entry.status === 'loading') return { status: 'loading', parentId };
    if (entry.status === 'complete') return { status: 'complete', parentId, areas: entry.areas };
    return {
      status: 'error',
      parentId,
      error: entry.error,
      retry: () => {
        if (this.lists.get(parentId) !== entry) return;
        this.lists.delete(parentId);
        this.load(parentId);
        this.host.requestUpdate();
      },
    };
  }

  private load(parentId: string): void {
    const api = this.api;
    if (!api) return;
    const controller = new AbortController();
    const entry: Entry = { status: 'loading', controller };
    this.lists.set(parentId, entry);
    const settle = (next: Entry | null) => {
      if (this.lists.get(parentId) !== entry) return;
      if (next) this.lists.set(parentId, next);
      else this.lists.delete(parentId);
      this.host.requestUpdate();
    };
    this.readAll(api, parentId, controller.signal).then(
      (areas) => settle({ status: 'complete', areas }),
      (e: unknown) => settle(isAbort(e, controller.signal) ? null : { status: 'error', error: toAdapterError(e) }),
    );
  }

  /** Every child of `parentId` (the root's for ROOT), page after page to the last. */
  private async readAll(api: AreasApi, parentId: string, signal: AbortSignal): Promise<Area[]> {
    const locale = this.locale;
    const parent = parentId || (await api.roots({ signal, locale }))[0]?.id;
    if (!parent) return [];
    const areas: Area[] = [];
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await api.children(parent, { cursor, limit: this.options.pageSize ?? 200, signal, locale });
      areas.push(...page.items);
      cursor = page.nextCursor;
      if (cursor !== null && seen.has(cursor)) throw new AdapterError('invalid_response', `The areas under ${parent} page in a loop.`);
      if (cursor !== null) seen.add(cursor);
    } while (cursor !== null);
    return areas;
  }
}

function firstEmpty(path: readonly string[]): number {
  const i = path.findIndex((id) => !id);
  return i < 0 ? path.length : i;
}
