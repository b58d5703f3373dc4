import { expect } from '@open-wc/testing';
import { openApiText } from '../../../server/src/openapi.js';
import { ROUTES } from '../../../src/adapters/rest/routes.js';

describe('openapi/grassroots.json', () => {
  it('equals the file generated from the route table and the domain schemas (run `node scripts/openapi.mjs`)', async () => {
    const committed = await (await fetch('/openapi/grassroots.json')).text();
    expect(committed === openApiText(), 'openapi/grassroots.json is out of date: run `node scripts/openapi.mjs`').to.equal(true);
  });

  it('describes every route with its operation id', () => {
    const doc = JSON.parse(openApiText()) as { paths: Record<string, Record<string, { operationId: string }>> };
    for (const [op, route] of Object.entries(ROUTES)) {
      expect(doc.paths[route.path]?.[route.method.toLowerCase()]?.operationId, op).to.equal(op);
    }
  });
});
