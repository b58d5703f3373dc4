// Type test (tsc, `npm run typecheck`): the typed `$event`s and inputs of `grassroots-gov-widgets/angular`,
// generated from custom-elements.json. Each `@ts-expect-error` line must be an error, or tsc fails on the unused
// directive. examples/angular/src/app.component.ts types its handlers the same way.
import type { GrassrootsEvent, GrassrootsHandler, GrassrootsInputs } from 'grassroots-gov-widgets/angular';
import type { CaseLoadedDetail } from 'grassroots-gov-widgets/elements/grid-case-tracker';

export class TypedBindings {
  onLoaded(event: GrassrootsEvent<'gr-case-loaded'>): string {
    return event.detail.publicNumber;
  }

  readonly onSelect: GrassrootsHandler<'party-org-tree', 'gr-org-select'> = (event) => void event.detail.name;

  readonly tracker: GrassrootsInputs<'grid-case-tracker'> = { caseNumber: 'GC-20261127-0042', headingLevel: 3 };
  readonly provider: GrassrootsInputs<'grassroots-provider'> = { locale: 'en', theme: 'dark', elderFriendly: true };

  wrong(): void {
    const loaded: CustomEvent<CaseLoadedDetail> = new CustomEvent('gr-case-loaded', {
      detail: { caseId: 'c1', publicNumber: 'GC-20261127-0042', status: 'accepted' },
    });
    this.onLoaded(loaded);
    // @ts-expect-error gr-org-select's detail is { id, name }, not a case
    this.onLoaded(new CustomEvent<{ id: string; name: string }>('gr-org-select', { detail: { id: 'o1', name: 'x' } }));
    // @ts-expect-error the detail of gr-case-loaded has no name
    const handler: GrassrootsHandler<'grid-case-tracker', 'gr-case-loaded'> = (event) => void event.detail.name;
    // @ts-expect-error a handler that expects another detail
    const other: GrassrootsHandler<'grid-case-tracker', 'gr-case-loaded'> = (event: CustomEvent<{ caseId: number }>) => void event;
    // @ts-expect-error the tracker fires no gr-org-select
    const notItsEvent: GrassrootsHandler<'grid-case-tracker', 'gr-org-select'> = () => undefined;
    // @ts-expect-error headingLevel is a number
    const inputs: GrassrootsInputs<'grid-case-tracker'> = { headingLevel: 'three' };
    // @ts-expect-error theme is light, dark or auto
    const theme: GrassrootsInputs<'grassroots-provider'> = { theme: 'pink' };
    void [handler, other, notItsEvent, inputs, theme];
  }
}
