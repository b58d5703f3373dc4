import { ok, rejectsWith } from './assert.js';
import { validSubmission, type FullAdapter } from './fixtures.js';
import type { ConformancePersona, ConformanceRunner } from './types.js';

export function errorTests({ describe, it }: ConformanceRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  describe('error codes', () => {
    it('answers unknown ids with not_found', async () => {
      const a = await as('grid-centre');
      await rejectsWith(a.cases.get('no-such-case'), 'not_found', 'cases.get of an unknown id');
      await rejectsWith(a.areas.get('no-such-area'), 'not_found', 'areas.get of an unknown id');
      await rejectsWith(a.orgs.get('no-such-org'), 'not_found', 'orgs.get of an unknown id');
      await rejectsWith(a.volunteers.get('no-such-volunteer'), 'not_found', 'volunteers.get of an unknown id');
      await rejectsWith(a.services.get('service', 'no-such-service'), 'not_found', 'services.get of an unknown id');
    });

    it('answers a bad report with validation and field errors by path', async () => {
      const resident = await as('resident');
      const good = await validSubmission(resident);
      const e = await rejectsWith(resident.cases.submit({ ...good, description: '', phone: '123' }), 'validation', 'a report without description');
      ok(e.fieldErrors?.description?.code === 'required', 'fieldErrors.description is "required"');
      ok(e.fieldErrors?.phone?.code === 'invalid_phone', 'fieldErrors.phone is "invalid_phone"');
    });
  });
}
