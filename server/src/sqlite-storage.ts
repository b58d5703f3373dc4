import type { Database } from './db.js';

type Json = Record<string, unknown>;
interface Saved {
  format: number;
  epoch?: string;
  parts?: Record<string, unknown>;
}

/** The memory adapter's persistence format (src/adapters/memory/persistence.ts). */
const FORMAT = 2;

/**
 * The memory adapter's persistence hook (`getItem`/`setItem`), backed by SQLite tables. The
 * memory adapter stays the one implementation of the rules; what it changes lands here as rows
 * (cases, their events, demands, requests, volunteers' changes, idempotency results), and is
 * loaded back into it when the server starts again.
 */
export class SqliteStorage {
  /** `epoch`: the SQL database's, so the memory engine lays out the same seeded world as the SQL groups. */
  constructor(
    private readonly db: Database,
    private readonly epoch: Date,
  ) {}

  getItem(_key: string): string | null {
    const db = this.db;
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const any = ['legacy_cases', 'legacy_demands', 'legacy_service_requests', 'legacy_volunteers_joined', 'legacy_volunteer_teams', 'legacy_volunteer_hours', 'legacy_hour_logs',
      'legacy_reveal_audit', 'legacy_engine_idempotency', 'legacy_state_parts'].some((t) => count(t) > 0);
    const epoch = this.epoch.toISOString();
    if (!any) return JSON.stringify({ format: FORMAT, epoch } satisfies Saved);
    const rows = (sql: string) => db.prepare(sql).all() as Json[];
    const parse = (text: unknown) => JSON.parse(String(text)) as unknown;
    const parts: Record<string, unknown> = {};
    for (const row of rows('SELECT name, data FROM legacy_state_parts')) parts[String(row.name)] = parse(row.data);
    parts.cases = {
      records: rows('SELECT record FROM legacy_cases ORDER BY id').map((r) => parse(r.record)),
      created: rows('SELECT id FROM legacy_cases WHERE created_seq IS NOT NULL ORDER BY created_seq').map((r) => r.id),
    };
    parts.services = {
      demands: rows('SELECT record FROM legacy_demands ORDER BY seq').map((r) => parse(r.record)),
      receipts: rows('SELECT id, reference_number, item_id, created_at, status FROM legacy_service_requests ORDER BY seq').map((r) => ({
        id: r.id, referenceNumber: r.reference_number, itemId: r.item_id, createdAt: r.created_at, status: r.status,
      })),
    };
    parts.volunteers = {
      added: rows('SELECT row FROM legacy_volunteers_joined ORDER BY seq').map((r) => parse(r.row)),
      extraTeams: rows('SELECT row, teams FROM legacy_volunteer_teams ORDER BY row').map((r) => [r.row, parse(r.teams)]),
      hours: rows('SELECT row, year, total FROM legacy_volunteer_hours ORDER BY row').map((r) => [r.row, r.year, r.total]),
      logs: rows('SELECT id, volunteer_id, date, hours, activity, logged_at FROM legacy_hour_logs ORDER BY seq').map((r) => ({
        id: r.id, volunteerId: r.volunteer_id, date: r.date, hours: r.hours, activity: r.activity, loggedAt: r.logged_at,
      })),
      audit: rows('SELECT volunteer_id, field, user_id, at FROM legacy_reveal_audit ORDER BY seq').map((r) => ({
        volunteerId: r.volunteer_id, field: r.field, userId: r.user_id, at: r.at,
      })),
      references: rows('SELECT date, n FROM legacy_reference_counters ORDER BY date').map((r) => [r.date, r.n]),
    };
    parts.idempotency = rows('SELECT id, fingerprint, result FROM legacy_engine_idempotency ORDER BY seq').map((r) => [
      r.id, { fingerprint: r.fingerprint, result: parse(r.result) },
    ]);
    return JSON.stringify({ format: FORMAT, epoch, parts } satisfies Saved);
  }

  /** Rewrites the tables from the adapter's saved state, in one transaction. */
  setItem(_key: string, value: string): void {
    const saved = JSON.parse(value) as Saved;
    this.db.transaction(() => this.write(saved.parts ?? {}))();
  }

  removeItem(_key: string): void {
    for (const table of ['legacy_cases', 'legacy_case_events', 'legacy_demands', 'legacy_service_requests', 'legacy_volunteers_joined', 'legacy_volunteer_teams',
      'legacy_volunteer_hours', 'legacy_hour_logs', 'legacy_reveal_audit', 'legacy_reference_counters', 'legacy_engine_idempotency', 'legacy_state_parts']) {
      this.db.exec(`DELETE FROM ${table}`);
    }
  }

  private write(parts: Record<string, unknown>): void {
    const db = this.db;
    const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
    const json = (v: unknown) => JSON.stringify(v);
    this.removeItem('');
    const { cases, services, volunteers, idempotency, ...other } = parts as {
      cases?: { records: Json[]; created: string[] };
      services?: { demands: Json[]; receipts: Json[] };
      volunteers?: { added: Json[]; extraTeams: unknown[][]; hours: unknown[][]; logs: Json[]; audit: Json[]; references: unknown[][] };
      idempotency?: Array<[string, { fingerprint: string; result: unknown }]>;
    };
    for (const [name, data] of Object.entries(other)) run('INSERT INTO legacy_state_parts (name, data) VALUES (?, ?)', name, json(data));
    for (const record of cases?.records ?? []) {
      const createdSeq = cases!.created.indexOf(String(record.id));
      run('INSERT INTO legacy_cases (id, public_number, status, created_seq, updated_at, record) VALUES (?, ?, ?, ?, ?, ?)',
        record.id, record.publicNumber, record.status, createdSeq === -1 ? null : createdSeq, record.updatedAt, json(record));
      ((record.timeline as Json[]) ?? []).forEach((e, seq) => {
        run('INSERT INTO legacy_case_events (case_id, seq, action, at, from_state, to_state, actor_role, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          record.id, seq, e.action, e.at, e.fromState ?? null, e.toState, (e.actor as Json).role, json(e));
      });
    }
    (services?.demands ?? []).forEach((d, seq) => run('INSERT INTO legacy_demands (id, seq, posted_at, record) VALUES (?, ?, ?, ?)', d.id, seq, d.postedAt, json(d)));
    (services?.receipts ?? []).forEach((r, seq) =>
      run('INSERT INTO legacy_service_requests (id, seq, reference_number, item_id, created_at, status) VALUES (?, ?, ?, ?, ?, ?)',
        r.id, seq, r.referenceNumber, r.itemId, r.createdAt, r.status));
    if (volunteers) {
      volunteers.added.forEach((row, seq) => run('INSERT INTO legacy_volunteers_joined (seq, phone, row) VALUES (?, ?, ?)', seq, row.phone, json(row)));
      for (const [row, teams] of volunteers.extraTeams) run('INSERT INTO legacy_volunteer_teams (row, teams) VALUES (?, ?)', row, json(teams));
      for (const [row, year, total] of volunteers.hours) run('INSERT INTO legacy_volunteer_hours (row, year, total) VALUES (?, ?, ?)', row, year, total);
      volunteers.logs.forEach((l, seq) =>
        run('INSERT INTO legacy_hour_logs (id, seq, volunteer_id, date, hours, activity, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          l.id, seq, l.volunteerId, l.date, l.hours, l.activity, l.loggedAt));
      volunteers.audit.forEach((a, seq) =>
        run('INSERT INTO legacy_reveal_audit (seq, volunteer_id, field, user_id, at) VALUES (?, ?, ?, ?, ?)', seq, a.volunteerId, a.field, a.userId ?? null, a.at));
      for (const [date, n] of volunteers.references) run('INSERT INTO legacy_reference_counters (date, n) VALUES (?, ?)', date, n);
    }
    (idempotency ?? []).forEach(([id, entry], seq) =>
      run('INSERT INTO legacy_engine_idempotency (id, seq, fingerprint, result) VALUES (?, ?, ?, ?)', id, seq, entry.fingerprint, json(entry.result)));
  }
}
