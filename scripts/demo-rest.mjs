#!/usr/bin/env node
// `npm run demo:rest`: the reference server on 127.0.0.1:8787 (SQLite in server/data/) and the demo
// portal pointed at it (VITE_BACKEND=rest). Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../server/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = await buildServer();
const server = spawn(process.execPath, [bundle, '--port', process.env.PORT ?? '8787'], { cwd: root, stdio: 'inherit' });
const vite = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, '--config', 'demo/vite.config.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, VITE_BACKEND: 'rest', VITE_REST_URL: `http://127.0.0.1:${process.env.PORT ?? '8787'}` },
});
const stop = () => {
  server.kill('SIGTERM');
  vite.kill('SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
server.on('exit', stop);
vite.on('exit', (code) => {
  stop();
  process.exit(code ?? 0);
});
