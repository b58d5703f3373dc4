import type { CaseSubmission } from '../../../src/domain/cases.js';

/** A valid report for the POT category of the fixtures (service-definition-all-types.json), with a fresh key. */
export function report(overrides: Partial<CaseSubmission> = {}): CaseSubmission {
  return {
    categoryCode: 'POT',
    answers: { where: '1', depth: 12, hazards: ['oil', 'glass'] },
    location: { areaId: 'grid-7', address: '和平里北街12号', point: { lat: 39.9612, lng: 116.4178 } },
    description: 'A deep pothole by the bus stop',
    urgency: 'high',
    anonymous: false,
    name: '王秀英',
    phone: '13912345678',
    idempotencyKey: `key-${crypto.randomUUID()}`,
    ...overrides,
  };
}
