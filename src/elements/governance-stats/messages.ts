import type { DemandStatus } from '../../domain/services.js';
import type { StatsPeriod } from '../../domain/stats.js';
import type { BundleKeys } from '../../i18n/translator.js';
import { lazyMessages } from '../../i18n/lazy-messages.js';

/** The texts of `<governance-stats>`, in Simplified Chinese and English (same keys). */
export const governanceStatsMessages = lazyMessages({
  'zh-CN': () => import('./messages.zh-CN.js').then((m) => m.zhCN),
  en: () => import('./messages.en.js').then((m) => m.en),
});

export type GovernanceStatsMessageKey = BundleKeys<typeof governanceStatsMessages>;

export const PERIOD_KEYS: Readonly<Record<StatsPeriod | 'custom', GovernanceStatsMessageKey>> = {
  week: 'gs.period.week',
  month: 'gs.period.month',
  quarter: 'gs.period.quarter',
  custom: 'gs.period.custom',
};

export const DEMAND_STATUS_KEYS: Readonly<Record<DemandStatus, GovernanceStatsMessageKey>> = {
  open: 'gs.demand.open',
  claimed: 'gs.demand.claimed',
  matched: 'gs.demand.matched',
  done: 'gs.demand.done',
};
