// The cases group's reads at a city's scale, in process on SQLite (issue 15): seeds `--cases` cases (100,000 by
// default) into a temp file with the server's own migrations and seeds, then times each read with the grid centre's
// session, p50/p95 of wall time and the CPU time per call. Bounded: `--runs` calls per read, at most 10 s each.
//   node bench/server/cases-reads.mjs [--cases 100000] [--runs 30] [--db FILE]   (READS=regex: only those reads)
// `--db FILE` keeps the seeded database there and reuses it on the next run (only while the schema is the same).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../server/build.mjs';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, runs: { type: 'string', default: '30' }, db: { type: 'string' } } });
const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(root, `node_modules/.cache/grassroots-cases-reads/bench-${process.pid}.mjs`);
const dir = mkdtempSync(join(tmpdir(), 'grassroots-cases-reads-'));
const NOW = new Date('2026-11-27T02:30:00.000Z');
const BUDGET_MS = 10_000;

await build({
  stdin: {
    contents: [
      "export { openSqlite } from './server/src/sql/sqlite.ts';",
      "export { migrate } from './server/src/sql/migrate.ts';",
      "export { seedAreas } from './server/src/sql/areas/index.ts';",
      "export { createSqlCasesApi, seedCases } from './server/src/sql/cases/index.ts';",
      "export { DEFAULT_SIZES } from './src/adapters/memory/options.ts';",
      "export { personaSession } from './src/adapters/memory/personas.ts';",
      "export { seedEpoch } from './src/adapters/memory/world/seed-clock.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  ...nodeBundleOptions(join(root, 'tsconfig.json')),
});
const lib = await import(bundle);
const only = process.env.READS ? new RegExp(process.env.READS) : null;

try {
  const file = values.db ?? join(dir, 'cases.sqlite');
  const reuse = values.db !== undefined && existsSync(file);
  const db = lib.openSqlite(file);
  if (!reuse) {
    const seedStart = performance.now();
    await lib.migrate(db, NOW);
    const input = { seed: 20261127, sizes: { ...lib.DEFAULT_SIZES, cases: Number(values.cases) }, epoch: lib.seedEpoch(NOW) };
    await db.transaction((tx) => lib.seedAreas(tx, input));
    await db.transaction((tx) => lib.seedCases(tx, input));
    console.log(`seeded ${values.cases} cases in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  }
  const api = lib.createSqlCasesApi({ db, session: lib.personaSession('grid-centre'), now: () => NOW, replayed: () => undefined });

  const reads = [
    ['stats city / month', () => api.stats({ period: 'month' })],
    ['stats district / quarter', () => api.stats({ areaId: 'd01', period: 'quarter' })],
    ['stats community / week', () => api.stats({ areaId: 'd01-s01-c01', period: 'week' })],
    ['stats city / custom edges', () => api.stats({ from: '2026-10-01T03:00:00.000Z', to: '2026-11-20T09:00:00.000Z' })],
    ['list text 垃圾', () => api.list({ text: '垃圾' }, { limit: 20 })],
    ['list text public number', () => api.list({ text: 'gc-202611' }, { limit: 20 })],
    ['list text in no case', () => api.list({ text: 'streetlight' }, { limit: 20 })],
    ['list text rare place', () => api.list({ text: '兰义组1号院' }, { limit: 20 })],
    ['list text whole public number', () => api.list({ text: 'GC-20261127-1769' }, { limit: 20 })],
    ['list status + urgency', () => api.list({ status: ['dispatched', 'reopened'], urgency: ['high', 'emergency'] }, { limit: 20 })],
    ['list category', () => api.list({ categoryCode: 'garbage' }, { limit: 20 })],
    ['list category + status', () => api.list({ categoryCode: 'garbage', status: ['dispatched'] }, { limit: 20 })],
    ['list district newest', () => api.list({ areaId: 'd02', sort: 'newest' }, { limit: 20 })],
    ['list overdue', () => api.list({ overdue: true }, { limit: 20 })],
  ];
  const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  console.log('| read | calls | p50 ms | p95 ms | CPU ms/call |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, read] of reads.filter(([name]) => !only || only.test(name))) {
    await read(); // warm the statement cache
    const times = [];
    const cpu = process.cpuUsage();
    const started = performance.now();
    while (times.length < Number(values.runs) && performance.now() - started < BUDGET_MS) {
      const t = performance.now();
      await read();
      times.push(performance.now() - t);
    }
    const used = process.cpuUsage(cpu);
    times.sort((a, b) => a - b);
    const cpuMs = (used.user + used.system) / 1000 / times.length;
    console.log(`| ${name} | ${times.length} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${cpuMs.toFixed(1)} |`);
  }
  // A write's cost with the roll-ups and terms it keeps: one report after another.
  const resident = lib.createSqlCasesApi({ db, session: lib.personaSession('resident'), now: () => NOW, replayed: () => undefined });
  const [category] = await resident.categories();
  const answers = Object.fromEntries(category.questions.filter((q) => q.required).map((q) => [q.code, q.datatype === 'multi' ? [q.options[0].key] : q.datatype === 'single' ? q.options[0].key : q.datatype === 'number' ? (q.min ?? 1) : q.datatype === 'datetime' ? NOW.toISOString() : q.datatype === 'boolean' ? true : 'x']));
  const submits = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const t = performance.now();
    await resident.submit({ categoryCode: category.code, answers, location: { areaId: 'd01-s01-c01-g1', address: `测试 ${i} 号` }, description: `测试报告 ${i}`, urgency: 'normal', anonymous: true, idempotencyKey: `bench-${process.pid}-${i}` });
    submits.push(performance.now() - t);
  }
  submits.sort((a, b) => a - b);
  console.log(`| submit (one at a time) | ${submits.length} | ${pct(submits, 50).toFixed(1)} | ${pct(submits, 95).toFixed(1)} | |`);
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundle, { force: true });
}
