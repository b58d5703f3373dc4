// Angular: the elements in a standalone component's template. CUSTOM_ELEMENTS_SCHEMA lets Angular accept the tags
// and bind any property on them: `[adapter]` sets the property, `[attr.case-number]` the attribute, and
// `(gr-org-select)` listens for the event. `grassroots-gov-widgets/angular` types each handler's `$event`.
import { Component, CUSTOM_ELEMENTS_SCHEMA, InjectionToken, inject, signal } from '@angular/core';
import type { Adapter } from 'grassroots-gov-widgets/adapters';
import type { ListKind } from 'grassroots-gov-widgets/domain';
import type { GrassrootsEvent, GrassrootsEventDetail } from 'grassroots-gov-widgets/angular';

export const ADAPTER = new InjectionToken<Adapter>('grassroots adapter');

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <header class="portal-controls">
      <label>
        Language
        <select id="locale" [value]="locale()" (change)="locale.set(valueOf($event))">
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label><input id="elder" type="checkbox" [checked]="elderFriendly()" (change)="elderFriendly.set(checkedOf($event))" /> Large text</label>
      <label><input id="show-tracker" type="checkbox" [checked]="showTracker()" (change)="showTracker.set(checkedOf($event))" /> Show the case tracker</label>
      <label>
        List
        <select id="list-kind" [value]="kind()" (change)="setKind($event)">
          <option value="service">Services</option>
          <option value="demand">Demands</option>
          <option value="resource">Resources</option>
          <option value="project">Projects</option>
        </select>
      </label>
    </header>

    <section class="portal-events" aria-label="What the widgets told the page">
      <span>
        Selected organisation: <output id="selected-org">{{ org()?.name ?? '—' }}</output>
        (<output id="selected-org-id">{{ org()?.id ?? '—' }}</output>)
      </span>
      <span>
        Last expanded:
        <output id="expanded-org">{{ expanded() ? expanded()!.id + ' ' + (expanded()!.expanded ? 'expanded' : 'collapsed') : '—' }}</output>
      </span>
      <span>
        Tracked case: <output id="loaded-case">{{ loaded() ? loaded()!.publicNumber + ' ' + loaded()!.status : '—' }}</output>
      </span>
      <span>Events handled: <output id="event-count">{{ handled() }}</output></span>
    </section>

    <grassroots-provider [adapter]="adapter" [locale]="locale()" [elderFriendly]="elderFriendly()">
      <main class="portal-main">
        <party-org-tree expanded-depth="1" (gr-org-select)="onOrgSelect($event)" (gr-org-expand)="onOrgExpand($event)"></party-org-tree>

        <form id="track-form" class="portal-track" (submit)="track($event)">
          <label>Case number <input id="case-number-input" [value]="typed()" (input)="typed.set(valueOf($event))" /></label>
          <button id="track-button" type="submit">Track</button>
        </form>
        @if (showTracker()) {
          <grid-case-tracker [attr.case-number]="caseNumber()" heading-level="3" (gr-case-loaded)="onCaseLoaded($event)"></grid-case-tracker>
        }

        <service-list [kind]="kind()" page-size="5"></service-list>
      </main>
    </grassroots-provider>
  `,
})
export class AppComponent {
  readonly adapter = inject(ADAPTER);
  readonly locale = signal('zh-CN');
  readonly elderFriendly = signal(false);
  readonly showTracker = signal(true);
  readonly kind = signal<ListKind>('service');
  readonly typed = signal('');
  readonly caseNumber = signal<string | null>(null);
  readonly org = signal<GrassrootsEventDetail<'gr-org-select'> | undefined>(undefined);
  readonly expanded = signal<GrassrootsEventDetail<'gr-org-expand'> | undefined>(undefined);
  readonly loaded = signal<GrassrootsEventDetail<'gr-case-loaded'> | undefined>(undefined);
  readonly handled = signal(0);

  onOrgSelect(event: GrassrootsEvent<'gr-org-select'>): void {
    this.org.set(event.detail);
    this.handled.update((n) => n + 1);
  }

  onOrgExpand(event: GrassrootsEvent<'gr-org-expand'>): void {
    this.expanded.set(event.detail);
    this.handled.update((n) => n + 1);
  }

  onCaseLoaded(event: GrassrootsEvent<'gr-case-loaded'>): void {
    this.loaded.set(event.detail);
    this.handled.update((n) => n + 1);
  }

  track(event: Event): void {
    event.preventDefault();
    this.caseNumber.set(this.typed().trim() || null);
  }

  setKind(event: Event): void {
    this.kind.set(this.valueOf(event) as ListKind);
  }

  valueOf(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  checkedOf(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
