import type { CaseSubmission, Department } from '../../domain/cases.js';
import type { XmlParser } from '../wire/xml.js';

/** Where a report is, in Open311's terms: a point, an address, or the jurisdiction's address id. */
export interface Open311Location {
  lat?: number;
  long?: number;
  address_string?: string;
  address_id?: string;
}

export interface Open311AdapterOptions {
  /**
   * The GeoReport v2 base URL, e.g. `https://portal.example.gov/open311/v2`: usually the portal's own proxy,
   * which adds the API key (see docs/standards.md). Paths such as `services.json` are appended.
   */
  endpoint: string;
  /** Sent as `jurisdiction_id` on every request, for servers that host several jurisdictions. */
  jurisdictionId?: string;
  /**
   * Sent as `api_key` when submitting. Anything given here reaches the browser: in a portal, leave it out and
   * let a server-side proxy add it.
   */
  apiKey?: string;
  /** Wire format (default `json`). A server that answers in the other one is understood too. */
  format?: 'json' | 'xml';
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** For `format: 'xml'` where there is no `DOMParser` (Node): a parser returning a DOM `Document`. */
  parseXml?: XmlParser;
  /** Per request, in ms (default 10 000). */
  timeoutMs?: number;
  /** How date-times without an offset are read (IANA name, default `UTC`). */
  timeZone?: string;
  /** Hours from report to due, when a request has no `expected_datetime` (default 72). */
  slaHours?: number;
  /** The department a category is reported to (Open311 services name none). Default `{ id: 'open311', name: system }`. */
  department?: Department;
  /** What `location.areaId` is on cases read back, when a request has no `address_id` (default the jurisdiction, else `open311`). */
  areaId?: string;
  /** The name of the system the cases live in, shown by the tracker (default `Open311`). */
  system?: string;
  /**
   * Stores a photo the resident attached and returns its public URL, sent as `media_url` (Open311 takes one
   * photo, by URL). Without it, a report with photos is refused with a field error on `photos`.
   */
  uploadPhoto?: (photo: Blob, options: { signal?: AbortSignal }) => Promise<string>;
  /** Where a report is, in Open311's terms. Default: the point as lat/long, else the address, else `areaId` as `address_id`. */
  locate?: (location: CaseSubmission['location']) => Open311Location | Promise<Open311Location>;
}

export const OPEN311_DEFAULTS = { format: 'json', timeoutMs: 10_000, timeZone: 'UTC', slaHours: 72, system: 'Open311' } as const;
