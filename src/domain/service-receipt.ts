import { maskName } from './masking.js';
import { referenceNumber } from './reference-numbers.js';
import type { Demand, DemandInput, RequestReceipt } from './services.js';

export interface ReceiptInput {
  /** The backend's count of receipts so far, this one included: `rq-0007`. */
  number: number;
  /** `FW` for a request, `XQ` for a demand; `sequence` counts this prefix's receipts of the city day. */
  prefix: string;
  sequence: number;
  itemId: string;
  now: Date;
}

/** A receipt as it is issued: `rq-0007`, `FW-20261127-0003`, received now (scheduling it is the provider's). */
export function requestReceipt({ number, prefix, sequence, itemId, now }: ReceiptInput): RequestReceipt {
  return {
    id: `rq-${String(number).padStart(4, '0')}`,
    referenceNumber: referenceNumber(prefix, now, sequence),
    itemId,
    createdAt: now.toISOString(),
    status: 'received',
  };
}

export interface NewDemandInput {
  /** The backend's count of posted demands, this one included: `dm-n0003`. */
  number: number;
  /** A validated demand. */
  input: DemandInput;
  /** Where it is, as the list shows it (the street's label). */
  areaName: string;
  now: Date;
}

/**
 * A resident's demand as it joins the list: open, taken by nobody, for everyone unless it names its
 * audiences (each once). It is shown publicly, so only the poster's masked name is kept.
 */
export function newDemand({ number, input, areaName, now }: NewDemandInput): Demand {
  return {
    id: `dm-n${String(number).padStart(4, '0')}`,
    kind: 'demand',
    name: input.name.trim(),
    description: input.description.trim(),
    areaId: input.areaId,
    areaName,
    termIds: [...input.termIds],
    audiences: input.audiences.length ? [...new Set(input.audiences)] : ['everyone'],
    status: 'open',
    postedAt: now.toISOString(),
    postedBy: maskName(input.contactName),
    takenBy: null,
  };
}
