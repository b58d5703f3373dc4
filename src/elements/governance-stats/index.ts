import { define } from '../../define.js';
import { GovernanceStats, type StatsExportedDetail, type StatsLoadedDetail, type StatsView, type PeriodChoice } from './governance-stats.js';

export { GovernanceStats, type StatsExportedDetail, type StatsLoadedDetail, type StatsView, type PeriodChoice };

define('governance-stats', GovernanceStats);

declare global {
  interface HTMLElementTagNameMap {
    'governance-stats': GovernanceStats;
  }
  interface GlobalEventHandlersEventMap {
    'gr-stats-loaded': CustomEvent<StatsLoadedDetail>;
    'gr-stats-exported': CustomEvent<StatsExportedDetail>;
  }
}
