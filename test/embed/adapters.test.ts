import { expect } from '@open-wc/testing';
import { restServers } from '../helpers/rest-servers.js';
import { standardsServer } from '../helpers/standards.js';

/**
 * The script-tag adapter modules (vite.embed.config.ts, mode adapter-<name>; served by test/servers/standards-plugin.mjs
 * as `npm run build:embed` builds them), each imported by a plain page with no import map: it must load with no bare
 * import left and do a portal's first call.
 */
interface Report {
  adapter: string;
  ok: boolean;
  value?: Record<string, unknown>;
  error?: string;
}

function plainPage(adapter: string, endpoint: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`the plain page for ${adapter} never reported`)), 45000);
    const onMessage = (e: MessageEvent<Report>) => {
      if (e.source !== frame.contentWindow) return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      frame.remove();
      resolve(e.data);
    };
    addEventListener('message', onMessage);
    frame.src = `/__embed/plain.html?adapter=${adapter}&endpoint=${encodeURIComponent(endpoint)}`;
    document.body.append(frame);
  });
}

const BARE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](?![./]|https?:)[^"']+["']/;

describe('script-tag adapter modules beside the bundle', function () {
  this.timeout(60000);

  for (const name of ['rest', 'open311', 'hsds', 'popolo']) {
    it(`dist/embed/adapters/${name}.js has no bare import`, async () => {
      const code = await (await fetch(`/__embed/adapters/${name}.js`)).text();
      expect(code.length).to.be.greaterThan(1000);
      expect(BARE_IMPORT.exec(code)?.[0] ?? null).to.equal(null);
    });
  }

  it('rest.js loads in a plain page and reads the reference server', async () => {
    const report = await plainPage('rest', (await restServers()).reference);
    expect(report, report.error).to.deep.include({ ok: true });
    expect((report.value!.roots as string[]).length).to.be.greaterThan(0);
  });

  it('open311.js loads in a plain page and reads an Open311 server in XML (DOMParser), read-only', async () => {
    const report = await plainPage('open311', `${await standardsServer()}/open311/live`);
    expect(report, report.error).to.deep.include({ ok: true });
    expect(report.value).to.deep.equal({ categories: ['POT', 'SPOT', 'BIN'], status: 'dispatched', unsupported: 'unsupported' });
  });

  it('hsds.js loads in a plain page and pages an HSDS API', async () => {
    const report = await plainPage('hsds', `${await standardsServer()}/hsds`);
    expect(report, report.error).to.deep.include({ ok: true });
    expect(report.value).to.deep.equal({ services: ['长者食堂', '独居老人探访', '四点半课堂'], more: true });
  });

  it('popolo.js loads in a plain page and indexes an export', async () => {
    const report = await plainPage('popolo', `${await standardsServer()}/files/own/popolo/community-party-tree.json`);
    expect(report, report.error).to.deep.include({ ok: true });
    expect(report.value).to.deep.equal({ root: '东城区委', hits: 8 });
  });
});
