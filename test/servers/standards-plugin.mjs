// web-test-runner plugin: starts the standards fixture server (test/servers/standards-server.mjs) for the Open311,
// HSDS and Popolo tests and tells the test pages where it is through `GET /__standards-server`. Stops with the runner.
import { startStandardsServer } from './standards-server.mjs';

export function standardsPlugin() {
  let server;
  return {
    name: 'standards-server',
    async serverStart() {
      server = await startStandardsServer();
    },
    async serverStop() {
      await server?.close();
    },
    serve(context) {
      if (context.path === '/__standards-server') return { body: JSON.stringify({ url: server.url }), type: 'json' };
      return undefined;
    },
  };
}
