import type { Migration } from './index.js';

/**
 * The community lists (services, demands, resources, projects) in one items table with a kind column:
 * the columns the filters and the order use, and the item itself as the contract returns it (`document`,
 * JSON: a list page is one indexed read, nothing to reassemble). `branch_id` is the top-level term above
 * the item's first tag, what the statistics count requests by.
 * `position` is each list's order (the keyset of its cursors): catalogue order for services,
 * resources and projects; for demands newest first, a posted demand taking the next negative number.
 * Tags, audiences and the areas an item lies within are join tables, so every filter is an indexed
 * lookup. Requests keep their per-day reference numbers unique; `service_counters` hands out the
 * sequences (`FW-20261127`, receipts, posted demands) with one upsert each.
 */
export const SERVICES: Migration = {
  version: '005',
  name: 'services',
  sql: `
CREATE TABLE service_terms (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  parent_id TEXT REFERENCES service_terms (id),
  position INTEGER NOT NULL
);
CREATE INDEX service_terms_parent ON service_terms (parent_id);

CREATE TABLE service_items (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('service', 'demand', 'resource', 'project')),
  position INTEGER NOT NULL,
  area_id TEXT NOT NULL,
  branch_id TEXT REFERENCES service_terms (id),
  search_text TEXT NOT NULL,
  status TEXT,
  posted_at TEXT,
  document TEXT NOT NULL,
  UNIQUE (kind, position)
);
CREATE INDEX service_items_kind_posted ON service_items (kind, posted_at);

CREATE TABLE service_item_terms (
  item_id TEXT NOT NULL REFERENCES service_items (id),
  position INTEGER NOT NULL,
  term_id TEXT NOT NULL REFERENCES service_terms (id),
  PRIMARY KEY (item_id, position)
);
CREATE INDEX service_item_terms_term ON service_item_terms (term_id, item_id);

CREATE TABLE service_item_audiences (
  item_id TEXT NOT NULL REFERENCES service_items (id),
  position INTEGER NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('everyone', 'elderly', 'children', 'disabled')),
  PRIMARY KEY (item_id, position)
);
CREATE INDEX service_item_audiences_audience ON service_item_audiences (audience, item_id);

CREATE TABLE service_item_areas (
  area_id TEXT NOT NULL,
  item_id TEXT NOT NULL REFERENCES service_items (id),
  PRIMARY KEY (area_id, item_id)
);
CREATE INDEX service_item_areas_item ON service_item_areas (item_id);

CREATE TABLE service_requests (
  id TEXT PRIMARY KEY,
  reference_number TEXT NOT NULL UNIQUE,
  item_id TEXT NOT NULL REFERENCES service_items (id),
  created_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('received', 'scheduled', 'declined')),
  user_id TEXT,
  name TEXT,
  phone TEXT,
  preferred_time TEXT,
  notes TEXT
);
CREATE INDEX service_requests_created ON service_requests (created_at, item_id);
CREATE INDEX service_requests_item ON service_requests (item_id);

CREATE TABLE service_counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
`,
};
