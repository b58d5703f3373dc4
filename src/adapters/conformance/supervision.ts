import type { CaseAction, GridCase } from '../../domain/cases.js';
import { equal, ok, rejectsWith, uniqueKey } from './assert.js';
import { validSubmission, type FullAdapter } from './fixtures.js';
import type { ClauseRunner, ConformancePersona } from './types.js';

export function supervisionTests({ describe, it }: ClauseRunner, as: (p: ConformancePersona) => Promise<FullAdapter>): void {
  type Extra = { departmentId?: string; note?: string };
  const act = async (who: ConformancePersona, kase: GridCase, action: CaseAction, extra: Extra = {}) =>
    (await as(who)).cases.act(kase.id, { action, ...extra, idempotencyKey: uniqueKey(action) });
  const needs = ['session', 'areas', 'cases', 'case-actions', 'case-supervision'] as const;

  /** A new case, dispatched to the department officer's department. */
  async function dispatched(): Promise<{ kase: GridCase; departmentId: string }> {
    const resident = await as('resident');
    const kase = await resident.cases.submit(await validSubmission(resident));
    const officer = await (await as('department-staff')).session.current();
    const departmentId = officer.departmentId ?? (await resident.cases.departments())[0]!.id;
    await act('grid-centre', kase, 'accept');
    return { kase: await act('grid-centre', kase, 'dispatch', { departmentId }), departmentId };
  }

  describe('supervision: the grid centre urges and escalates', () => {
    it('urges a dispatched case: the state stays, the urge and its note are in the timeline for the department, and listed', needs, async () => {
      const { kase, departmentId } = await dispatched();
      const urged = await act('grid-centre', kase, 'urge', { note: 'Conformance: fix it today' });
      equal(urged.status, 'dispatched', 'an urge keeps the state');
      const event = urged.timeline.at(-1);
      equal(event?.action, 'urge', 'the last step is the urge');
      equal(event?.note, 'Conformance: fix it today', 'the urge keeps its note');
      equal(event?.department?.id, departmentId, 'the urge names the department');
      equal(urged.urges?.length, 1, 'the case counts one urge (urges)');
      const seen = await (await as('department-staff')).cases.get(kase.id);
      ok(seen.timeline.some((e) => e.action === 'urge' && e.note === 'Conformance: fix it today'), 'the department sees the urge');
      const [row] = (await (await as('grid-centre')).cases.list({ text: kase.publicNumber }, { limit: 5 })).items.filter((c) => c.id === kase.id);
      equal(row?.urges?.length, 1, 'the list row counts the urge');
    });

    it('refuses an urge from anyone but the grid centre, in any state but dispatched, and without a note', needs, async () => {
      const { kase } = await dispatched();
      for (const who of ['resident', 'community-staff', 'department-staff'] as const) {
        await rejectsWith(act(who, kase, 'urge', { note: 'Conformance' }), 'forbidden', `an urge by ${who}`);
      }
      await rejectsWith(act('anonymous', kase, 'urge', { note: 'Conformance' }), 'unauthorized', 'an urge by an anonymous visitor');
      for (const note of [undefined, '  ']) {
        const e = await rejectsWith(act('grid-centre', kase, 'urge', note === undefined ? {} : { note }), 'validation', `an urge with ${note === undefined ? 'no' : 'a blank'} note`);
        equal(e.fieldErrors?.note?.code, 'required', 'fieldErrors.note');
      }
      const resident = await as('resident');
      const fresh = await resident.cases.submit(await validSubmission(resident));
      await rejectsWith(act('grid-centre', fresh, 'urge', { note: 'Conformance' }), 'conflict', 'urging a case no department has');
      const after = await (await as('grid-centre')).cases.get(kase.id);
      equal(after.timeline.length, kase.timeline.length, 'refused urges change nothing');
    });

    it('escalates an open case community → street → district, and no further (conflict)', needs, async () => {
      const resident = await as('resident');
      let kase = await resident.cases.submit(await validSubmission(resident));
      equal(kase.escalationLevel ?? 'community', 'community', 'a new case is at community level');
      for (const who of ['resident', 'community-staff', 'department-staff'] as const) {
        await rejectsWith(act(who, kase, 'escalate', { note: 'Conformance' }), 'forbidden', `an escalation by ${who}`);
      }
      const e = await rejectsWith(act('grid-centre', kase, 'escalate'), 'validation', 'an escalation without a note');
      equal(e.fieldErrors?.note?.code, 'required', 'fieldErrors.note');
      for (const level of ['street', 'district'] as const) {
        kase = await act('grid-centre', kase, 'escalate', { note: `Conformance: to the ${level}` });
        equal(kase.escalationLevel, level, `escalated to the ${level}`);
        equal(kase.status, 'reported', 'an escalation keeps the state');
        equal(kase.timeline.at(-1)?.escalationLevel, level, 'the timeline says where it went');
      }
      await rejectsWith(act('grid-centre', kase, 'escalate', { note: 'Conformance' }), 'conflict', 'escalating past the district');
      await act('grid-centre', kase, 'return', { note: 'Conformance: not ours' });
      kase = await act('grid-centre', kase, 'close');
      await rejectsWith(act('grid-centre', kase, 'escalate', { note: 'Conformance' }), 'conflict', 'escalating a closed case');
    });
  });
}
