import { cityDate, cityNow } from '../../domain/city-clock.js';
import { locatesCase } from '../../domain/case-validation.js';
import { CASE_ACTIONS, type CaseAction, type GridCase } from '../../domain/cases.js';
import { equal, ok, rejectsWith, uniqueKey } from './assert.js';
import { validSubmission, type FullAdapter } from './fixtures.js';
import type { ClauseRunner, ConformancePersona } from './types.js';

export function caseTests({ describe, it }: ClauseRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  type Extra = { departmentId?: string; rating?: number; note?: string };
  const act = async (who: ConformancePersona, kase: GridCase, action: CaseAction, extra: Extra = {}) =>
    (await as(who)).cases.act(kase.id, { action, ...extra, idempotencyKey: uniqueKey(action) });

  describe('the case state machine', () => {
    it('runs the closed loop: report, accept, dispatch, resolve, verify, close, rate', ['session', 'areas', 'cases', 'case-actions'], async () => {
      const resident = await as('resident');
      let kase = await resident.cases.submit(await validSubmission(resident));
      equal(kase.status, 'reported', 'a new case');
      ok(kase.mine, 'the reporter sees the case as theirs');
      const dept = await (await as('department-staff')).session.current();
      const departments = await resident.cases.departments();
      const departmentId = dept.departmentId ?? departments[0]!.id;
      const steps: Array<[ConformancePersona, CaseAction, GridCase['status'], Extra?]> = [
        ['grid-centre', 'accept', 'accepted'],
        ['grid-centre', 'dispatch', 'dispatched', { departmentId }],
        ['department-staff', 'resolve', 'handled', { note: 'Conformance: fixed' }],
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

    it('refuses an action the state does not allow with conflict', ['session', 'areas', 'cases', 'case-actions'], async () => {
      const resident = await as('resident');
      const kase = await resident.cases.submit(await validSubmission(resident));
      await rejectsWith(act('grid-centre', kase, 'verify'), 'conflict', 'verifying a reported case');
      await rejectsWith(act('grid-centre', kase, 'close'), 'conflict', 'closing a reported case');
    });

    it('refuses an action the session may not take with forbidden, and an anonymous visitor with unauthorized', ['session', 'areas', 'cases', 'case-actions'], async () => {
      const resident = await as('resident');
      const kase = await resident.cases.submit(await validSubmission(resident));
      await rejectsWith(act('resident', kase, 'accept'), 'forbidden', 'a resident accepting a case');
      await rejectsWith(act('anonymous', kase, 'accept'), 'unauthorized', 'an anonymous visitor accepting a case');
      const after = await resident.cases.get(kase.id);
      equal(after.status, 'reported', 'refused actions change nothing');
    });
  });

  describe('rules the backend enforces itself, not only the widgets', () => {
    /** The action without a note, and with a blank one: validation naming the note, and the case unchanged. */
    const refusedWithoutNote = async (who: ConformancePersona, kase: GridCase, action: CaseAction, extra: Extra = {}) => {
      for (const note of [undefined, '  ']) {
        const what = `${action} with ${note === undefined ? 'no note' : 'a blank note'}`;
        const e = await rejectsWith(act(who, kase, action, note === undefined ? extra : { ...extra, note }), 'validation', what);
        equal(e.fieldErrors?.note?.code, 'required', `${what}: fieldErrors.note`);
      }
      const after = await (await as('grid-centre')).cases.get(kase.id);
      equal(after.status, kase.status, `a refused ${action} leaves the case as it was`);
    };

    it('refuses a return, a resolve and a reopen without a note with validation (fieldErrors.note "required")', ['session', 'areas', 'cases', 'case-actions'], async () => {
      const resident = await as('resident');
      let kase = await resident.cases.submit(await validSubmission(resident));
      await refusedWithoutNote('grid-centre', kase, 'return');
      const dept = await (await as('department-staff')).session.current();
      const departmentId = dept.departmentId ?? (await resident.cases.departments())[0]!.id;
      kase = await act('grid-centre', kase, 'accept');
      kase = await act('grid-centre', kase, 'dispatch', { departmentId });
      await refusedWithoutNote('department-staff', kase, 'resolve');
      kase = await act('department-staff', kase, 'resolve', { note: 'Conformance: fixed' });
      equal(kase.status, 'handled', 'a resolve with a note');
      await refusedWithoutNote('grid-centre', kase, 'return');
      kase = await act('grid-centre', kase, 'verify');
      await refusedWithoutNote('resident', kase, 'reopen');
      kase = await act('resident', kase, 'reopen', { note: 'Conformance: still broken' });
      equal(kase.status, 'reopened', 'a reopen with a note');
      equal(kase.timeline.at(-1)?.note, 'Conformance: still broken', 'the note is kept in the timeline');
    });

    it('refuses a report located above the grid level with validation (fieldErrors["location.areaId"] "area_too_broad")', ['areas', 'cases'], async () => {
      const resident = await as('resident');
      const good = await validSubmission(resident);
      const path = await resident.areas.path(good.location.areaId);
      const above = path.filter((area) => !locatesCase(area));
      ok(above.length > 0, `the path to ${good.location.areaId} has areas above the grid level`);
      for (const area of above) {
        const what = `a report on the whole ${area.level} "${area.id}"`;
        const e = await rejectsWith(
          resident.cases.submit({ ...good, location: { ...good.location, areaId: area.id }, idempotencyKey: uniqueKey('broad') }),
          'validation',
          what,
        );
        equal(e.fieldErrors?.['location.areaId']?.code, 'area_too_broad', `${what}: fieldErrors["location.areaId"]`);
      }
    });
  });

  describe('idempotency', () => {
    it('returns the same case for a repeated submit with one key', ['cases'], async () => {
      const resident = await as('resident');
      const submission = await validSubmission(resident);
      const first = await resident.cases.submit(submission);
      const again = await resident.cases.submit({ ...submission });
      equal(again.id, first.id, 'the same case id');
      equal(again.publicNumber, first.publicNumber, 'the same public number');
    });

    it('refuses the same key with another body with conflict, naming the case the key created', ['cases'], async () => {
      const resident = await as('resident');
      const submission = await validSubmission(resident);
      const first = await resident.cases.submit(submission);
      const error = await rejectsWith(resident.cases.submit({ ...submission, description: 'Another report' }), 'conflict', 'a reused key with another body');
      // So a report edited after a lost answer is never stuck: the conflict names the case the key created.
      equal(error.existing?.id, first.id, 'the conflict names the existing case (existing.id)');
      equal(error.existing?.publicNumber, first.publicNumber, 'the conflict names the existing public number (existing.publicNumber)');
    });

    it('applies a repeated action once', ['session', 'cases', 'case-actions'], async () => {
      const resident = await as('resident');
      const centre = await as('grid-centre');
      const kase = await resident.cases.submit(await validSubmission(resident));
      const key = uniqueKey('accept');
      const first = await centre.cases.act(kase.id, { action: 'accept', idempotencyKey: key });
      const again = await centre.cases.act(kase.id, { action: 'accept', idempotencyKey: key });
      equal(again.status, 'accepted', 'still accepted');
      equal(again.timeline.length, first.timeline.length, 'no second accept in the timeline');
    });

    it('logs hours once per key', ['volunteers'], async () => {
      const staff = await as('community-staff');
      const [v] = (await staff.volunteers.query({}, { limit: 1 })).items;
      const yesterday = cityDate(new Date(cityNow().getTime() - 86_400_000));
      const input = { volunteerId: v!.id, date: yesterday, hours: 1.5, activity: 'Conformance', idempotencyKey: uniqueKey('hours') };
      const log = await staff.volunteers.logHours(input);
      equal((await staff.volunteers.logHours({ ...input })).id, log.id, 'the same hour log');
      await rejectsWith(staff.volunteers.logHours({ ...input, hours: 2 }), 'conflict', 'a reused hours key with other hours');
    });

    it('requests a service once per key', ['services', 'service-requests'], async () => {
      const resident = await as('resident');
      const [service] = (await resident.services.query({ kind: 'service' }, { limit: 1 })).items;
      const request = { itemId: service!.id, name: '测试员', phone: '13800000000', preferredTime: 'weekday morning', notes: '', idempotencyKey: uniqueKey('request') };
      const receipt = await resident.services.request(request);
      equal((await resident.services.request({ ...request })).id, receipt.id, 'the same receipt');
    });
  });

  describe('what the backend cannot do', () => {
    it('refuses the actions missing from cases.capabilities.actions with unsupported, and keeps the case as it was', ['cases', 'case-actions-limited'], async () => {
      const resident = await as('resident');
      const kase = await resident.cases.submit(await validSubmission(resident));
      const supported = resident.cases.capabilities?.actions ?? [];
      for (const action of CASE_ACTIONS.filter((x) => !supported.includes(x))) {
        const extra: Extra = action === 'rate' ? { rating: 5 } : { note: 'Conformance' };
        await rejectsWith(act('grid-centre', kase, action, extra), 'unsupported', `${action} on a backend that cannot ${action}`);
      }
      equal((await resident.cases.get(kase.id)).status, kase.status, 'refused actions change nothing');
    });

    it('refuses follow with unsupported when cases.capabilities.follow is false', ['cases', 'case-follow-unsupported'], async () => {
      const resident = await as('resident');
      const kase = await resident.cases.submit(await validSubmission(resident));
      await rejectsWith(resident.cases.follow(kase.id), 'unsupported', 'follow on a backend that cannot follow');
    });
  });
}
