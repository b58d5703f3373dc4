import { CITY_TIME_ZONE } from '../../domain/city-clock.js';
import type { RequestReceipt, Service, ServiceRequestInput } from '../../domain/services.js';

export interface HsdsAdapterOptions {
  /** The HSDS 3.0 API base URL, e.g. `https://directory.example.gov/hsds` (`/services`, `/taxonomy_terms` below it). */
  endpoint: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Per request, in ms (default 10 000). */
  timeoutMs?: number;
  /**
   * The time zone of opening hours whose schedule names none (IANA name; default the city's, `CITY_TIME_ZONE`).
   * A schedule's own `timezone` (a UTC offset in HSDS 3.0, or an IANA name) wins.
   */
  timeZone?: string;
  /** HSDS has no areas: the area every service is listed in (default `hsds`), and its name (default: the address's city). */
  areaId?: string;
  areaName?: string;
  /**
   * HSDS is read-only, so a request for a service goes to the portal: return the receipt (or at least a reference
   * number). Called once per idempotency key. Without it, `services.request` rejects with `unsupported`.
   */
  request?: (
    input: ServiceRequestInput,
    context: { service: Service; signal?: AbortSignal },
  ) => Promise<Partial<RequestReceipt> & { referenceNumber: string }>;
}

export const HSDS_DEFAULTS = { timeoutMs: 10_000, timeZone: CITY_TIME_ZONE, areaId: 'hsds' } as const;
