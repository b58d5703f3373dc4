// Type test (tsc, `npm run typecheck`): React 19 JSX typing from `grassroots-gov-widgets/react`, generated from
// custom-elements.json. Each `@ts-expect-error` line must be an error, or tsc fails on the unused directive.
import type { Adapter } from 'grassroots-gov-widgets/adapters';
import type { CaseLoadedDetail } from 'grassroots-gov-widgets/elements/grid-case-tracker';
import 'grassroots-gov-widgets/react';

declare const adapter: Adapter;

export const fine = (
  <grassroots-provider adapter={adapter} locale="en" theme="dark" elderFriendly elder-friendly={false}>
    <grid-case-tracker
      case-number="GC-20261127-0042"
      heading-level={3}
      headingLevel={3}
      now={new Date()}
      ongr-case-loaded={(e) => e.detail.publicNumber.toUpperCase()}
      ongr-case-action={(e: CustomEvent<{ caseId: string }>) => e.detail.caseId}
    />
    <grid-case-tracker heading-level="3" className="tracker" id="t" />
    <party-org-tree expanded-depth={2} selected={null} ongr-org-select={(e) => e.detail.name} />
    <service-list kind="demand" page-size={10} />
    <volunteer-roster team="t1" ongr-hours-logged={(e) => e.detail} />
    <grid-case-form draft-key="portal" ongr-case-submitted={(e) => e.detail} />
  </grassroots-provider>
);

const onLoaded = (event: CustomEvent<CaseLoadedDetail>) => event.detail.status;

export const wrong = (
  <>
    {/* @ts-expect-error heading-level is a number: "three" is none */}
    <grid-case-tracker heading-level="three" />
    {/* @ts-expect-error headingLevel, the property, takes a number only */}
    <grid-case-tracker headingLevel="3" />
    {/* @ts-expect-error kind is service, demand, resource or project */}
    <service-list kind="shops" />
    {/* @ts-expect-error the adapter is an Adapter object */}
    <party-org-tree adapter="memory" />
    {/* @ts-expect-error gr-case-loaded's detail has no name */}
    <grid-case-tracker ongr-case-loaded={(e) => e.detail.name} />
    {/* @ts-expect-error a handler for another event's detail */}
    <party-org-tree ongr-org-select={onLoaded} />
    {/* @ts-expect-error a misspelt property (TypeScript lets any unknown name with a dash through, like data-*) */}
    <party-org-tree expandedDept={1} />
    <grid-case-tracker ongr-case-loaded={onLoaded} />
  </>
);
