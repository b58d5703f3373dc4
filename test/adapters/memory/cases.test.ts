import { rejection } from '../../helpers/rejection.js';
import { expect } from '@open-wc/testing';
import { AdapterError } from '../../../src/adapters/errors.js';
import { createMemoryAdapter, type MemoryAdapter, type PersonaName } from '../../../src/adapters/memory/index.js';
import { personaSession } from '../../../src/adapters/memory/personas.js';
import {
  CaseCategory,
  CaseSummary,
  Department,
  GridCase,
  QUESTION_TYPES,
  isOverdue,
  type CaseAction,
  type CaseActionRequest,
  type CaseSubmission,
  type Session,
} from '../../../src/domain/index.js';
import { PHONE_PATTERN } from '../../../src/domain/common.js';
import { isMasked } from '../../../src/domain/masking.js';
import { memoryStorage } from '../../helpers/memory-storage.js';
import { TEST_NOW, TEST_DAY } from '../../helpers/city-clock.js';

const NOW = TEST_NOW;
const HOUR = 3_600_000;
const HOME = 'd01-s01-c01';
const SPOT = `${HOME}-g1-p1-b1`;

function makeAdapter(session: PersonaName | Session = 'resident', extra: Parameters<typeof createMemoryAdapter>[0] = {}): MemoryAdapter {
  return createMemoryAdapter({ session, now: () => NOW, ...extra });
}

let keys = 0;
const newKey = () => `test-key-${++keys}`;

function submission(over: Partial<CaseSubmission> = {}): CaseSubmission {
  return {
    categoryCode: 'streetlight',
    answers: { damage: 'off', wholeStretch: true },
    location: { areaId: SPOT, address: '1号楼东侧路灯' },
    description: '楼下路灯连续三天不亮，晚上很黑。',
    urgency: 'normal',
    anonymous: false,
    name: '王秀英',
    phone: '13912345678',
    idempotencyKey: newKey(),
    ...over,
  };
}

function action(name: CaseAction, over: Partial<CaseActionRequest> = {}): CaseActionRequest {
  return { action: name, idempotencyKey: newKey(), ...over };
}

function valid(kase: GridCase): GridCase {
  const parsed = GridCase.safeParse(kase);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
  return kase;
}

/** How many cases the backend holds, seen by staff who see them all. */
async function caseCount(adapter: MemoryAdapter, back: PersonaName = 'resident'): Promise<number> {
  adapter.control.setSession('grid-centre');
  const page = await adapter.cases.list({}, { limit: 1 });
  adapter.control.setSession(back);
  return page.total!;
}

const png = (bytes = 16) => new Blob([new Uint8Array(bytes).fill(7)], { type: 'image/png' });

describe('memory cases: categories and departments', () => {
  it('offers 14–18 categories that validate, in groups, using every question datatype', async () => {
    const categories = await makeAdapter().cases.categories();
    expect(categories.length).to.be.within(14, 18);
    for (const c of categories) {
      const parsed = CaseCategory.safeParse(c);
      expect(parsed.success, `${c.code}: ${JSON.stringify(parsed.error?.issues)}`).to.equal(true);
      expect(c.questions.length).to.be.greaterThan(0);
      for (const q of c.questions) {
        if (q.datatype === 'single' || q.datatype === 'multi') expect(q.options?.length, q.code).to.be.greaterThan(1);
      }
    }
    const types = new Set(categories.flatMap((c) => c.questions.map((q) => q.datatype)));
    expect([...types].sort()).to.deep.equal([...QUESTION_TYPES].sort());
    const questions = categories.flatMap((c) => c.questions);
    expect(questions.some((q) => q.required)).to.equal(true);
    expect(questions.some((q) => !q.required)).to.equal(true);
    expect(new Set(categories.map((c) => c.group)).size).to.be.at.least(5);
    expect(categories.find((c) => c.code === 'streetlight')!.department.id).to.equal('dept-cg');
  });

  it('speaks Chinese by default and English when the locale starts with en', async () => {
    const adapter = makeAdapter();
    const zh = (await adapter.cases.categories()).find((c) => c.code === 'streetlight')!;
    const en = (await adapter.cases.categories({ locale: 'en-GB' })).find((c) => c.code === 'streetlight')!;
    expect(zh.name).to.equal('路灯损坏');
    expect(en.name).to.equal('Broken street light');
    expect(zh.groupName).to.equal('市政设施');
    expect(en.groupName).to.equal('Public facilities');
    expect(zh.department.name).to.equal('城市管理局');
    expect(en.department.name).to.equal('City Management Bureau');
    expect(en.questions.map((q) => q.code)).to.deep.equal(zh.questions.map((q) => q.code));
    expect(en.questions.find((q) => q.code === 'damage')!.options!.map((o) => o.label)).to.include('Flickering');
    const departments = await adapter.cases.departments({ locale: 'en' });
    expect(departments.every((d) => Department.safeParse(d).success)).to.equal(true);
    expect(departments.find((d) => d.id === 'dept-cg')!.name).to.equal('City Management Bureau');
    expect((await adapter.cases.departments()).find((d) => d.id === 'dept-sw')!.name).to.equal('水务局');
  });
});

describe('memory cases: the seeded cases', () => {
  it('holds sizes.cases cases in every state of the loop, each a valid GridCase with a consistent timeline', async () => {
    const adapter = makeAdapter('grid-centre');
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof adapter.cases.list>> = await adapter.cases.list({}, { cursor, limit: 200 });
      ids.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids.length).to.equal(400);
    expect(new Set(ids).size).to.equal(400);
    for (const state of ['reported', 'accepted', 'dispatched', 'handled', 'verified', 'closed', 'returned', 'reopened'] as const) {
      expect((await adapter.cases.list({ status: [state] }, { limit: 1 })).total, state).to.be.greaterThan(0);
    }
    for (const id of ids.filter((_, i) => i % 10 === 0)) {
      const kase = valid(await adapter.cases.get(id));
      expect(kase.publicNumber).to.match(/^GC-\d{8}-\d{4}$/);
      expect(kase.timeline[0]!.action).to.equal('report');
      expect(kase.timeline.at(-1)!.toState).to.equal(kase.status);
      for (let i = 1; i < kase.timeline.length; i++) {
        expect(kase.timeline[i]!.fromState).to.equal(kase.timeline[i - 1]!.toState);
        expect(kase.timeline[i]!.at >= kase.timeline[i - 1]!.at).to.equal(true);
      }
      expect(Date.parse(kase.createdAt)).to.be.at.most(TEST_NOW.getTime());
    }
  });

  it('is laid out before its clock, whatever the date: the newest cases are hours old, open ones days old', async () => {
    for (const now of [TEST_NOW, new Date('2031-06-15T09:30:00+08:00'), new Date('2024-02-29T23:59:00+08:00')]) {
      const adapter = createMemoryAdapter({ session: 'grid-centre', now: () => now });
      const page = await adapter.cases.list({ sort: 'newest' }, { limit: 200 });
      const ages = page.items.map((c) => (now.getTime() - Date.parse(c.createdAt)) / HOUR);
      expect(Math.min(...ages), `newest case at ${now.toISOString()}`).to.be.within(0, 24);
      expect(Math.max(...ages), `oldest of the newest 200 at ${now.toISOString()}`).to.be.below(61 * 24);
      const open = await adapter.cases.list({ status: ['reported', 'accepted', 'dispatched'] }, { limit: 200 });
      const openAges = open.items.map((c) => (now.getTime() - Date.parse(c.createdAt)) / HOUR);
      expect(Math.max(...openAges), `oldest open case at ${now.toISOString()}`).to.be.below(21 * 24);
      const onTime = open.items.filter((c) => !isOverdue(c, now)).length;
      expect(onTime / open.items.length, `share of open cases on time at ${now.toISOString()}`).to.be.above(0.3);
    }
  });

  it('gives the resident one verified and one closed, unrated case of their own', async () => {
    const adapter = makeAdapter();
    const mine = await adapter.cases.list({ mine: true });
    const statuses = mine.items.map((c) => c.status);
    expect(statuses).to.include('verified');
    expect(statuses).to.include('closed');
    const closed = await adapter.cases.get(mine.items.find((c) => c.status === 'closed')!.id);
    expect(closed.rating).to.equal(null);
    expect(closed.mine).to.equal(true);
  });
});

describe('memory cases: submit', () => {
  const rules: Array<[string, Partial<CaseSubmission>, string, string]> = [
    ['missing description', { description: '' }, 'description', 'required'],
    ['too long a description', { description: '很'.repeat(501) }, 'description', 'too_long'],
    ['a bad phone', { phone: '12345' }, 'phone', 'invalid_phone'],
    ['no name when not anonymous', { name: undefined }, 'name', 'required'],
    ['a missing required answer', { answers: {} }, 'answers.damage', 'required'],
    ['an unknown option', { answers: { damage: 'exploded' } }, 'answers.damage', 'invalid_option'],
    ['an unknown area', { location: { areaId: 'd99-nowhere', address: '' } }, 'location.areaId', 'invalid_option'],
    ['too many photos', { photos: [png(), png(), png(), png()] }, 'photos', 'too_many_photos'],
    ['a photo of the wrong type', { photos: [new Blob(['hi'], { type: 'text/plain' })] }, 'photos', 'photo_type'],
    ['an unknown category', { categoryCode: 'ufo' }, 'categoryCode', 'invalid_option'],
  ];
  for (const [what, change, field, code] of rules) {
    it(`refuses ${what} with ${field}: ${code} and creates nothing`, async () => {
      const adapter = makeAdapter();
      const before = await caseCount(adapter);
      const error = await rejection(adapter.cases.submit(submission(change)));
      expect(error).to.be.instanceOf(AdapterError);
      expect(error.code).to.equal('validation');
      expect(error.fieldErrors?.[field]?.code).to.equal(code);
      expect(await caseCount(adapter)).to.equal(before);
    });
  }

  it('creates a reported case, photos as data URLs, findable by its public number', async () => {
    const adapter = makeAdapter();
    const kase = valid(await adapter.cases.submit(submission({ photos: [png(32)] })));
    expect(kase.status).to.equal('reported');
    expect(kase.mine).to.equal(true);
    expect(kase.publicNumber).to.match(new RegExp(`^GC-${TEST_DAY}-\\d{4}$`));
    expect(kase.createdAt).to.equal(NOW.toISOString());
    expect(Date.parse(kase.dueAt) - NOW.getTime()).to.equal(72 * HOUR);
    expect(kase.location.areaPath.map((a) => a.id)).to.deep.equal(['city', 'd01', 'd01-s01', HOME, `${HOME}-g1`, `${HOME}-g1-p1`, SPOT]);
    expect(kase.photos).to.have.length(1);
    expect(kase.photos[0]!.url).to.match(/^data:image\/png;base64,/);
    expect(kase.timeline.map((e) => e.action)).to.deep.equal(['report']);
    expect(kase.timeline[0]!.actor).to.deep.equal({ name: '王秀英', role: 'resident' });
    expect(kase.answers).to.deep.equal({ damage: 'off', wholeStretch: true });
    const byNumber = valid(await adapter.cases.get(kase.publicNumber));
    expect(byNumber.id).to.equal(kase.id);
    expect(byNumber.mine).to.equal(true);
  });

  it('lets an anonymous visitor report anonymously, and refuses staff without case:report', async () => {
    const adapter = makeAdapter('anonymous');
    const kase = valid(await adapter.cases.submit(submission({ anonymous: true, name: undefined, phone: undefined })));
    expect(kase.reporter).to.deep.equal({ anonymous: true });
    expect(kase.timeline[0]!.actor).to.deep.equal({ name: '匿名群众', role: 'anonymous' });
    adapter.control.setSession('department-staff');
    expect((await rejection(adapter.cases.submit(submission()))).code).to.equal('forbidden');
    adapter.control.setSession({ ...personaSession('anonymous'), permissions: [] });
    expect((await rejection(adapter.cases.submit(submission()))).code).to.equal('unauthorized');
  });

  it('returns the same case for the same key, and refuses the key with another body', async () => {
    const adapter = makeAdapter();
    const before = await caseCount(adapter);
    const body = submission();
    const first = await adapter.cases.submit(body);
    const again = await adapter.cases.submit({ ...body });
    expect(again.id).to.equal(first.id);
    expect(again.publicNumber).to.equal(first.publicNumber);
    expect(await caseCount(adapter)).to.equal(before + 1);
    const error = await rejection(adapter.cases.submit({ ...body, description: '另一件事' }));
    expect(error.code).to.equal('conflict');
    expect(await caseCount(adapter)).to.equal(before + 1);
  });

  it('survives a network failure and a lost response: one case, whatever the retries', async () => {
    const adapter = makeAdapter();
    adapter.control.setFaults({ timeoutMs: 20 });
    const before = await caseCount(adapter);
    const body = submission();

    adapter.control.failNext('cases.submit', 'network');
    expect((await rejection(adapter.cases.submit(body))).code).to.equal('network');
    expect(await caseCount(adapter)).to.equal(before);

    adapter.control.failNext('cases.submit', { kind: 'timeout', afterCommit: true });
    expect((await rejection(adapter.cases.submit(body))).code).to.equal('timeout');
    expect(await caseCount(adapter)).to.equal(before + 1);

    const kase = valid(await adapter.cases.submit(body));
    expect(await caseCount(adapter)).to.equal(before + 1);
    adapter.control.setSession('grid-centre');
    const newest = await adapter.cases.list({ sort: 'newest' }, { limit: 1 });
    expect(newest.items[0]!.id).to.equal(kase.id);
  });

  it('numbers a day’s new cases one after another', async () => {
    const adapter = makeAdapter();
    const a = await adapter.cases.submit(submission());
    const b = await adapter.cases.submit(submission());
    expect(Number(b.publicNumber.slice(-4))).to.equal(Number(a.publicNumber.slice(-4)) + 1);
    expect(b.id).not.to.equal(a.id);
  });
});

describe('memory cases: similar cases', () => {
  it('lists open cases of the category in the same community, newest first, at most five', async () => {
    const adapter = makeAdapter();
    const hits = await adapter.cases.similar({ categoryCode: 'streetlight', areaId: `${HOME}-g3` });
    expect(hits.length).to.be.within(1, 5);
    for (const hit of hits) {
      expect(CaseSummary.safeParse(hit).success).to.equal(true);
      expect(hit.categoryCode).to.equal('streetlight');
      expect(hit.status).not.to.equal('closed');
      expect(hit.location.areaId.startsWith(`${HOME}-`) || hit.location.areaId === HOME).to.equal(true);
    }
    const times = hits.map((h) => h.createdAt);
    expect(times).to.deep.equal([...times].sort().reverse());
    expect((await adapter.cases.similar({ categoryCode: 'garbage', areaId: SPOT })).length).to.be.greaterThan(0);
  });

  it('puts a new report first, ignores other communities, and refuses an unknown area', async () => {
    const adapter = makeAdapter();
    const kase = await adapter.cases.submit(submission());
    const hits = await adapter.cases.similar({ categoryCode: 'streetlight', areaId: HOME });
    expect(hits[0]!.id).to.equal(kase.id);
    const elsewhere = await adapter.cases.similar({ categoryCode: 'streetlight', areaId: 'd01-s01-c02' });
    expect(elsewhere.every((h) => h.location.areaId.startsWith('d01-s01-c02'))).to.equal(true);
    expect((await rejection(adapter.cases.similar({ categoryCode: 'streetlight', areaId: 'nowhere' }))).code).to.equal('not_found');
  });
});

describe('memory cases: the closed loop through act', () => {
  const otherDepartment: Session = { ...personaSession('department-staff'), userId: 'u-dept-9', displayName: '孙消防', departmentId: 'dept-xf' };
  const neighbour: Session = { ...personaSession('resident'), userId: 'u-resident-2', displayName: '陈建华' };

  async function expectRefused(adapter: MemoryAdapter, who: PersonaName | Session, id: string, request: CaseActionRequest, code: string) {
    adapter.control.setSession(who);
    const error = await rejection(adapter.cases.act(id, request));
    expect(error.code, `${typeof who === 'string' ? who : who.displayName} ${request.action}`).to.equal(code);
  }

  async function step(adapter: MemoryAdapter, who: PersonaName, id: string, request: CaseActionRequest): Promise<GridCase> {
    adapter.control.setSession(who);
    const kase = valid(await adapter.cases.act(id, request));
    const last = kase.timeline.at(-1)!;
    expect(last.action).to.equal(request.action);
    expect(last.actor.name).to.equal(personaSession(who).displayName);
    expect(last.actor.role).to.equal(personaSession(who).roles[0]);
    expect(last.toState).to.equal(kase.status);
    return kase;
  }

  it('runs report → accept → dispatch → resolve → verify → close → rate → reopen with the right people, refusing the wrong ones', async () => {
    const adapter = makeAdapter();
    const { id } = await adapter.cases.submit(submission());

    // accept
    await expectRefused(adapter, 'grid-centre', id, action('verify'), 'conflict');
    await expectRefused(adapter, 'resident', id, action('accept'), 'forbidden');
    await expectRefused(adapter, 'anonymous', id, action('accept'), 'unauthorized');
    let kase = await step(adapter, 'grid-worker', id, action('accept', { note: '已到现场核实' }));
    expect(kase.status).to.equal('accepted');
    expect(kase.timeline.at(-1)!.note).to.equal('已到现场核实');
    await expectRefused(adapter, 'community-staff', id, action('accept'), 'conflict');

    // dispatch
    await expectRefused(adapter, 'grid-worker', id, action('dispatch', { departmentId: 'dept-cg' }), 'forbidden');
    adapter.control.setSession('community-staff');
    let error = await rejection(adapter.cases.act(id, action('dispatch')));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors?.departmentId?.code).to.equal('required');
    error = await rejection(adapter.cases.act(id, action('dispatch', { departmentId: 'dept-moon' })));
    expect(error.fieldErrors?.departmentId?.code).to.equal('invalid_option');
    kase = await step(adapter, 'community-staff', id, action('dispatch', { departmentId: 'dept-cg' }));
    expect(kase.status).to.equal('dispatched');
    expect(kase.department).to.deep.equal({ id: 'dept-cg', name: '城市管理局' });
    expect(kase.timeline.at(-1)!.department?.id).to.equal('dept-cg');

    // resolve
    await expectRefused(adapter, 'community-staff', id, action('resolve'), 'forbidden');
    await expectRefused(adapter, otherDepartment, id, action('resolve'), 'forbidden');
    kase = await step(adapter, 'department-staff', id, action('resolve', { note: '已更换灯泡', photos: [png(64)] }));
    expect(kase.status).to.equal('handled');
    expect(kase.photos.filter((p) => p.kind === 'result')).to.have.length(1);
    expect(kase.timeline.at(-1)!.photos?.[0]?.url).to.match(/^data:image\/png;base64,/);
    await expectRefused(adapter, 'department-staff', id, action('resolve'), 'conflict');

    // verify
    await expectRefused(adapter, 'department-staff', id, action('verify'), 'forbidden');
    await expectRefused(adapter, 'community-staff', id, action('verify'), 'forbidden');
    kase = await step(adapter, 'grid-centre', id, action('verify'));
    expect(kase.status).to.equal('verified');

    // close
    await expectRefused(adapter, 'resident', id, action('close'), 'forbidden');
    await expectRefused(adapter, 'grid-worker', id, action('close'), 'forbidden');
    kase = await step(adapter, 'grid-centre', id, action('close'));
    expect(kase.status).to.equal('closed');
    expect(kase.closedAt).to.equal(NOW.toISOString());
    await expectRefused(adapter, 'grid-centre', id, action('close'), 'conflict');

    // rate
    await expectRefused(adapter, 'grid-centre', id, action('rate', { rating: 5 }), 'forbidden');
    await expectRefused(adapter, neighbour, id, action('rate', { rating: 1 }), 'forbidden');
    adapter.control.setSession('resident');
    error = await rejection(adapter.cases.act(id, action('rate')));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors?.rating?.code).to.equal('required');
    error = await rejection(adapter.cases.act(id, action('rate', { rating: 6 })));
    expect(error.fieldErrors?.rating?.code).to.equal('too_big');
    kase = await step(adapter, 'resident', id, action('rate', { rating: 4, note: '比较满意' }));
    expect(kase.status).to.equal('closed');
    expect(kase.rating).to.equal(4);
    expect(kase.timeline.at(-1)!.rating).to.equal(4);
    await expectRefused(adapter, 'resident', id, action('rate', { rating: 5 }), 'conflict');

    // reopen
    await expectRefused(adapter, 'grid-centre', id, action('reopen'), 'forbidden');
    await expectRefused(adapter, neighbour, id, action('reopen'), 'forbidden');
    await expectRefused(adapter, 'anonymous', id, action('reopen'), 'unauthorized');
    kase = await step(adapter, 'resident', id, action('reopen', { note: '又坏了' }));
    expect(kase.status).to.equal('reopened');
    expect(kase.closedAt).to.equal(null);
    expect(kase.rating).to.equal(null);
    expect(Date.parse(kase.dueAt) - NOW.getTime()).to.equal(72 * HOUR);
    await expectRefused(adapter, 'resident', id, action('reopen'), 'conflict');
    expect(kase.timeline.map((e) => e.action)).to.deep.equal(['report', 'accept', 'dispatch', 'resolve', 'verify', 'close', 'rate', 'reopen']);
  });

  it('returns a case from the department, the grid centre and at report, refusing the wrong people', async () => {
    const adapter = makeAdapter();
    const { id } = await adapter.cases.submit(submission());
    await step(adapter, 'grid-worker', id, action('accept'));
    await expectRefused(adapter, 'grid-worker', id, action('return'), 'conflict');
    await step(adapter, 'community-staff', id, action('dispatch', { departmentId: 'dept-cg' }));
    await expectRefused(adapter, 'resident', id, action('return'), 'forbidden');
    await expectRefused(adapter, 'anonymous', id, action('return'), 'unauthorized');
    await expectRefused(adapter, otherDepartment, id, action('return'), 'forbidden');
    let kase = await step(adapter, 'department-staff', id, action('return', { note: '不属于本部门职责' }));
    expect(kase.status).to.equal('returned');
    expect(kase.timeline.at(-1)!.department?.id).to.equal('dept-cg');
    // Re-dispatched, handled, then sent back by the grid centre.
    await step(adapter, 'community-staff', id, action('dispatch', { departmentId: 'dept-cg' }));
    await step(adapter, 'department-staff', id, action('resolve', { note: '已清理' }));
    kase = await step(adapter, 'grid-centre', id, action('return', { note: '现场未整改到位' }));
    expect(kase.status).to.equal('returned');

    const other = await adapter.cases.submit(submission());
    kase = await step(adapter, 'grid-worker', other.id, action('return', { note: '不属于受理范围' }));
    expect(kase.status).to.equal('returned');
    kase = await step(adapter, 'community-staff', other.id, action('close'));
    expect(kase.status).to.equal('closed');
  });

  it('refuses every action in a state it cannot start from', async () => {
    const adapter = makeAdapter('admin');
    const { id } = await adapter.cases.submit(submission());
    const wrong: Array<[CaseAction, PersonaName]> = [
      ['dispatch', 'admin'],
      ['resolve', 'admin'],
      ['verify', 'admin'],
      ['close', 'admin'],
      ['reopen', 'admin'],
      ['rate', 'admin'],
    ];
    for (const [name, who] of wrong) {
      await expectRefused(adapter, who, id, action(name, { departmentId: 'dept-cg', rating: 3 }), 'conflict');
    }
    await step(adapter, 'admin', id, action('accept'));
    await expectRefused(adapter, 'admin', id, action('accept'), 'conflict');
    await expectRefused(adapter, 'admin', id, action('return'), 'conflict');
  });

  it('refuses every action to an anonymous visitor and an unknown case to anyone', async () => {
    const adapter = makeAdapter();
    const { id } = await adapter.cases.submit(submission());
    for (const name of ['accept', 'dispatch', 'resolve', 'verify', 'close', 'return', 'reopen', 'rate'] as const) {
      await expectRefused(adapter, 'anonymous', id, action(name, { departmentId: 'dept-cg', rating: 3 }), 'unauthorized');
    }
    await expectRefused(adapter, 'grid-centre', 'case-9999', action('accept'), 'not_found');
  });

  it('replays an action with the same key instead of applying it twice', async () => {
    const adapter = makeAdapter();
    const { id } = await adapter.cases.submit(submission());
    adapter.control.setSession('grid-worker');
    const request = action('accept');
    const first = await adapter.cases.act(id, request);
    const again = await adapter.cases.act(id, { ...request });
    expect(again.status).to.equal('accepted');
    expect(again.timeline).to.have.length(first.timeline.length);
    expect((await rejection(adapter.cases.act(id, { ...request, note: 'other' }))).code).to.equal('conflict');
    adapter.control.failNext('cases.act', { kind: 'network', afterCommit: true });
    adapter.control.setSession('community-staff');
    const dispatch = action('dispatch', { departmentId: 'dept-cg' });
    expect((await rejection(adapter.cases.act(id, dispatch))).code).to.equal('network');
    const retried = await adapter.cases.act(id, dispatch);
    expect(retried.timeline.filter((e) => e.action === 'dispatch')).to.have.length(1);
  });
});

describe('memory cases: lists, following and privacy', () => {
  it('shows a resident only their own cases and an anonymous visitor none', async () => {
    const adapter = makeAdapter();
    const own = await adapter.cases.list({});
    expect(own.total).to.equal(3);
    for (const summary of own.items) expect((await adapter.cases.get(summary.id)).mine).to.equal(true);
    adapter.control.setSession('anonymous');
    expect((await adapter.cases.list({})).total).to.equal(0);
  });

  it('filters by status, category, area, text and overdue for staff', async () => {
    const adapter = makeAdapter('grid-centre');
    const closed = await adapter.cases.list({ status: ['closed', 'verified'] }, { limit: 200 });
    expect(closed.items.every((c) => c.status === 'closed' || c.status === 'verified')).to.equal(true);
    const lights = await adapter.cases.list({ categoryCode: 'streetlight' }, { limit: 200 });
    expect(lights.total).to.be.greaterThan(0);
    expect(lights.items.every((c) => c.categoryCode === 'streetlight')).to.equal(true);
    const home = await adapter.cases.list({ areaId: HOME }, { limit: 200 });
    expect(home.total).to.be.at.least(9);
    expect(home.items.every((c) => c.location.areaId.startsWith(`${HOME}-`))).to.equal(true);
    const combined = await adapter.cases.list({ areaId: HOME, categoryCode: 'streetlight', status: ['reported', 'dispatched'] });
    expect(combined.total).to.be.greaterThan(0);
    expect(combined.items.every((c) => c.categoryCode === 'streetlight' && c.location.areaId.startsWith(HOME) && ['reported', 'dispatched'].includes(c.status))).to.equal(true);
    const one = lights.items[0]!;
    const byNumber = await adapter.cases.list({ text: one.publicNumber });
    expect(byNumber.items.map((c) => c.id)).to.deep.equal([one.id]);
    const byWords = await adapter.cases.list({ text: '路灯' }, { limit: 200 });
    expect(byWords.total).to.be.greaterThan(0);
    const all = (await adapter.cases.list({}, { limit: 200 })).total!;
    const overdue = await adapter.cases.list({ overdue: true }, { limit: 200 });
    const onTime = await adapter.cases.list({ overdue: false }, { limit: 200 });
    expect(overdue.total).to.be.greaterThan(0);
    expect(overdue.total! + onTime.total!).to.equal(all);
    expect(overdue.items.every((c) => isOverdue(c, NOW))).to.equal(true);
    expect(overdue.items.some((c) => ['handled', 'verified', 'closed'].includes(c.status))).to.equal(false);
    expect(onTime.items.every((c) => !isOverdue(c, NOW))).to.equal(true);
    const invalid = await rejection(adapter.cases.list({ text: 'x'.repeat(101) }));
    expect(invalid.code).to.equal('validation');
  });

  it('lets a neighbour follow an open case once, and refuses anonymous visitors and closed cases', async () => {
    const adapter = makeAdapter();
    const [open] = await adapter.cases.similar({ categoryCode: 'garbage', areaId: HOME });
    const neighbour: Session = { ...personaSession('resident'), userId: 'u-resident-2', displayName: '陈建华' };
    adapter.control.setSession(neighbour);
    expect((await adapter.cases.get(open!.id)).mine).to.equal(false);
    const followed = valid(await adapter.cases.follow(open!.id));
    expect(followed.mine).to.equal(true);
    expect(followed.followers).to.equal(open!.followers + 1);
    expect(followed.timeline.at(-1)!.action).to.equal('follow');
    expect(followed.timeline.at(-1)!.actor.name).to.equal('陈建华');
    const twice = await adapter.cases.follow(open!.id);
    expect(twice.followers).to.equal(open!.followers + 1);
    expect(twice.timeline).to.have.length(followed.timeline.length);
    expect((await adapter.cases.list({ mine: true })).items.map((c) => c.id)).to.include(open!.id);
    adapter.control.setSession('anonymous');
    expect((await rejection(adapter.cases.follow(open!.id))).code).to.equal('unauthorized');
    adapter.control.setSession('grid-centre');
    const closed = (await adapter.cases.list({ status: ['closed'] }, { limit: 1 })).items[0]!;
    adapter.control.setSession(neighbour);
    expect((await rejection(adapter.cases.follow(closed.id))).code).to.equal('conflict');
  });

  it('masks the reporter’s phone (and others’ names) unless the session may see all cases', async () => {
    const adapter = makeAdapter('grid-centre');
    const named = (await adapter.cases.list({ areaId: HOME }, { limit: 200 })).items;
    let target: GridCase | null = null;
    for (const s of named) {
      const kase = await adapter.cases.get(s.id);
      if (!kase.reporter.anonymous && kase.reporter.phone && !kase.mine && kase.reporter.name !== '王秀英') {
        target = kase;
        break;
      }
    }
    expect(target, 'a named report in the demo community').not.to.equal(null);
    expect(target!.reporter.phone).to.match(PHONE_PATTERN);
    adapter.control.setSession('resident');
    const seen = await adapter.cases.get(target!.id);
    expect(isMasked(seen.reporter.phone!)).to.equal(true);
    expect(seen.reporter.phone!.slice(-4)).to.equal(target!.reporter.phone!.slice(-4));
    expect(isMasked(seen.reporter.name!)).to.equal(true);
    // Reporters see their own name, but the phone stays masked outside staff screens.
    const own = await adapter.cases.submit(submission());
    expect(own.reporter.name).to.equal('王秀英');
    expect(own.reporter.phone).to.equal('139****5678');
    adapter.control.setSession('community-staff');
    expect((await adapter.cases.get(own.id)).reporter.phone).to.equal('13912345678');
  });
});

describe('memory cases: state per adapter and persistence', () => {
  it('keeps each adapter’s changes to itself and never alters the shared seed', async () => {
    const a = makeAdapter('grid-worker');
    const b = makeAdapter('grid-worker');
    const [open] = (await a.cases.list({ status: ['reported'] }, { limit: 1 })).items;
    await a.cases.act(open!.id, action('accept'));
    expect((await a.cases.get(open!.id)).status).to.equal('accepted');
    expect((await b.cases.get(open!.id)).status).to.equal('reported');
    const created = await a.cases.submit(submission());
    expect((await rejection(b.cases.get(created.id))).code).to.equal('not_found');
  });

  it('restores new cases and actions from storage in a new adapter', async () => {
    const storage = memoryStorage();
    const persist = { storage, key: 'cases-test' };
    const first = makeAdapter('resident', { persist });
    const kase = await first.cases.submit(submission({ photos: [png(8)] }));
    first.control.setSession('grid-worker');
    await first.cases.act(kase.id, action('accept'));
    first.control.flush();

    const second = makeAdapter('resident', { persist });
    const restored = valid(await second.cases.get(kase.publicNumber));
    expect(restored.id).to.equal(kase.id);
    expect(restored.status).to.equal('accepted');
    expect(restored.mine).to.equal(true);
    expect(restored.photos[0]!.url).to.equal(kase.photos[0]!.url);
    const next = await second.cases.submit(submission());
    expect(next.id).not.to.equal(kase.id);
    expect(next.publicNumber).not.to.equal(kase.publicNumber);
  });

  it('keeps the seeded world of saved changes on a later day, and starts a current world once they are a week old', async () => {
    const storage = memoryStorage();
    const persist = { storage, key: 'cases-epoch-test' };
    const at = (days: number) => () => new Date(TEST_NOW.getTime() + days * 24 * HOUR);
    const first = createMemoryAdapter({ session: 'grid-worker', now: at(0), persist });
    const [open] = (await first.cases.list({ status: ['reported'] }, { limit: 1 })).items;
    await first.cases.act(open!.id, action('accept'));
    first.control.flush();

    const nextDay = createMemoryAdapter({ session: 'grid-worker', now: at(2), persist });
    const same = await nextDay.cases.get(open!.id);
    expect(same.publicNumber, 'the seeded case keeps its number').to.equal(open!.publicNumber);
    expect(same.status, 'the saved action is still there').to.equal('accepted');

    const weeksLater = createMemoryAdapter({ session: 'grid-centre', now: at(8), persist });
    const [newest] = (await weeksLater.cases.list({ sort: 'newest' }, { limit: 1 })).items;
    expect((at(8)().getTime() - Date.parse(newest!.createdAt)) / HOUR, 'the newest case is hours old').to.be.below(24);
    expect(storage.getItem('cases-epoch-test'), 'the stale saved state is gone').to.equal(null);
  });
});
