import { cityDate, cityNow } from '../../domain/city-clock.js';
import type { CaseAction, GridCase } from '../../domain/cases.js';
import { equal, ok, rejectsWith, uniqueKey } from './assert.js';
import { validSubmission, type FullAdapter } from './fixtures.js';
import type { ConformancePersona, ConformanceRunner } from './types.js';

export function caseTests({ describe, it }: ConformanceRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  const act = async (who: ConformancePersona, kase: GridCase, action: CaseAction, extra: { departmentId?: string; rating?: number } = {}) =>
    (await as(who)).cases.act(kase.id, { action, ...extra, idempotencyKey: uniqueKey(action) });

  describe('the case state machine', () => {
    it('runs the closed loop: report, accept, dispatch, resolve, verify, close, rate', async () => {
      const resident = await as('resident');
      let kase = await resident.cases.submit(await validSubmission(resident));
      equal(kase.status, 'reported', 'a new case');
      ok(kase.mine, 'the reporter sees the case as theirs');
      const dept = await (await as('department-staff')).session.current();
      const departments = await resident.cases.departments();
      const departmentId = dept.departmentId ?? departments[0]!.id;
      const steps: Array<[ConformancePersona, CaseAction, GridCase['status'], { departmentId?: string; rating?: number }?]> = [
        ['grid-centre', 'accept', 'accepted'],
        ['grid-centre', 'dispatch', 'dispatched', { departmentId }],
        ['department-staff', 'resolve', 'handled'],
        ['grid-centre', 'verify', 'verified'],
        ['grid-centre', 'close', 'closed'],
        ['resident', 'rate', 'closed', { rating: 5 }],
      ];
      for (const [who, action, status, extra] of steps) {
        kase = await act(who, kase, action, extra);
        equal(kase.status, status, `after ${action}`);
      }
      equal(kase.rating, 5, 'the rating is kept');
      equal(kase.department?.id, departmentId, 'the department it was dispatched to');
      ok(kase.closedAt !== null, 'a closed case has closedAt');
      const actions = kase.timeline.map((e) => e.action);
      ok(['report', 'accept', 'dispatch', 'resolve', 'verify', 'close', 'rate'].every((a) => actions.includes(a as never)), 'the timeline records every step');
      const byNumber = await resident.cases.get(kase.publicNumber);
      equal(byNumber.id, kase.id, 'get by public number finds the same case');
    });

    it('refuses an action the state does not allow with conflict', async () => {
      const resident = await as('resident');
      const kase = await resident.cases.submit(await validSubmission(resident));
      await rejectsWith(act('grid-centre', kase, 'verify'), 'conflict', 'verifying a reported case');
      await rejectsWith(act('grid-centre', kase, 'close'), 'conflict', 'closing a reported case');
    });

    it('refuses an action the session may not take with forbidden, and an anonymous visitor with unauthorized', async () => {
      const resident = await as('resident');
      const kase = await resident.cases.submit(await validSubmission(resident));
      await rejectsWith(act('resident', kase, 'accept'), 'forbidden', 'a resident accepting a case');
      await rejectsWith(act('anonymous', kase, 'accept'), 'unauthorized', 'an anonymous visitor accepting a case');
      const after = await resident.cases.get(kase.id);
      equal(after.status, 'reported', 'refused actions change nothing');
    });
  });

  describe('idempotency', () => {
    it('returns the same case for a repeated submit with one key', async () => {
      const resident = await as('resident');
      const submission = await validSubmission(resident);
      const first = await resident.cases.submit(submission);
      const again = await resident.cases.submit({ ...submission });
      equal(again.id, first.id, 'the same case id');
      equal(again.publicNumber, first.publicNumber, 'the same public number');
    });

    it('refuses the same key with another body with conflict, naming the case the key created', async () => {
      const resident = await as('resident');
      const submission = await validSubmission(resident);
      const first = await resident.cases.submit(submission);
      const error = await rejectsWith(resident.cases.submit({ ...submission, description: 'Another report' }), 'conflict', 'a reused key with another body');
      // So a report edited after a lost answer is never stuck: the conflict names the case the key created.
      equal(error.existing?.id, first.id, 'the conflict names the existing case (existing.id)');
      equal(error.existing?.publicNumber, first.publicNumber, 'the conflict names the existing public number (existing.publicNumber)');
    });

    it('applies a repeated action once', async () => {
      const resident = await as('resident');
      const centre = await as('grid-centre');
      const kase = await resident.cases.submit(await validSubmission(resident));
      const key = uniqueKey('accept');
      const first = await centre.cases.act(kase.id, { action: 'accept', idempotencyKey: key });
      const again = await centre.cases.act(kase.id, { action: 'accept', idempotencyKey: key });
      equal(again.status, 'accepted', 'still accepted');
      equal(again.timeline.length, first.timeline.length, 'no second accept in the timeline');
    });

    it('logs hours and requests services once per key', async () => {
      const staff = await as('community-staff');
      const [v] = (await staff.volunteers.query({}, { limit: 1 })).items;
      const yesterday = cityDate(new Date(cityNow().getTime() - 86_400_000));
      const input = { volunteerId: v!.id, date: yesterday, hours: 1.5, activity: 'Conformance', idempotencyKey: uniqueKey('hours') };
      const log = await staff.volunteers.logHours(input);
      equal((await staff.volunteers.logHours({ ...input })).id, log.id, 'the same hour log');
      await rejectsWith(staff.volunteers.logHours({ ...input, hours: 2 }), 'conflict', 'a reused hours key with other hours');
      const resident = await as('resident');
      const [service] = (await resident.services.query({ kind: 'service' }, { limit: 1 })).items;
      const request = { itemId: service!.id, name: '测试员', phone: '13800000000', preferredTime: 'weekday morning', notes: '', idempotencyKey: uniqueKey('request') };
      const receipt = await resident.services.request(request);
      equal((await resident.services.request({ ...request })).id, receipt.id, 'the same receipt');
    });
  });
}
