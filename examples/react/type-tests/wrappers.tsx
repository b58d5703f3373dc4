// Type test (tsc, `npm run typecheck`): the @lit/react wrappers in `grassroots-gov-widgets/react/wrappers`
// (React 18 and 19). Each `@ts-expect-error` line must be an error, or tsc fails on the unused directive.
import type { Adapter } from 'grassroots-gov-widgets/adapters';
import type { CaseLoadedDetail } from 'grassroots-gov-widgets/elements/grid-case-tracker';
import { GrassrootsProvider, GridCaseTracker, PartyOrgTree, ServiceList } from 'grassroots-gov-widgets/react/wrappers';

declare const adapter: Adapter;
const onLoaded = (event: CustomEvent<CaseLoadedDetail>) => event.detail.status;

export const fine = (
  <GrassrootsProvider adapter={adapter} locale="en" elderFriendly>
    <GridCaseTracker caseNumber="GC-20261127-0042" headingLevel={3} onGrCaseLoaded={onLoaded} onGrCaseAction={(e) => e.detail.action} />
    <PartyOrgTree expandedDepth={2} onGrOrgSelect={(e) => e.detail.id} onGrOrgExpand={(e) => e.detail.expanded} />
    <ServiceList kind="project" pageSize={5} />
  </GrassrootsProvider>
);

export const wrong = (
  <>
    {/* @ts-expect-error headingLevel takes a number */}
    <GridCaseTracker headingLevel="three" />
    {/* @ts-expect-error kind is service, demand, resource or project */}
    <ServiceList kind="shops" />
    {/* @ts-expect-error the adapter is an Adapter object */}
    <GrassrootsProvider adapter="memory" />
    {/* @ts-expect-error gr-org-select's detail has no publicNumber */}
    <PartyOrgTree onGrOrgSelect={(e) => e.detail.publicNumber} />
    {/* @ts-expect-error a handler for another event's detail */}
    <PartyOrgTree onGrOrgExpand={onLoaded} />
  </>
);
