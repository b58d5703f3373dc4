import type { ReactiveControllerHost } from 'lit';
import type { AreasApi } from '../../adapters/contract.js';
import type { Area } from '../../domain/areas.js';

export type AreaChoice = Pick<Area, 'id' | 'name'>;

/**
 * District and street choices from the `areas` adapter group, fetched once per parent and
 * shared by the area filter and the demand form. A failure leaves the list empty (the area
 * filter is optional; the backend still checks a demand's area).
 */
export class AreaOptions {
  private readonly lists = new Map<string, AreaChoice[] | 'loading'>();
  private api?: AreasApi;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Starts over with another adapter's areas (or none). */
  use(api: AreasApi | undefined): void {
    this.api = api;
    this.lists.clear();
  }

  get available(): boolean {
    return this.api !== undefined;
  }

  /** The districts (children of the first root); undefined while loading. */
  districts(): AreaChoice[] | undefined {
    return this.children('');
  }

  /** The streets of a district; undefined while loading. */
  streets(districtId: string): AreaChoice[] | undefined {
    return districtId ? this.children(districtId) : [];
  }

  private children(parentId: string): AreaChoice[] | undefined {
    const known = this.lists.get(parentId);
    if (known === 'loading') return undefined;
    if (known) return known;
    const api = this.api;
    if (!api) return [];
    this.lists.set(parentId, 'loading');
    void (async () => {
      let list: AreaChoice[] = [];
      try {
        const parent = parentId || (await api.roots())[0]?.id;
        if (parent) list = (await api.children(parent, { limit: 200 })).items.map(({ id, name }) => ({ id, name }));
      } catch {
        list = [];
      }
      if (this.api !== api) return;
      this.lists.set(parentId, list);
      this.host.requestUpdate();
    })();
    return undefined;
  }
}
