import { expect } from '@open-wc/testing';
import { cityDay, DEMAND_REFERENCE_PREFIX, JOIN_REFERENCE_PREFIX, referenceNumber, REQUEST_REFERENCE_PREFIX } from '../../src/domain/reference-numbers.js';

describe('referenceNumber', () => {
  it("numbers by prefix, the city's calendar day and a 4-digit sequence", () => {
    expect(referenceNumber('GC', new Date('2026-11-27T02:00:00.000Z'), 42)).to.equal('GC-20261127-0042');
    expect(referenceNumber(REQUEST_REFERENCE_PREFIX, new Date('2026-11-27T02:00:00.000Z'), 1)).to.equal('FW-20261127-0001');
    expect(referenceNumber(DEMAND_REFERENCE_PREFIX, new Date('2026-11-27T02:00:00.000Z'), 12345)).to.equal('XQ-20261127-12345');
    expect(JOIN_REFERENCE_PREFIX).to.equal('ZY');
  });

  it("takes the day in city time (UTC+8), not the machine's", () => {
    // 16:00 UTC is midnight in the city: the next day.
    expect(cityDay(new Date('2026-11-27T15:59:59.999Z'))).to.equal('20261127');
    expect(cityDay(new Date('2026-11-27T16:00:00.000Z'))).to.equal('20261128');
    expect(referenceNumber('ZY', new Date('2026-12-31T16:30:00.000Z'), 7)).to.equal('ZY-20270101-0007');
  });
});
