import { html, nothing, type ReactiveController } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Area } from '../../domain/areas.js';
import {
  AVAILABILITY,
  SKILLS,
  VOLUNTEER_SORTS,
  type Availability,
  type Skill,
  type VolunteerQuery,
  type VolunteerSort,
} from '../../domain/volunteers.js';
import { AVAILABILITY_KEYS, SKILL_KEYS, SORT_KEYS, type RosterKey } from './messages.js';
import type { RosterContext } from './roster-context.js';

/** Wait this long after the last keystroke before asking the backend. */
export const SEARCH_DEBOUNCE_MS = 250;

export interface FilterState {
  text: string;
  teamId: string;
  skills: Skill[];
  availability: Availability[];
  /** The district and street chosen in the selects; `area` (the attribute) when neither is. */
  district: string;
  street: string;
  area: string;
  party: '' | 'yes' | 'no';
  sort: VolunteerSort;
}

export const emptyFilters = (): FilterState => ({
  text: '',
  teamId: '',
  skills: [],
  availability: [],
  district: '',
  street: '',
  area: '',
  party: '',
  sort: 'name',
});

/** The backend query for the filters (unset filters left out). */
export function toQuery(f: FilterState): VolunteerQuery {
  const q: VolunteerQuery = { sort: f.sort };
  if (f.text.trim()) q.text = f.text.trim();
  if (f.teamId) q.teamId = f.teamId;
  if (f.skills.length) q.skills = f.skills;
  if (f.availability.length) q.availability = f.availability;
  const areaId = f.street || f.district || f.area;
  if (areaId) q.areaId = areaId;
  if (f.party) q.partyMember = f.party === 'yes';
  return q;
}

/**
 * The filter bar: search (debounced), skills, availability, district/street (through the
 * `areas` group when the adapter has it), party membership and sort. Every change calls
 * `changed()`; the element then resets paging, which aborts the stale request.
 */
export class RosterFilters implements ReactiveController {
  value: FilterState = emptyFilters();
  private districts: Area[] = [];
  private streets: Area[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly ctx: RosterContext,
    private readonly changed: () => void,
  ) {
    ctx.host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Loads the district list (and, for a preset `area`, the district and street above it). */
  async loadAreas(area: string, signal: AbortSignal): Promise<void> {
    const areas = this.ctx.api().areas;
    if (!areas) return;
    try {
      const [root] = await areas.roots({ signal });
      if (!root) return;
      this.districts = (await areas.children(root.id, { signal, limit: 200 })).items;
      if (area) {
        const path = await areas.path(area, { signal });
        const district = path.find((a) => a.level === 'district');
        const street = path.find((a) => a.level === 'street');
        if (district) {
          this.value = { ...this.value, district: district.id, street: street?.id ?? '' };
          await this.loadStreets(district.id, signal);
        }
      }
    } catch {
      // The area filter is a convenience: without it the roster still works (the `area` attribute still applies).
    }
    this.ctx.host.requestUpdate();
  }

  private async loadStreets(districtId: string, signal?: AbortSignal): Promise<void> {
    this.streets = districtId ? (await this.ctx.api().areas!.children(districtId, { signal, limit: 200 })).items : [];
    this.ctx.host.requestUpdate();
  }

  /** Changes filters now and tells the element. */
  set(patch: Partial<FilterState>): void {
    clearTimeout(this.timer);
    this.value = { ...this.value, ...patch };
    this.ctx.host.requestUpdate();
    this.changed();
  }

  get activeCount(): number {
    const v = this.value;
    return [v.text.trim(), v.skills.length, v.availability.length, v.district, v.party].filter(Boolean).length;
  }

  private readonly onSearch = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    this.value = { ...this.value, text };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.set({}), SEARCH_DEBOUNCE_MS);
  };

  private toggle<T extends string>(list: T[], item: T, on: boolean): T[] {
    return on ? [...list, item] : list.filter((x) => x !== item);
  }

  render() {
    const { t } = this.ctx;
    const v = this.value;
    const checks = <T extends string>(key: 'skills' | 'availability', all: readonly T[], labels: Readonly<Record<T, RosterKey>>, chosen: T[]) =>
      all.map(
        (item) => html`<label class="choice">
          <input
            type="checkbox"
            .checked=${live(chosen.includes(item))}
            @change=${(e: Event) => this.set({ [key]: this.toggle(chosen, item, (e.target as HTMLInputElement).checked) })}
          />${t(labels[item])}</label
        >`,
      );
    const hasAreas = !!this.ctx.api().areas;
    return html`<div class="filters" role="search" part="filters">
      <div class="field search">
        <label class="label" for="vr-search">${t('vr.search')}</label>
        <input id="vr-search" class="input" type="search" maxlength="100" .value=${live(v.text)} @input=${this.onSearch} />
      </div>
      <div class="row-fields">
        ${hasAreas
          ? html`<div class="field">
                <label class="label" for="vr-district">${t('vr.district')}</label>
                <select
                  id="vr-district"
                  class="select"
                  @change=${(e: Event) => {
                    const district = (e.target as HTMLSelectElement).value;
                    this.set({ district, street: '', area: '' });
                    void this.loadStreets(district).catch(() => undefined);
                  }}
                >
                  <option value="" ?selected=${!v.district}>${t('vr.any')}</option>
                  ${this.districts.map((d) => html`<option value=${d.id} ?selected=${d.id === v.district}>${d.name}</option>`)}
                </select>
              </div>
              <div class="field">
                <label class="label" for="vr-street">${t('vr.street')}</label>
                <select
                  id="vr-street"
                  class="select"
                  ?disabled=${!v.district}
                  @change=${(e: Event) => this.set({ street: (e.target as HTMLSelectElement).value })}
                >
                  <option value="" ?selected=${!v.street}>${t('vr.any')}</option>
                  ${this.streets.map((s) => html`<option value=${s.id} ?selected=${s.id === v.street}>${s.name}</option>`)}
                </select>
              </div>`
          : nothing}
        <div class="field">
          <label class="label" for="vr-party">${t('vr.party')}</label>
          <select id="vr-party" class="select" @change=${(e: Event) => this.set({ party: (e.target as HTMLSelectElement).value as FilterState['party'] })}>
            <option value="" ?selected=${!v.party}>${t('vr.any')}</option>
            <option value="yes" ?selected=${v.party === 'yes'}>${t('vr.partyYes')}</option>
            <option value="no" ?selected=${v.party === 'no'}>${t('vr.partyNo')}</option>
          </select>
        </div>
        <div class="field">
          <label class="label" for="vr-sort">${t('vr.sort')}</label>
          <select id="vr-sort" class="select" @change=${(e: Event) => this.set({ sort: (e.target as HTMLSelectElement).value as VolunteerSort })}>
            ${VOLUNTEER_SORTS.map((s) => html`<option value=${s} ?selected=${s === v.sort}>${t(SORT_KEYS[s])}</option>`)}
          </select>
        </div>
      </div>
      <details class="more" part="skills">
        <summary>${t('vr.filterCount', { count: v.skills.length })}</summary>
        <fieldset class="checks"><legend class="visually-hidden">${t('vr.skills')}</legend>${checks('skills', SKILLS, SKILL_KEYS, v.skills)}</fieldset>
      </details>
      <fieldset class="checks inline">
        <legend>${t('vr.availability')}</legend>
        ${checks('availability', AVAILABILITY, AVAILABILITY_KEYS, v.availability)}
      </fieldset>
      ${this.activeCount
        ? html`<button type="button" class="button link" @click=${() => this.set({ ...emptyFilters(), teamId: v.teamId, sort: v.sort, area: v.area })}>
            ${t('vr.clearFilters')}
          </button>`
        : nothing}
    </div>`;
  }
}
