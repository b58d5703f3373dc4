import { expect } from '@open-wc/testing';
import { caseActor, caseEvent } from '../../src/domain/case-events.js';
import { GridCase } from '../../src/domain/index.js';
import { ANONYMOUS_REPORTER, CASE_NUMBER_PREFIX, newCase, type NewCaseInput } from '../../src/domain/new-case.js';

const NOW = new Date('2026-11-27T02:00:00.000Z');
const resident = { userId: 'u-resident-1', displayName: '李娜', roles: ['resident' as const] };
const visitor = { userId: null, displayName: '访客', roles: [] };
const PATH = [
  { id: 'd01', name: '东城区', level: 'district' as const },
  { id: 'd01-s01', name: '东华街道', level: 'street' as const },
  { id: 'd01-s01-c01', name: '东华社区', level: 'community' as const },
];

function input(overrides: Partial<NewCaseInput> = {}, fields: Partial<NewCaseInput['fields']> = {}): NewCaseInput {
  return {
    id: 'case-0401',
    publicNumber: `${CASE_NUMBER_PREFIX}-20261127-0042`,
    now: NOW,
    fields: {
      categoryCode: 'streetlight',
      answers: { count: '3', kind: 'pole', note: '', tags: [], stray: 'not a question of this category' },
      location: { areaId: 'd01-s01-c01', address: '  东华路 12 号  ' },
      description: '  路灯不亮  ',
      urgency: 'normal',
      anonymous: false,
      name: '  李娜 ',
      phone: '13812345678',
      idempotencyKey: 'draft-0001',
      ...fields,
    },
    category: {
      code: 'streetlight',
      name: '路灯损坏',
      slaHours: 48,
      questions: [
        { code: 'count', datatype: 'number' },
        { code: 'kind', datatype: 'single' },
        { code: 'note', datatype: 'text' },
        { code: 'tags', datatype: 'multi' },
      ],
    },
    areaPath: PATH,
    photos: [],
    session: resident,
    ...overrides,
  };
}

describe('newCase', () => {
  it('opens the loop: reported, due by its time limit, nobody handling or following it yet', () => {
    const kase = newCase(input());
    expect(kase).to.include({
      id: 'case-0401',
      publicNumber: 'GC-20261127-0042',
      categoryCode: 'streetlight',
      categoryName: '路灯损坏',
      status: 'reported',
      urgency: 'normal',
      description: '路灯不亮',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      dueAt: '2026-11-29T02:00:00.000Z',
      followers: 0,
      department: null,
      closedAt: null,
      rating: null,
      reporterId: 'u-resident-1',
    });
    expect(kase.followerIds).to.deep.equal([]);
    expect(kase.photos).to.deep.equal([]);
    // What the case shows is a valid case record.
    expect(GridCase.safeParse({ ...kase, mine: true }).success).to.equal(true);
  });

  it('is due sooner the more urgent it is', () => {
    expect(newCase(input({}, { urgency: 'emergency' })).dueAt).to.equal('2026-11-27T14:00:00.000Z');
    expect(newCase(input({}, { urgency: 'low' })).dueAt).to.equal('2026-11-30T02:00:00.000Z');
  });

  it("keeps this category's answered questions only, numbers as numbers", () => {
    expect(newCase(input()).answers).to.deep.equal({ count: 3, kind: 'pole' });
  });

  it('places the case on the path given and copies the point', () => {
    const point = { lat: 39.9, lng: 116.4 };
    const kase = newCase(input({}, { location: { areaId: 'd01-s01-c01', address: '东华路 12 号', point } }));
    expect(kase.location).to.deep.equal({ areaId: 'd01-s01-c01', areaPath: PATH, address: '东华路 12 号', point });
    expect(kase.location.point).not.to.equal(point);
    expect(kase.location.areaPath[0]).not.to.equal(PATH[0]);
    expect(newCase(input()).location).not.to.have.property('point');
  });

  it('records a named reporter, trimmed, and names them in the report event', () => {
    const kase = newCase(input());
    expect(kase.reporter).to.deep.equal({ anonymous: false, name: '李娜', phone: '13812345678' });
    expect(kase.timeline).to.deep.equal([
      { id: 'case-0401-e1', at: NOW.toISOString(), action: 'report', fromState: null, toState: 'reported', actor: { name: '李娜', role: 'resident' } },
    ]);
  });

  it('keeps an anonymous reporter nameless, with a phone only when one was given', () => {
    const withPhone = newCase(input({ session: visitor }, { anonymous: true, name: '李娜' }));
    expect(withPhone.reporter).to.deep.equal({ anonymous: true, phone: '13812345678' });
    expect(withPhone.reporterId).to.equal(null);
    expect(withPhone.timeline[0]!.actor).to.deep.equal({ name: ANONYMOUS_REPORTER, role: 'resident' });
    const without = newCase(input({ session: visitor }, { anonymous: true, name: undefined, phone: undefined }));
    expect(without.reporter).to.deep.equal({ anonymous: true });
  });

  it('numbers the report photos and carries copies of them in the report event', () => {
    const photos = [
      { url: 'data:image/png;base64,AAAA', name: 'a.png' },
      { url: 'data:image/jpeg;base64,BBBB', name: 'b.jpg' },
    ];
    const kase = newCase(input({ photos }));
    expect(kase.photos).to.deep.equal([
      { id: 'case-0401-p1', url: photos[0]!.url, name: 'a.png', kind: 'report' },
      { id: 'case-0401-p2', url: photos[1]!.url, name: 'b.jpg', kind: 'report' },
    ]);
    expect(kase.timeline[0]!.photos).to.deep.equal(kase.photos);
    expect(kase.timeline[0]!.photos![0]).not.to.equal(kase.photos[0]);
  });
});

describe('caseEvent', () => {
  it("numbers a case's events and records the session's first role, a visitor as a resident", () => {
    expect(caseEvent('case-0007', 3, 'follow', 'accepted', 'accepted', resident, NOW)).to.deep.equal({
      id: 'case-0007-e3',
      at: NOW.toISOString(),
      action: 'follow',
      fromState: 'accepted',
      toState: 'accepted',
      actor: { name: '李娜', role: 'resident' },
    });
    expect(caseActor({ displayName: '王强', roles: ['grid-worker' as const, 'resident' as const] }).role).to.equal('grid-worker');
    expect(caseActor(visitor)).to.deep.equal({ name: '访客', role: 'resident' });
  });
});
