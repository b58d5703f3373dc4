import { define } from '../../define.js';
import { GridCaseTracker } from '../grid-case-tracker/grid-case-tracker.js';
import { GridCaseQueue, type QueueChangeDetail, type QueueOpenDetail, type QueueUpdatedDetail } from './grid-case-queue.js';
import type { QueueBulkDetail } from './bulk.js';

export { GridCaseQueue, type QueueChangeDetail, type QueueOpenDetail, type QueueUpdatedDetail, type QueueBulkDetail };
export { QUEUE_PRESETS, presetQuery, queueQuery, type QueuePreset, type QueueFilters } from './queue-query.js';

// An opened case is shown by the tracker (its view and dialogs), so the queue's entry defines both.
define('grid-case-tracker', GridCaseTracker);
define('grid-case-queue', GridCaseQueue);

declare global {
  interface HTMLElementTagNameMap {
    'grid-case-queue': GridCaseQueue;
  }
  interface GlobalEventHandlersEventMap {
    'gr-queue-change': CustomEvent<QueueChangeDetail>;
    'gr-queue-open': CustomEvent<QueueOpenDetail>;
    'gr-queue-updated': CustomEvent<QueueUpdatedDetail>;
    'gr-queue-bulk': CustomEvent<QueueBulkDetail>;
  }
}
