import type { Database } from './db.js';

type Json = Record<string, unknown>;
interface Saved {
  format: number;
  parts: Record<string, unknown>;
}

/**
 * The memory adapter's persistence hook (`getItem`/`setItem`), backed by SQLite tables. The
 * memory adapter stays the one implementation of the rules; what it changes lands here as rows
 * (cases, their events, demands, requests, volunteers' changes, idempotency results), and is
 * loaded back into it when the server starts again.
 */
export class SqliteStorage {
  constructor(private readonly db: Database) {}

  getItem(_key: string): string | null {
    const db = this.db;
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const any = ['cases', 'demands', 'service_requests', 'volunteers_joined', 'volunteer_teams', 'volunteer_hours', 'hour_logs',
      'reveal_audit', 'engine_idempotency', 'state_parts'].some((t) => count(t) > 0);
    if (!any) return null;
    const rows = (sql: string) => db.prepare(sql).all() as Json[];
    const parse = (text: unknown) => JSON.parse(String(text)) as unknown;
    const parts: Record<string, unknown> = {};
    for (const row of rows('SELECT name, data FROM state_parts')) parts[String(row.name)] = parse(row.data);
    parts.cases = {
      records: rows('SELECT record FROM cases ORDER BY id').map((r) => parse(r.record)),
      created: rows('SELECT id FROM cases WHERE created_seq IS NOT NULL ORDER BY created_seq').map((r) => r.id),
    };
    parts.services = {
      demands: rows('SELECT record FROM demands ORDER BY seq').map((r) => parse(r.record)),
      receipts: rows('SELECT id, reference_number, item_id, created_at, status FROM service_requests ORDER BY seq').map((r) => ({
        id: r.id, referenceNumber: r.reference_number, itemId: r.item_id, createdAt: r.created_at, status: r.status,
      })),
    };
    parts.volunteers = {
      added: rows('SELECT row FROM volunteers_joined ORDER BY seq').map((r) => parse(r.row)),
      extraTeams: rows('SELECT row, teams FROM volunteer_teams ORDER BY row').map((r) => [r.row, parse(r.teams)]),
      hours: rows('SELECT row, year, total FROM volunteer_hours ORDER BY row').map((r) => [r.row, r.year, r.total]),
      logs: rows('SELECT id, volunteer_id, date, hours, activity, logged_at FROM hour_logs ORDER BY seq').map((r) => ({
        id: r.id, volunteerId: r.volunteer_id, date: r.date, hours: r.hours, activity: r.activity, loggedAt: r.logged_at,
      })),
      audit: rows('SELECT volunteer_id, field, user_id, at FROM reveal_audit ORDER BY seq').map((r) => ({
        volunteerId: r.volunteer_id, field: r.field, userId: r.user_id, at: r.at,
      })),
      references: rows('SELECT date, n FROM reference_counters ORDER BY date').map((r) => [r.date, r.n]),
    };
    parts.idempotency = rows('SELECT id, fingerprint, result FROM engine_idempotency ORDER BY seq').map((r) => [
      r.id, { fingerprint: r.fingerprint, result: parse(r.result) },
    ]);
    return JSON.stringify({ format: 1, parts } satisfies Saved);
  }

  /** Rewrites the tables from the adapter's saved state, in one transaction. */
  setItem(_key: string, value: string): void {
    const saved = JSON.parse(value) as Saved;
    this.db.transaction(() => this.write(saved.parts))();
  }

  removeItem(_key: string): void {
    for (const table of ['cases', 'case_events', 'demands', 'service_requests', 'volunteers_joined', 'volunteer_teams',
      'volunteer_hours', 'hour_logs', 'reveal_audit', 'reference_counters', 'engine_idempotency', 'state_parts']) {
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
    for (const [name, data] of Object.entries(other)) run('INSERT INTO state_parts (name, data) VALUES (?, ?)', name, json(data));
    for (const record of cases?.records ?? []) {
      const createdSeq = cases!.created.indexOf(String(record.id));
      run('INSERT INTO cases (id, public_number, status, created_seq, updated_at, record) VALUES (?, ?, ?, ?, ?, ?)',
        record.id, record.publicNumber, record.status, createdSeq === -1 ? null : createdSeq, record.updatedAt, json(record));
      ((record.timeline as Json[]) ?? []).forEach((e, seq) => {
        run('INSERT INTO case_events (case_id, seq, action, at, from_state, to_state, actor_role, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          record.id, seq, e.action, e.at, e.fromState ?? null, e.toState, (e.actor as Json).role, json(e));
      });
    }
    (services?.demands ?? []).forEach((d, seq) => run('INSERT INTO demands (id, seq, posted_at, record) VALUES (?, ?, ?, ?)', d.id, seq, d.postedAt, json(d)));
    (services?.receipts ?? []).forEach((r, seq) =>
      run('INSERT INTO service_requests (id, seq, reference_number, item_id, created_at, status) VALUES (?, ?, ?, ?, ?, ?)',
        r.id, seq, r.referenceNumber, r.itemId, r.createdAt, r.status));
    if (volunteers) {
      volunteers.added.forEach((row, seq) => run('INSERT INTO volunteers_joined (seq, phone, row) VALUES (?, ?, ?)', seq, row.phone, json(row)));
      for (const [row, teams] of volunteers.extraTeams) run('INSERT INTO volunteer_teams (row, teams) VALUES (?, ?)', row, json(teams));
      for (const [row, year, total] of volunteers.hours) run('INSERT INTO volunteer_hours (row, year, total) VALUES (?, ?, ?)', row, year, total);
      volunteers.logs.forEach((l, seq) =>
        run('INSERT INTO hour_logs (id, seq, volunteer_id, date, hours, activity, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          l.id, seq, l.volunteerId, l.date, l.hours, l.activity, l.loggedAt));
      volunteers.audit.forEach((a, seq) =>
        run('INSERT INTO reveal_audit (seq, volunteer_id, field, user_id, at) VALUES (?, ?, ?, ?, ?)', seq, a.volunteerId, a.field, a.userId ?? null, a.at));
      for (const [date, n] of volunteers.references) run('INSERT INTO reference_counters (date, n) VALUES (?, ?)', date, n);
    }
    (idempotency ?? []).forEach(([id, entry], seq) =>
      run('INSERT INTO engine_idempotency (id, seq, fingerprint, result) VALUES (?, ?, ?, ?)', id, seq, entry.fingerprint, json(entry.result)));
  }
}
