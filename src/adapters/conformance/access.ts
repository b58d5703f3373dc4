import { ok, rejectsWith } from './assert.js';
import { validSubmission, type FullAdapter } from './fixtures.js';
import type { ClauseRunner, ConformancePersona } from './types.js';

export function accessTests({ describe, it }: ClauseRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  describe('permissions and masking', () => {
    it('gives each persona its session', ['session'], async () => {
      ok((await (await as('anonymous')).session.current()).userId === null, 'anonymous has no user id');
      const centre = await (await as('grid-centre')).session.current();
      ok(centre.permissions.includes('case:verify'), 'the grid centre may verify');
      const resident = await (await as('resident')).session.current();
      ok(!resident.permissions.includes('volunteer:contact'), 'a resident may not see contacts');
    });

    it('masks volunteer contacts in lists and reveals them only with volunteer:contact', ['session', 'volunteers'], async () => {
      const staff = await as('community-staff');
      const [v] = (await staff.volunteers.query({}, { limit: 1 })).items;
      ok(v && v.phone.includes('*') && v.idNumber.includes('*'), 'phone and ID number are masked in query results');
      const { value } = await staff.volunteers.reveal(v.id, 'phone');
      ok(/^\d{11}$/.test(value) && value.slice(-4) === v.phone.slice(-4), 'reveal gives the whole phone number');
      await rejectsWith((await as('resident')).volunteers.reveal(v.id, 'phone'), 'forbidden', 'a resident revealing a phone');
      await rejectsWith((await as('anonymous')).volunteers.reveal(v.id, 'phone'), 'unauthorized', 'an anonymous reveal');
    });

    it("masks a reporter's phone for the public but not for staff", ['session', 'cases'], async () => {
      const resident = await as('resident');
      const kase = await resident.cases.submit(await validSubmission(resident));
      const seenByStaff = await (await as('grid-centre')).cases.get(kase.id);
      const seenByPublic = await (await as('anonymous')).cases.get(kase.id);
      ok(seenByStaff.reporter.phone === '13800000000', 'staff see the phone');
      ok(seenByPublic.reporter.phone?.includes('*'), 'the public sees it masked');
    });
  });
}
