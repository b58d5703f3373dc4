// Every element defined and every public module re-exported, except the memory adapter (see index.ts).
// The script-tag bundle for production portals is built from this file, so it carries no demo data.
import './elements/grassroots-provider/index.js';
import './elements/party-org-tree/index.js';
import './elements/grid-case-form/index.js';
import './elements/grid-case-tracker/index.js';
import './elements/grid-case-queue/index.js';
import './elements/volunteer-roster/index.js';
import './elements/service-list/index.js';
import './elements/governance-stats/index.js';

export { VERSION } from './version.js';
export { define } from './define.js';
export * from './domain/index.js';
export * from './adapters/index.js';
export * from './context/index.js';
export * from './controllers/index.js';
export * from './i18n/index.js';
export * from './styles/index.js';
export { GrassrootsProvider, type AdapterChangeDetail } from './elements/grassroots-provider/index.js';
export { GrassrootsElement } from './elements/shared/widget-element.js';
export {
  adapterNeeds,
  extendHost,
  type AdapterNeeds,
  type NoAdapterNeeds,
  type ValidatedAdapter,
  type WidgetHost,
  type WidgetT,
} from './elements/shared/widget-host.js';
export { PartyOrgTree, type OrgSelectDetail, type OrgExpandDetail } from './elements/party-org-tree/index.js';
export { GridCaseForm, type CaseSubmittedDetail } from './elements/grid-case-form/index.js';
export { GridCaseTracker, type CaseActionDetail, type CaseLoadedDetail } from './elements/grid-case-tracker/index.js';
export {
  GridCaseQueue,
  QUEUE_PRESETS,
  presetQuery,
  queueQuery,
  type QueuePreset,
  type QueueFilters,
  type QueueChangeDetail,
  type QueueOpenDetail,
  type QueueUpdatedDetail,
  type QueueBulkDetail,
} from './elements/grid-case-queue/index.js';
export {
  VolunteerRoster,
  buildCsv,
  csvCell,
  type CsvCell,
  type VolunteerRevealDetail,
  type VolunteerJoinedDetail,
  type HoursLoggedDetail,
} from './elements/volunteer-roster/index.js';
export {
  ServiceList,
  type ServiceRequestedDetail,
  type DemandPostedDetail,
} from './elements/service-list/index.js';
export {
  GovernanceStats,
  type StatsExportedDetail,
  type StatsLoadedDetail,
  type StatsView,
  type PeriodChoice,
} from './elements/governance-stats/index.js';
