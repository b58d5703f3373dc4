import Database from 'better-sqlite3';

/**
 * Every table the server writes. The seeded city itself is not stored: it is regenerated from the
 * seed kept in `meta`, exactly as the memory adapter makes it; these tables hold what changed.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_cases (
  id TEXT PRIMARY KEY, public_number TEXT NOT NULL, status TEXT NOT NULL,
  created_seq INTEGER, updated_at TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_case_events (
  case_id TEXT NOT NULL, seq INTEGER NOT NULL, action TEXT NOT NULL, at TEXT NOT NULL,
  from_state TEXT, to_state TEXT NOT NULL, actor_role TEXT NOT NULL, event TEXT NOT NULL,
  PRIMARY KEY (case_id, seq));
CREATE TABLE IF NOT EXISTS legacy_demands (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, posted_at TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_service_requests (
  id TEXT PRIMARY KEY, seq INTEGER NOT NULL, reference_number TEXT NOT NULL, item_id TEXT NOT NULL,
  created_at TEXT NOT NULL, status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_volunteers_joined (seq INTEGER PRIMARY KEY, phone TEXT NOT NULL, row TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_volunteer_teams (row INTEGER PRIMARY KEY, teams TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_volunteer_hours (row INTEGER PRIMARY KEY, year REAL NOT NULL, total REAL NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_hour_logs (
  id TEXT PRIMARY KEY, seq INTEGER NOT NULL, volunteer_id TEXT NOT NULL, date TEXT NOT NULL,
  hours REAL NOT NULL, activity TEXT NOT NULL, logged_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_reveal_audit (
  seq INTEGER PRIMARY KEY, volunteer_id TEXT NOT NULL, field TEXT NOT NULL, user_id TEXT, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_reference_counters (date TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_engine_idempotency (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, fingerprint TEXT NOT NULL, result TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_state_parts (name TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS legacy_idempotency_keys (
  operation TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
  body TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (operation, key));
`;

export function openDatabase(file: string): Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}

export function readMeta(db: Database, name: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE name = ?').get(name) as { value: string } | undefined)?.value;
}

export function writeMeta(db: Database, name: string, value: string): void {
  db.prepare('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value').run(name, value);
}

export type { Database };
