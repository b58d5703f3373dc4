#!/usr/bin/env node
// `npm run demo:standards`: a local server speaking Open311 GeoReport v2, HSDS 3.0 and Popolo from the test
// fixtures (test/servers/standards-server.mjs, on 127.0.0.1:8788 or $STANDARDS_PORT), and the demo portal pointed at
// it (VITE_BACKEND=standards): cases in Open311, services in HSDS, the organisation tree from a Popolo export.
// Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startStandardsServer } from '../test/servers/standards-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await startStandardsServer({ port: Number(process.env.STANDARDS_PORT ?? 8788) });
console.log(`Standards fixture server on ${server.url}: ${server.url}/open311/live/services.json, ${server.url}/hsds/services, ${server.url}/files/own/popolo/community-party-tree.json`);
const vite = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, '--config', 'demo/vite.config.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, VITE_BACKEND: 'standards', VITE_STANDARDS_URL: server.url },
});
const stop = () => {
  vite.kill('SIGTERM');
  void server.close();
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
vite.on('exit', (code) => {
  void server.close().then(() => process.exit(code ?? 0));
});
