import { html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { OrgsApi } from '../../adapters/contract.js';
import { LIMITS } from '../../domain/common.js';
import type { OrgSearchHit } from '../../domain/orgs.js';
import { AdapterCallController } from '../../controllers/adapter-call-controller.js';
import { SearchAsYouType } from '../../controllers/search-as-you-type.js';
import type { Page } from '../../adapters/contract.js';
import type { OrgTreeHost } from './tree-row.js';

/** How many hits one search shows; more means the text is too vague to browse. */
export const SEARCH_LIMIT = 20;

/**
 * Search through `orgs.search` as a person types: at once, or after the pause `orgs.hints` asks for
 * (SearchAsYouType); a new search aborts the one in flight (AdapterCallController), so a slow stale
 * answer never replaces a newer one.
 */
export class OrgSearch {
  text = '';
  readonly call: AdapterCallController<Page<OrgSearchHit>>;
  private readonly typing: SearchAsYouType;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: () => OrgsApi | undefined,
    private readonly locale: () => string,
    onResults: (page: Page<OrgSearchHit>) => void,
  ) {
    this.call = new AdapterCallController(host, { onComplete: onResults });
    this.typing = new SearchAsYouType(host, () => this.api()?.hints);
  }

  input(text: string): void {
    this.text = text;
    this.typing.cancel();
    if (!text.trim()) {
      this.call.abort();
      this.call.value = undefined;
      this.host.requestUpdate();
      return;
    }
    this.typing.typed(() => this.run());
  }

  /** Searches now (Enter in the box, or retry). */
  run(): void {
    this.typing.cancel();
    const text = this.text.trim();
    const api = this.api();
    if (!text || !api) return;
    void this.call.run((signal) => api.search(text, { signal, limit: SEARCH_LIMIT, locale: this.locale() }));
  }

  clear(): void {
    this.typing.cancel();
    this.text = '';
    this.call.abort();
    this.call.value = undefined;
    this.host.requestUpdate();
  }
}

export interface SearchView extends OrgTreeHost {
  search: OrgSearch;
  /** Hits outside the tree shown (a `root` was set) are left out. */
  inTree: (hit: OrgSearchHit) => boolean;
  onChoose: (hit: OrgSearchHit) => void;
  /** What the last reveal said ("not found", "outside"), shown under the box. */
  note: string;
}

/** The search box and its result list: buttons, each with the hit's path. */
export function renderSearch(v: SearchView): unknown {
  const { search, t } = v;
  const call = search.call;
  const hits = search.text.trim() && call.value ? call.value.items.filter(v.inTree) : undefined;
  return html`<div class="search" part="search" role="search">
    <label class="label" for="org-search">${t('orgTree.search.label')}</label>
    <p class="hint" id="org-search-hint">${t('orgTree.search.hint')}</p>
    <input
      id="org-search"
      class="input"
      type="search"
      part="search-input"
      autocomplete="off"
      maxlength=${LIMITS.search}
      aria-describedby="org-search-hint org-search-status"
      aria-controls="org-search-results"
      .value=${live(search.text)}
      @input=${(e: Event) => search.input((e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter') search.run();
        else if (e.key === 'Escape' && search.text) {
          e.preventDefault();
          search.clear();
        }
      }}
    />
    <div id="org-search-status" class="search-status">
      ${call.status === 'pending' ? html`<span class="spinner" aria-hidden="true"></span> ${t('common.loading')}` : nothing}
      ${call.status === 'error' && search.text.trim()
        ? html`<span class="field-error">${v.errorText(call.error!)}</span>
            <button type="button" class="button secondary" @click=${() => search.run()}>${t('common.retry')}</button>`
        : nothing}
      ${hits && call.status !== 'pending' ? searchSummary(v, hits.length) : nothing}
      ${v.note ? html`<span class="note">${v.note}</span>` : nothing}
    </div>
    <ul id="org-search-results" class="hits" part="search-results" ?hidden=${!hits?.length}>
      ${(hits ?? []).map(
        (hit) => html`<li>
          <button type="button" class="hit" part="search-hit" @click=${() => v.onChoose(hit)}>
            <span class="name">${hit.organization.name}</span>
            <span class="meta">${hit.path.map((p) => p.name).join(' › ')}</span>
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}

function searchSummary(v: SearchView, shown: number): unknown {
  const total = v.search.call.value?.total ?? shown;
  return html`<span>${v.t('orgTree.search.results', { count: total })}</span>
    ${total > shown && shown > 0 ? html`<span> ${v.t('orgTree.search.showing', { shown })}</span>` : nothing}`;
}
