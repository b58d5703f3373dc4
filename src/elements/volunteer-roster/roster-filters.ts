import { html, nothing, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { AreaCascadeController } from '../../controllers/area-cascade-controller.js';
import { SearchAsYouType } from '../../controllers/search-as-you-type.js';
import { areaCascadeSelects, levelPatch } from '../../forms/index.js';
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
import { rosterAreaText, type RosterContext } from './roster-context.js';

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
 * The filter bar: search, skills, availability, district/street (through the `areas` group when the
 * adapter has it), party membership and sort. Every change calls `changed()`; the element then resets
 * paging, which aborts the stale request. Text queries at once on each keystroke, or after the pause the
 * adapter's `volunteers.hints.queryDebounceMs` asks for.
 */
export class RosterFilters {
  value: FilterState = emptyFilters();
  private readonly search: SearchAsYouType;
  private readonly areas: AreaCascadeController;

  constructor(
    private readonly ctx: RosterContext,
    private readonly changed: () => void,
  ) {
    this.search = new SearchAsYouType(ctx.host, () => ctx.api().volunteers.hints);
    this.areas = new AreaCascadeController(ctx.host, { areas: () => ctx.api().areas, locale: () => ctx.locale });
  }

  /** Starts loading the district list now (with the session and teams), so the first view has it. */
  preload(): void {
    if (this.areas.available) this.areas.levels([this.value.district, this.value.street]);
  }

  /**
   * Shows a preset `area` in the district and street selects (their lists come from the area cascade). An
   * area the backend does not know is left as it is: the `area` attribute still filters the roster.
   */
  async presetArea(area: string): Promise<void> {
    const areas = this.ctx.api().areas;
    if (!areas || !area) return;
    try {
      const path = await areas.path(area);
      const district = path.find((a) => a.level === 'district');
      const street = path.find((a) => a.level === 'street');
      if (district && this.value.area === area) this.value = { ...this.value, district: district.id, street: street?.id ?? '' };
    } catch {
      // Not a known area: nothing to preselect.
    }
    this.ctx.host.requestUpdate();
  }

  /** Changes filters now and tells the element. */
  set(patch: Partial<FilterState>): void {
    this.search.cancel();
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
    this.search.typed(() => this.set({}));
  };

  private toggle<T extends string>(list: T[], item: T, on: boolean): T[] {
    return on ? [...list, item] : list.filter((x) => x !== item);
  }

  /** District, then street: the area cascade's lists, each with its error and retry. */
  private renderAreas() {
    const { t } = this.ctx;
    const v = this.value;
    return areaCascadeSelects(t, this.areas, {
      ...rosterAreaText(this.ctx, t('vr.any')),
      levels: [{ id: 'vr-district', label: t('vr.district') }, { id: 'vr-street', label: t('vr.street') }],
      values: [v.district, v.street],
      unchosen: 'disabled',
      // A district or street chosen here replaces the `area` the roster started with.
      onChoose: (i, id) => this.set({ ...levelPatch(['district', 'street'], i, id), ...(i === 0 ? { area: '' } : {}) }),
    });
  }

  private checks<T extends string>(key: 'skills' | 'availability', all: readonly T[], labels: Readonly<Record<T, RosterKey>>, chosen: T[]) {
    const { t } = this.ctx;
    return all.map(
      (item) => html`<label class="choice">
        <input
          type="checkbox"
          .checked=${live(chosen.includes(item))}
          @change=${(e: Event) => this.set({ [key]: this.toggle(chosen, item, (e.target as HTMLInputElement).checked) })}
        />${t(labels[item])}</label
      >`,
    );
  }

  /** The skills checkboxes are wanted: after the roster's first frame, or as soon as their disclosure is opened. */
  private skillsWanted = false;

  /**
   * Renders the skills checkboxes into their fieldset, inside the skills disclosure (closed at first, so the
   * roster's first frame leaves them out): once `wanted` (the roster passes true after its first frame), and
   * again after every update from then on.
   */
  renderSkills(root: ParentNode, wanted: boolean): void {
    if (wanted) this.skillsWanted = true;
    const box = this.skillsWanted ? root.querySelector<HTMLElement>('.more fieldset.checks') : null;
    if (box) render(this.checks('skills', SKILLS, SKILL_KEYS, this.value.skills), box, { host: this.ctx.host });
  }

  /** Opening the disclosure (click, Enter or Space on its summary) before the first frame is over shows them at once. */
  private readonly onSkillsSummary = (event: Event) => {
    const details = (event.currentTarget as HTMLElement).closest('details');
    if (details) this.renderSkills(details, true);
  };

  render() {
    const { t } = this.ctx;
    const v = this.value;
    const hasAreas = this.areas.available;
    return html`<div class="filters" role="search" part="filters">
      <div class="field search">
        <label class="label" for="vr-search">${t('vr.search')}</label>
        <input id="vr-search" class="input" type="search" maxlength="100" .value=${live(v.text)} @input=${this.onSearch} />
      </div>
      <div class="row-fields">
        ${hasAreas ? this.renderAreas() : nothing}
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
      <details class="more" part="skills" @toggle=${this.onSkillsSummary}>
        <summary @click=${this.onSkillsSummary}>${t('vr.filterCount', { count: v.skills.length })}</summary>
        <fieldset class="checks"><legend class="visually-hidden">${t('vr.skills')}</legend></fieldset>
      </details>
      <fieldset class="checks inline">
        <legend>${t('vr.availability')}</legend>
        ${this.checks('availability', AVAILABILITY, AVAILABILITY_KEYS, v.availability)}
      </fieldset>
      ${this.activeCount
        ? html`<button type="button" class="button link" @click=${() => this.set({ ...emptyFilters(), teamId: v.teamId, sort: v.sort, area: v.area })}>
            ${t('vr.clearFilters')}
          </button>`
        : nothing}
    </div>`;
  }
}
