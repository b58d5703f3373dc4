#!/usr/bin/env node
// grassroots-conformance: runs the adapter conformance kit against an adapter module or a REST backend and prints
// one line per contract clause. Exit code 0 when every clause passed, 1 when one failed (or none ran), 2 on bad usage.
//
//   grassroots-conformance --adapter ./my-adapter.js        a module exporting create(persona) (or a default one)
//   grassroots-conformance --rest http://127.0.0.1:8787     the HTTP contract (openapi/grassroots.json)
//
// Options: --token persona=TOKEN (repeatable; with --rest the default token is the persona's name, as the reference
// server expects), --groups cases,orgs, --grep TEXT, --timeout MS (per clause), --name NAME.
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage:
  grassroots-conformance --adapter ./my-adapter.js [options]
  grassroots-conformance --rest <base-url> [--token persona=TOKEN ...] [options]

The adapter module exports create(persona) returning an adapter (or a default export: that function, or one adapter
used for every persona), and optionally name, groups and caseLocation.
Personas: anonymous, resident, grid-worker, community-staff, department-staff, grid-centre.

Options:
  --groups a,b    check only these groups (session, areas, cases, orgs, volunteers, services)
  --grep TEXT     run only the clauses whose name contains TEXT
  --timeout MS    per clause (default 30000)
  --name NAME     shown in the report
  --help`;

function usage(message) {
  if (message) console.error(`grassroots-conformance: ${message}\n`);
  console.error(USAGE);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      adapter: { type: 'string' },
      rest: { type: 'string' },
      token: { type: 'string', multiple: true, default: [] },
      groups: { type: 'string' },
      grep: { type: 'string' },
      timeout: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (e) {
  usage(e.message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args.adapter === !args.rest) usage('give exactly one of --adapter and --rest.');

const kit = await import(new URL('../dist/adapters/conformance/index.js', import.meta.url)).catch((e) => {
  console.error(`grassroots-conformance: cannot load the kit (dist/adapters/conformance/index.js): ${e.message}`);
  console.error('In a clone of the repository, run `npm run build:npm` first.');
  process.exit(2);
});

let options;
if (args.rest) {
  const { createRestAdapter } = await import(new URL('../dist/adapters/rest/index.js', import.meta.url));
  const tokens = {};
  for (const pair of args.token) {
    const at = pair.indexOf('=');
    if (at < 1) usage(`--token wants persona=TOKEN, got "${pair}".`);
    tokens[pair.slice(0, at)] = pair.slice(at + 1);
  }
  options = {
    name: args.name ?? `rest ${args.rest}`,
    create: (persona) =>
      createRestAdapter({ baseUrl: args.rest, token: tokens[persona] ?? (persona === 'anonymous' ? undefined : persona) }),
  };
} else {
  const path = isAbsolute(args.adapter) ? args.adapter : resolve(process.cwd(), args.adapter);
  const mod = await import(pathToFileURL(path).href).catch((e) => usage(`cannot import ${args.adapter}: ${e.message}`));
  const exported = mod.create ?? mod.default;
  if (!exported) usage(`${args.adapter} exports neither create(persona) nor a default export.`);
  options = {
    name: args.name ?? mod.name ?? args.adapter,
    create: typeof exported === 'function' ? exported : () => exported,
    ...(mod.groups ? { groups: mod.groups } : {}),
    ...(mod.caseLocation ? { caseLocation: mod.caseLocation } : {}),
  };
}
if (args.groups) options.groups = args.groups.split(',').map((g) => g.trim()).filter(Boolean);
const timeoutMs = args.timeout === undefined ? undefined : Number(args.timeout);
if (timeoutMs !== undefined && !(timeoutMs > 0)) usage('--timeout wants a number of milliseconds.');

// Piped into `head` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 1));
console.log(`Conformance: ${options.name}`);
let run;
try {
  run = await kit.runConformance(options, {
    timeoutMs,
    grep: args.grep,
    onResult: (r) => console.log(r.passed ? `pass  ${r.name} (${r.ms} ms)` : `FAIL  ${r.name} (${r.ms} ms)\n      ${r.error}`),
  });
} catch (e) {
  console.error(`grassroots-conformance: could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
console.log(`\n${run.passed} passed, ${run.failed} failed`);
if (run.passed + run.failed === 0) console.log('No clause ran: the adapter has none of the groups asked for.');
process.exit(run.failed === 0 && run.passed > 0 ? 0 : 1);
