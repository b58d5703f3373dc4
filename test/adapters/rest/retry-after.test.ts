import { expect } from '@open-wc/testing';
import { parseRetryAfter } from '../../../src/adapters/rest/index.js';
import { backoffDelay } from '../../../src/adapters/rest/retry.js';
import { queryString } from '../../../src/adapters/rest/transport.js';
import { fillPath, matchRoute } from '../../../src/adapters/rest/routes.js';

describe('REST helpers', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-27T08:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 08:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 07:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffDelay(0, 100, 1000, () => 0)).to.equal(50);
    expect(backoffDelay(2, 100, 1000, () => 1)).to.equal(400);
    expect(backoffDelay(10, 100, 1000, () => 1)).to.equal(1000);
  });

  it('encodes arrays as repeated parameters and drops empty values', () => {
    expect(queryString({ skills: ['legal', 'it'], partyMember: false, text: '', areaId: undefined, limit: 20 })).to.equal(
      '?skills=legal&skills=it&partyMember=false&limit=20',
    );
  });

  it('matches literal routes before parameters and round-trips encoded ids', () => {
    expect(matchRoute('GET', '/areas/search')?.op).to.equal('areas.search');
    expect(matchRoute('GET', fillPath('/areas/{id}', { id: 'a/b c' }))).to.deep.equal({ op: 'areas.get', params: { id: 'a/b c' } });
    expect(matchRoute('POST', '/services/requests')?.op).to.equal('services.request');
    expect(matchRoute('DELETE', '/session')).to.equal(null);
  });
});
