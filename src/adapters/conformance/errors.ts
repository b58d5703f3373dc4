import { ok, rejectsWith } from './assert.js';
import { validSubmission, type FullAdapter } from './fixtures.js';
import type { ClauseRunner, ConformancePersona } from './types.js';

export function errorTests({ describe, it }: ClauseRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  describe('error codes', () => {
    it('answers an unknown case with not_found', ['cases'], async () => {
      await rejectsWith((await as('grid-centre')).cases.get('no-such-case'), 'not_found', 'cases.get of an unknown id');
    });

    it('answers an unknown area with not_found', ['areas'], async () => {
      await rejectsWith((await as('grid-centre')).areas.get('no-such-area'), 'not_found', 'areas.get of an unknown id');
    });

    it('answers an unknown organisation with not_found', ['orgs'], async () => {
      await rejectsWith((await as('grid-centre')).orgs.get('no-such-org'), 'not_found', 'orgs.get of an unknown id');
    });

    it('answers an unknown volunteer with not_found', ['volunteers'], async () => {
      await rejectsWith((await as('grid-centre')).volunteers.get('no-such-volunteer'), 'not_found', 'volunteers.get of an unknown id');
    });

    it('answers an unknown service with not_found', ['services'], async () => {
      await rejectsWith((await as('grid-centre')).services.get('service', 'no-such-service'), 'not_found', 'services.get of an unknown id');
    });

    it('answers a bad report with validation and field errors by path', ['cases'], async () => {
      const resident = await as('resident');
      const good = await validSubmission(resident);
      const e = await rejectsWith(resident.cases.submit({ ...good, description: '', phone: '123' }), 'validation', 'a report without description');
      ok(e.fieldErrors?.description?.code === 'required', 'fieldErrors.description is "required"');
      ok(e.fieldErrors?.phone?.code === 'invalid_phone', 'fieldErrors.phone is "invalid_phone"');
    });
  });
}
