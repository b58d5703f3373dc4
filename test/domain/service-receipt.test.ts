import { expect } from '@open-wc/testing';
import { Demand, RequestReceipt } from '../../src/domain/index.js';
import { newDemand, requestReceipt } from '../../src/domain/service-receipt.js';

const NOW = new Date('2026-11-27T02:00:00.000Z');

describe('requestReceipt', () => {
  it("is received now, numbered `rq-` by the backend's count and by the prefix's sequence of the city day", () => {
    const receipt = requestReceipt({ number: 7, prefix: 'FW', sequence: 3, itemId: 'sv-0012', now: NOW });
    expect(receipt).to.deep.equal({
      id: 'rq-0007',
      referenceNumber: 'FW-20261127-0003',
      itemId: 'sv-0012',
      createdAt: NOW.toISOString(),
      status: 'received',
    });
    expect(RequestReceipt.safeParse(receipt).success).to.equal(true);
  });
});

describe('newDemand', () => {
  const input = {
    name: '  陪老人就医  ',
    description: ' 每周二上午 ',
    areaId: 'd01-s01-c01',
    termIds: ['t-health'],
    audiences: ['elderly' as const, 'elderly' as const],
    contactName: ' 王秀英 ',
    phone: '13812345678',
    idempotencyKey: 'demand-0001',
  };

  it('opens the demand, taken by nobody, trimmed, with only the masked name of who posted it', () => {
    const demand = newDemand({ number: 3, input, areaName: '东华街道', now: NOW });
    expect(demand).to.deep.equal({
      id: 'dm-n0003',
      kind: 'demand',
      name: '陪老人就医',
      description: '每周二上午',
      areaId: 'd01-s01-c01',
      areaName: '东华街道',
      termIds: ['t-health'],
      audiences: ['elderly'],
      status: 'open',
      postedAt: NOW.toISOString(),
      postedBy: '王**',
      takenBy: null,
    });
    expect(demand.termIds).not.to.equal(input.termIds);
    expect(Demand.safeParse(demand).success).to.equal(true);
  });

  it('is for everyone when it names no audience', () => {
    expect(newDemand({ number: 1, input: { ...input, audiences: [] }, areaName: '东华街道', now: NOW }).audiences).to.deep.equal(['everyone']);
  });
});
