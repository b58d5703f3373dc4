import type { Migration } from './index.js';

/**
 * Cases and their catalogue. Names are kept in both languages where the API localises them
 * (categories, departments); a case keeps what it was given (its category and department names in
 * Chinese, as the memory adapter does). Timestamps are ISO strings from `toISOString()`, so they
 * sort and compare as text. Derived facts the lists filter and sort on (`settled`, `settled_at`,
 * `escalation_rank`, `search_text`) are columns, kept up to date by the write that changes them.
 * Each list sort has an index in its order (keyset paging walks it); the statistics read index ranges
 * that cover what they count (reported by creation, closed by closing, handled by settling, overdue
 * and escalated among the open cases), never the whole table. Status, urgency and category have no index
 * of their own on purpose: `cases_due` carries them, so a list walks its sort index and tests them and
 * a COUNT reads that index alone, and an index led by a grouped column would tempt the planner away
 * from the statistics' ranges.
 * The statistics of a community or bigger area read roll-ups instead of cases (server/src/sql/cases/rollup.ts):
 * `case_rollup` (its sums read from a covering index, five times faster than from the rows) has per city day and area a category's reported and closed counts (with on-time and ratings)
 * and a department's handled, rated and urged ones; `case_spans` has each closed or handled case's duration
 * in duration order, so an exact median is found by walking one index from the count the roll-up gives;
 * `case_open` has the open cases of each such area, for the figures of now (overdue, escalated).
 * Text search looks up terms (server/src/sql/cases/terms.ts): `case_terms` has every substring of up to three
 * characters of any case's search text with how many cases have it, and for the rarer ones (`listed`) the
 * cases themselves in `case_term_cases`; a text whose terms are all common is matched on `case_texts`, the
 * search texts alone, which a scan reads three times faster than the wide case rows.
 */
export const CASES: Migration = {
  version: '002',
  name: 'cases',
  sql: `
CREATE TABLE case_departments (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL
);
CREATE TABLE case_categories (
  code TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  group_code TEXT NOT NULL,
  group_zh TEXT NOT NULL,
  group_en TEXT NOT NULL,
  description_zh TEXT NOT NULL,
  description_en TEXT NOT NULL,
  keywords TEXT NOT NULL,
  department_id TEXT NOT NULL REFERENCES case_departments (id),
  sla_hours DOUBLE PRECISION NOT NULL,
  questions TEXT NOT NULL
);
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  public_number TEXT NOT NULL UNIQUE,
  category_code TEXT NOT NULL,
  category_name TEXT NOT NULL,
  status TEXT NOT NULL,
  settled INTEGER NOT NULL,
  urgency TEXT NOT NULL,
  description TEXT NOT NULL,
  area_id TEXT NOT NULL,
  location TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  due_at TEXT NOT NULL,
  followers INTEGER NOT NULL,
  department_id TEXT,
  department_name TEXT,
  escalation_rank INTEGER NOT NULL,
  settled_at TEXT,
  closed_at TEXT,
  rating INTEGER,
  answers TEXT NOT NULL,
  reporter_anonymous INTEGER NOT NULL,
  reporter_name TEXT,
  reporter_phone TEXT,
  reporter_id TEXT,
  search_text TEXT NOT NULL,
  event_count INTEGER NOT NULL,
  photo_count INTEGER NOT NULL
);
CREATE INDEX cases_due ON cases (settled, due_at, id, category_code, department_id, escalation_rank, status, urgency, created_at);
CREATE INDEX cases_settled_updated ON cases (settled, updated_at, id);
CREATE INDEX cases_newest ON cases (created_at, id, category_code);
CREATE INDEX cases_followers ON cases (followers, created_at, id);
CREATE INDEX cases_department ON cases (department_id, settled, due_at);
CREATE INDEX cases_reporter ON cases (reporter_id);
CREATE INDEX cases_closed ON cases (closed_at, status, category_code, rating, settled_at, due_at, created_at);
CREATE INDEX cases_handled ON cases (settled_at, department_id, due_at, rating, created_at);
CREATE TABLE case_areas (
  area_id TEXT NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id),
  area_rank INTEGER NOT NULL,
  PRIMARY KEY (area_id, case_id)
);
CREATE INDEX case_areas_case ON case_areas (case_id);
CREATE TABLE case_events (
  case_id TEXT NOT NULL REFERENCES cases (id),
  seq INTEGER NOT NULL,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  note TEXT,
  department_id TEXT,
  department_name TEXT,
  rating INTEGER,
  escalation_level TEXT,
  photo_ids TEXT,
  PRIMARY KEY (case_id, seq)
);
CREATE INDEX case_events_action ON case_events (action, at, department_id);
CREATE INDEX case_events_case_action ON case_events (case_id, action);
CREATE TABLE case_followers (
  case_id TEXT NOT NULL REFERENCES cases (id),
  user_id TEXT NOT NULL,
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_followers_user ON case_followers (user_id);
CREATE TABLE case_photos (
  case_id TEXT NOT NULL REFERENCES cases (id),
  seq INTEGER NOT NULL,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
);
CREATE TABLE case_rollup (
  area_id TEXT NOT NULL,
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  code TEXT NOT NULL,
  reported INTEGER NOT NULL,
  closed INTEGER NOT NULL,
  on_time INTEGER NOT NULL,
  r1 INTEGER NOT NULL,
  r2 INTEGER NOT NULL,
  r3 INTEGER NOT NULL,
  r4 INTEGER NOT NULL,
  r5 INTEGER NOT NULL,
  handled INTEGER NOT NULL,
  rated INTEGER NOT NULL,
  rating_sum INTEGER NOT NULL,
  urged INTEGER NOT NULL,
  PRIMARY KEY (area_id, day, kind, code)
);
CREATE INDEX case_rollup_sums ON case_rollup (area_id, day, kind, code, reported, closed, on_time, r1, r2, r3, r4, r5, handled, rated, rating_sum, urged);
CREATE TABLE case_spans (
  area_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  span_ms DOUBLE PRECISION NOT NULL,
  at TEXT NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id),
  PRIMARY KEY (area_id, kind, span_ms, at, case_id)
);
CREATE INDEX case_spans_case ON case_spans (case_id);
CREATE TABLE case_open (
  area_id TEXT NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id),
  due_at TEXT NOT NULL,
  escalated INTEGER NOT NULL,
  category_code TEXT NOT NULL,
  department_id TEXT,
  PRIMARY KEY (area_id, case_id)
);
CREATE INDEX case_open_due ON case_open (area_id, due_at, category_code, department_id);
CREATE INDEX case_open_escalated ON case_open (area_id, escalated);
CREATE INDEX case_open_case ON case_open (case_id);
CREATE TABLE case_terms (
  term TEXT PRIMARY KEY,
  n INTEGER NOT NULL,
  listed INTEGER NOT NULL
);
CREATE TABLE case_term_cases (
  term TEXT NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id),
  PRIMARY KEY (term, case_id)
);
CREATE TABLE case_texts (
  case_id TEXT PRIMARY KEY REFERENCES cases (id),
  search_text TEXT NOT NULL
);
CREATE TABLE case_counters (
  name TEXT PRIMARY KEY,
  n INTEGER NOT NULL
);
`,
};
