import { expect } from '@open-wc/testing';
import {
  Area,
  CaseCategory,
  GridCase,
  HourLogInput,
  JoinRequest,
  ListItem,
  Organization,
  Schedule,
  Session,
  Volunteer,
  fieldErrorsFrom,
  validateHourLog,
  cityDate,
  pageOf,
} from '../../src/domain/index.js';

const validCase = {
  id: 'c1',
  publicNumber: 'GC-20261127-0001',
  categoryCode: 'streetlight',
  categoryName: '路灯损坏',
  status: 'reported',
  urgency: 'normal',
  description: '3号楼前路灯不亮',
  location: {
    areaId: 'd01-s01-c01-g1',
    areaPath: [{ id: 'city', name: '青川市', level: 'city' }],
    address: '安和路 12 号',
  },
  createdAt: '2026-11-27T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
  dueAt: '2026-11-29T08:00:00.000Z',
  followers: 0,
  answers: { pole: 'A-12', dark: true },
  reporter: { anonymous: true },
  photos: [],
  department: null,
  closedAt: null,
  rating: null,
  timeline: [
    {
      id: 'e1',
      at: '2026-11-27T08:00:00.000Z',
      action: 'report',
      fromState: null,
      toState: 'reported',
      actor: { name: '王秀英', role: 'resident' },
    },
  ],
  mine: true,
};

describe('domain schemas accept good data', () => {
  it('a grid case with its timeline', () => {
    expect(GridCase.safeParse(validCase).success).to.equal(true);
  });

  it('a session', () => {
    const s = { userId: null, displayName: '访客', roles: ['anonymous'], permissions: ['case:report'], areaIds: [] };
    expect(Session.safeParse(s).success).to.equal(true);
  });
});

describe('domain schemas reject bad data', () => {
  const bad: Array<[string, { safeParse(v: unknown): { success: boolean } }, unknown]> = [
    ['a case in an unknown state', GridCase, { ...validCase, status: 'lost' }],
    ['a case without a public number', GridCase, { ...validCase, publicNumber: '' }],
    ['a case with a non-ISO date', GridCase, { ...validCase, createdAt: '27/11/2026' }],
    ['a case with a rating of 6', GridCase, { ...validCase, rating: 6 }],
    ['a case whose timeline has an unknown action', GridCase, { ...validCase, timeline: [{ ...validCase.timeline[0], action: 'teleport' }] }],
    ['a case whose answers hold an object', GridCase, { ...validCase, answers: { pole: { nested: true } } }],
    ['a session with an invented permission', Session, { userId: 'u', displayName: 'x', roles: [], permissions: ['root'], areaIds: [] }],
    ['an area at an unknown level', Area, { id: 'a', name: 'x', level: 'planet', parentId: null, childCount: 0 }],
    ['an area with a negative child count', Area, { id: 'a', name: 'x', level: 'city', parentId: null, childCount: -1 }],
    ['an area with latitude 100', Area, { id: 'a', name: 'x', level: 'city', parentId: null, childCount: 0, centroid: { lat: 100, lng: 0 } }],
    ['a category question of an unknown datatype', CaseCategory, {
      code: 'x', name: 'x', group: 'g', groupName: 'g', description: '', keywords: [], department: { id: 'd', name: 'd' }, slaHours: 24,
      questions: [{ code: 'q', label: 'q', datatype: 'colour', required: true, order: 1 }],
    }],
    ['an organisation with an unknown classification', Organization, {
      id: 'o', name: 'x', classification: 'club', level: 'street', parentId: null, childCount: 0, memberCount: 0, head: null,
    }],
    ['a volunteer with an unknown skill', Volunteer, {
      id: 'v', name: 'x', teamIds: [], skills: ['juggling'], availability: [], areaId: 'a', areaName: 'a', hoursThisYear: 0,
      hoursTotal: 0, partyMember: true, phone: '138****0000', idNumber: '3703**********0000', joinedAt: '2020-01-01',
    }],
    ['a schedule that opens at 25:00', Schedule, { byDay: ['MO'], opensAt: '25:00', closesAt: '18:00', timezone: 'Asia/Shanghai' }],
    ['a schedule with no days', Schedule, { byDay: [], opensAt: '08:00', closesAt: '18:00', timezone: 'Asia/Shanghai' }],
    ['a list item of an unknown kind', ListItem, { kind: 'rumour', id: 'x' }],
    ['a page without nextCursor', pageOf(Area), { items: [], total: 0 }],
  ];
  for (const [what, schema, value] of bad) {
    it(what, () => {
      expect(schema.safeParse(value).success).to.equal(false);
    });
  }
});

describe('field errors from input schemas', () => {
  const join = {
    name: '李四',
    phone: '13812345678',
    communityId: 'd01-s01-c01',
    skills: ['first-aid'],
    availability: ['weekend'],
    partyMember: true,
    idempotencyKey: 'key-12345678',
  };

  it('are empty for a valid request', () => {
    expect(fieldErrorsFrom(JoinRequest, join)).to.deep.equal({});
  });

  it('name each broken field with its rule', () => {
    const errors = fieldErrorsFrom(JoinRequest, {
      ...join,
      name: '   ',
      phone: '12345',
      idNumber: '123',
      availability: [],
    });
    expect(errors).to.deep.equal({
      name: { code: 'required' },
      phone: { code: 'invalid_phone' },
      idNumber: { code: 'invalid_id_number' },
      availability: { code: 'required' },
    });
  });

  it('report limits with the number broken', () => {
    const errors = fieldErrorsFrom(HourLogInput, {
      volunteerId: 'v1',
      date: '2026-13-40',
      hours: 25,
      activity: 'x'.repeat(201),
      idempotencyKey: 'key-12345678',
    });
    expect(errors).to.deep.equal({
      date: { code: 'invalid_date' },
      hours: { code: 'too_big', max: 24 },
      activity: { code: 'too_long', max: 200 },
    });
  });

  it('treat a missing field as required', () => {
    const { phone: _phone, ...withoutPhone } = join;
    expect(fieldErrorsFrom(JoinRequest, withoutPhone)).to.deep.equal({ phone: { code: 'required' } });
  });
});

describe('logged hours', () => {
  const log = { volunteerId: 'v1', date: '2026-11-27', hours: 2, activity: '入户走访独居老人', idempotencyKey: 'key-12345678' };

  it('may not be dated after today in the city', () => {
    expect(validateHourLog(log, '2026-11-27')).to.deep.equal({});
    expect(validateHourLog({ ...log, date: '2026-11-28' }, '2026-11-27')).to.deep.equal({ date: { code: 'future_date' } });
  });

  it('tells a value that is not a number from a missing one', () => {
    expect(validateHourLog({ ...log, hours: Number.NaN }, '2026-11-27')).to.deep.equal({ hours: { code: 'not_a_number' } });
    const { hours: _hours, ...noHours } = log;
    expect(validateHourLog(noHours, '2026-11-27')).to.deep.equal({ hours: { code: 'required' } });
  });

  it('counts days on the city clock (UTC+8), not the browser clock', () => {
    expect(cityDate(new Date('2026-11-27T16:30:00Z'))).to.equal('2026-11-28');
    expect(cityDate(new Date('2026-11-27T15:59:59Z'))).to.equal('2026-11-27');
  });
});
